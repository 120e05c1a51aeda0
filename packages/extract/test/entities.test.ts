import { describe, expect, it } from '@jest/globals';
import type { Transcript } from '@talkgraph/transcript';
import { extractEntities, loadCatalog } from '../src/index.js';

const catalog = loadCatalog();
const episode = { id: 'ep', title: 'ep', source: 'ep.txt', mediaUrl: null, duration: null };

function transcript(...texts: string[]): Transcript {
  return {
    source: { path: null, format: 'plain', timing: 'cues', repairs: 0, warnings: [] },
    title: null,
    segments: texts.map((text, index) => ({
      index,
      start: index * 60,
      end: index * 60 + 60,
      speaker: `S${index % 2}`,
      text,
    })),
  };
}

function run(...texts: string[]) {
  return extractEntities(transcript(...texts), { episode, catalog });
}

describe('extractEntities', () => {
  it('links exact names, aliases and speech-to-text split forms, with spans, times and evidence', () => {
    const { entities, mentions } = run(
      'the compiler work on ml ir and t vm targets the GPU and we train it in tensor flow with TPUs',
    );
    const ids = entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['mlir', 'tvm', 'tensorflow', 'tpu', 'gpu']));
    const tvm = mentions.find((m) => m.entity === 'tvm')!;
    expect(tvm).toMatchObject({ surface: 't vm', via: 'variant', segment: 0, speaker: 'S0', episode: 'ep' });
    expect('the compiler work on ml ir and t vm'.slice(tvm.from, tvm.to)).toBe('t vm');
    expect(tvm.start).toBeGreaterThan(0);
    expect(tvm.end).toBeGreaterThan(tvm.start!);
    expect(tvm.quote).toContain('ml ir and t vm targets');
    expect(mentions.find((m) => m.entity === 'mlir')).toMatchObject({ surface: 'ml ir', via: 'alias' });
    expect(mentions.find((m) => m.entity === 'tpu')!.via).toBe('variant');
  });

  it('reads spoken letters: TP use is TPUs', () => {
    expect(run('we ran it on TP use because the GPU was busy').entities.map((e) => e.id)).toContain('tpu');
  });

  it('decides ambiguous names by context', () => {
    const lang = run('array languages like APL and J are expressive programming languages');
    expect(lang.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['apl', 'j-language']));
    const plain = run('my friend J went for a swift walk and we had to go home');
    expect(plain.entities.map((e) => e.id)).not.toContain('j-language');
    expect(plain.entities.map((e) => e.id)).not.toContain('swift');
    expect(plain.entities.map((e) => e.id)).not.toContain('go');
  });

  it('finds misheard names by sound only in technical talk', () => {
    const { mentions } = run('he was president of Kegel the machine learning competition platform for data science');
    expect(mentions.find((m) => m.entity === 'kaggle')).toMatchObject({ surface: 'Kegel', via: 'phonetic' });
    expect(run('we did Kegel exercises at the gym').entities.map((e) => e.id)).not.toContain('kaggle');
  });

  it('resolves a first name alone to the full name said nearby', () => {
    const { mentions } = run(
      'this came from a guy called Leslie Smith',
      "Leslie's a researcher who trains neural networks",
    );
    expect(mentions.filter((m) => m.entity === 'leslie-smith').map((m) => m.segment)).toEqual([0, 1]);
  });

  it('discovers uncatalogued names from cues, marked discovered, and never emits generic words', () => {
    const { entities } = run(
      'we wrote it in a language called Zorblax and a guy called Quentin Vargoshi made a library called Flurbnet for the data model code',
    );
    const discovered = entities.filter((e) => e.discovered);
    expect(discovered).toEqual(
      expect.arrayContaining([
        { id: 'zorblax', label: 'Zorblax', kind: 'ProgrammingLanguage', discovered: true },
        { id: 'quentin-vargoshi', label: 'Quentin Vargoshi', kind: 'Person', discovered: true },
        { id: 'flurbnet', label: 'Flurbnet', kind: 'Software', discovered: true },
      ]),
    );
    for (const generic of ['data', 'model', 'code', 'people', 'thing'])
      expect(entities.map((e) => e.label.toLowerCase())).not.toContain(generic);
  });

  it('joins a name cut by a caption break, keeping the span inside the first segment', () => {
    const { mentions } = run('here is my conversation with Jeremy', 'Howard who teaches deep learning');
    const jeremy = mentions.find((m) => m.entity === 'jeremy-howard')!;
    expect(jeremy).toMatchObject({ segment: 0, surface: 'Jeremy Howard', from: 29, to: 35 });
    expect(jeremy.end).toBeGreaterThan(60);
  });

  it('decides a name shared by several entries from the words around it', () => {
    const language = run('my first programming language was Pascal and I wrote code in it');
    expect(language.entities.map((e) => e.id)).toContain('pascal');
    const gpu = run('we trained on NVIDIA cards of the Pascal generation with more GPU memory');
    expect(gpu.entities.map((e) => e.id)).toContain('pascal-gpu');
    expect(gpu.entities.map((e) => e.id)).not.toContain('pascal');
  });

  it('never takes speech-to-text glue of "I" for a name', () => {
    const { entities } = run('there was a guy called Ive Idont and meI said the language called Idont was fun');
    expect(entities.filter((e) => e.discovered)).toEqual([]);
  });

  it('is deterministic', () => {
    const text = 'Python and Swift and PyTorch on NVIDIA GPUs, with Chris Lattner and MLIR';
    expect(JSON.stringify(run(text))).toBe(JSON.stringify(run(text)));
  });
});
