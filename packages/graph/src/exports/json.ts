import type { SerializedTalkGraph, TalkGraph } from '../graph.js';

/** `graph.json`: graphology's `export()` format, one line, nodes and edges in key order. */
export function toGraphJson(graph: TalkGraph): string {
  return `${JSON.stringify(graph.export() satisfies SerializedTalkGraph)}\n`;
}
