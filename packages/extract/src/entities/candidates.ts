import type { EntityKind, Via } from '../types.js';
import type { CompiledCatalog } from './compile.js';
import type { TechContext } from './context.js';
import { STOPWORDS, isCommonWord, isEnglish, isFirstName, isNonWord } from './lexicon.js';
import type { LinkSet } from './links.js';
import type { PhoneticCandidate } from './phonetic.js';
import type { TrieMatch } from './trie.js';
import { compactKey } from './tokenize.js';
import type { Token } from './tokenize.js';

/** A catalog entry a run of tokens may name. */
export interface Candidate {
  entry: number;
  first: number;
  last: number;
  via: Via;
  confidence: number;
  /** Needs context before it is linked (ambiguous name, everyday words joined, letters read from words). */
  weak: boolean;
  /** The surface is marked ambiguous (or is an everyday word). */
  ambiguous: boolean;
}

export function spanLength(tokens: Token[], first: number, last: number): number {
  return tokens[last]!.to - tokens[first]!.from;
}

/** The readings of a trie match that are worth considering, each marked weak when it needs context. */
export function candidatesOf(match: TrieMatch, tokens: Token[], cased: boolean): Candidate[] {
  const span = tokens.slice(match.first, match.last + 1);
  // `do I`, `am i`: pieces of ordinary talk, never a split name; but `a CL` is the acronym ACL.
  const spelled = span.every((t) => t.allCaps || (t.key.length === 1 && /\p{L}/u.test(t.key)));
  if (match.split && !spelled && span.some((t) => STOPWORDS.has(t.norm))) return [];
  if (span.length === 1 && STOPWORDS.has(span[0]!.norm) && !span[0]!.allCaps) return [];
  const everyday = span.every((t) => isCommonWord(t.norm, 100) || t.key.length < 2);
  const out: Candidate[] = [];
  for (const surface of match.surfaces) {
    // `us` is not the US, `ir` not an IR, in a transcript that writes capitals.
    if (
      surface.upper &&
      cased &&
      span.length === 1 &&
      !match.lettered &&
      !span[0]!.allCaps &&
      !isNonWord(span[0]!.norm)
    )
      continue;
    if (match.split && (surface.wordBreaksOnly || (everyday && surface.generated))) continue;
    // Brands from generated lists are written with their capitals (`ChatBot`, not "a chatbot").
    if (surface.generated && cased && !span.some((t) => t.capital) && /^\p{Lu}/u.test(surface.text)) continue;
    const varied = match.split || match.plural || match.lettered;
    const via: Via = varied ? 'variant' : surface.canonical ? 'exact' : 'alias';
    const confidence = match.split || match.lettered ? 0.85 : match.plural ? 0.9 : surface.canonical ? 0.98 : 0.95;
    const weak =
      surface.ambiguous || match.lettered || (match.split && (everyday || span.some((t) => t.key.length === 1)));
    out.push({
      entry: surface.entry,
      first: match.first,
      last: match.last,
      via,
      confidence: weak ? confidence - 0.15 : confidence,
      weak,
      ambiguous: surface.ambiguous,
    });
  }
  return out;
}

/** Words before a verb (`can access`, `to go`) or before an everyday noun (`direct access`). */
const BEFORE_WORD = new Set(
  "to can could will would should may might must cannot can't couldn't won't wouldn't don't doesn't didn't let's please we'll you'll i'll they'll direct random easy quick remote full public limited restricted".split(
    ' ',
  ),
);
/** Words after a verb: its object or particle (`access the file`, `go to`, `zoom out`). */
const AFTER_WORD = new Set('the a an to their your my our his its them me him into through out'.split(' '));

/** A lower-case name used as the everyday word it also is: `you can access the file`, `go to the store`. */
export function usedAsWord(tokens: Token[], first: number, last: number): boolean {
  if (first !== last || tokens[first]!.capital || !isEnglish(tokens[first]!.norm)) return false;
  const before = tokens[first - 1];
  const after = tokens[first + 1];
  return (
    (before !== undefined && before.segment === tokens[first]!.segment && BEFORE_WORD.has(before.norm)) ||
    (after !== undefined && after.segment === tokens[first]!.segment && AFTER_WORD.has(after.norm))
  );
}

/** Whether an ambiguous or weakly formed candidate is meant as the catalog entity here. */
export function acceptWeak(
  candidate: Candidate,
  tokens: Token[],
  context: TechContext,
  catalog: CompiledCatalog,
  links: LinkSet,
  transcriptCased: boolean,
): boolean {
  const entry = catalog.entries[candidate.entry]!;
  const span = tokens.slice(candidate.first, candidate.last + 1);
  const head = span[0]!;
  // Languages are said after "to" and before "to" as names (`switch to python`): their own rules below decide.
  if (entry.kind !== 'ProgrammingLanguage' && usedAsWord(tokens, candidate.first, candidate.last)) return false;
  // `office` near `Microsoft` is Microsoft Office: the rest of the entity's name was said nearby.
  const surfaceKey = span.map((t) => t.key).join('');
  if (links.ownerNear(compactKey(entry.name), surfaceKey, candidate.first, 60)) return true;
  // `tensor comprehensions and tile and ml ir`: listed with other linked names.
  const joiner = (i: number) => ['and', 'or'].includes(tokens[i]?.norm ?? '');
  const language = entry.kind === 'ProgrammingLanguage';
  // A language is listed with languages; other things with anything named.
  const fits = (kind: EntityKind | undefined) => kind !== undefined && (!language || kind === 'ProgrammingLanguage');
  const listed =
    (joiner(candidate.first - 1) && fits(links.lasts.get(candidate.first - 2))) ||
    (joiner(candidate.last + 1) && fits(links.firsts.get(candidate.last + 2)));
  // A capital that only opens a sentence ("Go to rollbar.com") says nothing about a one-word name.
  const cased =
    span.every((t) => t.capital || /\d/.test(t.key)) &&
    !(span.length === 1 && head.sentenceStart && isEnglish(head.norm));
  const informative = cased && !head.sentenceStart;
  const called = ['called', 'named'].includes(tokens[candidate.first - 1]?.norm ?? '');
  const known = links.confirmed.has(entry);
  // `written in basic`: a language right after "in", in talk about programs.
  if (
    language &&
    tokens[candidate.first - 1]?.norm === 'in' &&
    context.languageScore(candidate.first, candidate.last, 8) >= 1
  ) {
    return true;
  }
  // An everyday word in lower case ("go", "zoom", "forth") is the entity only once the episode has named it plainly.
  const everyday =
    isCommonWord(head.norm, 100) || (head.norm.endsWith('s') && isCommonWord(head.norm.slice(0, -1), 100));
  if (!cased && span.length === 1 && head.key.length > 1 && everyday) {
    // The commonest words ("go") never, however often the entity was named; others once named or listed.
    if (isCommonWord(head.norm, 2000) || !(known || listed)) return false;
  }
  // In a transcript with capitals, a brand or product in lower case ("meta", "apple") is just the word.
  const plainWord = span.length === 1 && isCommonWord(head.norm, 20) && isEnglish(head.norm);
  if (
    transcriptCased &&
    !cased &&
    plainWord &&
    !language &&
    /^\p{Lu}/u.test(entry.name) &&
    !known &&
    !called &&
    !listed
  )
    return false;
  if (listed && context.score(candidate.first, candidate.last) >= 2) return true;
  if (language) {
    // J, K, C, R, D: a letter is a language only among languages.
    if (head.key.length === 1 && span.length === 1) {
      const near = context.languageScore(candidate.first, candidate.last, 6);
      return (
        near >= 2 ||
        called ||
        ((known || informative) && context.languageScore(candidate.first, candidate.last, 12) >= 1)
      );
    }
    const language = context.languageScore(candidate.first, candidate.last, 12);
    if (language < 1 && !called && !(known && cased)) return false;
  }
  let needed = 2;
  if (informative || called) needed -= 1;
  if (known) needed -= 1;
  // A compound heard as two words (`air table`) is safer than a bare ambiguous word.
  if (candidate.via === 'variant' && !candidate.ambiguous) needed -= 1;
  return context.score(candidate.first, candidate.last, 25) >= Math.max(needed, 1);
}

/** Whether a sound-alike window is a mishearing of the catalog name in this place. */
export function acceptSoundAlike(
  p: PhoneticCandidate,
  tokens: Token[],
  context: TechContext,
  catalog: CompiledCatalog,
  transcriptCased: boolean,
): boolean {
  const entry = catalog.entries[p.entry]!;
  const kind = entry.kind;
  const head = tokens[p.first]!;
  // Names of people and places are written with a capital when the transcript has capitals at all.
  if ((kind === 'Person' || kind === 'Place') && transcriptCased && !head.capital && !p.long) return false;
  // `Andrew Cushling` is Andrew's surname, not Gosling's.
  const before = tokens[p.first - 1];
  const firstName = entry.name.split(' ')[0]!.toLowerCase();
  if (
    kind === 'Person' &&
    p.first === p.last &&
    before?.capital &&
    isFirstName(before.norm) &&
    before.norm !== firstName
  )
    return false;
  // Only people are heard as real words (`Larry will`); anything else needs a word that is no English.
  if (kind !== 'Person' && !p.nonWord) return false;
  // A sound code only close (not equal) needs a close spelling too, unless it is a capitalized name.
  if (p.fuzzy && p.similarity < (kind === 'Person' && head.capital ? 0.45 : 0.55)) return false;
  // After a function word (`of an EMNIST`), only a close likeness.
  if (STOPWORDS.has(head.norm) && !p.long && p.similarity < 0.7) return false;
  // A person's name that sounds the same and is spelled close needs less technical talk around it.
  const close = kind === 'Person' && (p.similarity >= 0.85 || (!p.fuzzy && p.similarity >= 0.7));
  return context.score(p.first, p.last, 20) >= (close ? 1 : 2);
}
