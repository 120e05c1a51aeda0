import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import { communityColor, kindColor, mix } from '../core/palette.js';
import { sizesBy, type ColorBy, type SizeBy } from '../core/sizing.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../core/types.js';
import { CANVAS_COLORS, type Theme } from './theme.js';

type TalkGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface StageView {
  visibleNodes: Set<string>;
  visibleEdges: Set<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  theme: Theme;
}

export interface StageEvents {
  clickNode(node: string): void;
  clickEdge(edge: string): void;
  clickStage(): void;
  cameraMoved(): void;
}

/**
 * Beyond this, the graph is drawn lighter so that frames stay short even with software WebGL:
 * nodes as GL points and edges as GL lines (the disc and rectangle programs cost ~20x more
 * fragments), smaller nodes, no edge picking (a second render pass; edges are then reached from
 * the side panel), edges hidden while the camera moves and while the layout runs.
 */
const LARGE_GRAPH = { nodes: 5_000, edges: 20_000 };

/** The sigma renderer, its reducers (filters, focus, colours, sizes) and the ForceAtlas2 worker. */
export class Stage {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;
  private hovered: string | null = null;
  private neighbours = new Set<string>();
  private sizes = new Map<string, number>();
  private layout: FA2Layout | null = null;
  private layoutStart: ReturnType<typeof setTimeout> | undefined;
  private readonly large: boolean;
  /** While the layout runs on a large graph, sigma shows this copy without edges. */
  private nodesOnly: Graph | null = null;
  /** That copy, made ahead in idle time (it is 10,000s of objects) and kept between runs. */
  private spare: Graph | null = null;
  private spareTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly copyPositions = () => {
    const copy = this.nodesOnly;
    if (!copy) return;
    copy.updateEachNodeAttributes(
      (node, attrs) => {
        const source = this.graph.getNodeAttributes(node);
        attrs.x = source.x;
        attrs.y = source.y;
        return attrs;
      },
      { attributes: ['x', 'y'] },
    );
  };

  constructor(
    container: HTMLElement,
    readonly graph: TalkGraph,
    private view: StageView,
    events: StageEvents,
  ) {
    this.large = graph.order > LARGE_GRAPH.nodes || graph.size > LARGE_GRAPH.edges;
    this.computeSizes();
    this.updateFocus();
    this.sigma = new Sigma(graph, container, {
      ...this.themeSettings(),
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelWeight: '500',
      labelSize: 13,
      labelDensity: 0.7,
      labelGridCellSize: 80,
      labelRenderedSizeThreshold: 7,
      zIndex: true,
      enableEdgeEvents: !this.large,
      hideEdgesOnMove: this.large,
      hideLabelsOnMove: this.large,
      ...(this.large
        ? {
            defaultNodeType: 'point',
            nodeProgramClasses: { point: NodePointProgram },
            edgeProgramClasses: { line: EdgeLineProgram, arrow: EdgeLineProgram },
          }
        : {}),
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      stagePadding: 40,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(null));
    this.sigma.on('clickNode', ({ node }) => events.clickNode(node));
    this.sigma.on('clickEdge', ({ edge }) => events.clickEdge(edge));
    this.sigma.on('clickStage', ({ event }) => {
      const edge = this.sigma.getSetting('enableEdgeEvents') ? this.edgeNear(event.x, event.y) : null;
      if (edge) events.clickEdge(edge);
      else events.clickStage();
    });
    this.sigma.getCamera().on('updated', () => events.cameraMoved());
    if (this.large) this.spareTimer = setTimeout(() => (this.spare ??= graph.emptyCopy()), 2000);
    // Sigma follows window resizes only; the side panel opening or closing resizes the map too.
    this.resizes.observe(container);
  }

  private readonly resizes = new ResizeObserver(() => this.sigma.scheduleRefresh());

  update(view: StageView): void {
    const sizing = view.sizeBy !== this.view.sizeBy;
    const theme = view.theme !== this.view.theme;
    this.view = view;
    if (sizing) this.computeSizes();
    if (theme) this.sigma.setSettings(this.themeSettings());
    this.updateFocus();
    // Full refresh: filters change which labels the label grid may show.
    this.sigma.refresh();
  }

  /** Centres the camera on a node, zoomed so that its neighbours stay in view. */
  focusNode(node: string): void {
    const data = this.sigma.getNodeDisplayData(node);
    if (!data) return;
    let reach = 0;
    for (const other of this.graph.neighbors(node)) {
      const o = this.sigma.getNodeDisplayData(other);
      if (o && !o.hidden) reach = Math.max(reach, Math.abs(o.x - data.x), Math.abs(o.y - data.y));
    }
    // Framed coordinates span 0..1 at ratio 1; keep neighbours inside, never zoom out past the whole graph.
    const ratio = Math.min(1, Math.max(0.06, reach * 2.4));
    void this.sigma.getCamera().animate({ x: data.x, y: data.y, ratio }, { duration: 500 });
  }

  isLayoutRunning(): boolean {
    return this.nodesOnly !== null || (this.layout?.isRunning() ?? false);
  }

  /** Resumes ForceAtlas2 from the current positions, in a web worker so the page never blocks. */
  startLayout(): void {
    if (this.large && !this.nodesOnly) {
      // Each layout step redraws everything: without edges that stays a short frame.
      const copy = this.spare ?? this.graph.emptyCopy();
      this.spare = copy;
      this.nodesOnly = copy;
      this.copyPositions();
      this.graph.on('eachNodeAttributesUpdated', this.copyPositions);
      this.sigma.setGraph(copy as unknown as TalkGraph);
      // Starting the worker (it copies the whole graph) in the next task keeps both frames short.
      this.layoutStart = setTimeout(() => this.runLayout(), 0);
      return;
    }
    this.runLayout();
  }

  private runLayout(): void {
    this.layout ??= new FA2Layout(this.graph, {
      settings: { ...forceAtlas2.inferSettings(this.graph), slowDown: 10 },
      getEdgeWeight: (_edge, attrs) => (attrs.relation === 'co_occurs' ? attrs.weight : 1 + Math.log(attrs.weight)),
    });
    this.layout.start();
  }

  stopLayout(): void {
    clearTimeout(this.layoutStart);
    this.layout?.stop();
    if (this.nodesOnly) {
      this.graph.off('eachNodeAttributesUpdated', this.copyPositions);
      this.nodesOnly = null;
      this.sigma.setGraph(this.graph);
    }
  }

  kill(): void {
    this.resizes.disconnect();
    clearTimeout(this.layoutStart);
    clearTimeout(this.spareTimer);
    this.graph.off('eachNodeAttributesUpdated', this.copyPositions);
    this.layout?.kill();
    this.sigma.kill();
  }

  /**
   * Sigma picks edges on a half-resolution buffer where a thin edge is one pixel wide: a click
   * a pixel or two beside it should still count.
   */
  private edgeNear(x: number, y: number): string | null {
    const picker = this.sigma as unknown as { getEdgeAtPoint(x: number, y: number): string | null };
    for (const [dx, dy] of PROBES) {
      const edge = picker.getEdgeAtPoint(x + dx, y + dy);
      if (edge) return edge;
    }
    return null;
  }

  private computeSizes(): void {
    const measure = new Map<string, number>();
    this.graph.forEachNode((node, attrs) => {
      measure.set(node, this.view.sizeBy === 'pagerank' ? attrs.pagerank : attrs.mentionCount);
    });
    this.sizes = this.large ? sizesBy(measure, 1.5, 6) : sizesBy(measure);
  }

  private hover(node: string | null): void {
    // Fading a large graph means redrawing all of it: there, hovering only shows the label
    // (sigma's hover layer) and the neighbourhood lights up on click.
    if (this.large) return;
    this.hovered = node;
    this.updateFocus();
    this.sigma.refresh({ skipIndexation: true });
  }

  /** The focused node (hovered, else selected) and its neighbours stay lit; the rest fades. */
  private focus(): string | null {
    return this.hovered ?? this.view.selectedNode;
  }

  private updateFocus(): void {
    this.neighbours.clear();
    const focus = this.focus();
    if (focus && this.graph.hasNode(focus)) for (const n of this.graph.neighbors(focus)) this.neighbours.add(n);
    const edge = this.view.selectedEdge;
    if (!focus && edge && this.graph.hasEdge(edge)) {
      this.neighbours.add(this.graph.source(edge));
      this.neighbours.add(this.graph.target(edge));
    }
  }

  private themeSettings(): Partial<Settings<NodeAttributes, EdgeAttributes, GraphAttributes>> {
    const colors = CANVAS_COLORS[this.view.theme];
    return {
      labelColor: { color: colors.label },
      defaultEdgeColor: colors.edge,
      defaultDrawNodeHover: (context, data, settings) => drawHover(context, data, settings, this.view.theme),
    };
  }

  private reduceNode(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    const display: Partial<NodeDisplayData> = { x: data.x, y: data.y, label: data.label };
    if (!this.view.visibleNodes.has(node)) return { ...display, hidden: true };
    const colors = CANVAS_COLORS[this.view.theme];
    const color = this.view.colorBy === 'kind' ? kindColor(data.kind) : communityColor(data.community);
    display.size = this.sizes.get(node) ?? data.size;
    display.color = color;
    const focus = this.focus();
    const anyFocus = focus !== null || this.view.selectedEdge !== null;
    if (node === focus || node === this.view.selectedNode) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 2;
    } else if (anyFocus && this.neighbours.has(node)) {
      display.forceLabel = true;
      display.zIndex = 1;
    } else if (anyFocus) {
      display.color = mix(color, colors.background, 0.82);
      display.label = '';
      display.zIndex = 0;
    }
    return display;
  }

  private reduceEdge(
    edge: string,
    data: EdgeAttributes,
  ): Partial<{ hidden: boolean; color: string; size: number; type: string; zIndex: number }> {
    if (!this.view.visibleEdges.has(edge)) return { hidden: true };
    const colors = CANVAS_COLORS[this.view.theme];
    const typed = data.relation !== 'co_occurs';
    const display = {
      type: typed ? 'arrow' : 'line',
      color: typed ? colors.edgeTyped : colors.edge,
      size: typed ? 1.5 + Math.min(data.weight, 6) * 0.4 : 0.5 + data.weight * 1.5,
      // Equal unless focused: sigma sorts by zIndex on every refresh when they differ.
      zIndex: 0,
    };
    const focus = this.focus();
    if (this.view.selectedEdge === edge) return { ...display, color: colors.accent, size: display.size + 2, zIndex: 3 };
    if (focus !== null) {
      if (this.graph.source(edge) !== focus && this.graph.target(edge) !== focus) return { hidden: true };
      return { ...display, color: typed ? colors.accent : colors.edgeTyped, zIndex: 2 };
    }
    if (this.view.selectedEdge !== null) return { ...display, hidden: true };
    return display;
  }
}

// Offsets within 4 px, nearest first.
const PROBES: [number, number][] = [];
for (let dx = -4; dx <= 4; dx += 2) for (let dy = -4; dy <= 4; dy += 2) PROBES.push([dx, dy]);
PROBES.sort((a, b) => Math.hypot(...a) - Math.hypot(...b));

/** Sigma's hover label, on the theme's background instead of always white. */
function drawHover(
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
  settings: { labelSize: number; labelFont: string; labelWeight: string },
  theme: Theme,
): void {
  const colors = CANVAS_COLORS[theme];
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const padding = 4;
  const radius = data.size + padding;
  context.fillStyle = theme === 'dark' ? '#1d222a' : '#ffffff';
  context.shadowBlur = 10;
  context.shadowColor = theme === 'dark' ? 'rgba(0,0,0,0.8)' : 'rgba(0,0,0,0.25)';
  context.beginPath();
  context.arc(data.x, data.y, radius, 0, Math.PI * 2);
  if (typeof data.label === 'string' && data.label !== '') {
    const width = context.measureText(data.label).width;
    const h = size + 2 * padding;
    context.roundRect(data.x, data.y - h / 2, radius + width + 2 * padding + 2, h, h / 2);
  }
  context.fill();
  context.shadowBlur = 0;
  if (typeof data.label === 'string' && data.label !== '') {
    context.fillStyle = colors.label;
    context.fillText(data.label, data.x + radius + padding, data.y + size / 3);
  }
}
