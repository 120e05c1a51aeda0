import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { REPO_ROOT, neo4jSettings } from '@talkgraph/testkit';
import { pushGraph, wipeGraph } from '@talkgraph/neo4j';
import { syntheticGraph } from '../../bench/synthetic.js';
import { fixtureGraph } from '../fixtures/graph.js';
import { counts, openDriver, pushOptions, rows, snapshot } from '../support/database.js';

const BIN = join(REPO_ROOT, 'apps/cli/bin/talkgraph.js');

/** Runs the built CLI with the test server's settings in the environment (overridable per call). */
function talkgraph(args: string[], env: Record<string, string | undefined> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: {
        ...process.env,
        NEO4J_URI: neo4jSettings.uri,
        NEO4J_USER: neo4jSettings.user,
        NEO4J_PASSWORD: neo4jSettings.password,
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function cliSuite(): void {
  describe('talkgraph neo4j push', () => {
    let driver: Driver;
    let out: string;
    beforeAll(() => {
      driver = openDriver();
      out = mkdtempSync(join(tmpdir(), 'talkgraph-neo4j-cli-'));
      writeFileSync(join(out, 'graph.json'), JSON.stringify(fixtureGraph()));
    });
    afterAll(async () => {
      rmSync(out, { recursive: true, force: true });
      await driver.close();
    });

    test('pushes an output folder with the settings from the environment, then reports counts', async () => {
      const first = await talkgraph(['neo4j', 'push', out, '--wipe', '--batch-size', '7']);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      const graph = fixtureGraph();
      expect(first.stdout).toMatch(
        new RegExp(
          `^pushed ${join(out, 'graph.json')} to ${neo4jSettings.uri}( \\(database \\S+\\))? in [\\d.]+ s: \\d+ created, 0 updated, 0 unchanged \\(after wiping \\d+ nodes\\)\n`,
        ),
      );
      expect(first.stdout).toMatch(
        new RegExp(`\\n  episodes +${graph.attributes.episodes.length} +${graph.attributes.episodes.length} +0 +0\\n`),
      );
      expect((await counts(driver)).Entity).toBe(graph.nodes.length);

      const again = await talkgraph(['neo4j', 'push', join(out, 'graph.json'), '--quiet']);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/: 0 created, 0 updated, \d+ unchanged\n$/);
      expect(again.stdout.split('\n')).toHaveLength(2);
    });

    test('flags override the environment', async () => {
      const run = await talkgraph(['neo4j', 'push', out, '--uri', 'bolt://127.0.0.1:9', '--quiet']);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/^talkgraph: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9 .*pnpm neo4j:dev`\n$/);
    });

    test('a wrong password or a missing database (exit 3), a missing password (exit 2): one line each', async () => {
      const password = await talkgraph(['neo4j', 'push', out, '--password', 'wrong-password']);
      expect(password.code).toBe(3);
      expect(password.stderr).toMatch(
        /^talkgraph: Neo4j at \S+ refused user "neo4j": wrong user name or password;[^\n]*\n$/,
      );

      const database = await talkgraph(['neo4j', 'push', out], { NEO4J_DATABASE: 'nowhere' });
      expect(database.code).toBe(3);
      expect(database.stderr).toMatch(/^talkgraph: Neo4j at \S+ has no database "nowhere";[^\n]*\n$/);

      const missing = await talkgraph(['neo4j', 'push', out], { NEO4J_PASSWORD: undefined });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toBe('talkgraph: no password; give --password or set NEO4J_PASSWORD\n');
    });

    test('killed with SIGKILL in the middle of a push, a re-run completes with no duplicates', async () => {
      const graph = syntheticGraph({
        episodes: 4,
        segmentsPerEpisode: 100,
        entities: 300,
        mentions: 4000,
        statements: 1000,
        cooccurrences: 1000,
      });
      const file = join(out, 'synthetic.json');
      writeFileSync(file, JSON.stringify(graph));
      await pushGraph(graph, pushOptions({ wipe: true }));
      const complete = await snapshot(driver);
      await wipeGraph(pushOptions());

      const child = spawn(process.execPath, [BIN, 'neo4j', 'push', file, '--batch-size', '100', '--quiet'], {
        env: {
          ...process.env,
          NEO4J_URI: neo4jSettings.uri,
          NEO4J_USER: neo4jSettings.user,
          NEO4J_PASSWORD: neo4jSettings.password,
        },
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.on('exit', (_, signal) => resolve(signal)));
      // Kill it once the mentions are being written (the segments and entities are in).
      for (;;) {
        const [state] = await rows(driver, 'MATCH ()-[r:MENTIONED_IN]->() RETURN count(r) AS mentions');
        if ((state?.mentions as number) > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const partial = await snapshot(driver);
      expect(partial.relationships.length).toBeLessThan(complete.relationships.length);

      const rerun = await talkgraph(['neo4j', 'push', file, '--quiet']);
      expect(rerun.code).toBe(0);
      expect(await snapshot(driver)).toEqual(complete);
    });

    test('bad input is one line naming the file; a bad batch size is a usage error', async () => {
      const folder = await talkgraph(['neo4j', 'push', join(out, 'nope')]);
      expect(folder.code).toBe(1);
      expect(folder.stderr).toMatch(/^talkgraph: \S+nope: no such file or folder;[^\n]*\n$/);

      const usage = await talkgraph(['neo4j', 'push', out, '--batch-size', '0']);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('expected a positive integer');
    });
  });
}
