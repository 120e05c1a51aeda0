import { buildGraph, normalizeLabel, resolveEntities, resolvePersonNames } from '@talkgraph/graph';
import type { EntityKind } from '@talkgraph/extract';
import type { EntitySighting } from '@talkgraph/graph';
import { ALL, CATALOG, arrayLanguages, compilers } from './fixtures/episodes.js';

const sighting = (id: string, label: string, catalog = false, kind: EntityKind = 'Software'): EntitySighting => ({
  id,
  labels: new Map([[label, 1]]),
  kinds: new Map([[kind, 1]]),
  catalog,
});

describe('dedupe', () => {
  const graph = buildGraph(ALL, { catalog: CATALOG });

  test('spellings of one thing become one node, keyed by the catalog id, with provenance', () => {
    expect(graph.hasNode('fast-ai')).toBe(false);
    const fastai = graph.getNodeAttributes('fastai');
    expect(fastai.label).toBe('fast.ai');
    expect(fastai.kind).toBe('Organization');
    expect(fastai.aliases.map((a) => a.surface).sort()).toEqual(["FastAI's", 'fast AI', 'fast.ai'].sort());
    expect(fastai.merges).toEqual([
      { surface: 'FastAI', rule: 'catalog-alias' },
      { surface: 'fast AI', rule: 'catalog-alias' },
    ]);
    expect(fastai.mentionCount).toBe(4);
    expect(fastai.episodes).toEqual(['array-languages', 'competitions', 'compilers']);
  });

  test('without a catalog the same spellings still merge, by normalized label', () => {
    const plain = buildGraph(ALL);
    expect(plain.hasNode('fast-ai')).toBe(false);
    expect(plain.getNodeAttribute('fastai', 'merges')).toEqual([
      { surface: 'FastAI', rule: 'normalized-label' },
      { surface: 'fast AI', rule: 'normalized-label' },
    ]);
  });

  test('a misheard catalog alias joins its entry (Kegel -> Kaggle)', () => {
    expect(graph.hasNode('kegel')).toBe(false);
    const kaggle = graph.getNodeAttributes('kaggle');
    expect(kaggle.mentions.map((m) => m.surface)).toEqual(['Kegel', 'Kaggle']);
    expect(kaggle.merges).toEqual([{ surface: 'Kegel', rule: 'catalog-alias' }]);
    expect(kaggle.discovered).toBe(false);
  });

  test('a last name alone is the one full name of that episode that ends with it', () => {
    expect(graph.hasNode('iverson')).toBe(false);
    expect(graph.hasNode('lattner')).toBe(false);
    expect(graph.getNodeAttribute('kenneth-iverson', 'merges')).toEqual([{ surface: 'Iverson', rule: 'person-name' }]);
    expect(graph.getNodeAttribute('chris-lattner', 'mentionCount')).toBe(2);
    // The relation said of "Iverson" is now said of Kenneth Iverson.
    expect(graph.hasEdge('kenneth-iverson->created->apl')).toBe(true);
    // Two statements of Lattner creating MLIR, one by full name, one by last name, make one edge of weight 2.
    expect(graph.getEdgeAttribute('chris-lattner->created->mlir', 'weight')).toBe(2);
  });

  test('person names are not resolved across episodes: "Jeremy" in one is not "Jeremy Howard" of another', () => {
    expect(graph.hasNode('jeremy')).toBe(true);
    expect(graph.hasNode('jeremy-howard')).toBe(true);
    expect(resolvePersonNames(arrayLanguages.extraction.entities).get('jeremy')).toBeUndefined();
    expect(resolvePersonNames(compilers.extraction.entities)).toEqual(new Map([['lattner', 'chris-lattner']]));
  });

  test('an ambiguous first name stays unresolved', () => {
    const people = [
      { id: 'chris-lattner', label: 'Chris Lattner', kind: 'Person' as const, discovered: false },
      { id: 'chris-olah', label: 'Chris Olah', kind: 'Person' as const, discovered: false },
      { id: 'chris', label: 'Chris', kind: 'Person' as const, discovered: true },
    ];
    expect(resolvePersonNames(people).size).toBe(0);
    expect(resolvePersonNames(people.filter((p) => p.id !== 'chris-olah'))).toEqual(
      new Map([['chris', 'chris-lattner']]),
    );
  });

  test('no two nodes have the same label ignoring case', () => {
    const labels = graph.mapNodes((_node, a) => a.label.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
  });

  test('two catalog entries whose names normalize alike stay apart, with labels told apart by kind', () => {
    const resolution = resolveEntities([
      sighting('go-language', 'Go', true, 'ProgrammingLanguage'),
      sighting('go-game', 'Go', true, 'Concept'),
      sighting('go', 'go', false),
    ]);
    expect([...resolution.nodes.keys()]).toEqual(['go', 'go-game', 'go-language']);
    const labels = [...resolution.nodes.values()].map((n) => n.label);
    expect(labels).toEqual(['go (Software)', 'Go (Concept)', 'Go (ProgrammingLanguage)']);
    expect(new Set(labels.map(normalizeLabel)).size).toBe(3);
  });

  test('labels that only normalize alike (C, C++, C#) keep their plain names', () => {
    const resolution = resolveEntities([
      sighting('c', 'C', true, 'ProgrammingLanguage'),
      sighting('cpp', 'C++', true, 'ProgrammingLanguage'),
      sighting('csharp', 'C#', true, 'ProgrammingLanguage'),
    ]);
    expect([...resolution.nodes.values()].map((n) => n.label).sort()).toEqual(['C', 'C#', 'C++']);
  });

  test('discovered-only groups take the smallest id, whatever the input order', () => {
    const a = resolveEntities([sighting('tvm-compiler', 'TVM'), sighting('tvm', 'T.V.M.')]);
    const b = resolveEntities([sighting('tvm', 'T.V.M.'), sighting('tvm-compiler', 'TVM')]);
    expect([...a.nodes.keys()]).toEqual(['tvm']);
    expect(a.keyOf.get('tvm-compiler')).toBe('tvm');
    expect([...b.nodes.values()]).toEqual([...a.nodes.values()]);
  });
});
