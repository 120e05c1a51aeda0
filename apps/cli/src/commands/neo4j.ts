import type { Command } from 'commander';

// TEMPORARY skeleton: replaced by the Neo4j work (issue 6).
export function registerNeo4j(program: Command): void {
  program.command('neo4j').description('load a talkgraph graph into Neo4j');
}
