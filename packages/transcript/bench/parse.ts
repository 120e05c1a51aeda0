// Parse speed on the development corpus, against a baseline measured in the same run: reading the
// file and splitting it into lines, the least any parser has to do. Run with `pnpm bench`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTranscript } from '../src/index.js';

const CORPUS = resolve(fileURLToPath(import.meta.url), '../../../../../shared/corpus');
const RUNS = 7;

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

if (!existsSync(CORPUS)) {
  console.log(`transcript bench: ${CORPUS} is absent; nothing to measure`);
} else {
  const coldStart = performance.now();
  await readTranscript(join(CORPUS, '000_f927fa2ca80fe165.txt'));
  console.log(
    `first parse (the auto-captioned conversation), loading the word lists: ${(performance.now() - coldStart).toFixed(0)} ms`,
  );
  console.log('file                                                     KB  segments  parse ms  baseline ms  ratio');
  for (const name of readdirSync(CORPUS)
    .filter((n) => !n.endsWith('.md'))
    .sort()) {
    const path = join(CORPUS, name);
    const segments = (await readTranscript(path)).segments.length;
    const parse = await median(() => readTranscript(path));
    const baseline = await median(async () => (await readFile(path, 'utf8')).split('\n'));
    const kb = Math.round(statSync(path).size / 1024);
    console.log(
      `${name.padEnd(52)} ${String(kb).padStart(6)} ${String(segments).padStart(9)} ${parse.toFixed(1).padStart(9)} ${baseline.toFixed(2).padStart(12)} ${(parse / baseline).toFixed(0).padStart(6)}x`,
    );
  }
}
