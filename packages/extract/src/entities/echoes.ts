import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import type { CatalogEntry } from '../types.js';
import { surfacesOf } from './catalog.js';
import type { TechContext } from './context.js';
import { STOPWORDS, isEnglish, isFirstName, isNonWord } from './lexicon.js';
import type { Link, LinkSet } from './links.js';
import { compactKey } from './tokenize.js';
import type { Token } from './tokenize.js';

/** How letters of an acronym sound when read out (`fast AI` is heard as "fast ay eye"). */
const SPOKEN_LETTERS: Record<string, string> = {
  a: 'ay',
  b: 'bee',
  c: 'see',
  d: 'dee',
  e: 'ee',
  f: 'ef',
  g: 'gee',
  h: 'aitch',
  i: 'eye',
  j: 'jay',
  k: 'kay',
  l: 'el',
  m: 'em',
  n: 'en',
  o: 'oh',
  p: 'pee',
  q: 'cue',
  r: 'are',
  s: 'ess',
  t: 'tee',
  u: 'you',
  v: 'vee',
  w: 'doubleyou',
  x: 'ex',
  y: 'why',
  z: 'zee',
};

/** Spelling a window must reach against a name it was not written as; a shared sound code allows less. */
const MIN_SPELLING = 0.7;
const MIN_SPELLING_SAME_SOUND = 0.5;
/** How close the sound codes of a window spelled close to a name must be. */
const MIN_SOUND = 0.65;
const MIN_CONTEXT = 2;
const MAX_WINDOW = 4;
/** How far (in tokens) from a plain mention a partly misheard repeat is looked for: about a quarter of an hour. */
const REACH = 3000;

interface Target {
  entry: CatalogEntry;
  key: string;
  words: string[];
  code: string;
  /** Every word of the name is an English word of three letters or more. */
  plain: boolean;
}

function spokenKey(surface: string): string {
  return surface
    .trim()
    .split(/\s+/)
    .map((word) =>
      /^\p{Lu}{2,5}$/u.test(word)
        ? [...word.toLowerCase()].map((c) => SPOKEN_LETTERS[c] ?? c).join('')
        : compactKey(word),
    )
    .join('');
}

/** The names of entries the episode has already said plainly, as written and as read out. */
function targetsOf(links: Link[]): { byStart: Map<string, Target[]>; at: Map<CatalogEntry, number[]> } {
  const at = new Map<CatalogEntry, number[]>();
  for (const link of links) {
    if (link.discovered || link.via === 'phonetic') continue;
    const list = at.get(link.entry) ?? [];
    list.push(link.first);
    at.set(link.entry, list);
  }
  const byStart = new Map<string, Target[]>();
  const seen = new Set<string>();
  for (const link of links) {
    if (link.discovered || link.via === 'phonetic') continue;
    for (const { surface, ambiguous } of surfacesOf(link.entry)) {
      if (ambiguous) continue;
      const words = surface
        .trim()
        .split(/[\s.-]+/)
        .map(compactKey)
        .filter(Boolean);
      for (const key of new Set([compactKey(surface), spokenKey(surface)])) {
        if (key.length < 4 || /\d/.test(key) || seen.has(`${link.entry.id} ${key}`)) continue;
        seen.add(`${link.entry.id} ${key}`);
        const plain = words.every((w) => w.length >= 3 && isEnglish(w));
        const target = { entry: link.entry, key, words, code: doubleMetaphone(key)[0], plain };
        const list = byStart.get(key[0]!) ?? [];
        list.push(target);
        byStart.set(key[0]!, list);
      }
    }
  }
  for (const list of at.values()) list.sort((a, b) => a - b);
  return { byStart, at };
}

/** Whether one of the sorted positions is within REACH of `i`. */
function near(positions: number[], i: number): boolean {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < i - REACH) lo = mid + 1;
    else hi = mid;
  }
  return lo < positions.length && positions[lo]! <= i + REACH;
}

/** How far a window's spelling is from a target's, or 0 when it is no plausible mishearing of it. */
function likeness(key: string, words: string[], target: Target): number {
  const ratio = key.length / target.key.length;
  if (ratio < 0.7 || ratio > 1.5 || key === target.key) return 0;
  // Real words one for one with the name (`deep learner` for "deep learning") are other words, not a
  // mishearing; and a name made of English words (`super resolution`) is heard as those words.
  if (words.every(isEnglish) && (words.length === target.words.length || target.plain)) return 0;
  const similarity = 1 - distance(key, target.key) / Math.max(key.length, target.key.length);
  if (similarity < MIN_SPELLING_SAME_SOUND) return 0;
  const code = doubleMetaphone(key)[0];
  if (code.length >= 3 && code === target.code) return similarity;
  // Spelled close but sounding apart (`source code` for SourceForge, `linked lists` for LinkedIn): other words.
  const sound = 1 - distance(code, target.code) / Math.max(code.length, target.code.length);
  return similarity >= MIN_SPELLING && sound >= MIN_SOUND ? similarity : 0;
}

/**
 * Misheard repeats of names the episode already said plainly, in technical talk: `tend to flow` after
 * TensorFlow, `fast day eyes` after fast.ai ("fast A I" read out), `MLA our` after MLIR, and a name
 * glued to the next word (`Stanfordas`). Only names already linked are looked for, so that everyday
 * words far from any such name are never taken for one.
 */
export function findEchoes(tokens: Token[], linkSet: LinkSet, context: TechContext): Link[] {
  const { byStart: targets, at } = targetsOf(linkSet.links);
  const out: Link[] = [];
  if (targets.size === 0) return out;
  const taken = linkSet.taken;
  for (let first = 0; first < tokens.length; first++) {
    const start = tokens[first]!;
    if (taken[first] || STOPWORDS.has(start.norm) || /\d/.test(start.key)) continue;
    const candidates = targets.get(start.key[0]!);
    if (!candidates) continue;
    const glued = gluedName(start, candidates);
    if (glued) {
      out.push({ entry: glued.entry, first, last: first, via: 'variant', confidence: 0.75, discovered: false });
      continue;
    }
    if (context.score(first, first, 20) < MIN_CONTEXT) continue;
    let best: { target: Target; last: number; similarity: number } | undefined;
    let key = '';
    const words: string[] = [];
    let rare = false;
    for (let last = first; last < first + MAX_WINDOW && last < tokens.length; last++) {
      const token = tokens[last]!;
      // `I` and contractions (`don't`) are clearly heard speech, never part of a misheard name.
      if (
        taken[last] ||
        token.segment !== start.segment ||
        /\d/.test(token.key) ||
        token.norm === 'i' ||
        token.norm.includes("'")
      )
        break;
      if (last > first && token.afterPunctuation) break;
      key += token.key;
      words.push(token.norm);
      rare ||= isNonWord(token.norm);
      // A window ends on a content word, or on a function word after a word that is none (`MLA our`);
      // one word alone must be no English word and no first name (`Kegel`, not `tensor` or `Chris`).
      if (STOPWORDS.has(token.norm) && !(rare && last > first)) continue;
      if (last === first && (!isNonWord(token.norm) || isFirstName(token.norm))) continue;
      for (const target of candidates) {
        // Part of the name heard right and the rest changed (`tie data` for "TF data") is likelier another
        // phrase: only close to where the name was said.
        if (words.some((w) => target.words.includes(w)) && !near(at.get(target.entry)!, first)) continue;
        for (const form of token.norm.endsWith('s') ? [key, key.slice(0, -1)] : [key]) {
          const similarity = likeness(form, words, target);
          if (similarity > (best?.similarity ?? 0)) best = { target, last, similarity };
        }
      }
    }
    if (!best) continue;
    out.push({
      entry: best.target.entry,
      first,
      last: best.last,
      via: 'phonetic',
      confidence: Math.min(0.8, 0.3 + 0.6 * best.similarity),
      discovered: false,
    });
    first = best.last;
  }
  return out;
}

/** `Stanfordas`: a name run together with a short function word that followed it. */
function gluedName(token: Token, candidates: Target[]): Target | undefined {
  if (isEnglish(token.norm)) return undefined;
  for (const target of candidates) {
    // Written as the name is: `Stanfordas`, not `stanfordas` in a transcript that writes capitals.
    if (token.capital !== /^\p{Lu}/u.test(target.entry.name)) continue;
    const rest = token.key.slice(target.key.length);
    if (
      token.key.startsWith(target.key) &&
      rest.length > 0 &&
      rest.length <= 3 &&
      STOPWORDS.has(rest) &&
      target.words.length === 1
    )
      return target;
  }
  return undefined;
}
