import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EpisodeResult, EpisodeTask, WorkerSetup } from './protocol.js';

// Workers run the built JavaScript: src/pipeline and dist/pipeline both sit two levels below apps/cli.
const WORKER = fileURLToPath(new URL('../../dist/pipeline/worker.js', import.meta.url));

export interface PoolOptions extends WorkerSetup {
  /** Number of worker threads (at most one per task). */
  jobs: number;
  /** Called on the main thread for each finished episode, in completion order. */
  onResult: (result: Extract<EpisodeResult, { ok: true }>) => void;
}

/**
 * Parses and extracts episodes on `jobs` worker threads. Each worker holds one episode at a time
 * and hands it over as soon as it is done, so memory grows with the number of workers, not of
 * episodes. The first failing episode stops the run with its one-line message.
 */
export async function runEpisodes(tasks: EpisodeTask[], options: PoolOptions): Promise<void> {
  if (tasks.length === 0) return;
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing; build the CLI first (pnpm --filter @talkgraph/cli... build)`);
  const queue = [...tasks];
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let pending = tasks.length;
      const next = (worker: Worker) => {
        const task = queue.shift();
        if (task) worker.postMessage(task);
      };
      for (let i = 0; i < Math.max(1, Math.min(options.jobs, tasks.length)); i++) {
        const worker = new Worker(WORKER, { workerData: { catalogFiles: options.catalogFiles } satisfies WorkerSetup });
        workers.push(worker);
        worker.on('message', (result: EpisodeResult) => {
          if (!result.ok) return reject(new Error(result.message));
          try {
            options.onResult(result);
          } catch (error) {
            return reject(error);
          }
          if (--pending === 0) resolve();
          else next(worker);
        });
        worker.on('error', (error) => reject(error));
        worker.on('exit', (code) => {
          if (pending > 0) reject(new Error(`a worker thread stopped (exit code ${code}) before all episodes were read`));
        });
        next(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
