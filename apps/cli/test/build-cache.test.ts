import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, SAMPLE_TRANSCRIPT } from '@talkgraph/testkit';

const BIN = join(REPO_ROOT, 'apps/cli/bin/talkgraph.js');
const BUILD_TIMEOUT = 120_000;
const CACHE = '.talkgraph-cache';

function talkgraph(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The files of a build (the cache folder aside), by name. */
function outputs(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [entry.name, readFileSync(join(dir, entry.name), 'utf8')]),
  );
}

function reused(stderr: string): number {
  return Number(/\((\d+) from the cache\)/.exec(stderr)?.[1] ?? 0);
}

const entries = (dir: string) => readdirSync(dir).filter((name) => !name.startsWith('catalog-'));

const work = mkdtempSync(join(tmpdir(), 'talkgraph-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Short episodes written for these tests.
const COMPILERS = `WEBVTT

00:00.000 --> 00:06.000
<v Ana>Chris Lattner started LLVM and later MLIR at Google.

00:06.000 --> 00:12.000
<v Ben>Swift for TensorFlow ran on MLIR, and Halide came from MIT.
`;
const TEACHING = `1
00:00:00,000 --> 00:00:05,000
Jeremy Howard teaches deep learning at fast.ai with PyTorch.

2
00:00:05,000 --> 00:00:10,000
Kaggle competitions showed random forests work on tabular data.
`;
const TEACHING_EDITED = TEACHING.replace('PyTorch', 'JAX and Rust');
const episodes = join(work, 'episodes');
mkdirSync(episodes);
copyFileSync(SAMPLE_TRANSCRIPT, join(episodes, 'arrays.txt'));
writeFileSync(join(episodes, 'compilers.vtt'), COMPILERS);

describe('talkgraph build: the extraction cache', () => {
  const out = join(work, 'out');
  const clean = (name: string) => {
    const dir = join(work, name);
    expect(talkgraph('build', episodes, '--out', dir, '--no-cache').code).toBe(0);
    expect(existsSync(join(dir, CACHE))).toBe(false);
    return outputs(dir);
  };

  test(
    'a new episode is the only one extracted, and the outputs are byte-identical to a clean build',
    () => {
      const first = talkgraph('build', episodes, '--out', out);
      expect(first.code).toBe(0);
      expect(reused(first.stderr)).toBe(0);
      expect(entries(join(out, CACHE))).toHaveLength(2);

      writeFileSync(join(episodes, 'teaching.srt'), TEACHING);
      const second = talkgraph('build', episodes, '--out', out);
      expect(second.code).toBe(0);
      expect(reused(second.stderr)).toBe(2);
      expect(outputs(out)).toEqual(clean('clean-three'));
    },
    4 * BUILD_TIMEOUT,
  );

  test(
    'a changed transcript is extracted again, the entry of its old text is dropped, and a damaged entry is a miss',
    () => {
      writeFileSync(join(episodes, 'teaching.srt'), TEACHING_EDITED);
      const [damaged] = entries(join(out, CACHE)).sort();
      writeFileSync(join(out, CACHE, damaged!), 'not an entry');
      const run = talkgraph('build', episodes, '--out', out);
      expect(run.code).toBe(0);
      // Of three episodes one changed and one entry was damaged (which may be the changed one's).
      expect([1, 2]).toContain(reused(run.stderr));
      expect(entries(join(out, CACHE))).toHaveLength(3);
      expect(readFileSync(join(out, 'graph.json'), 'utf8')).toContain('JAX');
      expect(outputs(out)).toEqual(clean('clean-edited'));
    },
    3 * BUILD_TIMEOUT,
  );

  test(
    '--cache DIR keeps the cache there, shared by builds into other folders',
    () => {
      const shared = join(work, 'shared-cache');
      const a = talkgraph('build', episodes, '--out', join(work, 'a'), '--cache', shared);
      const b = talkgraph('build', episodes, '--out', join(work, 'b'), '--cache', shared);
      expect([a.code, b.code]).toEqual([0, 0]);
      expect(reused(b.stderr)).toBe(3);
      expect(existsSync(join(work, 'a', CACHE))).toBe(false);
      expect(outputs(join(work, 'b'))).toEqual(outputs(join(work, 'a')));
    },
    2 * BUILD_TIMEOUT,
  );
});
