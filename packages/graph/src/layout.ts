import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import seedrandom from 'seedrandom';
import { round } from './compare.js';
import type { TalkGraph } from './graph.js';
import { simpleProjection } from './projection.js';

// CommonJS packages whose typings declare `export default`: under NodeNext the import is module.exports.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;
const noverlap = noverlapModule as unknown as typeof noverlapModule.default;

export interface LayoutOptions {
  /** Seed of the initial positions. Default 1. */
  seed?: number;
  /** ForceAtlas2 iterations (fixed, so the result is reproducible). Default: by size, layoutIterations. */
  iterations?: number;
}

/** Recorded in the graph's settings, so a layout can be reproduced. */
export interface LayoutSettings {
  iterations: number;
  forceAtlas2: ForceAtlas2Settings;
  noverlapIterations: number;
}

const NOVERLAP_ITERATIONS = 200;

/** Graphs up to this many nodes get the full run; beyond, fewer iterations and Barnes-Hut. */
const SMALL_GRAPH = 500;
const MAX_ITERATIONS = 300;
const MIN_ITERATIONS = 100;

/**
 * ForceAtlas2 iterations for a graph of `order` nodes: 300 for a small graph, then falling with the
 * square root of its size (to at least 100), since each Barnes-Hut iteration costs about n log n: the
 * layout's time grows as √n log n instead of n log n (2,600 nodes: 131 iterations, 2.3x less time).
 */
export function layoutIterations(order: number): number {
  if (order <= SMALL_GRAPH) return MAX_ITERATIONS;
  return Math.max(MIN_ITERATIONS, Math.round(MAX_ITERATIONS * Math.sqrt(SMALL_GRAPH / order)));
}

/**
 * Positions for every node, computed at build time so the viewer opens laid out: seeded random
 * start, ForceAtlas2 with settings inferred from the graph's size, then overlap removal using the
 * node sizes (set them first).
 */
export function layout(
  graph: TalkGraph,
  options: LayoutOptions = {},
): { positions: Record<string, { x: number; y: number }>; settings: LayoutSettings } {
  const simple = simpleProjection(graph);
  const iterations = options.iterations ?? layoutIterations(simple.order);
  const random = seedrandom(String(options.seed ?? 1));
  const spread = 10 * Math.sqrt(Math.max(simple.order, 1));
  graph.forEachNode((node, attributes) => {
    simple.mergeNodeAttributes(node, {
      x: (random() - 0.5) * spread,
      y: (random() - 0.5) * spread,
      size: attributes.size,
    });
  });
  // inferSettings turns Barnes-Hut on only from 2,000 nodes; without it an iteration is quadratic
  // (2,600 nodes: 3.3x the time), so it is on for every graph that is not small.
  const settings = { ...forceAtlas2.inferSettings(simple), barnesHutOptimize: simple.order > SMALL_GRAPH };
  if (simple.order > 1) {
    forceAtlas2.assign(simple, { iterations, settings, getEdgeWeight: 'weight' });
    noverlap.assign(simple, { maxIterations: NOVERLAP_ITERATIONS });
  }
  const positions: Record<string, { x: number; y: number }> = {};
  simple.forEachNode((node, attributes) => {
    positions[node] = { x: round(attributes.x as number, 2), y: round(attributes.y as number, 2) };
  });
  return { positions, settings: { iterations, forceAtlas2: settings, noverlapIterations: NOVERLAP_ITERATIONS } };
}

layout.assign = function assign(graph: TalkGraph, options: LayoutOptions = {}): LayoutSettings {
  const { positions, settings } = layout(graph, options);
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, positions[node]!));
  return settings;
};
