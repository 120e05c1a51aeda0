import type Graph from 'graphology';
import { visibleItems, type Filters } from './filters.js';
import type { ViewState } from './url-state.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './types.js';

type TalkGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface CommunitySummary {
  community: number;
  /** Its most central member, to name it by. */
  label: string;
  size: number;
}

/** Keys of the nodes and edges a state's filters show. */
export function computeVisible(graph: TalkGraph, s: ViewState) {
  const filters: Filters = {
    hiddenKinds: new Set(s.hiddenKinds),
    minMentions: s.minMentions,
    episodes: s.episodes ? new Set(s.episodes) : null,
    hideIsolated: s.hideIsolated,
    hideCooccurs: s.hideCooccurs,
    range: s.range,
  };
  return visibleItems(
    graph.mapNodes((key, a) => [key, a] as [string, NodeAttributes]),
    graph.mapEdges((key, a, source, target) => [key, source, target, a] as [string, string, string, EdgeAttributes]),
    filters,
  );
}

/**
 * A link from an old or hand-edited URL may name things that are not in this graph; episodes are
 * kept in the graph's order (colouring by episode follows it).
 */
export function sanitize(state: ViewState, graph: TalkGraph): ViewState {
  const known = (graph.getAttribute('episodes') ?? []).map((e) => e.id);
  const wanted = state.episodes ? new Set(state.episodes) : null;
  return {
    ...state,
    node: state.node !== null && graph.hasNode(state.node) ? state.node : null,
    edge: state.edge !== null && graph.hasEdge(state.edge) ? state.edge : null,
    episodes: wanted ? known.filter((id) => wanted.has(id)) : null,
  };
}

/** Builds without positions (or with broken ones) still open: nodes go on a circle. */
export function ensurePositions(graph: TalkGraph): void {
  const n = graph.order;
  let i = 0;
  graph.forEachNode((node, a) => {
    if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) {
      const angle = (2 * Math.PI * i) / Math.max(n, 1);
      graph.mergeNodeAttributes(node, { x: Math.cos(angle) * 100, y: Math.sin(angle) * 100 });
    }
    i++;
  });
}

/** What to mark in the transcript: the names heard for the selected node, or for both ends of the selected edge. */
export function namesOf(graph: TalkGraph, state: ViewState): string[] {
  const nodes = state.node ? [state.node] : state.edge ? graph.extremities(state.edge) : [];
  return nodes.flatMap((n) => {
    const a = graph.getNodeAttributes(n);
    return [a.label, ...a.aliases.map((al) => al.surface)];
  });
}

// The key lists this many communities; smaller ones share colours anyway.
const COMMUNITIES_SHOWN = 8;

/** The largest communities, each named after its highest-PageRank member. */
export function summarizeCommunities(graph: TalkGraph): CommunitySummary[] {
  const byCommunity = new Map<number, { size: number; top: NodeAttributes }>();
  graph.forEachNode((_, a) => {
    const entry = byCommunity.get(a.community);
    if (!entry) byCommunity.set(a.community, { size: 1, top: a });
    else {
      entry.size++;
      if (a.pagerank > entry.top.pagerank || (a.pagerank === entry.top.pagerank && a.label < entry.top.label))
        entry.top = a;
    }
  });
  return [...byCommunity]
    .map(([community, { size, top }]) => ({ community, size, label: top.label }))
    .sort((a, b) => b.size - a.size || a.community - b.community)
    .slice(0, COMMUNITIES_SHOWN);
}
