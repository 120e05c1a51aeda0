import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { wipeGraph } from '@talkgraph/neo4j';
import { planLoad } from '../src/plan.js';
import { SCHEMA } from '../src/queries.js';
import { BENCH_SIZE, syntheticGraph } from './synthetic.js';
const pid = readFileSync('/work/main/.cache/neo4j/server.pid', 'utf8').trim();
const cpu = () => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / 100; };
const o = { uri: process.env.NEO4J_URI!, user: 'neo4j', password: process.env.NEO4J_PASSWORD! };
const d = neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password));
const factor = Number(process.argv[2] ?? 0.25);
const batch = Number(process.argv[3] ?? 5000);
const variant = process.argv[4] ?? 'current';
const size = Object.fromEntries(Object.entries(BENCH_SIZE).map(([k, v]) => [k, Math.round(v * factor)])) as any;
const steps = planLoad(syntheticGraph(size));
const strip = (q: string) => variant === 'nocompare'
  ? q.replace(/WITH (\w+), row, properties\(\w+\) AS before\n/, '').replace(/RETURN count\(CASE.*$/s, 'RETURN count(*) AS changed')
  : variant === 'create' ? q.replace('MERGE (n)-[r:MENTIONED_IN', 'CREATE (n)-[r:MENTIONED_IN').replace('MERGE (a)-[r:CO_OCCURS]', 'CREATE (a)-[r:CO_OCCURS]').replace('MERGE (a)-[:NEXT]', 'CREATE (a)-[:NEXT]')
  : variant === 'cypher' ? 'CYPHER runtime=interpreted ' + q
  : q;
for (const round of [1, 2]) {
  await wipeGraph(o);
  const s = d.session();
  for (const q of SCHEMA) await s.run(q);
  const per: Record<string, { cpu: number; ms: number; rows: number; node: number }> = {};
  for (const step of steps) {
    const q = strip(step.query('$rows'));
    const c0 = cpu(); const t0 = performance.now(); const n0 = process.cpuUsage();
    for (let i = 0; i < step.rows.length; i += batch) await s.executeWrite((tx) => tx.run(q, { rows: step.rows.slice(i, i + batch) }));
    const p = (per[step.phase] ??= { cpu: 0, ms: 0, rows: 0, node: 0 }); const n1 = process.cpuUsage(n0); p.node += (n1.user + n1.system) / 1e6;
    p.cpu += cpu() - c0; p.ms += performance.now() - t0; p.rows += step.rows.length;
  }
  await s.close();
  let tc = 0, tr = 0;
  for (const [k, v] of Object.entries(per)) { tc += v.cpu; tr += v.rows; console.log(round, variant, batch, k.padEnd(14), 'rows', v.rows, 'jvm cpu s', v.cpu.toFixed(2), 'rows per cpu-s', Math.round(v.rows / v.cpu), 'wall rows/s', Math.round(v.rows * 1000 / v.ms), 'node cpu s', v.node.toFixed(2), 'wall s', (v.ms/1000).toFixed(2)); }
  console.log(round, variant, batch, 'TOTAL jvm cpu s', tc.toFixed(2), 'rows per cpu-s', Math.round(tr / tc));
}
await d.close();
