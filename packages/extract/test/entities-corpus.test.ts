import { expect, it } from '@jest/globals';
import { readTranscript } from '@talkgraph/transcript';
import { corpusFile, describeWithCorpus } from '@talkgraph/testkit';
import { extractEntities, loadCatalog } from '../src/index.js';

const catalog = loadCatalog();

async function extract(file: string) {
  const transcript = await readTranscript(corpusFile(file));
  const episode = { id: file, title: file, source: file, mediaUrl: null, duration: null };
  return { transcript, ...extractEntities(transcript, { episode, catalog }) };
}

describeWithCorpus('entities in the development corpus', () => {
  it('finds the names said in the auto-captions, with their kind, first where they are first said', async () => {
    const { transcript, entities, mentions } = await extract('000_f927fa2ca80fe165.txt');
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
    // Misheard names, by sound, and speech-to-text junk never a person.
    expect(mentions.find((m) => m.entity === 'kaggle')).toMatchObject({ surface: 'Kegel', via: 'phonetic' });
    expect(mentions.find((m) => m.entity === 'hermann-ebbinghaus')).toMatchObject({
      surface: 'Epping house',
      via: 'phonetic',
    });
    const nameWords = entities.filter((e) => e.kind === 'Person').flatMap((e) => e.label.split(' '));
    expect(nameWords.filter((w) => /^I(ve|dont|m|ll|d)$|^[a-z]+I$/.test(w))).toEqual([]);
  }, 60_000);

  it('agrees with the Whisper transcript of the same conversation and is deterministic', async () => {
    const seed = await extract('000_f927fa2ca80fe165.txt');
    const again = await extract('000_f927fa2ca80fe165.txt');
    expect(JSON.stringify(again.mentions)).toBe(JSON.stringify(seed.mentions));
    const whisper = await extract('lexfridman035_jeremy_howard_whisper_large.vtt');
    const a = new Set(seed.entities.map((e) => e.id));
    const b = new Set(whisper.entities.map((e) => e.id));
    const shared = [...a].filter((id) => b.has(id)).length;
    expect(shared / new Set([...a, ...b]).size).toBeGreaterThanOrEqual(0.8);
  }, 60_000);
});
