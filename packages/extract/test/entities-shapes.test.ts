import { describe, expect, it } from '@jest/globals';
import { capitalsInform, continueSentences } from '../src/entities/casing.js';
import { tokenize } from '../src/entities/tokenize.js';
import { extractFrom, transcriptOf } from './fixtures/entity-fixture.js';

const transcript = (speaker: string | null, ...texts: string[]) => transcriptOf(texts, speaker, 10);

// A cased conversation, as Whisper or an editor writes it, made up for these tests.
const CASED = [
  'So after college I joined Zorblax Systems, a small shop in the valley.',
  'We wrote the first version of the Quillan language there, and later Quillan ran everywhere.',
  'My manager was Harriet Voskuijlen, who had built the compiler on her own.',
  'Then we moved the whole thing to the Trelliscope framework, which was a good idea.',
  'Honestly, Trelliscope was slow, and Harriet Voskuijlen rewrote it over one summer.',
  'People still ask me about the KX-9 chip and about Frobnik.js in every interview.',
];

function kinds(t: ReturnType<typeof transcriptOf>) {
  const { entities } = extractFrom(t);
  return Object.fromEntries(entities.map((e) => [e.label, e.kind]));
}

describe('names by their shape', () => {
  it('tells a cased transcript from an all-lower-case one', () => {
    const cased = CASED.flatMap((text, i) => tokenize(text, i));
    const lower = CASED.flatMap((text, i) => tokenize(text.toLowerCase(), i));
    expect(capitalsInform(cased)).toBe(true);
    expect(capitalsInform(lower)).toBe(false);
  });

  it('finds unknown names with a kind from their words and the words around them', () => {
    const found = kinds(transcript(null, ...CASED));
    expect(found).toMatchObject({
      'Zorblax Systems': 'Organization',
      Quillan: 'ProgrammingLanguage',
      'Harriet Voskuijlen': 'Person',
      Trelliscope: 'Software',
      'KX-9': 'Hardware',
    });
    // Sentence starts and discourse words are not names.
    expect(found).not.toHaveProperty('So');
    expect(found).not.toHaveProperty('Honestly');
    expect(found).not.toHaveProperty('People');
  });

  it('finds nothing by shape where capitals carry no information', () => {
    const found = kinds(transcript(null, ...CASED.map((text) => text.toLowerCase())));
    expect(found).not.toHaveProperty('Zorblax Systems');
    expect(found).not.toHaveProperty('Harriet Voskuijlen');
  });

  it('reads a line that continues the previous line’s sentence as mid-sentence', () => {
    const t = transcript(null, 'and then I spent three years working on', 'Quillan at the lab');
    const tokens = t.segments.flatMap((s) => tokenize(s.text, s.index));
    continueSentences(tokens, t);
    expect(tokens.find((token) => token.text === 'Quillan')!.sentenceStart).toBe(false);
    const ended = transcript(null, 'I spent three years there.', 'Quillan was next');
    const again = ended.segments.flatMap((s) => tokenize(s.text, s.index));
    continueSentences(again, ended);
    expect(again.find((token) => token.text === 'Quillan')!.sentenceStart).toBe(true);
  });
});
