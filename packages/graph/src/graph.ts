import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, SerializedTalkGraph } from './types.js';

/** The talkgraph graph in memory: directed and multi (typed edges and co-occurrence side by side). */
export type TalkGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

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
