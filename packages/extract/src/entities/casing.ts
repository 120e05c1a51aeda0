import type { Transcript } from '@talkgraph/transcript';
import type { Token } from './tokenize.js';

/**
 * A segment that continues the sentence of the one before it (speech-to-text cuts lines mid-sentence)
 * does not start a sentence: its first word's capital, if any, is evidence.
 */
export function continueSentences(tokens: Token[], transcript: Transcript): void {
  const texts = new Map(transcript.segments.map((s) => [s.index, s]));
  let previous: Token | undefined;
  for (const token of tokens) {
    if (previous && token.segment !== previous.segment && token.sentenceStart) {
      const before = texts.get(previous.segment);
      const here = texts.get(token.segment);
      const open = before !== undefined && !/[.?!:;"”…)\]]\s*$/.test(before.text);
      const sameVoice = before?.speaker === here?.speaker;
      const leading = here !== undefined && here.text.slice(0, token.from).trim() === '';
      if (open && sameVoice && leading) {
        token.sentenceStart = false;
        token.afterPunctuation = /,\s*$/.test(before.text);
      }
    }
    previous = token;
  }
}

/**
 * Whether capitals carry information in this transcript: human-edited and Whisper text capitalize
 * sentence starts and names, and little else; auto-captions are all lower case (or all capitals).
 */
export function capitalsInform(tokens: Token[]): boolean {
  let starts = 0;
  let capitalStarts = 0;
  let inner = 0;
  let capitalInner = 0;
  for (const token of tokens) {
    if (!/^\p{L}/u.test(token.text) || token.norm === 'i') continue;
    if (token.sentenceStart) {
      starts++;
      if (token.capital) capitalStarts++;
    } else {
      inner++;
      if (token.capital) capitalInner++;
    }
  }
  return starts >= 5 && capitalStarts >= 0.8 * starts && capitalInner > 0 && capitalInner < 0.5 * inner;
}
