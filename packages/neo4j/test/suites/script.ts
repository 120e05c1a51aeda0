import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { cypherScript, pushGraph, wipeGraph } from '@talkgraph/neo4j';
import { fixtureGraph, oddGraph } from '../fixtures/graph.js';
import { cypherShell } from '../support/cypher-shell.js';
import { openDriver, pushOptions, snapshot } from '../support/database.js';

export function scriptSuite(): void {
  describe('cypherScript', () => {
    let driver: Driver;
    beforeAll(() => {
      driver = openDriver();
    });
    afterAll(() => driver.close());

    test.each([
      ['the fixture', fixtureGraph],
      ['strings full of Cypher syntax', oddGraph],
    ])(
      'cypher-shell running graph.cypher of %s gives exactly what pushGraph gives; running it twice changes nothing',
      async (_, build) => {
        const graph = build();
        await pushGraph(graph, pushOptions({ wipe: true }));
        const pushed = await snapshot(driver);

        await wipeGraph(pushOptions());
        const script = cypherScript(graph);
        expect(await cypherShell(script)).toEqual({ code: 0, stderr: '' });
        expect(await snapshot(driver)).toEqual(pushed);
        expect(await cypherShell(script)).toEqual({ code: 0, stderr: '' });
        expect(await snapshot(driver)).toEqual(pushed);
      },
    );
  });
}
