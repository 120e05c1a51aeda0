import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalog } from '@talkgraph/extract';
import { processEpisode } from './episode.js';
import type { EpisodeTask, WorkerSetup } from './protocol.js';

// A worker thread of the pool: loads the catalog once, then parses and extracts one episode per message.
const port = parentPort!;
const catalog = loadCatalog((workerData as WorkerSetup).catalogFiles);
port.on('message', (task: EpisodeTask) => {
  void processEpisode(task, catalog).then((result) => port.postMessage(result));
});
