export { extractRelations, type RelationOptions } from './extract.js';
export { findCooccurrences, EVIDENCE_CAP, WINDOW_WORDS, type CooccurrenceOptions } from './cooccurrence.js';
export { SIGNATURES, typeFor, type KindSources } from './kinds.js';
