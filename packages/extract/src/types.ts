/**
 * Kinds of entity, in the order legends list them. Stored in the node attribute `kind` (sigma
 * reserves `type` for renderers).
 */
export const ENTITY_KINDS = [
  'Person',
  'Organization',
  'ProgrammingLanguage',
  'Software',
  'Hardware',
  'Dataset',
  'Concept',
  'Event',
  'Publication',
  'Place',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** How a mention was linked to its entity. */
export const VIAS = ['exact', 'alias', 'variant', 'phonetic', 'discovered'] as const;
export type Via = (typeof VIAS)[number];

/** A catalog entry (catalog files are data validated by a JSON schema). */
export interface CatalogEntry {
  /** Stable slug, e.g. `mlir`, `leslie-smith`, `j-language`. Never changes once published. */
  id: string;
  name: string;
  kind: EntityKind;
  aliases?: string[];
  /** Aliases that are also common words or other things (J, Go, Swift): linked only in context. */
  ambiguous?: string[];
}

/** Where a piece of transcript was said: the evidence behind a mention or an edge. */
export interface Evidence {
  /** Episode id (see EpisodeInfo.id). */
  episode: string;
  /** Seconds, or null when the transcript has no times. */
  start: number | null;
  end: number | null;
  speaker: string | null;
  /** The transcript words that state it, verbatim. */
  quote: string;
  /** Index of the segment the quote starts in. */
  segment: number;
}

export interface Mention extends Evidence {
  entity: string;
  /** The text as it appears in the transcript (`ml ir`, `Kegel`). */
  surface: string;
  /** Character span in the segment's text. */
  from: number;
  to: number;
  via: Via;
  /** 0..1 */
  confidence: number;
}

/** An entity found in an episode. */
export interface ExtractedEntity {
  id: string;
  label: string;
  kind: EntityKind;
  /** True when not in the catalog but discovered from cues ("a language called X"). */
  discovered: boolean;
}

/** Typed relations between entities (docs/relations.md). */
export const RELATION_TYPES = [
  'created',
  'founded',
  'leads',
  'works_at',
  'part_of',
  'based_on',
  'runs_on',
  'targets',
  'compiles_to',
  'successor_of',
  'authored',
  'discovered',
  'uses',
  'competes_with',
  'won',
  'studied_at',
  'is_a',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** One statement of a typed, directed relation: `source -[relation]-> target`. */
export interface Relation {
  source: string;
  target: string;
  relation: RelationType;
  confidence: number;
  evidence: Evidence;
}

/**
 * Entities mentioned close together in one episode (undirected; `source` < `target`).
 * The graph recomputes a weight (normalized PMI) across episodes from these counts.
 */
export interface Cooccurrence {
  source: string;
  target: string;
  /** Number of windows containing both. */
  count: number;
  /** A few places where it happens (capped), for the viewer and exports. */
  evidence: Evidence[];
}

export interface EpisodeInfo {
  id: string;
  title: string;
  /** Path of the transcript file as given. */
  source: string;
  mediaUrl: string | null;
  /** Seconds (end of the last timed segment), or null. */
  duration: number | null;
}

/** Everything extraction finds in one episode: the input of the graph package. */
export interface EpisodeExtraction {
  episode: EpisodeInfo;
  entities: ExtractedEntity[];
  mentions: Mention[];
  relations: Relation[];
  cooccurrences: Cooccurrence[];
  /** Co-occurrence statistics for PMI: number of windows, and windows per entity. */
  windows: { total: number; perEntity: Record<string, number> };
}
