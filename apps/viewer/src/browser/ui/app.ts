import { downloadAsPNG } from '@sigma/export-image';
import Graph from 'graphology';
import type Sigma from 'sigma';
import { inlineContent } from '../core/content.js';
import type { Content } from '../core/content.js';
import { viewDefaults } from '../core/defaults.js';
import { computeVisible, ensurePositions, namesOf, sanitize, summarizeCommunities } from '../core/graph-view.js';
import { locateQuote } from '../core/highlight.js';
import { Store } from '../core/store.js';
import { decodeState, encodeState, type ViewState } from '../core/url-state.js';
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
import type { Said } from './evidence.js';
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
  /** The page that "Copy link" links to, with the view in its fragment; default: this page. */
  linkPage?: string;
  /** Where the transcripts and quotes are read from; default: the graph itself (inlineContent). */
  content?: Content;
}

export interface Viewer {
  graph: Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  stage: Stage;
  store: Store<ViewState>;
  destroy(): void;
}

const FILTER_KEYS: (keyof ViewState)[] = [
  'hiddenKinds',
  'minMentions',
  'hideIsolated',
  'episodes',
  'hideCooccurs',
  'range',
];

/** Builds the viewer inside `host` (which must have a size) from a talkgraph graph. */
export function mountViewer(host: HTMLElement, data: SerializedTalkGraph, options: MountOptions): Viewer {
  injectStyles(options.styleRoot);
  const graph = Graph.from(data) as Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  ensurePositions(graph);
  const episodesList = graph.getAttribute('episodes') ?? [];
  const episodes = new Map<string, EpisodeRecord>(episodesList.map((e) => [e.id, e]));
  const content = options.content ?? inlineContent(episodesList);

  const mentionCounts = graph.mapNodes((_, a) => a.mentionCount);
  const defaults = viewDefaults(mentionCounts);
  const encode = (s: ViewState) => encodeState(s, defaults);
  const linkPage = () => options.linkPage ?? location.href.replace(/#.*$/, '');
  const initial = options.syncUrl ? decodeState(location.hash, defaults) : { ...defaults };
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
    episodes: s.episodes,
    labels: s.labels,
    theme: themeOf(s),
  });

  // A new selection closes the transcript opened from the last one.
  const select = (patch: Partial<ViewState>) => store.set({ node: null, edge: null, segment: null, ...patch });
  /** Opens the transcript at a mention or a quote, with its words marked. */
  const openEvidence = async (ev: Said) => {
    const segments = await content.transcript(ev.episode);
    const text = segments?.[ev.segment]?.text;
    const span = text === undefined ? null : locateQuote(text, content.quote(ev), ev.surface);
    store.set({ segment: { episode: ev.episode, index: ev.segment, span } });
  };
  const detailsCtx: DetailsContext = {
    graph,
    episodes,
    content,
    segmentHref: (ev) =>
      `#${encode({ ...store.get(), segment: { episode: ev.episode, index: ev.segment, span: null } })}`,
    openEvidence: (ev) => void openEvidence(ev),
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
    (nodes) => stage.showSearchHits(nodes),
  );
  const toolbar = new Toolbar(maxMentions, graph.order, episodesList, {
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
    copyLink: () => navigator.clipboard.writeText(`${linkPage()}#${encode(store.get())}`),
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
  const transcript = new TranscriptPanel(episodes, content, () => store.set({ segment: null }));
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
        content,
        (range) => store.set({ range }),
        (episode, index) => store.set({ segment: { episode, index, span: null } }),
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
        on: { click: () => void stage.sigma.getCamera().animate(stage.fitView(), { duration: 300 }) },
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
  // Open where the map is wide enough to stay visible beside it (the host's width: an embed's, not the screen's).
  controlCard.open = root.clientWidth > NARROW;

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
  // Framing what is shown is the default view: a link records the camera only once it moved.
  const fitted = stage.fitView();
  stage.sigma.getCamera().setState(initial.camera ? { ...initial.camera, angle: 0 } : fitted);

  function scheduleCameraSave(): void {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => {
      const { x, y, ratio } = stage.sigma.getCamera().getState();
      const moved = [x - fitted.x, y - fitted.y, ratio - fitted.ratio].some((d) => Math.abs(d) > 1e-4);
      store.set({ camera: moved ? { x, y, ratio } : null });
    }, 300);
  }

  function render(state: ViewState, previous: ViewState | null): void {
    const changed = (keys: (keyof ViewState)[]) => previous === null || keys.some((k) => previous[k] !== state[k]);
    if (changed(['theme'])) root.dataset.theme = themeOf(state);
    if (previous && FILTER_KEYS.some((k) => previous[k] !== state[k])) visible = computeVisible(graph, state);
    if (changed([...FILTER_KEYS, 'node', 'edge', 'colorBy', 'sizeBy', 'labels', 'theme'])) {
      if (previous) stage.update(stageView(state));
      const colors = CANVAS_COLORS[themeOf(state)];
      toolbar.update(state, visible.nodes.size, graph.order);
      legend.update(state, colors.several);
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
      if (state.segment) transcript.show(state.segment, namesOf(graph, state));
      else transcript.hide();
    }
    side.hidden = detailsPanel.hidden && !state.segment;
    // On a narrow screen the side is one sheet: the transcript, once opened, over the details.
    side.dataset.showing = state.segment ? 'transcript' : 'details';
    if (options.syncUrl && previous) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}#${encode(state)}`);
      if (fullView) fullView.setAttribute('href', fullViewUrl());
    }
  }
  store.subscribe(render);
  render(store.get(), null);

  const onHashChange = () => {
    const next = sanitize(decodeState(location.hash, defaults), graph);
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

/** Below this width (of the map's host, not the screen) the panels stack under the map. */
const NARROW = 760;

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
