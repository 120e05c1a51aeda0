import type { TalkGraph } from '../graph.js';
import { exportTalkGraph } from '../graph.js';

/** `graph.json`: graphology's `export()` format, one line, nodes and edges in key order. */
export function toGraphJson(graph: TalkGraph): string {
  return `${JSON.stringify(exportTalkGraph(graph))}\n`;
}
