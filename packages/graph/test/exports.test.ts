import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import {
  EDGE_COLUMNS,
  MENTION_COLUMNS,
  NODE_COLUMNS,
  buildGraph,
  exportGraph,
  importTalkGraph,
  toEdgesCsv,
  toGexf,
  toGraphJson,
  toGraphml,
  toMentionsCsv,
  toNodesCsv,
} from '@talkgraph/graph';
import { ALL, CATALOG } from './fixtures/episodes.js';

const graph = buildGraph(ALL, { catalog: CATALOG, title: 'Array "languages" & <compilers>' });
const edgeTriples = (g: { mapEdges: MultiDirectedGraph['mapEdges'] }) =>
  g.mapEdges((key, a, source, target) => [key, source, target, a.relation, a.weight]).sort();
const expectedTriples = edgeTriples(graph);

describe('exports read back with their own parsers', () => {
  test('graph.json imports into graphology as the same graph', () => {
    const copy = importTalkGraph(JSON.parse(toGraphJson(graph)));
    expect(copy.export()).toEqual(graph.export());
    expect(toGraphJson(copy)).toBe(toGraphJson(graph));
  });

  test('GEXF 1.3 (graphology-gexf) gives the same nodes, edges, labels, viz and key attributes', () => {
    const gexf = toGexf(graph);
    expect(gexf).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    expect(gexf).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>/);
    expect(gexf).toContain('<creator>talkgraph ');
    const back = parseGexf(MultiDirectedGraph, gexf);
    expect(back.nodes().sort()).toEqual(graph.nodes().sort());
    graph.forEachNode((node, a) => {
      const b = back.getNodeAttributes(node);
      expect(b).toMatchObject({
        label: a.label,
        kind: a.kind,
        mentionCount: a.mentionCount,
        degree: a.degree,
        pagerank: a.pagerank,
        community: a.community,
        discovered: a.discovered,
        episodes: a.episodes.join(';'),
        x: a.x,
        y: a.y,
        size: a.size,
        color: `rgb(${[1, 3, 5].map((at) => parseInt(a.color.slice(at, at + 2), 16)).join(',')})`,
      });
    });
    expect(back.mapEdges((key, b, source, target) => [key, source, target, b.relation, b.weight]).sort()).toEqual(
      expectedTriples,
    );
  });

  test('GraphML (graphology-graphml) gives the same nodes, edges and typed attributes', () => {
    const back = parseGraphml(MultiDirectedGraph, toGraphml(graph));
    expect(back.type).toBe('directed');
    expect(back.getAttribute('name')).toBe(graph.getAttribute('name'));
    expect(back.nodes().sort()).toEqual(graph.nodes().sort());
    graph.forEachNode((node, a) => {
      expect(back.getNodeAttributes(node)).toMatchObject({
        label: a.label,
        kind: a.kind,
        mentionCount: a.mentionCount,
        degree: a.degree,
        pagerank: a.pagerank,
        discovered: a.discovered,
        x: a.x,
        y: a.y,
        size: a.size,
        color: a.color,
      });
    });
    expect(edgeTriples(back)).toEqual(expectedTriples);
  });

  test('nodes.csv and edges.csv (csv-parse) give the same nodes and edges', () => {
    const nodes = parseCsv(toNodesCsv(graph), { bom: true, columns: true, cast: true }) as Record<string, unknown>[];
    expect(Object.keys(nodes[0]!)).toEqual(NODE_COLUMNS);
    expect(nodes.map((n) => n.id)).toEqual(graph.nodes());
    for (const row of nodes) {
      const a = graph.getNodeAttributes(row.id as string);
      expect(row).toMatchObject({
        label: a.label,
        kind: a.kind,
        mentionCount: a.mentionCount,
        pagerank: a.pagerank,
        x: a.x,
        y: a.y,
        color: a.color,
      });
      expect(row.discovered).toBe(String(a.discovered));
    }
    const edges = parseCsv(toEdgesCsv(graph), { bom: true, columns: true, cast: true }) as Record<string, unknown>[];
    expect(Object.keys(edges[0]!)).toEqual(EDGE_COLUMNS);
    expect(edges.map((e) => [e.id, e.source, e.target, e.relation, e.weight]).sort()).toEqual(expectedTriples);
  });

  test('mentions.csv has one row per mention with episode, times, speaker and the exact quote', () => {
    const text = toMentionsCsv(graph);
    // A byte order mark first, for Excel; then the header.
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${MENTION_COLUMNS.join(',')}`);
    const rows = parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];
    const mentions = graph.reduceNodes(
      (all, node, a) => [...all, ...a.mentions.map((m) => ({ node, ...m }))],
      [] as Record<string, unknown>[],
    );
    expect(rows).toHaveLength(mentions.length);
    rows.forEach((row, i) => {
      const m = mentions[i]!;
      expect(row.node).toBe(m.node);
      expect(row.episode).toBe(m.episode);
      expect(row.quote).toBe(m.quote);
      expect(row.speaker).toBe(m.speaker ?? '');
      expect(Number(row.start)).toBe(m.start);
      expect(Number(row.confidence)).toBe(m.confidence);
    });
    // Quotes with commas and apostrophes survive: RFC 4180 quoting.
    expect(rows.some(({ quote = '' }) => quote.includes(',') && quote.includes("'"))).toBe(true);
  });

  test('exportGraph names every file once, in a fixed order', () => {
    expect(exportGraph(graph).map((f) => f.name)).toEqual([
      'graph.json',
      'graph.gexf',
      'graph.graphml',
      'nodes.csv',
      'edges.csv',
      'mentions.csv',
    ]);
  });

  test('an empty graph still exports files that parse', () => {
    const empty = buildGraph([]);
    // graphology-gexf guesses the type from the first edge; there is none, so keep the constructor's.
    expect(parseGexf(MultiDirectedGraph, toGexf(empty), { respectInputGraphType: true }).order).toBe(0);
    expect(parseGraphml(MultiDirectedGraph, toGraphml(empty)).order).toBe(0);
    expect(parseCsv(toNodesCsv(empty), { bom: true, columns: true })).toEqual([]);
  });
});
