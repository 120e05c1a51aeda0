import { describe, expect, it } from '@jest/globals';
import type { EntityKind } from '../src/types.js';
import { relationsWith, triples } from './fixtures/relation-fixture.js';

// Small fixtures written for these tests.
const ENTITIES: Record<string, { kind: EntityKind; names: string[] }> = {
  zen: { kind: 'Hardware', names: ['Zen'] },
  debian: { kind: 'Software', names: ['Debian'] },
  python: { kind: 'ProgrammingLanguage', names: ['Python'] },
  'guido-van-rossum': { kind: 'Person', names: ['Guido van Rossum'] },
  microarchitecture: { kind: 'Concept', names: ['microarchitecture'] },
  distribution: { kind: 'Concept', names: ['Linux distribution', 'Linux distributions'] },
  scripting: { kind: 'Concept', names: ['scripting languages', 'scripting language'] },
};
const relationsOf = relationsWith(ENTITIES);

describe('is_a: type statements to a concept', () => {
  it('reads copulas, appositions and examples', () => {
    expect(triples(relationsOf('Zen is a brand new microarchitecture'))).toEqual(['zen is_a microarchitecture']);
    expect(triples(relationsOf('we ran Debian, a Linux distribution, on it'))).toEqual(['debian is_a distribution']);
    expect(triples(relationsOf('Python is one of those scripting languages'))).toEqual(['python is_a scripting']);
    expect(triples(relationsOf('and scripting languages like Python took off'))).toEqual(['python is_a scripting']);
  });

  it('needs a class noun right there, and no person', () => {
    expect(relationsOf('Debian is a way to learn about Linux distributions')).toEqual([]);
    expect(relationsOf('Zen was fast and a microarchitecture came after')).toEqual([]);
    expect(relationsOf('Guido van Rossum is a scripting language fan')).toEqual([]);
    expect(relationsOf('a scripting language like Python')).toEqual([]);
  });
});
