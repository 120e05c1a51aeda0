// TEMPORARY skeleton: replaced by the entity extraction work (issue 3).
import type { Transcript } from '@talkgraph/transcript';
import type { CatalogEntry, EpisodeInfo, ExtractedEntity, Mention } from '../types.js';

export interface Catalog {
  entries: CatalogEntry[];
}

export function loadCatalog(_extraFiles: string[] = []): Catalog {
  return { entries: [] };
}

export function extractEntities(
  _transcript: Transcript,
  _options: { episode: EpisodeInfo; catalog: Catalog },
): { entities: ExtractedEntity[]; mentions: Mention[] } {
  return { entities: [], mentions: [] };
}
