export * from './types.js';
export type { ParseOptions } from './parse.js';
export { parseTranscript } from './parse.js';
export { readTranscript } from './read.js';
export { detectFormat } from './detect.js';
export { repairGluedWords, splitToken, transcriptVocabulary } from './repair.js';
export { normalizeText } from './normalize.js';
export { parseTimecode, formatTimecode } from './timecode.js';
export { timeAtOffset } from './time.js';
