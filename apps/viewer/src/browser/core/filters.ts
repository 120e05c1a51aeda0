import { inRange, type TimeRange } from './time.js';
import type { EdgeAttributes, EntityKind, NodeAttributes } from './types.js';

export interface Filters {
  hiddenKinds: ReadonlySet<EntityKind>;
  minMentions: number;
  hideCooccurs: boolean;
  /** Only what was said in this part of an episode. */
  range: TimeRange | null;
}

export function isNodeShown(node: NodeAttributes, filters: Filters): boolean {
  if (filters.hiddenKinds.has(node.kind)) return false;
  if (node.mentionCount < filters.minMentions) return false;
  if (filters.range) {
    const range = filters.range;
    if (!node.mentions.some((m) => inRange(m, range))) return false;
  }
  return true;
}

/** Edge on its own; an edge is drawn only when both its ends are shown too. */
export function isEdgeShown(edge: EdgeAttributes, filters: Filters): boolean {
  if (filters.hideCooccurs && edge.relation === 'co_occurs') return false;
  if (filters.range) {
    const range = filters.range;
    if (!edge.evidence.some((e) => inRange(e, range))) return false;
  }
  return true;
}

/** Keys of the nodes and edges the filters let through. */
export function visibleItems(
  nodes: Iterable<[string, NodeAttributes]>,
  edges: Iterable<[string, string, string, EdgeAttributes]>,
  filters: Filters,
): { nodes: Set<string>; edges: Set<string> } {
  const shownNodes = new Set<string>();
  for (const [key, attrs] of nodes) if (isNodeShown(attrs, filters)) shownNodes.add(key);
  const shownEdges = new Set<string>();
  for (const [key, source, target, attrs] of edges) {
    if (shownNodes.has(source) && shownNodes.has(target) && isEdgeShown(attrs, filters)) shownEdges.add(key);
  }
  return { nodes: shownNodes, edges: shownEdges };
}
