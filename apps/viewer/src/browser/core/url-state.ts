import { ENTITY_KINDS } from '@talkgraph/graph/types';
import type { ColorBy, SizeBy } from './sizing.js';
import type { TimeRange } from './time.js';
import type { EntityKind } from './types.js';

export interface CameraPosition {
  x: number;
  y: number;
  ratio: number;
}

/** Everything a copied link reopens. */
export interface ViewState {
  node: string | null;
  edge: string | null;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  hiddenKinds: EntityKind[];
  minMentions: number;
  hideCooccurs: boolean;
  range: TimeRange | null;
  /** The transcript panel open at this segment. */
  segment: { episode: string; index: number } | null;
  camera: CameraPosition | null;
  theme: 'light' | 'dark' | null;
}

export const DEFAULT_STATE: ViewState = {
  node: null,
  edge: null,
  colorBy: 'kind',
  sizeBy: 'pagerank',
  hiddenKinds: [],
  minMentions: 1,
  hideCooccurs: false,
  range: null,
  segment: null,
  camera: null,
  theme: null,
};

// Tuples are joined with `*`, which form encoding leaves alone and ids (slugs) do not contain.
const SEP = '*';

function round(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/** The state as a URL fragment (without `#`), listing only what differs from the defaults, in a fixed order. */
export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.node !== null) p.set('node', state.node);
  if (state.edge !== null) p.set('edge', state.edge);
  if (state.colorBy !== DEFAULT_STATE.colorBy) p.set('color', state.colorBy);
  if (state.sizeBy !== DEFAULT_STATE.sizeBy) p.set('size', state.sizeBy);
  if (state.hiddenKinds.length > 0) p.set('hide', [...state.hiddenKinds].sort().join(SEP));
  if (state.minMentions !== DEFAULT_STATE.minMentions) p.set('min', String(state.minMentions));
  if (state.hideCooccurs) p.set('cooccurs', '0');
  if (state.range)
    p.set('range', [state.range.episode, round(state.range.start, 1), round(state.range.end, 1)].join(SEP));
  if (state.segment) p.set('segment', [state.segment.episode, state.segment.index].join(SEP));
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

/** Reads a fragment written by encodeState; anything malformed falls back to its default. */
export function decodeState(fragment: string): ViewState {
  const p = new URLSearchParams(fragment.replace(/^#/, ''));
  const state: ViewState = { ...DEFAULT_STATE, hiddenKinds: [] };
  state.node = p.get('node');
  state.edge = p.get('edge');
  if (p.get('color') === 'community') state.colorBy = 'community';
  if (p.get('size') === 'mentions') state.sizeBy = 'mentions';
  const hide = p.get('hide');
  if (hide)
    state.hiddenKinds = hide
      .split(SEP)
      .filter((k): k is EntityKind => (ENTITY_KINDS as readonly string[]).includes(k))
      .sort();
  const min = finite(p.get('min') ?? undefined);
  if (min !== null && min >= 1) state.minMentions = Math.floor(min);
  state.hideCooccurs = p.get('cooccurs') === '0';
  const range = splitTail(p.get('range') ?? '', 2);
  if (range) {
    const [episode, a, b] = range;
    const start = finite(a);
    const end = finite(b);
    if (start !== null && end !== null && start <= end) state.range = { episode, start, end };
  }
  const segment = splitTail(p.get('segment') ?? '', 1);
  if (segment) {
    const index = finite(segment[1]);
    if (index !== null && Number.isInteger(index) && index >= 0) state.segment = { episode: segment[0], index };
  }
  const camera = (p.get('camera') ?? '').split(SEP).map((v) => finite(v));
  if (camera.length === 3 && camera.every((v) => v !== null) && camera[2]! > 0) {
    state.camera = { x: camera[0]!, y: camera[1]!, ratio: camera[2]! };
  }
  const theme = p.get('theme');
  if (theme === 'light' || theme === 'dark') state.theme = theme;
  return state;
}

/** `?embed=1` or `#embed=1` hides the chrome, for iframes. */
export function isEmbedUrl(search: string, fragment: string): boolean {
  const flag = (s: string) => {
    const v = new URLSearchParams(s.replace(/^[?#]/, '')).get('embed');
    return v !== null && v !== '0' && v !== 'false';
  };
  return flag(search) || flag(fragment);
}
