export type { Catalog, CatalogProblem } from './catalog.js';
export { builtInCatalogFiles, builtInEntries, catalogProblems, loadCatalog, readCatalogFile } from './catalog.js';
export { extractEntities } from './extract.js';
