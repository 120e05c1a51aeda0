import { readdirSync } from 'node:fs';
import { join } from 'node:path';
const m = await import('@talkgraph/extract');
const t = await import('@talkgraph/transcript');
const g = await import('@talkgraph/graph');
const n4 = await import('@talkgraph/neo4j');
const v = await import('@talkgraph/viewer');
const dir = process.argv[2];
const files = readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
const cat = m.loadCatalog([]);
const b = g.createGraphBuilder({ catalog: cat.entries });
const mem = () => `${Math.round(process.memoryUsage().rss/1e6)}MB heap ${Math.round(process.memoryUsage().heapUsed/1e6)}MB`;
let tRead=0,tEx=0,tAdd=0, mentions=0;
for (const f of files) {
  let s=performance.now(); const tr = await t.readTranscript(join(dir,f)); tRead+=performance.now()-s;
  s=performance.now(); const e = m.extractEpisode(tr, {episode:{id:f,title:f,source:f,mediaUrl:null,duration:null}, catalog: cat}); tEx+=performance.now()-s;
  mentions += e.mentions.length;
  s=performance.now(); b.add({extraction: e, segments: tr.segments.map(({start,end,speaker,text})=>({start,end,speaker,text}))}); tAdd+=performance.now()-s;
}
console.log({tRead, tEx, tAdd, mentions}, mem());
let s=performance.now(); const graph = b.build(); console.log('build', performance.now()-s, graph.order, graph.size, mem());
for (const f of g.exportGraph(graph)) { }
s=performance.now(); const files2 = g.exportGraph(graph); console.log('exports', performance.now()-s, files2.map(f=>f.name+':'+Math.round(f.data.length/1e6)+'MB').join(' '), mem());
s=performance.now(); const ser = graph.export(); const c = n4.cypherScript(ser); console.log('cypher', performance.now()-s, Math.round(c.length/1e6), mem());
s=performance.now(); const h = v.renderHtml(ser, {title:'x'}); console.log('html', performance.now()-s, Math.round(h.length/1e6), mem());
