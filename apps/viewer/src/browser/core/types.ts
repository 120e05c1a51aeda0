import type { EdgeAttributes, NodeAttributes } from '@talkgraph/graph';

export type {
  EdgeAttributes,
  EdgeRelation,
  EpisodeRecord,
  GraphAttributes,
  MentionRecord,
  NodeAttributes,
  SerializedTalkGraph,
} from '@talkgraph/graph';

// From the graph contract, so the viewer depends on @talkgraph/graph alone.
export type EntityKind = NodeAttributes['kind'];
export type Evidence = EdgeAttributes['evidence'][number];
