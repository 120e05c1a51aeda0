import { MAX_NODE_SIZE, MIN_NODE_SIZE } from './sizing.js';

/** How the map is drawn: the full look, or lighter parts where what is shown makes them slow. */
export interface Drawing {
  mode: 'full' | 'lines' | 'light';
  /** Nodes as GL points rather than discs. */
  points: boolean;
  /** Co-occurrence edges as 1 px GL lines rather than rectangles. */
  thinEdges: boolean;
  /** Typed relations as arrowed arcs (else as lines, like the rest). */
  arcs: boolean;
  /** Hovering and clicking edges (sigma draws every edge a second time, for picking). */
  edgeEvents: boolean;
  /** Hovering a node fades the rest (a redraw of everything). */
  hoverFade: boolean;
  /** Edges and labels hidden while the camera moves. */
  hideOnMove: boolean;
  /** Smallest and largest node radius. */
  nodeSizes: [number, number];
}

const FULL: Drawing = {
  mode: 'full',
  points: false,
  thinEdges: false,
  arcs: true,
  edgeEvents: true,
  hoverFade: true,
  hideOnMove: false,
  nodeSizes: [MIN_NODE_SIZE, MAX_NODE_SIZE],
};

const LINES: Drawing = { ...FULL, mode: 'lines', thinEdges: true };

const LIGHT: Drawing = {
  mode: 'light',
  points: true,
  thinEdges: true,
  arcs: false,
  edgeEvents: false,
  hoverFade: false,
  hideOnMove: true,
  nodeSizes: [1.5, 6],
};

/**
 * What one shown item adds to a frame on software WebGL, in units of one disc (~0.045 ms each
 * with its picking pass; `pnpm bench`, frames while panning, on graphs of 300 to 10,000 nodes):
 * an edge drawn as a rectangle with its picking pass costs about as much, one drawn as a GL line
 * a tenth of that; points, lines without picking and hiding edges while moving keep even 10,000
 * nodes and 50,000 edges short.
 */
const COST = { disc: 1, rectangle: 1.1, line: 0.1 };

/** The most a frame may add over an empty map: what the light drawing of 10,000 nodes adds (~30 ms). */
const BUDGET = 700;

/**
 * The richest drawing whose cost stays within the budget for this many shown nodes and edges,
 * so that no graph, whatever its size, pans slower than the light drawing of the largest.
 */
export function drawingFor(nodes: number, edges: number): Drawing {
  if (nodes * COST.disc + edges * COST.rectangle <= BUDGET) return FULL;
  if (nodes * COST.disc + edges * COST.line <= BUDGET) return LINES;
  return LIGHT;
}
