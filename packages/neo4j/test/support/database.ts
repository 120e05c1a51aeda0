import neo4j, { type Driver } from 'neo4j-driver';
import { neo4jSettings } from '@talkgraph/testkit';
import type { PushHooks, PushOptions } from '@talkgraph/neo4j';

/** The test server's settings as push options. */
export function pushOptions(extra: Partial<PushOptions & PushHooks> = {}): PushOptions & PushHooks {
  return { ...neo4jSettings, database: process.env.NEO4J_DATABASE || undefined, ...extra };
}

/** A driver for reading back what the loader wrote. */
export function openDriver(): Driver {
  return neo4j.driver(neo4jSettings.uri, neo4j.auth.basic(neo4jSettings.user, neo4jSettings.password));
}

/** Runs a query and returns plain rows; integers are marked `int:` so types can be compared. */
export async function rows(driver: Driver, cypher: string, params: Record<string, unknown> = {}) {
  const result = await driver.executeQuery(cypher, params, { database: process.env.NEO4J_DATABASE || undefined });
  return result.records.map((record) => plain(record.toObject()) as Record<string, unknown>);
}

function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  }
  return value;
}

function typed(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (typeof value === 'number') return `float:${value}`;
  if (Array.isArray(value)) return value.map(typed);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, item]) => [key, typed(item)]),
    );
  }
  return value;
}

/**
 * Everything talkgraph wrote, in a canonical form with value types: nodes with their labels and
 * properties, relationships with their ends and properties. Equal snapshots = identical data.
 */
export async function snapshot(driver: Driver): Promise<{ nodes: string[]; relationships: string[] }> {
  const database = process.env.NEO4J_DATABASE || undefined;
  const nodes = await driver.executeQuery(
    'MATCH (n:Talkgraph) RETURN labels(n) AS labels, properties(n) AS props',
    {},
    { database },
  );
  const relationships = await driver.executeQuery(
    'MATCH (a:Talkgraph)-[r]->(b:Talkgraph) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
    {},
    { database },
  );
  const canonical = (records: { toObject(): object }[]) =>
    records
      .map((record) => {
        const object = record.toObject() as Record<string, unknown>;
        if (Array.isArray(object.labels)) object.labels = [...object.labels].sort();
        return JSON.stringify(typed(object));
      })
      .sort();
  return { nodes: canonical(nodes.records), relationships: canonical(relationships.records) };
}

/** Counts of talkgraph's nodes per label and relationships per type. */
export async function counts(driver: Driver): Promise<Record<string, number>> {
  const labels = await rows(
    driver,
    'MATCH (n:Talkgraph) UNWIND labels(n) AS label RETURN label AS key, count(*) AS count',
  );
  const types = await rows(driver, 'MATCH (:Talkgraph)-[r]->(:Talkgraph) RETURN type(r) AS key, count(*) AS count');
  return Object.fromEntries([...labels, ...types].map((row) => [row.key as string, row.count as number]).sort());
}
