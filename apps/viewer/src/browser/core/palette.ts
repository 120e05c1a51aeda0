import type { EntityKind } from './types.js';

// The kind colours are the graph's own (the colours of graph.json and GEXF), defined once there.
export { kindColor } from '@talkgraph/graph/palette';

const COMMUNITY_COLORS = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#7f7f7f',
  '#393b79',
  '#ad494a',
];

export function communityColor(community: number): string {
  const i = Number.isInteger(community) && community >= 0 ? community % COMMUNITY_COLORS.length : 9;
  return COMMUNITY_COLORS[i]!;
}

/** Colouring by episode is for telling a few apart: the i-th shown episode takes the i-th community colour. */
export function episodeColor(index: number): string {
  return communityColor(index);
}

/** `ProgrammingLanguage` -> `Programming language`. */
export function kindName(kind: EntityKind): string {
  const words = kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Mixes a `#rrggbb` colour toward another, for faded (unfocused) items. */
export function mix(color: string, toward: string, amount: number): string {
  const a = parseHex(color);
  const b = parseHex(toward);
  if (!a || !b) return color;
  const c = a.map((v, i) => Math.round(v + (b[i]! - v) * amount));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function parseHex(color: string): number[] | null {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
