import { createRequire } from 'node:module';
import { UsageError } from '@talkgraph/errors';
import type { CatalogEntry, EpisodeExtraction, Evidence, RelationType } from '@talkgraph/extract';
import { compareNullableNumbers, compareStrings, increment, round } from './compare.js';
import { npmi } from './cooccurrence.js';
import type { EntitySighting } from './dedupe.js';
import { resolveEntities } from './dedupe.js';
import type { GraphFilters, ResolvedFilters } from './filters.js';
import { resolveFilters } from './filters.js';
import type { TalkGraph } from './graph.js';
import { createTalkGraph } from './graph.js';
import { layout } from './layout.js';
import { computeMetrics } from './metrics.js';
import { resolvePersonNames } from './persons.js';
import { styleNodes } from './style.js';
import type { EdgeAttributes, EpisodeRecord, MentionRecord, MergeRule, NodeAttributes } from './types.js';

const { version: GRAPH_VERSION } = createRequire(import.meta.url)('../package.json') as { version: string };

/** One episode as the graph needs it: what extraction found, and the transcript's segments. */
export interface EpisodeInput {
  extraction: EpisodeExtraction;
  segments: EpisodeRecord['segments'];
}

export interface BuildOptions {
  /** The graph's name (the viewer's title). Default "talkgraph". */
  title?: string;
  /** The catalog extraction used: discovered names that are catalog aliases merge into the entry. */
  catalog?: readonly CatalogEntry[];
  filters?: GraphFilters;
  /** Seed of Louvain and of the initial layout. Default 1. */
  seed?: number;
  /** ForceAtlas2 iterations. Default: chosen from the graph's size (layoutIterations). */
  layoutIterations?: number;
  /** Version written in the graph attributes (the CLI passes its own). */
  generatorVersion?: string;
}

export interface GraphBuilder {
  /** Adds one episode; episodes may come in any order, the graph is the same. */
  add(input: EpisodeInput): void;
  /** Dedupes, merges, filters, computes metrics and layout. */
  build(): TalkGraph;
}

/** Co-occurrence evidence kept per edge, across episodes (typed edges keep all their statements). */
const COOCCURRENCE_EVIDENCE = 10;

interface StoredMention {
  entity: string;
  from: number;
  record: MentionRecord;
}

interface StoredEpisode {
  record: EpisodeRecord;
  windows: { total: number; perEntity: Map<string, number> };
  cooccurrences: { source: string; target: string; count: number; evidence: Evidence[] }[];
}

export function buildGraph(inputs: Iterable<EpisodeInput>, options: BuildOptions = {}): TalkGraph {
  const builder = createGraphBuilder(options);
  for (const input of inputs) builder.add(input);
  return builder.build();
}

/**
 * Accumulates episodes one at a time (so a caller holds one extraction at a time, not all of them)
 * and builds the graph at the end. Everything is sorted before use: the result does not depend on
 * the order in which episodes were added.
 */
export function createGraphBuilder(options: BuildOptions = {}): GraphBuilder {
  const filters = resolveFilters(options.filters);
  const episodes = new Map<string, StoredEpisode>();
  const sightings = new Map<string, EntitySighting>();
  const mentions: StoredMention[] = [];
  const relations: { source: string; target: string; relation: RelationType; evidence: Evidence }[] = [];
  const personMerges: { into: string; surface: string }[] = [];

  function add({ extraction, segments }: EpisodeInput): void {
    const episode = extraction.episode.id;
    if (episodes.has(episode))
      throw new UsageError(`episode id "${episode}" was added twice; give each episode its own id`);
    const shortNames = resolvePersonNames(extraction.entities);
    const idOf = (id: string) => shortNames.get(id) ?? id;
    const known = new Set(extraction.entities.map((entity) => entity.id));

    // Workers hand over a copy of each quote per mention; share one string per distinct quote.
    const strings = new Map<string, string>();
    const intern = (text: string) => {
      const known = strings.get(text);
      if (known !== undefined) return known;
      strings.set(text, text);
      return text;
    };
    const evidenceOf = (e: Evidence): Evidence => ({ ...pickEvidence(e), quote: intern(e.quote) });

    const kept = extraction.mentions.filter((m) => known.has(m.entity) && m.confidence >= filters.minConfidence);
    const mentionsPerEntity = new Map<string, number>();
    for (const mention of kept) increment(mentionsPerEntity, mention.entity);
    for (const entity of extraction.entities) {
      const id = idOf(entity.id);
      let sighting = sightings.get(id);
      if (!sighting) {
        sighting = { id, labels: new Map(), kinds: new Map(), catalog: false };
        sightings.set(id, sighting);
      }
      const weight = Math.max(1, mentionsPerEntity.get(entity.id) ?? 0);
      if (id === entity.id) increment(sighting.labels, entity.label, weight);
      else personMerges.push({ into: id, surface: entity.label });
      increment(sighting.kinds, entity.kind, weight);
      sighting.catalog ||= !entity.discovered && id === entity.id;
    }
    for (const m of kept) {
      const { start, end, speaker, quote, segment, surface, via, confidence } = m;
      mentions.push({
        entity: idOf(m.entity),
        from: m.from,
        record: { episode, start, end, speaker, quote: intern(quote), segment, surface, via, confidence },
      });
    }
    for (const r of extraction.relations) {
      if (r.confidence < filters.minConfidence || !known.has(r.source) || !known.has(r.target)) continue;
      relations.push({
        source: idOf(r.source),
        target: idOf(r.target),
        relation: r.relation,
        evidence: evidenceOf(r.evidence),
      });
    }
    const perEntity = new Map<string, number>();
    for (const [id, count] of Object.entries(extraction.windows.perEntity)) {
      if (known.has(id)) increment(perEntity, idOf(id), count);
    }
    const { id, title, source, mediaUrl, duration } = extraction.episode;
    episodes.set(episode, {
      record: {
        id,
        title,
        source,
        mediaUrl,
        duration,
        segments: segments.map(({ start, end, speaker, text }) => ({ start, end, speaker, text })),
      },
      windows: { total: extraction.windows.total, perEntity },
      cooccurrences: filters.cooccurrence
        ? extraction.cooccurrences
            .filter((c) => known.has(c.source) && known.has(c.target))
            .map((c) => ({
              source: idOf(c.source),
              target: idOf(c.target),
              count: c.count,
              evidence: c.evidence.map(evidenceOf),
            }))
        : [],
    });
  }

  function build(): TalkGraph {
    const resolution = resolveEntities(sightings.values(), options.catalog);
    const keyOf = (id: string) => resolution.keyOf.get(id) ?? id;
    const graph = createTalkGraph();
    const episodeList = [...episodes.values()].sort((a, b) => compareStrings(a.record.id, b.record.id));
    graph.replaceAttributes({
      name: options.title ?? 'talkgraph',
      episodes: episodeList.map((e) => e.record),
      generator: { name: 'talkgraph', version: options.generatorVersion ?? GRAPH_VERSION },
      settings: {},
    });

    addNodes(graph, resolution, keyOf, mentions, personMerges, filters);
    addRelationEdges(graph, relations, keyOf);
    if (filters.cooccurrence) addCooccurrenceEdges(graph, episodeList, keyOf);

    const seed = options.seed ?? 1;
    computeMetrics.assign(graph, { seed });
    styleNodes.assign(graph);
    const layoutSettings = layout.assign(graph, {
      seed,
      ...(options.layoutIterations === undefined ? {} : { iterations: options.layoutIterations }),
    });
    graph.setAttribute('settings', { ...filters, seed, layout: layoutSettings });
    return graph;
  }

  return { add, build };
}

function addNodes(
  graph: TalkGraph,
  resolution: ReturnType<typeof resolveEntities>,
  keyOf: (id: string) => string,
  mentions: StoredMention[],
  personMerges: { into: string; surface: string }[],
  filters: ResolvedFilters,
): void {
  const byNode = new Map<string, StoredMention[]>();
  for (const mention of mentions) {
    const key = keyOf(mention.entity);
    const list = byNode.get(key);
    if (list) list.push(mention);
    else byNode.set(key, [mention]);
  }
  const personMergesByNode = new Map<string, { surface: string; rule: MergeRule }[]>();
  for (const { into, surface } of personMerges) {
    const key = keyOf(into);
    const list = personMergesByNode.get(key) ?? [];
    list.push({ surface, rule: 'person-name' });
    personMergesByNode.set(key, list);
  }

  for (const node of resolution.nodes.values()) {
    const stored = (byNode.get(node.key) ?? []).sort(compareMentions);
    if (stored.length < filters.minMentions) continue;
    if (filters.kinds && !filters.kinds.includes(node.kind)) continue;
    const records = stored.map((m) => m.record);
    const aliasCounts = new Map<string, number>();
    for (const record of records) increment(aliasCounts, record.surface);
    const episodes = [...new Set(records.map((r) => r.episode))].sort(compareStrings);
    const merges = dedupeMerges([
      ...node.merged.map(({ surface, rule }) => ({ surface, rule })),
      ...(personMergesByNode.get(node.key) ?? []),
    ]);
    const attributes: NodeAttributes = {
      label: node.label,
      kind: node.kind,
      aliases: [...aliasCounts]
        .map(([surface, count]) => ({ surface, count }))
        .sort((a, b) => b.count - a.count || compareStrings(a.surface, b.surface)),
      mentions: records,
      mentionCount: records.length,
      episodes,
      firstSeen: { episode: records[0]?.episode ?? '', start: records[0]?.start ?? null },
      discovered: node.discovered,
      merges,
      pagerank: 0,
      degree: 0,
      community: 0,
      x: 0,
      y: 0,
      size: 0,
      color: '',
    };
    graph.addNode(node.key, attributes);
  }
}

/** Only the evidence fields: extraction may hand over richer objects (a mention is evidence too). */
function pickEvidence({ episode, start, end, speaker, quote, segment }: Evidence): Evidence {
  return { episode, start, end, speaker, quote, segment };
}

function compareMentions(a: StoredMention, b: StoredMention): number {
  return (
    compareStrings(a.record.episode, b.record.episode) ||
    a.record.segment - b.record.segment ||
    a.from - b.from ||
    compareStrings(a.record.surface, b.record.surface)
  );
}

function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    compareStrings(a.episode, b.episode) ||
    a.segment - b.segment ||
    compareNullableNumbers(a.start, b.start) ||
    compareStrings(a.quote, b.quote)
  );
}

function dedupeMerges(merges: { surface: string; rule: MergeRule }[]): { surface: string; rule: MergeRule }[] {
  const unique = new Map(merges.map((m) => [`${m.rule}\u0000${m.surface}`, m]));
  return [...unique.values()].sort((a, b) => compareStrings(a.rule, b.rule) || compareStrings(a.surface, b.surface));
}

function addRelationEdges(
  graph: TalkGraph,
  relations: { source: string; target: string; relation: RelationType; evidence: Evidence }[],
  keyOf: (id: string) => string,
): void {
  const edges = new Map<string, { source: string; target: string; relation: RelationType; evidence: Evidence[] }>();
  for (const r of relations) {
    const source = keyOf(r.source);
    const target = keyOf(r.target);
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    const key = `${source}->${r.relation}->${target}`;
    const edge = edges.get(key);
    if (edge) edge.evidence.push(r.evidence);
    else edges.set(key, { source, target, relation: r.relation, evidence: [r.evidence] });
  }
  for (const key of [...edges.keys()].sort(compareStrings)) {
    const { source, target, relation, evidence } = edges.get(key)!;
    evidence.sort(compareEvidence);
    const attributes: EdgeAttributes = {
      relation,
      weight: evidence.length,
      evidence,
      episodes: [...new Set(evidence.map((e) => e.episode))].sort(compareStrings),
    };
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
}

/** Co-occurrence edges weighted by NPMI over all windows of all episodes; pairs that are not positively associated are left out. */
function addCooccurrenceEdges(graph: TalkGraph, episodes: StoredEpisode[], keyOf: (id: string) => string): void {
  let total = 0;
  const windowsOf = new Map<string, number>();
  const pairs = new Map<
    string,
    { source: string; target: string; count: number; evidence: Evidence[]; episodes: Set<string> }
  >();
  for (const { record, windows, cooccurrences } of episodes) {
    total += windows.total;
    const perNode = new Map<string, number>();
    for (const [id, count] of windows.perEntity) increment(perNode, keyOf(id), count);
    for (const [key, count] of perNode) increment(windowsOf, key, Math.min(count, windows.total));
    for (const c of cooccurrences) {
      const [source, target] = [keyOf(c.source), keyOf(c.target)].sort(compareStrings) as [string, string];
      if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
      const key = `${source}->co_occurs->${target}`;
      let pair = pairs.get(key);
      if (!pair) {
        pair = { source, target, count: 0, evidence: [], episodes: new Set() };
        pairs.set(key, pair);
      }
      pair.count += c.count;
      pair.evidence.push(...c.evidence);
      pair.episodes.add(record.id);
    }
  }
  for (const key of [...pairs.keys()].sort(compareStrings)) {
    const pair = pairs.get(key)!;
    const weight = round(npmi(pair.count, windowsOf.get(pair.source) ?? 0, windowsOf.get(pair.target) ?? 0, total), 4);
    if (weight <= 0) continue;
    const attributes: EdgeAttributes = {
      relation: 'co_occurs',
      weight,
      count: pair.count,
      evidence: pair.evidence.sort(compareEvidence).slice(0, COOCCURRENCE_EVIDENCE),
      episodes: [...pair.episodes].sort(compareStrings),
    };
    graph.addDirectedEdgeWithKey(key, pair.source, pair.target, attributes);
  }
}
