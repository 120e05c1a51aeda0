import { buildSearchIndex, suggest, type SearchIndex, type Suggestion } from '../core/search.js';
import { kindColor, kindName } from '../core/palette.js';
import type { EntityKind } from '../core/types.js';
import { h } from './dom.js';

let instances = 0;

/** A combobox with suggestions over names and aliases (WAI-ARIA combobox pattern). */
export class SearchBox {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly index: SearchIndex;
  private suggestions: Suggestion[] = [];
  private active = -1;
  /** The list is open: the user is typing (not after a choice, Escape or leaving the field). */
  private showing = false;
  private readonly kindOf: (key: string) => EntityKind;

  constructor(
    items: { key: string; label: string; aliases: string[]; weight: number; kind: EntityKind }[],
    private readonly onChoose: (node: string) => void,
    /** The suggestions shown, so that the map can label them. */
    private readonly onHits: (nodes: string[]) => void = () => {},
  ) {
    const id = `tg-search-${++instances}`;
    this.index = buildSearchIndex(items);
    const kinds = new Map(items.map((i) => [i.key, i.kind]));
    this.kindOf = (key) => kinds.get(key)!;
    this.input = h('input', {
      class: 'tg-search-input',
      attrs: {
        type: 'search',
        placeholder: 'Search names and aliases…',
        role: 'combobox',
        'aria-label': 'Search the graph',
        'aria-autocomplete': 'list',
        'aria-expanded': 'false',
        'aria-controls': `${id}-list`,
        autocomplete: 'off',
        spellcheck: 'false',
      },
    });
    this.list = h('ul', { class: 'tg-suggestions', attrs: { id: `${id}-list`, role: 'listbox', hidden: '' } });
    this.element = h('div', { class: 'tg-search' }, this.input, this.list);
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('focus', () => this.update());
    this.input.addEventListener('blur', () => this.close());
    this.input.addEventListener('keydown', (e) => this.key(e));
  }

  focus(): void {
    this.input.focus();
  }

  private update(): void {
    this.showing = true;
    this.suggestions = suggest(this.index, this.input.value, 8);
    this.active = this.suggestions.length > 0 ? 0 : -1;
    this.renderList();
  }

  private renderList(): void {
    const typed = this.showing && this.input.value.trim() !== '';
    const open = this.suggestions.length > 0 && typed;
    this.onHits(open ? this.suggestions.map((s) => s.key) : []);
    this.list.hidden = !typed;
    this.input.setAttribute('aria-expanded', String(open));
    if (typed && this.suggestions.length === 0) {
      this.list.replaceChildren(
        h(
          'li',
          { class: 'tg-option tg-nomatch', attrs: { role: 'presentation' } },
          `Nothing matches “${this.input.value.trim()}”`,
        ),
      );
      return;
    }
    this.list.replaceChildren(
      ...this.suggestions.map((s, i) => {
        const kind = this.kindOf(s.key);
        const option = h(
          'li',
          {
            class: 'tg-option',
            attrs: {
              role: 'option',
              id: `${this.list.id}-${i}`,
              'aria-selected': String(i === this.active),
              'data-node': s.key,
            },
            // pointerdown, not click: it comes before the input's blur closes the list.
            on: {
              pointerdown: (e) => {
                e.preventDefault();
                this.choose(i);
              },
            },
          },
          h('span', { class: 'tg-dot', attrs: { style: `background:${kindColor(kind)}` } }),
          h('span', { class: 'tg-option-label' }, s.label),
          s.alias ? h('span', { class: 'tg-option-alias' }, `“${s.alias}”`) : null,
          h('span', { class: 'tg-option-kind' }, kindName(kind)),
        );
        return option;
      }),
    );
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private key(e: KeyboardEvent): void {
    const n = this.suggestions.length;
    if (e.key === 'ArrowDown' && n > 0) {
      this.active = (this.active + 1) % n;
      this.renderList();
    } else if (e.key === 'ArrowUp' && n > 0) {
      this.active = (this.active - 1 + n) % n;
      this.renderList();
    } else if (e.key === 'Enter' && this.active >= 0) {
      this.choose(this.active);
    } else if (e.key === 'Escape') {
      this.input.value = '';
      this.close();
    } else return;
    e.preventDefault();
  }

  private choose(i: number): void {
    const s = this.suggestions[i];
    if (!s) return;
    this.input.value = s.label;
    this.close();
    this.onChoose(s.key);
  }

  private close(): void {
    this.showing = false;
    this.suggestions = [];
    this.active = -1;
    this.renderList();
  }
}
