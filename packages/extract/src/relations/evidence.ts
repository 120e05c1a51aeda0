import { timeAtOffset, type Transcript } from '@talkgraph/transcript';
import type { Evidence } from '../types.js';
import type { Words } from './words.js';

/** The verbatim words from word `first` to word `last` (inclusive), with their time and speaker. */
export function evidenceOf(
  transcript: Transcript,
  words: Words,
  first: number,
  last: number,
  episode: string,
): Evidence {
  const headSegment = words.segment[first]!;
  const tailSegment = words.segment[last]!;
  const parts: string[] = [];
  for (let position = headSegment; position <= tailSegment; position++) {
    const text = transcript.segments[position]!.text;
    const from = position === headSegment ? words.from[first]! : 0;
    const to = position === tailSegment ? words.to[last]! : text.length;
    const part = text.slice(from, to).trim();
    if (part) parts.push(part);
  }
  const startSegment = transcript.segments[headSegment]!;
  const endSegment = transcript.segments[tailSegment]!;
  return {
    episode,
    start: timeAtOffset(startSegment, words.from[first]!),
    end: timeAtOffset(endSegment, words.to[last]!) ?? endSegment.start,
    speaker: startSegment.speaker,
    quote: parts.join(' ').replace(/\s+/g, ' '),
    segment: startSegment.index,
  };
}
