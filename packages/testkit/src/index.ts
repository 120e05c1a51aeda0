import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from '@jest/globals';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The development corpus lives beside the repository (see ../shared/corpus/SOURCES.md). */
export const CORPUS_DIR = resolve(REPO_ROOT, '../shared/corpus');

export const SAMPLE_TRANSCRIPT = join(REPO_ROOT, 'apps/cli/sample/array-languages-and-compilers.txt');

export function corpusFile(name: string): string {
  return join(CORPUS_DIR, name);
}

/** In CI a missing service is a failure; on a developer's machine its tests are skipped, with a message. */
function describeIf(available: boolean, why: string) {
  if (available) return describe;
  if (process.env.CI) throw new Error(`testkit: ${why} (CI=true, so this is a failure, not a skip)`);
  return (name: string, fn: () => void) => {
    console.warn(`skipping "${name}": ${why}`);
    describe.skip(name, fn);
  };
}

/** Tests that read ../shared/corpus skip cleanly on a plain clone, where it is absent. */
export const describeWithCorpus = existsSync(CORPUS_DIR)
  ? describe
  : (name: string, fn: () => void) => {
      console.warn(
        `skipping "${name}": ${CORPUS_DIR} is absent (the development corpus is not part of the repository)`,
      );
      describe.skip(name, fn);
    };

/** Connection settings of the Neo4j server the integration tests use (started by .ci/run or `pnpm neo4j:dev`). */
export const neo4jSettings = {
  uri: process.env.NEO4J_URI ?? '',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? '',
};

export const describeWithNeo4j = describeIf(
  neo4jSettings.uri !== '',
  'NEO4J_URI is not set; start a server with `pnpm neo4j:dev` and export the settings it prints',
);

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const describeWithChromium = describeIf(
  existsSync(CHROMIUM_PATH),
  `no Chromium at ${CHROMIUM_PATH}; install it (apt-get install chromium) or set CHROMIUM_PATH`,
);

/** Gephi's importers (the Gephi toolkit), fetched by `gephi.sh fetch` into the cache (.ci/run does it). */
export const GEPHI_SCRIPT = join(REPO_ROOT, 'packages/graph/tools/gephi/gephi.sh');
const GEPHI_CACHE = process.env.TALKGRAPH_GEPHI_CACHE ?? join(REPO_ROOT, '.cache/gephi');

export const describeWithGephi = describeIf(
  existsSync(join(GEPHI_CACHE, 'lib')) && readdirSync(join(GEPHI_CACHE, 'lib')).some((f) => f.startsWith('.fetched-')),
  `the Gephi toolkit is not in ${GEPHI_CACHE}; run packages/graph/tools/gephi/gephi.sh fetch (needs Java 17 and Maven)`,
);

/** The Python with networkx, igraph and pandas that tools/python/setup.sh makes (.ci/run runs it). */
export const PYTHON_PATH = process.env.TALKGRAPH_PYTHON ?? join(REPO_ROOT, '.cache/python/bin/python');

export const describeWithPython = describeIf(
  existsSync(PYTHON_PATH),
  `no Python with the graph libraries at ${PYTHON_PATH}; run tools/python/setup.sh (or set TALKGRAPH_PYTHON)`,
);
