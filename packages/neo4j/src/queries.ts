import { ENTITY_LABELS, MARKER_LABEL, RELATIONSHIP_TYPES } from './model.js';

/**
 * The Cypher of the model, shared by the loader (rows sent as the parameter `$rows`) and the
 * cypher-shell script (rows written as a literal list). Labels and types are interpolated only from
 * the whitelists in model.ts; every value arrives through the rows.
 * Each write query returns `changed`: rows whose properties differ after the write (a created
 * node or relationship always differs, since it starts with only its key).
 * No comments inside the queries: in graph.cypher a `//` would hide the statement's final `;`.
 */

export const SCHEMA: readonly string[] = [
  'CREATE CONSTRAINT talkgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT talkgraph_episode_id IF NOT EXISTS FOR (n:Episode) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT talkgraph_segment_id IF NOT EXISTS FOR (n:Segment) REQUIRE n.id IS UNIQUE',
  // A text index: a range index refuses names over 8 KB ("Property value is too large to index"),
  // a text index takes them up to 32 KB. It replaces the range index earlier versions made.
  'DROP INDEX talkgraph_entity_name IF EXISTS',
  'CREATE TEXT INDEX talkgraph_entity_name_text IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  'CREATE INDEX talkgraph_segment_episode IF NOT EXISTS FOR (n:Segment) ON (n.episodeId)',
  // Full-text (Lucene) indexes, so "what was said about X" needs no index of the user's own.
  'CREATE FULLTEXT INDEX talkgraph_segment_text IF NOT EXISTS FOR (n:Segment) ON EACH [n.text]',
  `CREATE FULLTEXT INDEX talkgraph_relation_quote IF NOT EXISTS FOR ()-[r:${Object.values(RELATIONSHIP_TYPES)
    .filter((type) => type !== RELATIONSHIP_TYPES.co_occurs)
    .join('|')}]-() ON EACH [r.quote]`,
];

const changed = (variable: string) => `RETURN count(CASE WHEN before <> properties(${variable}) THEN 1 END) AS changed`;

export function episodesQuery(rows: string): string {
  return `UNWIND ${rows} AS row
MERGE (e:Episode {id: row.id})
WITH e, row, properties(e) AS before
SET e:${MARKER_LABEL}, e += row.props
${changed('e')}`;
}

export function segmentsQuery(rows: string): string {
  return `UNWIND ${rows} AS row
MATCH (e:Episode {id: row.episodeId})
MERGE (s:Segment {id: row.id})
WITH e, s, row, properties(s) AS before
SET s:${MARKER_LABEL}, s += row.props
MERGE (e)-[:HAS_SEGMENT]->(s)
${changed('s')}`;
}

/** NEXT has no properties, so nothing to update: `changed` is 0. */
export function nextQuery(rows: string): string {
  return `UNWIND ${rows} AS row
MATCH (a:Segment {id: row.from})
MATCH (b:Segment {id: row.to})
MERGE (a)-[:NEXT]->(b)
WITH count(*) AS merged
RETURN 0 AS changed`;
}

/** One query per kind: the kind's label is set and any other kind label removed. */
export function entitiesQuery(label: string, rows: string): string {
  const others = Object.values(ENTITY_LABELS).filter((other) => other !== label);
  return `UNWIND ${rows} AS row
MERGE (n:Entity {id: row.id})
WITH n, row, properties(n) AS before
SET n:${MARKER_LABEL}:${label}, n += row.props
REMOVE n:${others.join(':')}
${changed('n')}`;
}

/** A mention is keyed by its surface and its ordinal among equal surfaces of that entity in that segment. */
export function mentionsQuery(rows: string): string {
  return `UNWIND ${rows} AS row
MATCH (n:Entity {id: row.entity})
MATCH (s:Segment {id: row.segment})
MERGE (n)-[r:MENTIONED_IN {surface: row.surface, ordinal: row.ordinal}]->(s)
WITH r, row, properties(r) AS before
SET r += row.props
${changed('r')}`;
}

/**
 * One relationship per statement, keyed by where it was said (episode and segment), so a re-extraction
 * that words the quote differently updates the statement instead of adding a second one.
 */
export function relationsQuery(type: string, rows: string): string {
  return `UNWIND ${rows} AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:${type} {episodeId: row.episodeId, segment: row.segment}]->(b)
WITH r, row, properties(r) AS before
SET r += row.props
${changed('r')}`;
}

export function cooccurrencesQuery(rows: string): string {
  return `UNWIND ${rows} AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:CO_OCCURS]->(b)
WITH r, row, properties(r) AS before
SET r += row.props
${changed('r')}`;
}

/** Deletes one batch of talkgraph's nodes (with their relationships); run until it returns 0. */
export const WIPE_BATCH = `MATCH (n:${MARKER_LABEL})
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted`;
