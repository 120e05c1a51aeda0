import type { Segment } from '@talkgraph/transcript';
import { slugify } from './generated.js';
import { STOPWORDS, wordFrequency } from './lexicon.js';
import type { Link } from './links.js';
import { isTechnicalTerm, lemmaOf, wordClass } from './pos.js';
import type { Token } from './tokenize.js';

/** Longest term considered, in words. */
const MAX_WORDS = 3;
/** SUBTLEX count (per 51M spoken words) from which a word is everyday talk (`idea`, `good`, `time`). */
const EVERYDAY = 8000;
/** Termhood a phrase needs to become a concept node. */
const THRESHOLD = 3;
/** Single-word concepts allowed per word of transcript: a single word needs the strongest evidence. */
const SINGLE_WORDS_PER_WORD = 1 / 5000;
/** Concepts allowed per word of transcript (and at least MIN_CONCEPTS): the best scored only. */
const CONCEPTS_PER_WORD = 1 / 1200;
const MIN_CONCEPTS = 8;

/** Number words, nouns to WordNet, that only count things (`two releases`, `a million times`). */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'dozen',
  'dozens',
  'half',
  'percent',
  'last',
  'next',
] as const);

interface Occurrence {
  first: number;
  last: number;
}

interface Candidate {
  /** Lemmas joined by spaces. */
  key: string;
  words: string[];
  occurrences: Occurrence[];
  /** Occurrences inside a longer candidate, and how many distinct longer candidates hold it. */
  nestedCount: number;
  nestedIn: Set<string>;
  surfaces: Map<string, number>;
  score: number;
}

/** Whether a noun phrase may run on from token `i - 1` to token `i` (same sentence, same speaker). */
function continues(tokens: Token[], i: number, segments: Map<number, Segment>): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1]!;
  if (token.segment === previous.segment) return !token.afterPunctuation;
  const before = segments.get(previous.segment)!;
  const after = segments.get(token.segment)!;
  return before.speaker === after.speaker && !/[.?!:;,"”)]\s*$/.test(before.text.slice(previous.to));
}

/** A lower-case word of the language: capitals mid-sentence and acronyms are names, numbers are not terms. */
function plainWord(token: Token): boolean {
  if (token.allCaps || (token.capital && !token.sentenceStart)) return false;
  return /^\p{Ll}[\p{Ll}-]*$/u.test(token.norm) && !STOPWORDS.has(token.norm) && !NUMBER_WORDS.has(token.norm);
}

/** The label of one occurrence: its words as written (lower case unless capitalised mid-sentence), head singular. */
function surfaceOf(tokens: Token[], first: number, last: number): string {
  const words: string[] = [];
  for (let i = first; i <= last; i++) {
    const token = tokens[i]!;
    const keep = (token.capital && !token.sentenceStart) || token.allCaps;
    let word = keep ? token.text.replace(/['’]s?$/, '') : token.norm;
    if (i === last) {
      const lemma = lemmaOf(token.norm);
      if (lemma !== token.norm && word.toLowerCase() === token.norm) word = word.slice(0, lemma.length);
      if (lemma.length > word.length || !word.toLowerCase().startsWith(lemma)) word = lemma;
    }
    words.push(word);
  }
  return words.join(' ');
}

function everydayAdjective(word: string): boolean {
  return wordClass(word).adjective && wordFrequency(word) >= EVERYDAY / 8;
}

/**
 * Evidence that a phrase is a technical term rather than everyday talk: a technical dictionary lists
 * it or its words, its words are rare in speech; all-everyday phrases (`good idea`) are penalised.
 */
function technicality(words: string[]): number {
  const phrase = words.join(' ');
  const head = words.at(-1)!;
  const everyday = words.filter((w) => wordFrequency(w) >= EVERYDAY).length;
  let score = 0;
  if (isTechnicalTerm(phrase) && (words.length > 1 || wordFrequency(head) < EVERYDAY)) score += 2;
  if (wordClass(head).technical && wordFrequency(head) < EVERYDAY) score += 1;
  if (words.slice(0, -1).some((w) => wordClass(w).technical && wordFrequency(w) < EVERYDAY)) score += 0.5;
  score += 0.25 * words.filter((w) => wordFrequency(w) < 300).length;
  if (everyday === words.length) score -= 1.5;
  // `good idea`, `big company`: an everyday adjective in front says how, not what.
  if (words.length > 1 && everydayAdjective(words[0]!) && !isTechnicalTerm(phrase)) score -= 3;
  // `running server`, `saying path`: a participle in front is a verb phrase unless a dictionary lists it.
  if (words.slice(0, -1).some((w) => w.endsWith('ing')) && !isTechnicalTerm(phrase)) score -= 1;
  return score;
}

/** A single word is a concept only when rare in speech, technical and repeated (`transistor`, `virtualization`). */
function singleTerm(candidate: Candidate): boolean {
  const word = candidate.key;
  return wordFrequency(word) < 20 && wordClass(word).technical && candidate.occurrences.length >= 3;
}

/**
 * Technical noun phrases discussed in the transcript, as Concept links: candidates are runs of
 * adjectives and nouns ending in a noun (WordNet parts of speech), ranked by a C-value-like termhood
 * (frequency times length, discounted when mostly nested in longer candidates) plus technicality.
 * The longer accepted phrase claims the occurrences nested in it. Tokens already linked are skipped.
 */
export function discoverConcepts(
  tokens: Token[],
  taken: Uint8Array,
  segments: Map<number, Segment>,
  knownIds: Set<string>,
): Link[] {
  const candidates = new Map<string, Candidate>();
  const lemmas = tokens.map((t) => lemmaOf(t.norm));
  let runStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (taken[i] || !plainWord(token) || !(wordClass(token.norm).modifier || wordClass(token.norm).noun)) {
      runStart = i + 1;
      continue;
    }
    if (i > runStart && !continues(tokens, i, segments)) runStart = i;
    // Every span ending at i within the run is a candidate when i can head it.
    const cls = wordClass(tokens[i]!.norm);
    for (let first = i; first >= Math.max(runStart, i - MAX_WORDS + 1); first--) {
      if (!wordClass(tokens[first]!.norm).modifier && first !== i) break;
      const single = first === i;
      const afterNoun = !single && wordClass(tokens[i - 1]!.norm).noun;
      if (!(cls.head || (cls.weakHead && afterNoun))) continue;
      if (single && !cls.head) continue;
      const words = lemmas.slice(first, i + 1);
      const key = words.join(' ');
      let candidate = candidates.get(key);
      if (!candidate) {
        candidate = { key, words, occurrences: [], nestedCount: 0, nestedIn: new Set(), surfaces: new Map(), score: 0 };
        candidates.set(key, candidate);
      }
      candidate.occurrences.push({ first, last: i });
      const surface = surfaceOf(tokens, first, i);
      candidate.surfaces.set(surface, (candidate.surfaces.get(surface) ?? 0) + 1);
    }
  }

  // Nesting: each occurrence of a longer candidate contains occurrences of its sub-phrases.
  for (const candidate of candidates.values()) {
    const n = candidate.words.length;
    if (n < 2) continue;
    for (let from = 0; from < n; from++) {
      for (let to = from + 1; to <= n; to++) {
        if (to - from === n) continue;
        const inner = candidates.get(candidate.words.slice(from, to).join(' '));
        if (!inner) continue;
        inner.nestedCount += candidate.occurrences.length;
        inner.nestedIn.add(candidate.key);
      }
    }
  }

  for (const candidate of candidates.values()) {
    const f = candidate.occurrences.length;
    const n = candidate.words.length;
    const free = candidate.nestedIn.size > 0 ? f - candidate.nestedCount / candidate.nestedIn.size : f;
    const cvalue = Math.log2(n + 1) * Math.max(0, free);
    const technical = technicality(candidate.words);
    // Without dictionary evidence, a phrase of rare words is as likely a turn of phrase as a term.
    candidate.score = technical < 1 ? 0 : Math.log2(1 + cvalue) + technical - (f < 2 ? 1 : 0);
  }

  const wordCount = tokens.length;
  let singles = Math.floor(wordCount * SINGLE_WORDS_PER_WORD);
  const accepted = [...candidates.values()]
    .filter((c) => c.score >= THRESHOLD && (c.occurrences.length >= 2 || isTechnicalTerm(c.key)))
    .filter((c) => c.words.length > 1 || singleTerm(c))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1))
    .filter((c) => c.words.length > 1 || singles-- > 0)
    .slice(0, Math.max(MIN_CONCEPTS, Math.ceil(wordCount * CONCEPTS_PER_WORD)));

  // The longer phrase claims its nested occurrences; then the better scored.
  accepted.sort((a, b) => b.words.length - a.words.length || b.score - a.score || (a.key < b.key ? -1 : 1));
  const out: Link[] = [];
  for (const candidate of accepted) {
    const label = [...candidate.surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const id = slugify(label);
    if (!id || knownIds.has(id)) continue;
    const entry = { id, name: label, kind: 'Concept' as const };
    const confidence = Math.min(0.8, 0.4 + 0.1 * candidate.score);
    for (const { first, last } of candidate.occurrences) {
      let free = true;
      for (let i = first; i <= last; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = first; i <= last; i++) taken[i] = 1;
      out.push({ entry, first, last, via: 'discovered', confidence, discovered: true });
    }
  }
  return out.sort((a, b) => a.first - b.first);
}
