// Bundles the browser code (src/browser) into dist/browser: viewer.js, inlined by renderHtml into
// index.html, and talkgraph-map.js, the <talkgraph-map> custom element. Both are self-contained IIFEs.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: { viewer: 'src/browser/page.ts', 'talkgraph-map': 'src/browser/element.ts' },
  outdir: 'dist/browser',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome111', 'firefox113', 'safari16.4'],
  minify: true,
  legalComments: 'eof',
  loader: { '.css': 'text' },
  define: { 'process.env.NODE_ENV': '"production"' },
  // Keep names off: ForceAtlas2's worker is a function turned into source text, it must stay self-contained.
  keepNames: false,
  logLevel: 'warning',
  metafile: false,
});
