import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { STOPWORDS, isEnglish, isFirstName, isNonWord, wordFrequency } from './lexicon.js';
import type { Token } from './tokenize.js';

export interface PhoneticCandidate {
  entry: number;
  first: number;
  last: number;
  /** 0..1: how close the spelling is, given that the sound matches. */
  similarity: number;
  /** The window holds a word that is not English (a name or a mishearing), not only a capitalized first name. */
  nonWord: boolean;
  /** Matched as a long window by its long sound code alone (`under sales berg`). */
  long: boolean;
  /** The sound codes were close, not equal. */
  fuzzy: boolean;
}

interface Keyed {
  entry: number;
  key: string;
  codes: string[];
  words: number;
  /** The lookup that last considered it, and the code it was last too far from (stamps instead of per-lookup Sets). */
  seen: number;
  tooFar: number;
}

/** A name that sounds like a window's key: how far their codes are and how alike their spellings. */
interface Near {
  keyed: Keyed;
  codeDistance: number;
  codeLength: number;
  similarity: number;
}

/**
 * A key's sound codes and the names near it (computed on first lookup; [0] normal, [1] long codes only).
 * Most keys are looked up once, so nothing else is kept: entries survive young-generation collections.
 */
interface Sounds {
  codes: string[];
  near: [Near[] | undefined, Near[] | undefined];
}

const NONE: Near[] = [];
const NO_VARIANTS: string[] = [];

const MIN_KEY = 5;

/** The code itself and every form with one letter deleted. */
function deletionsOf(code: string): string[] {
  const out = [code];
  for (let i = 0; i < code.length; i++) out.push(code.slice(0, i) + code.slice(i + 1));
  return out;
}

function codesOf(key: string): string[] {
  const [primary, secondary] = doubleMetaphone(key);
  return primary === secondary ? [primary] : [primary, secondary];
}

/**
 * Sound-alike lookup of misheard names (`Kegel` -> Kaggle, `Kris lat know` -> Chris Lattner,
 * `Epping house` -> Ebbinghaus): Double Metaphone codes of 1-3 token windows, compared exactly or,
 * for long names, within a small code distance, then checked against spelling distance.
 */
export class PhoneticIndex {
  private readonly exact = new Map<string, Keyed[]>();
  /** Codes with one letter deleted, so codes one edit apart meet (symmetric delete). */
  private readonly deletions = new Map<string, Keyed[]>();
  private readonly cache = new Map<string, Sounds>();
  private stamp = 0;

  add(entry: number, key: string, words: number): void {
    if (key.length < MIN_KEY || /\d/.test(key)) return;
    const keyed: Keyed = { entry, key, codes: codesOf(key), words, seen: 0, tooFar: 0 };
    for (const code of keyed.codes) {
      if (code.length < 3) continue;
      const list = this.exact.get(code) ?? [];
      list.push(keyed);
      this.exact.set(code, list);
      if (code.length >= 5) {
        for (const variant of deletionsOf(code)) {
          const bucket = this.deletions.get(variant) ?? [];
          if (!bucket.includes(keyed)) bucket.push(keyed);
          this.deletions.set(variant, bucket);
        }
      }
    }
  }

  private sounds(key: string): Sounds {
    let entry = this.cache.get(key);
    if (!entry) {
      entry = { codes: codesOf(key), near: [undefined, undefined] };
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(key, entry);
    }
    return entry;
  }

  /** Candidates for windows starting at tokens[first] (within one segment). */
  matchAt(tokens: Token[], first: number, out: PhoneticCandidate[]): void {
    const start = tokens[first]!;
    if (start.key.length < 2 || /\d/.test(start.key)) return;
    let key = '';
    let nonWord = false;
    let capitalName = false;
    for (let last = first; last < first + 3 && last < tokens.length; last++) {
      const token = tokens[last]!;
      if (token.segment > start.segment + 1 || /\d/.test(token.key) || token.key.length < 2) break;
      if (last > first && token.afterPunctuation) break;
      key += token.key;
      nonWord ||=
        token.key.length > 2 &&
        (isNonWord(token.norm) || (token.capital && !isEnglish(token.norm) && wordFrequency(token.norm) < 3)) &&
        !/[a-z]I$/.test(token.text) && // `mailI`: glued "I"
        !/^\p{Lu}{2,}s$/u.test(token.text) && // `APIs`: an acronym's plural, not a mishearing
        !isFirstName(token.norm);
      capitalName ||= token.capital && !token.sentenceStart && isFirstName(token.norm);
      // Function words may sit inside a window (`Peter was niak`) or open a long one (`in lytic`), and end
      // one only after a capitalized first name (`Larry will` for Larry Wall).
      if (STOPWORDS.has(token.norm) && !(capitalName && last > first && token.key.length >= 4)) continue;
      if (STOPWORDS.has(start.norm) && (last === first || key.length < 7)) continue;
      // Long windows have long, specific sound codes: they need no rare word (`under sales berg`).
      const long = key.length >= 12 && last > first;
      if (!(nonWord || capitalName || long) || key.length < MIN_KEY) continue;
      // A first name alone is a real name, not a mishearing of another one.
      if (last === first && !nonWord) continue;
      // A name heard as first name + function word (`Larry will`) must sound and look very close.
      const endsInFunctionWord = STOPWORDS.has(token.norm);
      if (capitalName && !nonWord && !long && STOPWORDS.has(start.norm)) continue;
      this.lookup(
        key,
        first,
        last,
        nonWord,
        out,
        endsInFunctionWord ? 0.85 : long && !nonWord && !capitalName ? 0.55 : 0,
        long && !nonWord && !capitalName,
      );
    }
  }

  private lookup(
    key: string,
    first: number,
    last: number,
    nonWord: boolean,
    out: PhoneticCandidate[],
    minSimilarity: number,
    longCodesOnly: boolean,
  ): void {
    const sounds = this.sounds(key);
    const slot = longCodesOnly ? 1 : 0;
    const near = sounds.near[slot] ?? this.near(key, sounds, longCodesOnly);
    sounds.near[slot] = near;
    for (const { keyed, codeDistance, codeLength, similarity } of near) {
      // One word heard for a name of several (`pretraining` for "deep learning") is a different word;
      // a long window needs a name of about as many words (`under sales berg`, not `And then Jason`).
      if (last === first && keyed.words > 1) continue;
      if (longCodesOnly && keyed.words < last - first) continue;
      if (similarity >= Math.max(minSimilarity, codeLength >= 4 && codeDistance === 0 ? 0.4 : 0.5)) {
        out.push({
          entry: keyed.entry,
          first,
          last,
          similarity: similarity - codeDistance * 0.08,
          nonWord,
          long: longCodesOnly,
          fuzzy: codeDistance > 0,
        });
      }
    }
  }

  /**
   * The names that sound like `key` and are spelled about as long, each with the first code distance
   * found, in lookup order. Depends on the key alone, so it is computed once per key: windows repeat
   * throughout a transcript, and this loop was the hottest of extraction.
   */
  private near(key: string, { codes }: Sounds, longCodesOnly: boolean): Near[] {
    const found: Near[] = [];
    const lookup = ++this.stamp;
    const consider = (keyed: Keyed, codeDistance: number, codeLength: number) => {
      if (keyed.seen === lookup) return;
      keyed.seen = lookup;
      const ratio = key.length / keyed.key.length;
      if (ratio < 0.7 || ratio > 1.45 || key === keyed.key) return;
      const similarity = 1 - distance(key, keyed.key) / Math.max(key.length, keyed.key.length);
      found.push({ keyed, codeDistance, codeLength, similarity });
    };
    for (let c = 0; c < codes.length; c++) {
      const code = codes[c]!;
      if (code.length < (longCodesOnly ? 8 : 3)) continue;
      const exact = this.exact.get(code);
      if (exact) for (const keyed of exact) consider(keyed, 0, code.length);
      const maxDistance = code.length >= 7 && !longCodesOnly ? 2 : 1;
      const forCode = ++this.stamp;
      for (const variant of code.length >= 5 ? deletionsOf(code) : NO_VARIANTS) {
        const bucket = this.deletions.get(variant);
        if (!bucket) continue;
        for (const keyed of bucket) {
          // Already considered (considering again does nothing), or known to be too far from this code.
          if (keyed.seen === lookup || keyed.tooFar === forCode) continue;
          let d = Infinity;
          for (const other of keyed.codes) d = Math.min(d, distance(other, code));
          if (d <= maxDistance) consider(keyed, d, code.length);
          else keyed.tooFar = forCode;
        }
      }
    }
    return found.length > 0 ? found : NONE;
  }
}
