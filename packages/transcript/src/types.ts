/** The input formats talkgraph recognises, detected from content (the extension is only a hint). */
export const TRANSCRIPT_FORMATS = [
  'timestamp-speaker', // `H:MM:SS` line, then `Speaker N :text`, continuation lines start with a space
  'webvtt',
  'zoom-vtt', // WebVTT whose cues start with `Name: text` (Zoom, and meeting tools like it)
  'srt',
  'sbv', // YouTube SubViewer: `0:00:01.000,0:00:04.000` lines
  'whisper-json', // openai-whisper `{text, segments: [{start, end, text}]}`
  'json-segments', // `[{start, end?, speaker?, text}]`, also nested (`chapters[].turns[]`)
  'podcast-json', // Podcasting 2.0 `{version, segments: [{speaker, startTime, endTime, body}]}`
  'assemblyai-json', // AssemblyAI `{utterances: [{speaker, start, end, text}], words}` (milliseconds)
  'deepgram-json', // Deepgram `{metadata, results: {utterances, channels}}`
  'aws-transcribe-json', // Amazon Transcribe `{jobName, results: {items, speaker_labels}}`
  'youtube-json3', // YouTube timed text `{events: [{tStartMs, dDurationMs, segs: [{utf8}]}]}`
  'youtube-srv3', // YouTube timed text XML `<timedtext><body><p t d>` (also srv2 `<text t d>`)
  'youtube-srv1', // YouTube timed text XML `<transcript><text start dur>`
  'ttml', // TTML / DFXP `<tt><body><div><p begin end>`
  'podcast-html', // Podcasting 2.0 HTML `<cite>Name:</cite> <time>0:00</time> <p>text</p>`
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
  /** The title the file itself gives (TTML metadata, an HTML `<title>`, a JSON "title"), or null. */
  title: string | null;
  source: TranscriptSource;
  segments: Segment[];
}
