import { describe, expect, it } from '@jest/globals';
import type { Transcript } from '@talkgraph/transcript';
import { extractEntities, loadCatalog } from '../src/index.js';

const catalog = loadCatalog();
const episode = { id: 'ep', title: 'ep', source: 'ep.txt', mediaUrl: null, duration: null };

function transcript(texts: string[]): Transcript {
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
  return extractEntities(transcript(texts), { episode, catalog });
}

const ids = (...texts: string[]) => run(...texts).entities.map((e) => e.id);
const mentionsOf = (entity: string, ...texts: string[]) => run(...texts).mentions.filter((m) => m.entity === entity);

describe('first and last names alone', () => {
  it('resolves a first name from an alias of the person said earlier (Ken after Ken Iverson)', () => {
    const found = mentionsOf(
      'ken-iverson',
      'array languages go back to a notation paper by Ken Iverson, a programming pioneer',
      'years later Ken designed the J language with a colleague',
    );
    expect(found.map((m) => m.surface)).toEqual(['Ken Iverson', 'Ken']);
    expect(found[1]!.segment).toBe(1);
  });

  it('resolves a last name alone', () => {
    const found = mentionsOf(
      'chris-lattner',
      'the Swift compiler was designed by Chris Lattner at Apple',
      'and Lattner then went to work on MLIR',
    );
    expect(found.map((m) => m.surface)).toEqual(['Chris Lattner', 'Lattner']);
  });

  it('leaves a first name alone when nobody of that name was mentioned, and never takes ASR glue for a name', () => {
    expect(ids('Ken said the compiler was slow on the GPU')).not.toContain('ken-iverson');
    const glued = mentionsOf(
      'jony-ive',
      'Jony Ive designed the iPhone at Apple',
      'and then Ive said the compiler was Idont know',
    );
    expect(glued.map((m) => m.surface)).not.toContain('Ive');
  });
});

describe('misheard repeats of names said plainly in the episode', () => {
  const said = 'we trained the model in TensorFlow on the GPU and then rewrote the training loop in PyTorch';

  it('finds a name heard as several everyday words, in technical talk', () => {
    const found = mentionsOf(
      'tensorflow',
      said,
      'then they added eager mode to tend to flow so the GPU code looks like PyTorch',
    );
    expect(found.map((m) => m.surface)).toContain('tend to flow');
    expect(found.find((m) => m.surface === 'tend to flow')).toMatchObject({ via: 'phonetic', segment: 1 });
  });

  it('reads an acronym out letter by letter (fast day eyes for fast AI)', () => {
    const found = mentionsOf(
      'fast-ai',
      'the fast AI course teaches deep learning with PyTorch on a GPU',
      'and the fast day eyes library won the benchmark for training on GPUs',
    );
    expect(found.map((m) => m.surface)).toContain('fast day eyes');
  });

  it('finds a short acronym heard as a letter and a syllable (M lar for MLIR)', () => {
    const found = mentionsOf(
      'mlir',
      'the compiler work on MLIR targets the GPU',
      'our new compiler lowers Swift code through M lar before LLVM',
    );
    expect(found.map((m) => m.surface)).toContain('M lar');
  });

  it('separates a name glued to the next word (Stanfordas)', () => {
    const found = mentionsOf(
      'stanford',
      'the benchmark from Stanford measured training time',
      'the contest was organised by Stanfordas a yearly GPU event',
    );
    expect(found.map((m) => m.surface)).toContain('Stanfordas');
  });

  it('does not link everyday phrases that only look like a name said elsewhere', () => {
    const chat = 'after that we went home and talked about the weather and the holidays with the family for a while';
    expect(
      mentionsOf('tensorflow', said, chat, 'water tends to flow downhill in the garden').map((m) => m.surface),
    ).toEqual(['TensorFlow']);
    expect(
      mentionsOf(
        'sourceforge',
        'we hosted the project on SourceForge for years',
        'the source code of the compiler is open',
      ).map((m) => m.surface),
    ).toEqual(['SourceForge']);
    expect(mentionsOf('mlir', 'nothing about compilers here', 'M lar said hello at the party').length).toBe(0);
  });
});

describe('everyday words that are also names', () => {
  it.each([
    ['you can access the file from the compiler tool', 'microsoft-access'],
    ['go to the store and buy a GPU', 'go'],
    ['he wrote a swift reply about the compiler', 'swift'],
    ['the team will excel at programming', 'microsoft-excel'],
    ['the rust on the old server rack', 'rust'],
    ['a spark of an idea for the compiler', 'spark'],
    ['we went back to the office after the compiler talk', 'microsoft-office'],
    ['my sister julia wrote the compiler tests', 'julia'],
    ['she wore a ruby ring to the compiler meetup', 'ruby'],
    ['we carry the torch for compiler research', 'torch'],
  ])('"%s" has no %s', (text, entity) => {
    expect(ids(text)).not.toContain(entity);
  });

  it('keeps a language said after "to" (switch to python)', () => {
    expect(
      ids('the team moved the compiler from perl to python to make the programming language tooling simpler'),
    ).toContain('python');
  });

  it('still links Access in talk about databases, and the verb "access" next to it stays a word', () => {
    const { mentions } = run(
      'for years I built office apps in Microsoft Access with its relational database and reports',
      'access stored the tables while Excel held the sheets for the database',
      'the GPU vendor never gave users direct access to the chip memory',
    );
    const access = mentions.filter((m) => m.entity === 'microsoft-access');
    expect(access.map((m) => m.segment)).toEqual([0, 1]);
  });
});
