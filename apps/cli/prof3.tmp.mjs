import { readdirSync } from 'node:fs';
import { join } from 'node:path';
const m = await import('@talkgraph/extract');
const t = await import('@talkgraph/transcript');
const g = await import('@talkgraph/graph');
const dir = process.argv[2];
const files = readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
const cat = m.loadCatalog([]);
const b = g.createGraphBuilder({ catalog: cat.entries });
const mem = (l) => { gc(); console.log(l, `rss ${Math.round(process.memoryUsage().rss/1e6)}MB heap ${Math.round(process.memoryUsage().heapUsed/1e6)}MB`); };
mem('start');
for (const f of files) {
  const tr = await t.readTranscript(join(dir,f));
  const e = structuredClone(m.extractEpisode(tr, {episode:{id:f,title:f,source:f,mediaUrl:null,duration:null}, catalog: cat}));
  b.add({extraction: e, segments: tr.segments.map(({start,end,speaker,text})=>({start,end,speaker,text}))});
}
mem('added');
const graph = b.build(); mem('built');
const j = g.toGraphJson(graph); mem('json');
let s = performance.now(); const c = g.toMentionsCsv(graph); console.log('csv', performance.now()-s); mem('csv');
