import seedrandom from 'seedrandom';
import {
  ENTITY_KINDS,
  RELATION_TYPES,
  type EdgeAttributes,
  type EpisodeRecord,
  type MentionRecord,
  type SerializedTalkGraph,
} from '@talkgraph/graph/types';

export interface SyntheticSize {
  episodes: number;
  segmentsPerEpisode: number;
  entities: number;
  mentions: number;
  /** Typed statements (one Neo4j relationship each). */
  statements: number;
  cooccurrences: number;
}

export const BENCH_SIZE: SyntheticSize = {
  episodes: 40,
  segmentsPerEpisode: 500,
  entities: 4000,
  mentions: 100_000,
  statements: 20_000,
  cooccurrences: 20_000,
};

const WORDS =
  'the compiler array tensor language model kernel schedule graph training hardware we so and it is of that'.split(' ');

/**
 * A seeded synthetic talkgraph graph with a realistic skew: entity popularity follows a Zipf law,
 * so a few entities have thousands of mentions (dense nodes), like MLIR in a compiler podcast.
 */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} is outside 0..${items.length - 1}`);
  return item;
}

export function syntheticGraph(size: SyntheticSize, seed = 'talkgraph-bench'): SerializedTalkGraph {
  const random = seedrandom(seed);
  const pick = <T>(items: readonly T[]): T => at(items, Math.floor(random() * items.length));
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < size.entities; rank++) {
    total += 1 / (rank + 1) ** 0.9;
    cumulative.push(total);
  }
  const popular = () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? total) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const episodes: EpisodeRecord[] = [];
  for (let e = 0; e < size.episodes; e++) {
    const segments = Array.from({ length: size.segmentsPerEpisode }, (_, index) => ({
      start: index * 7.5,
      end: index * 7.5 + 7,
      speaker: `Speaker ${index % 2}`,
      text: Array.from({ length: 12 + Math.floor(random() * 20) }, () => pick(WORDS)).join(' '),
    }));
    episodes.push({
      id: `episode-${e}`,
      title: `Episode ${e}`,
      source: `episode-${e}.txt`,
      mediaUrl: null,
      duration: size.segmentsPerEpisode * 7.5,
      segments,
    });
  }
  const segmentAt = () => {
    const episode = pick(episodes);
    const index = Math.floor(random() * episode.segments.length);
    return { episode, index, segment: at(episode.segments, index) };
  };

  const names = Array.from({ length: size.entities }, (_, rank) => `Entity ${rank}`);
  const mentions: MentionRecord[][] = names.map(() => []);
  const segmentEntities = new Map<string, number[]>();
  for (let m = 0; m < size.mentions; m++) {
    const rank = popular();
    const { episode, index, segment } = segmentAt();
    const name = at(names, rank);
    const surface = random() < 0.8 ? name : name.toLowerCase();
    at(mentions, rank).push({
      episode: episode.id,
      start: segment.start,
      end: segment.end,
      speaker: segment.speaker,
      quote: segment.text,
      segment: index,
      surface,
      via: surface === name ? 'exact' : 'variant',
      confidence: 0.5 + random() / 2,
    });
    const key = `${episode.id}#${index}`;
    segmentEntities.set(key, [...(segmentEntities.get(key) ?? []), rank]);
  }

  const edges = new Map<string, { source: number; target: number; attributes: EdgeAttributes }>();
  let statements = 0;
  while (statements < size.statements) {
    const source = popular();
    const target = popular();
    if (source === target) continue;
    const relation = pick(RELATION_TYPES);
    const key = `entity-${source}->${relation}->entity-${target}`;
    const edge = edges.get(key) ?? { source, target, attributes: { relation, weight: 0, evidence: [], episodes: [] } };
    edges.set(key, edge);
    const { episode, index, segment } = segmentAt();
    if (edge.attributes.evidence.some((item) => item.episode === episode.id && item.segment === index)) continue;
    edge.attributes.evidence.push({
      episode: episode.id,
      start: segment.start,
      end: segment.end,
      speaker: segment.speaker,
      quote: segment.text,
      segment: index,
    });
    edge.attributes.weight += 1;
    statements += 1;
  }
  const pairs = [...segmentEntities.values()].flatMap((ranks) =>
    ranks.flatMap((a, i) =>
      ranks
        .slice(i + 1)
        .filter((b) => b !== a)
        .map((b): [number, number] => (a < b ? [a, b] : [b, a])),
    ),
  );
  const typedEdges = edges.size;
  for (const [source, target] of pairs) {
    if (edges.size >= typedEdges + size.cooccurrences && !edges.has(`entity-${source}->co_occurs->entity-${target}`))
      continue;
    const key = `entity-${source}->co_occurs->entity-${target}`;
    const edge = edges.get(key) ?? {
      source,
      target,
      attributes: { relation: 'co_occurs', weight: random(), count: 0, evidence: [], episodes: [] },
    };
    edges.set(key, edge);
    edge.attributes.count! += 1;
  }
  for (const { attributes } of edges.values()) {
    attributes.episodes = [...new Set(attributes.evidence.map((item) => item.episode))].sort();
  }

  const nodes: SerializedTalkGraph['nodes'] = names.map((label, rank) => {
    const list = at(mentions, rank);
    const surfaces = [...new Set(list.map((mention) => mention.surface))];
    return {
      key: `entity-${rank}`,
      attributes: {
        label,
        kind: at(ENTITY_KINDS, rank % ENTITY_KINDS.length),
        aliases: surfaces.map((surface) => ({
          surface,
          count: list.filter((mention) => mention.surface === surface).length,
        })),
        mentions: list,
        mentionCount: list.length,
        episodes: [...new Set(list.map((mention) => mention.episode))].sort(),
        firstSeen: { episode: list[0]?.episode ?? 'episode-0', start: list[0]?.start ?? null },
        discovered: false,
        merges: [],
        pagerank: 1 / (rank + 1),
        degree: 0,
        community: rank % 25,
        x: random(),
        y: random(),
        size: 1,
        color: '#888888',
      },
    };
  });
  return {
    attributes: {
      name: `synthetic ${seed}`,
      episodes,
      generator: { name: 'talkgraph', version: 'bench' },
      settings: {},
    },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes,
    edges: [...edges].map(([key, { source, target, attributes }]) => ({
      key,
      source: `entity-${source}`,
      target: `entity-${target}`,
      attributes,
    })),
  };
}
