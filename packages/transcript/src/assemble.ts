import { InputError } from './errors.js';
import type { RawTranscript } from './formats/raw.js';
import { REPLACEMENT, collapseSpaces, normalizeSpeaker, replaceNonText } from './normalize.js';
import { formatTimecode } from './timecode.js';
import { repairGluedWords, transcriptVocabulary } from './repair.js';
import type { Segment, Transcript, TranscriptFormat } from './types.js';

export interface AssembleOptions {
  path: string | null;
  format: TranscriptFormat;
  repair: boolean;
}

/**
 * The longest recording a time may point into. Longer is a mistake in the file, most often
 * milliseconds read as seconds (a one-hour talk in milliseconds is 1,000 hours).
 */
export const MAX_HOURS = 100;

/**
 * The finishing steps every format shares: characters that are not text are replaced (warning);
 * anonymous speaker labels take one form; times must be finite and under MAX_HOURS; cues out of
 * order are sorted (stably, by start) with a warning; missing ends become the next later start;
 * glued words are repaired when asked; empty segments are dropped with a warning; indexes are
 * assigned. No text at all is an InputError.
 */
export function assemble(raw: RawTranscript, options: AssembleOptions): Transcript {
  const warnings = [...raw.warnings];
  const file = options.path ?? '<input>';
  const clean = (text: string) => collapseSpaces(replaceNonText(text));
  const segments = raw.segments.map((segment, i) => {
    const speaker = segment.speaker === null ? '' : normalizeSpeaker(clean(segment.speaker));
    return {
      start: checkTime(segment.start, `segment ${i + 1} starts`, file),
      end: checkTime(segment.end, `segment ${i + 1} ends`, file),
      speaker: speaker || null,
      text: clean(segment.text),
    };
  });
  const title = raw.title ? clean(raw.title) || null : null;
  const unreadable = countReplacements(segments, title);
  if (unreadable > 0) {
    warnings.push(
      `${plural(unreadable, 'character is', 'characters are')} not text (NUL, control characters, lone surrogates, invalid character references); replaced by U+FFFD`,
    );
  }

  const outOfOrder = countPairs(segments, (a, b) => a.start !== null && b.start !== null && b.start < a.start);
  if (outOfOrder > 0) {
    if (segments.every((segment) => segment.start !== null)) {
      segments.sort((a, b) => a.start! - b.start!); // Array.prototype.sort is stable
      warnings.push(
        `${plural(outOfOrder, 'segment starts', 'segments start')} before the one above it; sorted by start time`,
      );
    } else {
      warnings.push(
        `${plural(outOfOrder, 'segment starts', 'segments start')} before the one above it; kept in file order`,
      );
    }
  }
  const overlaps = countPairs(segments, (a, b) => a.end !== null && b.start !== null && b.start < a.end);
  if (overlaps > 0)
    warnings.push(`${plural(overlaps, 'segment overlaps', 'segments overlap')} the one before it; times kept as given`);

  let backwards = 0;
  let next: { start: number; end: number | null } | null = null;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    if (segment.start === null) continue;
    if (segment.end === null && raw.timing !== 'none' && next !== null) {
      // Turns that inherit one marker share a start; their end is the next later time.
      segment.end = next.start > segment.start ? next.start : next.start === segment.start ? next.end : null;
    }
    if (segment.end !== null && segment.end < segment.start) {
      segment.end = segment.start;
      backwards++;
    }
    next = { start: segment.start, end: segment.end };
  }
  if (backwards > 0)
    warnings.push(`${plural(backwards, 'segment ends', 'segments end')} before it starts; end set to the start`);

  let repairs = 0;
  if (options.repair) {
    const vocabulary = transcriptVocabulary(segments.map((segment) => segment.text));
    for (const segment of segments) {
      const repaired = repairGluedWords(segment.text, vocabulary);
      segment.text = repaired.text;
      repairs += repaired.repairs;
    }
  }

  const kept = segments.filter((segment) => segment.text !== '');
  if (!kept.some((segment) => /\p{L}/u.test(segment.text))) {
    throw new InputError(
      file,
      'no transcript text found; give a transcript in one of the supported formats (VTT, SRT, whisper JSON, timestamped or plain text)',
    );
  }
  const dropped = segments.length - kept.length;
  if (dropped > 0) warnings.push(`dropped ${plural(dropped, 'empty segment', 'empty segments')}`);

  return {
    title,
    source: { path: options.path, format: options.format, timing: raw.timing, repairs, warnings },
    segments: kept.map(({ start, end, speaker, text }, index): Segment => ({ index, start, end, speaker, text })),
  };
}

/** The time rounded to milliseconds, once it is known to be finite and under MAX_HOURS. */
function checkTime(seconds: number | null, what: string, file: string): number | null {
  if (seconds === null) return null;
  if (!Number.isFinite(seconds))
    throw new InputError(file, `${what} at a time that is not a finite number; fix the time`);
  if (seconds > MAX_HOURS * 3600) {
    throw new InputError(
      file,
      `${what} at ${formatTimecode(seconds)}, past ${MAX_HOURS} hours; are the times in milliseconds? Give them in seconds`,
    );
  }
  return Math.round(seconds * 1000) / 1000;
}

function countReplacements(segments: { speaker: string | null; text: string }[], title: string | null): number {
  let count = 0;
  const add = (text: string | null) => {
    if (text === null) return;
    for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) count++;
  };
  for (const segment of segments) {
    add(segment.speaker);
    add(segment.text);
  }
  add(title);
  return count;
}

function countPairs<T>(items: T[], test: (a: T, b: T) => boolean): number {
  let count = 0;
  for (let i = 1; i < items.length; i++) if (test(items[i - 1]!, items[i]!)) count++;
  return count;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
