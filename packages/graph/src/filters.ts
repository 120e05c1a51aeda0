import { UsageError } from '@talkgraph/errors';
import { ENTITY_KINDS, type EntityKind } from './types.js';

/** What to leave out of the graph (the CLI's --min-mentions, --min-confidence, --kinds, --no-cooccurrence). */
export interface GraphFilters {
  /** Nodes with fewer mentions are dropped. Default 1: an entity nobody mentioned is not shown. */
  minMentions?: number;
  /** Mentions and relation statements below this confidence are ignored. Default 0. */
  minConfidence?: number;
  /** Keep only nodes of these kinds. Default: all. */
  kinds?: readonly EntityKind[];
  /** Co-occurrence edges. Default true. */
  cooccurrence?: boolean;
}

export type ResolvedFilters = Required<Omit<GraphFilters, 'kinds'>> & { kinds: EntityKind[] | null };

export function resolveFilters(filters: GraphFilters = {}): ResolvedFilters {
  const minMentions = filters.minMentions ?? 1;
  const minConfidence = filters.minConfidence ?? 0;
  if (!Number.isInteger(minMentions) || minMentions < 0) {
    throw new UsageError(`min-mentions must be a whole number >= 0, got ${minMentions}`);
  }
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw new UsageError(`min-confidence must be between 0 and 1, got ${minConfidence}`);
  }
  return {
    minMentions,
    minConfidence,
    kinds: filters.kinds ? [...new Set(filters.kinds)].sort() : null,
    cooccurrence: filters.cooccurrence ?? true,
  };
}

/**
 * Reads a comma-separated list of kinds, case-insensitively ("person,software").
 * Unknown names are an error that lists the valid ones.
 */
export function parseKinds(list: string): EntityKind[] {
  const byLower = new Map(ENTITY_KINDS.map((kind) => [kind.toLowerCase(), kind]));
  return list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => {
      const kind = byLower.get(name.toLowerCase());
      if (!kind) throw new UsageError(`unknown kind "${name}"; use some of ${ENTITY_KINDS.join(', ')}`);
      return kind;
    });
}
