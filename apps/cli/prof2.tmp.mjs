import { readdirSync } from 'node:fs';
import { join } from 'node:path';
const m = await import('@talkgraph/extract');
const t = await import('@talkgraph/transcript');
const g = await import('@talkgraph/graph');
const dir = process.argv[2];
const files = readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
const cat = m.loadCatalog([]);
const b = g.createGraphBuilder({ catalog: cat.entries });
for (const f of files) {
  const tr = await t.readTranscript(join(dir,f));
  const e = m.extractEpisode(tr, {episode:{id:f,title:f,source:f,mediaUrl:null,duration:null}, catalog: cat});
  b.add({extraction: e, segments: tr.segments.map(({start,end,speaker,text})=>({start,end,speaker,text}))});
}
let s=performance.now(); const graph = b.build(); console.log('build', performance.now()-s);
for (const fn of ['toGraphJson','toGexf','toGraphml','toNodesCsv','toEdgesCsv','toMentionsCsv','toGraphJson','toMentionsCsv']) { s=performance.now(); const out = g[fn](graph); console.log(fn, Math.round(performance.now()-s), out.length); }
