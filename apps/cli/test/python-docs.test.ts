import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import type { SerializedTalkGraph } from '@talkgraph/graph';
import { PYTHON_PATH, REPO_ROOT, SAMPLE_TRANSCRIPT, describeWithPython } from '@talkgraph/testkit';

/** What support/python-snippet.py prints for each variable a snippet left. */
type Built =
  | {
      kind: 'networkx' | 'igraph';
      nodes: number;
      edges: number;
      edgeIds: string[];
      nodeTypes: Record<string, string>;
      edgeTypes: Record<string, string>;
    }
  | { kind: 'table'; rows: number; columns: string[]; dtypes: Record<string, string> };

const snippets = [...readFileSync(join(REPO_ROOT, 'docs/python.md'), 'utf8').matchAll(/```python\n([\s\S]*?)```/g)].map(
  (match) => match[1] ?? '',
);

// Python importing pandas and igraph on a shared 2-core machine.
jest.setTimeout(120_000);

describeWithPython('docs/python.md, run against a real build', () => {
  let dir = '';
  let graph: SerializedTalkGraph;
  let mentionCount = 0;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'talkgraph-python-docs-'));
    const build = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'apps/cli/bin/talkgraph.js'), 'build', SAMPLE_TRANSCRIPT, '--out', 'out', '--quiet'],
      { cwd: dir, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`talkgraph build failed: ${build.stderr}`);
    graph = JSON.parse(readFileSync(join(dir, 'out/graph.json'), 'utf8')) as SerializedTalkGraph;
    mentionCount = graph.nodes.reduce((sum, node) => sum + node.attributes.mentions.length, 0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the page has the snippets', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(4);
  });

  test.each(snippets.map((code, index) => ({ n: index + 1, code })))(
    'snippet $n runs and builds the whole graph',
    ({ code }) => {
      const run = spawnSync(PYTHON_PATH, [join(REPO_ROOT, 'apps/cli/test/support/python-snippet.py')], {
        cwd: dir,
        input: code,
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const built = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, Built>;
      expect(Object.keys(built).length).toBeGreaterThan(0);
      const edgeIds = graph.edges.map((edge) => edge.key ?? '').sort();
      for (const [name, value] of Object.entries(built)) {
        if (value.kind === 'table') {
          const rows: Record<string, number> = {
            nodes: graph.nodes.length,
            edges: graph.edges.length,
            mentions: mentionCount,
          };
          // The tables read from the files have every row; tables derived from them are not empty.
          if (name in rows) expect([name, value.rows]).toEqual([name, rows[name]]);
          else expect([name, value.rows > 0]).toEqual([name, true]);
          // The byte order mark is skipped, not glued to the first column's name.
          expect(value.columns[0]).toMatch(/^[a-z]+$/);
          for (const column of ['mentionCount', 'degree', 'community', 'count', 'segment']) {
            if (column in value.dtypes) expect([column, value.dtypes[column]]).toEqual([column, 'int64']);
          }
          continue;
        }
        expect([name, value.nodes, value.edges]).toEqual([name, graph.nodes.length, graph.edges.length]);
        if (value.edgeIds.length > 0) expect(value.edgeIds).toEqual(edgeIds);
        // Counts stay integers, whatever the route into Python.
        for (const key of ['mentionCount', 'degree', 'community'])
          expect([key, value.nodeTypes[key]]).toEqual([key, 'int']);
        if ('count' in value.edgeTypes) expect(value.edgeTypes.count).toBe('int');
      }
    },
  );
});
