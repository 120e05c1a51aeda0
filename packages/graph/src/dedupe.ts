import type { CatalogEntry, EntityKind } from '@talkgraph/extract';
import { compareStrings, increment, mostFrequent } from './compare.js';
import { normalizeLabel } from './normalize.js';
import type { MergeRule } from './types.js';

/** What the episodes say about one extracted entity id. */
export interface EntitySighting {
  id: string;
  /** Labels given to the id, weighted by mentions. */
  labels: Map<string, number>;
  kinds: Map<EntityKind, number>;
  /** In the catalog (extraction linked it, or the catalog lists it). */
  catalog: boolean;
}

export interface ResolvedNode {
  key: string;
  label: string;
  kind: EntityKind;
  discovered: boolean;
  /** The other ids folded into this node: each label they had, and the rule that merged it. */
  merged: { id: string; surface: string; rule: MergeRule }[];
}

export interface Resolution {
  /** Extracted id -> node key. */
  keyOf: Map<string, string>;
  /** Node key -> node, in key order. */
  nodes: Map<string, ResolvedNode>;
}

/**
 * Groups extracted ids into nodes, one per real thing: ids whose labels normalize alike are one
 * thing, and a discovered label that normalizes like a catalog name or alias is that catalog entry.
 * Two catalog entries are never merged (the catalog says they differ); if their names normalize
 * alike, their labels get the kind appended so that no two labels normalize to the same string.
 */
export function resolveEntities(
  sightings: Iterable<EntitySighting>,
  catalog: readonly CatalogEntry[] = [],
): Resolution {
  const byId = new Map<string, EntitySighting>();
  for (const sighting of sightings) byId.set(sighting.id, sighting);
  const entries = new Map(catalog.map((entry) => [entry.id, entry]));
  const catalogIds = new Set(
    [...byId.values()]
      .filter((s) => s.catalog)
      .map((s) => s.id)
      .concat([...entries.keys()]),
  );

  // Every normalized label -> the ids that carry it; catalog names and aliases count as labels.
  const idsByLabel = new Map<string, Set<string>>();
  const aliasKeys = new Map<string, Set<string>>();
  const addLabel = (label: string, id: string, index: Map<string, Set<string>>) => {
    const key = normalizeLabel(label);
    if (key === '') return;
    let ids = index.get(key);
    if (!ids) {
      ids = new Set();
      index.set(key, ids);
    }
    ids.add(id);
  };
  for (const sighting of byId.values())
    for (const label of sighting.labels.keys()) addLabel(label, sighting.id, idsByLabel);
  for (const entry of entries.values()) {
    const ambiguous = new Set(entry.ambiguous ?? []);
    for (const label of [entry.name, ...(entry.aliases ?? [])]) {
      if (ambiguous.has(label)) continue;
      addLabel(label, entry.id, aliasKeys);
    }
  }

  const groups = new UnionFind(catalogIds);
  for (const labelKey of [...idsByLabel.keys()].sort(compareStrings)) {
    const ids = [...new Set([...idsByLabel.get(labelKey)!, ...(aliasKeys.get(labelKey) ?? [])])].sort(compareStrings);
    const linked = ids.filter((id) => catalogIds.has(id));
    // Two catalog entries under one label: the label alone cannot say which one a discovered id is.
    const members = linked.length > 1 ? ids.filter((id) => !catalogIds.has(id)) : ids;
    for (const id of members.slice(1)) groups.union(members[0]!, id);
  }

  const keyOf = new Map<string, string>();
  const membersOf = new Map<string, string[]>();
  for (const id of [...byId.keys()].sort(compareStrings)) {
    const root = groups.find(id);
    const list = membersOf.get(root);
    if (list) list.push(id);
    else membersOf.set(root, [id]);
  }

  const nodes: ResolvedNode[] = [];
  for (const [root, members] of membersOf) {
    const anchor = groups.catalogOf(root);
    const key = anchor ?? members[0]!;
    const entry = anchor === undefined ? undefined : entries.get(anchor);
    const labels = new Map<string, number>();
    const kinds = new Map<EntityKind, number>();
    for (const id of anchor !== undefined && byId.has(anchor) ? [anchor] : members) {
      for (const [label, count] of byId.get(id)!.labels) increment(labels, label, count);
      for (const [kind, count] of byId.get(id)!.kinds) increment(kinds, kind, count);
    }
    const aliasesOfKey = new Set(entry ? [entry.name, ...(entry.aliases ?? [])].map(normalizeLabel) : []);
    const merged = members
      .filter((id) => id !== key)
      .flatMap((id) =>
        [...byId.get(id)!.labels.keys()].sort(compareStrings).map((surface) => ({
          id,
          surface,
          rule: (aliasesOfKey.has(normalizeLabel(surface)) ? 'catalog-alias' : 'normalized-label') as MergeRule,
        })),
      );
    for (const id of members) keyOf.set(id, key);
    nodes.push({
      key,
      label: entry?.name ?? mostFrequent(labels) ?? key,
      kind: entry?.kind ?? mostFrequent(kinds) ?? 'Concept',
      discovered: anchor === undefined,
      merged,
    });
  }
  disambiguateLabels(nodes);
  nodes.sort((a, b) => compareStrings(a.key, b.key));
  return { keyOf, nodes: new Map(nodes.map((node) => [node.key, node])) };
}

/**
 * Appends the kind (then the key) to labels that are the same text ignoring case: distinct catalog
 * entries. Labels that only normalize alike ("C", "C++", "C#") are already told apart by a reader.
 */
function disambiguateLabels(nodes: ResolvedNode[]): void {
  for (const suffix of [(node: ResolvedNode) => node.kind, (node: ResolvedNode) => node.key]) {
    const byLabel = new Map<string, ResolvedNode[]>();
    for (const node of nodes) {
      const key = node.label.toLowerCase();
      const list = byLabel.get(key);
      if (list) list.push(node);
      else byLabel.set(key, [node]);
    }
    for (const clash of byLabel.values()) {
      if (clash.length < 2) continue;
      for (const node of clash) node.label = `${node.label} (${suffix(node)})`;
    }
  }
}

/** Disjoint sets of ids; a set holds at most one catalog id, which then names it. */
class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly anchor = new Map<string, string>();

  constructor(private readonly catalogIds: ReadonlySet<string>) {}

  find(id: string): string {
    let root = id;
    while (this.parent.has(root)) root = this.parent.get(root)!;
    for (let node = id; node !== root; ) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  catalogOf(root: string): string | undefined {
    return this.anchor.get(root) ?? (this.catalogIds.has(root) ? root : undefined);
  }

  union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return;
    const anchorA = this.catalogOf(rootA);
    const anchorB = this.catalogOf(rootB);
    if (anchorA !== undefined && anchorB !== undefined) return;
    this.parent.set(rootB, rootA);
    const anchor = anchorA ?? anchorB;
    if (anchor !== undefined) this.anchor.set(rootA, anchor);
  }
}
