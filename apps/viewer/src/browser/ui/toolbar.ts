import { ENTITY_KINDS } from '@talkgraph/graph/types';
import { communityColor, episodeColor, kindColor, kindName } from '../core/palette.js';
import type { CommunitySummary } from '../core/graph-view.js';
import type { ViewState } from '../core/url-state.js';
import type { EntityKind, EpisodeRecord } from '../core/types.js';
import { h } from './dom.js';

export interface ToolbarActions {
  set(patch: Partial<ViewState>): void;
  toggleLayout(): boolean;
  exportPng(): void;
  copyLink(): Promise<void>;
  toggleTheme(): void;
}

/** The labels slider's last step: as many labels as fit. */
const LABEL_STEPS = 200;

/**
 * The controls: `display` (what is shown: colour, size, minimum mentions, isolated nodes,
 * labels, co-occurrences, episodes) sits over the map with the legend; `actions` (layout, PNG,
 * link, theme) in the header.
 */
export class Toolbar {
  readonly display: HTMLElement;
  readonly actions: HTMLElement;
  private readonly colorBy: HTMLSelectElement;
  private readonly sizeBy: HTMLSelectElement;
  private readonly cooccurs: HTMLInputElement;
  private readonly isolated: HTMLInputElement;
  private readonly minMentions: HTMLInputElement;
  private readonly minOutput: HTMLOutputElement;
  private readonly labels: HTMLInputElement;
  private readonly labelsOutput: HTMLOutputElement;
  private readonly shown: HTMLElement;
  private readonly episodes: EpisodePicker | null;
  private readonly layoutButton: HTMLButtonElement;
  private readonly labelSteps: number;

  constructor(maxMentions: number, nodeCount: number, episodes: EpisodeRecord[], actions: ToolbarActions) {
    this.labelSteps = Math.max(1, Math.min(LABEL_STEPS, nodeCount));
    this.colorBy = h(
      'select',
      {
        class: 'tg-select',
        attrs: { name: 'color', 'aria-label': 'Colour' },
        on: { change: () => actions.set({ colorBy: this.colorBy.value as ViewState['colorBy'] }) },
      },
      h('option', { attrs: { value: 'kind' } }, 'Colour by kind'),
      h('option', { attrs: { value: 'community' } }, 'Colour by community'),
      episodes.length > 1 ? h('option', { attrs: { value: 'episode' } }, 'Colour by episode') : null,
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
    this.isolated = h('input', {
      attrs: { type: 'checkbox', name: 'isolated' },
      on: { change: () => actions.set({ hideIsolated: !this.isolated.checked }) },
    });
    this.labelsOutput = h('output', { class: 'tg-output' });
    this.labels = h('input', {
      attrs: { type: 'range', name: 'labels', min: '0', max: String(this.labelSteps), step: '1' },
      on: {
        input: () => {
          const n = Number(this.labels.value);
          actions.set({ labels: n >= this.labelSteps ? Number.POSITIVE_INFINITY : n });
        },
      },
    });
    this.shown = h('p', { class: 'tg-shown', attrs: { 'aria-live': 'polite' } });
    this.episodes =
      episodes.length > 1 ? new EpisodePicker(episodes, (shown) => actions.set({ episodes: shown })) : null;
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
      this.shown,
      this.colorBy,
      this.sizeBy,
      h('label', { class: 'tg-field' }, h('span', {}, 'Min. mentions'), this.minMentions, this.minOutput),
      h('label', { class: 'tg-field' }, h('span', {}, 'Labels'), this.labels, this.labelsOutput),
      h('label', { class: 'tg-field tg-check' }, this.isolated, h('span', {}, 'Unlinked nodes')),
      h('label', { class: 'tg-field tg-check' }, this.cooccurs, h('span', {}, 'Co-occurrence links')),
      this.episodes?.element,
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

  /** Shows the state, and how many of the graph's `total` nodes it lets through (`shown`). */
  update(state: ViewState, shown: number, total: number): void {
    this.colorBy.value = state.colorBy;
    this.sizeBy.value = state.sizeBy;
    this.cooccurs.checked = !state.hideCooccurs;
    this.isolated.checked = !state.hideIsolated;
    this.minMentions.value = String(state.minMentions);
    this.minOutput.value = String(state.minMentions);
    const all = !Number.isFinite(state.labels) || state.labels >= this.labelSteps;
    this.labels.value = String(all ? this.labelSteps : state.labels);
    this.labelsOutput.value = all ? 'all' : String(state.labels);
    this.shown.textContent =
      shown === total
        ? `All ${total.toLocaleString('en')} nodes`
        : `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} nodes shown`;
    this.episodes?.update(state);
  }

  showLayout(running: boolean): void {
    this.layoutButton.textContent = running ? '■ Stop layout' : '▶ Layout';
    this.layoutButton.setAttribute('aria-pressed', String(running));
  }
}

/**
 * Which episodes the map shows: a list of checkboxes with a filter box (a show can have hundreds);
 * when colouring by episode, each with its colour.
 */
class EpisodePicker {
  readonly element: HTMLDetailsElement;
  private readonly summary: HTMLElement;
  private readonly boxes: { id: string; row: HTMLElement; box: HTMLInputElement; swatch: HTMLElement; title: string }[];

  constructor(
    private readonly episodes: EpisodeRecord[],
    onChange: (shown: string[] | null) => void,
  ) {
    const changed = () => {
      const shown = this.boxes.filter((b) => b.box.checked).map((b) => b.id);
      onChange(shown.length === this.boxes.length ? null : shown);
    };
    this.boxes = episodes.map((ep) => {
      const box = h('input', { attrs: { type: 'checkbox', 'data-episode': ep.id }, on: { change: changed } });
      const swatch = h('span', { class: 'tg-swatch' });
      const row = h('li', {}, h('label', { class: 'tg-field tg-check' }, box, swatch, h('span', {}, ep.title)));
      return { id: ep.id, row, box, swatch, title: ep.title.toLowerCase() };
    });
    const setAll = (checked: boolean) => {
      for (const b of this.boxes) if (!b.row.hidden) b.box.checked = checked;
      changed();
    };
    const filter = h('input', {
      class: 'tg-search-input tg-small-input',
      attrs: { type: 'search', placeholder: 'Filter episodes…', 'aria-label': 'Filter the list of episodes' },
    });
    filter.addEventListener('input', () => {
      const q = filter.value.trim().toLowerCase();
      for (const b of this.boxes) b.row.hidden = q !== '' && !b.title.includes(q);
    });
    this.summary = h('summary', {});
    this.element = h(
      'details',
      { class: 'tg-episodes' },
      this.summary,
      episodes.length > 8 ? filter : null,
      h(
        'div',
        { class: 'tg-episodes-actions' },
        h(
          'button',
          { class: 'tg-button tg-small', attrs: { type: 'button' }, on: { click: () => setAll(true) } },
          'All',
        ),
        h(
          'button',
          { class: 'tg-button tg-small', attrs: { type: 'button' }, on: { click: () => setAll(false) } },
          'None',
        ),
      ),
      h('ul', { class: 'tg-episode-list' }, ...this.boxes.map((b) => b.row)),
    );
  }

  update(state: ViewState): void {
    const shown = state.episodes ? new Set(state.episodes) : null;
    let index = 0;
    for (const b of this.boxes) {
      b.box.checked = shown === null || shown.has(b.id);
      // The same colours as the map: the i-th shown episode, the i-th colour.
      b.swatch.hidden = state.colorBy !== 'episode' || !b.box.checked;
      if (b.box.checked) b.swatch.style.setProperty('--kind', episodeColor(index++));
    }
    const n = shown?.size ?? this.episodes.length;
    this.summary.textContent = shown === null ? `Episodes: all ${n}` : `Episodes: ${n} of ${this.episodes.length}`;
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
  private readonly severalKey: HTMLElement;

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
    this.severalKey = h(
      'ul',
      { class: 'tg-several' },
      h(
        'li',
        {},
        h('span', { class: 'tg-swatch' }),
        h('span', {}, 'in several episodes; the others have their episode’s colour'),
      ),
    );
    this.element = h(
      'nav',
      { class: 'tg-legend', attrs: { 'aria-label': 'Kinds (toggle)' } },
      h('ul', {}, ...items),
      this.communityKey,
      this.severalKey,
    );
  }

  /** `several`: the colour of nodes in several episodes, when colouring by episode. */
  update(state: ViewState, several: string): void {
    this.element.dataset.colorBy = state.colorBy;
    this.communityKey.hidden = state.colorBy !== 'community';
    this.severalKey.hidden = state.colorBy !== 'episode';
    this.severalKey.querySelector<HTMLElement>('.tg-swatch')!.style.setProperty('--kind', several);
    for (const [kind, button] of this.buttons)
      button.setAttribute('aria-pressed', String(!state.hiddenKinds.includes(kind)));
  }
}
