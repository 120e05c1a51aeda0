import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, neo4jSettings } from '@talkgraph/testkit';

const TOOL = join(REPO_ROOT, 'packages/neo4j/tools/neo4j-server.sh');

/** Runs a Cypher script with the official cypher-shell (fetched by tools/neo4j-server.sh) against the test server. */
export async function cypherShell(script: string): Promise<{ code: number | null; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'talkgraph-neo4j-shell-'));
  const file = join(dir, 'graph.cypher');
  writeFileSync(file, script);
  const database = process.env.NEO4J_DATABASE ? ['-d', process.env.NEO4J_DATABASE] : [];
  const args = [
    'cypher-shell',
    '-a',
    neo4jSettings.uri,
    '-u',
    neo4jSettings.user,
    '-p',
    neo4jSettings.password,
    ...database,
    '--format',
    'plain',
    '-f',
    file,
  ];
  try {
    return await new Promise((resolve) => {
      const child = spawn('bash', [TOOL, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stderr }));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
