import { extname } from 'node:path';
import { assemble } from './assemble.js';
import { detectFormat } from './detect.js';
import { parseJsonSegments } from './formats/json.js';
import { parsePlain } from './formats/plain.js';
import type { RawTranscript } from './formats/raw.js';
import { parseSpeakerTurns } from './formats/speaker-turns.js';
import { parseSrt } from './formats/srt.js';
import { parseTimestampSpeaker } from './formats/timestamp-speaker.js';
import { parseTimestampedLines } from './formats/timestamped-lines.js';
import { parseWebVtt } from './formats/webvtt.js';
import { normalizeText } from './normalize.js';
import type { Transcript, TranscriptFormat } from './types.js';

export interface ParseOptions {
  /** The file the text came from, for `source.path` and error messages. */
  path?: string | null;
  /** A format name or file extension, used only when the content matches no timed format. */
  formatHint?: string;
  /**
   * Split glued words (`ofeducational`). Default: only for `timestamp-speaker`, the caption format
   * whose line joins glue words; punctuated Whisper, human captions and typed text do not need it,
   * and there a split could only hurt.
   */
  repair?: boolean;
}

/** Parses transcript text of any supported format into the one model. Pure; throws InputError. */
export function parseTranscript(text: string, options: ParseOptions = {}): Transcript {
  const path = options.path ?? null;
  const normalized = normalizeText(text);
  const format = detectFormat(normalized, options.formatHint ?? (path ? extname(path) : undefined));
  const raw = parseFormat(format, normalized, path ?? '<input>');
  return assemble(raw, { path, format, repair: options.repair ?? format === 'timestamp-speaker' });
}

function parseFormat(format: TranscriptFormat, text: string, file: string): RawTranscript {
  switch (format) {
    case 'webvtt':
      return parseWebVtt(text.split('\n'), file);
    case 'srt':
      return parseSrt(text.split('\n'), file);
    case 'whisper-json':
    case 'json-segments':
      return parseJsonSegments(text, file);
    case 'timestamp-speaker':
      return parseTimestampSpeaker(text.split('\n'));
    case 'timestamped-lines':
      return parseTimestampedLines(text.split('\n'));
    case 'speaker-turns':
      return parseSpeakerTurns(text.split('\n'));
    case 'plain':
      return parsePlain(text);
  }
}
