export type SizeBy = 'pagerank' | 'mentions';
export type ColorBy = 'kind' | 'community' | 'episode';

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 18;

/**
 * Node sizes proportional to the square root of a measure (so areas, not radii, follow it),
 * between MIN_NODE_SIZE and MAX_NODE_SIZE.
 */
export function sizesBy(values: Map<string, number>, min = MIN_NODE_SIZE, max = MAX_NODE_SIZE): Map<string, number> {
  let top = 0;
  for (const v of values.values()) if (v > top) top = v;
  const sizes = new Map<string, number>();
  for (const [key, v] of values) {
    const t = top > 0 ? Math.sqrt(Math.max(0, v) / top) : 0;
    sizes.set(key, min + t * (max - min));
  }
  return sizes;
}
