import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { CatalogEntry } from '@talkgraph/extract';
import type { EpisodeResult, EpisodeTask } from './protocol.js';

/** The cache's folder inside --out when no --cache is given: kept across builds by the output-folder swap. */
export const CACHE_FOLDER = '.talkgraph-cache';

export type CachedEpisode = Extract<EpisodeResult, { ok: true }>;

/**
 * What decides an extraction besides its transcript: the code and data of the packages that parse
 * and extract (hashed, not their version numbers, so a changed rule or catalog entry is a miss even
 * in development), and Node's version (the entries are V8-serialized, as worker messages are).
 */
function extractorFingerprint(): string {
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256').update(process.versions.node);
  const packageRoot = (name: string) => dirname(dirname(require.resolve(name)));
  const roots = [packageRoot('@talkgraph/transcript'), packageRoot('@talkgraph/extract')];
  for (const root of roots) {
    for (const part of ['package.json', 'dist', 'catalog']) hashTree(hash, root, join(root, part));
  }
  // The worker's own step from transcript to episode (titles, duration) is part of the extraction too.
  hashTree(hash, dirname(fileURLToPath(import.meta.url)), fileURLToPath(new URL('episode.js', import.meta.url)));
  return hash.digest('hex');
}

function hashTree(hash: ReturnType<typeof createHash>, root: string, path: string): void {
  let files: string[];
  try {
    files = readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.map') && !entry.name.endsWith('.tsbuildinfo'))
      .map((entry) => join(entry.parentPath, entry.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') files = [path];
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    else throw error;
  }
  for (const file of files.sort()) hash.update(relative(root, file)).update('\0').update(readFileSync(file));
}

/**
 * The per-episode extraction cache: one file per episode, named by the hash of the transcript's
 * bytes, the task (id, titles, media URL, path: all end up in the episode) and the extractor's
 * fingerprint with the extra catalogs. An entry holds exactly what a worker would post, so a build
 * from the cache is byte-identical to a clean one. Entries are written by the workers, atomically.
 */
export class EpisodeCache {
  private readonly used = new Set<string>();
  private readonly fingerprint: string;

  constructor(
    readonly dir: string,
    catalogFiles: string[],
  ) {
    const hash = createHash('sha256').update(extractorFingerprint());
    for (const file of catalogFiles) hash.update('\0catalog\0').update(readFileSync(file));
    this.fingerprint = hash.digest('hex');
  }

  /** The file of a task's entry (present or not). */
  async entryFile(task: EpisodeTask): Promise<string> {
    const hash = createHash('sha256').update(this.fingerprint).update(JSON.stringify(task)).update('\0');
    const file = join(
      this.dir,
      `${hash
        .update(await readFile(task.file))
        .digest('hex')
        .slice(0, 40)}.bin`,
    );
    this.used.add(file);
    return file;
  }

  /** The catalog the workers loaded, as they sent it, or null when not cached yet. */
  async catalog(): Promise<CatalogEntry[] | null> {
    return readEntry<CatalogEntry[]>(this.catalogFile());
  }

  storeCatalog(entries: CatalogEntry[]): void {
    storeEntry(this.catalogFile(), entries);
  }

  episode(file: string): Promise<CachedEpisode | null> {
    return readEntry<CachedEpisode>(file);
  }

  /** Removes the entries this build did not use (episodes gone or changed, an older extractor). */
  async prune(): Promise<void> {
    for (const name of await readdir(this.dir)) {
      if (!this.used.has(join(this.dir, name))) await rm(join(this.dir, name), { force: true });
    }
  }

  private catalogFile(): string {
    const file = join(this.dir, `catalog-${this.fingerprint.slice(0, 40)}.bin`);
    this.used.add(file);
    return file;
  }
}

/** An entry, or null when absent or unreadable (a damaged entry is a miss, not an error). */
async function readEntry<T>(file: string): Promise<T | null> {
  try {
    return deserialize(gunzipSync(await readFile(file))) as T;
  } catch {
    return null;
  }
}

/** Writes an entry beside its place, then renames it there, so a killed run never leaves half of one. */
export function storeEntry(file: string, value: unknown): void {
  const partial = `${file}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.partial`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, gzipSync(serialize(value), { level: 1 }));
    renameSync(partial, file);
  } catch {
    // A cache that cannot be written only costs the next build time.
    rmSync(partial, { force: true });
  }
}
