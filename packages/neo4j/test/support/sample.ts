import type { GraphJson } from '@talkgraph/neo4j';
import { fixtureGraph } from '../fixtures/graph.js';

/** The graph the documented queries run against. */
export async function queryGraph(): Promise<GraphJson> {
  return fixtureGraph();
}
