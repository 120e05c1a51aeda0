import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InternalError } from '@talkgraph/errors';
import type { SerializedTalkGraph } from '@talkgraph/graph';
import { gzipBase64, packSegments } from './pack.js';

export interface RenderOptions {
  /** The page title and header. */
  title: string;
  /** Hide the chrome (header, legend, timeline) for iframes; `?embed=1` does the same at view time. */
  embed?: boolean;
}

// dist/node/index.js and src/node/index.ts both sit two levels below the package root.
const BROWSER_DIR = new URL('../../dist/browser/', import.meta.url);
const assets = new Map<string, string>();

function asset(name: string): string {
  let text = assets.get(name);
  if (text === undefined) {
    const file = fileURLToPath(new URL(name, BROWSER_DIR));
    if (!existsSync(file)) {
      throw new InternalError(`${file} is missing; build the viewer first (pnpm --filter @talkgraph/viewer build)`);
    }
    text = readFileSync(file, 'utf8');
    // A script closing tag inside the bundle would end the inline <script> early.
    if (/<\/script|<!--/i.test(text))
      throw new InternalError(
        `${file} cannot be inlined (it contains "</script" or "<!--"); rebuild it with scripts/bundle.js`,
      );
    assets.set(name, text);
  }
  return text;
}

/**
 * JSON that can sit inside `<script type="application/json">`: `<`, `>` and `&` (so no
 * `</script>` or `<!--`) and the JavaScript line terminators U+2028/U+2029 are written as
 * `\uXXXX` escapes, which JSON.parse reads back unchanged.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The viewer as one self-contained HTML file: script, styles and graph inlined, no network
 * (enforced by a Content-Security-Policy that only allows the inlined script, by hash), opens
 * from file:// and any static host. Deterministic: same graph, same bytes.
 *
 * Sized for a whole podcast: the graph (without its transcripts) is gzipped in the page and unpacked
 * with the browser's DecompressionStream before the first frame; each episode's transcript is
 * packed by column (pack.ts) and gzipped apart, and unpacked only when it is first read (core/content.ts).
 */
export function renderHtml(graph: SerializedTalkGraph, options: RenderOptions): string {
  const script = asset('viewer.js');
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${hash}'`,
    // ForceAtlas2 runs in a worker made from a Blob; PNG export downloads a Blob.
    'worker-src blob:',
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!doctype html>',
    `<html lang="en"${options.embed ? ' data-embed="1"' : ''}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="generator" content="talkgraph">',
    `<title>${escapeHtml(options.title)}</title>`,
    '<style>html,body{margin:0;height:100%}#talkgraph-viewer{position:fixed;inset:0}</style>',
    '</head>',
    '<body>',
    '<div id="talkgraph-viewer"></div>',
    `<script type="application/gzip" id="talkgraph-data">${gzipBase64(JSON.stringify(withoutTranscripts(graph)))}</script>`,
    ...graph.attributes.episodes.map(
      (episode) =>
        `<script type="application/gzip" data-transcript="${escapeHtml(episode.id)}">${gzipBase64(packSegments(episode.segments))}</script>`,
    ),
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function withoutTranscripts(graph: SerializedTalkGraph): SerializedTalkGraph {
  const episodes = graph.attributes.episodes.map((episode) => ({ ...episode, segments: [] }));
  return { ...graph, attributes: { ...graph.attributes, episodes } };
}

/**
 * The script defining `<talkgraph-map src="graph.json">`, to be written beside graph.json as
 * `talkgraph-map.js` (the element fetches the graph, so the page must be served over http(s)).
 */
export function viewerScript(): string {
  return asset('talkgraph-map.js');
}

/** Snippets for a blog post: an iframe of index.html, or the custom element. */
export function embedSnippets(base = ''): { iframe: string; element: string } {
  return {
    iframe: `<iframe src="${base}index.html?embed=1" title="Concept map" loading="lazy" style="width:100%;height:480px;border:0"></iframe>`,
    element: `<script src="${base}talkgraph-map.js" defer></script>\n<talkgraph-map src="${base}graph.json"></talkgraph-map>`,
  };
}
