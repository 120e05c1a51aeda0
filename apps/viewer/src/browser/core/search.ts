import { distance } from 'fastest-levenshtein';

export interface Searchable {
  key: string;
  label: string;
  aliases: string[];
  /** Ranks equally good matches: more important entities first. */
  weight: number;
}

export interface Suggestion {
  key: string;
  label: string;
  /** The alias that matched, when it was not the name. */
  alias: string | null;
}

interface Entry {
  item: Searchable;
  name: string;
  /** Normalized name and aliases; index 0 is the name. */
  texts: string[];
  /** Same without spaces, so `ml ir` finds MLIR and `mlir` finds `ml ir`. */
  compact: string[];
  /** Words of each text, for matching with typos. */
  words: string[][];
}

export interface SearchIndex {
  entries: Entry[];
}

/** Lower case, no accents, punctuation as spaces except the `+ #` of C++ and C#. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

export function buildSearchIndex(items: Iterable<Searchable>): SearchIndex {
  const entries: Entry[] = [];
  for (const item of items) {
    const texts = [normalize(item.label), ...item.aliases.map(normalize)];
    entries.push({
      item,
      name: texts[0]!,
      texts,
      compact: texts.map((t) => t.replace(/ /g, '')),
      words: texts.map((t) => t.split(' ')),
    });
  }
  return { entries };
}

/** Typos forgiven in a word of this length: none in short words, where one edit makes another word. */
function typosAllowed(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Typos between `query` and `word` (twice the edits, plus one when only the start of the word
 * matches, as when the word is still being typed), or -1 when there are too many.
 */
function wordTypos(query: string, word: string): number {
  const allowed = typosAllowed(query.length);
  if (allowed === 0 || word.length < query.length - allowed) return -1;
  if (word.length <= query.length + allowed) {
    const d = distance(query, word);
    if (d <= allowed) return 2 * d;
  }
  let best = -1;
  for (let n = Math.max(1, query.length - allowed); n <= query.length + allowed && n < word.length; n++) {
    const d = distance(query, word.slice(0, n));
    if (d <= allowed && (best < 0 || 2 * d + 1 < best)) best = 2 * d + 1;
  }
  return best;
}

/** Total typos for every query word to match some word of the text (`Lattnr` finds Chris Lattner), or -1. */
function typoMatch(words: string[], queryWords: string[]): number {
  let total = 0;
  for (const q of queryWords) {
    let best = -1;
    for (const w of words) {
      const d = w.startsWith(q) ? 0 : wordTypos(q, w);
      if (d >= 0 && (best < 0 || d < best)) best = d;
      if (best === 0) break;
    }
    if (best < 0) return -1;
    total += best;
  }
  return total;
}

/** Rank of how `query` matches `text` (lower is better), or -1: exact, prefix, word, substring, then its words in any order and with typos. */
function matchRank(entry: Entry, i: number, query: string, queryCompact: string, queryWords: string[]): number {
  const text = entry.texts[i]!;
  const compact = entry.compact[i]!;
  if (text === query || compact === queryCompact) return 0;
  if (text.startsWith(query) || compact.startsWith(queryCompact)) return 1;
  if (text.includes(` ${query}`)) return 2;
  if (text.includes(query) || compact.includes(queryCompact)) return 3;
  const typos = typoMatch(entry.words[i]!, queryWords);
  return typos >= 0 ? 4 + typos : -1;
}

/** Best matches over names (preferred) and aliases, forgiving a typo or two; ties by weight, then name. */
export function suggest(index: SearchIndex, query: string, limit = 8): Suggestion[] {
  const q = normalize(query);
  if (q === '') return [];
  const qc = q.replace(/ /g, '');
  const qw = q.split(' ');
  const scored: { score: number; entry: Entry; alias: string | null }[] = [];
  for (const entry of index.entries) {
    let best = -1;
    let alias: string | null = null;
    for (let i = 0; i < entry.texts.length; i++) {
      const r = matchRank(entry, i, q, qc, qw);
      if (r < 0) continue;
      // A name match beats the same kind of alias match.
      const score = r * 2 + (i === 0 ? 0 : 1);
      if (best < 0 || score < best) {
        best = score;
        alias = i === 0 ? null : entry.item.aliases[i - 1]!;
      }
    }
    if (best >= 0) scored.push({ score: best, entry, alias });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      b.entry.item.weight - a.entry.item.weight ||
      (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0) ||
      (a.entry.item.key < b.entry.item.key ? -1 : 1),
  );
  return scored.slice(0, limit).map(({ entry, alias }) => ({ key: entry.item.key, label: entry.item.label, alias }));
}
