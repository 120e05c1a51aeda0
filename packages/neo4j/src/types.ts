/** The Neo4j models a push can write: talkgraph's own (docs/neo4j.md), or LLM Graph Builder's. */
export const NEO4J_MODELS = ['talkgraph', 'llm-graph-builder'] as const;
export type Neo4jModel = (typeof NEO4J_MODELS)[number];

export interface PushOptions {
  /** Default `talkgraph`. */
  model?: Neo4jModel;
  uri: string;
  user: string;
  password: string;
  database?: string;
  batchSize?: number;
  wipe?: boolean;
}

/** The loading phases, in order (a phase only refers to nodes written by an earlier one). */
export type Phase = 'episodes' | 'segments' | 'next' | 'entities' | 'mentions' | 'relations' | 'cooccurrences';

export interface PushProgress {
  phase: Phase;
  /** Rows in the batch just written. */
  rows: number;
  /** Rows written so far, over all phases. */
  done: number;
  total: number;
}

export interface PushHooks {
  /** Called after each committed batch. An exception thrown here stops the push (as a crash would). */
  onProgress?: (progress: PushProgress) => void;
}

/**
 * What one phase did. Each row is one graph item (an episode, a segment, a mention...):
 * `created` did not exist, `updated` existed with other property values, `unchanged` was identical.
 */
export interface PhaseResult {
  phase: Phase;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  ms: number;
}

export interface PushResult {
  phases: PhaseResult[];
  /** Totals over the phases. */
  created: number;
  updated: number;
  unchanged: number;
  /** Database counters: nodes and relationships created by this push. */
  nodesCreated: number;
  relationshipsCreated: number;
  /** Nodes removed by `wipe` before loading. */
  wiped: number;
  batchSize: number;
  ms: number;
}
