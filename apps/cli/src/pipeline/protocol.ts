import type { EpisodeExtraction } from '@talkgraph/extract';
import type { EpisodeInput } from '@talkgraph/graph';

/** Given once to every worker. */
export interface WorkerSetup {
  catalogFiles: string[];
}

/** One transcript file to parse and extract. */
export interface EpisodeTask {
  file: string;
  id: string;
  title: string;
  mediaUrl: string | null;
}

export type EpisodeResult =
  | { ok: true; file: string; extraction: EpisodeExtraction; segments: EpisodeInput['segments']; warnings: string[] }
  | { ok: false; file: string; message: string };
