import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@talkgraph/testkit';

const BIN = join(REPO_ROOT, 'apps/cli/bin/talkgraph.js');

function talkgraph(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('talkgraph CLI contract', () => {
  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'apps/cli/package.json'), 'utf8'));
    const run = talkgraph('--version');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  test('an unknown command is a usage error: exit 2, one line', () => {
    const run = talkgraph('frobnicate');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain("unknown command 'frobnicate'");
  });

  test('a missing argument is a usage error: exit 2', () => {
    const run = talkgraph('parse');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing required argument 'file'");
  });

  test('build without --out is a usage error: exit 2', () => {
    const run = talkgraph('build', 'x.txt');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out');
  });

  test('help lists the commands', () => {
    const run = talkgraph('--help');
    expect(run.code).toBe(0);
    for (const command of ['parse', 'build', 'neo4j']) expect(run.stdout).toContain(command);
  });
});
