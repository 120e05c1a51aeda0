import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { TalkGraph } from '../graph.js';
import type { FlatEdge, FlatNode } from './flat.js';
import { flatEdge, flatNode } from './flat.js';

/**
 * `#rrggbb` as `rgb(r,g,b)`, so that the writer emits viz:color's r, g and b attributes: GEXF 1.3's
 * `hex` form is read by Gephi but not by NetworkX's read_gexf, which needs r, g and b.
 */
function rgb(hex: string): string {
  const channel = (at: number) => parseInt(hex.slice(at, at + 2), 16);
  return `rgb(${channel(1)},${channel(3)},${channel(5)})`;
}

/**
 * GEXF 1.3 for Gephi and Gephi Lite: label, viz colour/size/position, and the scalar attributes.
 * Each edge's relation is also its `kind`, Gephi's edge type: without it Gephi merges the parallel
 * edges of a node pair (a typed relation and its co-occurrence) into one, summing their weights.
 * Written from a scalar copy of the graph; the meta block (pedantic: GEXF allows only creator,
 * description and keywords there) names the tool and the graph.
 */
export function toGexf(graph: TalkGraph): string {
  const scalar = new MultiDirectedGraph<FlatNode, FlatEdge>();
  const { name, generator } = graph.getAttributes();
  scalar.replaceAttributes({ creator: `${generator.name} ${generator.version}`, description: name });
  graph.forEachNode((node, attributes) => {
    scalar.addNode(node, flatNode(node, attributes));
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    scalar.addDirectedEdgeWithKey(edge, source, target, flatEdge(edge, attributes, source, target));
  });
  return write<FlatNode, FlatEdge>(scalar, {
    version: '1.3',
    pedantic: true,
    formatNode: (_node, { id: _id, label, x, y, size, color, ...attributes }) => ({
      label,
      viz: { x, y, size, color: rgb(color) },
      attributes,
    }),
    formatEdge: (_edge, { id: _id, source: _source, target: _target, relation, weight, ...attributes }) => ({
      label: relation,
      kind: relation,
      weight,
      attributes: { relation, ...attributes },
    }),
  });
}
