import { Command, CommanderError } from 'commander';
import { errorKind, type ErrorKind } from '@talkgraph/errors';
import { registerBuild } from './commands/build.js';
import { registerNeo4j } from './commands/neo4j.js';
import { registerParse } from './commands/parse.js';
import { VERSION } from './version.js';

/** The exit code of each outcome: 0 ok, then one per kind of error (70 is sysexits' EX_SOFTWARE). */
export const EXIT_CODES: Readonly<Record<'ok' | ErrorKind, number>> = {
  ok: 0,
  input: 1,
  usage: 2,
  service: 3,
  internal: 70,
};

export function createProgram(): Command {
  const program = new Command('talkgraph')
    .description('Turn technical conversations into knowledge graphs.')
    .version(VERSION)
    .option('--debug', 'on an error, also print where it happened (the stack trace)')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`${text.split('\n')[0]}\n`) });
  registerParse(program);
  registerBuild(program);
  registerNeo4j(program);
  return program;
}

/** Runs the CLI and returns the exit code; never throws, prints a stack trace only with --debug. */
export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version reach here too, with exit code 0; commander already printed the message.
      return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    }
    const debug = program.opts<{ debug?: boolean }>().debug === true;
    process.stderr.write(`${describe(error, debug)}\n`);
    if (debug) process.stderr.write(`${stackOf(error)}\n`);
    return EXIT_CODES[errorKind(error)];
  }
}

/** The one line a user sees: the message, and for a bug, what to do about it. */
function describe(error: unknown, debug: boolean): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  if (errorKind(error) !== 'internal') return `talkgraph: ${message}`;
  const stack = debug ? 'the stack trace below' : 'the stack trace that --debug prints';
  return `talkgraph: internal error: ${message}; please report it, with the command and ${stack}`;
}

function stackOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `\ncaused by: ${error.cause.stack ?? error.cause.message}` : '';
  return `${error.stack ?? error.message}${cause}`;
}
