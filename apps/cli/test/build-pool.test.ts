import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorKind } from '@talkgraph/errors';
import { SAMPLE_TRANSCRIPT } from '@talkgraph/testkit';
import { runEpisodes } from '../src/pipeline/pool.js';
import type { EpisodeResult } from '../src/pipeline/protocol.js';

const work = mkdtempSync(join(tmpdir(), 'talkgraph-pool-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const task = (file: string, id: string) => ({ file, id, title: null, fileTitle: id, mediaUrl: null });
/** The run's error, as kind and message: the kind must survive the worker thread boundary. */
const failure = (run: Promise<void>) =>
  run.then(
    () => ({ kind: 'none', message: 'no failure' }),
    (error: Error) => ({ kind: errorKind(error), message: error.message }),
  );

describe('the worker pool', () => {
  test('parses and extracts every episode exactly once, on several workers', async () => {
    const tasks = ['a', 'b', 'c', 'd'].map((id) => task(SAMPLE_TRANSCRIPT, id));
    const results: Extract<EpisodeResult, { ok: true }>[] = [];
    await runEpisodes(tasks, {
      jobs: 2,
      catalogFiles: [],
      onResult: (result) => results.push(result),
      onFailure: () => {},
    });
    expect(results.map((r) => r.extraction.episode.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    for (const result of results) {
      expect(result.extraction.mentions.length).toBeGreaterThan(0);
      expect(result.extraction.mentions.every((m) => m.episode === result.extraction.episode.id)).toBe(true);
      expect(result.segments.length).toBeGreaterThan(0);
      expect(Object.keys(result.segments[0]!).sort()).toEqual(['end', 'speaker', 'start', 'text']);
      expect(result.extraction.episode.duration).toBeGreaterThan(0);
    }
    // Every worker ran the same code on the same input: the same extraction, whichever worker did it.
    expect(new Set(results.map((r) => JSON.stringify(r.extraction.mentions.map((m) => m.entity)))).size).toBe(1);
  }, 120_000);

  test('a bad file is reported with one line naming it, and the other episodes go on', async () => {
    const empty = join(work, 'empty.vtt');
    writeFileSync(empty, '');
    const done: string[] = [];
    const failed: { kind: string; message: string }[] = [];
    await runEpisodes([task(empty, 'empty'), task(SAMPLE_TRANSCRIPT, 'ok')], {
      jobs: 1,
      catalogFiles: [],
      onResult: (result) => done.push(result.extraction.episode.id),
      onFailure: ({ error }) => failed.push({ kind: error.kind, message: error.message }),
    });
    expect(done).toEqual(['ok']);
    expect(failed).toEqual([{ kind: 'input', message: `${empty}: is empty; give a transcript with some text` }]);
  }, 120_000);

  test('the catalog the workers loaded reaches the main thread once, before any result', async () => {
    const events: string[] = [];
    let entries = 0;
    await runEpisodes([task(SAMPLE_TRANSCRIPT, 'a'), task(SAMPLE_TRANSCRIPT, 'b')], {
      jobs: 2,
      catalogFiles: [],
      onCatalog: (catalog) => {
        events.push('catalog');
        entries = catalog.length;
      },
      onResult: (result) => events.push(result.extraction.episode.id),
      onFailure: () => {},
    });
    expect(events[0]).toBe('catalog');
    expect(events.filter((e) => e === 'catalog')).toHaveLength(1);
    expect(events.slice(1).sort()).toEqual(['a', 'b']);
    expect(entries).toBeGreaterThan(100);
  }, 120_000);

  test('a catalog file that does not load stops the run with its own message', async () => {
    const bad = join(work, 'catalog.json');
    writeFileSync(bad, '{"not": "a list"}');
    const run = runEpisodes([task(SAMPLE_TRANSCRIPT, 'a')], {
      jobs: 1,
      catalogFiles: [bad],
      onResult: () => {},
      onFailure: () => {},
    });
    const { kind, message } = await failure(run);
    expect(kind).toBe('input');
    expect(message.startsWith(`${bad}: `)).toBe(true);
  }, 120_000);

  test('no task, no worker', async () => {
    await expect(
      runEpisodes([], { jobs: 4, catalogFiles: [], onResult: () => {}, onFailure: () => {} }),
    ).resolves.toBeUndefined();
  });
});
