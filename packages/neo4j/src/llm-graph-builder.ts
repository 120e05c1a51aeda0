import neo4j from 'neo4j-driver';
import type { SerializedTalkGraph } from '@talkgraph/graph';
import { ENTITY_LABELS, MARKER_LABEL, RELATIONSHIP_TYPES, isEdgeRelation, isEntityKind, segmentId } from './model.js';
import type { Row, Step } from './plan.js';

/**
 * The model of Neo4j's LLM Graph Builder (neo4j-labs/llm-graph-builder), so its UI and the GraphRAG
 * tools built on it read a talkgraph graph: each episode a `Document` (keyed by `fileName`), each
 * segment a `Chunk` (`PART_OF` its document, `FIRST_CHUNK`, `NEXT_CHUNK`), each entity an
 * `__Entity__` with its kind as label and its name as `id` (how the Builder names entities), linked
 * from every chunk that mentions it by `HAS_ENTITY`, and the typed relations between entities.
 * Co-occurrences are left out: the Builder reads every entity-to-entity relationship as a fact.
 */

export const LLM_GRAPH_BUILDER_SCHEMA: readonly string[] = [
  'CREATE CONSTRAINT talkgraph_document_file IF NOT EXISTS FOR (n:Document) REQUIRE n.fileName IS UNIQUE',
  'CREATE CONSTRAINT talkgraph_chunk_id IF NOT EXISTS FOR (n:Chunk) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT talkgraph_builder_entity_id IF NOT EXISTS FOR (n:__Entity__) REQUIRE n.id IS UNIQUE',
];

const changed = (variable: string) => `RETURN count(CASE WHEN before <> properties(${variable}) THEN 1 END) AS changed`;

const documentsQuery = (rows: string) => `UNWIND ${rows} AS row
MERGE (d:Document {fileName: row.fileName})
WITH d, row, properties(d) AS before
SET d:${MARKER_LABEL}, d += row.props
${changed('d')}`;

const chunksQuery = (rows: string) => `UNWIND ${rows} AS row
MATCH (d:Document {fileName: row.fileName})
MERGE (c:Chunk {id: row.id})
WITH d, c, row, properties(c) AS before
SET c:${MARKER_LABEL}, c += row.props
MERGE (c)-[:PART_OF]->(d)
FOREACH (first IN CASE WHEN row.first THEN [1] ELSE [] END | MERGE (d)-[:FIRST_CHUNK]->(c))
${changed('c')}`;

const nextChunkQuery = (rows: string) => `UNWIND ${rows} AS row
MATCH (a:Chunk {id: row.from})
MATCH (b:Chunk {id: row.to})
MERGE (a)-[:NEXT_CHUNK]->(b)
WITH count(*) AS merged
RETURN 0 AS changed`;

function entitiesQuery(label: string, rows: string): string {
  const others = Object.values(ENTITY_LABELS).filter((other) => other !== label);
  return `UNWIND ${rows} AS row
MERGE (n:__Entity__ {id: row.id})
WITH n, row, properties(n) AS before
SET n:${MARKER_LABEL}:${label}, n += row.props
REMOVE n:${others.join(':')}
${changed('n')}`;
}

const hasEntityQuery = (rows: string) => `UNWIND ${rows} AS row
MATCH (c:Chunk {id: row.chunk})
MATCH (n:__Entity__ {id: row.entity})
MERGE (c)-[:HAS_ENTITY]->(n)
WITH count(*) AS merged
RETURN 0 AS changed`;

function relationsQuery(type: string, rows: string): string {
  return `UNWIND ${rows} AS row
MATCH (a:__Entity__ {id: row.source})
MATCH (b:__Entity__ {id: row.target})
MERGE (a)-[r:${type}]->(b)
WITH r, row, properties(r) AS before
SET r += row.props
${changed('r')}`;
}

/** The graph as the steps that load it in the Builder's model (graph.json checked by planLoad first). */
export function planLlmGraphBuilder(graph: SerializedTalkGraph): Step[] {
  const names = new Map<string, string>();
  const entities = new Map<string, Row[]>();
  const hasEntity: Row[] = [];
  const seen = new Set<string>();
  for (const { key, attributes: node } of graph.nodes) {
    if (!isEntityKind(node.kind)) continue;
    names.set(key, node.label);
    const label = ENTITY_LABELS[node.kind];
    entities.set(label, [
      ...(entities.get(label) ?? []),
      { id: node.label, props: { talkgraphId: key, description: node.aliases.map((a) => a.surface).join('; ') } },
    ]);
    for (const mention of node.mentions) {
      const chunk = segmentId(mention.episode, mention.segment);
      if (seen.has(`${chunk}\u0000${key}`)) continue;
      seen.add(`${chunk}\u0000${key}`);
      hasEntity.push({ chunk, entity: node.label });
    }
  }
  const documents: Row[] = [];
  const chunks: Row[] = [];
  const next: Row[] = [];
  for (const episode of graph.attributes.episodes) {
    const fileName = episode.id;
    let offset = 0;
    episode.segments.forEach((segment, index) => {
      chunks.push({
        id: segmentId(episode.id, index),
        fileName,
        first: index === 0,
        props: {
          text: segment.text,
          position: neo4j.int(index + 1),
          length: neo4j.int(segment.text.length),
          content_offset: neo4j.int(offset),
          fileName,
          start_time: segment.start,
          end_time: segment.end,
        },
      });
      offset += segment.text.length + 1;
      if (index > 0) next.push({ from: segmentId(episode.id, index - 1), to: segmentId(episode.id, index) });
    });
    documents.push({
      fileName,
      props: {
        title: episode.title,
        url: episode.mediaUrl,
        fileSource: 'local file',
        fileType: 'transcript',
        status: 'Completed',
        model: 'talkgraph',
        total_chunks: neo4j.int(episode.segments.length),
      },
    });
  }
  const relations = new Map<string, Row[]>();
  for (const { source, target, attributes: edge } of graph.edges) {
    if (!isEdgeRelation(edge.relation) || edge.relation === 'co_occurs') continue;
    const type = RELATIONSHIP_TYPES[edge.relation];
    const from = names.get(source);
    const to = names.get(target);
    if (from === undefined || to === undefined) continue;
    relations.set(type, [
      ...(relations.get(type) ?? []),
      {
        source: from,
        target: to,
        props: { quotes: edge.evidence.map((e) => e.quote), weight: neo4j.int(edge.weight) },
      },
    ]);
  }
  const steps: Step[] = [
    { phase: 'episodes', query: documentsQuery, rows: documents },
    { phase: 'segments', query: chunksQuery, rows: chunks },
    { phase: 'next', query: nextChunkQuery, rows: next },
  ];
  for (const label of Object.values(ENTITY_LABELS)) {
    const rows = entities.get(label);
    if (rows) steps.push({ phase: 'entities', query: (list) => entitiesQuery(label, list), rows });
  }
  steps.push({ phase: 'mentions', query: hasEntityQuery, rows: hasEntity });
  for (const type of Object.values(RELATIONSHIP_TYPES)) {
    const rows = relations.get(type);
    if (rows) steps.push({ phase: 'relations', query: (list) => relationsQuery(type, list), rows });
  }
  return steps;
}
