import { UsageError } from '@talkgraph/errors';
import { buildGraph, ENTITY_KINDS, parseKinds, resolveFilters } from '@talkgraph/graph';
import { ALL, CATALOG } from './fixtures/episodes.js';

describe('filters', () => {
  const full = buildGraph(ALL, { catalog: CATALOG });

  test('by default every mentioned entity is a node and co-occurrence edges are there', () => {
    expect(full.order).toBe(15);
    expect(full.filterEdges((_e, a) => a.relation === 'co_occurs').length).toBeGreaterThan(0);
  });

  test('--min-mentions drops rarely mentioned nodes and their edges', () => {
    const graph = buildGraph(ALL, { catalog: CATALOG, filters: { minMentions: 3 } });
    expect(graph.nodes()).toEqual(['apl', 'fastai', 'mlir']);
    graph.forEachNode((_node, a) => expect(a.mentionCount).toBeGreaterThanOrEqual(3));
    expect(graph.edges()).toEqual(['apl->co_occurs->mlir']);
  });

  test('--min-confidence drops unsure mentions and relation statements before counting', () => {
    const graph = buildGraph(ALL, { catalog: CATALOG, filters: { minConfidence: 0.6 } });
    graph.forEachNode((_node, a) => {
      for (const m of a.mentions) expect(m.confidence).toBeGreaterThanOrEqual(0.6);
    });
    expect(graph.hasNode('roger-hui')).toBe(false); // its one mention had 0.5
    expect(graph.hasNode('jeremy')).toBe(false);
    expect(full.hasEdge('mlir->targets->gpu')).toBe(true);
    expect(graph.hasEdge('mlir->targets->gpu')).toBe(false); // stated with 0.3
    expect(graph.getNodeAttribute('fastai', 'mentionCount')).toBe(2); // the two discovered spellings were unsure
  });

  test('--kinds keeps only nodes of those kinds', () => {
    const graph = buildGraph(ALL, { catalog: CATALOG, filters: { kinds: parseKinds('person, Hardware') } });
    expect(new Set(graph.mapNodes((_n, a) => a.kind))).toEqual(new Set(['Person', 'Hardware']));
    expect(graph.order).toBe(full.filterNodes((_n, a) => a.kind === 'Person' || a.kind === 'Hardware').length);
    expect(graph.getAttribute('settings').kinds).toEqual(['Hardware', 'Person']);
  });

  test('--no-cooccurrence keeps only typed edges', () => {
    const graph = buildGraph(ALL, { catalog: CATALOG, filters: { cooccurrence: false } });
    expect(graph.size).toBe(full.filterEdges((_e, a) => a.relation !== 'co_occurs').length);
    graph.forEachEdge((_e, a) => expect(a.relation).not.toBe('co_occurs'));
  });

  test('filters are recorded in the graph settings', () => {
    expect(full.getAttribute('settings')).toMatchObject({
      minMentions: 1,
      minConfidence: 0,
      kinds: null,
      cooccurrence: true,
    });
  });

  test('bad filter values are one-line errors that say what is allowed', () => {
    expect(() => parseKinds('Person,Gadget')).toThrow(UsageError);
    expect(() => parseKinds('Person,Gadget')).toThrow(
      new Error(`unknown kind "Gadget"; use some of ${ENTITY_KINDS.join(', ')}`),
    );
    expect(() => resolveFilters({ minConfidence: 2 })).toThrow(UsageError);
    expect(() => resolveFilters({ minConfidence: 2 })).toThrow(
      new Error('min-confidence must be between 0 and 1, got 2'),
    );
    expect(() => resolveFilters({ minMentions: -1 })).toThrow(/^min-mentions must be a whole number/);
  });
});
