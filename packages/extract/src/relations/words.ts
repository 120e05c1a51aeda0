import type { Transcript } from '@talkgraph/transcript';
import type { Mention } from '../types.js';

/** A mention placed on the word stream. */
export interface Placed {
  entity: string;
  /** First and last word (inclusive). */
  first: number;
  last: number;
  confidence: number;
}

const STRIP = /^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu;
const PLAIN = /^[a-z0-9][a-z0-9']*$/;
const SENTENCE_END = 1;
const COMMA = 2;

/**
 * The words of a transcript in reading order across segments, stored column-wise (a two-hour
 * conversation has ~20k words; allocating an object and a string for each would dominate the cost).
 * A word's normalized form is computed when read.
 */
export class Words {
  readonly length: number;
  readonly segment: Int32Array;
  /** Character span in the segment's text. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  private readonly flags: Uint8Array;

  constructor(
    /** The text of each segment, by position. */
    readonly texts: readonly string[],
    columns: { length: number; segment: Int32Array; from: Int32Array; to: Int32Array; flags: Uint8Array },
  ) {
    this.length = columns.length;
    this.segment = columns.segment;
    this.from = columns.from;
    this.to = columns.to;
    this.flags = columns.flags;
  }

  /**
   * Lower-cased, punctuation stripped (apostrophes kept): what the patterns read; '' past the ends.
   * Not cached: most words are read once, and short-lived strings cost the garbage collector least.
   */
  norm(i: number): string {
    if (i < 0 || i >= this.length) return '';
    const lower = this.texts[this.segment[i]!]!.slice(this.from[i]!, this.to[i]!).toLowerCase();
    return PLAIN.test(lower) ? lower : lower.replace(STRIP, '').replace(/’/g, "'");
  }

  /** The word ends a sentence (`.`, `?`, `!`): punctuated transcripts get real sentence bounds. */
  sentenceEnd(i: number): boolean {
    return ((this.flags[i] ?? 0) & SENTENCE_END) !== 0;
  }

  /** A comma right after word i (on the word, or split from it as a piece of its own). */
  commaAfter(i: number): boolean {
    if (((this.flags[i] ?? 0) & COMMA) !== 0) return true;
    const next = i + 1;
    return (
      next < this.length &&
      (this.flags[next]! & COMMA) !== 0 &&
      this.from[next] === this.to[i] &&
      this.norm(next) === ''
    );
  }
}

const cache = new WeakMap<Transcript, { mentions: Mention[]; stream: { words: Words; placed: Placed[] } }>();

/**
 * The words of a transcript with its mentions placed on them. Relations and co-occurrences read the
 * same (never mutated) transcript and mentions, so the stream is kept, weakly, for the second reader.
 */
export function wordStream(transcript: Transcript, mentions: Mention[]): { words: Words; placed: Placed[] } {
  const cached = cache.get(transcript);
  if (cached && cached.mentions === mentions) return cached.stream;
  const words = tokenize(transcript, mentions);
  const stream = { words, placed: placeMentions(transcript, words, mentions) };
  cache.set(transcript, { mentions, stream });
  return stream;
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Splits every segment into words, linear in the transcript's length. A word is also split where a
 * mention starts or ends inside it: speech-to-text glues words ("atGoogle", "ofAPL"), and the
 * patterns need the "at" and the "of".
 */
export function tokenize(transcript: Transcript, mentions: Mention[] = []): Words {
  const positions = positionsOf(transcript);
  const cuts: number[][] = transcript.segments.map(() => []);
  for (const mention of mentions) {
    const position = positions.get(mention.segment) ?? mention.segment;
    cuts[position]?.push(mention.from, mention.to);
  }
  // Spoken English runs about six characters a word; the columns grow if a transcript runs denser.
  let capacity = 16 + 2 * mentions.length;
  for (const segment of transcript.segments) capacity += Math.ceil(segment.text.length / 5);
  let segmentOf = new Int32Array(capacity);
  let fromOf = new Int32Array(capacity);
  let toOf = new Int32Array(capacity);
  let flags = new Uint8Array(capacity);
  const grow = () => {
    capacity *= 2;
    const wider = <T extends Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    segmentOf = wider(segmentOf, (k) => new Int32Array(k));
    fromOf = wider(fromOf, (k) => new Int32Array(k));
    toOf = wider(toOf, (k) => new Int32Array(k));
    flags = wider(flags, (k) => new Uint8Array(k));
  };
  let n = 0;
  for (let position = 0; position < transcript.segments.length; position++) {
    const text = transcript.segments[position]!.text;
    const points = cuts[position]!.sort((x, y) => x - y);
    let p = 0;
    let i = 0;
    while (i < text.length) {
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (i >= text.length) break;
      let end = i;
      while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
      let from = i;
      while (p < points.length && points[p]! <= from) p++;
      // A mention boundary inside the word cuts it; the last piece runs to the word's end.
      for (;;) {
        const to = p < points.length && points[p]! < end ? points[p++]! : end;
        if (n === capacity) grow();
        segmentOf[n] = position;
        fromOf[n] = from;
        toOf[n] = to;
        flags[n] = flagsOf(text, from, to);
        n++;
        if (to === end) break;
        from = to;
      }
      i = end;
    }
  }
  const texts = transcript.segments.map((segment) => segment.text);
  return new Words(texts, {
    length: n,
    segment: segmentOf.subarray(0, n),
    from: fromOf.subarray(0, n),
    to: toOf.subarray(0, n),
    flags: flags.subarray(0, n),
  });
}

/** Sentence end (`.`, `?`, `!`, maybe before a closing quote or bracket; not "U.S.") and comma flags. */
function flagsOf(text: string, from: number, to: number): number {
  let end = to - 1;
  let c = text.charCodeAt(end);
  if (c === 44) return COMMA;
  while (end > from && (c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019))
    c = text.charCodeAt(--end);
  if (c !== 46 && c !== 63 && c !== 33) return 0;
  if (c === 46 && abbreviation(text, from, to)) return 0;
  return SENTENCE_END;
}

/** "U.S.", "e.g.": letters each followed by a dot. */
function abbreviation(text: string, from: number, to: number): boolean {
  if (to - from < 4 || (to - from) % 2 !== 0) return false;
  for (let i = from; i < to; i += 2) {
    const letter = text.charCodeAt(i) | 0x20;
    if (letter < 97 || letter > 122 || text.charCodeAt(i + 1) !== 46) return false;
  }
  return true;
}

function positionsOf(transcript: Transcript): Map<number, number> {
  const positions = new Map<number, number>();
  for (const [position, segment] of transcript.segments.entries()) positions.set(segment.index, position);
  return positions;
}

/**
 * Places mentions on the words (mention `segment` is the segment index of the transcript, matched by
 * position or by `Segment.index`). Overlapping mentions keep the longest, then the first.
 */
function placeMentions(transcript: Transcript, words: Words, mentions: Mention[]): Placed[] {
  const positions = positionsOf(transcript);
  const firstWord = new Int32Array(transcript.segments.length).fill(-1);
  const endWord = new Int32Array(transcript.segments.length).fill(-1);
  for (let i = 0; i < words.length; i++) {
    const s = words.segment[i]!;
    if (firstWord[s] === -1) firstWord[s] = i;
    endWord[s] = i + 1;
  }

  const placed: Placed[] = [];
  for (const mention of mentions) {
    const position = positions.get(mention.segment) ?? mention.segment;
    const lo = firstWord[position];
    const hi = endWord[position];
    if (lo === undefined || lo < 0 || hi === undefined) continue;
    const first = firstEndingAfter(words.to, lo, hi, mention.from);
    if (first >= hi) continue;
    const last = Math.max(first, firstStartingFrom(words.from, first, hi, mention.to) - 1);
    placed.push({ entity: mention.entity, first, last, confidence: mention.confidence });
  }
  placed.sort((a, b) => a.first - b.first || b.last - a.last || cmp(a.entity, b.entity));
  const kept: Placed[] = [];
  for (const p of placed) {
    const previous = kept[kept.length - 1];
    if (previous && p.first <= previous.last) continue;
    kept.push(p);
  }
  return kept;
}

/** First word in [lo, hi) ending after `offset` (the words of a segment are ordered). */
function firstEndingAfter(to: Int32Array, lo: number, hi: number, offset: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (to[mid]! > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First word in [lo, hi) starting at or after `offset`. */
function firstStartingFrom(from: Int32Array, lo: number, hi: number, offset: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (from[mid]! >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
