// The graph.json contract, from the graph package (types only), so the viewer depends on it alone.
export type {
  EdgeAttributes,
  EdgeRelation,
  EntityKind,
  EpisodeRecord,
  Evidence,
  GraphAttributes,
  MentionRecord,
  NodeAttributes,
  SerializedTalkGraph,
} from '@talkgraph/graph';
