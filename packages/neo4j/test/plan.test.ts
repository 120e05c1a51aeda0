import type { SerializedTalkGraph } from '@talkgraph/graph';
import { cypherScript, cypherStatements } from '@talkgraph/neo4j';
import { fixtureGraph, oddGraph } from './fixtures/graph.js';

describe('the load plan and the Cypher script', () => {
  test('the script is deterministic and every statement ends with the only line-final semicolon', () => {
    const script = cypherScript(fixtureGraph());
    expect(cypherScript(fixtureGraph())).toBe(script);
    const statements = cypherStatements(fixtureGraph());
    const body = script.slice(script.indexOf('\n\n') + 2);
    expect(body.split(/;\n/).filter((part) => part.trim() !== '')).toHaveLength(statements.length);
    expect(statements[0]).toMatch(/^CREATE CONSTRAINT .* IF NOT EXISTS/);
  });

  test('a graph name with line breaks cannot end the header comment', () => {
    const script = cypherScript(oddGraph());
    const header = script.slice(0, script.indexOf('\n\n')).split('\n');
    expect(header).toHaveLength(3);
    for (const line of header) expect(line).toMatch(/^\/\/ /);
    expect(script).toContain('\nCREATE CONSTRAINT talkgraph_entity_id');
  });

  test('labels and relationship types come from the whitelist, never from the input', () => {
    const graph = fixtureGraph(1);
    (graph.nodes[0]!.attributes as { kind: string }).kind = 'Person:Admin';
    expect(() => cypherStatements(graph)).toThrow(
      /^graph\.json: node "apl" has kind "Person:Admin", not one of Person, /,
    );

    const edges = fixtureGraph(1);
    (edges.edges[0]!.attributes as { relation: string }).relation = 'KNOWS]->() DETACH DELETE n //';
    expect(() => cypherStatements(edges)).toThrow(
      /has relation "KNOWS\]->\(\) DETACH DELETE n \/\/", not one of created, /,
    );
  });

  test('a mention of a segment that does not exist is reported, not dropped', () => {
    const graph = fixtureGraph(1);
    graph.nodes[0]!.attributes.mentions[0]!.segment = 99;
    expect(() => cypherStatements(graph)).toThrow(
      'a mention of "apl" points at segment 99 of episode "array-languages", which does not exist',
    );
  });

  test('counts must be integers', () => {
    const graph = fixtureGraph(1);
    graph.nodes[0]!.attributes.mentionCount = 2.5;
    expect(() => cypherStatements(graph)).toThrow('mentionCount of "apl" must be an integer, got 2.5');
  });

  test('something that is not a graph is rejected with one line', () => {
    expect(() => cypherStatements({ nodes: [] } as unknown as SerializedTalkGraph)).toThrow(
      'graph.json: no "nodes" and "edges" arrays (expected graphology export format); rebuild it with `talkgraph build`',
    );
  });
});
