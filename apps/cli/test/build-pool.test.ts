import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_TRANSCRIPT } from '@talkgraph/testkit';
import { runEpisodes } from '../src/pipeline/pool.js';
import type { EpisodeResult } from '../src/pipeline/protocol.js';

const work = mkdtempSync(join(tmpdir(), 'talkgraph-pool-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const task = (file: string, id: string) => ({ file, id, title: id, mediaUrl: null });

describe('the worker pool', () => {
  test('parses and extracts every episode exactly once, on several workers', async () => {
    const tasks = ['a', 'b', 'c', 'd'].map((id) => task(SAMPLE_TRANSCRIPT, id));
    const results: Extract<EpisodeResult, { ok: true }>[] = [];
    await runEpisodes(tasks, { jobs: 2, catalogFiles: [], onResult: (result) => results.push(result) });
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

  test('a bad file stops the run with one line naming it', async () => {
    const empty = join(work, 'empty.vtt');
    writeFileSync(empty, '');
    const run = runEpisodes([task(SAMPLE_TRANSCRIPT, 'ok'), task(empty, 'empty')], {
      jobs: 2,
      catalogFiles: [],
      onResult: () => {},
    });
    await expect(run).rejects.toThrow(new RegExp(`^${empty.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
  }, 120_000);

  test('no task, no worker', async () => {
    await expect(runEpisodes([], { jobs: 4, catalogFiles: [], onResult: () => {} })).resolves.toBeUndefined();
  });
});
