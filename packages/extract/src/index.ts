export type * from './types.js';
export type { ExtractOptions } from './episode.js';
export type { Catalog } from './entities/index.js';
export { extractEpisode } from './episode.js';
export { extractEntities, loadCatalog } from './entities/index.js';
export { extractRelations, findCooccurrences } from './relations/index.js';
