// Scores typed relations against our gold annotations (eval/gold/relations-*.json) on corpus files:
// pair-level (the two entities are linked by some typed edge, either way) and typed+directed
// precision and recall, then the misses and the false positives. Run: `pnpm eval` (or tsx eval/relations.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTranscript } from '@talkgraph/transcript';
import { extractEpisode, loadCatalog, type Relation } from '../src/index.js';

interface Gold {
  file: string;
  relations: { source: string; relation: string; target: string }[];
}

const HERE = fileURLToPath(new URL('.', import.meta.url));
const CORPUS = join(HERE, '../../../../shared/corpus');

const triple = (r: { source: string; relation: string; target: string }) => `${r.source} -${r.relation}-> ${r.target}`;
const pair = (r: { source: string; target: string }) => [r.source, r.target].sort().join(' ~ ');
const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

function score(gold: Gold, relations: Relation[]) {
  const goldTriples = new Set(gold.relations.map(triple));
  const goldPairs = new Set(gold.relations.map(pair));
  const found = new Map<string, Relation>();
  for (const r of relations) if (!found.has(triple(r))) found.set(triple(r), r);
  const foundPairs = new Set([...found.values()].map(pair));
  const typedHits = [...found.keys()].filter((t) => goldTriples.has(t)).length;
  const pairHits = [...goldPairs].filter((p) => foundPairs.has(p)).length;
  const predictedPairsInGold = [...foundPairs].filter((p) => goldPairs.has(p)).length;
  // Of the gold pairs we connect, how many carry the gold type and direction.
  const rightWay = gold.relations.filter((g) => foundPairs.has(pair(g)) && found.has(triple(g))).length;
  const connected = gold.relations.filter((g) => foundPairs.has(pair(g))).length;
  return {
    goldCount: goldTriples.size,
    predicted: found.size,
    pairPrecision: pct(predictedPairsInGold, foundPairs.size),
    pairRecall: pct(pairHits, goldPairs.size),
    typedPrecision: pct(typedHits, found.size),
    typedRecall: pct(typedHits, goldTriples.size),
    rightTypeOfConnected: pct(rightWay, connected),
    misses: [...goldTriples].filter((t) => !found.has(t)),
    falsePositives: [...found.values()].filter((r) => !goldTriples.has(triple(r))),
  };
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`relations eval skipped: ${CORPUS} is absent (the development corpus is not part of the repository)`);
    return;
  }
  const catalog = loadCatalog();
  const goldDir = join(HERE, 'gold');
  for (const name of readdirSync(goldDir)
    .filter((f) => /^relations-.*\.json$/.test(f))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as Gold;
    const path = join(CORPUS, gold.file);
    const transcript = await readTranscript(path);
    const episode = { id: basename(path), title: gold.file, source: path, mediaUrl: null, duration: null };
    const { relations } = extractEpisode(transcript, { episode, catalog });
    const s = score(gold, relations);
    console.log(
      `\n== ${gold.file} (${name}): ${s.goldCount} gold relations, ${s.predicted} distinct typed edges found`,
    );
    console.log(`pairs          precision ${s.pairPrecision}  recall ${s.pairRecall}`);
    console.log(`typed+directed precision ${s.typedPrecision}  recall ${s.typedRecall}`);
    console.log(`right type and direction, of the gold relations whose pair is connected: ${s.rightTypeOfConnected}`);
    console.log(`misses (${s.misses.length}):`);
    for (const m of s.misses) console.log(`  - ${m}`);
    console.log(
      `false positives against our gold (${s.falsePositives.length}; read them, some are true but unannotated):`,
    );
    for (const r of s.falsePositives) console.log(`  + ${triple(r)}  "${r.evidence.quote}"`);
  }
}

await main();
