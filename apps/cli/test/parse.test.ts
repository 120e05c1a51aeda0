import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, corpusFile, describeWithCorpus } from '@talkgraph/testkit';

// Runs the built CLI (build it first: pnpm --filter @talkgraph/cli... build), as a user would.
const BIN = join(REPO_ROOT, 'apps/cli/bin/talkgraph.js');
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function talkgraph(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('talkgraph parse', () => {
  test('prints the normalized transcript as JSON: source and segments with start, end, speaker, text', () => {
    const file = join(FIXTURES, 'talk.vtt');
    const run = talkgraph('parse', file);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const transcript = JSON.parse(run.stdout);
    expect(transcript.source).toEqual({ path: file, format: 'webvtt', timing: 'cues', repairs: 0, warnings: [] });
    expect(transcript.segments).toEqual([
      { index: 0, start: 0, end: 3.5, speaker: 'Host', text: 'Today we compare two build systems.' },
      { index: 1, start: 3.5, end: 3607.25, speaker: 'Guest', text: 'One of them caches everything.' },
    ]);
  });

  test('recoverable problems are warnings on stderr naming the file; the result is still printed', () => {
    const file = join(FIXTURES, 'out-of-order.vtt');
    const run = talkgraph('parse', file);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `talkgraph: warning: ${file}: 1 segment starts before the one above it; sorted by start time\n`,
    );
    expect(JSON.parse(run.stdout).segments.map((s: { text: string }) => s.text)).toEqual(['Earlier.', 'Later.']);
  });

  test('--format is a hint for content that matches no timed format; a bad value is a usage error', () => {
    const file = join(FIXTURES, 'no-text.txt');
    expect(talkgraph('parse', '--format', 'srt', file).stderr).toMatch(/line 1: expected a cue number and a time line/);
    const bad = talkgraph('parse', '--format', 'docx', file);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

test('a reader that closes the pipe early (`| head`) ends the run quietly, exit 0', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'talkgraph-pipe-'));
  try {
    const file = join(dir, 'long.vtt');
    const cues = Array.from(
      { length: 5000 },
      (_, i) =>
        `${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000 --> ${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.900\nCue number ${i}.\n`,
    );
    writeFileSync(file, `WEBVTT\n\n${cues.join('\n')}`);
    const child = spawn(process.execPath, [BIN, 'parse', file]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describeWithCorpus('talkgraph parse on the development corpus', () => {
  test('auto-captions: 218 segments (236 less 18 empty) from 0:00:00 to 1:43:35, glued words repaired', () => {
    const run = talkgraph('parse', corpusFile('000_f927fa2ca80fe165.txt'));
    expect(run.code).toBe(0);
    const { source, segments } = JSON.parse(run.stdout);
    expect(segments).toHaveLength(218);
    expect(segments[0].start).toBe(0);
    expect(segments.at(-1).start).toBe(6215);
    expect(source.repairs).toBeGreaterThan(400);
    expect(run.stderr).toContain('dropped 18 empty segments');
  });

  test('the SRT: 5,502 cues, the last at 3:28:35.55', () => {
    const { segments } = JSON.parse(
      talkgraph('parse', corpusFile('lexfridman333_andrej_karpathy_youtube_captions.srt')).stdout,
    );
    expect(segments).toHaveLength(5502);
    expect(segments.at(-1).start).toBe(12515.55);
  });
});
