import type { NodeAttributes } from './types.js';

/**
 * The episode a node belongs to, for colouring by episode: the one of `shown` (null: every
 * episode) where it is mentioned, or null when it is mentioned in several of them.
 */
export function episodeOf(node: NodeAttributes, shown: ReadonlySet<string> | null): string | null {
  let found: string | null = null;
  for (const episode of node.episodes) {
    if (shown !== null && !shown.has(episode)) continue;
    if (found !== null) return null;
    found = episode;
  }
  return found;
}
