import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Derived from WordNet by scripts/build-wordnet.mjs at build time (same path from src/ and dist/). */
interface WordNetData {
  /** Lemma -> parts of speech (n v a r), the most tagged one upper-cased, `0` never a noun in use, `t` technical. */
  words: Record<string, string>;
  /** Multi-word lemmas of technical topic domains (computer science, electronics, mathematics ...). */
  techPhrases: string[];
}

const wordnet = JSON.parse(readFileSync(new URL('../../dist/wordnet.json', import.meta.url), 'utf8')) as WordNetData;

/** FOLDOC headwords (catalog/sources/foldoc.json, imported by scripts/import-foldoc.mjs). */
const foldoc: Set<string> = new Set((require('../../catalog/sources/foldoc.json') as { terms: string[] }).terms);
const techPhrases: Set<string> = new Set(wordnet.techPhrases);

/** Plural endings and their singular (WordNet's detachment rules for nouns): the first giving a noun wins. */
const NOUN_SUFFIXES = [
  ['s', ''],
  ['ies', 'y'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['xes', 'x'],
  ['ses', 's'],
  ['zes', 'z'],
  ['men', 'man'],
] as const;

const isNoun = (word: string) => /[nN]/.test(wordnet.words[word] ?? '');

/** The singular of a noun (`caches` -> `cache`, `cookies` -> `cookie`); `class`, `physics`, `status` stay. */
export function lemmaOf(word: string): string {
  if (!/[^s]s$|men$/.test(word) || /(us|is|ics)$/.test(word)) return word;
  for (const [suffix, replacement] of NOUN_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
    const stem = word.slice(0, -suffix.length) + replacement;
    if (isNoun(stem)) return stem;
  }
  return word;
}

/** What a word can be inside a noun phrase. */
export interface WordClass {
  /** Can end a term: a noun that is not only ever used as a verb. */
  head: boolean;
  /** Ends a term only after a noun (`cache miss`, `system call`): used mostly as a verb, adjective or adverb. */
  weakHead: boolean;
  /** Can precede the head: an adjective or noun not used mostly as a verb or adverb. */
  modifier: boolean;
  noun: boolean;
  adjective: boolean;
  /** In a technical topic domain of WordNet or a FOLDOC headword. */
  technical: boolean;
}

const NONE: WordClass = {
  head: false,
  weakHead: false,
  modifier: false,
  noun: false,
  adjective: false,
  technical: false,
};
const classes = new Map<string, WordClass>();

function classify(word: string): WordClass {
  const flags = wordnet.words[word] ?? wordnet.words[lemmaOf(word)];
  if (!flags) return NONE;
  const noun = /[nN]/.test(flags) && !flags.includes('0');
  const dominant = flags.replace(/[^NVAR]/g, '');
  const adjective = /[aA]/.test(flags);
  return {
    head: noun && (dominant === '' || dominant === 'N'),
    weakHead: noun && dominant !== '' && dominant !== 'N',
    // `open source`: an adjective sense makes a mostly-verb word a modifier.
    modifier: (noun || adjective) && dominant !== 'R' && (dominant !== 'V' || adjective),
    noun,
    adjective,
    technical: flags.includes('t') || foldoc.has(word) || foldoc.has(lemmaOf(word)),
  };
}

/** The word class of a lower-cased word; hyphenated compounds take their last part's (`out-of-order`). */
export function wordClass(word: string): WordClass {
  let found = classes.get(word);
  if (!found) {
    if (word.includes('-')) {
      const parts = word.split('-');
      const last = classify(parts.at(-1)!);
      const known = parts.every((p) => wordnet.words[p] !== undefined || wordnet.words[lemmaOf(p)] !== undefined);
      found = known ? { ...last, modifier: true, technical: last.technical || foldoc.has(word) } : NONE;
    } else {
      found = classify(word);
    }
    classes.set(word, found);
  }
  return found;
}

/** A phrase (lemmas joined by spaces) that a technical dictionary lists as a term. */
export function isTechnicalTerm(phrase: string): boolean {
  return foldoc.has(phrase) || techPhrases.has(phrase);
}
