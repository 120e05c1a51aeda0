import neo4j from 'neo4j-driver';
import { pushGraph, wipeGraph } from '@talkgraph/neo4j';
import { planLoad } from '../src/plan.ts';
import { BENCH_SIZE, syntheticGraph } from './synthetic.ts';
const o = { uri: process.env.NEO4J_URI!, user: 'neo4j', password: process.env.NEO4J_PASSWORD! };
const d = neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password));
const g = syntheticGraph({ ...BENCH_SIZE, mentions: 50_000 });
const mentions = g.nodes.map((n) => ({ ...n, attributes: { ...n.attributes!, mentions: n.attributes!.mentions } }));
// Load everything but mentions.
const noMentions = { ...g, nodes: g.nodes.map((n) => ({ ...n, attributes: { ...n.attributes!, mentions: [] } })), edges: [] };
await wipeGraph(o);
await pushGraph(noMentions as any, { ...o, batchSize: 10000 });
const rows = planLoad(g).find((s) => s.phase === 'mentions')!.rows;
const variants: Record<string, string> = {
  current: `UNWIND $rows AS row MATCH (n:Entity {id: row.entity}) MATCH (s:Segment {id: row.segment})
MERGE (n)-[r:MENTIONED_IN {surface: row.surface, ordinal: row.ordinal}]->(s)
WITH r, row, properties(r) AS before SET r += row.props
RETURN count(CASE WHEN before <> properties(r) THEN 1 END) AS changed`,
  nocompare: `UNWIND $rows AS row MATCH (n:Entity {id: row.entity}) MATCH (s:Segment {id: row.segment})
MERGE (n)-[r:MENTIONED_IN {surface: row.surface, ordinal: row.ordinal}]->(s)
SET r += row.props RETURN count(*) AS changed`,
  segfirst: `UNWIND $rows AS row MATCH (s:Segment {id: row.segment}) MATCH (n:Entity {id: row.entity})
MERGE (n)-[r:MENTIONED_IN {surface: row.surface, ordinal: row.ordinal}]->(s)
WITH r, row, properties(r) AS before SET r += row.props
RETURN count(CASE WHEN before <> properties(r) THEN 1 END) AS changed`,
  create: `UNWIND $rows AS row MATCH (n:Entity {id: row.entity}) MATCH (s:Segment {id: row.segment})
CREATE (n)-[r:MENTIONED_IN {surface: row.surface, ordinal: row.ordinal}]->(s) SET r += row.props RETURN count(*) AS changed`,
};
const s = d.session();
for (const round of [1, 2]) for (const [name, q] of Object.entries(variants)) {
  await s.run('MATCH ()-[r:MENTIONED_IN]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 20000 ROWS');
  let t = performance.now();
  for (let i = 0; i < rows.length; i += 10000) await s.executeWrite((tx) => tx.run(q, { rows: rows.slice(i, i + 10000) }));
  const fresh = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < rows.length; i += 10000) await s.executeWrite((tx) => tx.run(q.replace('CREATE (n)', 'MERGE (n)'), { rows: rows.slice(i, i + 10000) }));
  console.log(round, name, 'fresh rows/s', Math.round(rows.length * 1000 / fresh), 'again rows/s', Math.round(rows.length * 1000 / (performance.now() - t)));
}
await s.close(); await d.close();
