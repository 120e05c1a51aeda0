import neo4j, { type Integer } from 'neo4j-driver';
import { ENTITY_LABELS, RELATIONSHIP_TYPES, isEdgeRelation, isEntityKind, segmentId } from './model.js';
import {
  cooccurrencesQuery,
  entitiesQuery,
  episodesQuery,
  mentionsQuery,
  nextQuery,
  relationsQuery,
  segmentsQuery,
} from './queries.js';
import { invalidGraph } from './errors.js';
import type { SerializedTalkGraph } from '@talkgraph/graph';
import type { Phase } from './types.js';

/** A value as sent to Neo4j: whole-number counts are `Integer`s, JS numbers are floats. */
export type CypherValue = null | boolean | number | string | Integer | CypherValue[] | { [key: string]: CypherValue };
export type Row = Record<string, CypherValue>;

/** One query and the rows it is run with (in batches). */
export interface Step {
  phase: Phase;
  query: (rows: string) => string;
  rows: Row[];
}

type Integers = (value: unknown, what: string) => Integer;

/** The graph as the ordered steps that load it, in the graph's own (deterministic) order. */
export function planLoad(graph: SerializedTalkGraph, source = 'graph.json'): Step[] {
  checkShape(graph, source);
  const int: Integers = (value, what) => {
    if (!Number.isSafeInteger(value))
      throw invalidGraph(source, `${what} must be an integer, got ${JSON.stringify(value)}`);
    return neo4j.int(value as number);
  };
  return [...lexicalSteps(graph, int), ...entitySteps(graph, int, source), ...edgeSteps(graph, int, source)];
}

function checkShape(graph: SerializedTalkGraph, source: string): void {
  if (typeof graph !== 'object' || graph === null) throw invalidGraph(source, 'not a JSON object');
  if (!Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) {
    throw invalidGraph(source, 'no "nodes" and "edges" arrays (expected graphology export format)');
  }
  if (!Array.isArray(graph.attributes?.episodes)) throw invalidGraph(source, 'no "attributes.episodes" array');
}

/** Episodes, their segments (with HAS_SEGMENT) and the NEXT chain. */
function lexicalSteps(graph: SerializedTalkGraph, int: Integers): Step[] {
  const episodes = graph.attributes.episodes;
  const segments: Row[] = [];
  const next: Row[] = [];
  for (const episode of episodes) {
    episode.segments.forEach((segment, index) => {
      const id = segmentId(episode.id, index);
      segments.push({
        id,
        episodeId: episode.id,
        props: {
          episodeId: episode.id,
          index: int(index, 'segment index'),
          start: segment.start,
          end: segment.end,
          speaker: segment.speaker,
          text: segment.text,
        },
      });
      if (index > 0) next.push({ from: segmentId(episode.id, index - 1), to: id });
    });
  }
  const episodeRows = episodes.map((episode) => ({
    id: episode.id,
    props: {
      title: episode.title,
      source: episode.source,
      mediaUrl: episode.mediaUrl,
      duration: episode.duration,
      segmentCount: int(episode.segments.length, 'segment count'),
    },
  }));
  return [
    { phase: 'episodes', query: episodesQuery, rows: episodeRows },
    { phase: 'segments', query: segmentsQuery, rows: segments },
    { phase: 'next', query: nextQuery, rows: next },
  ];
}

/** Entities (one query per kind label) and their mentions. */
function entitySteps(graph: SerializedTalkGraph, int: Integers, source: string): Step[] {
  const segmentCounts = new Map(graph.attributes.episodes.map((episode) => [episode.id, episode.segments.length]));
  const entitiesByLabel = new Map<string, Row[]>();
  const mentions: Row[] = [];
  for (const { key, attributes: node } of graph.nodes) {
    if (!node || !isEntityKind(node.kind)) {
      throw invalidGraph(
        source,
        `node "${key}" has kind ${JSON.stringify(node?.kind)}, not one of ${Object.keys(ENTITY_LABELS).join(', ')}`,
      );
    }
    const label = ENTITY_LABELS[node.kind];
    const rows = entitiesByLabel.get(label) ?? [];
    entitiesByLabel.set(label, rows);
    rows.push({
      id: key,
      props: {
        name: node.label,
        kind: node.kind,
        aliases: node.aliases.map((alias) => alias.surface),
        mentionCount: int(node.mentionCount, `mentionCount of "${key}"`),
        episodes: node.episodes,
        discovered: node.discovered,
        pagerank: node.pagerank,
        degree: int(node.degree, `degree of "${key}"`),
        community: int(node.community, `community of "${key}"`),
      },
    });
    // A mention's key: its surface and its ordinal among equal surfaces of this entity in that segment.
    const ordinals = new Map<string, number>();
    for (const mention of node.mentions) {
      const count = segmentCounts.get(mention.episode);
      if (count === undefined || !(mention.segment >= 0 && mention.segment < count)) {
        throw invalidGraph(
          source,
          `a mention of "${key}" points at segment ${mention.segment} of episode "${mention.episode}", which does not exist`,
        );
      }
      const segment = segmentId(mention.episode, mention.segment);
      const ordinalKey = `${segment}\u0000${mention.surface}`;
      const ordinal = ordinals.get(ordinalKey) ?? 0;
      ordinals.set(ordinalKey, ordinal + 1);
      mentions.push({
        entity: key,
        segment,
        surface: mention.surface,
        ordinal: int(ordinal, 'mention ordinal'),
        props: { start: mention.start, end: mention.end, confidence: mention.confidence, via: mention.via },
      });
    }
  }
  const steps: Step[] = [];
  for (const label of Object.values(ENTITY_LABELS)) {
    const rows = entitiesByLabel.get(label);
    if (rows) steps.push({ phase: 'entities', query: (list) => entitiesQuery(label, list), rows });
  }
  steps.push({ phase: 'mentions', query: mentionsQuery, rows: mentions });
  return steps;
}

/** Typed relations (one relationship per statement, one query per type) and co-occurrences. */
function edgeSteps(graph: SerializedTalkGraph, int: Integers, source: string): Step[] {
  const relationsByType = new Map<string, Row[]>();
  const cooccurrences: Row[] = [];
  for (const { key, source: from, target: to, attributes: edge } of graph.edges) {
    if (!edge || !isEdgeRelation(edge.relation)) {
      throw invalidGraph(
        source,
        `edge "${key ?? `${from}->${to}`}" has relation ${JSON.stringify(edge?.relation)}, not one of ${Object.keys(RELATIONSHIP_TYPES).join(', ')}`,
      );
    }
    if (edge.relation === 'co_occurs') {
      cooccurrences.push({
        source: from,
        target: to,
        props: {
          weight: edge.weight,
          count: edge.count === undefined ? null : int(edge.count, `count of "${key}"`),
          episodes: edge.episodes,
        },
      });
      continue;
    }
    const type = RELATIONSHIP_TYPES[edge.relation];
    const rows = relationsByType.get(type) ?? [];
    relationsByType.set(type, rows);
    // A statement without recorded evidence still becomes one relationship (segment -1, empty quote).
    const evidences =
      edge.evidence.length > 0
        ? edge.evidence
        : [{ episode: edge.episodes[0] ?? '', segment: -1, quote: '', start: null, end: null, speaker: null }];
    // One statement per segment: the first evidence from it stands for the others.
    const seen = new Set<string>();
    for (const evidence of evidences) {
      const statementKey = `${evidence.episode}\u0000${evidence.segment}`;
      if (seen.has(statementKey)) continue;
      seen.add(statementKey);
      rows.push({
        source: from,
        target: to,
        episodeId: evidence.episode,
        segment: int(evidence.segment, `evidence segment of "${key}"`),
        props: {
          quote: evidence.quote,
          start: evidence.start,
          end: evidence.end,
          speaker: evidence.speaker,
          weight: int(edge.weight, `weight of "${key}"`),
        },
      });
    }
  }
  const steps: Step[] = [];
  for (const type of Object.values(RELATIONSHIP_TYPES)) {
    const rows = relationsByType.get(type);
    if (rows) steps.push({ phase: 'relations', query: (list) => relationsQuery(type, list), rows });
  }
  steps.push({ phase: 'cooccurrences', query: cooccurrencesQuery, rows: cooccurrences });
  return steps;
}
