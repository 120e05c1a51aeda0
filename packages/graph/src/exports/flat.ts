import type { TalkGraph } from '../graph.js';
import type { EdgeAttributes, NodeAttributes } from '../types.js';

/**
 * The scalar view of nodes and edges shared by the GEXF, GraphML and CSV exports: lists become
 * `;`-separated strings, evidence and mentions become counts (mentions.csv has them in full).
 */
export type FlatNode = {
  id: string;
  label: string;
  kind: string;
  mentionCount: number;
  episodeCount: number;
  episodes: string;
  aliases: string;
  firstSeenEpisode: string;
  firstSeenStart: number | null;
  discovered: boolean;
  degree: number;
  pagerank: number;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
};

export type FlatEdge = {
  id: string;
  source: string;
  target: string;
  relation: string;
  weight: number;
  count: number;
  episodes: string;
  evidenceCount: number;
};

export const LIST_SEPARATOR = ';';

export const NODE_COLUMNS: (keyof FlatNode)[] = [
  'id',
  'label',
  'kind',
  'mentionCount',
  'episodeCount',
  'episodes',
  'aliases',
  'firstSeenEpisode',
  'firstSeenStart',
  'discovered',
  'degree',
  'pagerank',
  'community',
  'x',
  'y',
  'size',
  'color',
];

export const EDGE_COLUMNS: (keyof FlatEdge)[] = [
  'id',
  'source',
  'target',
  'relation',
  'weight',
  'count',
  'episodes',
  'evidenceCount',
];

export function flatNode(id: string, a: NodeAttributes): FlatNode {
  return {
    id,
    label: a.label,
    kind: a.kind,
    mentionCount: a.mentionCount,
    episodeCount: a.episodes.length,
    episodes: a.episodes.join(LIST_SEPARATOR),
    aliases: a.aliases.map((alias) => alias.surface).join(LIST_SEPARATOR),
    firstSeenEpisode: a.firstSeen.episode,
    firstSeenStart: a.firstSeen.start,
    discovered: a.discovered,
    degree: a.degree,
    pagerank: a.pagerank,
    community: a.community,
    x: a.x,
    y: a.y,
    size: a.size,
    color: a.color,
  };
}

export function flatEdge(id: string, a: EdgeAttributes, source: string, target: string): FlatEdge {
  return {
    id,
    source,
    target,
    relation: a.relation,
    weight: a.weight,
    // Typed edges: one per statement; co-occurrence: the number of shared windows.
    count: a.count ?? a.evidence.length,
    episodes: a.episodes.join(LIST_SEPARATOR),
    evidenceCount: a.evidence.length,
  };
}

export function flatNodes(graph: TalkGraph): FlatNode[] {
  return graph.mapNodes((node, attributes) => flatNode(node, attributes));
}

export function flatEdges(graph: TalkGraph): FlatEdge[] {
  return graph.mapEdges((edge, attributes, source, target) => flatEdge(edge, attributes, source, target));
}
