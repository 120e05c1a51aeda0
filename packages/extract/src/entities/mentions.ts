import type { Segment } from '@talkgraph/transcript';
import { timeAtOffset } from '@talkgraph/transcript';
import type { EpisodeInfo, ExtractedEntity, Mention } from '../types.js';
import type { Link } from './links.js';
import type { Token } from './tokenize.js';

const QUOTE_WORDS = 8;

function quoteOf(segment: Segment, from: number, to: number): string {
  const before = segment.text.slice(0, from).split(/\s+/).filter(Boolean).slice(-QUOTE_WORDS);
  const after = segment.text.slice(to).split(/\s+/).filter(Boolean).slice(0, QUOTE_WORDS);
  return [...before, segment.text.slice(from, to), ...after].join(' ').replace(/\s+/g, ' ').trim();
}

/** Mentions in transcript order, with span, interpolated times, speaker and a short quote. */
export function mentionsOf(
  links: Link[],
  tokens: Token[],
  segments: Map<number, Segment>,
  episode: EpisodeInfo,
): Mention[] {
  return [...links]
    .sort((a, b) => a.first - b.first || a.last - b.last)
    .map((link) => {
      const head = tokens[link.first]!;
      const tail = tokens[link.last]!;
      const segment = segments.get(head.segment)!;
      // A name cut by a caption break: the span ends with its segment; the surface and end time run on.
      const tailSegment = segments.get(tail.segment)!;
      const crosses = tailSegment !== segment;
      const to = crosses ? segment.text.length : tail.to;
      const surface = crosses
        ? `${segment.text.slice(head.from).trim()} ${tailSegment.text.slice(0, tail.to).trim()}`
        : segment.text.slice(head.from, to);
      return {
        entity: link.entry.id,
        surface,
        from: head.from,
        to,
        segment: head.segment,
        episode: episode.id,
        start: timeAtOffset(segment, head.from),
        end: timeAtOffset(tailSegment, tail.to),
        speaker: segment.speaker,
        quote: quoteOf(segment, head.from, to),
        via: link.via,
        confidence: Math.round(link.confidence * 100) / 100,
      };
    });
}

/** One entity per linked entry, sorted by id. */
export function entitiesOf(links: Link[]): ExtractedEntity[] {
  const entities = new Map<string, ExtractedEntity>();
  for (const link of links) {
    if (!entities.has(link.entry.id)) {
      entities.set(link.entry.id, {
        id: link.entry.id,
        label: link.entry.name,
        kind: link.entry.kind,
        discovered: link.discovered,
      });
    }
  }
  return [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
