import { cypherLiteral } from './literal.js';
import { planLoad } from './plan.js';
import { SCHEMA } from './queries.js';
import type { SerializedTalkGraph } from '@talkgraph/graph';

/** Rows per statement: small enough for cypher-shell and the server's parser, big enough to be quick. */
export const SCRIPT_ROWS_PER_STATEMENT = 500;

/**
 * The graph as idempotent Cypher statements (the loader's model and queries, with the rows written
 * as literals): schema first, then MERGE batches. Running them twice changes nothing.
 * No literal contains a line break, so each statement ends with the only `;` at the end of a line.
 */
export function cypherStatements(graph: SerializedTalkGraph): string[] {
  const statements = [...SCHEMA];
  for (const step of planLoad(graph)) {
    for (let from = 0; from < step.rows.length; from += SCRIPT_ROWS_PER_STATEMENT) {
      const rows = step.rows.slice(from, from + SCRIPT_ROWS_PER_STATEMENT);
      statements.push(step.query(`[\n  ${rows.map(cypherLiteral).join(',\n  ')}\n]`));
    }
  }
  return statements;
}

/** `graph.cypher`: a script for `cypher-shell -f graph.cypher` (or Neo4j Browser) that loads the graph. */
export function cypherScript(graph: SerializedTalkGraph): string {
  const name = graph.attributes?.name ?? 'graph';
  const header = [
    `// talkgraph graph "${name.replace(/[\r\n\u2028\u2029]/g, ' ')}" for Neo4j 5 (model: docs/neo4j.md).`,
    '// Idempotent: every statement MERGEs on ids, so running it again changes nothing.',
    '// Run: cypher-shell -a bolt://127.0.0.1:7687 -u neo4j -p <password> -f graph.cypher',
  ];
  return `${header.join('\n')}\n\n${cypherStatements(graph)
    .map((statement) => `${statement};\n`)
    .join('\n')}`;
}
