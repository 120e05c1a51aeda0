import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '@talkgraph/errors';
import { readGraphJson } from '@talkgraph/neo4j';
import { fixtureGraph } from './fixtures/graph.js';

describe('readGraphJson', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'talkgraph-neo4j-read-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('reads the output folder or the file itself', async () => {
    const file = join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(fixtureGraph(1)));
    const fromFolder = await readGraphJson(dir);
    expect(fromFolder.file).toBe(file);
    expect(fromFolder.graph).toEqual(JSON.parse(JSON.stringify(fixtureGraph(1))));
    expect((await readGraphJson(file)).graph.nodes).toHaveLength(fixtureGraph(1).nodes.length);
  });

  test('a missing path, a folder without graph.json, bad JSON, other JSON: one line each', async () => {
    await expect(readGraphJson(join(dir, 'nope'))).rejects.toBeInstanceOf(InputError);
    await expect(readGraphJson(join(dir, 'nope'))).rejects.toThrow(
      `${join(dir, 'nope')}: no such file or folder; give the output folder of \`talkgraph build\` or its graph.json`,
    );
    await expect(readGraphJson(dir)).rejects.toThrow(`${join(dir, 'graph.json')}: cannot read it;`);
    writeFileSync(join(dir, 'graph.json'), '{"nodes": [');
    await expect(readGraphJson(dir)).rejects.toThrow(
      /^\S+graph\.json: not valid JSON \(.*\); rebuild it with `talkgraph build`$/,
    );
    writeFileSync(join(dir, 'graph.json'), '{"nodes": [], "edges": [], "attributes": {}}');
    await expect(readGraphJson(dir)).rejects.toThrow(
      'not a talkgraph graph (attributes.generator.name is not "talkgraph")',
    );
  });
});
