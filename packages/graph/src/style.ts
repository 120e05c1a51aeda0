import { round } from './compare.js';
import type { TalkGraph } from './graph.js';
import { kindColor } from './palette.js';

export const MIN_SIZE = 3;
export const MAX_SIZE = 20;

/**
 * Size and colour of every node: the colour says the kind; the area grows with mentions (the
 * radius follows the square root of the node's share of the most mentioned node's count).
 */
export function styleNodes(graph: TalkGraph): Record<string, { size: number; color: string }> {
  let most = 0;
  graph.forEachNode((_node, a) => {
    most = Math.max(most, a.mentionCount);
  });
  const styles: Record<string, { size: number; color: string }> = {};
  graph.forEachNode((node, a) => {
    const share = most === 0 ? 0 : a.mentionCount / most;
    styles[node] = { size: round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(share), 2), color: kindColor(a.kind) };
  });
  return styles;
}

styleNodes.assign = function assign(graph: TalkGraph): void {
  const styles = styleNodes(graph);
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, styles[node]!));
};
