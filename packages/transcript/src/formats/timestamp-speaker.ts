import { collapseSpaces } from '../normalize.js';
import { parseTimecode } from '../timecode.js';
import type { RawSegment, RawTranscript } from './raw.js';

/** A line holding only a clock time, `0:19:52` or `01:02:03`. */
export const TIME_LINE = /^\s*\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?\s*$/;
/** `Speaker 0 :text` (auto-captions put a space before the colon) or `Speaker 0: text`. */
export const SPEAKER_PREFIX = /^\s*(Speaker\s*\w{1,3}|[^\s:][^:]{0,39}?\s)\s*:(.*)$/;

/**
 * Auto-captions with speaker turns: a time line, then `Speaker N :text`, then continuation lines
 * (starting with a space) until the next time line. Segments have no end; assemble() takes the next
 * start.
 */
export function parseTimestampSpeaker(lines: string[]): RawTranscript {
  const segments: RawSegment[] = [];
  let current: (RawSegment & { parts: string[] }) | null = null;
  const flush = () => {
    if (current)
      segments.push({
        start: current.start,
        end: null,
        speaker: current.speaker,
        text: collapseSpaces(current.parts.join(' ')),
      });
  };
  for (const line of lines) {
    if (TIME_LINE.test(line)) {
      flush();
      current = { start: parseTimecode(line), end: null, speaker: null, text: '', parts: [] };
      continue;
    }
    if (line.trim() === '') continue;
    if (!current) current = { start: null, end: null, speaker: null, text: '', parts: [] };
    const speaker = current.parts.length === 0 && current.speaker === null ? SPEAKER_PREFIX.exec(line) : null;
    if (speaker) {
      current.speaker = collapseSpaces(speaker[1]!);
      current.parts.push(speaker[2]!);
    } else {
      current.parts.push(line);
    }
  }
  flush();
  return { segments, timing: 'cues', warnings: [] };
}
