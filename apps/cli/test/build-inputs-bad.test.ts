import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SerializedTalkGraph } from '@talkgraph/graph';
import { REPO_ROOT, SAMPLE_TRANSCRIPT } from '@talkgraph/testkit';

// Builds as a user runs them, with inputs and output folders that are not all as they should be.
const BIN = join(REPO_ROOT, 'apps/cli/bin/talkgraph.js');
const TRANSCRIPT_FIXTURES = join(REPO_ROOT, 'packages/transcript/test/fixtures');
const BUILD_TIMEOUT = 120_000;

function talkgraph(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const graphOf = (dir: string): SerializedTalkGraph => JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));

const work = mkdtempSync(join(tmpdir(), 'talkgraph-bad-inputs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a folder with bad files', () => {
  const folder = join(work, 'talks');
  beforeAll(() => {
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(TRANSCRIPT_FIXTURES, 'captions.ttml'), join(folder, 'databases.ttml'));
    copyFileSync(join(TRANSCRIPT_FIXTURES, 'zoom.vtt'), join(folder, 'standup.vtt'));
    writeFileSync(join(folder, 'empty.srt'), '');
    writeFileSync(join(folder, 'broken.json'), '{"segments": [');
  });

  test(
    'builds the rest, names each skipped file and why, exits 0; an earlier output folder inside is not read',
    () => {
      const earlier = join(folder, 'old-out');
      expect(talkgraph('build', join(folder, 'standup.vtt'), '--out', earlier, '--quiet').code).toBe(0);
      const out = join(work, 'out');
      const run = talkgraph('build', folder, '--out', out, '--quiet');
      expect(run.code).toBe(0);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(`talkgraph: skipped ${join(folder, 'broken.json')}: malformed JSON (`);
      expect(lines[1]).toBe(
        `talkgraph: skipped ${join(folder, 'empty.srt')}: is empty; give a transcript with some text`,
      );
      const episodes = graphOf(out).attributes.episodes;
      expect(episodes.map((e) => [e.id, e.title])).toEqual([
        ['databases', 'Databases after dark'],
        ['standup', 'standup'],
      ]);
    },
    2 * BUILD_TIMEOUT,
  );

  test(
    'nothing readable: exit 1, nothing written',
    () => {
      const out = join(work, 'none');
      const run = talkgraph('build', join(folder, 'empty.srt'), join(folder, 'broken.json'), '--out', out, '--quiet');
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n').at(-1)).toBe(
        `talkgraph: ${out}: nothing written: no transcript could be read`,
      );
      expect(existsSync(out)).toBe(false);
    },
    BUILD_TIMEOUT,
  );

  test(
    'one episode with a title of its own titles the graph',
    () => {
      const out = join(work, 'titled');
      expect(talkgraph('build', join(folder, 'databases.ttml'), '--out', out, '--quiet').code).toBe(0);
      expect(graphOf(out).attributes.name).toBe('Databases after dark');
    },
    BUILD_TIMEOUT,
  );
});

describe('the output folder', () => {
  test('--out "" is a usage error', () => {
    const run = talkgraph('build', SAMPLE_TRANSCRIPT, '--out', '');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: option '--out <dir>' argument '' is invalid\. give a folder path\.\n$/);
  });

  test(
    "a folder with the user's own index.html is refused before any work; --force keeps their other files",
    () => {
      const out = join(work, 'site');
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'index.html'), 'my own page');
      writeFileSync(join(out, 'notes.txt'), 'mine');
      const refused = talkgraph('build', SAMPLE_TRANSCRIPT, '--out', out, '--quiet');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe(
        `talkgraph: ${out}: holds files talkgraph did not write (index.html, notes.txt); give an empty or new folder for --out, or --force to write into it anyway\n`,
      );
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('my own page');
      const forced = talkgraph('build', SAMPLE_TRANSCRIPT, '--out', out, '--quiet', '--force');
      expect(forced.code).toBe(0);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/^<!doctype html>/i);
      expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
      // Now the folder is talkgraph's, with the user's file kept: a plain rebuild is refused again.
      expect(talkgraph('build', SAMPLE_TRANSCRIPT, '--out', out, '--quiet').code).toBe(1);
    },
    3 * BUILD_TIMEOUT,
  );

  test(
    'a build killed at any moment leaves the old outputs or the new ones, whole; the next run clears what it left',
    async () => {
      const out = join(work, 'killed');
      expect(talkgraph('build', join(TRANSCRIPT_FIXTURES, 'zoom.vtt'), '--out', out, '--quiet').code).toBe(0);
      const old = readFileSync(join(out, 'graph.json'), 'utf8');
      const fresh = join(work, 'reference');
      expect(talkgraph('build', SAMPLE_TRANSCRIPT, '--out', fresh, '--quiet').code).toBe(0);
      const expected = readFileSync(join(fresh, 'graph.json'), 'utf8');
      for (const delay of [300, 1500, 4000]) {
        const child = spawn(process.execPath, [BIN, 'build', SAMPLE_TRANSCRIPT, '--out', out, '--quiet']);
        // Listen before the kill: a fast machine may finish the build within the delay.
        const closed = new Promise((resolve) => child.on('close', resolve));
        await new Promise((resolve) => setTimeout(resolve, delay));
        child.kill('SIGKILL');
        await closed;
        const now = readFileSync(join(out, 'graph.json'), 'utf8');
        expect([old, expected]).toContain(now);
        const manifest = JSON.parse(readFileSync(join(out, '.talkgraph-manifest.json'), 'utf8'));
        for (const name of manifest.files) expect(existsSync(join(out, name))).toBe(true);
      }
      expect(talkgraph('build', SAMPLE_TRANSCRIPT, '--out', out, '--quiet').code).toBe(0);
      expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(expected);
      expect(readdirSync(work).filter((name) => name.startsWith('.killed.'))).toEqual([]);
    },
    6 * BUILD_TIMEOUT,
  );
});

describe('stdout', () => {
  test('a write error on stdout (a full disk) is an error, exit 1', () => {
    const file = join(TRANSCRIPT_FIXTURES, 'chapters.json');
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" parse "${file}" > /dev/full`], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('talkgraph: cannot write the output to stdout (ENOSPC); check the disk or the pipe\n');
  });
});
