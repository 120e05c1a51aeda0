import { InvalidArgumentError, Option, type Command } from 'commander';
import { UsageError } from '@talkgraph/errors';
import {
  DEFAULT_BATCH_SIZE,
  NEO4J_MODELS,
  type Neo4jModel,
  pushGraph,
  readGraphJson,
  type PushResult,
} from '@talkgraph/neo4j';
import { createProgress } from '../progress.js';
import { writeStdout } from '../stdout.js';

interface PushFlags {
  uri: string;
  user: string;
  password?: string;
  database?: string;
  batchSize: number;
  wipe?: boolean;
  model: Neo4jModel;
  quiet?: boolean;
}

export function registerNeo4j(program: Command): void {
  const neo4j = program.command('neo4j').description('load a talkgraph graph into Neo4j');
  neo4j
    .command('push')
    .description('load graph.json into Neo4j (idempotent: pushing again creates nothing twice)')
    .argument('<graph>', 'output folder of `talkgraph build`, or its graph.json')
    .addOption(new Option('--uri <uri>', 'Bolt URI').env('NEO4J_URI').default('bolt://127.0.0.1:7687'))
    .addOption(new Option('--user <name>', 'user name').env('NEO4J_USER').default('neo4j'))
    .addOption(new Option('--password <password>', 'password').env('NEO4J_PASSWORD'))
    .addOption(new Option('--database <name>', "database (default: the server's default)").env('NEO4J_DATABASE'))
    .addOption(
      new Option('--batch-size <n>', 'rows per transaction').argParser(positiveInteger).default(DEFAULT_BATCH_SIZE),
    )
    .option('--wipe', 'first delete everything talkgraph loaded before (and nothing else)')
    .addOption(
      new Option('--model <model>', "talkgraph's model, or LLM Graph Builder's (Document, Chunk, __Entity__)")
        .choices(NEO4J_MODELS)
        .default('talkgraph'),
    )
    .option('--quiet', 'no progress bar and no per-phase table')
    .action(async (path: string, flags: PushFlags) => {
      if (flags.password === undefined) {
        throw new UsageError('no password; give --password or set NEO4J_PASSWORD');
      }
      const { file, graph } = await readGraphJson(path);
      const progress = createProgress(flags.quiet ?? false);
      let started = false;
      let result: PushResult;
      try {
        result = await pushGraph(graph, {
          uri: flags.uri,
          user: flags.user,
          password: flags.password,
          database: flags.database || undefined,
          batchSize: flags.batchSize,
          wipe: flags.wipe,
          model: flags.model,
          onProgress: ({ rows, total }) => {
            if (!started) progress.start(total, 'neo4j push');
            started = true;
            progress.increment(rows);
          },
        });
      } finally {
        progress.stop();
      }
      await writeStdout(report(file, flags, result, flags.quiet ?? false));
    });
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) throw new InvalidArgumentError('expected a positive integer');
  return number;
}

function report(file: string, flags: PushFlags, result: PushResult, quiet: boolean): string {
  const where = `${flags.uri}${flags.database ? ` (database ${flags.database})` : ''}`;
  const lines = [
    `pushed ${file} to ${where} in ${(result.ms / 1000).toFixed(1)} s: ` +
      `${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged` +
      (flags.wipe ? ` (after wiping ${result.wiped} nodes)` : ''),
  ];
  if (!quiet) {
    const table = [['', 'rows', 'created', 'updated', 'unchanged']];
    for (const phase of result.phases) {
      table.push([phase.phase, ...[phase.rows, phase.created, phase.updated, phase.unchanged].map(String)]);
    }
    for (const [name = '', ...cells] of table) {
      lines.push(`  ${name.padEnd(14)}${cells.map((cell) => cell.padStart(10)).join('')}`);
    }
    lines.push(`  ${result.nodesCreated} nodes and ${result.relationshipsCreated} relationships created`);
  }
  return `${lines.join('\n')}\n`;
}
