import { collapseSpaces } from '../normalize.js';
import type { RawSegment, RawTranscript } from './raw.js';

/** Segments longer than this are cut at sentence ends, or failing that at word boundaries. */
export const PLAIN_SEGMENT_CHARS = 600;

/**
 * Text with no times: one segment per paragraph (blank-line separated), long paragraphs cut into
 * sentence-sized pieces so that quotes and evidence stay short. Times are null.
 */
export function parsePlain(text: string): RawTranscript {
  const segments: RawSegment[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const piece of chunk(collapseSpaces(paragraph)))
      segments.push({ start: null, end: null, speaker: null, text: piece });
  }
  return { segments, timing: 'none', warnings: [] };
}

/**
 * Cuts text into pieces of at most `limit` characters: at the last sentence end inside the limit,
 * else at the last space, else (one huge token) at the limit. One pass, no per-word arrays.
 */
export function chunk(text: string, limit = PLAIN_SEGMENT_CHARS): string[] {
  const pieces: string[] = [];
  let from = 0;
  while (text.length - from > limit) {
    const window = text.slice(from, from + limit + 1);
    const sentenceEnd = lastMatchEnd(window, /[.!?]["')\]]*\s/g);
    const space = window.lastIndexOf(' ');
    const cut = sentenceEnd > 0 ? sentenceEnd : space > 0 ? space : limit;
    pieces.push(text.slice(from, from + cut).trim());
    from += cut;
  }
  const rest = text.slice(from).trim();
  if (rest !== '') pieces.push(rest);
  return pieces;
}

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}
