import { ENTITY_KINDS } from '@talkgraph/graph/types';
import { communityColor, kindColor, kindName } from '../core/palette.js';
import type { CommunitySummary } from '../core/graph-view.js';
import type { ViewState } from '../core/url-state.js';
import type { EntityKind } from '../core/types.js';
import { h } from './dom.js';

export interface ToolbarActions {
  set(patch: Partial<ViewState>): void;
  toggleLayout(): boolean;
  exportPng(): void;
  copyLink(): Promise<void>;
  toggleTheme(): void;
}

/**
 * The controls: `display` (colour, size, co-occurrences, minimum mentions) sits over the map
 * with the legend; `actions` (layout, PNG, link, theme) in the header.
 */
export class Toolbar {
  readonly display: HTMLElement;
  readonly actions: HTMLElement;
  private readonly colorBy: HTMLSelectElement;
  private readonly sizeBy: HTMLSelectElement;
  private readonly cooccurs: HTMLInputElement;
  private readonly minMentions: HTMLInputElement;
  private readonly minOutput: HTMLOutputElement;
  private readonly layoutButton: HTMLButtonElement;

  constructor(maxMentions: number, actions: ToolbarActions) {
    this.colorBy = h(
      'select',
      {
        class: 'tg-select',
        attrs: { name: 'color', 'aria-label': 'Colour' },
        on: { change: () => actions.set({ colorBy: this.colorBy.value as ViewState['colorBy'] }) },
      },
      h('option', { attrs: { value: 'kind' } }, 'Colour by kind'),
      h('option', { attrs: { value: 'community' } }, 'Colour by community'),
    );
    this.sizeBy = h(
      'select',
      {
        class: 'tg-select',
        attrs: { name: 'size', 'aria-label': 'Size' },
        on: { change: () => actions.set({ sizeBy: this.sizeBy.value as ViewState['sizeBy'] }) },
      },
      h('option', { attrs: { value: 'pagerank' } }, 'Size by PageRank'),
      h('option', { attrs: { value: 'mentions' } }, 'Size by mentions'),
    );
    this.cooccurs = h('input', {
      attrs: { type: 'checkbox', name: 'cooccurs' },
      on: { change: () => actions.set({ hideCooccurs: !this.cooccurs.checked }) },
    });
    this.minOutput = h('output', { class: 'tg-output' });
    this.minMentions = h('input', {
      attrs: { type: 'range', name: 'min', min: '1', max: String(Math.max(2, maxMentions)), step: '1' },
      on: {
        input: () => {
          this.minOutput.value = this.minMentions.value;
          actions.set({ minMentions: Number(this.minMentions.value) });
        },
      },
    });
    this.layoutButton = h('button', {
      class: 'tg-button',
      attrs: { type: 'button', 'aria-pressed': 'false', title: 'Run ForceAtlas2 from the current positions' },
      on: { click: () => this.showLayout(actions.toggleLayout()) },
    });
    this.showLayout(false);
    const copy = h('button', { class: 'tg-button', attrs: { type: 'button' } }, 'Copy link');
    copy.addEventListener('click', () => {
      void actions.copyLink().then(
        () => flash(copy, 'Copied'),
        () => flash(copy, 'Link in the address bar'),
      );
    });
    this.display = h(
      'div',
      { class: 'tg-display' },
      this.colorBy,
      this.sizeBy,
      h('label', { class: 'tg-field tg-check' }, this.cooccurs, h('span', {}, 'Co-occurrence links')),
      h('label', { class: 'tg-field' }, h('span', {}, 'Min. mentions'), this.minMentions, this.minOutput),
    );
    this.actions = h(
      'div',
      { class: 'tg-toolbar', attrs: { role: 'toolbar', 'aria-label': 'Actions' } },
      this.layoutButton,
      h(
        'button',
        {
          class: 'tg-button',
          attrs: { type: 'button', title: 'Save the current view as PNG' },
          on: { click: () => actions.exportPng() },
        },
        'PNG',
      ),
      copy,
      h(
        'button',
        {
          class: 'tg-button tg-icon-button',
          attrs: { type: 'button', 'aria-label': 'Toggle dark theme', title: 'Light / dark' },
          on: { click: () => actions.toggleTheme() },
        },
        '◐',
      ),
    );
  }

  update(state: ViewState): void {
    this.colorBy.value = state.colorBy;
    this.sizeBy.value = state.sizeBy;
    this.cooccurs.checked = !state.hideCooccurs;
    this.minMentions.value = String(state.minMentions);
    this.minOutput.value = String(state.minMentions);
  }

  showLayout(running: boolean): void {
    this.layoutButton.textContent = running ? '■ Stop layout' : '▶ Layout';
    this.layoutButton.setAttribute('aria-pressed', String(running));
  }
}

function flash(button: HTMLButtonElement, text: string): void {
  const before = button.textContent;
  button.textContent = text;
  setTimeout(() => (button.textContent = before), 1500);
}

/**
 * Kinds present in the graph, with counts; each entry toggles its kind. When colouring by
 * community, a key of the largest communities, named after their most central member.
 */
export class Legend {
  readonly element: HTMLElement;
  private readonly buttons = new Map<EntityKind, HTMLButtonElement>();
  private readonly communityKey: HTMLElement;

  constructor(counts: Map<EntityKind, number>, communities: CommunitySummary[], onToggle: (kind: EntityKind) => void) {
    const items = ENTITY_KINDS.filter((k) => (counts.get(k) ?? 0) > 0).map((kind) => {
      const button = h(
        'button',
        {
          class: 'tg-legend-item',
          attrs: { type: 'button', 'aria-pressed': 'true', 'data-kind': kind },
          on: { click: () => onToggle(kind) },
        },
        h('span', { class: 'tg-swatch', attrs: { style: `--kind:${kindColor(kind)}` } }),
        h('span', { class: 'tg-legend-name' }, kindName(kind)),
        h('span', { class: 'tg-legend-count' }, String(counts.get(kind))),
      );
      this.buttons.set(kind, button);
      return h('li', {}, button);
    });
    this.communityKey = h(
      'ul',
      { class: 'tg-communities', attrs: { 'aria-label': 'Communities' } },
      ...communities.map((c) =>
        h(
          'li',
          {},
          h('span', { class: 'tg-swatch', attrs: { style: `--kind:${communityColor(c.community)}` } }),
          h('span', { class: 'tg-legend-name' }, c.label),
          h('span', { class: 'tg-legend-count' }, String(c.size)),
        ),
      ),
    );
    this.element = h(
      'nav',
      { class: 'tg-legend', attrs: { 'aria-label': 'Kinds (toggle)' } },
      h('ul', {}, ...items),
      this.communityKey,
    );
  }

  update(state: ViewState): void {
    this.element.dataset.colorBy = state.colorBy;
    this.communityKey.hidden = state.colorBy !== 'community';
    for (const [kind, button] of this.buttons)
      button.setAttribute('aria-pressed', String(!state.hiddenKinds.includes(kind)));
  }
}
