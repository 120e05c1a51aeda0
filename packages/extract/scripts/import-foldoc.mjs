// Writes catalog/sources/foldoc.json: the headwords of FOLDOC, the Free On-line Dictionary of
// Computing (Denis Howe, GFDL 1.1+), read from Debian's `dict-foldoc` index. Concept extraction takes a
// phrase that is a FOLDOC headword as evidence that it is a technical term. Run after
// `apt-get install dict-foldoc`; the output is committed so builds need no Debian package.
import { readFileSync, writeFileSync } from 'node:fs';

const INDEX = process.argv[2] ?? '/usr/share/dictd/foldoc.index';
const OUT = new URL('../catalog/sources/foldoc.json', import.meta.url);

const terms = new Set();
for (const line of readFileSync(INDEX, 'utf8').split('\n')) {
  const headword = line.split('\t')[0]?.trim().toLowerCase();
  // dictd's own entries (`00-database-…`) and symbols are not terms.
  if (!headword || headword.startsWith('00-') || !/^[a-z][a-z0-9 '.+#/-]*$/.test(headword)) continue;
  terms.add(headword);
}
const doc = {
  source: 'FOLDOC, the Free On-line Dictionary of Computing, Editor Denis Howe (Debian package dict-foldoc)',
  licence: 'GNU Free Documentation License 1.1 or later',
  terms: [...terms].sort(),
};
writeFileSync(OUT, `${JSON.stringify(doc, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`${terms.size} FOLDOC headwords -> ${OUT.pathname}`);
