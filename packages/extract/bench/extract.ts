/**
 * Entity extraction throughput on ≥1M words (the seed's segments repeated), peak memory, and the
 * ratio against a compromise-everywhere baseline (compromise over every 40-word window) measured
 * in the same run; plus full extractEpisode (with relations) vs entities only.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { readTranscript } from '@talkgraph/transcript';
import type { Transcript } from '@talkgraph/transcript';
import { extractEntities, extractEpisode, loadCatalog } from '../src/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const seedPath = join(here, '../../../../shared/corpus/000_f927fa2ca80fe165.txt');
const samplePath = join(here, '../../../apps/cli/sample/array-languages-and-compilers.txt');
const source = await readTranscript(existsSync(seedPath) ? seedPath : samplePath);
const wordsOf = (t: Transcript) => t.segments.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0);
const seedWords = wordsOf(source);

function repeated(times: number): Transcript {
  const segments = [];
  for (let r = 0; r < times; r++) {
    for (const s of source.segments) segments.push({ ...s, index: segments.length });
  }
  return { source: source.source, segments };
}

const catalogStart = performance.now();
const catalog = loadCatalog();
const episode = { id: 'bench', title: 'bench', source: 'bench', mediaUrl: null, duration: null };
extractEntities(source, { episode, catalog }); // compiles the catalog once
const catalogMs = performance.now() - catalogStart;

const big = repeated(Math.ceil(1_000_000 / seedWords));
const bigWords = wordsOf(big);
const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const start = performance.now();
const { mentions } = extractEntities(big, { episode, catalog });
const seconds = (performance.now() - start) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
const ours = bigWords / seconds;

// Baseline: compromise people/organizations/places over every 40-word window of a slice.
const slice = source.segments.map((s) => s.text).join(' ').split(/\s+/).filter(Boolean).slice(0, 8000);
const baseStart = performance.now();
let found = 0;
for (let i = 0; i < slice.length; i += 40) {
  const doc = nlp(slice.slice(i, i + 40).join(' '));
  found += doc.people().length + doc.organizations().length + doc.places().length;
}
const baseline = slice.length / ((performance.now() - baseStart) / 1000);

// Full extraction (relations and co-occurrence) vs entities only, on the seed repeated 10 times.
const mid = repeated(10);
const t0 = performance.now();
extractEntities(mid, { episode, catalog });
const entitiesOnly = performance.now() - t0;
const t1 = performance.now();
extractEpisode(mid, { episode, catalog });
const full = performance.now() - t1;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`catalog: ${catalog.entries.length} entries, load + compile ${fmt(catalogMs)} ms`);
console.log(`entities: ${fmt(bigWords)} words in ${seconds.toFixed(2)} s = ${fmt(ours)} words/s (${fmt(mentions.length)} mentions)`);
console.log(`peak RSS ${fmt(peak / 2 ** 20)} MiB (before run ${fmt(rssBefore / 2 ** 20)} MiB)`);
console.log(`baseline compromise over 40-word windows: ${fmt(baseline)} words/s (${found} names on ${fmt(slice.length)} words)`);
console.log(`ratio vs baseline: ${(ours / baseline).toFixed(1)}x`);
console.log(`extractEpisode (full) ${fmt(full)} ms vs entities only ${fmt(entitiesOnly)} ms: ratio ${(full / entitiesOnly).toFixed(2)}`);
