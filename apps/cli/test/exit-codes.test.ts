import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, SAMPLE_TRANSCRIPT } from '@talkgraph/testkit';

// One exit code per kind of error, each with a one-line message and no stack trace unless --debug.
const BIN = join(REPO_ROOT, 'apps/cli/bin/talkgraph.js');
const BUILD_TIMEOUT = 120_000;

/**
 * Bugs cannot be asked for, so two are planted from outside, with Node's --import: one in the main
 * thread (JSON.stringify fails, which `parse` needs for its output), one in the worker threads once
 * their catalog is loaded (String.prototype.normalize fails, which extracting an episode needs).
 */
const BUG_IN_MAIN = 'data:text/javascript,JSON.stringify = () => { throw new TypeError("planted bug"); };';
const BUG_IN_EPISODES =
  'data:text/javascript,import { isMainThread, parentPort } from "node:worker_threads";' +
  'if (!isMainThread) {' +
  '  const post = parentPort.postMessage.bind(parentPort);' +
  '  parentPort.postMessage = (message) => {' +
  '    post(message);' +
  '    String.prototype.normalize = () => { throw new TypeError("planted bug"); };' +
  '  };' +
  '}';

function talkgraph(args: string[], options: { preload?: string; env?: Record<string, string | undefined> } = {}) {
  const node = options.preload ? [`--import=${options.preload}`] : [];
  const run = spawnSync(process.execPath, [...node, BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  const lines = run.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('talkgraph: warning: '));
  return { code: run.status, stdout: run.stdout, lines };
}

const work = mkdtempSync(join(tmpdir(), 'talkgraph-exit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('exit codes', () => {
  test('1: bad input, naming the file', () => {
    const missing = join(work, 'missing.vtt');
    const run = talkgraph(['parse', missing]);
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([`talkgraph: ${missing}: no such file; check the path`]);
  });

  test(
    '1: bad input found in a worker thread keeps its kind (a catalog that is not one)',
    () => {
      const catalog = join(work, 'catalog.json');
      writeFileSync(catalog, '{"not": "a list"}');
      const run = talkgraph(['build', SAMPLE_TRANSCRIPT, '--out', join(work, 'out'), '--catalog', catalog, '--quiet']);
      expect(run.code).toBe(1);
      expect(run.lines).toHaveLength(1);
      expect(run.lines[0]).toMatch(new RegExp(`^talkgraph: ${catalog}: not a talkgraph catalog: .+; see `));
    },
    BUILD_TIMEOUT,
  );

  test('2: usage, from the command line parser and from talkgraph itself', () => {
    const kinds = talkgraph(['build', SAMPLE_TRANSCRIPT, '--out', join(work, 'out'), '--kinds', 'Gadget']);
    expect(kinds.code).toBe(2);
    expect(kinds.lines).toHaveLength(1);
    expect(kinds.lines[0]).toContain('unknown kind "Gadget"; use some of Person, Organization, ');

    const password = talkgraph(['neo4j', 'push', work], { env: { NEO4J_PASSWORD: undefined } });
    expect(password.code).toBe(2);
    expect(password.lines).toEqual(['talkgraph: no password; give --password or set NEO4J_PASSWORD']);
  });

  test('3: a service that cannot be reached', () => {
    const graph = { nodes: [], edges: [], options: { type: 'directed', multi: true, allowSelfLoops: false } };
    const attributes = { name: 'empty', episodes: [], generator: { name: 'talkgraph', version: '0' }, settings: {} };
    writeFileSync(join(work, 'graph.json'), JSON.stringify({ ...graph, attributes }));
    const run = talkgraph(['neo4j', 'push', work, '--uri', 'bolt://127.0.0.1:9', '--password', 'x', '--quiet']);
    expect(run.code).toBe(3);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(/^talkgraph: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9 \(.+\); check --uri /);
  });

  test('70: a bug says "please report", and shows its stack only with --debug', () => {
    const args = ['parse', SAMPLE_TRANSCRIPT];
    const quiet = talkgraph(args, { preload: BUG_IN_MAIN });
    expect(quiet.code).toBe(70);
    expect(quiet.lines).toEqual([
      'talkgraph: internal error: planted bug; please report it, with the command and the stack trace that --debug prints',
    ]);

    const debug = talkgraph([...args, '--debug'], { preload: BUG_IN_MAIN });
    expect(debug.code).toBe(70);
    expect(debug.lines[0]).toBe(
      'talkgraph: internal error: planted bug; please report it, with the command and the stack trace below',
    );
    expect(debug.lines[1]).toBe('TypeError: planted bug');
    expect(debug.lines.some((line) => /^\s+at .*commands\/parse\.js/.test(line))).toBe(true);
  });

  test(
    '70: a bug met in a worker thread stops the build (it is no file to skip), kind and stack intact',
    () => {
      const out = join(work, 'bug-out');
      const args = ['build', SAMPLE_TRANSCRIPT, '--out', out, '--quiet'];
      const quiet = talkgraph(args, { preload: BUG_IN_EPISODES });
      expect(quiet.code).toBe(70);
      expect(quiet.lines).toEqual([
        `talkgraph: internal error: ${SAMPLE_TRANSCRIPT}: planted bug; please report it, with the command and the stack trace that --debug prints`,
      ]);
      expect(existsSync(out)).toBe(false);

      const debug = talkgraph([...args, '--debug'], { preload: BUG_IN_EPISODES });
      expect(debug.code).toBe(70);
      expect(debug.lines[1]).toBe('TypeError: planted bug');
      expect(debug.lines.some((line) => /^\s+at .*packages\/extract\/dist\//.test(line))).toBe(true);
    },
    BUILD_TIMEOUT,
  );
});
