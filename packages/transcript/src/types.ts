/** The input formats talkgraph recognises, detected from content (the extension is only a hint). */
export const TRANSCRIPT_FORMATS = [
  'timestamp-speaker', // `H:MM:SS` line, then `Speaker N :text`, continuation lines start with a space
  'webvtt',
  'srt',
  'whisper-json', // openai-whisper `{text, segments: [{start, end, text}]}`
  'json-segments', // `[{start, end?, speaker?, text}]`, as diarization tools emit
  'timestamped-lines', // `HH:MM:SS text`, `MM:SS text`, `[HH:MM:SS] text`, `(MM:SS) text`
  'speaker-turns', // `Name: text`, `**Name:** text`, `Name (HH:MM:SS)` headers, sparse `[12:34]` markers
  'plain', // no times at all
] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

/**
 * How segment times were obtained: from the file's own cue times, inherited from the last sparse
 * time marker (turns between markers get no time of their own), or absent.
 */
export type Timing = 'cues' | 'inherited' | 'none';

export interface Segment {
  /** Position in the transcript, 0-based, after empty segments were dropped. */
  index: number;
  /** Seconds from the start of the recording, or null when the format has no times. */
  start: number | null;
  end: number | null;
  speaker: string | null;
  text: string;
}

export interface TranscriptSource {
  /** The file path as given by the user, or null for in-memory input. */
  path: string | null;
  format: TranscriptFormat;
  timing: Timing;
  /** Number of glued-word repairs (`ofeducational` -> `of educational`). */
  repairs: number;
  /** Recoverable problems (out-of-order cues, dropped empty segments, ...), one line each. */
  warnings: string[];
}

export interface Transcript {
  source: TranscriptSource;
  segments: Segment[];
}
