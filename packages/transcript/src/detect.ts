import { leadingTime } from './formats/timestamped-lines.js';
import { TIME_MARKER, TURN_HEADER, TURN_LABEL } from './formats/speaker-turns.js';
import { SPEAKER_PREFIX, TIME_LINE } from './formats/timestamp-speaker.js';
import { TRANSCRIPT_FORMATS, type TranscriptFormat } from './types.js';

/** Detection looks at the start of the file only; formats do not change half-way. */
const SAMPLE_LINES = 500;

const HINTS: Record<string, TranscriptFormat> = { vtt: 'webvtt', webvtt: 'webvtt', srt: 'srt', json: 'json-segments' };
const FORMATS: ReadonlySet<string> = new Set(TRANSCRIPT_FORMATS);

/**
 * The format of normalized transcript text, from its content. The hint (a format name or a file
 * extension such as `.srt`) is used only when the content matches no timed format, so that a
 * broken `.srt` gets an SRT error rather than being read as plain text.
 */
export function detectFormat(text: string, hint?: string): TranscriptFormat {
  const head = text.trimStart();
  if (/^WEBVTT(?:\s|$)/.test(head)) return 'webvtt';
  if (head.startsWith('{')) return 'whisper-json';
  if (/^\[\s*(?:[{\]]|$)/.test(head)) return 'json-segments';

  const lines = head
    .split('\n', SAMPLE_LINES * 3)
    .filter((line) => line.trim() !== '')
    .slice(0, SAMPLE_LINES);
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

  const hinted =
    hint === undefined
      ? undefined
      : FORMATS.has(hint)
        ? (hint as TranscriptFormat)
        : HINTS[hint.replace(/^.*\./, '').toLowerCase()];
  return hinted ?? 'plain';
}
