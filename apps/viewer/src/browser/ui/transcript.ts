import { mediaLinkAt } from '../core/links.js';
import { findTerms } from '../core/highlight.js';
import { formatTimestamp } from '../core/time.js';
import type { EpisodeRecord } from '../core/types.js';
import { h } from './dom.js';

/** The transcript of one episode, scrolled to and highlighting a segment. */
export class TranscriptPanel {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly heading: HTMLElement;
  private rendered: string | null = null;

  constructor(
    private readonly episodes: Map<string, EpisodeRecord>,
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

  /** Opens the episode at a segment, marking `terms` (the selected entity's names) in it. */
  show(episodeId: string, index: number, terms: string[] = []): void {
    const episode = this.episodes.get(episodeId);
    if (!episode) {
      this.hide();
      return;
    }
    this.element.hidden = false;
    if (this.rendered !== episodeId) this.render(episode);
    for (const old of this.body.querySelectorAll('.tg-current')) {
      old.classList.remove('tg-current');
      old.removeAttribute('aria-current');
      old.querySelector('.tg-seg-text')!.textContent = episode.segments[Number(old.getAttribute('data-index'))]!.text;
    }
    const current = this.body.children[index];
    if (!current) return;
    const text = episode.segments[index]!.text;
    current.querySelector('.tg-seg-text')!.replaceChildren(...marked(text, findTerms(text, terms)));
    current.classList.add('tg-current');
    current.setAttribute('aria-current', 'true');
    current.scrollIntoView({ block: 'center' });
  }

  hide(): void {
    this.element.hidden = true;
  }

  private render(episode: EpisodeRecord): void {
    this.rendered = episode.id;
    this.heading.textContent = episode.title;
    // One fragment, appended to one by one: spreading every segment into a single call throws
    // past the engine's argument limit (about 120,000 segments).
    const list = document.createDocumentFragment();
    episode.segments.forEach((seg, i) => {
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

/** Text with the spans wrapped in <mark>, as DOM nodes (never parsed as HTML). */
function marked(text: string, spans: [number, number][]): (string | HTMLElement)[] {
  const parts: (string | HTMLElement)[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(h('mark', {}, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
