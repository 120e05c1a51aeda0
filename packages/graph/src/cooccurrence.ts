/**
 * Normalized pointwise mutual information of two entities over `total` windows, in [-1, 1]:
 * 1 when they only ever appear together, 0 when independent, below 0 when they avoid each other.
 * Counts come from several episodes (and merged ids), so they are clamped to stay consistent.
 */
export function npmi(together: number, countA: number, countB: number, total: number): number {
  if (total <= 0 || together <= 0) return -1;
  const pA = Math.min(countA, total) / total;
  const pB = Math.min(countB, total) / total;
  const pAB = Math.min(together / total, pA, pB);
  if (pAB <= 0) return -1;
  if (pAB >= 1) return 1;
  return Math.log(pAB / (pA * pB)) / -Math.log(pAB);
}
