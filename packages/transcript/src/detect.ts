import { isTranscriptFormat } from './format-names.js';
import { SBV_TIMING } from './formats/sbv.js';
import { leadingTime } from './formats/timestamped-lines.js';
import { TIME_MARKER, TURN_HEADER, TURN_LABEL } from './formats/speaker-turns.js';
import { SPEAKER_PREFIX, TIME_LINE } from './formats/timestamp-speaker.js';
import { CUE_LABEL } from './formats/webvtt.js';
import { JSON_SHAPES, readJson } from './json/read.js';
import { MARKUP_SHAPES, markupRoot, readMarkup } from './markup/read.js';
import type { TranscriptFormat } from './types.js';

/** Detection looks at the start of the file only; formats do not change half-way. */
const SAMPLE_LINES = 500;

/** What detection decides: a line format, or a family whose shape is told apart once parsed. */
export type DetectedKind = TranscriptFormat | 'json' | 'markup';

const EXTENSIONS: Record<string, DetectedKind> = {
  vtt: 'webvtt',
  webvtt: 'webvtt',
  srt: 'srt',
  sbv: 'sbv',
  json: 'json',
  ttml: 'markup',
  dfxp: 'markup',
  xml: 'markup',
  html: 'markup',
  htm: 'markup',
};

/**
 * The kind of normalized transcript text, from its content: JSON and markup (matched by shape
 * once parsed), or one of the line formats. The hint (a format name or a file extension such as
 * `.srt`) is used only when the content matches no timed format, so that a broken `.srt` gets an
 * SRT error rather than being read as plain text.
 */
export function detectKind(text: string, hint?: string): DetectedKind {
  const head = text.trimStart();
  if (/^WEBVTT(?:\s|$)/.test(head)) return labelledCues(head) ? 'zoom-vtt' : 'webvtt';
  if (/^(?:\{|\[\s*(?:[{\]]|$))/.test(head)) return 'json';
  if (markupRoot(head) !== null) return 'markup';

  const lines = head
    .split('\n', SAMPLE_LINES * 3)
    .filter((line) => line.trim() !== '')
    .slice(0, SAMPLE_LINES);
  if (lines[0] !== undefined && SBV_TIMING.test(lines[0])) return 'sbv';
  if (lines.some((line) => /^\s*\S+\s*-->\s*\S+/.test(line))) return 'srt';

  const timeLines = lines.flatMap((line, i) => (TIME_LINE.test(line) ? [i] : []));
  const followedByText = timeLines.filter((i) => {
    const next = lines[i + 1];
    return next !== undefined && !TIME_LINE.test(next) && (SPEAKER_PREFIX.test(next) || leadingTime(next) === null);
  });
  if (timeLines.length >= 1 && followedByText.length >= timeLines.length * 0.8) return 'timestamp-speaker';

  const timed = lines.filter((line) => leadingTime(line) !== null).length;
  const names = lines.flatMap((line) => {
    const match = TURN_HEADER.exec(line) ?? TURN_LABEL.exec(line);
    return match ? [match[1] ?? match[2]!] : [];
  });
  const turns = names.length;
  // `Note:` and `Warning:` in an essay are not turns: a speaker comes back, or labels are everywhere.
  const conversation = turns >= 2 && (new Set(names).size < turns || turns >= lines.length * 0.3);
  const markers = lines.filter((line) => new RegExp(TIME_MARKER.source).test(line)).length;
  if (timed >= 2 && timed >= lines.length * 0.5 && timed >= turns) return 'timestamped-lines';
  if (conversation || markers >= 1) return 'speaker-turns';
  if (timed >= 1 && timed === lines.length) return 'timestamped-lines';
  return hinted(hint) ?? 'plain';
}

/**
 * The format of normalized transcript text. JSON and markup are parsed to tell their shapes apart
 * (so malformed JSON throws its InputError here too).
 */
export function detectFormat(text: string, hint?: string): TranscriptFormat {
  const kind = detectKind(text, hint);
  if (kind === 'json') return readJson(text, '<input>').format;
  if (kind === 'markup') return readMarkup(text, '<input>').format;
  return kind;
}

function hinted(hint: string | undefined): DetectedKind | undefined {
  if (hint === undefined) return undefined;
  if (JSON_SHAPES.some((shape) => shape.format === hint)) return 'json';
  if (MARKUP_SHAPES.some((shape) => shape.format === hint)) return 'markup';
  if (isTranscriptFormat(hint)) return hint;
  return EXTENSIONS[hint.replace(/^.*\./, '').toLowerCase()];
}

/**
 * Zoom's WebVTT: no `<v>` voice tags, and at least half the cues (two or more) open with
 * `Name: text`, the same names coming back.
 */
function labelledCues(text: string): boolean {
  const lines = text.split('\n', SAMPLE_LINES * 4);
  if (lines.some((line) => line.includes('<v ') || line.includes('<v.'))) return false;
  const payloads = lines.flatMap((line, i) =>
    line.includes('-->') && lines[i + 1] !== undefined ? [lines[i + 1]!] : [],
  );
  const names = payloads.flatMap((line) => {
    const label = CUE_LABEL.exec(line.trim());
    return label ? [label[1]!.trim()] : [];
  });
  return names.length >= 2 && names.length >= payloads.length * 0.5 && new Set(names).size < names.length;
}
