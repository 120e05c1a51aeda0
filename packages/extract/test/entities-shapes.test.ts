import { describe, expect, it } from '@jest/globals';
import type { Transcript } from '@talkgraph/transcript';
import { extractEntities, loadCatalog } from '../src/index.js';
import { capitalsInform, continueSentences } from '../src/entities/casing.js';
import { tokenize } from '../src/entities/tokenize.js';

const catalog = loadCatalog();
const episode = { id: 'ep', title: 'ep', source: 'ep.vtt', mediaUrl: null, duration: null };

function transcript(speaker: string | null, ...texts: string[]): Transcript {
  return {
    source: { path: null, format: 'plain', timing: 'cues', repairs: 0, warnings: [] },
    title: null,
    segments: texts.map((text, index) => ({ index, start: index * 10, end: index * 10 + 10, speaker, text })),
  };
}

// A cased conversation, as Whisper or an editor writes it, made up for these tests.
const CASED = [
  'So after college I joined Zorblax Systems, a small shop in the valley.',
  'We wrote the first version of the Quillan language there, and later Quillan ran everywhere.',
  'My manager was Harriet Voskuijlen, who had built the compiler on her own.',
  'Then we moved the whole thing to the Trelliscope framework, which was a good idea.',
  'Honestly, Trelliscope was slow, and Harriet Voskuijlen rewrote it over one summer.',
  'People still ask me about the KX-9 chip and about Frobnik.js in every interview.',
];

function kinds(t: Transcript) {
  const { entities } = extractEntities(t, { episode, catalog });
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
