export type SizeBy = 'pagerank' | 'mentions';
export type ColorBy = 'kind' | 'community';

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 18;

/**
 * Node sizes proportional to the square root of a measure (so areas, not radii, follow it),
 * between MIN_NODE_SIZE and MAX_NODE_SIZE.
 */
export function sizesBy(values: Map<string, number>): Map<string, number> {
  let max = 0;
  for (const v of values.values()) if (v > max) max = v;
  const sizes = new Map<string, number>();
  for (const [key, v] of values) {
    const t = max > 0 ? Math.sqrt(Math.max(0, v) / max) : 0;
    sizes.set(key, MIN_NODE_SIZE + t * (MAX_NODE_SIZE - MIN_NODE_SIZE));
  }
  return sizes;
}
