import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './types.js';

/** The talkgraph graph in memory: directed and multi (typed edges and co-occurrence side by side). */
export type TalkGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** The content of `graph.json` (graphology's export format, where talkgraph always writes the attributes). */
export interface SerializedTalkGraph extends SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  attributes: GraphAttributes;
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: EdgeAttributes; undirected?: boolean }[];
}

/** `graph.export()`, typed as what talkgraph writes. */
export function exportTalkGraph(graph: TalkGraph): SerializedTalkGraph {
  return graph.export() as SerializedTalkGraph;
}

export function createTalkGraph(): TalkGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

/** Reads `graph.json` content back into a graph (for tools that post-process a build). */
export function importTalkGraph(serialized: SerializedTalkGraph): TalkGraph {
  const graph = createTalkGraph();
  graph.import(serialized);
  return graph;
}
