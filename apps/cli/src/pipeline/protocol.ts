import type { CatalogEntry, EpisodeExtraction } from '@talkgraph/extract';
import type { EpisodeInput } from '@talkgraph/graph';

/** Given once to every worker. */
export interface WorkerSetup {
  catalogFiles: string[];
}

/** One transcript file to parse and extract. */
export interface EpisodeTask {
  file: string;
  id: string;
  /** The title given with --title, or null: then the transcript's own, else one made from the file name. */
  title: string | null;
  fileTitle: string;
  mediaUrl: string | null;
}

export type EpisodeResult =
  | { ok: true; file: string; extraction: EpisodeExtraction; segments: EpisodeInput['segments']; warnings: string[] }
  | { ok: false; file: string; message: string };

/**
 * What a worker sends: first whether its catalog loaded (the main thread takes the entries from there
 * rather than loading the extraction code itself), then one result per task.
 */
export type WorkerMessage =
  | { kind: 'ready'; catalog: CatalogEntry[] }
  | { kind: 'failed'; message: string }
  | ({ kind: 'episode' } & EpisodeResult);
