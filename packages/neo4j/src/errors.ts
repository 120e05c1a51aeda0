import { InputError, InternalError, ServiceError } from '@talkgraph/errors';

/** A graph.json that does not follow the format (docs/graph-format.md). */
export function invalidGraph(source: string, problem: string): InputError {
  return new InputError(source, `${problem}; rebuild it with \`talkgraph build\``);
}

interface Target {
  uri: string;
  user: string;
  database?: string;
}

/** Turns the driver's errors into one line saying what to do; others pass through. */
export function describeNeo4jError(error: unknown, target: Target): unknown {
  if (!(error instanceof Error) || !('code' in error)) return error;
  const code = String(error.code);
  const cause = error.message.match(/Caused by: (.*)/)?.[1] ?? error.message.split('\n')[0];
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new ServiceError(
      `cannot reach Neo4j at ${target.uri} (${cause}); check --uri / NEO4J_URI, or start a local server with \`pnpm neo4j:dev\``,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new ServiceError(
      `Neo4j at ${target.uri} refused user "${target.user}": wrong user name or password; check --user/--password (NEO4J_USER/NEO4J_PASSWORD)`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new ServiceError(
      `Neo4j at ${target.uri} has no database "${target.database ?? '(default)'}"; create it (CREATE DATABASE, Enterprise/Aura) or pick an existing one with --database (NEO4J_DATABASE)`,
      { cause: error },
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new ServiceError(
      `Neo4j at ${target.uri} denied user "${target.user}" the writes talkgraph needs: ${cause}`,
      { cause: error },
    );
  }
  // A statement Neo4j cannot run is talkgraph's own fault, not the server's.
  if (code.startsWith('Neo.ClientError.Statement.')) {
    return new InternalError(`Neo4j at ${target.uri} rejected a statement (${code}): ${cause}`, { cause: error });
  }
  return new ServiceError(`Neo4j at ${target.uri} failed (${code}): ${cause}`, { cause: error });
}
