import { describe, expect, it } from '@jest/globals';
import { lemmaOf, wordClass } from '../src/entities/pos.js';
import { extractFrom, transcriptOf } from './fixtures/entity-fixture.js';

function run(...texts: string[]) {
  return extractFrom(transcriptOf(texts, 'A', 30));
}

const CACHES = [
  'So the processor reads memory through a small cache, and that was a good idea at the time.',
  'Every load checks the cache line first; a cache miss goes all the way out to main memory.',
  'When the cache misses pile up the pipeline stalls, so we made each cache line smaller.',
  'I think that was a good idea too, and the cache miss rate dropped a lot on real programs.',
];

describe('concepts', () => {
  it('finds repeated technical noun phrases and not everyday ones', () => {
    const { entities } = run(...CACHES);
    const concepts = entities.filter((e) => e.kind === 'Concept').map((e) => e.label);
    expect(concepts).toEqual(expect.arrayContaining(['cache line', 'cache miss']));
    expect(concepts).not.toContain('good idea');
  });

  it('labels a concept by its singular and gives each mention a quote, speaker and time', () => {
    const { entities, mentions } = run(...CACHES);
    const miss = entities.find((e) => e.label === 'cache miss')!;
    const said = mentions.filter((m) => m.entity === miss.id);
    // `cache miss`, `cache misses`, `cache miss rate`: the plural is the same concept.
    expect(said.map((m) => m.surface)).toEqual(expect.arrayContaining(['cache miss', 'cache misses']));
    for (const m of said) {
      expect(m.quote).toContain(m.surface);
      expect(m.speaker).toBe('A');
      expect(m.start).not.toBeNull();
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(run(...CACHES))).toBe(JSON.stringify(run(...CACHES)));
  });
});

describe('word classes from WordNet', () => {
  it('lemmatizes plural nouns and leaves singular ones ending in s', () => {
    expect(lemmaOf('caches')).toBe('cache');
    expect(lemmaOf('cookies')).toBe('cookie');
    expect(lemmaOf('policies')).toBe('policy');
    expect(lemmaOf('class')).toBe('class');
    expect(lemmaOf('physics')).toBe('physics');
  });

  it('never lets a word used only as a verb head a term, and marks technical words', () => {
    expect(wordClass('think').head).toBe(false);
    expect(wordClass('cache').head).toBe(true);
    expect(wordClass('miss').weakHead).toBe(true);
    expect(wordClass('really').modifier).toBe(false);
    expect(wordClass('compiler').technical).toBe(true);
    expect(wordClass('banana').technical).toBe(false);
  });
});
