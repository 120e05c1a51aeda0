import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '@talkgraph/graph';

export type {
  EdgeAttributes,
  EdgeRelation,
  EpisodeRecord,
  GraphAttributes,
  MentionRecord,
  NodeAttributes,
} from '@talkgraph/graph';

/** graph.json as written by `talkgraph build`. */
export type TalkGraphData = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

// From the graph contract, so the viewer depends on @talkgraph/graph alone.
export type EntityKind = NodeAttributes['kind'];
export type Evidence = EdgeAttributes['evidence'][number];
