import type { RawTranscript } from '../formats/raw.js';
import type { TranscriptFormat } from '../types.js';

/** One JSON transcript shape: how to recognise it, and how to read it. */
export interface JsonShape {
  format: TranscriptFormat;
  /** What the shape looks like, for the error that lists the shapes talkgraph reads. */
  looksLike: string;
  matches(data: unknown): boolean;
  read(data: unknown, file: string): RawTranscript;
}
