import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram, NodePointProgram } from 'sigma/rendering';
import type { CameraState, NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import { drawingFor, type Drawing } from '../core/drawing.js';
import { episodeOf } from '../core/episodes.js';
import { labelBox, placeLabels, type LabelCandidate, type LabelSide } from '../core/labels.js';
import { communityColor, episodeColor, kindColor, mix } from '../core/palette.js';
import { relationName } from '../core/relations.js';
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
  /** The episodes shown (null: all), in order: colouring by episode follows it. */
  episodes: string[] | null;
  /** At most this many labels beyond the selection, its neighbours and the search hits. */
  labels: number;
  theme: Theme;
}

export interface StageEvents {
  clickNode(node: string): void;
  clickEdge(edge: string): void;
  clickStage(): void;
  cameraMoved(): void;
}

const LABEL = { font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', weight: '500', size: 13 };
/** Space between a disc and its label, as sigma draws it. */
const LABEL_OFFSET = 3;
/** Space kept free around each label. */
const LABEL_MARGIN = 6;
/** Typed relations are drawn as arcs, so that they never lie on a co-occurrence line. */
const CURVATURE = 0.22;

/** The sigma renderer, its reducers (filters, focus, colours, sizes, labels) and the ForceAtlas2 worker. */
export class Stage {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;
  /** How the map is drawn, chosen from how much it shows by measured cost. */
  private drawing: Drawing;
  private hovered: string | null = null;
  private hoveredEdge: string | null = null;
  private searchHits: string[] = [];
  private neighbours = new Set<string>();
  private sizes = new Map<string, number>();
  private episodeColors = new Map<string, string>();
  /** Arcs of the typed edges: parallel ones bend further, so that each can be told apart. */
  private readonly curvatures = new Map<string, number>();
  /** Nodes whose label is drawn, on which side, and the candidates in the order they are placed. */
  private labelled = new Map<string, LabelSide>();
  private labelOrder: { key: string; always: boolean }[] = [];
  private labelsFor: { ratio: number; width: number; height: number; extent: string } | null = null;
  private readonly textWidths = new Map<string, number>();
  private readonly measure = document.createElement('canvas').getContext('2d')!;
  private layout: FA2Layout | null = null;
  private layoutStart: ReturnType<typeof setTimeout> | undefined;
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
    this.drawing = drawingFor(view.visibleNodes.size, view.visibleEdges.size);
    this.measure.font = `${LABEL.weight} ${LABEL.size}px ${LABEL.font}`;
    this.computeSizes();
    this.computeCurvatures();
    this.updateFocus();
    this.sigma = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, container, {
      ...this.themeSettings(),
      labelFont: LABEL.font,
      labelWeight: LABEL.weight,
      labelSize: LABEL.size,
      ...this.drawingSettings(),
      // Labels are placed here (placeLabels), not by sigma's grid: only forced labels are drawn.
      labelRenderedSizeThreshold: Number.POSITIVE_INFINITY,
      edgeLabelFont: LABEL.font,
      edgeLabelWeight: '600',
      edgeLabelSize: 12,
      zIndex: true,
      nodeProgramClasses: { point: NodePointProgram },
      edgeProgramClasses: {
        line: EdgeRectangleProgram,
        thin: EdgeLineProgram,
        arc: EdgeCurvedArrowProgram as typeof EdgeRectangleProgram,
      },
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      stagePadding: 40,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(null));
    this.sigma.on('enterEdge', ({ edge }) => this.hoverEdge(edge));
    this.sigma.on('leaveEdge', () => this.hoverEdge(null));
    this.sigma.on('clickNode', ({ node }) => events.clickNode(node));
    this.sigma.on('clickEdge', ({ edge }) => events.clickEdge(edge));
    this.sigma.on('clickStage', ({ event }) => {
      const edge = this.drawing.edgeEvents ? this.edgeNear(event.x, event.y) : null;
      if (edge) events.clickEdge(edge);
      else events.clickStage();
    });
    // Labels follow the zoom: they are placed again before drawing whenever the scale changed;
    // the render in progress draws the result (its own scheduled render is cancelled).
    this.sigma.on('beforeRender', () => this.applyLabels(true));
    this.sigma.on('afterProcess', () => {
      // Moved nodes (the layout) change where labels fit.
      if (this.labelsFor && this.labelsFor.extent !== this.extentKey()) this.sigma.scheduleRender();
    });
    this.sigma.getCamera().on('updated', () => events.cameraMoved());
    if (this.drawing.points) this.spareTimer = setTimeout(() => (this.spare ??= graph.emptyCopy()), 2000);
    // Sigma follows window resizes only; the side panel opening or closing resizes the map too.
    this.resizes.observe(container);
    this.applyLabels(false);
  }

  private readonly resizes = new ResizeObserver(() => this.sigma.scheduleRefresh());

  update(view: StageView): void {
    const drawing = drawingFor(view.visibleNodes.size, view.visibleEdges.size);
    const redraw = drawing.mode !== this.drawing.mode;
    const sizing = view.sizeBy !== this.view.sizeBy || redraw;
    const theme = view.theme !== this.view.theme;
    this.view = view;
    this.drawing = drawing;
    if (sizing) this.computeSizes();
    if (theme) this.sigma.setSettings(this.themeSettings());
    if (redraw) this.sigma.setSettings(this.drawingSettings());
    this.updateFocus();
    this.placeLabelsIfStale();
    this.sigma.refresh();
  }

  /** Nodes to label first (what the search box suggests), as well as the selection. */
  showSearchHits(nodes: string[]): void {
    if (nodes.length === this.searchHits.length && nodes.every((n, i) => n === this.searchHits[i])) return;
    this.searchHits = nodes;
    this.updateFocus();
    this.sigma.scheduleRender();
  }

  /** The camera that frames the shown nodes (a large graph opens on a part of it). */
  fitView(): CameraState {
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const node of this.view.visibleNodes) {
      const d = this.sigma.getNodeDisplayData(node);
      if (!d) continue;
      x0 = Math.min(x0, d.x);
      x1 = Math.max(x1, d.x);
      y0 = Math.min(y0, d.y);
      y1 = Math.max(y1, d.y);
    }
    if (!Number.isFinite(x0)) return { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    // Framed coordinates span 0..1 at ratio 1 along the longer side.
    const ratio = Math.min(1, Math.max(0.05, Math.max(x1 - x0, y1 - y0) * 1.05));
    return { x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio, angle: 0 };
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
    if (this.drawing.points && !this.nodesOnly) {
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
    this.sizes = sizesBy(measure, ...this.drawing.nodeSizes);
  }

  /** Typed edges between the same two nodes in the same direction bend further, one after another. */
  private computeCurvatures(): void {
    const seen = new Map<string, number>();
    this.graph.forEachEdge((edge, attrs, source, target) => {
      if (attrs.relation === 'co_occurs') return;
      const pair = `${source}\u0000${target}`;
      const n = seen.get(pair) ?? 0;
      seen.set(pair, n + 1);
      this.curvatures.set(edge, CURVATURE * (1 + n * 0.8));
    });
  }

  private hover(node: string | null): void {
    this.setCursor(node !== null);
    // Fading a large graph means redrawing all of it: there, hovering only shows the label
    // (sigma's hover layer) and the neighbourhood lights up on click.
    if (!this.drawing.hoverFade) return;
    this.hovered = node;
    this.updateFocus();
    this.placeLabelsIfStale();
    this.sigma.refresh({ skipIndexation: true });
  }

  private hoverEdge(edge: string | null): void {
    const before = this.hoveredEdge;
    this.hoveredEdge = edge;
    this.setCursor(edge !== null);
    const changed = [before, edge].filter((e): e is string => e !== null && this.graph.hasEdge(e));
    // Not skipping indexation: a full refresh just before forgets where edges sit in their programs.
    this.sigma.refresh({ partialGraph: { edges: changed }, schedule: true });
  }

  private setCursor(pointer: boolean): void {
    this.sigma.getContainer().style.cursor = pointer ? 'pointer' : '';
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
    this.episodeColors = new Map(
      (this.view.episodes ?? this.graph.getAttribute('episodes').map((e) => e.id)).map((id, i) => [
        id,
        episodeColor(i),
      ]),
    );
    this.orderLabels();
  }

  /**
   * The order in which nodes get labels: the selection, the search hits, the focused node's
   * neighbours (always, if they fit), then the largest nodes (up to the view's limit).
   */
  private orderLabels(): void {
    const visible = this.view.visibleNodes;
    const weight = (n: string) => this.sizes.get(n) ?? 0;
    const byWeight = (a: string, b: string) => weight(b) - weight(a) || (a < b ? -1 : 1);
    const first = [this.view.selectedNode, this.hovered, ...this.searchHits];
    const edge = this.view.selectedEdge;
    if (edge && this.graph.hasEdge(edge)) first.push(...this.graph.extremities(edge));
    const order: { key: string; always: boolean }[] = [];
    const taken = new Set<string>();
    const take = (key: string | null, always: boolean) => {
      if (key === null || taken.has(key) || !visible.has(key)) return;
      taken.add(key);
      order.push({ key, always });
    };
    for (const key of first) take(key, true);
    for (const key of [...this.neighbours].sort(byWeight)) take(key, true);
    // With a focus, the rest is faded and unlabelled.
    if (this.focus() === null && edge === null) for (const key of [...visible].sort(byWeight)) take(key, false);
    this.labelOrder = order;
    this.labelsFor = null;
  }

  private extentKey(): string {
    const { x, y } = this.sigma.getBBox();
    return `${x[0]},${x[1]},${y[0]},${y[1]}`;
  }

  /**
   * Places the labels again if the camera's scale, the view or the layout changed since they
   * were placed; returns the nodes whose label appeared or went.
   */
  private placeLabelsIfStale(): string[] {
    const camera = this.sigma.getCamera().getState();
    const { width, height } = this.sigma.getDimensions();
    const extent = this.extentKey();
    const last = this.labelsFor;
    if (last && last.ratio === camera.ratio && last.width === width && last.height === height && last.extent === extent)
      return [];
    this.labelsFor = { ratio: camera.ratio, width, height, extent };
    const next = this.placeLabels(camera);
    const changed = [...next].filter(([n, side]) => this.labelled.get(n) !== side).map(([n]) => n);
    for (const n of this.labelled.keys()) if (!next.has(n)) changed.push(n);
    this.labelled = next;
    return changed;
  }

  /** Places the labels if stale, and reduces just the nodes whose label changed again. */
  private applyLabels(scheduled: boolean): void {
    const changed = this.placeLabelsIfStale();
    if (changed.length > 0)
      this.sigma.refresh({ partialGraph: { nodes: changed }, skipIndexation: true, schedule: scheduled });
  }

  private placeLabels(camera: CameraState): Map<string, LabelSide> {
    // Placing does not depend on panning: positions relative to one node are enough.
    const at = (x: number, y: number) => this.sigma.graphToViewport({ x, y }, { cameraState: camera });
    const o = at(0, 0);
    const ex = at(1, 0);
    const ey = at(0, 1);
    const ratio = camera.ratio;
    const positions = this.nodesOnly ?? this.graph;
    const candidates = (function* (stage: Stage): Generator<LabelCandidate & { always: boolean }> {
      for (const { key, always } of stage.labelOrder) {
        const { x, y } = positions.getNodeAttributes(key) as { x: number; y: number };
        const label = stage.graph.getNodeAttribute(key, 'label');
        yield {
          key,
          always,
          x: (ex.x - o.x) * x + (ey.x - o.x) * y,
          y: (ex.y - o.y) * x + (ey.y - o.y) * y,
          size: stage.sigma.scaleSize(stage.sizes.get(key) ?? 1, ratio),
          width: stage.textWidth(label),
        };
      }
    })(this);
    return placeLabels(candidates, {
      height: LABEL.size,
      offset: LABEL_OFFSET,
      margin: LABEL_MARGIN,
      limit: this.view.labels,
    });
  }

  private textWidth(label: string): number {
    let width = this.textWidths.get(label);
    if (width === undefined) {
      width = this.measure.measureText(label).width;
      this.textWidths.set(label, width);
    }
    return width;
  }

  /** How the map is drawn now (see drawing.ts). */
  drawingMode(): Drawing['mode'] {
    return this.drawing.mode;
  }

  private drawingSettings(): Partial<Settings<NodeAttributes, EdgeAttributes, GraphAttributes>> {
    return {
      enableEdgeEvents: this.drawing.edgeEvents,
      renderEdgeLabels: this.drawing.edgeEvents,
      hideEdgesOnMove: this.drawing.hideOnMove,
      hideLabelsOnMove: this.drawing.hideOnMove,
    };
  }

  private themeSettings(): Partial<Settings<NodeAttributes, EdgeAttributes, GraphAttributes>> {
    const colors = CANVAS_COLORS[this.view.theme];
    return {
      labelColor: { color: colors.label },
      edgeLabelColor: { color: colors.label },
      defaultEdgeColor: colors.edge,
      defaultDrawNodeHover: (context, data, settings) => drawHover(context, data, settings, this.view.theme),
      defaultDrawNodeLabel: (context, data, settings) => drawLabel(context, data, settings),
    };
  }

  private nodeColor(data: NodeAttributes): string {
    if (this.view.colorBy === 'kind') return kindColor(data.kind);
    if (this.view.colorBy === 'community') return communityColor(data.community);
    const shown = this.view.episodes ? new Set(this.view.episodes) : null;
    const episode = episodeOf(data, shown);
    return (episode !== null && this.episodeColors.get(episode)) || CANVAS_COLORS[this.view.theme].several;
  }

  private reduceNode(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    const display: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      label: data.label,
      type: this.drawing.points ? 'point' : 'circle',
    };
    if (!this.view.visibleNodes.has(node)) return { ...display, hidden: true };
    const colors = CANVAS_COLORS[this.view.theme];
    const color = this.nodeColor(data);
    display.size = this.sizes.get(node) ?? data.size;
    display.color = color;
    const side = this.labelled.get(node);
    display.forceLabel = side !== undefined;
    (display as { labelSide?: LabelSide }).labelSide = side;
    const focus = this.focus();
    const anyFocus = focus !== null || this.view.selectedEdge !== null;
    if (node === focus || node === this.view.selectedNode) {
      display.highlighted = true;
      display.zIndex = 2;
    } else if (anyFocus && (this.neighbours.has(node) || this.searchHits.includes(node))) {
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
  ): Partial<{
    hidden: boolean;
    color: string;
    size: number;
    type: string;
    zIndex: number;
    curvature: number;
    label: string;
    forceLabel: boolean;
  }> {
    if (!this.view.visibleEdges.has(edge)) return { hidden: true };
    const colors = CANVAS_COLORS[this.view.theme];
    const typed = data.relation !== 'co_occurs';
    const display = {
      type: typed && this.drawing.arcs ? 'arc' : this.drawing.thinEdges ? 'thin' : 'line',
      curvature: this.curvatures.get(edge) ?? 0,
      color: typed ? colors.edgeTyped : colors.edge,
      size: typed ? 1.5 + Math.min(data.weight, 6) * 0.4 : 0.5 + data.weight * 1.5,
      // Equal unless focused: sigma sorts by zIndex on every refresh when they differ.
      zIndex: 0,
      ...(edge === this.hoveredEdge ? { label: relationName(data.relation), forceLabel: true } : {}),
    };
    const focus = this.focus();
    if (this.view.selectedEdge === edge || this.hoveredEdge === edge)
      return { ...display, color: colors.accent, size: display.size + 2, zIndex: 3 };
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

/** A label on the side of its node that placeLabels chose (sigma draws them on the right only). */
function drawLabel(
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { labelSide?: LabelSide },
  settings: { labelSize: number; labelFont: string; labelWeight: string; labelColor: { color?: string } },
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.fillStyle = settings.labelColor.color ?? '#000';
  const width = context.measureText(data.label).width;
  const box = labelBox(
    { x: data.x, y: data.y, size: data.size, width },
    { height: size, offset: LABEL_OFFSET },
    data.labelSide,
  );
  context.textBaseline = 'middle';
  context.fillText(data.label, box.x0, (box.y0 + box.y1) / 2);
  context.textBaseline = 'alphabetic';
}

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
