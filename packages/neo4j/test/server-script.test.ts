import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, describeWithNeo4j } from '@talkgraph/testkit';

// The local server script (tools/neo4j-server.sh) as a developer runs it, on its own cache folder
// that shares the jars the running test server was started from.
const SCRIPT = join(REPO_ROOT, 'packages/neo4j/tools/neo4j-server.sh');
const JARS = process.env.TALKGRAPH_NEO4J_CACHE ?? join(REPO_ROOT, '.cache/neo4j');
const START_TIMEOUT = 240_000;

describeWithNeo4j('neo4j-server.sh', () => {
  let cache: string;
  const script = (command: string, env: Record<string, string>) =>
    spawnSync('bash', [SCRIPT, command], {
      encoding: 'utf8',
      env: { ...process.env, TALKGRAPH_NEO4J_CACHE: cache, NEO4J_PORT: '0', NEO4J_HEAP: '512m', ...env },
    });
  beforeAll(() => {
    cache = mkdtempSync(join(tmpdir(), 'talkgraph-neo4j-script-'));
    for (const folder of ['lib', 'cypher-shell']) symlinkSync(join(JARS, folder), join(cache, folder));
  });
  afterAll(() => {
    script('stop', {});
    rmSync(cache, { recursive: true, force: true });
  });

  test(
    'a password Neo4j refuses fails the start at once, with the reason, and leaves no store',
    () => {
      const started = Date.now();
      const run = script('start', { NEO4J_PASSWORD: 'short' });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/talkgraph-neo4j: the server exited during startup: Neo4j did not start: .*password/i);
      expect(Date.now() - started).toBeLessThan(110_000); // it used to wait out its 120 s
      expect(readdirSync(cache).filter((name) => name.endsWith('-store'))).toEqual([]);
    },
    START_TIMEOUT,
  );

  test(
    'the settings file quotes a password with a space and a $; a killed server leaves no store after stop',
    () => {
      const password = 'two words $HOME and `x`';
      const envFile = join(cache, 'settings.env');
      const run = script('start', { NEO4J_PASSWORD: password, NEO4J_ENV_FILE: envFile });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const read = spawnSync('bash', ['-c', `source "${envFile}" && printf %s "$NEO4J_PASSWORD"`], {
        encoding: 'utf8',
      });
      expect(read.stdout).toBe(password);
      expect(existsSync(join(cache, 'server-store'))).toBe(true);
      const pid = Number(readFileSync(join(cache, 'server.pid'), 'utf8'));
      process.kill(pid, 'SIGKILL');
      script('stop', {});
      expect(existsSync(join(cache, 'server-store'))).toBe(false);
    },
    START_TIMEOUT,
  );
});
