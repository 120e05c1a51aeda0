export type * from './types.js';
export { InputError } from './errors.js';
export { readTranscript } from './read.js';
export { timeAtOffset } from './time.js';
