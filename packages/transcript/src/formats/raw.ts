import { InputError } from '../errors.js';
import type { Timing } from '../types.js';

/** A segment as a format parser reads it, before the shared finishing steps (assemble.ts). */
export interface RawSegment {
  start: number | null;
  end: number | null;
  speaker: string | null;
  /** May hold runs of spaces: parsers append with `+=` (linear time) and assemble() collapses once. */
  text: string;
}

export interface RawTranscript {
  segments: RawSegment[];
  timing: Timing;
  warnings: string[];
  /** The title the file gives itself, when its format has one. */
  title?: string | null;
}

/** An InputError pointing at a 1-based line of the file. */
export function lineError(file: string, line: number, problem: string): InputError {
  return new InputError(file, `line ${line}: ${problem}`);
}

/** A line of the file quoted in an error message, cut short so the message stays one line. */
export function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed;
}
