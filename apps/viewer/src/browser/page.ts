import { lazyContent, unpackSegments } from './core/content.js';
import type { PackedSegments } from './core/content.js';
import { isEmbedUrl } from './core/url-state.js';
import type { SerializedTalkGraph } from './core/types.js';
import { mountViewer, type Viewer } from './ui/app.js';

// Entry of index.html: the graph is inlined, gzipped, in <script id="talkgraph-data">, each transcript
// in a <script data-transcript="episode id"> of its own (see renderHtml).
declare global {
  interface Window {
    /** The viewer of this page, for scripting and tests. */
    talkgraph?: Viewer;
  }
}

const host = document.getElementById('talkgraph-viewer')!;
void open().catch((error: unknown) => {
  host.textContent = `talkgraph-viewer: could not open this graph (${error instanceof Error ? error.message : String(error)}); rebuild it with \`talkgraph build\`.`;
  throw error;
});

async function open(): Promise<void> {
  const data = JSON.parse(await unpack(document.getElementById('talkgraph-data')!.textContent!)) as SerializedTalkGraph;
  const transcripts = new Map(
    [...document.querySelectorAll<HTMLScriptElement>('script[data-transcript]')].map((s) => [s.dataset.transcript!, s]),
  );
  const content = lazyContent(async (episode) => {
    const script = transcripts.get(episode);
    return script ? unpackSegments(JSON.parse(await unpack(script.textContent!)) as PackedSegments) : null;
  });
  window.talkgraph = mountViewer(host, data, {
    title: document.title,
    embed: isEmbedUrl(location.search, location.hash) || document.documentElement.dataset.embed === '1',
    syncUrl: true,
    styleRoot: document,
    content,
  });
}

/** Text that renderHtml gzipped into base64, back; DecompressionStream works from file:// too. */
async function unpack(base64: string): Promise<string> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}
