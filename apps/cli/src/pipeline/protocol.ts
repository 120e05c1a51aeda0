import type { ErrorData } from '@talkgraph/errors';
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
  /** Where the worker stores the result for later builds (see cache.ts), or absent without a cache. */
  cacheFile?: string;
}

export type EpisodeResult =
  | { ok: true; file: string; extraction: EpisodeExtraction; segments: EpisodeInput['segments']; warnings: string[] }
  | { ok: false; file: string; error: ErrorData };

/**
 * What a worker sends: first whether its catalog loaded (the main thread takes the entries from there
 * rather than loading the extraction code itself), then one result per task. Errors travel as data,
 * so that their kind (and so the exit code) survives the thread boundary.
 */
export type WorkerMessage =
  | { kind: 'ready'; catalog: CatalogEntry[] }
  | { kind: 'failed'; error: ErrorData }
  | ({ kind: 'episode' } & EpisodeResult);
