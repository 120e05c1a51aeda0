import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './types.js';

/** The talkgraph graph in memory: directed and multi (typed edges and co-occurrence side by side). */
export type TalkGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** The content of `graph.json`. */
export type SerializedTalkGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createTalkGraph(): TalkGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

/** Reads `graph.json` content back into a graph (for tools that post-process a build). */
export function importTalkGraph(serialized: SerializedTalkGraph): TalkGraph {
  const graph = createTalkGraph();
  graph.import(serialized);
  return graph;
}
