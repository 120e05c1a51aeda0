import type { EntityKind } from '../types.js';
import type { CompiledCatalog } from './compile.js';
import type { TechContext } from './context.js';
import type { Link } from './links.js';
import { slugify } from './generated.js';
import { STOPWORDS, isCommonWord, isFirstName } from './lexicon.js';
import { compromiseNames, loadDomainPlugin } from './names.js';
import type { Token } from './tokenize.js';

/** Cue nouns before "called"/"named" (or ending a name: "X University"), and the kind of thing they announce. */
export const CUES: Record<string, EntityKind> = {};
const cueGroups: [EntityKind, string][] = [
  ['ProgrammingLanguage', 'language'],
  [
    'Software',
    'library framework project tool compiler package app application software program system engine database editor',
  ],
  [
    'Organization',
    'company startup lab laboratory organization organisation institute firm nonprofit foundation university',
  ],
  ['Hardware', 'chip processor accelerator gpu cpu computer device board'],
  ['Dataset', 'dataset benchmark corpus'],
  ['Event', 'conference competition workshop challenge hackathon'],
  ['Publication', 'paper book article journal'],
  ['Concept', 'technique method algorithm approach idea architecture'],
  [
    'Person',
    'guy person man woman researcher professor psychologist scientist student colleague friend engineer mathematician author founder ceo fellow gentleman lady',
  ],
];
for (const [kind, words] of cueGroups) for (const word of words.split(' ')) CUES[word] = kind;

/** Acronyms that are everyday speech, not named things. */
const GENERIC_ACRONYMS = new Set(
  'ai api apis url urls rss id ids ip ok tv us uk usa eu faq pr hr iq qa bs omg lol fyi am pm diy asap ceo cto cfo coo vp phd mba ma ba bsc msc vc vcs it ui ux os pc mr ms dr st mm nd rd th gb mb kb tb hz km cm kg lb ft jr sr inc llc ltd co'.split(
    ' ',
  ),
);

function isJunk(token: Token): boolean {
  // Speech-to-text glue of "I" and a word (`Ive`, `Idont`, `meI`) is never a name.
  return (/^I[a-z]{2,}$/.test(token.text) && isCommonWord(token.norm.slice(1), 50)) || /[a-z]I$/.test(token.text);
}

function nameToken(token: Token | undefined, taken: Uint8Array, index: number): boolean {
  if (!token || taken[index] || STOPWORDS.has(token.norm) || isJunk(token) || token.key.length < 2) return false;
  return /^\p{L}/u.test(token.text);
}

function titleCase(words: Token[]): string {
  return words
    .map((t) => (t.capital || t.allCaps ? t.text : t.text[0]!.toUpperCase() + t.text.slice(1)))
    .join(' ')
    .replace(/['’]s$/, '');
}

/**
 * Entities the catalog does not know, from cue phrases ("a language called X", "a guy called X Y",
 * "X's paper"), from compromise in small windows around capitalized words, and acronyms used more
 * than once in technical talk. Each is marked discovered.
 */
export function discoverEntities(
  tokens: Token[],
  taken: Uint8Array,
  context: TechContext,
  catalog: CompiledCatalog,
  cased: boolean,
): Link[] {
  const out: Link[] = [];
  const seen = new Map<string, Link['entry']>();
  const emit = (label: string, kind: EntityKind, first: number, last: number, confidence: number) => {
    const id = slugify(label);
    if (!id || catalog.ids.has(id)) return;
    const entry = seen.get(id) ?? { id, name: label, kind };
    seen.set(id, entry);
    for (let i = first; i <= last; i++) taken[i] = 1;
    out.push({ entry, first, last, via: 'discovered', confidence, discovered: true });
  };

  for (let i = 0; i + 2 < tokens.length; i++) {
    const cue = tokens[i]!;
    const kind = CUES[cue.norm];
    const verb = tokens[i + 1]!;
    if (!kind || (verb.norm !== 'called' && verb.norm !== 'named') || verb.segment !== cue.segment) continue;
    const start = i + 2;
    const words: Token[] = [];
    const limit = kind === 'Person' ? 2 : 3;
    for (let j = start; j < tokens.length && words.length < limit; j++) {
      const token = tokens[j]!;
      if (token.segment !== cue.segment || !nameToken(token, taken, j)) break;
      if (kind === 'Person') {
        // A person: a first name then a surname, or capitalized words.
        if (words.length === 0 && !(isFirstName(token.norm) || (token.capital && !isCommonWord(token.norm, 100))))
          break;
        if (words.length === 1 && isCommonWord(token.norm, 300) && !token.capital) break;
      } else if (isCommonWord(token.norm, 100) && !(token.capital && !token.sentenceStart)) {
        break;
      }
      words.push(token);
      if (token.possessive) break;
    }
    if (words.length === 0 || (kind === 'Person' && words.length < 2)) continue;
    if (words.every((t) => isCommonWord(t.norm, 100))) continue;
    emit(titleCase(words), kind, start, start + words.length - 1, 0.6);
  }

  // "Leslie Smith's paper": the person behind a publication.
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!token.possessive || next.norm !== 'paper' || taken[i] || !token.capital || isCommonWord(token.norm, 100))
      continue;
    const previous = tokens[i - 1]!;
    const full = previous.capital && !previous.sentenceStart && !taken[i - 1] && isFirstName(previous.norm);
    if (full) emit(titleCase([previous, token]), 'Person', i - 1, i, 0.55);
  }

  // People and organizations compromise recognises around capitalized words (small windows only).
  if (cased) {
    loadDomainPlugin(catalog.entries);
    for (const name of compromiseNames(tokens, taken)) {
      // A first name and a capitalized surname is a person anywhere; an organization needs technical talk.
      if (name.kind !== 'Person' && context.score(name.first, name.last, 25) < 1) continue;
      emit(name.label, name.kind, name.first, name.last, 0.5);
    }
  }

  // Acronyms said at least twice in technical talk.
  const acronyms = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    if (taken[i] || !token.allCaps || token.key.length > 7 || !/^[a-z]+\d*$/.test(token.key)) return;
    // `AIs`, `NPCs`: the plural of an acronym.
    const key = /\p{Lu}s$/u.test(token.text) ? token.key.slice(0, -1) : token.key;
    if (key.length < 2 || GENERIC_ACRONYMS.has(key) || isCommonWord(key, 50)) return;
    const list = acronyms.get(key);
    if (list) list.push(i);
    else acronyms.set(key, [i]);
  });
  for (const [, positions] of [...acronyms].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (positions.length < 2) continue;
    if (!positions.some((i) => context.score(i, i) >= 2)) continue;
    for (const i of positions) emit(tokens[i]!.text.replace(/s$/, '').toUpperCase(), 'Concept', i, i, 0.5);
  }
  return out.sort((a, b) => a.first - b.first);
}
