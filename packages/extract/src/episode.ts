import type { Transcript } from '@talkgraph/transcript';
import type { Catalog } from './entities/index.js';
import { extractEntities } from './entities/index.js';
import { extractRelations, findCooccurrences } from './relations/index.js';
import type { EpisodeExtraction, EpisodeInfo } from './types.js';

export interface ExtractOptions {
  episode: EpisodeInfo;
  /** The built-in catalog, extended by the user's (`--catalog`); see loadCatalog(). */
  catalog: Catalog;
}

/** Everything extraction finds in one episode: entities with their mentions, relations, co-occurrences. */
export function extractEpisode(transcript: Transcript, options: ExtractOptions): EpisodeExtraction {
  const { entities, mentions } = extractEntities(transcript, options);
  const relations = extractRelations(transcript, mentions, { ...options, entities });
  const { cooccurrences, windows } = findCooccurrences(transcript, mentions, options);
  return { episode: options.episode, entities, mentions, relations, cooccurrences, windows };
}
