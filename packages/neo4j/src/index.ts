export type * from './types.js';
export { NEO4J_MODELS } from './types.js';
export { pushGraph, wipeGraph, DEFAULT_BATCH_SIZE } from './push.js';
export { cypherScript, cypherStatements } from './script.js';
export { cypherLiteral, cypherString, cypherName } from './literal.js';
export { readGraphJson } from './read.js';
