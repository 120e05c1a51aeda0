import { downloadAsPNG } from '@sigma/export-image';
import Graph from 'graphology';
import type Sigma from 'sigma';
import { computeVisible, ensurePositions, namesOf, sanitize, summarizeCommunities } from '../core/graph-view.js';
import { Store } from '../core/store.js';
import { decodeState, DEFAULT_STATE, encodeState, type ViewState } from '../core/url-state.js';
import type {
  EdgeAttributes,
  EntityKind,
  EpisodeRecord,
  GraphAttributes,
  NodeAttributes,
  SerializedTalkGraph,
} from '../core/types.js';
import css from '../styles.css';
import { edgeDetails, nodeDetails, type DetailsContext } from './details.js';
import { h } from './dom.js';
import { SearchBox } from './search-box.js';
import { Stage } from './stage.js';
import { CANVAS_COLORS, preferredTheme } from './theme.js';
import { Timeline } from './timeline.js';
import { panOrZoom } from './keyboard.js';
import { Legend, Toolbar } from './toolbar.js';
import { TranscriptPanel } from './transcript.js';

export interface MountOptions {
  /** Shown in the header; defaults to the graph's name. */
  title?: string;
  /** Hide the chrome (header, legend, timeline), for iframes and blog posts. */
  embed: boolean;
  /** Mirror the view in `location.hash` (the page does; an element inside someone's page does not). */
  syncUrl: boolean;
  /** Where the stylesheet goes: the document, or the custom element's shadow root. */
  styleRoot: Document | ShadowRoot;
}

export interface Viewer {
  graph: Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  stage: Stage;
  store: Store<ViewState>;
  destroy(): void;
}

const FILTER_KEYS: (keyof ViewState)[] = ['hiddenKinds', 'minMentions', 'hideCooccurs', 'range'];

/** Builds the viewer inside `host` (which must have a size) from a talkgraph graph. */
export function mountViewer(host: HTMLElement, data: SerializedTalkGraph, options: MountOptions): Viewer {
  injectStyles(options.styleRoot);
  const graph = Graph.from(data) as Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  ensurePositions(graph);
  const episodesList = graph.getAttribute('episodes') ?? [];
  const episodes = new Map<string, EpisodeRecord>(episodesList.map((e) => [e.id, e]));

  const initial = options.syncUrl ? decodeState(location.hash) : { ...DEFAULT_STATE };
  const store = new Store<ViewState>(sanitize(initial, graph));
  const themeOf = (s: ViewState) => s.theme ?? preferredTheme();

  let visible = computeVisible(graph, store.get());
  const stageView = (s: ViewState) => ({
    visibleNodes: visible.nodes,
    visibleEdges: visible.edges,
    selectedNode: s.node,
    selectedEdge: s.edge,
    colorBy: s.colorBy,
    sizeBy: s.sizeBy,
    theme: themeOf(s),
  });

  const select = (patch: Partial<ViewState>) => store.set({ node: null, edge: null, ...patch });
  const detailsCtx: DetailsContext = {
    graph,
    episodes,
    segmentHref: (episode, index) => `#${encodeState({ ...store.get(), segment: { episode, index } })}`,
    openSegment: (episode, index) => store.set({ segment: { episode, index } }),
    selectNode: (node) => {
      select({ node });
      stage.focusNode(node);
    },
    selectEdge: (edge) => select({ edge }),
  };

  // --- DOM
  const root = h('div', { class: 'tg-app' });
  root.classList.toggle('tg-embed', options.embed);
  const stageEl = h('div', {
    class: 'tg-stage',
    attrs: {
      tabindex: '0',
      role: 'application',
      'aria-label': 'Concept map: drag or arrow keys to pan, scroll, pinch or + and - to zoom, 0 to fit, / to search',
    },
  });
  const mentionCounts = graph.mapNodes((_, a) => a.mentionCount);
  let maxMentions = 1;
  for (const n of mentionCounts) if (n > maxMentions) maxMentions = n;
  const kindCounts = new Map<EntityKind, number>();
  graph.forEachNode((_, a) => kindCounts.set(a.kind, (kindCounts.get(a.kind) ?? 0) + 1));

  const search = new SearchBox(
    graph.mapNodes((key, a) => ({
      key,
      label: a.label,
      aliases: a.aliases.map((al) => al.surface),
      weight: a.pagerank,
      kind: a.kind,
    })),
    (node) => detailsCtx.selectNode(node),
  );
  const toolbar = new Toolbar(maxMentions, {
    set: (patch) => store.set(patch),
    toggleLayout: () => {
      if (stage.isLayoutRunning()) stage.stopLayout();
      else stage.startLayout();
      return stage.isLayoutRunning();
    },
    exportPng: () =>
      void downloadAsPNG(stage.sigma as unknown as Sigma, {
        fileName: 'talkgraph',
        backgroundColor: CANVAS_COLORS[themeOf(store.get())].background,
      }),
    copyLink: () => navigator.clipboard.writeText(location.href),
    toggleTheme: () => store.set({ theme: themeOf(store.get()) === 'dark' ? 'light' : 'dark' }),
  });
  const legend = new Legend(kindCounts, summarizeCommunities(graph), (kind) => {
    const hidden = store.get().hiddenKinds;
    store.set({ hiddenKinds: hidden.includes(kind) ? hidden.filter((k) => k !== kind) : [...hidden, kind].sort() });
  });
  const controlCard = h(
    'details',
    { class: 'tg-card' },
    h('summary', {}, 'Display & legend'),
    toolbar.display,
    legend.element,
  );
  // Open on screens wide enough to keep the map visible beside it.
  controlCard.open = typeof matchMedia !== 'function' || matchMedia('(min-width: 760px)').matches;
  const transcript = new TranscriptPanel(episodes, () => store.set({ segment: null }));
  const details = h('div', { class: 'tg-details-wrap' });
  const closeSide = h(
    'button',
    {
      class: 'tg-icon tg-close',
      attrs: { type: 'button', 'aria-label': 'Close the panel' },
      on: { click: () => store.set({ node: null, edge: null }) },
    },
    '×',
  );
  const detailsPanel = h(
    'section',
    { class: 'tg-panel', attrs: { 'aria-label': 'Details', hidden: '' } },
    closeSide,
    details,
  );
  const side = h('aside', { class: 'tg-side', attrs: { hidden: '' } }, detailsPanel, transcript.element);
  const starts = new Map<string, number[]>();
  graph.forEachNode((_, a) => {
    for (const m of a.mentions)
      if (m.start !== null) (starts.get(m.episode) ?? starts.set(m.episode, []).get(m.episode)!).push(m.start);
  });
  // Without times (a plain-text transcript) there is nothing to place on a timeline.
  const timed = [...starts.values()].some((list) => list.length > 0);
  const timeline = timed
    ? new Timeline(
        episodesList,
        starts,
        (range) => store.set({ range }),
        (episode, index) => store.set({ segment: { episode, index } }),
      )
    : null;
  const zoom = h(
    'div',
    { class: 'tg-zoom' },
    h(
      'button',
      {
        class: 'tg-icon',
        attrs: { type: 'button', 'aria-label': 'Zoom in' },
        on: { click: () => void stage.sigma.getCamera().animatedZoom(1.5) },
      },
      '+',
    ),
    h(
      'button',
      {
        class: 'tg-icon',
        attrs: { type: 'button', 'aria-label': 'Zoom out' },
        on: { click: () => void stage.sigma.getCamera().animatedUnzoom(1.5) },
      },
      '−',
    ),
    h(
      'button',
      {
        class: 'tg-icon',
        attrs: { type: 'button', 'aria-label': 'Fit the whole graph' },
        on: { click: () => void stage.sigma.getCamera().animatedReset() },
      },
      '⤢',
    ),
  );
  const title = options.title ?? graph.getAttribute('name') ?? 'talkgraph';
  const fullView =
    options.embed && options.syncUrl
      ? h(
          'a',
          { class: 'tg-fullview', attrs: { href: fullViewUrl(), target: '_blank', rel: 'noopener' } },
          'Open full view ↗',
        )
      : null;
  root.append(
    h('header', { class: 'tg-header' }, h('h1', { class: 'tg-brand' }, title), search.element, toolbar.actions),
    h(
      'div',
      { class: 'tg-main' },
      h(
        'div',
        { class: 'tg-canvas-wrap' },
        stageEl,
        graph.order === 0 ? h('p', { class: 'tg-empty' }, 'No entities were found in this conversation.') : null,
        controlCard,
        zoom,
        fullView,
      ),
      side,
    ),
    ...(timeline ? [timeline.element] : []),
  );
  root.dataset.theme = themeOf(store.get());
  host.append(root);

  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  stageEl.addEventListener('keydown', (e) => {
    if (panOrZoom(stage, e.key)) e.preventDefault();
  });
  const stage = new Stage(stageEl, graph, stageView(store.get()), {
    clickNode: (node) => select({ node }),
    clickEdge: (edge) => select({ edge }),
    clickStage: () => select({}),
    cameraMoved: () => scheduleCameraSave(),
  });
  if (initial.camera) stage.sigma.getCamera().setState({ ...initial.camera, angle: 0 });

  function scheduleCameraSave(): void {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => {
      const { x, y, ratio } = stage.sigma.getCamera().getState();
      store.set({ camera: { x, y, ratio } });
    }, 300);
  }

  function render(state: ViewState, previous: ViewState | null): void {
    const changed = (keys: (keyof ViewState)[]) => previous === null || keys.some((k) => previous[k] !== state[k]);
    if (changed(['theme'])) root.dataset.theme = themeOf(state);
    if (previous && FILTER_KEYS.some((k) => previous[k] !== state[k])) visible = computeVisible(graph, state);
    if (changed([...FILTER_KEYS, 'node', 'edge', 'colorBy', 'sizeBy', 'theme'])) {
      if (previous) stage.update(stageView(state));
      toolbar.update(state);
      legend.update(state);
      const colors = CANVAS_COLORS[themeOf(state)];
      timeline?.update({
        selected: state.node ? graph.getNodeAttribute(state.node, 'mentions') : [],
        range: state.range,
        accent: colors.accent,
        muted: colors.edgeTyped,
      });
    }
    if (changed(['node', 'edge'])) {
      details.replaceChildren(
        state.node ? nodeDetails(detailsCtx, state.node) : state.edge ? edgeDetails(detailsCtx, state.edge) : '',
      );
      detailsPanel.hidden = !state.node && !state.edge;
      details.scrollTop = 0;
    }
    if (changed(['segment', 'node', 'edge'])) {
      if (state.segment) transcript.show(state.segment.episode, state.segment.index, namesOf(graph, state));
      else transcript.hide();
    }
    side.hidden = detailsPanel.hidden && transcript.element.hidden;
    if (options.syncUrl && previous) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}#${encodeState(state)}`);
      if (fullView) fullView.setAttribute('href', fullViewUrl());
    }
  }
  store.subscribe(render);
  render(store.get(), null);

  const onHashChange = () => {
    const next = sanitize(decodeState(location.hash), graph);
    store.set(next);
    if (next.camera) stage.sigma.getCamera().setState({ ...next.camera, angle: 0 });
  };
  if (options.syncUrl) addEventListener('hashchange', onHashChange);
  // The page answers keys anywhere; an element in someone else's page only when focused.
  const keyTarget: Document | HTMLElement = options.syncUrl ? document : root;
  const onKey = (e: Event) => {
    if (!(e instanceof KeyboardEvent)) return;
    const inField = (selector: string) => e.target instanceof Element && e.target.closest(selector) !== null;
    if (e.key === 'Escape' && !inField('input, select')) select({ segment: null });
    if (e.key === '/' && !inField('input, select, textarea')) {
      e.preventDefault();
      search.focus();
    }
  };
  keyTarget.addEventListener('keydown', onKey);

  return {
    graph,
    stage,
    store,
    destroy: () => {
      removeEventListener('hashchange', onHashChange);
      keyTarget.removeEventListener('keydown', onKey);
      clearTimeout(cameraTimer);
      stage.kill();
      root.remove();
    },
  };
}

function fullViewUrl(): string {
  const search = new URLSearchParams(location.search);
  search.delete('embed');
  const query = search.toString();
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

const injected = new WeakSet<Document | ShadowRoot>();

function injectStyles(target: Document | ShadowRoot): void {
  if (injected.has(target)) return;
  injected.add(target);
  const style = document.createElement('style');
  style.textContent = css;
  (target instanceof Document ? target.head : target).append(style);
}
