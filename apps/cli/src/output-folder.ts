import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '@talkgraph/errors';

/**
 * The marker of what talkgraph wrote in an output folder: a JSON file listing those entries. A
 * folder holding other files is the user's, and is not replaced without `--force`.
 */
export const MANIFEST = '.talkgraph-manifest.json';

export interface Manifest {
  generator: 'talkgraph';
  version: string;
  /** Every entry talkgraph wrote in the folder (files and folders, the manifest itself aside). */
  files: string[];
}

export interface ReplaceOptions {
  version: string;
  /**
   * Entries of talkgraph's own that outlive a build (its caches): carried from the old folder into
   * the new one, and counted as talkgraph's when the folder is checked.
   */
  keep?: string[];
  /** Replace the outputs even when the folder holds files talkgraph did not write; those are kept. */
  force?: boolean;
}

/**
 * Output files of talkgraph builds written before the manifest existed: talkgraph's in a folder
 * that also holds the viewer script those builds always wrote.
 */
const EARLIER_OUTPUTS = new Set([
  'edges.csv',
  'graph.cypher',
  'graph.gexf',
  'graph.graphml',
  'graph.json',
  'index.html',
  'mentions.csv',
  'nodes.csv',
  'talkgraph-map.js',
]);

const STAGED = /^\.(.+)\.talkgraph-(new|old)-(\d+)-[0-9a-z]+$/;

/**
 * Checks before any work that `out` may be written: a folder (or nothing yet) whose entries were
 * all written by talkgraph, unless `force`. Also finishes or removes what a killed run left beside it.
 */
export async function prepareOutputFolder(out: string, options: ReplaceOptions): Promise<void> {
  await recoverLeftovers(out);
  const info = await stat(out).catch(() => null);
  if (info && !info.isDirectory()) throw new InputError(out, 'exists and is not a folder; give a folder for --out');
  if (!info || options.force) return;
  const foreign = await foreignEntries(out, options.keep ?? []);
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : '');
    throw new InputError(
      out,
      `holds files talkgraph did not write (${shown}); give an empty or new folder for --out, or --force to write into it anyway`,
    );
  }
}

/**
 * Replaces the outputs in `out` all at once: every file is written into a fresh folder beside
 * `out`, which then takes the place of the old one by two renames. Entries of the old folder that
 * talkgraph keeps (options.keep), and with `force` the user's own files, are then moved into the
 * new one. A failure or a kill at any point leaves the old outputs or the new ones, never a mix;
 * what a killed run left beside `out` is finished or removed by the next run.
 */
export async function replaceOutputFolder(
  out: string,
  files: { name: string; data: string | Uint8Array }[],
  options: ReplaceOptions,
): Promise<void> {
  const target = resolve(out);
  await mkdir(dirname(target), { recursive: true });
  const staged = stagedName(target, 'new');
  try {
    await mkdir(staged);
    for (const { name, data } of files) await writeFile(join(staged, name), data);
    const keep = options.keep ?? [];
    const manifest: Manifest = {
      generator: 'talkgraph',
      version: options.version,
      files: [...new Set([...files.map((file) => file.name), ...keep])].sort(),
    };
    await writeFile(join(staged, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  } catch (error) {
    await rm(staged, { recursive: true, force: true });
    throw error;
  }
  const old = stagedName(target, 'old');
  let hadOld = true;
  try {
    await rename(target, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      await rm(staged, { recursive: true, force: true });
      throw error;
    }
    hadOld = false;
  }
  try {
    await rename(staged, target);
  } catch (error) {
    if (hadOld) await rename(old, target);
    await rm(staged, { recursive: true, force: true });
    throw error;
  }
  if (hadOld) await carryOver(old, target);
}

/** The entries of `folder` that talkgraph did not write. */
async function foreignEntries(folder: string, keep: string[]): Promise<string[]> {
  const own = new Set([MANIFEST, ...keep, ...(await outputsIn(folder))]);
  return (await readdir(folder)).filter((name) => !own.has(name)).sort();
}

/** The entries a talkgraph build wrote in `folder`, by its manifest (or, from before it, by name). */
async function outputsIn(folder: string): Promise<string[]> {
  const manifest = await readManifest(folder);
  if (manifest) return manifest.files;
  return (await isOutputFolder(folder)) ? [...EARLIER_OUTPUTS] : [];
}

async function readManifest(folder: string): Promise<Manifest | null> {
  try {
    const manifest = JSON.parse(await readFile(join(folder, MANIFEST), 'utf8')) as Manifest;
    return manifest.generator === 'talkgraph' && Array.isArray(manifest.files) ? manifest : null;
  } catch {
    return null;
  }
}

/** Whether a folder was written by talkgraph: it has the manifest (or, from before it, the viewer script). */
export async function isOutputFolder(folder: string): Promise<boolean> {
  if (await readManifest(folder)) return true;
  return stat(join(folder, 'talkgraph-map.js')).then(
    (info) => info.isFile(),
    () => false,
  );
}

/**
 * Moves what the old folder holds beyond its outputs (talkgraph's caches, the user's files under
 * --force) into the new one, then removes the old folder. Nothing the new folder has is replaced.
 */
async function carryOver(old: string, target: string): Promise<void> {
  const replaced = new Set([MANIFEST, ...(await outputsIn(old))]);
  const present = new Set(await readdir(target));
  const manifest = await readManifest(target);
  for (const name of await readdir(old)) {
    const kept = manifest?.files.includes(name) && !present.has(name);
    if ((replaced.has(name) && !kept) || present.has(name)) continue;
    await rename(join(old, name), join(target, name));
  }
  await rm(old, { recursive: true, force: true });
}

/**
 * Finishes what killed runs left beside `out`: an old folder whose replacement never arrived is put
 * back; an old folder whose replacement did is emptied into it (carryOver); half-written new
 * folders are removed. Runs still alive (by pid) are left alone.
 */
async function recoverLeftovers(out: string): Promise<void> {
  const target = resolve(out);
  const parent = dirname(target);
  const entries = await readdir(parent).catch(() => [] as string[]);
  for (const name of entries.sort()) {
    const match = STAGED.exec(name);
    if (!match || match[1] !== basename(target) || isAlive(Number(match[3]))) continue;
    const path = join(parent, name);
    if (match[2] === 'new') {
      await rm(path, { recursive: true, force: true });
    } else if (
      await stat(target).then(
        () => true,
        () => false,
      )
    ) {
      await carryOver(path, target);
    } else {
      await rename(path, target);
    }
  }
}

function stagedName(target: string, kind: 'new' | 'old'): string {
  const random = Math.random().toString(36).slice(2, 10);
  return join(dirname(target), `.${basename(target)}.talkgraph-${kind}-${process.pid}-${random}`);
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
