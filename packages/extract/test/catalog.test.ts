import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { builtInCatalogFiles, catalogProblems, loadCatalog, readCatalogFile } from '../src/entities/index.js';

const dir = mkdtempSync(join(tmpdir(), 'talkgraph-catalog-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('catalog', () => {
  const catalog = loadCatalog();

  it('has thousands of entries, curated and generated from linguist-languages and simple-icons', () => {
    expect(catalog.entries.length).toBeGreaterThan(3000);
    expect(builtInCatalogFiles().length).toBeGreaterThanOrEqual(8);
    expect(catalog.generated!.size).toBeGreaterThan(1000);
    const ids = new Set(catalog.entries.map((e) => e.id));
    for (const id of ['mlir', 'apl', 'j-language', 'tpu', 'leslie-smith', 'kaggle', 'imagenet', 'dawnbench']) expect(ids.has(id)).toBe(true);
  });

  it('validates against the schema: unique ids, shared names marked ambiguous', () => {
    for (const path of builtInCatalogFiles()) expect(() => readCatalogFile(path)).not.toThrow();
    expect(catalogProblems(catalog.entries)).toEqual([]);
  });

  it('never lists everyday words as generated names', () => {
    const generated = catalog.entries.filter((e) => catalog.generated!.has(e.id)).map((e) => e.name.toLowerCase());
    for (const word of ['data', 'model', 'people', 'thing', 'code', 'framework', 'academia']) expect(generated).not.toContain(word);
  });

  it('extends with a user file and rejects bad ones naming the file', () => {
    const extra = file('mine.json', JSON.stringify([{ id: 'zork-lang', name: 'Zorklang', kind: 'ProgrammingLanguage', aliases: ['Zork language'] }]));
    expect(loadCatalog([extra]).entries.some((e) => e.id === 'zork-lang')).toBe(true);
    const bad = file('bad.json', JSON.stringify([{ id: 'x', name: 'X', kind: 'Gadget' }]));
    expect(() => loadCatalog([bad])).toThrow(/bad\.json: not a talkgraph catalog/);
    const clash = file('clash.json', JSON.stringify([{ id: 'my-mlir', name: 'MLIR', kind: 'Software' }]));
    expect(() => loadCatalog([clash])).toThrow(/clash\.json: name "mlir" is used by/);
    expect(() => loadCatalog([join(dir, 'missing.json')])).toThrow(/missing\.json: cannot read the catalog/);
  });
});
