/**
 * `pnpm bench`: builds one graph from a generated corpus with `talkgraph build` and reports wall
 * time, words per second and peak memory (whole process: main thread and workers) for 1, 2 and
 * all cores, and how time grows with the number of episodes.
 *
 * The corpus is made from the bundled sample transcript, in the timestamp-speaker format, into
 * os.tmpdir(): each episode mixes the sample's segments, in a seeded order, with filler turns drawn
 * from the sample's other words, so that entity mentions are as dense as in the corpus's
 * auto-captioned conversation (BENCH_MENTIONS_PER_1000 words, default 27; the sample alone is about 4x denser).
 * Settings: BENCH_EPISODES (default 300), BENCH_WORDS (words per episode, default 15000).
 * Targets: time linear in episodes, peak memory < 2 GB, 2 cores >= 1.7x faster than 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parse } from 'csv-parse/sync';
import seedrandom from 'seedrandom';
import { extractEpisode, loadCatalog } from '@talkgraph/extract';
import { readTranscript } from '@talkgraph/transcript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const BIN = join(ROOT, 'apps/cli/bin/talkgraph.js');
const SAMPLE = join(ROOT, 'apps/cli/sample/array-languages-and-compilers.txt');
const EPISODES = Number(process.env.BENCH_EPISODES ?? 300);
const WORDS = Number(process.env.BENCH_WORDS ?? 15_000);
const DENSITY = Number(process.env.BENCH_MENTIONS_PER_1000 ?? 27) / 1000;
const CORES = availableParallelism();
// Printed by the measured process itself when it exits: its peak resident set and CPU time, workers included.
const USAGE_HOOK = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("usage:"+u.maxRSS+":"+(u.userCPUTime+u.systemCPUTime)+"\\n")})`;

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The sample's segments, filler words (its words that are never part of a mention) and the share of sample text to use. */
async function sampleMaterial(): Promise<{ segments: string[]; filler: string[]; share: number }> {
  const transcript = await readTranscript(SAMPLE);
  const episode = { id: 'sample', title: 'sample', source: SAMPLE, mediaUrl: null, duration: null };
  const { mentions } = extractEpisode(transcript, { episode, catalog: loadCatalog() });
  const named = new Set(mentions.flatMap((m) => m.surface.toLowerCase().split(/\s+/)));
  const segments = transcript.segments.map((s) => s.text);
  const words = segments.flatMap((text) => text.toLowerCase().split(/\s+/));
  const filler = [...new Set(words.filter((w) => /^[a-z']{3,}$/.test(w) && !named.has(w)))].sort();
  const density = mentions.length / words.length;
  return { segments, filler, share: Math.min(1, DENSITY / density) };
}

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Episode i: sample segments in a seeded order between filler turns, until it has `words` words. */
function episodeText(material: Awaited<ReturnType<typeof sampleMaterial>>, i: number, words: number): string {
  const random = seedrandom(`episode-${i}`);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const blocks: string[] = [];
  let count = 0;
  let sampled = 0;
  let time = 0;
  while (count < words) {
    const fromSample = sampled <= material.share * count;
    const text = fromSample
      ? pick(material.segments)
      : Array.from({ length: 20 + Math.floor(random() * 40) }, () => pick(material.filler)).join(' ');
    const n = countWords(text);
    blocks.push(`${clock(time)}\nSpeaker ${blocks.length % 2} :${text}\n`);
    count += n;
    if (fromSample) sampled += n;
    time += Math.max(2, Math.round(n / 2.5));
  }
  return blocks.join('\n');
}

async function makeCorpus(episodes: number, words: number): Promise<string> {
  const dir = join(tmpdir(), `talkgraph-bench-${episodes}x${words}-${DENSITY * 1000}`);
  if (existsSync(join(dir, 'done'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const material = await sampleMaterial();
  for (let i = 0; i < episodes; i++)
    writeFileSync(join(dir, `episode-${String(i).padStart(4, '0')}.txt`), episodeText(material, i, words));
  writeFileSync(join(dir, 'done'), '');
  return dir;
}

interface Run {
  episodes: number;
  jobs: number;
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  mentions: number;
  nodes: number;
}

function build(corpus: string, episodes: number, jobs: number): Run {
  const out = join(tmpdir(), `talkgraph-bench-out-${process.pid}`);
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--import', USAGE_HOOK, BIN, 'build', corpus, '--out', out, '--quiet', '--jobs', String(jobs)],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`talkgraph build failed (exit ${run.status}): ${run.stderr.trim()}`);
  const rows = parse(readFileSync(join(out, 'nodes.csv'), 'utf8'), { bom: true, columns: true }) as {
    mentionCount: string;
  }[];
  const mentions = rows.reduce((sum, row) => sum + Number(row.mentionCount), 0);
  rmSync(out, { recursive: true, force: true });
  const usage = /usage:(\d+):(\d+)/.exec(run.stderr);
  if (!usage) throw new Error(`talkgraph build did not report its resource usage: ${run.stderr.trim()}`);
  return {
    episodes,
    jobs,
    seconds,
    cpuSeconds: Number(usage[2]) / 1e6,
    peakMb: Number(usage[1]) / 1024,
    mentions,
    nodes: rows.length,
  };
}

function report(run: Run, words: number, baseline?: Run): void {
  const total = run.episodes * words;
  const cells = [
    String(run.episodes).padStart(8),
    String(run.jobs).padStart(4),
    run.seconds.toFixed(1).padStart(8),
    run.cpuSeconds.toFixed(1).padStart(7),
    Math.round(total / run.seconds)
      .toLocaleString('en')
      .padStart(11),
    run.peakMb.toFixed(0).padStart(8),
    baseline ? `${(baseline.seconds / run.seconds).toFixed(2)}x`.padStart(8) : '        ',
  ];
  console.log(cells.join('  '));
}

// The baseline: how much faster this machine runs a pure CPU loop on 2 threads than on 1, right now.
const LOOP = `const { parentPort, workerData } = require('node:worker_threads');
let x = 0;
for (let i = 0; i < workerData; i++) x = (x * 1103515245 + 12345) % 2147483648;
parentPort.postMessage(x);`;

function loop(threads: number, work: number): Promise<number> {
  const started = performance.now();
  let left = threads;
  return new Promise((resolve, reject) => {
    for (let i = 0; i < threads; i++) {
      new Worker(LOOP, { eval: true, workerData: work / threads })
        .on('message', () => {
          if (--left === 0) resolve((performance.now() - started) / 1000);
        })
        .on('error', reject);
    }
  });
}

async function machineSpeedup(): Promise<number> {
  const work = 2e8;
  return (await loop(1, work)) / (await loop(2, work));
}

if (!existsSync(join(ROOT, 'apps/cli/dist/main.js'))) {
  console.error('talkgraph-graph bench: apps/cli is not built; run `pnpm build` first');
  process.exit(1);
}

const small = Math.max(1, Math.round(EPISODES / 3));
console.log(
  `talkgraph build bench: ${EPISODES} episodes x ${WORDS.toLocaleString('en')} words (${(EPISODES * WORDS).toLocaleString('en')} words), ${CORES} cores`,
);
const corpus = await makeCorpus(EPISODES, WORDS);
const smallCorpus = await makeCorpus(small, WORDS);
const before = await machineSpeedup();
console.log('episodes  jobs    wall s    cpu s      words/s   peak MB  vs 1 job');
const one = build(corpus, EPISODES, 1);
report(one, WORDS);
const two = build(corpus, EPISODES, 2);
report(two, WORDS, one);
const all = CORES === 2 ? two : build(corpus, EPISODES, CORES);
if (CORES !== 2) report(all, WORDS, one);
else console.log(`(all cores = 2: the run above)`);
const part = build(smallCorpus, small, CORES);
report(part, WORDS);

const linearity = all.seconds / EPISODES / (part.seconds / small);
const peak = Math.max(one.peakMb, two.peakMb, all.peakMb, part.peakMb);
console.log(
  `\nscaling   time per episode, ${EPISODES} vs ${small} episodes: x${linearity.toFixed(2)} (1.00 = linear; below, start-up costs spread)`,
);
const after = await machineSpeedup();
console.log(
  `speedup   2 jobs vs 1: ${(one.seconds / two.seconds).toFixed(2)}x (target >= 1.7x); ` +
    `baseline: a pure CPU loop runs ${before.toFixed(2)}x / ${after.toFixed(2)}x faster on 2 threads (before / after)`,
);
console.log(
  `cores     busy (cpu s / wall s): 1 job ${(one.cpuSeconds / one.seconds).toFixed(2)}, 2 jobs ${(two.cpuSeconds / two.seconds).toFixed(2)}` +
    " (above 1 with one job: helper threads such as V8's garbage collector; below 2 with two: a shared machine or serial work)",
);
console.log(
  `graph     ${all.nodes} nodes, ${all.mentions.toLocaleString('en')} mentions (${((1000 * all.mentions) / (EPISODES * WORDS)).toFixed(1)} per 1000 words)`,
);
console.log(`memory    peak ${peak.toFixed(0)} MB (target < 2048 MB)`);
