import { Command, CommanderError } from 'commander';
import { registerBuild } from './commands/build.js';
import { registerNeo4j } from './commands/neo4j.js';
import { registerParse } from './commands/parse.js';
import { VERSION } from './version.js';

/** Exit codes of the contract: 0 ok, 1 input (or any runtime) error, 2 usage error. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

export function createProgram(): Command {
  const program = new Command('talkgraph')
    .description('Turn technical conversations into knowledge graphs.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`${text.split('\n')[0]}\n`) });
  registerParse(program);
  registerBuild(program);
  registerNeo4j(program);
  return program;
}

/** Runs the CLI and returns the exit code; never throws, never prints a stack trace. */
export async function main(argv: string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version reach here too, with exit code 0; commander already printed the message.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`talkgraph: ${message.split('\n')[0]}\n`);
    if (process.env.TALKGRAPH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return EXIT.input;
  }
}
