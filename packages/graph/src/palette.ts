import type { EntityKind } from './types.js';

/**
 * One colour per kind (Tableau 10: distinguishable, readable on light and dark backgrounds), so a
 * colour means the same thing in every graph: graph.json, GEXF, GraphML and the viewer all use it.
 * No imports at run time: the viewer's browser bundle takes it from `@talkgraph/graph/palette`.
 */
export const KIND_COLORS: Readonly<Record<EntityKind, string>> = {
  Person: '#4e79a7',
  Organization: '#f28e2b',
  ProgrammingLanguage: '#e15759',
  Software: '#76b7b2',
  Hardware: '#59a14f',
  Dataset: '#edc948',
  Concept: '#b07aa1',
  Event: '#ff9da7',
  Publication: '#9c755f',
  Place: '#bab0ac',
};

/** The colour of a kind this version does not know (a graph.json from a newer talkgraph). */
export const OTHER_KIND_COLOR = '#888888';

export function kindColor(kind: string): string {
  // hasOwn: a kind read from data could be `constructor`.
  return Object.hasOwn(KIND_COLORS, kind) ? KIND_COLORS[kind as EntityKind] : OTHER_KIND_COLOR;
}
