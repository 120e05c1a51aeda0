import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  builtInCatalogFiles,
  builtInEntries,
  catalogProblems,
  loadCatalog,
  readCatalogFile,
} from '../src/entities/index.js';
import { surfacesOf } from '../src/entities/catalog.js';
import { ENTITY_KINDS } from '../src/types.js';

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
    for (const id of ['mlir', 'apl', 'j-language', 'tpu', 'leslie-smith', 'kaggle', 'imagenet', 'dawnbench'])
      expect(ids.has(id)).toBe(true);
  });

  it('has a schema whose kinds are ENTITY_KINDS', () => {
    const schema = JSON.parse(readFileSync(new URL('../catalog/schema.json', import.meta.url), 'utf8'));
    expect(schema.items.properties.kind.enum).toEqual(ENTITY_KINDS);
  });

  it('validates against the schema: unique ids, shared names marked ambiguous', () => {
    for (const path of builtInCatalogFiles()) expect(() => readCatalogFile(path)).not.toThrow();
    expect(catalogProblems(builtInEntries()).map((p) => p.message)).toEqual([]);
    expect(catalogProblems(catalog.entries).map((p) => p.message)).toEqual([]);
    expect(
      catalogProblems([...builtInEntries(), { id: 'apl', name: 'Another APL', kind: 'Software' }])[0]!.message,
    ).toMatch(/duplicate id "apl"/);
  });

  it('curates broadly across every kind, beyond the transcripts it was developed on', () => {
    const curated = builtInEntries();
    const perKind = new Map<string, number>();
    for (const e of curated) perKind.set(e.kind, (perKind.get(e.kind) ?? 0) + 1);
    expect(curated.length).toBeGreaterThan(3000);
    expect(perKind.get('Person')).toBeGreaterThan(1000);
    for (const kind of ['Organization', 'Software', 'Concept']) expect(perKind.get(kind)).toBeGreaterThan(350);
    for (const kind of ['Hardware', 'Publication', 'Event', 'Dataset']) expect(perKind.get(kind)).toBeGreaterThan(70);
    const ids = new Set(curated.map((e) => e.id));
    for (const id of [
      'claude-shannon',
      'yann-lecun',
      'anthropic',
      'alphafold',
      'resnet',
      'h100',
      'neurips',
      'common-crawl',
      'moores-law',
      'selfish-gene',
    ]) {
      expect(ids.has(id)).toBe(true);
    }
  });

  it('marks names that are everyday words as ambiguous, so they need context', () => {
    const byId = new Map(builtInEntries().map((e) => [e.id, e]));
    const everyday: [string, string][] = [
      ['adept', 'Adept'],
      ['rotary-position-embedding', 'RoPE'],
      ['moon', 'Moon'],
      ['the-pile', 'The Pile'],
      ['mac', 'Mac'],
    ];
    for (const [id, word] of everyday) {
      const entry = byId.get(id)!;
      const surface = surfacesOf(entry).find((s) => s.surface.toLowerCase() === word.toLowerCase());
      expect(surface?.ambiguous).toBe(true);
    }
  });

  it('never lists everyday words as generated names', () => {
    const generated = catalog.entries.filter((e) => catalog.generated!.has(e.id)).map((e) => e.name.toLowerCase());
    for (const word of ['data', 'model', 'people', 'thing', 'code', 'framework', 'academia'])
      expect(generated).not.toContain(word);
  });

  it('extends with a user file and rejects bad ones naming the file', () => {
    const extra = file(
      'mine.json',
      JSON.stringify([{ id: 'zork-lang', name: 'Zorklang', kind: 'ProgrammingLanguage', aliases: ['Zork language'] }]),
    );
    expect(loadCatalog([extra]).entries.some((e) => e.id === 'zork-lang')).toBe(true);
    const bad = file('bad.json', JSON.stringify([{ id: 'x', name: 'X', kind: 'Gadget' }]));
    expect(() => loadCatalog([bad])).toThrow(/bad\.json: not a talkgraph catalog/);
    const clash = file('clash.json', JSON.stringify([{ id: 'my-mlir', name: 'MLIR', kind: 'Software' }]));
    expect(() => loadCatalog([clash])).toThrow(/clash\.json: name "mlir" is used by mlir, my-mlir/);
    const shared = file(
      'shared.json',
      JSON.stringify([{ id: 'my-mlir', name: 'MLIR dialects', kind: 'Software', ambiguous: ['MLIR'] }]),
    );
    expect(() => loadCatalog([shared])).toThrow(/shared\.json: name "mlir"/);
    const replace = file(
      'replace.json',
      JSON.stringify([{ id: 'mlir', name: 'MLIR', kind: 'Software', aliases: ['Multi-Level IR'] }]),
    );
    expect(loadCatalog([replace]).entries.find((e) => e.id === 'mlir')!.aliases).toEqual(['Multi-Level IR']);
    expect(() => loadCatalog([join(dir, 'missing.json')])).toThrow(/missing\.json: cannot read the catalog/);
  });
});
