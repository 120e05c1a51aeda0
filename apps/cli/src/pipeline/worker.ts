import { parentPort, workerData } from 'node:worker_threads';
import { toErrorData } from '@talkgraph/errors';
import type { Catalog } from '@talkgraph/extract';
import { loadCatalog } from '@talkgraph/extract';
import { storeEntry } from './cache.js';
import { processEpisode } from './episode.js';
import type { EpisodeTask, WorkerMessage, WorkerSetup } from './protocol.js';

// A worker thread of the pool: loads the catalog once, then parses and extracts one episode per message.
const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);
let catalog: Catalog | undefined;
try {
  catalog = loadCatalog((workerData as WorkerSetup).catalogFiles);
  post({ kind: 'ready', catalog: catalog.entries });
} catch (error) {
  post({ kind: 'failed', error: toErrorData(error) });
}
port.on('message', (task: EpisodeTask) => {
  if (!catalog) return;
  void processEpisode(task, catalog).then((result) => {
    if (result.ok && task.cacheFile) storeEntry(task.cacheFile, result);
    post({ kind: 'episode', ...result });
  });
});
