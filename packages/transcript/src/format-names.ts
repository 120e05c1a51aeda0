import type { TranscriptFormat } from './types.js';

// A record, so that the compiler rejects a format added to the type but not listed here.
const NAMES: Record<TranscriptFormat, true> = {
  'timestamp-speaker': true,
  webvtt: true,
  'zoom-vtt': true,
  srt: true,
  sbv: true,
  'whisper-json': true,
  'json-segments': true,
  'podcast-json': true,
  'assemblyai-json': true,
  'deepgram-json': true,
  'aws-transcribe-json': true,
  'youtube-json3': true,
  'youtube-srv3': true,
  'youtube-srv1': true,
  ttml: true,
  'podcast-html': true,
  'timestamped-lines': true,
  'speaker-turns': true,
  plain: true,
};

/** Every format name, for `--format` and for checking hints. */
export const TRANSCRIPT_FORMATS = Object.keys(NAMES) as TranscriptFormat[];

export function isTranscriptFormat(name: string): name is TranscriptFormat {
  return Object.hasOwn(NAMES, name);
}
