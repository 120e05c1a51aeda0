import { STOPWORDS, isCommonWord, isEnglish, wordFrequency } from './lexicon.js';

/** A word of a segment, with its character span and the normalized forms the matcher walks. */
export interface Token {
  /** Index of the segment the token is in. */
  segment: number;
  /** Character span in the segment's text. */
  from: number;
  to: number;
  text: string;
  /** Lower-cased, diacritics and possessive `'s` removed. */
  norm: string;
  /** `norm` without inner dots and dashes: the form catalog keys are compared against. */
  key: string;
  /** Starts with a capital letter in the source. */
  capital: boolean;
  /** Two or more letters, all capitals (`MLIR`, `TP`). */
  allCaps: boolean;
  /** First word of a sentence or a segment: its capital says nothing. */
  sentenceStart: boolean;
  /** Follows sentence punctuation: names do not run across it. */
  afterPunctuation: boolean;
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#.'’-]*/gu;

export function normalizeWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
}

/** The comparison key of a word or a multi-word name: normalized, without spaces, dots, dashes, apostrophes. */
export function compactKey(text: string): string {
  return normalizeWord(text).replace(/[^\p{L}\p{N}+#]/gu, '');
}

/** `likeDarwin`: a lower-case word glued to a capitalized one where speech-to-text joined lines. */
const CAMEL_GLUE = /^(\p{Ll}{2,})(\p{Lu}\p{Ll}+|\p{Lu}{2,})$/u;

function* words(text: string): Generator<{ raw: string; from: number }> {
  for (const match of text.matchAll(WORD)) {
    const glue = CAMEL_GLUE.exec(match[0]);
    if (glue && isCommonWord(glue[1]!, 1000)) {
      yield { raw: glue[1]!, from: match.index };
      yield { raw: glue[2]!, from: match.index + glue[1]!.length };
    } else {
      const split = /^\p{Ll}+$/u.test(match[0]) ? splitGlued(match[0]) : null;
      if (split) {
        yield { raw: match[0].slice(0, split), from: match.index };
        yield { raw: match[0].slice(split), from: match.index + split };
      } else {
        yield { raw: match[0], from: match.index };
      }
    }
  }
}

const glueCache = new Map<string, number | null>();

/**
 * Where a lower-case non-word splits into two words speech-to-text ran together (`calledml` ->
 * `called ml`, `kand` -> `k and`), or null. Prefers a real word on the right, then the longest left word.
 */
function splitGlued(word: string): number | null {
  if (word.length < 4) return null;
  let cached = glueCache.get(word);
  if (cached !== undefined) return cached;
  if (isEnglish(word) || wordFrequency(word) >= 3) {
    glueCache.set(word, null);
    return null;
  }
  let best: number | null = null;
  let bestScore = 0;
  for (let i = 1; i < word.length - 1; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    let score = 0;
    if (STOPWORDS.has(right) && right.length >= 3 && i <= 2) score = 3;
    else if (
      wordFrequency(left) >= 500 &&
      (left.length >= 2 || right.length >= 5) &&
      (wordFrequency(right) >= 50 || isEnglish(right))
    )
      score = 2;
    else if (wordFrequency(left) >= 2000 && left.length >= 4 && right.length <= 3) score = 1;
    // The first stopword split keeps the longer stopword (`tensorflow can`, not `tensorflowc an`).
    if (score > bestScore || (score === bestScore && score > 0 && score < 3)) {
      best = i;
      bestScore = score;
    }
  }
  cached = bestScore > 0 ? best : null;
  if (glueCache.size > 100_000) glueCache.clear();
  glueCache.set(word, cached);
  return cached;
}

export function tokenize(text: string, segment: number): Token[] {
  const tokens: Token[] = [];
  for (const word of words(text)) {
    let raw = word.raw;
    const from = word.from;
    // Trailing punctuation belongs to the sentence, not the word (but keep `C++`, `C#`, `F#`).
    raw = raw.replace(/[.'’-]+$/u, '');
    if (raw === '') continue;
    let norm = normalizeWord(raw);
    let possessive = false;
    if (/'s$/.test(norm) && norm.length > 2) {
      norm = norm.slice(0, -2);
      possessive = true;
    } else if (/s'$/.test(norm)) {
      norm = norm.slice(0, -1);
      possessive = true;
    }
    const before = text.slice(0, from).trimEnd();
    const first = raw[0]!;
    tokens.push({
      segment,
      from,
      to: from + raw.length,
      text: raw,
      norm,
      key: norm.replace(/[.'-]/g, ''),
      capital: first !== first.toLowerCase(),
      allCaps: raw.length >= 2 && /^\p{Lu}[\p{Lu}\p{N}.-]*s?$/u.test(raw) && /\p{Lu}.*\p{Lu}/u.test(raw),
      sentenceStart: before === '' || /[.?!:;"“]$/.test(before),
      afterPunctuation: /[.?!:;,]$/.test(before),
      possessive,
    });
  }
  return tokens;
}
