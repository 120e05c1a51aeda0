import type { RawSegment } from './raw.js';
import { PLAIN_SEGMENT_CHARS } from './plain.js';

/** One recognised word (or punctuation mark, `attach`ed to the word before it) with its times. */
export interface TimedWord {
  text: string;
  start: number | null;
  end: number | null;
  speaker: string | null;
  attach?: boolean;
}

/** A silence this long (seconds) between two words starts a new segment. */
const PAUSE = 2;
/** Past this many characters, a segment ends at the next sentence end. */
const SENTENCE_CHARS = 200;

/**
 * Word-level output (Amazon Transcribe items, Deepgram words, word-per-segment Podcasting 2.0
 * JSON) as sentence-sized segments: a new segment at each change of speaker, after a long pause,
 * at a sentence end once the segment is long enough, and at the plain-text segment limit.
 */
export function groupWords(words: TimedWord[]): RawSegment[] {
  const segments: RawSegment[] = [];
  let open: RawSegment | null = null;
  for (const word of words) {
    const text = word.text.trim();
    if (text === '') continue;
    if (open && word.attach) {
      open.text += text;
      open.end = word.end ?? open.end;
      continue;
    }
    const pause = open?.end != null && word.start !== null && word.start - open.end >= PAUSE;
    const long = open !== null && open.text.length >= SENTENCE_CHARS && /[.!?]["')\]]*$/.test(open.text);
    const full = open !== null && open.text.length + text.length >= PLAIN_SEGMENT_CHARS;
    if (!open || open.speaker !== word.speaker || pause || long || full) {
      open = { start: word.start, end: word.end, speaker: word.speaker, text };
      segments.push(open);
    } else {
      open.text += ` ${text}`;
      open.end = word.end ?? open.end;
    }
  }
  return segments;
}
