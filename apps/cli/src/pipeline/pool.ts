import { existsSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fromErrorData, InputError, InternalError, toErrorData } from '@talkgraph/errors';
import type { CatalogEntry } from '@talkgraph/extract';
import type { EpisodeResult, EpisodeTask, WorkerMessage, WorkerSetup } from './protocol.js';

// Workers run the built JavaScript: src/pipeline and dist/pipeline both sit two levels below apps/cli.
const WORKER = fileURLToPath(new URL('../../dist/pipeline/worker.js', import.meta.url));

/**
 * Heap of each worker. Without a cap V8 lets each worker's heap grow towards the machine's size
 * before collecting (a 100-episode build peaked at 1 GB instead of 450 MB). Extraction's caches keep
 * up to ~200 MB between episodes, so 256 MB is too tight; a 1.6-million-word transcript fits in 512 MB.
 */
export const WORKER_HEAP_MB = 512;

/** One worker per core, as long as each can have its heap and as much again for the rest of the process. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(totalmem() / (2 * WORKER_HEAP_MB * 1024 * 1024))));
}

export interface PoolOptions extends WorkerSetup {
  /** Number of worker threads (at most one per task). */
  jobs: number;
  /** Called once with the catalog the workers loaded, before any result. */
  onCatalog?: (entries: CatalogEntry[]) => void;
  /** Called on the main thread for each finished episode, in completion order. */
  onResult: (result: Extract<EpisodeResult, { ok: true }>) => void;
  /** Called for each episode that could not be read (bad input, or too big for a worker): an input error. */
  onFailure: (failure: Extract<EpisodeResult, { ok: false }>) => void;
}

/**
 * Parses and extracts episodes on `jobs` worker threads. Each worker holds one episode at a time
 * and hands it over as soon as it is done, so memory grows with the number of workers, not of
 * episodes. An episode that cannot be read is reported and the others go on; a worker that ran out
 * of memory is replaced. A catalog that does not load, or a bug, stops the run with its error.
 */
export async function runEpisodes(tasks: EpisodeTask[], options: PoolOptions): Promise<void> {
  if (tasks.length === 0) return;
  if (!existsSync(WORKER))
    throw new InternalError(`${WORKER} is missing; build the CLI first (pnpm --filter @talkgraph/cli... build)`);
  const queue = [...tasks];
  const workers = new Set<Worker>();
  try {
    await new Promise<void>((resolve, reject) => {
      let pending = tasks.length;
      let catalogSeen = false;
      const done = () => {
        if (--pending === 0) resolve();
      };
      const start = () => {
        const worker = new Worker(WORKER, {
          workerData: { catalogFiles: options.catalogFiles } satisfies WorkerSetup,
          resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
        });
        workers.add(worker);
        let current: EpisodeTask | undefined;
        const next = () => {
          current = queue.shift();
          if (current) worker.postMessage(current);
        };
        worker.on('message', (message: WorkerMessage) => {
          if (message.kind === 'failed') return reject(fromErrorData(message.error));
          try {
            if (message.kind === 'ready') {
              if (!catalogSeen) options.onCatalog?.(message.catalog);
              catalogSeen = true;
              return next();
            }
            if (message.ok) options.onResult(message);
            // A file that cannot be read is skipped; a bug stops the run, whichever file it met.
            else if (message.error.kind === 'input') options.onFailure(message);
            else return reject(fromErrorData(message.error));
          } catch (error) {
            return reject(error);
          }
          current = undefined;
          done();
          next();
        });
        worker.on('error', (error: Error & { code?: string }) => {
          workers.delete(worker);
          if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY' || !current) {
            const file = current ? `${current.file}: ` : '';
            return reject(new InternalError(`${file}${error.message}`, { cause: error }));
          }
          const problem = `needs more than the ${WORKER_HEAP_MB} MB a worker has; split it into shorter episodes`;
          options.onFailure({
            ok: false,
            file: current.file,
            error: toErrorData(new InputError(current.file, problem)),
          });
          done();
          if (queue.length > 0) start();
        });
        worker.on('exit', (code) => {
          if (workers.has(worker) && pending > 0)
            reject(new InternalError(`a worker thread stopped (exit code ${code}) before all episodes were read`));
        });
      };
      for (let i = 0; i < Math.max(1, Math.min(options.jobs, tasks.length)); i++) start();
    });
  } finally {
    await Promise.all([...workers].map((worker) => worker.terminate()));
  }
}
