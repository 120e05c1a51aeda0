import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import seedrandom from 'seedrandom';
import { compareStrings, round } from './compare.js';
import type { TalkGraph } from './graph.js';
import { simpleProjection } from './projection.js';

// CommonJS packages whose typings declare `export default`: under NodeNext the import is module.exports.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;

export interface NodeMetrics {
  /** Number of distinct neighbours. */
  degree: number;
  pagerank: number;
  /** Louvain community, numbered by size (0 = largest). */
  community: number;
}

export interface MetricsOptions {
  /** Seed of Louvain's random order. */
  seed?: number;
}

/** Degree, weighted PageRank and seeded Louvain communities, on the simple undirected projection. */
export function computeMetrics(graph: TalkGraph, options: MetricsOptions = {}): Record<string, NodeMetrics> {
  const simple = simpleProjection(graph);
  const ranks = simple.size > 0 ? pagerank(simple, { getEdgeWeight: 'weight' }) : uniformRanks(simple.nodes());
  const communities = renumberCommunities(
    louvain(simple, { getEdgeWeight: 'weight', rng: seedrandom(String(options.seed ?? 1)) }),
  );
  const metrics: Record<string, NodeMetrics> = {};
  simple.forEachNode((node) => {
    metrics[node] = {
      degree: simple.degree(node),
      pagerank: round(ranks[node] ?? 0, 8),
      community: communities.get(node) ?? 0,
    };
  });
  return metrics;
}

computeMetrics.assign = function assign(graph: TalkGraph, options: MetricsOptions = {}): void {
  const metrics = computeMetrics(graph, options);
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, metrics[node]!));
};

function uniformRanks(nodes: string[]): Record<string, number> {
  return Object.fromEntries(nodes.map((node) => [node, 1 / nodes.length]));
}

/** Louvain's community numbers are arbitrary: number them by size, largest first, ties by first member. */
function renumberCommunities(assignment: Record<string, number>): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const node of Object.keys(assignment).sort(compareStrings)) {
    const community = assignment[node]!;
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  }
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || compareStrings(a[0]!, b[0]!));
  const numbers = new Map<string, number>();
  ordered.forEach((list, index) => {
    for (const node of list) numbers.set(node, index);
  });
  return numbers;
}
