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
