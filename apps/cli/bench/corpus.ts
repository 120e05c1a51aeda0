/**
 * `pnpm bench` (apps/cli): `talkgraph build` on a real podcast, the last BENCH_EPISODES (default 100)
 * `*_large.vtt` files, in name order, of Lexicap (Whisper captions of the Lex Fridman podcast).
 * Get them with `git clone https://github.com/anotherjesse/lexicap` and set LEXICAP_VTT to its `vtt`
 * folder; without it the bench says so and skips.
 *
 * Reports, per run: CPU seconds (main thread and workers), words per CPU second, peak RSS and the
 * size of index.html, for a clean build (--no-cache), a build that fills the cache with all but one
 * episode, and the incremental rebuild that adds the last one. The baseline, measured in the same run
 * (the machine is shared and noisy, so ratios say more than seconds), is a clean build of one episode.
 * Targets (issue 13): peak RSS <= 1 GB, index.html <= 10 MB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTranscript } from '@talkgraph/transcript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const BIN = join(ROOT, 'apps/cli/bin/talkgraph.js');
const EPISODES = Number(process.env.BENCH_EPISODES ?? 100);
// Printed by the measured process itself when it exits: its peak resident set and CPU time, workers included.
const USAGE_HOOK = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("usage:"+u.maxRSS+":"+(u.userCPUTime+u.systemCPUTime)+"\\n")})`;

interface Run {
  name: string;
  words: number;
  cpuSeconds: number;
  peakMb: number;
  htmlMb: number;
}

function build(name: string, files: string[], words: number, out: string, extra: string[]): Run {
  const run = spawnSync(process.execPath, ['--import', USAGE_HOOK, BIN, 'build', ...files, '--out', out, ...extra], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`talkgraph build failed (exit ${run.status}): ${run.stderr.trim()}`);
  const usage = /usage:(\d+):(\d+)/.exec(run.stderr);
  if (!usage) throw new Error(`talkgraph build did not report its resource usage: ${run.stderr.trim()}`);
  return {
    name,
    words,
    cpuSeconds: Number(usage[2]) / 1e6,
    peakMb: Number(usage[1]) / 1024,
    htmlMb: statSync(join(out, 'index.html')).size / 1e6,
  };
}

async function main(): Promise<void> {
  const folder = process.env.LEXICAP_VTT;
  const files = folder
    ? readdirSync(folder)
        .filter((name) => name.endsWith('_large.vtt'))
        .sort()
        .slice(-EPISODES)
        .map((name) => join(folder, name))
    : [];
  if (files.length < 2) {
    console.log(
      'corpus bench skipped: set LEXICAP_VTT to the vtt folder of `git clone https://github.com/anotherjesse/lexicap`',
    );
    return;
  }
  let words = 0;
  const wordsOf = new Map<string, number>();
  for (const file of files) {
    const n = (await readTranscript(file)).segments.reduce(
      (sum, s) => sum + s.text.split(/\s+/).filter(Boolean).length,
      0,
    );
    wordsOf.set(file, n);
    words += n;
  }
  const work = mkdtempSync(join(tmpdir(), 'talkgraph-corpus-bench-'));
  try {
    const first = files[0]!;
    const allButLast = files.slice(0, -1);
    const runs = [
      build('baseline: 1 episode, clean', [first], wordsOf.get(first)!, join(work, 'one'), ['--quiet', '--no-cache']),
      build(`${files.length} episodes, clean`, files, words, join(work, 'clean'), ['--quiet', '--no-cache']),
      build(
        `${allButLast.length} episodes, filling the cache`,
        allButLast,
        words - wordsOf.get(files.at(-1)!)!,
        join(work, 'inc'),
        ['--quiet'],
      ),
      build(`${files.length} episodes, one new (incremental)`, files, words, join(work, 'inc'), ['--quiet']),
    ];
    const [baseline, clean, , incremental] = runs as [Run, Run, Run, Run];
    const rate = (r: Run) => r.words / r.cpuSeconds;
    console.log(`corpus: ${files.length} episodes of ${folder}, ${words.toLocaleString('en')} words`);
    for (const r of runs) {
      console.log(
        `${r.name.padEnd(42)} ${r.cpuSeconds.toFixed(1).padStart(7)} CPU s  ${Math.round(rate(r)).toLocaleString('en').padStart(9)} words/CPU s  ` +
          `peak ${Math.round(r.peakMb).toString().padStart(5)} MB  index.html ${r.htmlMb.toFixed(1)} MB`,
      );
    }
    console.log(
      `ratios: words/CPU s, ${files.length} episodes vs 1: ${(rate(clean) / rate(baseline)).toFixed(2)}x; ` +
        `incremental vs clean CPU: ${(incremental.cpuSeconds / clean.cpuSeconds).toFixed(3)}; ` +
        `peak ${clean.peakMb <= 1024 ? '<=' : '>'} 1 GB, index.html ${clean.htmlMb <= 10 ? '<=' : '>'} 10 MB`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
