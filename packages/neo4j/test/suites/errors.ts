import { describe, expect, test } from '@jest/globals';
import { pushGraph } from '@talkgraph/neo4j';
import { fixtureGraph } from '../fixtures/graph.js';
import { pushOptions } from '../support/database.js';

/** Few wrong-password attempts on purpose: after 3 the server locks the user for a few seconds. */
export function errorsSuite(): void {
  describe('what a user can get wrong', () => {
    test('a wrong password is one line naming the user', async () => {
      await expect(pushGraph(fixtureGraph(1), pushOptions({ password: 'not-the-password' }))).rejects.toThrow(
        /^Neo4j at bolt:\/\/\S+ refused user "neo4j": wrong user name or password; check --user\/--password \(NEO4J_USER\/NEO4J_PASSWORD\)$/,
      );
    });

    test('an unreachable server is one line saying how to start one', async () => {
      await expect(pushGraph(fixtureGraph(1), pushOptions({ uri: 'bolt://127.0.0.1:9' }))).rejects.toThrow(
        /^cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9 \(connect ECONNREFUSED 127\.0\.0\.1:9\); check --uri \/ NEO4J_URI, or start a local server with `pnpm neo4j:dev`$/,
      );
    });

    test('a missing database is one line naming it', async () => {
      await expect(pushGraph(fixtureGraph(1), pushOptions({ database: 'no-such-db' }))).rejects.toThrow(
        /^Neo4j at \S+ has no database "no-such-db"; create it .* or pick an existing one with --database \(NEO4J_DATABASE\)$/,
      );
    });

    test('a URI that is not Bolt is one line', async () => {
      await expect(pushGraph(fixtureGraph(1), pushOptions({ uri: 'http://127.0.0.1:7474' }))).rejects.toThrow(
        /^invalid Neo4j URI "http:\/\/127\.0\.0\.1:7474" \(Unknown scheme: http\); use bolt:/,
      );
    });
  });
}
