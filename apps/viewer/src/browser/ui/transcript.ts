import type { Content, SegmentRecord } from '../core/content.js';
import { mediaLinkAt } from '../core/links.js';
import { findTerms } from '../core/highlight.js';
import { formatTimestamp } from '../core/time.js';
import type { EpisodeRecord } from '../core/types.js';
import type { TranscriptPlace } from '../core/url-state.js';
import { h } from './dom.js';

/** The transcript of one episode, scrolled to a segment and to the words marked in it. */
export class TranscriptPanel {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly heading: HTMLElement;
  private rendered: { episode: string; segments: readonly SegmentRecord[] } | null = null;
  /** The latest request: an earlier one still loading must not draw over it. */
  private ticket = 0;

  constructor(
    private readonly episodes: Map<string, EpisodeRecord>,
    private readonly content: Content,
    onClose: () => void,
  ) {
    this.heading = h('h2', { class: 'tg-title' });
    this.body = h('div', { class: 'tg-transcript-body', attrs: { tabindex: '-1' } });
    this.element = h(
      'section',
      { class: 'tg-transcript', attrs: { 'aria-label': 'Transcript', hidden: '' } },
      h(
        'header',
        {},
        h('span', { class: 'tg-eyebrow' }, 'Transcript'),
        this.heading,
        h(
          'button',
          {
            class: 'tg-icon tg-close',
            attrs: { type: 'button', 'aria-label': 'Close the transcript' },
            on: { click: onClose },
          },
          '×',
        ),
      ),
      this.body,
    );
  }

  /**
   * Opens the episode at a segment: its `span` (the mention, or the quote of a relation) marked
   * and scrolled to the middle, `terms` (the selected entity's names) marked lightly.
   */
  async show(place: TranscriptPlace, terms: string[] = []): Promise<void> {
    const ticket = ++this.ticket;
    const episode = this.episodes.get(place.episode);
    const segments = episode ? await this.content.transcript(place.episode) : null;
    if (ticket !== this.ticket) return;
    if (!episode || !segments) {
      this.hide();
      return;
    }
    this.element.hidden = false;
    if (this.rendered?.episode !== episode.id) this.render(episode, segments);
    for (const old of this.body.querySelectorAll('.tg-current')) {
      old.classList.remove('tg-current');
      old.removeAttribute('aria-current');
      old.querySelector('.tg-seg-text')!.textContent = segments[Number(old.getAttribute('data-index'))]!.text;
    }
    const current = this.body.children[place.index];
    const segment = segments[place.index];
    if (!current || !segment) return;
    const text = segment.text;
    const span = place.span && place.span[1] <= text.length ? place.span : null;
    current.querySelector('.tg-seg-text')!.replaceChildren(...marked(text, findTerms(text, terms), span));
    current.classList.add('tg-current');
    current.setAttribute('aria-current', 'true');
    // The marked words, not the whole segment (an auto-caption segment can run for minutes).
    (current.querySelector('.tg-hit') ?? current).scrollIntoView({ block: 'center' });
  }

  hide(): void {
    this.ticket++;
    this.element.hidden = true;
  }

  private render(episode: EpisodeRecord, segments: readonly SegmentRecord[]): void {
    this.rendered = { episode: episode.id, segments };
    this.heading.textContent = episode.title;
    // One fragment, appended to one by one: spreading every segment into a single call throws
    // past the engine's argument limit (about 120,000 segments).
    const list = document.createDocumentFragment();
    segments.forEach((seg, i) => {
      const time = seg.start !== null ? formatTimestamp(seg.start) : '';
      const media = episode.mediaUrl && seg.start !== null ? mediaLinkAt(episode.mediaUrl, seg.start) : null;
      list.append(
        h(
          'p',
          { class: 'tg-seg', attrs: { 'data-index': String(i) } },
          h(
            'span',
            { class: 'tg-seg-meta' },
            media
              ? h('a', { class: 'tg-ts', attrs: { href: media, target: '_blank', rel: 'noopener noreferrer' } }, time)
              : h('span', { class: 'tg-ts-plain' }, time),
            seg.speaker ? h('span', { class: 'tg-speaker' }, seg.speaker) : null,
          ),
          h('span', { class: 'tg-seg-text' }, seg.text),
        ),
      );
    });
    this.body.replaceChildren(list);
  }
}

/**
 * Text as DOM nodes (never parsed as HTML): the names in `names` wrapped in <mark>, and the words
 * of `hit` in <mark class="tg-hit">, which wins where they overlap.
 */
function marked(text: string, names: [number, number][], hit: [number, number] | null): (string | HTMLElement)[] {
  const parts: (string | HTMLElement)[] = [];
  let at = 0;
  const plain = (to: number) => {
    for (const [start, end] of names) {
      if (end <= at || start >= to) continue;
      const s = Math.max(start, at);
      const e = Math.min(end, to);
      if (s > at) parts.push(text.slice(at, s));
      parts.push(h('mark', {}, text.slice(s, e)));
      at = e;
    }
    if (to > at) parts.push(text.slice(at, to));
    at = to;
  };
  if (hit) {
    plain(hit[0]);
    parts.push(h('mark', { class: 'tg-hit' }, text.slice(hit[0], hit[1])));
    at = hit[1];
  }
  plain(text.length);
  return parts;
}
