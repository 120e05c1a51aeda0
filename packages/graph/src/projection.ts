import { UndirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';

/**
 * The graph as a simple undirected weighted graph: all edges between two nodes, whatever their
 * relation and direction, become one edge whose weight is the sum. Louvain does not accept multi
 * graphs, and for centrality and layout an association is an association either way.
 */
export function simpleProjection(graph: {
  forEachNode(callback: (node: string) => void): void;
  forEachEdge(callback: (edge: string, attributes: Attributes, source: string, target: string) => void): void;
}): UndirectedGraph<Attributes, { weight: number }> {
  const simple = new UndirectedGraph<Attributes, { weight: number }>();
  graph.forEachNode((node) => {
    simple.addNode(node);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    const weight = typeof attributes.weight === 'number' ? attributes.weight : 1;
    simple.updateEdge(source, target, (current) => ({ weight: (current.weight ?? 0) + weight }));
  });
  return simple;
}
