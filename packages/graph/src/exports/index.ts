import type { TalkGraph } from '../graph.js';
import { toEdgesCsv, toMentionsCsv, toNodesCsv } from './csv.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toGraphJson } from './json.js';

export { toEdgesCsv, toMentionsCsv, toNodesCsv, MENTION_COLUMNS } from './csv.js';
export { EDGE_COLUMNS, NODE_COLUMNS, LIST_SEPARATOR, flatEdge, flatNode } from './flat.js';
export type { FlatEdge, FlatNode } from './flat.js';
export { toGexf } from './gexf.js';
export { toGraphml } from './graphml.js';
export { toGraphJson } from './json.js';

/** Every file the graph package writes, by file name, in a fixed order. */
export function exportGraph(graph: TalkGraph): { name: string; data: string }[] {
  return [
    { name: 'graph.json', data: toGraphJson(graph) },
    { name: 'graph.gexf', data: toGexf(graph) },
    { name: 'graph.graphml', data: toGraphml(graph) },
    { name: 'nodes.csv', data: toNodesCsv(graph) },
    { name: 'edges.csv', data: toEdgesCsv(graph) },
    { name: 'mentions.csv', data: toMentionsCsv(graph) },
  ];
}
