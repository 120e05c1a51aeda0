import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { jest } from '@jest/globals';
import { buildGraph, toGexf, toGraphml } from '@talkgraph/graph';
import { GEPHI_SCRIPT, describeWithGephi } from '@talkgraph/testkit';
import { ALL, CATALOG } from './fixtures/episodes.js';

/** What GephiImport.java prints for one file: what Gephi holds after its default import. */
type GephiSummary = {
  file: string;
  nodes: number;
  edges: number;
  edgeTypes: Record<string, number>;
  nodeColumns: string[];
  coloured: number;
  sized: number;
  placed: number;
  labels: Record<string, string>;
  kinds: Record<string, string>;
};

// A JVM starting Gephi's modules on a shared 2-core machine.
jest.setTimeout(120_000);

const graph = buildGraph(ALL, { catalog: CATALOG, title: 'Array languages' });
const relationCounts: Record<string, number> = {};
graph.forEachEdge((_edge, { relation }) => {
  relationCounts[relation] = (relationCounts[relation] ?? 0) + 1;
});

describeWithGephi("Gephi's own importer", () => {
  let summaries: GephiSummary[] = [];
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'talkgraph-gephi-'));
    await writeFile(join(dir, 'graph.gexf'), toGexf(graph));
    await writeFile(join(dir, 'graph.graphml'), toGraphml(graph));
    const { stdout } = await promisify(execFile)(GEPHI_SCRIPT, [
      'import',
      join(dir, 'graph.gexf'),
      join(dir, 'graph.graphml'),
    ]);
    summaries = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as GephiSummary);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('the fixture has node pairs joined by a typed relation and a co-occurrence (what Gephi used to merge)', () => {
    const pairs = new Set<string>();
    let parallel = 0;
    graph.forEachEdge((_edge, _a, source, target) => {
      const pair = [source, target].sort().join('\u0000');
      if (pairs.has(pair)) parallel++;
      pairs.add(pair);
    });
    expect(parallel).toBeGreaterThan(0);
  });

  test.each(['graph.gexf', 'graph.graphml'])('%s: every node and edge, each relation as its edge type', (file) => {
    const summary = summaries.find((s) => s.file === file);
    expect(summary).toBeDefined();
    expect(summary?.nodes).toBe(graph.order);
    expect(summary?.edges).toBe(graph.size);
    expect(summary?.edgeTypes).toEqual(relationCounts);
  });

  test.each(['graph.gexf', 'graph.graphml'])('%s: labels, kinds, colours, sizes and positions', (file) => {
    const summary = summaries.find((s) => s.file === file);
    const labels = Object.fromEntries(graph.mapNodes((node, { label }) => [node, label]));
    const kinds = Object.fromEntries(graph.mapNodes((node, { kind }) => [node, kind]));
    expect(summary?.labels).toEqual(labels);
    expect(summary?.kinds).toEqual(kinds);
    expect(summary?.coloured).toBe(graph.order);
    expect(summary?.sized).toBe(graph.order);
    expect(summary?.placed).toBe(graph.order);
  });
});
