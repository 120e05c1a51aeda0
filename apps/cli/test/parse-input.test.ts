import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '@talkgraph/testkit';

// Bad input through the built CLI: one line naming the file and how to fix it, no stack trace, exit 1.
const BIN = join(REPO_ROOT, 'apps/cli/bin/talkgraph.js');
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function parse(file: string) {
  const run = spawnSync(process.execPath, [BIN, 'parse', file], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectInputError(file: string, problem: RegExp) {
  const run = parse(file);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith(`talkgraph: ${file}: `)).toBe(true);
  expect(lines[0]).toMatch(problem);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'talkgraph-parse-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('talkgraph parse on bad input', () => {
  test('a missing file', () => {
    expectInputError(join(dir, 'nope.vtt'), /no such file; check the path$/);
  });

  test('a directory', () => {
    const folder = join(dir, 'episodes');
    mkdirSync(folder);
    expectInputError(folder, /is a directory; give a transcript file inside it$/);
  });

  test('an empty file', () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '');
    expectInputError(file, /is empty; give a transcript with some text$/);
  });

  test('a binary file', () => {
    const file = join(dir, 'image.png');
    writeFileSync(
      file,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    );
    expectInputError(file, /is a binary file, not text/);
  });

  test('a 200 MB file fails at once, before anything is read (a sparse file: no disk, no memory)', () => {
    const file = join(dir, 'huge.txt');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    expectInputError(file, /is 200 MB, over the 12 MB limit for one transcript/);
  });

  test('text with nothing recognisable in it', () => {
    expectInputError(join(FIXTURES, 'no-text.txt'), /no transcript text found/);
  });

  test('malformed VTT names the line', () => {
    expectInputError(
      join(FIXTURES, 'malformed.vtt'),
      /line 10: expected a cue time line such as "00:01\.000 --> 00:04\.000", found "00:04\.000 00:06\.000"$/,
    );
  });

  test('overlapping cues are kept as given, with a warning, exit 0', () => {
    const file = join(FIXTURES, 'overlapping.vtt');
    const run = parse(file);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`talkgraph: warning: ${file}: 1 segment overlaps the one before it; times kept as given\n`);
    expect(JSON.parse(run.stdout).segments.map((s: { start: number; end: number }) => [s.start, s.end])).toEqual([
      [0, 5],
      [3, 6],
    ]);
  });

  test('malformed SRT names the line', () => {
    expectInputError(join(FIXTURES, 'malformed.srt'), /line 6: malformed cue time "00:00:02\.000 --> 00:00:xx,000"/);
  });

  test('malformed JSON names the line', () => {
    expectInputError(join(FIXTURES, 'malformed.json'), /line \d+: malformed JSON \(.+\); fix the file/);
  });

  test('Latin-1 text is recovered as Windows-1252 with a warning, exit 0', () => {
    const file = join(FIXTURES, 'latin1.txt');
    const run = parse(file);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `talkgraph: warning: ${file}: not valid UTF-8; read as Windows-1252 (Latin-1). Convert the file to UTF-8 if accents look wrong\n`,
    );
    expect(JSON.parse(run.stdout).segments.map((s: { text: string }) => s.text)).toEqual([
      'Le caf\u00e9 est ferm\u00e9.',
      '\u00c0 bient\u00f4t.',
    ]);
  });
});
