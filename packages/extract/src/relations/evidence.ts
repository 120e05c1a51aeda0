import { timeAtOffset, type Transcript } from '@talkgraph/transcript';
import type { Evidence } from '../types.js';
import type { Token } from './tokens.js';

/** The verbatim words from token `first` to token `last` (inclusive), with their time and speaker. */
export function evidenceOf(
  transcript: Transcript,
  tokens: Token[],
  first: number,
  last: number,
  episode: string,
): Evidence {
  const head = tokens[first]!;
  const tail = tokens[last]!;
  const parts: string[] = [];
  for (let position = head.segment; position <= tail.segment; position++) {
    const text = transcript.segments[position]!.text;
    const from = position === head.segment ? head.from : 0;
    const to = position === tail.segment ? tail.to : text.length;
    const part = text.slice(from, to).trim();
    if (part) parts.push(part);
  }
  const startSegment = transcript.segments[head.segment]!;
  const endSegment = transcript.segments[tail.segment]!;
  return {
    episode,
    start: timeAtOffset(startSegment, head.from),
    end: timeAtOffset(endSegment, tail.to) ?? endSegment.start,
    speaker: startSegment.speaker,
    quote: parts.join(' ').replace(/\s+/g, ' '),
    segment: startSegment.index,
  };
}
