import type { Content } from '../core/content.js';
import { mediaLinkAt } from '../core/links.js';
import { formatTimestamp } from '../core/time.js';
import type { EpisodeRecord, Evidence } from '../core/types.js';
import { h } from './dom.js';

/** A mention (which has the surface heard) or the evidence of a relation. */
export type Said = Evidence & { surface?: string };

export interface EvidenceContext {
  episodes: Map<string, EpisodeRecord>;
  content: Content;
  /** A link that reopens this view with the transcript at the evidence's segment. */
  segmentHref(ev: Said): string;
  /** Opens the transcript at the evidence, its words marked. */
  openEvidence(ev: Said): void;
}

/**
 * The timestamp of a piece of evidence, as a link back to the moment: the media at that second
 * when the episode has a media URL, else the transcript panel at that segment.
 */
export function timestampLink(ctx: EvidenceContext, ev: Said): HTMLElement {
  const episode = ctx.episodes.get(ev.episode);
  const text = ev.start !== null ? formatTimestamp(ev.start) : `¶${ev.segment + 1}`;
  const media = episode?.mediaUrl && ev.start !== null ? mediaLinkAt(episode.mediaUrl, ev.start) : null;
  const attrs: Record<string, string> = {
    class: 'tg-ts',
    'data-episode': ev.episode,
    'data-segment': String(ev.segment),
  };
  if (ev.start !== null) attrs['data-seconds'] = String(Math.floor(ev.start));
  if (media) {
    return h(
      'a',
      { attrs: { ...attrs, href: media, target: '_blank', rel: 'noopener noreferrer', title: 'Play from here' } },
      text,
    );
  }
  return h(
    'a',
    {
      attrs: { ...attrs, href: ctx.segmentHref(ev), title: 'Show in the transcript' },
      on: {
        click: (e) => {
          e.preventDefault();
          ctx.openEvidence(ev);
        },
      },
    },
    text,
  );
}

/** Timestamp, speaker, quote (and the episode when the graph has several). */
export function evidenceItem(ctx: EvidenceContext, ev: Said): HTMLLIElement {
  const episode = ctx.episodes.get(ev.episode);
  return h(
    'li',
    { class: 'tg-ev' },
    h(
      'div',
      { class: 'tg-ev-meta' },
      timestampLink(ctx, ev),
      ev.speaker ? h('span', { class: 'tg-speaker' }, ev.speaker) : null,
      ctx.episodes.size > 1 && episode ? h('span', { class: 'tg-episode' }, episode.title) : null,
    ),
    h('q', { class: 'tg-quote' }, ctx.content.quote(ev)),
  );
}

/** A list of evidence that shows the first few and a button for the rest. */
export function evidenceList(ctx: EvidenceContext, items: Said[], shown = 30): HTMLElement {
  const list = h('ol', { class: 'tg-evlist' });
  const render = (n: number) => list.replaceChildren(...items.slice(0, n).map((ev) => evidenceItem(ctx, ev)));
  render(shown);
  if (items.length <= shown) return list;
  const more = h(
    'button',
    {
      class: 'tg-more',
      attrs: { type: 'button' },
      on: {
        click: () => {
          render(items.length);
          more.remove();
        },
      },
    },
    `Show all ${items.length}`,
  );
  return h('div', {}, list, more);
}
