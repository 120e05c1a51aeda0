import type { Transcript } from '@talkgraph/transcript';
import type { Cooccurrence, EpisodeExtraction, EpisodeInfo, Mention } from '../types.js';
import { evidenceOf } from './evidence.js';
import { cmp, wordStream, type Placed } from './words.js';

/** Words per co-occurrence window: about two spoken sentences. */
export const WINDOW_WORDS = 40;
/** Places kept per pair, for the viewer and the exports. */
export const EVIDENCE_CAP = 3;

export interface CooccurrenceOptions {
  episode: EpisodeInfo;
  /** Words per window (default WINDOW_WORDS). */
  windowWords?: number;
}

/**
 * Entities named in the same window of words. Windows are consecutive, non-overlapping runs of
 * `windowWords` words over the whole transcript, so counts are comparable across episodes: the
 * graph turns `count`, `windows.perEntity` and `windows.total` into a normalized PMI.
 */
export function findCooccurrences(
  transcript: Transcript,
  mentions: Mention[],
  options: CooccurrenceOptions,
): { cooccurrences: Cooccurrence[]; windows: EpisodeExtraction['windows'] } {
  const size = Math.max(1, Math.floor(options.windowWords ?? WINDOW_WORDS));
  const { words, placed } = wordStream(transcript, mentions);
  const total = Math.ceil(words.length / size);
  const perEntity = new Map<string, number>();
  const pairs = new Map<string, { source: string; target: string; count: number; spans: [number, number][] }>();

  let start = 0;
  while (start < placed.length) {
    const window = Math.floor(placed[start]!.first / size);
    let end = start;
    // First mention of each entity in this window (a mention belongs to the window it starts in).
    const firstOf = new Map<string, Placed>();
    while (end < placed.length && Math.floor(placed[end]!.first / size) === window) {
      const p = placed[end]!;
      if (!firstOf.has(p.entity)) firstOf.set(p.entity, p);
      end++;
    }
    const entities = [...firstOf.keys()].sort(cmp);
    for (const entity of entities) perEntity.set(entity, (perEntity.get(entity) ?? 0) + 1);
    for (let x = 0; x < entities.length; x++) {
      for (let y = x + 1; y < entities.length; y++) {
        const source = entities[x]!;
        const target = entities[y]!;
        const key = `${source}\u0000${target}`;
        let pair = pairs.get(key);
        if (!pair) {
          pair = { source, target, count: 0, spans: [] };
          pairs.set(key, pair);
        }
        pair.count++;
        if (pair.spans.length < EVIDENCE_CAP) {
          const p = firstOf.get(source)!;
          const q = firstOf.get(target)!;
          pair.spans.push([Math.min(p.first, q.first), Math.max(p.last, q.last)]);
        }
      }
    }
    start = end;
  }

  const cooccurrences = [...pairs.values()]
    .sort((p, q) => cmp(p.source, q.source) || cmp(p.target, q.target))
    .map(({ source, target, count, spans }) => ({
      source,
      target,
      count,
      evidence: spans.map(([first, last]) => evidenceOf(transcript, words, first, last, options.episode.id)),
    }));
  const sortedPerEntity = Object.fromEntries([...perEntity.entries()].sort(([p], [q]) => cmp(p, q)));
  return { cooccurrences, windows: { total, perEntity: sortedPerEntity } };
}
