import type { Transcript } from '@talkgraph/transcript';
import type { Mention } from '../types.js';

/** One word of the transcript, in reading order across segments. */
export interface Token {
  segment: number;
  /** Character span in the segment's text. */
  from: number;
  to: number;
  /** Lower-cased, punctuation stripped (apostrophes kept): what the patterns read. */
  norm: string;
  /** The word ends a sentence (`.`, `?`, `!`): punctuated transcripts get real sentence bounds. */
  sentenceEnd: boolean;
  /** The word ends with a comma. */
  comma: boolean;
}

/** A mention placed on the token stream. */
export interface Placed {
  entity: string;
  /** First and last token (inclusive). */
  first: number;
  last: number;
  confidence: number;
}

const WORD = /\S+/g;
const STRIP = /^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu;
const SENTENCE_END = /[.?!]["')\]]*$/;
const PLAIN = /^[a-z0-9][a-z0-9']*$/;

const cache = new WeakMap<Transcript, { mentions: Mention[]; stream: { tokens: Token[]; placed: Placed[] } }>();

/**
 * The words of a transcript with its mentions placed on them. Relations and co-occurrences read the
 * same (never mutated) transcript and mentions, so the stream is kept, weakly, for the second reader.
 */
export function wordStream(transcript: Transcript, mentions: Mention[]): { tokens: Token[]; placed: Placed[] } {
  const cached = cache.get(transcript);
  if (cached && cached.mentions === mentions) return cached.stream;
  const tokens = tokenize(transcript, mentions);
  const stream = { tokens, placed: placeMentions(transcript, tokens, mentions) };
  cache.set(transcript, { mentions, stream });
  return stream;
}

/**
 * Splits every segment into words, linear in the transcript's length. A word is also split where a
 * mention starts or ends inside it: speech-to-text glues words ("atGoogle", "ofAPL"), and the
 * patterns need the "at" and the "of".
 */
export function tokenize(transcript: Transcript, mentions: Mention[] = []): Token[] {
  const cuts = new Map<number, number[]>();
  const positionOfIndex = new Map<number, number>();
  transcript.segments.forEach((segment, position) => positionOfIndex.set(segment.index, position));
  for (const mention of mentions) {
    const position = positionOfIndex.get(mention.segment) ?? mention.segment;
    let list = cuts.get(position);
    if (!list) cuts.set(position, (list = []));
    list.push(mention.from, mention.to);
  }
  const tokens: Token[] = [];
  transcript.segments.forEach((segment, position) => {
    const points = (cuts.get(position) ?? []).sort((x, y) => x - y);
    let p = 0;
    for (const match of segment.text.matchAll(WORD)) {
      const end = match.index + match[0].length;
      let from = match.index;
      while (p < points.length && points[p]! <= from) p++;
      while (p < points.length && points[p]! < end) {
        push(tokens, segment.text, position, from, points[p]!);
        from = points[p]!;
        p++;
      }
      push(tokens, segment.text, position, from, end);
    }
  });
  return tokens;
}

function push(tokens: Token[], text: string, segment: number, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lower = raw.toLowerCase();
  const plain = PLAIN.test(lower);
  tokens.push({
    segment,
    from,
    to,
    norm: plain ? lower : lower.replace(STRIP, '').replace(/’/g, "'"),
    sentenceEnd: !plain && SENTENCE_END.test(raw) && !/^(?:[a-z]\.)+$/i.test(raw),
    comma: !plain && raw.endsWith(','),
  });
}

/**
 * Places mentions on the token stream (mention `segment` is the segment index of the transcript,
 * matched by position or by `Segment.index`). Overlapping mentions keep the longest, then the first.
 */
function placeMentions(transcript: Transcript, tokens: Token[], mentions: Mention[]): Placed[] {
  const positionOfIndex = new Map<number, number>();
  transcript.segments.forEach((segment, position) => positionOfIndex.set(segment.index, position));
  const firstToken = new Array<number>(transcript.segments.length).fill(-1);
  const endToken = new Array<number>(transcript.segments.length).fill(-1);
  tokens.forEach((token, i) => {
    if (firstToken[token.segment] === -1) firstToken[token.segment] = i;
    endToken[token.segment] = i + 1;
  });

  const placed: Placed[] = [];
  for (const mention of mentions) {
    const position = positionOfIndex.get(mention.segment) ?? mention.segment;
    const lo = firstToken[position];
    const hi = endToken[position];
    if (lo === undefined || lo < 0 || hi === undefined) continue;
    const first = lowerBound(tokens, lo, hi, (t) => t.to > mention.from);
    let last = lowerBound(tokens, first, hi, (t) => t.from >= mention.to) - 1;
    if (first >= hi) continue;
    if (last < first) last = first;
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

/** First index in [lo, hi) whose token satisfies `ok` (tokens of a segment are ordered). */
function lowerBound(tokens: Token[], lo: number, hi: number, ok: (t: Token) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ok(tokens[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A comma right after token i (on the word, or split from it as a piece of its own). */
export function commaAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]!.comma || (next !== undefined && next.norm === '' && next.comma && next.from === tokens[i]!.to);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
