import { parseTimecode } from '../timecode.js';
import { TURN_LABEL } from './speaker-turns.js';
import type { RawSegment, RawTranscript } from './raw.js';

/** `00:01:02 text`, `1:02 text`, `[00:01:02] text`, `(01:02) text`, optionally `- text`. */
export const LEADING_TIME =
  /^\s*([[(]?)((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)([\])]?)(\s*)(?:[-\u2013\u2014|:]\s+)?(.*)$/;

/** The time at the start of a line, when brackets (if any) are balanced and it is a real clock time. */
export function leadingTime(line: string): { start: number; rest: string } | null {
  const match = LEADING_TIME.exec(line);
  if (!match) return null;
  const [, open, time, close, space, rest] = match;
  if (open === '' && space === '' && rest !== '') return null; // `12:30pm` is not a time stamp
  if ((open === '[' && close !== ']') || (open === '(' && close !== ')') || (open === '' && close !== '')) return null;
  const start = parseTimecode(time!);
  return start === null ? null : { start, rest: rest! };
}

/**
 * One segment per line that starts with a time; lines without one continue the segment above
 * (wrapped text). A `Name:` after the time (`[00:01:02] Ada: text`) gives the speaker. Segments
 * have no end; assemble() takes the next start.
 */
export function parseTimestampedLines(lines: string[]): RawTranscript {
  const segments: RawSegment[] = [];
  for (const line of lines) {
    const timed = leadingTime(line);
    const previous = segments.at(-1);
    if (timed) {
      const label = TURN_LABEL.exec(timed.rest);
      const speaker = label ? (label[1] ?? label[2]!) : null;
      segments.push({ start: timed.start, end: null, speaker, text: label ? (label[3] ?? '') : timed.rest });
    } else if (line.trim() === '') continue;
    else if (previous) previous.text += ` ${line}`;
    else segments.push({ start: null, end: null, speaker: null, text: line });
  }
  return { segments, timing: 'cues', warnings: [] };
}
