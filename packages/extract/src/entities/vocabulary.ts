import { createRequire } from 'node:module';
import type { EntityKind } from '../types.js';

/** The naming vocabulary shipped as data (`vocabulary/*.json`), read once. */
const require = createRequire(import.meta.url);

interface KindsData {
  heads: Partial<Record<EntityKind, string[]>>;
  prefixes: Partial<Record<EntityKind, string[]>>;
  cuesAfter: Partial<Record<EntityKind, string[]>>;
  cuesBefore: Partial<Record<EntityKind, string[]>>;
}

function inverted(groups: Partial<Record<EntityKind, string[]>>): ReadonlyMap<string, EntityKind> {
  const map = new Map<string, EntityKind>();
  for (const [kind, words] of Object.entries(groups) as [EntityKind, string[]][])
    for (const word of words) if (!map.has(word)) map.set(word, kind);
  return map;
}

const kinds = require('../../vocabulary/kinds.json') as KindsData;

/** Last word of a name → the kind it makes (`University`, `Labs`, `Conference`). */
export const HEAD_KINDS = inverted(kinds.heads);
/** First words of a name → its kind (`University of`). */
export const PREFIX_KINDS = inverted(kinds.prefixes);
/** The word after a name → the kind it points at (`the X language`, `X's CEO`). */
export const CUE_AFTER = inverted(kinds.cuesAfter);
/** One or two words before a name → its kind (`written in X`, `worked at X`). */
export const CUE_BEFORE = inverted(kinds.cuesBefore);

/** Capitalized words that are never a name alone. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  Object.entries(require('../../vocabulary/not-names.json') as Record<string, string[] | string>)
    .filter(([key]) => !key.startsWith('$'))
    .flatMap(([, words]) => words as string[]),
);
