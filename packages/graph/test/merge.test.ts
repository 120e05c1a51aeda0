import { buildGraph, createGraphBuilder, exportGraph } from '@talkgraph/graph';
import { ALL, CATALOG, arrayLanguages, competitions, compilers } from './fixtures/episodes.js';

const permutations = <T>(items: T[]): T[][] =>
  items.length <= 1
    ? [items]
    : items.flatMap((item, i) =>
        permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
      );

describe('many episodes in one graph', () => {
  const graph = buildGraph(ALL, { catalog: CATALOG, title: 'Array languages' });

  test('graph attributes list every episode, sorted, with its segments', () => {
    const { name, episodes, generator } = graph.getAttributes();
    expect(name).toBe('Array languages');
    expect(episodes.map((e) => e.id)).toEqual(['array-languages', 'competitions', 'compilers']);
    expect(episodes[2]!.segments[0]).toEqual({ start: 0, end: 9, speaker: 'Host', text: compilers.segments[0]!.text });
    expect(generator.name).toBe('talkgraph');
  });

  test('each mention remembers its episode, time, speaker and quote', () => {
    const mlir = graph.getNodeAttributes('mlir');
    expect(mlir.episodes).toEqual(['compilers']);
    expect(mlir.mentions.map((m) => [m.episode, m.segment, m.start, m.speaker])).toEqual([
      ['compilers', 0, 0, 'Host'],
      ['compilers', 1, 10, 'Guest'],
      ['compilers', 3, 30, 'Guest'],
    ]);
    expect(mlir.mentions[1]!.quote).toBe(compilers.segments[1]!.text);
    const apl = graph.getNodeAttributes('apl');
    expect(apl.episodes).toEqual(['array-languages', 'compilers']);
    expect(apl.firstSeen).toEqual({ episode: 'array-languages', start: 0 });
    expect(apl.aliases).toEqual([{ surface: 'APL', count: 3 }]);
  });

  test('the same node collects mentions and edges from several episodes', () => {
    const tpu = graph.getNodeAttributes('tpu');
    expect(tpu.mentionCount).toBe(2);
    expect(tpu.episodes).toEqual(['array-languages', 'compilers']);
    expect(graph.getEdgeAttribute('fastai->co_occurs->tpu', 'episodes')).toEqual(['array-languages']);
    expect(graph.getEdgeAttribute('mlir->targets->tpu', 'evidence')[0]).toMatchObject({
      episode: 'compilers',
      segment: 1,
    });
  });

  test('co-occurrence weights are NPMI over the windows of all episodes, in (0, 1]', () => {
    graph.forEachEdge((_edge, a) => {
      if (a.relation !== 'co_occurs') return;
      expect(a.weight).toBeGreaterThan(0);
      expect(a.weight).toBeLessThanOrEqual(1);
    });
    // APL and J share both of their windows in episode one, but APL also appears alone in episode two.
    const aplJ = graph.getEdgeAttributes('apl->co_occurs->j-language');
    expect(aplJ.count).toBe(2);
    const total = 10;
    const expected = Math.log(2 / total / ((3 / total) * (2 / total))) / -Math.log(2 / total);
    expect(aplJ.weight).toBeCloseTo(expected, 4);
  });

  test('the result is the same whatever the order of the episodes, byte for byte', () => {
    const reference = exportGraph(buildGraph(ALL, { catalog: CATALOG }));
    for (const order of permutations([arrayLanguages, compilers, competitions]).slice(1)) {
      expect(exportGraph(buildGraph(order, { catalog: CATALOG }))).toEqual(reference);
    }
  });

  test('the same input builds the same bytes twice', () => {
    expect(exportGraph(buildGraph(ALL, { catalog: CATALOG }))).toEqual(
      exportGraph(buildGraph(ALL, { catalog: CATALOG })),
    );
  });

  test('adding an episode keeps the ids of the nodes already there', () => {
    const before = buildGraph([arrayLanguages, compilers], { catalog: CATALOG }).nodes();
    const after = new Set(buildGraph(ALL, { catalog: CATALOG }).nodes());
    for (const node of before) expect(after.has(node)).toBe(true);
  });

  test('an episode id given twice is an error that says so', () => {
    const builder = createGraphBuilder();
    builder.add(arrayLanguages);
    expect(() => builder.add(arrayLanguages)).toThrow(/^episode id "array-languages" was added twice/);
  });

  test('an episode where nothing was found still counts as an episode', () => {
    const empty = {
      ...arrayLanguages,
      extraction: {
        ...arrayLanguages.extraction,
        episode: { ...arrayLanguages.extraction.episode, id: 'silence' },
        entities: [],
        mentions: [],
        relations: [],
        cooccurrences: [],
      },
    };
    const g = buildGraph([empty]);
    expect(g.order).toBe(0);
    expect(g.getAttribute('episodes').map((e) => e.id)).toEqual(['silence']);
  });
});
