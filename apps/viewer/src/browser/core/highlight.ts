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

/** `text` with runs of white space as one space, and where each of its characters came from. */
function collapse(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]!);
    if (space && (out === '' || out.endsWith(' '))) continue;
    out += space ? ' ' : text[i];
    at.push(i);
  }
  return { text: out, at };
}

const wordsIn = (text: string) => text.split(' ').filter((w) => w !== '').length;

/**
 * Where a quote, and the mention inside it, sits in its segment's text: the [start, end) of
 * `surface` when given and found (a mention), else of the quote (the words stating a relation),
 * else of the part of the quote that fits in the segment (a quote running into the next one).
 * A quote holds the mention with as many words either side as the segment has, up to the same
 * number, which tells two mentions of one name within a quote apart. Null when not found.
 */
export function locateQuote(segmentText: string, quote: string, surface?: string): [number, number] | null {
  const { text, at } = collapse(segmentText);
  const q = collapse(quote).text.trim();
  if (q === '') return null;
  const original = (from: number, to: number): [number, number] => [at[from]!, at[to - 1]! + 1];
  let start = text.indexOf(q);
  let end = start + q.length;
  if (start < 0) {
    // The quote runs on into the next segment: the longest start of it that ends this one.
    for (let n = q.length - 1; n > 0 && start < 0; n--) {
      if (q[n] !== ' ') continue;
      if (text.endsWith(q.slice(0, n))) start = text.length - n;
    }
    if (start < 0) return null;
    end = text.length;
  }
  const s = surface ? collapse(surface).text.trim() : '';
  if (s === '') return original(start, end);
  const occurrences: number[] = [];
  for (let i = text.indexOf(s, start); i >= 0 && i + s.length <= end; i = text.indexOf(s, i + 1)) occurrences.push(i);
  if (occurrences.length === 0) return original(start, end);
  const fromStart = start === 0 || text.slice(0, start).trim() === '';
  const toEnd = text.slice(end).trim() === '';
  const centred = occurrences.find((i) => {
    const before = wordsIn(text.slice(start, i));
    const after = wordsIn(text.slice(i + s.length, end));
    return before === after || (fromStart && before < after) || (toEnd && after < before);
  });
  const i = centred ?? occurrences[0]!;
  return original(i, i + s.length);
}
