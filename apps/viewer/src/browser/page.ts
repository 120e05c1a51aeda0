import { isEmbedUrl } from './core/url-state.js';
import type { SerializedTalkGraph } from './core/types.js';
import { mountViewer, type Viewer } from './ui/app.js';

// Entry of index.html: the graph is inlined in <script type="application/json" id="talkgraph-data">.
declare global {
  interface Window {
    /** The viewer of this page, for scripting and tests. */
    talkgraph?: Viewer;
  }
}

const host = document.getElementById('talkgraph-viewer')!;
try {
  const data = JSON.parse(document.getElementById('talkgraph-data')!.textContent!) as SerializedTalkGraph;
  window.talkgraph = mountViewer(host, data, {
    title: document.title,
    embed: isEmbedUrl(location.search, location.hash) || document.documentElement.dataset.embed === '1',
    syncUrl: true,
    styleRoot: document,
  });
} catch (error) {
  host.textContent = `talkgraph-viewer: could not open this graph (${error instanceof Error ? error.message : String(error)}); rebuild it with \`talkgraph build\`.`;
  throw error;
}
