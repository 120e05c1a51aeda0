export * from './types.js';
export type { ExtractOptions } from './episode.js';
export type { Catalog } from './entities/index.js';
export { extractEpisode } from './episode.js';
export { extractEntities, loadCatalog } from './entities/index.js';
export type { RelationOptions, CooccurrenceOptions, KindSources } from './relations/index.js';
export { extractRelations, findCooccurrences, EVIDENCE_CAP } from './relations/index.js';
