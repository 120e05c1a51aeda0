import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import type { SerializedTalkGraph } from '@talkgraph/graph';
import { pushGraph, wipeGraph } from '@talkgraph/neo4j';
import { REPO_ROOT } from '@talkgraph/testkit';
import { fixtureGraph } from '../fixtures/graph.js';
import { buildSample } from '../support/sample.js';
import { cypherShell } from '../support/cypher-shell.js';
import { openDriver, pushOptions, rows, snapshot } from '../support/database.js';

type Row = Record<string, unknown>;

/** The numbered queries of docs/cypher.md: `## N. title` followed by a ```cypher block. */
function documentedQueries(): { number: number; title: string; cypher: string }[] {
  const markdown = readFileSync(join(REPO_ROOT, 'docs/cypher.md'), 'utf8');
  const pattern = /^## (\d+)\. (.+)\n[\s\S]*?```cypher\n([\s\S]*?)```/gm;
  return [...markdown.matchAll(pattern)].map((match) => ({
    number: Number(match[1]),
    title: match[2] ?? '',
    cypher: match[3] ?? '',
  }));
}

const entity = (graph: SerializedTalkGraph, name: string) => {
  const node = graph.nodes.find((item) => item.attributes.label === name);
  if (!node) throw new Error(`the test graph has no entity "${name}"`);
  return node;
};

/** Length of the shortest path between two entities over graph.json's edges (undirected BFS). */
function shortestHops(graph: SerializedTalkGraph, from: string, to: string): number {
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of graph.edges) {
    neighbours.set(source, [...(neighbours.get(source) ?? []), target]);
    neighbours.set(target, [...(neighbours.get(target) ?? []), source]);
  }
  const distance = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of neighbours.get(node) ?? []) {
      if (distance.has(next)) continue;
      distance.set(next, distance.get(node)! + 1);
      queue.push(next);
    }
  }
  return distance.get(to) ?? -1;
}

/** What each documented query must return, checked against the graph.json that was loaded. */
const CHECKS: Record<number, (result: Row[], graph: SerializedTalkGraph) => void> = {
  1: (result, graph) => {
    const mlir = entity(graph, 'MLIR').attributes;
    // One row per mention, at the mention's own second.
    expect(result.map((row) => row.seconds)).toEqual(
      mlir.mentions.map((m) => m.start).sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    for (const row of result) expect(typeof row.quote).toBe('string');
    expect(result.map((row) => row.heardAs)).toEqual(expect.arrayContaining(['ml ir']));
  },
  2: (result) => expect(result.map((row) => row.language)).toContain('J'),
  3: (result) => {
    expect(result).toEqual(
      expect.arrayContaining([expect.objectContaining({ creator: 'Kenneth Iverson', created: 'APL' })]),
    );
    expect(result.every((row) => (row.statements as number) >= 1)).toBe(true);
  },
  4: (result) => {
    expect(result).toEqual(expect.arrayContaining([{ person: 'Chris Lattner', hops: 1 }]));
    expect(result.every((row) => (row.hops as number) <= 2)).toBe(true);
  },
  5: (result, graph) => {
    const mlir = entity(graph, 'MLIR').attributes.mentions;
    const halide = entity(graph, 'Halide').attributes.mentions;
    expect(result.length).toBeGreaterThan(0);
    for (const row of result) {
      expect(row.text).toMatch(/Halide/);
      const said = [...mlir, ...halide].filter((m) => m.segment === row.segment).map((m) => m.start ?? 0);
      expect(row.seconds).toBe(Math.min(...said));
    }
  },
  6: (result, graph) => {
    const best = new Map<number, { name: string; pagerank: number }>();
    for (const { attributes: node } of graph.nodes) {
      const current = best.get(node!.community);
      if (
        !current ||
        node!.pagerank > current.pagerank ||
        (node!.pagerank === current.pagerank && node!.label < current.name)
      ) {
        best.set(node!.community, { name: node!.label, pagerank: node!.pagerank });
      }
    }
    expect(result).toHaveLength(best.size);
    for (const row of result) expect((row.mostCentral as string[])[0]).toBe(best.get(row.community as number)!.name);
  },
  7: (result, graph) => {
    const mlir = entity(graph, 'MLIR').attributes;
    expect(result.map((row) => row.episode)).toEqual(mlir.episodes);
    expect(result.reduce((sum, row) => sum + (row.mentions as number), 0)).toBe(mlir.mentionCount);
    expect(result[0]?.firstSeconds).toBe(Math.min(...mlir.mentions.map((m) => m.start ?? 0)));
  },
  8: (result, graph) => {
    // The sample may leave them in separate components; the fixture connects them (see below).
    const hops = shortestHops(graph, entity(graph, 'Leslie Smith').key, entity(graph, 'TPU').key);
    if (hops < 0) {
      expect(result).toEqual([]);
      return;
    }
    expect(result).toHaveLength(1);
    const names = result[0]?.names as string[];
    expect([names[0], names.at(-1)]).toEqual(['Leslie Smith', 'TPU']);
    expect(names.length - 1).toBe(hops);
    expect(result[0]?.via).toHaveLength(hops);
  },
  9: (result, graph) => {
    const most = Math.max(...graph.nodes.map((node) => node.attributes.episodes.length));
    expect(result[0]?.episodes).toBe(most);
    expect(result.length).toBe(Math.min(10, graph.nodes.length));
  },
  10: (result) => {
    expect(result.length).toBeGreaterThan(0);
    for (const row of result) expect(row.quote).toMatch(/\bJ\b[\s\S]*APL|APL[\s\S]*\bJ\b/);
  },
  11: (result) => {
    const mlir = result.find((row) => row.entity === 'MLIR');
    expect(mlir?.heardAs).toEqual(expect.arrayContaining(['ml ir']));
    // Never a case-only difference.
    for (const row of result) {
      for (const heard of row.heardAs as string[])
        expect(heard.toLowerCase()).not.toBe((row.entity as string).toLowerCase());
    }
  },
  12: (result, graph) => {
    const leslie = entity(graph, 'Leslie Smith').attributes;
    expect(result.length).toBeGreaterThan(0);
    for (const row of result) {
      const mention = leslie.mentions.find((m) => m.segment === row.segment)!;
      const episode = graph.attributes.episodes.find((e) => e.id === mention.episode)!;
      expect(row.reply).toBe(episode.segments[(row.segment as number) + 1]?.text);
    }
  },
  13: (result) => {
    expect(result.length).toBeGreaterThan(0);
    expect(result.length).toBeLessThanOrEqual(10);
    for (const row of result) expect(row.text).toMatch(/compil/i);
  },
  14: (result, graph) => {
    // One relationship per edge and segment (the loader's statements) whose quote has either word.
    const statements = new Set(
      graph.edges
        .filter((edge) => edge.attributes.relation !== 'co_occurs')
        .flatMap((edge) =>
          edge.attributes.evidence
            .filter((evidence) => /\b(created|wrote)\b/i.test(evidence.quote))
            .map((evidence) => `${edge.key}#${evidence.episode}#${evidence.segment}`),
        ),
    );
    expect(result.length).toBe(statements.size);
    for (const row of result) expect(row.quote).toMatch(/\b(created|wrote)\b/i);
  },
};

function checkOf(number: number): (result: Row[], graph: SerializedTalkGraph) => void {
  const check = CHECKS[number];
  if (!check) throw new Error(`query ${number} of docs/cypher.md has no check here; add one to CHECKS`);
  return check;
}

export function queriesSuite(): void {
  describe('the queries of docs/cypher.md', () => {
    const queries = documentedQueries();
    let driver: Driver;
    let graph: SerializedTalkGraph;
    let cypher: string;
    beforeAll(async () => {
      driver = openDriver();
      ({ graph, cypher } = await buildSample());
      await pushGraph(graph, pushOptions({ wipe: true }));
    });
    afterAll(() => driver.close());

    test('cypher-shell running the graph.cypher of `talkgraph build` loads exactly what pushGraph loads', async () => {
      const pushed = await snapshot(driver);
      await wipeGraph(pushOptions());
      expect(await cypherShell(cypher)).toEqual({ code: 0, stderr: '' });
      expect(await snapshot(driver)).toEqual(pushed);
    });

    test('there are at least 10, each with a check', () => {
      expect(queries.length).toBeGreaterThanOrEqual(10);
      expect(queries.map((query) => query.number).sort((a, b) => a - b)).toEqual(Object.keys(CHECKS).map(Number));
    });

    for (const query of queries) {
      test(`${query.number}. ${query.title}`, async () => {
        checkOf(query.number)(await rows(driver, query.cypher), graph);
      });
    }

    test('8. finds the path when there is one (the fixture connects Leslie Smith to the TPU)', async () => {
      const fixture = fixtureGraph();
      expect(shortestHops(fixture, 'leslie-smith', 'tpu')).toBeGreaterThan(0);
      await pushGraph(fixture, pushOptions({ wipe: true }));
      const shortest = queries.find((query) => query.number === 8)!;
      checkOf(8)(await rows(driver, shortest.cypher), fixture);
    });
  });
}
