import { TRANSCRIPT_FORMATS, type TranscriptFormat } from './types.js';

const NAMES: ReadonlySet<string> = new Set(TRANSCRIPT_FORMATS);

/** Whether a hint (`--format`) names a format. */
export function isTranscriptFormat(name: string): name is TranscriptFormat {
  return NAMES.has(name);
}
