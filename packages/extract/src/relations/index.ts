// TEMPORARY skeleton: replaced by the relation extraction work (issue 4).
import type { Transcript } from '@talkgraph/transcript';
import type { Cooccurrence, EpisodeExtraction, EpisodeInfo, Mention, Relation } from '../types.js';

export function extractRelations(
  _transcript: Transcript,
  _mentions: Mention[],
  _options: { episode: EpisodeInfo },
): Relation[] {
  return [];
}

export function findCooccurrences(
  _transcript: Transcript,
  _mentions: Mention[],
  _options: { episode: EpisodeInfo },
): { cooccurrences: Cooccurrence[]; windows: EpisodeExtraction['windows'] } {
  return { cooccurrences: [], windows: { total: 0, perEntity: {} } };
}
