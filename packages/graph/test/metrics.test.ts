import { buildGraph, computeMetrics, layout, layoutIterations, simpleProjection } from '@talkgraph/graph';
import { KIND_COLORS } from '@talkgraph/graph/palette';
import { ALL, CATALOG } from './fixtures/episodes.js';

describe('metrics', () => {
  const graph = buildGraph(ALL, { catalog: CATALOG });

  test('degree counts distinct neighbours, whatever the number of edges between them', () => {
    // Chris Lattner -> MLIR: a typed edge and a co-occurrence edge, one neighbour.
    expect(graph.edges('chris-lattner', 'mlir')).toHaveLength(2);
    graph.forEachNode((node, a) => expect(a.degree).toBe(new Set(graph.neighbors(node)).size));
  });

  test('PageRank is a distribution, highest for the best connected nodes', () => {
    const ranks = graph.mapNodes((_n, a) => a.pagerank);
    expect(ranks.reduce((sum, r) => sum + r, 0)).toBeCloseTo(1, 5);
    const isolated = graph.getNodeAttribute('random-forest', 'pagerank');
    expect(graph.getNodeAttribute('mlir', 'pagerank')).toBeGreaterThan(isolated);
  });

  test('Louvain communities are numbered by size and group connected nodes', () => {
    const sizes = new Map<number, number>();
    graph.forEachNode((_n, a) => sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1));
    const ordered = [...sizes.keys()].sort((a, b) => a - b).map((c) => sizes.get(c)!);
    expect(ordered).toEqual([...ordered].sort((a, b) => b - a));
    expect(graph.getNodeAttribute('llvm', 'community')).toBe(graph.getNodeAttribute('chris-lattner', 'community'));
    expect(graph.getNodeAttribute('random-forest', 'community')).not.toBe(graph.getNodeAttribute('mlir', 'community'));
  });

  test('metrics are seeded: the same seed gives the same numbers', () => {
    expect(computeMetrics(graph, { seed: 7 })).toEqual(computeMetrics(graph, { seed: 7 }));
  });

  test('the simple projection sums parallel edges into one undirected weight', () => {
    const simple = simpleProjection(graph);
    const both = graph.edges('chris-lattner', 'mlir').map((e) => graph.getEdgeAttribute(e, 'weight'));
    expect(simple.getEdgeAttribute('chris-lattner', 'mlir', 'weight')).toBeCloseTo(both[0]! + both[1]!, 10);
    expect(simple.multi).toBe(false);
  });
});

describe('layout', () => {
  const graph = buildGraph(ALL, { catalog: CATALOG });

  test('every node has a finite position, a size, and the colour of its kind; sizes grow with mentions', () => {
    graph.forEachNode((_n, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.size).toBeGreaterThan(0);
      expect(a.color).toBe(KIND_COLORS[a.kind]);
    });
    expect(graph.getNodeAttribute('fastai', 'size')).toBeGreaterThan(graph.getNodeAttribute('llvm', 'size'));
  });

  test('after overlap removal no two nodes overlap', () => {
    const nodes = graph.mapNodes((_n, a) => a);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [nodes[i]!, nodes[j]!];
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.size + b.size - 0.05);
      }
    }
  });

  test('connected nodes end up closer than unconnected ones on average', () => {
    const distance = (a: string, b: string) =>
      Math.hypot(
        graph.getNodeAttribute(a, 'x') - graph.getNodeAttribute(b, 'x'),
        graph.getNodeAttribute(a, 'y') - graph.getNodeAttribute(b, 'y'),
      );
    let linked = 0;
    graph.forEachEdge((_e, _a, s, t) => (linked += distance(s, t)));
    linked /= graph.size;
    const nodes = graph.nodes();
    let all = 0;
    let pairs = 0;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        all += distance(nodes[i]!, nodes[j]!);
        pairs++;
      }
    expect(linked).toBeLessThan(all / pairs);
  });

  test('iterations fall gently with size, and a graph that is not small is laid out with Barnes-Hut', () => {
    const sizes = [1, 100, 500, 501, 1000, 2600, 10_000, 100_000];
    const iterations = sizes.map(layoutIterations);
    expect(iterations[0]).toBe(iterations[2]);
    for (let i = 1; i < iterations.length; i++) expect(iterations[i]).toBeLessThanOrEqual(iterations[i - 1]!);
    expect(iterations.at(-1)).toBeGreaterThan(0);
    // Time (iterations x n log n) still grows with the graph, but slower than the graph does.
    const cost = (i: number) => iterations[i]! * sizes[i]! * Math.log(sizes[i]!);
    expect(cost(5) / cost(3)).toBeLessThan(sizes[5]! / sizes[3]!);
    expect(cost(5)).toBeGreaterThan(cost(3));

    const big = graph.copy();
    for (let i = 0; i < 600; i++)
      big.addNode(`extra-${i}`, { ...graph.getNodeAttributes('mlir'), label: `extra ${i}` });
    const { settings } = layout(big, { seed: 1 });
    expect(settings.forceAtlas2.barnesHutOptimize).toBe(true);
    expect(settings.iterations).toBe(layoutIterations(big.order));
    expect(layout(graph).settings.forceAtlas2.barnesHutOptimize).toBe(false);
  });

  test('the layout is seeded: same seed, same positions; another seed, other positions', () => {
    const a = layout(graph, { seed: 3, iterations: 50 });
    expect(layout(graph, { seed: 3, iterations: 50 })).toEqual(a);
    expect(layout(graph, { seed: 4, iterations: 50 }).positions).not.toEqual(a.positions);
    expect(a.settings.iterations).toBe(50);
    expect(a.settings.forceAtlas2).toHaveProperty('gravity');
  });
});
