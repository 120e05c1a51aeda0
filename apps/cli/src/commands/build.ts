import type { Command } from 'commander';

// TEMPORARY skeleton: replaced by the graph work (issue 5).
export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the knowledge graph and the viewer from one or more transcripts')
    .argument('<files...>')
    .requiredOption('--out <dir>', 'output folder')
    .action(() => {
      throw new Error('build is not implemented yet');
    });
}
