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
    entries.push({ item, name: texts[0]!, texts, compact: texts.map((t) => t.replace(/ /g, '')) });
  }
  return { entries };
}

/** Rank of how `query` matches `text` (lower is better), or -1. */
function matchRank(text: string, compact: string, query: string, queryCompact: string): number {
  if (text === query || compact === queryCompact) return 0;
  if (text.startsWith(query) || compact.startsWith(queryCompact)) return 1;
  if (text.includes(` ${query}`)) return 2;
  if (text.includes(query) || compact.includes(queryCompact)) return 3;
  return -1;
}

/** Best matches over names (preferred) and aliases; ties by weight, then name. */
export function suggest(index: SearchIndex, query: string, limit = 8): Suggestion[] {
  const q = normalize(query);
  if (q === '') return [];
  const qc = q.replace(/ /g, '');
  const scored: { score: number; entry: Entry; alias: string | null }[] = [];
  for (const entry of index.entries) {
    let best = -1;
    let alias: string | null = null;
    for (let i = 0; i < entry.texts.length; i++) {
      const r = matchRank(entry.texts[i]!, entry.compact[i]!, q, qc);
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
