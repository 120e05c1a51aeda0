import type { EntityKind, Evidence, Mention } from '@talkgraph/extract/types';
import { RELATION_TYPES } from '@talkgraph/extract/types';
import type { SerializedGraph } from 'graphology-types';

/**
 * The talkgraph graph, as written to `graph.json` (graphology `export()` format), read by the
 * viewer and the Neo4j loader. Documented in docs/graph-format.md.
 * The graph is directed and multi: two entities may be joined by several typed edges and a
 * co-occurrence edge. Edge keys are `${source}->${relation}->${target}`.
 * This module has no runtime code beyond these lists, so the viewer and the Neo4j loader can
 * import it (`@talkgraph/graph/types`) without the graph algorithms.
 */

// The extraction vocabulary that graph.json carries, so its readers depend on this package alone.
export { ENTITY_KINDS, RELATION_TYPES, VIAS } from '@talkgraph/extract/types';
export type { EntityKind, Evidence, RelationType, Via } from '@talkgraph/extract/types';

/** Every edge relation: the typed relations, and co-occurrence. */
export const EDGE_RELATIONS = [...RELATION_TYPES, 'co_occurs'] as const;
export type EdgeRelation = (typeof EDGE_RELATIONS)[number];

/** How a duplicate was merged into a node (recorded in its `merges`). */
export const MERGE_RULES = ['catalog-alias', 'normalized-label', 'person-name'] as const;
export type MergeRule = (typeof MERGE_RULES)[number];

/** A mention as stored on its node: the extraction's mention without the entity id and char span. */
export type MentionRecord = Omit<Mention, 'entity' | 'from' | 'to'>;

export interface NodeAttributes {
  label: string;
  kind: EntityKind;
  /** Surfaces seen, with counts, most frequent first. */
  aliases: { surface: string; count: number }[];
  mentions: MentionRecord[];
  mentionCount: number;
  /** Episode ids, sorted. */
  episodes: string[];
  /** Earliest mention: episode id and seconds. */
  firstSeen: { episode: string; start: number | null };
  discovered: boolean;
  /** How duplicates were merged into this node (surface and rule), for provenance. */
  merges: { surface: string; rule: MergeRule }[];
  pagerank: number;
  degree: number;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  relation: EdgeRelation;
  /** Typed edges: number of statements. Co-occurrence: normalized PMI in (0, 1]. */
  weight: number;
  /** Co-occurrence only: number of windows with both entities. */
  count?: number;
  evidence: Evidence[];
  episodes: string[];
}

export interface EpisodeRecord {
  id: string;
  title: string;
  source: string;
  mediaUrl: string | null;
  duration: number | null;
  /** Segments, so the viewer can show the transcript and Neo4j can store the lexical graph. */
  segments: { start: number | null; end: number | null; speaker: string | null; text: string }[];
}

export interface GraphAttributes {
  name: string;
  episodes: EpisodeRecord[];
  generator: { name: 'talkgraph'; version: string };
  settings: Record<string, unknown>;
}

/**
 * The content of `graph.json`: graphology's export format, where talkgraph always writes every
 * attribute. The one type of the file, for the viewer and the Neo4j loader too.
 */
export interface SerializedTalkGraph extends SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  attributes: GraphAttributes;
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: EdgeAttributes; undirected?: boolean }[];
}
