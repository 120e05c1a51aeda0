import type { EpisodeRecord, Evidence } from './types.js';

export type SegmentRecord = EpisodeRecord['segments'][number];

/**
 * What was said: the episodes' transcripts and the words of each mention and relation. The viewer
 * reads them only through this, so where they are kept (inlined in the page, or fetched when
 * first needed) is this module's business alone; transcripts are asked for asynchronously.
 */
export interface Content {
  /** An episode's transcript, as segments; null when the graph has none for it. */
  transcript(episode: string): Promise<readonly SegmentRecord[] | null>;
  /** The words of a mention, or of the evidence of a relation. */
  quote(evidence: Evidence): string;
}

/** Content carried in graph.json itself: segments on each episode, quotes on each mention and edge. */
export function inlineContent(episodes: readonly EpisodeRecord[]): Content {
  const byId = new Map(episodes.map((e) => [e.id, e]));
  return {
    transcript: (episode) => Promise.resolve(byId.get(episode)?.segments ?? null),
    quote: (evidence) => evidence.quote,
  };
}

/**
 * Quotes from the graph, transcripts from `load` (the page unpacks them on demand), each asked for
 * once: the same promise answers every later read.
 */
export function lazyContent(load: (episode: string) => Promise<readonly SegmentRecord[] | null>): Content {
  const loaded = new Map<string, Promise<readonly SegmentRecord[] | null>>();
  return {
    transcript: (episode) => {
      const segments = loaded.get(episode) ?? load(episode);
      loaded.set(episode, segments);
      return segments;
    },
    quote: (evidence) => evidence.quote,
  };
}

/** An episode's segments as renderHtml packs them by column (src/node/pack.ts). */
export interface PackedSegments {
  /** 1000: starts are differences from the previous start and ends are lengths, in milliseconds; 1: seconds as given. */
  unit: 1 | 1000;
  text: string[];
  speaker: (string | null)[];
  start: (number | null)[];
  end: (number | null)[];
}

export function unpackSegments(packed: PackedSegments): SegmentRecord[] {
  let previous = 0;
  return packed.text.map((text, i) => {
    const rawStart = packed.start[i] ?? null;
    const rawEnd = packed.end[i] ?? null;
    if (packed.unit === 1) return { start: rawStart, end: rawEnd, speaker: packed.speaker[i] ?? null, text };
    if (rawStart !== null) previous += rawStart;
    const start = rawStart === null ? null : previous / 1000;
    const end = rawEnd === null ? null : rawStart === null ? rawEnd : (previous + rawEnd) / 1000;
    return { start, end, speaker: packed.speaker[i] ?? null, text };
  });
}
