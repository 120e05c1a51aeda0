import type { TalkGraph } from '../graph.js';
import { toEdgesCsv, toMentionsCsv, toNodesCsv } from './csv.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toGraphJson } from './json.js';

export { toEdgesCsv, toMentionsCsv, toNodesCsv, MENTION_COLUMNS } from './csv.js';
export { EDGE_COLUMNS, NODE_COLUMNS } from './flat.js';
export { toGexf } from './gexf.js';
export { toGraphml } from './graphml.js';
export { toGraphJson } from './json.js';

/** Every file the graph package writes, by file name, in a fixed order. */
export const GRAPH_FILES: readonly { name: string; render: (graph: TalkGraph) => string }[] = [
  { name: 'graph.json', render: toGraphJson },
  { name: 'graph.gexf', render: toGexf },
  { name: 'graph.graphml', render: toGraphml },
  { name: 'nodes.csv', render: toNodesCsv },
  { name: 'edges.csv', render: toEdgesCsv },
  { name: 'mentions.csv', render: toMentionsCsv },
];

/** All of GRAPH_FILES at once (a caller that keeps memory low renders them one by one). */
export function exportGraph(graph: TalkGraph): { name: string; data: string }[] {
  return GRAPH_FILES.map(({ name, render }) => ({ name, data: render(graph) }));
}
