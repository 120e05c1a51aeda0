export * from './types.js';
export type { TalkGraph } from './graph.js';
export type { BuildOptions, EpisodeInput, GraphBuilder } from './builder.js';
export type { EntitySighting, Resolution, ResolvedNode } from './dedupe.js';
export type { GraphFilters } from './filters.js';
export type { LayoutOptions, LayoutSettings } from './layout.js';
export type { MetricsOptions, NodeMetrics } from './metrics.js';
export { buildGraph, createGraphBuilder } from './builder.js';
export { resolveEntities } from './dedupe.js';
export { parseKinds, resolveFilters } from './filters.js';
export { exportTalkGraph, importTalkGraph } from './graph.js';
export { layout, layoutIterations } from './layout.js';
export { computeMetrics } from './metrics.js';
export { labelWords, normalizeLabel } from './normalize.js';
export { resolvePersonNames } from './persons.js';
export { simpleProjection } from './projection.js';
export { styleNodes } from './style.js';
export {
  EDGE_COLUMNS,
  GRAPH_FILES,
  MENTION_COLUMNS,
  NODE_COLUMNS,
  exportGraph,
  toEdgesCsv,
  toGexf,
  toGraphJson,
  toGraphml,
  toMentionsCsv,
  toNodesCsv,
} from './exports/index.js';
