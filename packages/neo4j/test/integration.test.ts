import { jest } from '@jest/globals';
import { describeWithNeo4j } from '@talkgraph/testkit';
import { cliSuite } from './suites/cli.js';
import { errorsSuite } from './suites/errors.js';
import { llmGraphBuilderSuite } from './suites/llm-graph-builder.js';
import { pushSuite } from './suites/push.js';
import { queriesSuite } from './suites/queries.js';
import { scriptSuite } from './suites/script.js';

// All tests that write to Neo4j live in this one file, so they run one after another: each suite
// wipes talkgraph's data, and test files run in parallel workers.
// A real server on a shared 2-core machine: generous time per test.
jest.setTimeout(120_000);

describeWithNeo4j('Neo4j integration', () => {
  pushSuite();
  scriptSuite();
  errorsSuite();
  cliSuite();
  queriesSuite();
  llmGraphBuilderSuite();
});
