import { inRange, type TimeRange } from './time.js';
import type { EdgeAttributes, EntityKind, NodeAttributes } from './types.js';

export interface Filters {
  hiddenKinds: ReadonlySet<EntityKind>;
  minMentions: number;
  /** Only what was said in these episodes, or null for all. */
  episodes: ReadonlySet<string> | null;
  /** Hide nodes linked to no other shown node. */
  hideIsolated: boolean;
  hideCooccurs: boolean;
  /** Only what was said in this part of an episode. */
  range: TimeRange | null;
}

function inEpisodes(episodes: readonly string[], shown: ReadonlySet<string> | null): boolean {
  return shown === null || episodes.some((e) => shown.has(e));
}

export function isNodeShown(node: NodeAttributes, filters: Filters): boolean {
  if (filters.hiddenKinds.has(node.kind)) return false;
  if (node.mentionCount < filters.minMentions) return false;
  if (!inEpisodes(node.episodes, filters.episodes)) return false;
  if (filters.range) {
    const range = filters.range;
    if (!node.mentions.some((m) => inRange(m, range))) return false;
  }
  return true;
}

/** Whether the link was said in what the filters keep, whether or not it is drawn. */
function isLinkKept(edge: EdgeAttributes, filters: Filters): boolean {
  if (!inEpisodes(edge.episodes, filters.episodes)) return false;
  if (filters.range) {
    const range = filters.range;
    if (!edge.evidence.some((e) => inRange(e, range))) return false;
  }
  return true;
}

/** Edge on its own; an edge is drawn only when both its ends are shown too. */
export function isEdgeShown(edge: EdgeAttributes, filters: Filters): boolean {
  if (filters.hideCooccurs && edge.relation === 'co_occurs') return false;
  return isLinkKept(edge, filters);
}

/**
 * Keys of the nodes and edges the filters let through. A node is isolated when no kept link joins
 * it to another shown node; hidden co-occurrence lines still count as links.
 */
export function visibleItems(
  nodes: Iterable<[string, NodeAttributes]>,
  edges: Iterable<[string, string, string, EdgeAttributes]>,
  filters: Filters,
): { nodes: Set<string>; edges: Set<string> } {
  let shownNodes = new Set<string>();
  for (const [key, attrs] of nodes) if (isNodeShown(attrs, filters)) shownNodes.add(key);
  const candidates: [string, string, string, EdgeAttributes][] = [];
  const linked = new Set<string>();
  for (const edge of edges) {
    const [, source, target, attrs] = edge;
    if (!shownNodes.has(source) || !shownNodes.has(target) || !isLinkKept(attrs, filters)) continue;
    candidates.push(edge);
    if (source !== target) linked.add(source).add(target);
  }
  if (filters.hideIsolated) shownNodes = new Set([...shownNodes].filter((n) => linked.has(n)));
  const shownEdges = new Set<string>();
  for (const [key, source, target, attrs] of candidates) {
    if (shownNodes.has(source) && shownNodes.has(target) && isEdgeShown(attrs, filters)) shownEdges.add(key);
  }
  return { nodes: shownNodes, edges: shownEdges };
}
