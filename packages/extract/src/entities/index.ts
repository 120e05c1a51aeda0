export type { Catalog } from './catalog.js';
export { loadCatalog, catalogProblems, readCatalogFile, builtInCatalogFiles } from './catalog.js';
export { extractEntities } from './extract.js';
