import nlp from 'compromise';
import type { CatalogEntry, EntityKind } from '../types.js';
import { STOPWORDS, isCommonWord, isEnglish, isFirstName } from './lexicon.js';
import type { Token } from './tokenize.js';

/** Words around a capitalized run that compromise sees: small windows, never a whole transcript. */
const WINDOW = 6;

let pluginLoaded = false;

/**
 * Domain vocabulary for compromise: catalog names tagged as what they are, so that `Python` or
 * `Kaggle` next to an unknown name is not read as part of a person's name.
 */
export function loadDomainPlugin(entries: CatalogEntry[]): void {
  if (pluginLoaded) return;
  pluginLoaded = true;
  const words: Record<string, string> = {};
  for (const entry of entries) {
    const name = entry.name.toLowerCase();
    if (name.includes(' ') || !/^[a-z][a-z0-9+#]*$/.test(name) || isEnglish(name)) continue;
    words[name] =
      entry.kind === 'Person'
        ? 'LastName'
        : entry.kind === 'Organization'
          ? 'Organization'
          : entry.kind === 'Place'
            ? 'Place'
            : 'ProperNoun';
  }
  nlp.plugin({ words });
}

export interface NameSpan {
  first: number;
  last: number;
  label: string;
  kind: EntityKind;
}

const cache = new Map<string, { text: string; kind: EntityKind }[]>();

function namesIn(text: string): { text: string; kind: EntityKind }[] {
  let names = cache.get(text);
  if (!names) {
    const doc = nlp(text);
    names = [
      ...doc
        .people()
        .json()
        .map((m: { text: string }) => ({ text: m.text, kind: 'Person' as EntityKind })),
      ...doc
        .organizations()
        .json()
        .map((m: { text: string }) => ({ text: m.text, kind: 'Organization' as EntityKind })),
    ];
    if (cache.size > 10_000) cache.clear();
    cache.set(text, names);
  }
  return names;
}

/** A capitalized word that could start or continue a name nobody catalogued. */
function nameLike(token: Token): boolean {
  return (
    token.capital &&
    !token.sentenceStart &&
    !STOPWORDS.has(token.norm) &&
    !/^i($|')/.test(token.norm) && // `I`, `I'm`, `I've`
    /^\p{L}/u.test(token.text)
  );
}

/**
 * People and organizations the catalog does not know, found by compromise in small windows around
 * runs of capitalized words mid-sentence (only in transcripts that have capitals). A person needs a
 * first and a last name; an organization a word that is not everyday English.
 */
export function compromiseNames(tokens: Token[], taken: Uint8Array): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !nameLike(tokens[i]!)) continue;
    let last = i;
    while (
      last + 1 < tokens.length &&
      !taken[last + 1] &&
      nameLike(tokens[last + 1]!) &&
      tokens[last + 1]!.segment === tokens[i]!.segment
    )
      last++;
    const run = tokens.slice(i, last + 1);
    // One capitalized everyday word ("Internet", "Yeah") is not worth a look.
    if (run.every((t) => isCommonWord(t.norm, 30) && !isFirstName(t.norm))) {
      i = last;
      continue;
    }
    const lo = Math.max(0, i - WINDOW);
    const hi = Math.min(tokens.length - 1, last + WINDOW);
    const window = tokens.slice(lo, hi + 1).filter((t) => t.segment === tokens[i]!.segment);
    const text = window.map((t) => t.text).join(' ');
    for (const name of namesIn(text)) {
      const words = name.text
        .replace(/[.,!?;:]+$/, '')
        .replace(/['’]s$/, '')
        .split(/\s+/);
      const at = run.findIndex((t) => t.text.replace(/['’]s$/, '') === words[0]);
      if (at < 0 || at + words.length > run.length) continue;
      const span = run.slice(at, at + words.length);
      if (span.map((t) => t.text.replace(/['’]s$/, '')).join(' ') !== words.join(' ')) continue;
      if (name.kind === 'Person' && (span.length < 2 || !isFirstName(span[0]!.norm))) continue;
      if (
        name.kind === 'Organization' &&
        span.every((t) => isEnglish(t.norm) || isCommonWord(t.norm, 30) || t.key.length < 4)
      )
        continue;
      out.push({ first: i + at, last: i + at + span.length - 1, label: words.join(' '), kind: name.kind });
      break;
    }
    i = last;
  }
  return out;
}
