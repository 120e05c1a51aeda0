import { UsageError } from '@talkgraph/errors';
import type { SerializedTalkGraph } from '@talkgraph/graph';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { describeNeo4jError } from './errors.js';
import { LLM_GRAPH_BUILDER_SCHEMA, planLlmGraphBuilder } from './llm-graph-builder.js';
import { planLoad, type Row, type Step } from './plan.js';
import { SCHEMA, WIPE_BATCH } from './queries.js';
import type { Phase, PhaseResult, PushHooks, PushOptions, PushResult } from './types.js';

/** Rows per transaction; measured by `pnpm bench:neo4j` (docs/neo4j.md). */
export const DEFAULT_BATCH_SIZE = 10_000;

/** Phases whose rows are nodes (the others are relationships). */
const NODE_PHASES: ReadonlySet<Phase> = new Set(['episodes', 'segments', 'entities']);

/**
 * Loads a talkgraph graph into Neo4j: schema first, then each phase in `UNWIND $rows` batches, each
 * batch one managed write transaction (retried on transient errors). Everything is MERGEd on ids,
 * so pushing again, or after an interrupted push, converges to the same database without duplicates.
 */
export async function pushGraph(graph: SerializedTalkGraph, options: PushOptions & PushHooks): Promise<PushResult> {
  const started = performance.now();
  const batchSize = checkBatchSize(options.batchSize ?? DEFAULT_BATCH_SIZE);
  const steps = planLoad(graph);
  const builder = options.model === 'llm-graph-builder';
  return withSession(options, async (session) => {
    for (const statement of builder ? LLM_GRAPH_BUILDER_SCHEMA : SCHEMA) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
    const wiped = options.wipe ? await wipe(session, batchSize) : 0;
    const { phases, nodesCreated, relationshipsCreated } = await runSteps(
      session,
      builder ? planLlmGraphBuilder(graph) : steps,
      batchSize,
      options.onProgress,
    );
    const total = (key: 'created' | 'updated' | 'unchanged') => phases.reduce((sum, phase) => sum + phase[key], 0);
    return {
      phases,
      created: total('created'),
      updated: total('updated'),
      unchanged: total('unchanged'),
      nodesCreated,
      relationshipsCreated,
      wiped,
      batchSize,
      ms: performance.now() - started,
    };
  });
}

/** Deletes every node talkgraph created (and so their relationships), in batches; returns how many. */
export async function wipeGraph(options: PushOptions): Promise<number> {
  const batchSize = checkBatchSize(options.batchSize ?? DEFAULT_BATCH_SIZE);
  return withSession(options, (session) => wipe(session, batchSize));
}

function checkBatchSize(batchSize: number): number {
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    throw new UsageError(`batch size must be a positive integer, got ${batchSize}`);
  }
  return batchSize;
}

/** Runs `work` in a write session; the driver's errors a user can fix become one-line messages. */
async function withSession<T>(options: PushOptions, work: (session: Session) => Promise<T>): Promise<T> {
  const driver = openDriver(options);
  try {
    // Fails fast (no retries) on an unreachable server or a wrong password.
    await driver.getServerInfo({ database: options.database });
    const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  } catch (error) {
    throw describeNeo4jError(error, options);
  } finally {
    await driver.close();
  }
}

function openDriver(options: PushOptions): Driver {
  try {
    return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      connectionTimeout: 10_000,
      maxTransactionRetryTime: 15_000,
      userAgent: 'talkgraph',
    });
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    throw new UsageError(`invalid Neo4j URI "${options.uri}" (${problem}); use bolt://host:7687 or neo4j://host:7687`, {
      cause: error,
    });
  }
}

async function runSteps(session: Session, steps: Step[], batchSize: number, onProgress: PushHooks['onProgress']) {
  const phases = new Map<Phase, PhaseResult>();
  const total = steps.reduce((sum, step) => sum + step.rows.length, 0);
  let nodesCreated = 0;
  let relationshipsCreated = 0;
  let done = 0;
  for (const step of steps) {
    const query = step.query('$rows');
    const result = phases.get(step.phase) ?? {
      phase: step.phase,
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      ms: 0,
    };
    phases.set(step.phase, result);
    for (let from = 0; from < step.rows.length; from += batchSize) {
      const rows = step.rows.slice(from, from + batchSize);
      const started = performance.now();
      const { changed, nodes, relationships } = await writeBatch(session, query, rows);
      nodesCreated += nodes;
      relationshipsCreated += relationships;
      const created = NODE_PHASES.has(step.phase) ? nodes : relationships;
      // A created row always changed (it started with its key only); the other changed rows were updated.
      const updated = step.phase === 'next' ? 0 : changed - created;
      result.rows += rows.length;
      result.created += created;
      result.updated += updated;
      result.unchanged += rows.length - created - updated;
      result.ms += performance.now() - started;
      done += rows.length;
      onProgress?.({ phase: step.phase, rows: rows.length, done, total });
    }
  }
  return { phases: [...phases.values()], nodesCreated, relationshipsCreated };
}

async function writeBatch(session: Session, query: string, rows: Row[]) {
  return session.executeWrite(async (tx) => {
    const result = await tx.run(query, { rows });
    const counters = result.summary.counters.updates();
    return {
      changed: result.records[0]?.get('changed').toNumber() ?? 0,
      nodes: counters.nodesCreated,
      relationships: counters.relationshipsCreated,
    };
  });
}

async function wipe(session: Session, limit: number): Promise<number> {
  let wiped = 0;
  for (;;) {
    const deleted = await session.executeWrite(async (tx) => {
      const result = await tx.run(WIPE_BATCH, { limit: neo4j.int(limit) });
      return result.records[0]?.get('deleted').toNumber() ?? 0;
    });
    wiped += deleted;
    if (deleted === 0) return wiped;
  }
}
