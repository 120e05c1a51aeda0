import { InputError } from './errors.js';
import type { RawTranscript } from './formats/raw.js';
import { collapseSpaces } from './normalize.js';
import { repairGluedWords, transcriptVocabulary } from './repair.js';
import type { Segment, Transcript, TranscriptFormat } from './types.js';

export interface AssembleOptions {
  path: string | null;
  format: TranscriptFormat;
  repair: boolean;
}

/**
 * The finishing steps every format shares: cues out of order are sorted (stably, by start) with a
 * warning; missing ends become the next later start; glued words are repaired when asked; empty
 * segments are dropped with a warning; indexes are assigned. No text at all is an InputError.
 */
export function assemble(raw: RawTranscript, options: AssembleOptions): Transcript {
  const warnings = [...raw.warnings];
  const segments = raw.segments.map((segment) => ({ ...segment, text: collapseSpaces(segment.text) }));

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
  const file = options.path ?? '<input>';
  if (!kept.some((segment) => /\p{L}/u.test(segment.text))) {
    throw new InputError(
      file,
      'no transcript text found; give a transcript in one of the supported formats (VTT, SRT, whisper JSON, timestamped or plain text)',
    );
  }
  const dropped = segments.length - kept.length;
  if (dropped > 0) warnings.push(`dropped ${plural(dropped, 'empty segment', 'empty segments')}`);

  return {
    source: { path: options.path, format: options.format, timing: raw.timing, repairs, warnings },
    segments: kept.map(({ start, end, speaker, text }, index): Segment => ({ index, start, end, speaker, text })),
  };
}

function countPairs<T>(items: T[], test: (a: T, b: T) => boolean): number {
  let count = 0;
  for (let i = 1; i < items.length; i++) if (test(items[i - 1]!, items[i]!)) count++;
  return count;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
