import type { EdgeRelation, NodeAttributes } from '@talkgraph/graph';

type EntityKind = NodeAttributes['kind'];

/**
 * The Neo4j model (docs/neo4j.md). Labels and relationship types are never built from input: they
 * come from these fixed tables, so a graph.json cannot inject Cypher through a kind or a relation.
 */

/** Every node talkgraph writes carries this label; `--wipe` deletes exactly these nodes. */
export const MARKER_LABEL = 'Talkgraph';

export const ENTITY_LABELS: Readonly<Record<EntityKind, string>> = {
  Person: 'Person',
  Organization: 'Organization',
  ProgrammingLanguage: 'ProgrammingLanguage',
  Software: 'Software',
  Hardware: 'Hardware',
  Dataset: 'Dataset',
  Concept: 'Concept',
  Event: 'Event',
  Publication: 'Publication',
  Place: 'Place',
};

export const RELATIONSHIP_TYPES: Readonly<Record<EdgeRelation, string>> = {
  created: 'CREATED',
  founded: 'FOUNDED',
  leads: 'LEADS',
  works_at: 'WORKS_AT',
  part_of: 'PART_OF',
  based_on: 'BASED_ON',
  runs_on: 'RUNS_ON',
  targets: 'TARGETS',
  compiles_to: 'COMPILES_TO',
  successor_of: 'SUCCESSOR_OF',
  authored: 'AUTHORED',
  discovered: 'DISCOVERED',
  uses: 'USES',
  competes_with: 'COMPETES_WITH',
  won: 'WON',
  studied_at: 'STUDIED_AT',
  co_occurs: 'CO_OCCURS',
};

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
