import type Graph from 'graphology';
import type { EdgeAttributes, EdgeRelation, Evidence, GraphAttributes, NodeAttributes } from './types.js';

export interface RelationItem {
  edge: string;
  relation: EdgeRelation;
  /** `out`: this node is the subject (`this created other`). */
  direction: 'out' | 'in';
  other: string;
  otherLabel: string;
  weight: number;
  evidence: Evidence[];
}

/** `works_at` -> `works at`. */
export function relationName(relation: EdgeRelation): string {
  return relation === 'co_occurs' ? 'mentioned with' : relation.replace(/_/g, ' ');
}

/** A node's relations: typed ones first (by relation, then name), then co-occurrences by strength. */
export function nodeRelations(
  graph: Graph<NodeAttributes, EdgeAttributes, GraphAttributes>,
  node: string,
): RelationItem[] {
  const items: RelationItem[] = [];
  graph.forEachEdge(node, (edge, attrs, source, target, sourceAttrs, targetAttrs) => {
    const out = source === node;
    // A self-loop is listed once.
    if (source === target && !out) return;
    items.push({
      edge,
      relation: attrs.relation,
      direction: out ? 'out' : 'in',
      other: out ? target : source,
      otherLabel: out ? targetAttrs.label : sourceAttrs.label,
      weight: attrs.weight,
      evidence: attrs.evidence,
    });
  });
  const typed = (r: RelationItem) => (r.relation === 'co_occurs' ? 1 : 0);
  return items.sort(
    (a, b) =>
      typed(a) - typed(b) ||
      (typed(a) === 1 ? b.weight - a.weight : a.relation.localeCompare(b.relation)) ||
      a.otherLabel.localeCompare(b.otherLabel) ||
      (a.edge < b.edge ? -1 : 1),
  );
}
