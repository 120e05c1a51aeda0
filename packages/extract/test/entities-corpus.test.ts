import { expect, it } from '@jest/globals';
import { readTranscript } from '@talkgraph/transcript';
import { corpusFile, describeWithCorpus } from '@talkgraph/testkit';
import { extractEntities, loadCatalog } from '../src/index.js';

describeWithCorpus('entities in the seed transcript', () => {
  it('finds the specified entities, with their kind, first in the segments the spec names', async () => {
    const transcript = await readTranscript(corpusFile('000_f927fa2ca80fe165.txt'));
    const episode = { id: 'seed', title: 'seed', source: 'seed', mediaUrl: null, duration: null };
    const { entities, mentions } = extractEntities(transcript, { episode, catalog: loadCatalog() });
    const expected: [string, string, number][] = [
      ['apl', 'ProgrammingLanguage', 8 * 60 + 35],
      ['j-language', 'ProgrammingLanguage', 8 * 60 + 20],
      ['swift', 'ProgrammingLanguage', 7 * 60 + 26],
      ['mlir', 'Software', 18 * 60 + 41],
      ['halide', 'ProgrammingLanguage', 18 * 60 + 41],
      ['tpu', 'Hardware', 22 * 60 + 42],
      ['leslie-smith', 'Person', 59 * 60 + 5],
    ];
    for (const [id, kind, segmentStart] of expected) {
      expect(entities.find((e) => e.id === id)?.kind).toBe(kind);
      const first = mentions.find((m) => m.entity === id)!;
      expect([id, transcript.segments.find((s) => s.index === first.segment)!.start]).toEqual([id, segmentStart]);
    }
  }, 30_000);
});
