import { ENTITY_KINDS } from '@talkgraph/graph/types';
import type { ColorBy, SizeBy } from './sizing.js';
import type { TimeRange } from './time.js';
import type { EntityKind } from './types.js';

export interface CameraPosition {
  x: number;
  y: number;
  ratio: number;
}

/** Where the transcript panel is open: a segment, and the words marked in it (a mention or a quote). */
export interface TranscriptPlace {
  episode: string;
  index: number;
  /** [start, end) characters of the segment's text, or null for the whole segment. */
  span: [number, number] | null;
}

/** Everything a copied link reopens. */
export interface ViewState {
  node: string | null;
  edge: string | null;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  hiddenKinds: EntityKind[];
  minMentions: number;
  /** Hide nodes linked to no other shown node. */
  hideIsolated: boolean;
  /** Only these episodes (ids in the graph's order), or null for all. */
  episodes: string[] | null;
  hideCooccurs: boolean;
  range: TimeRange | null;
  /** At most this many labels, most important first; Infinity: as many as fit without overlapping. */
  labels: number;
  segment: TranscriptPlace | null;
  camera: CameraPosition | null;
  theme: 'light' | 'dark' | null;
}

/** The defaults of a small graph; `viewDefaults` (defaults.ts) adapts them to a graph's size. */
export const DEFAULT_STATE: ViewState = {
  node: null,
  edge: null,
  colorBy: 'kind',
  sizeBy: 'pagerank',
  hiddenKinds: [],
  minMentions: 1,
  hideIsolated: false,
  episodes: null,
  hideCooccurs: false,
  range: null,
  labels: Number.POSITIVE_INFINITY,
  segment: null,
  camera: null,
  theme: null,
};

// Tuples are joined with `*`, which form encoding leaves alone and ids (slugs) do not contain.
const SEP = '*';

function round(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/**
 * The state as a URL fragment (without `#`), listing only what differs from the defaults (those of
 * this graph), in a fixed order.
 */
export function encodeState(state: ViewState, defaults: ViewState = DEFAULT_STATE): string {
  const p = new URLSearchParams();
  if (state.node !== null) p.set('node', state.node);
  if (state.edge !== null) p.set('edge', state.edge);
  if (state.colorBy !== defaults.colorBy) p.set('color', state.colorBy);
  if (state.sizeBy !== defaults.sizeBy) p.set('size', state.sizeBy);
  if (state.hiddenKinds.length > 0) p.set('hide', [...state.hiddenKinds].sort().join(SEP));
  if (state.minMentions !== defaults.minMentions) p.set('min', String(state.minMentions));
  if (state.hideIsolated !== defaults.hideIsolated) p.set('isolated', state.hideIsolated ? '0' : '1');
  if (state.episodes) p.set('episodes', state.episodes.join(SEP));
  if (state.hideCooccurs) p.set('cooccurs', '0');
  if (state.labels !== defaults.labels) p.set('labels', Number.isFinite(state.labels) ? String(state.labels) : 'all');
  if (state.range)
    p.set('range', [state.range.episode, round(state.range.start, 1), round(state.range.end, 1)].join(SEP));
  if (state.segment)
    p.set('segment', [state.segment.episode, state.segment.index, ...(state.segment.span ?? [])].join(SEP));
  if (state.camera)
    p.set('camera', [round(state.camera.x, 4), round(state.camera.y, 4), round(state.camera.ratio, 4)].join(SEP));
  if (state.theme) p.set('theme', state.theme);
  return p.toString();
}

/** Splits `episode*a*b` from the right, so an episode id may contain anything. */
function splitTail(value: string, count: number): [string, ...string[]] | null {
  const parts = value.split(SEP);
  if (parts.length < count + 1) return null;
  const tail = parts.splice(parts.length - count, count);
  return [parts.join(SEP), ...tail];
}

function finite(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

const COLOR_BY: readonly ColorBy[] = ['kind', 'community', 'episode'];
const SIZE_BY: readonly SizeBy[] = ['pagerank', 'mentions'];

/** Reads a fragment written by encodeState; anything malformed falls back to its default. */
export function decodeState(fragment: string, defaults: ViewState = DEFAULT_STATE): ViewState {
  const p = new URLSearchParams(fragment.replace(/^#/, ''));
  const state: ViewState = { ...defaults, hiddenKinds: [] };
  state.node = p.get('node');
  state.edge = p.get('edge');
  const color = p.get('color');
  if (COLOR_BY.includes(color as ColorBy)) state.colorBy = color as ColorBy;
  const size = p.get('size');
  if (SIZE_BY.includes(size as SizeBy)) state.sizeBy = size as SizeBy;
  const hide = p.get('hide');
  if (hide)
    state.hiddenKinds = hide
      .split(SEP)
      .filter((k): k is EntityKind => (ENTITY_KINDS as readonly string[]).includes(k))
      .sort();
  const min = finite(p.get('min') ?? undefined);
  if (min !== null && min >= 1) state.minMentions = Math.floor(min);
  const isolated = p.get('isolated');
  if (isolated === '0' || isolated === '1') state.hideIsolated = isolated === '0';
  const episodes = p.get('episodes');
  if (episodes !== null) state.episodes = episodes === '' ? [] : episodes.split(SEP);
  state.hideCooccurs = p.get('cooccurs') === '0';
  const labels = finite(p.get('labels') ?? undefined);
  if (labels !== null && labels >= 0) state.labels = Math.floor(labels);
  else if (p.get('labels') === 'all') state.labels = Number.POSITIVE_INFINITY;
  const range = splitTail(p.get('range') ?? '', 2);
  if (range) {
    const [episode, a, b] = range;
    const start = finite(a);
    const end = finite(b);
    if (start !== null && end !== null && start <= end) state.range = { episode, start, end };
  }
  state.segment = decodePlace(p.get('segment') ?? '');
  const camera = (p.get('camera') ?? '').split(SEP).map((v) => finite(v));
  if (camera.length === 3 && camera.every((v) => v !== null) && camera[2]! > 0) {
    state.camera = { x: camera[0]!, y: camera[1]!, ratio: camera[2]! };
  }
  const theme = p.get('theme');
  if (theme === 'light' || theme === 'dark') state.theme = theme;
  return state;
}

const whole = (text: string | undefined) => {
  const n = finite(text);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
};

/** `episode*index`, or `episode*index*from*to` with the marked words. */
function decodePlace(value: string): TranscriptPlace | null {
  const marked = splitTail(value, 3);
  if (marked) {
    const [episode, index, from, to] = [marked[0], whole(marked[1]), whole(marked[2]), whole(marked[3])];
    if (index !== null && from !== null && to !== null && from < to) return { episode, index, span: [from, to] };
  }
  const plain = splitTail(value, 1);
  const index = whole(plain?.[1]);
  return plain && index !== null ? { episode: plain[0], index, span: null } : null;
}

/** `?embed=1` or `#embed=1` hides the chrome, for iframes. */
export function isEmbedUrl(search: string, fragment: string): boolean {
  const flag = (s: string) => {
    const v = new URLSearchParams(s.replace(/^[?#]/, '')).get('embed');
    return v !== null && v !== '0' && v !== 'false';
  };
  return flag(search) || flag(fragment);
}
