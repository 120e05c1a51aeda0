import { EDGE_RELATIONS, ENTITY_KINDS, type EdgeRelation, type EntityKind } from '@talkgraph/graph/types';

/**
 * The Neo4j model (docs/neo4j.md). Labels and relationship types are never built from input: they
 * come from these tables, made from the graph's fixed lists, so a graph.json cannot inject Cypher
 * through a kind or a relation.
 */

/** Every node talkgraph writes carries this label; `--wipe` deletes exactly these nodes. */
export const MARKER_LABEL = 'Talkgraph';

/** An entity's kind is also its label: `(:Entity:Person)`. */
export const ENTITY_LABELS = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, kind])) as Readonly<
  Record<EntityKind, string>
>;

/** A relation's type is the relation in capitals: `based_on` -> `BASED_ON`. */
export const RELATIONSHIP_TYPES = Object.fromEntries(
  EDGE_RELATIONS.map((relation) => [relation, relation.toUpperCase()]),
) as Readonly<Record<EdgeRelation, string>>;

export function isEntityKind(kind: unknown): kind is EntityKind {
  return typeof kind === 'string' && Object.hasOwn(ENTITY_LABELS, kind);
}

export function isEdgeRelation(relation: unknown): relation is EdgeRelation {
  return typeof relation === 'string' && Object.hasOwn(RELATIONSHIP_TYPES, relation);
}

/** A segment's id: unique across episodes, readable in query results. */
export function segmentId(episode: string, index: number): string {
  return `${episode}#${index}`;
}
