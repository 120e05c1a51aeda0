import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { InputError } from '@talkgraph/errors';
import { Ajv } from 'ajv';
import type { CatalogEntry } from '../types.js';
import { generatedEntries } from './generated.js';
import { compactKey } from './tokenize.js';

const require = createRequire(import.meta.url);

/** The entity catalog: curated data files, the user's files, then names generated from npm data packages. */
export interface Catalog {
  entries: CatalogEntry[];
  /** Ids of entries generated from npm data packages (not curated): never matched by sound alone. */
  generated?: ReadonlySet<string>;
}

const CATALOG_DIR = new URL('../../catalog/', import.meta.url);

const validateSchema = new Ajv({ allErrors: false }).compile<CatalogEntry[]>(
  require('../../catalog/schema.json') as object,
);

/** Built-in curated files, in a stable order. */
export function builtInCatalogFiles(): string[] {
  const dir = new URL('data/', CATALOG_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => new URL(name, dir).pathname);
}

export function readCatalogFile(file: string): CatalogEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new InputError(
      file,
      `cannot read the catalog (${reason}); give a JSON array of {id, name, kind, aliases?, ambiguous?}`,
    );
  }
  if (!validateSchema(data)) {
    const error = validateSchema.errors?.[0];
    const where = error?.instancePath ? `at ${error.instancePath} ` : '';
    throw new InputError(
      file,
      `not a talkgraph catalog: ${where}${error?.message ?? 'invalid'}; see packages/extract/catalog/schema.json`,
    );
  }
  return data;
}

/** Every name an entry can be matched by, and whether it needs context. */
export function surfacesOf(entry: CatalogEntry): { surface: string; ambiguous: boolean }[] {
  const ambiguous = new Set((entry.ambiguous ?? []).map(compactKey));
  const seen = new Set<string>();
  const out: { surface: string; ambiguous: boolean }[] = [];
  for (const surface of [entry.name, ...(entry.aliases ?? []), ...(entry.ambiguous ?? [])]) {
    const key = compactKey(surface);
    // Same letters, other word breaks (`AppleScript`, `Apple script`): both are written forms.
    const form = surface.trim().split(/\s+/).map(compactKey).join(' ');
    if (key === '' || seen.has(form)) continue;
    seen.add(form);
    out.push({ surface, ambiguous: ambiguous.has(key) });
  }
  return out;
}

/** A reason a catalog cannot be used, naming the entries involved. */
export interface CatalogProblem {
  ids: string[];
  message: string;
}

/**
 * Problems that make a catalog unusable: duplicate ids, or a name shared by two entries without
 * being marked ambiguous in both.
 */
export function catalogProblems(entries: CatalogEntry[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, { id: string; ambiguous: boolean }[]>();
  for (const entry of entries) {
    if (ids.has(entry.id))
      problems.push({ ids: [entry.id], message: `duplicate id "${entry.id}"; give each entry its own id` });
    ids.add(entry.id);
    for (const { surface, ambiguous } of surfacesOf(entry)) {
      const key = compactKey(surface);
      const list = owners.get(key) ?? [];
      if (list.some((owner) => owner.id === entry.id)) continue;
      list.push({ id: entry.id, ambiguous });
      owners.set(key, list);
    }
  }
  for (const [key, list] of owners) {
    if (list.length > 1 && list.some((owner) => !owner.ambiguous)) {
      const ids = list.map((o) => o.id);
      problems.push({
        ids,
        message: `name "${key}" is used by ${ids.join(', ')}: mark it ambiguous in each, or remove it`,
      });
    }
  }
  return problems;
}

/** Every curated entry of the built-in data files, in file order. */
export function builtInEntries(): CatalogEntry[] {
  return builtInCatalogFiles().flatMap(readCatalogFile);
}

/**
 * The built-in catalog extended by the user's files (same schema; an entry with a built-in id replaces it).
 * Generated entries (linguist-languages, simple-icons) fill in names no curated or user entry claims.
 */
export function loadCatalog(extraFiles: string[] = []): Catalog {
  const byId = new Map<string, CatalogEntry>();
  for (const entry of builtInEntries()) byId.set(entry.id, entry);
  for (const file of extraFiles) {
    const entries = readCatalogFile(file);
    const own = new Set(entries.map((entry) => entry.id));
    for (const entry of entries) byId.set(entry.id, entry);
    const problem =
      catalogProblems(entries).find(() => true) ??
      catalogProblems([...byId.values()]).find((p) => p.ids.some((id) => own.has(id)));
    if (problem) throw new InputError(file, problem.message);
  }
  const curated = [...byId.values()];
  const generated = generatedEntries(curated);
  return { entries: [...curated, ...generated], generated: new Set(generated.map((entry) => entry.id)) };
}
