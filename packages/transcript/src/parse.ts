import { extname } from 'node:path';
import { assemble } from './assemble.js';
import { detectKind } from './detect.js';
import { parsePlain } from './formats/plain.js';
import type { RawTranscript } from './formats/raw.js';
import { parseSbv } from './formats/sbv.js';
import { parseSpeakerTurns } from './formats/speaker-turns.js';
import { parseSrt } from './formats/srt.js';
import { parseTimestampSpeaker } from './formats/timestamp-speaker.js';
import { parseTimestampedLines } from './formats/timestamped-lines.js';
import { parseWebVtt } from './formats/webvtt.js';
import { readJson } from './json/read.js';
import { readMarkup } from './markup/read.js';
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
  const file = path ?? '<input>';
  const normalized = normalizeText(text);
  const kind = detectKind(normalized, options.formatHint ?? (path ? extname(path) : undefined));
  const { format, raw } =
    kind === 'json'
      ? readJson(normalized, file)
      : kind === 'markup'
        ? readMarkup(normalized, file)
        : { format: kind, raw: parseLines(kind, normalized, file) };
  return assemble(raw, { path, format, repair: options.repair ?? format === 'timestamp-speaker' });
}

function parseLines(format: TranscriptFormat, text: string, file: string): RawTranscript {
  const lines = () => text.split('\n');
  switch (format) {
    case 'webvtt':
      return parseWebVtt(lines(), file);
    case 'zoom-vtt':
      return parseWebVtt(lines(), file, { labels: true });
    case 'srt':
      return parseSrt(lines(), file);
    case 'sbv':
      return parseSbv(lines(), file);
    case 'timestamp-speaker':
      return parseTimestampSpeaker(lines());
    case 'timestamped-lines':
      return parseTimestampedLines(lines());
    case 'speaker-turns':
      return parseSpeakerTurns(lines());
    case 'plain':
      return parsePlain(text);
    default:
      throw new Error(`${format} is read by its shape (json/, markup/), not by lines`);
  }
}
