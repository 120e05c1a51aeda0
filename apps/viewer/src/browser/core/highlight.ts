/**
 * Where any of `terms` occurs in `text`, case-insensitively and as whole words: sorted,
 * non-overlapping [start, end) spans, longer terms winning at the same place.
 */
export function findTerms(text: string, terms: Iterable<string>): [number, number][] {
  const lower = text.toLowerCase();
  const wanted = [...new Set([...terms].map((t) => t.trim().toLowerCase()).filter((t) => t !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  const spans: [number, number][] = [];
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const term of wanted) {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (isWord(lower[at - 1]) || isWord(lower[end])) continue;
      if (spans.some(([s, e]) => at < e && end > s)) continue;
      spans.push([at, end]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
