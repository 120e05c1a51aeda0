/**
 * Entity extraction throughput on ≥1M words (the auto-captioned conversation repeated), peak memory, and the
 * ratio against a compromise-everywhere baseline (compromise over every 40-word window) measured
 * in the same run; plus full extractEpisode (with relations) vs entities only (medians of 3 runs after a
 * warm-up). Times are CPU time of this single-threaded process, so other work on the machine does not
 * skew them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { readTranscript } from '@talkgraph/transcript';
import type { Transcript } from '@talkgraph/transcript';
import { extractEntities, extractEpisode, loadCatalog } from '../src/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const captionsPath = join(here, '../../../../shared/corpus/000_f927fa2ca80fe165.txt');
const samplePath = join(here, '../../../apps/cli/sample/array-languages-and-compilers.txt');
const source = await readTranscript(existsSync(captionsPath) ? captionsPath : samplePath);
const wordsOf = (t: Transcript) => t.segments.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0);
const sourceWords = wordsOf(source);

function repeated(times: number): Transcript {
  const segments = [];
  for (let r = 0; r < times; r++) {
    for (const s of source.segments) segments.push({ ...s, index: segments.length });
  }
  return { source: source.source, title: source.title, segments };
}

const catalogStart = performance.now();
const catalog = loadCatalog();
const episode = { id: 'bench', title: 'bench', source: 'bench', mediaUrl: null, duration: null };
extractEntities(source, { episode, catalog }); // compiles the catalog once
const catalogMs = performance.now() - catalogStart;

const big = repeated(Math.ceil(1_000_000 / sourceWords));
const bigWords = wordsOf(big);
const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
/** CPU seconds (user + system) spent in fn: stable on a shared machine, where wall time is not. */
function cpuSeconds(fn: () => void): { cpu: number; wall: number } {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  fn();
  const used = process.cpuUsage(cpuStart);
  return { cpu: (used.user + used.system) / 1e6, wall: (performance.now() - wallStart) / 1000 };
}

let mentionCount = 0;
const run = cpuSeconds(() => {
  mentionCount = extractEntities(big, { episode, catalog }).mentions.length;
});
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
const ours = bigWords / run.cpu;

// Baseline: compromise people/organizations/places over every 40-word window of a slice.
const slice = source.segments
  .map((s) => s.text)
  .join(' ')
  .split(/\s+/)
  .filter(Boolean)
  .slice(0, 8000);
let found = 0;
const base = cpuSeconds(() => {
  for (let i = 0; i < slice.length; i += 40) {
    const doc = nlp(slice.slice(i, i + 40).join(' '));
    found += doc.people().length + doc.organizations().length + doc.places().length;
  }
});
const baseline = slice.length / base.cpu;

// Full extraction (relations and co-occurrence) vs entities only, on the conversation repeated 10 times:
// one warm-up of each (JIT, the relation rules' lazy compilation), then the median of 3 runs,
// alternating, so that a burst of other work on the machine skews neither side.
const mid = repeated(10);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
extractEntities(mid, { episode, catalog });
extractEpisode(mid, { episode, catalog });
const entityRuns: number[] = [];
const fullRuns: number[] = [];
for (let run = 0; run < 3; run++) {
  entityRuns.push(cpuSeconds(() => extractEntities(mid, { episode, catalog })).cpu * 1000);
  fullRuns.push(cpuSeconds(() => extractEpisode(mid, { episode, catalog })).cpu * 1000);
}
const entitiesOnly = median(entityRuns);
const full = median(fullRuns);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`catalog: ${catalog.entries.length} entries, load + compile ${fmt(catalogMs)} ms`);
console.log(
  `entities: ${fmt(bigWords)} words in ${run.cpu.toFixed(2)} s CPU (${run.wall.toFixed(2)} s wall) = ${fmt(ours)} words/s on one core (${fmt(mentionCount)} mentions)`,
);
console.log(`peak RSS ${fmt(peak / 2 ** 20)} MiB (before run ${fmt(rssBefore / 2 ** 20)} MiB)`);
console.log(
  `baseline, compromise over every 40-word window: ${fmt(baseline)} words/s CPU (${found} names on ${fmt(slice.length)} words)`,
);
console.log(`ratio vs baseline: ${(ours / baseline).toFixed(1)}x`);
console.log(
  `extractEpisode (full) ${fmt(full)} ms CPU vs entities only ${fmt(entitiesOnly)} ms CPU (medians of 3 after a warm-up): ratio ${(full / entitiesOnly).toFixed(2)}`,
);
