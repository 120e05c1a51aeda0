import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { cypherScript, pushGraph, wipeGraph } from '@talkgraph/neo4j';
import { fixtureGraph } from '../fixtures/graph.js';
import { openDriver, pushOptions, snapshot } from '../support/database.js';

/** Splits graph.cypher the way cypher-shell does for it: statements end with `;` at the end of a line. */
function statementsOf(script: string): string[] {
  return script
    .split(/;\n/)
    .map((part) => part.replace(/^(\s*\/\/.*\n)+/, '').trim())
    .filter((part) => part !== '');
}

export function scriptSuite(): void {
  describe('cypherScript', () => {
    let driver: Driver;
    beforeAll(() => {
      driver = openDriver();
    });
    afterAll(() => driver.close());

    test('running graph.cypher gives exactly what pushGraph gives, and running it twice changes nothing', async () => {
      const graph = fixtureGraph();
      await pushGraph(graph, pushOptions({ wipe: true }));
      const pushed = await snapshot(driver);

      await wipeGraph(pushOptions());
      const statements = statementsOf(cypherScript(graph));
      const session = driver.session({ database: process.env.NEO4J_DATABASE || undefined });
      try {
        for (const statement of statements) await session.run(statement);
        expect(await snapshot(driver)).toEqual(pushed);
        for (const statement of statements) await session.run(statement);
        expect(await snapshot(driver)).toEqual(pushed);
      } finally {
        await session.close();
      }
    });
  });
}
