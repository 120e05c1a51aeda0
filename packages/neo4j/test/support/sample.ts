import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SerializedTalkGraph } from '@talkgraph/graph';
import { REPO_ROOT, SAMPLE_TRANSCRIPT } from '@talkgraph/testkit';

/**
 * The bundled sample built by the real (built) CLI: the graph the documented queries run against,
 * and the graph.cypher written beside it.
 */
export async function buildSample(): Promise<{ graph: SerializedTalkGraph; cypher: string }> {
  const out = mkdtempSync(join(tmpdir(), 'talkgraph-neo4j-sample-'));
  try {
    const run = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'apps/cli/bin/talkgraph.js'), 'build', SAMPLE_TRANSCRIPT, '--out', out],
      {
        encoding: 'utf8',
      },
    );
    if (run.status !== 0) throw new Error(`talkgraph build failed (exit ${run.status}): ${run.stderr}`);
    return {
      graph: JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as SerializedTalkGraph,
      cypher: readFileSync(join(out, 'graph.cypher'), 'utf8'),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
