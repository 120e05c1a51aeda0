/**
 * Entity extraction quality against our own gold lists (eval/gold/entities-*.json): precision and
 * recall per kind, recall of clearly spoken vs misheard names, the misses and the false positives,
 * and the agreement between two transcripts of the same conversation (YouTube auto-captions vs Whisper VTT).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTranscript } from '@talkgraph/transcript';
import { extractEntities, loadCatalog } from '../src/index.js';
import type { ExtractedEntity } from '../src/index.js';

interface GoldEntity {
  id: string;
  name: string;
  kind: string;
  misheard?: boolean;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = join(here, '../../../../shared/corpus');
const catalog = loadCatalog();
const key = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#]/g, '');
const pct = (n: number) => n.toFixed(2);

async function entitiesOf(file: string): Promise<ExtractedEntity[]> {
  const transcript = await readTranscript(join(corpus, file));
  const episode = { id: file, title: file, source: file, mediaUrl: null, duration: null };
  return extractEntities(transcript, { episode, catalog }).entities;
}

function score(found: ExtractedEntity[], gold: GoldEntity[]) {
  const byId = new Map(gold.map((g) => [g.id, g]));
  const byName = new Map(gold.map((g) => [key(g.name), g]));
  const matched = new Set<GoldEntity>();
  const falsePositives: ExtractedEntity[] = [];
  const kindErrors: string[] = [];
  for (const e of found) {
    const g = byId.get(e.id) ?? byName.get(key(e.label));
    if (!g) falsePositives.push(e);
    else {
      matched.add(g);
      if (g.kind !== e.kind) kindErrors.push(`${e.label} (${e.kind}, gold ${g.kind})`);
    }
  }
  return { matched, falsePositives, kindErrors };
}

const goldDir = join(here, 'gold');
const files = readdirSync(goldDir)
  .filter((f) => /^entities-.*\.json$/.test(f))
  .sort();
if (!existsSync(corpus)) {
  console.log(`eval/entities: ${corpus} is absent; nothing to evaluate`);
  process.exit(0);
}
for (const file of files) {
  const { transcript, entities: gold } = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as {
    transcript: string;
    entities: GoldEntity[];
  };
  const found = await entitiesOf(transcript);
  const { matched, falsePositives, kindErrors } = score(found, gold);
  console.log(`\n== ${transcript} (${file}): ${found.length} found, ${gold.length} in gold`);
  const kinds = [...new Set([...gold.map((g) => g.kind), ...found.map((e) => e.kind)])].sort();
  for (const kind of kinds) {
    const goldOfKind = gold.filter((g) => g.kind === kind);
    const hit = goldOfKind.filter((g) => matched.has(g)).length;
    const foundOfKind = found.filter((e) => e.kind === kind).length;
    const wrong = falsePositives.filter((e) => e.kind === kind).length;
    const precision = foundOfKind === 0 ? 1 : (foundOfKind - wrong) / foundOfKind;
    const recall = goldOfKind.length === 0 ? 1 : hit / goldOfKind.length;
    console.log(
      `  ${kind.padEnd(20)} precision ${pct(precision)}  recall ${pct(recall)}  (${hit}/${goldOfKind.length} gold, ${foundOfKind} found)`,
    );
  }
  const clear = gold.filter((g) => !g.misheard);
  const misheard = gold.filter((g) => g.misheard);
  const precision = (found.length - falsePositives.length) / Math.max(found.length, 1);
  console.log(
    `  ALL                  precision ${pct(precision)}  recall ${pct(matched.size / gold.length)}` +
      `  | clear ${pct(clear.filter((g) => matched.has(g)).length / Math.max(clear.length, 1))}` +
      `  misheard ${pct(misheard.filter((g) => matched.has(g)).length / Math.max(misheard.length, 1))}`,
  );
  const misses = gold.filter((g) => !matched.has(g));
  console.log(`  misses (${misses.length}): ${misses.map((g) => `${g.name}${g.misheard ? '*' : ''}`).join(', ')}`);
  console.log(
    `  not in gold (${falsePositives.length}): ${falsePositives.map((e) => `${e.label} [${e.kind}]`).join(', ')}`,
  );
  if (kindErrors.length > 0) console.log(`  kind differs (${kindErrors.length}): ${kindErrors.join(', ')}`);
}

// Noise robustness: YouTube's auto-captions and Whisper's transcript of the same conversation.
const captions = new Set((await entitiesOf('000_f927fa2ca80fe165.txt')).map((e) => e.id));
const whisper = new Set((await entitiesOf('lexfridman035_jeremy_howard_whisper_large.vtt')).map((e) => e.id));
const both = [...captions].filter((id) => whisper.has(id));
const union = new Set([...captions, ...whisper]);
console.log(`\n== noise robustness: auto-captions vs Whisper VTT of the same conversation`);
console.log(
  `  Jaccard ${pct(both.length / union.size)} (${both.length} shared, ${captions.size} captions, ${whisper.size} whisper)`,
);
console.log(`  only in captions: ${[...captions].filter((id) => !whisper.has(id)).join(', ')}`);
console.log(`  only in whisper: ${[...whisper].filter((id) => !captions.has(id)).join(', ')}`);
