/** Code-unit string order: locale-independent, so sort orders are the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Nulls last. */
export function compareNullableNumbers(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** The key with the highest count; ties go to the first key in code-unit order. */
export function mostFrequent<K extends string>(counts: Map<K, number>): K | undefined {
  let best: K | undefined;
  let bestCount = -Infinity;
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && compareStrings(key, best) < 0)) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

export function increment<K>(counts: Map<K, number>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Rounds to a fixed number of decimals, so that output bytes do not carry float noise. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
