import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '@talkgraph/errors';
import { isOutputFolder } from '../output-folder.js';

/** Extensions of the transcript files taken from a folder (files named on the command line are always taken). */
export const TRANSCRIPT_EXTENSIONS = [
  '.dfxp',
  '.htm',
  '.html',
  '.json',
  '.json3',
  '.md',
  '.sbv',
  '.srt',
  '.ttml',
  '.txt',
  '.vtt',
  '.xml',
];

/** Files that sit beside transcripts but are not episodes. */
const NOT_TRANSCRIPTS = /^(readme|license|licence|changelog|sources)$/i;

/**
 * The transcript files named by the arguments: files as given, folders expanded to every
 * transcript file inside (recursively; hidden entries, the output folder and earlier output
 * folders of talkgraph skipped), in path order.
 */
export async function expandInputs(args: string[], outDir: string): Promise<string[]> {
  const out = resolve(outDir);
  const files: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => {
      throw new InputError(arg, 'no such file or folder; check the path');
    });
    if (!info.isDirectory()) {
      files.push(arg);
      continue;
    }
    const entries = await readdir(arg, { recursive: true, withFileTypes: true });
    const folders = [
      arg,
      ...entries
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(entry.parentPath, entry.name))
        .filter(
          (folder) =>
            !relative(arg, folder)
              .split(sep)
              .some((part) => part.startsWith('.')),
        ),
    ];
    const outputs = [out];
    for (const folder of folders) if (await isOutputFolder(folder)) outputs.push(resolve(folder));
    const inside = entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .filter(
        (file) => isTranscriptFile(relative(arg, file)) && !outputs.some((folder) => isInside(resolve(file), folder)),
      )
      .sort();
    if (inside.length === 0) {
      throw new InputError(
        arg,
        `has no transcript files (${TRANSCRIPT_EXTENSIONS.join(', ')}) inside; give files or another folder`,
      );
    }
    files.push(...inside);
  }
  return files;
}

function isTranscriptFile(path: string): boolean {
  if (path.split(sep).some((part) => part.startsWith('.'))) return false;
  const extension = extname(path).toLowerCase();
  return TRANSCRIPT_EXTENSIONS.includes(extension) && !NOT_TRANSCRIPTS.test(basename(path, extname(path)));
}

function isInside(file: string, folder: string): boolean {
  return file === folder || file.startsWith(folder + sep);
}

export interface EpisodeFile {
  file: string;
  id: string;
  title: string;
}

/**
 * One episode per file, with an id made from the file name (`Lex Fridman #35.vtt` -> `lex-fridman-35`).
 * Two files with the same name get `-2`, `-3`... in the order of their full paths, so the ids do not
 * depend on the order of the arguments. The same file given twice is one episode.
 */
export function assignEpisodes(files: string[]): EpisodeFile[] {
  const unique = new Map<string, string>();
  for (const file of files) if (!unique.has(resolve(file))) unique.set(resolve(file), file);
  const ordered = [...unique.keys()].sort();
  const wanted = ordered.map((path) => slug(basename(path, extname(path))));
  const used = new Set<string>();
  const ids: string[] = [];
  // First come natural ids, so that `a-2.txt` keeps `a-2` even when two `a.txt` exist.
  ordered.forEach((_path, i) => {
    if (!used.has(wanted[i]!)) {
      used.add(wanted[i]!);
      ids[i] = wanted[i]!;
    }
  });
  ordered.forEach((_path, i) => {
    if (ids[i] !== undefined) return;
    let n = 2;
    while (used.has(`${wanted[i]}-${n}`)) n++;
    ids[i] = `${wanted[i]}-${n}`;
    used.add(ids[i]!);
  });
  return ordered.map((path, i) => {
    const given = unique.get(path)!;
    return {
      file: given,
      id: ids[i]!,
      title: basename(given, extname(given)).replace(/[_-]+/g, ' ').trim() || ids[i]!,
    };
  });
}

function slug(name: string): string {
  const text = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return text || 'episode';
}

/** Titles given with `--title`: one for the graph, and any number as `episode=title`. */
export interface Titles {
  graph: string | undefined;
  /** By episode id. */
  episodes: Map<string, string>;
}

/**
 * Reads the `--title` values: `EPISODE=TITLE` names an episode (by its id or its file's name, with
 * or without the extension), anything else names the graph. A build of one episode gives the
 * graph's title to the episode too. Throws an InputError naming an unknown episode.
 */
export function assignTitles(values: string[], episodes: EpisodeFile[]): Titles {
  const titles: Titles = { graph: undefined, episodes: new Map() };
  const byName = new Map<string, string>();
  for (const e of episodes) {
    const name = basename(e.file);
    for (const key of [e.id, name, basename(name, extname(name))]) byName.set(key, e.id);
  }
  for (const value of values) {
    const at = value.indexOf('=');
    const key = at > 0 ? value.slice(0, at).trim() : '';
    // A title with "=" in it ("E = mc2") still names the graph: an episode name has no spaces around it.
    if (key === '' || /\s/.test(value.slice(0, at))) {
      if (titles.graph !== undefined)
        throw new InputError(
          '--title',
          `is given twice for the graph ("${titles.graph}", "${value}"); give EPISODE=TITLE for an episode`,
        );
      titles.graph = value;
      continue;
    }
    const id = byName.get(key);
    if (id === undefined)
      throw new InputError(
        '--title',
        `${value}: no episode "${key}"; name one by its id or file (${episodes.map((e) => e.id).join(', ')})`,
      );
    titles.episodes.set(id, value.slice(at + 1).trim());
  }
  if (titles.graph !== undefined && episodes.length === 1 && !titles.episodes.has(episodes[0]!.id))
    titles.episodes.set(episodes[0]!.id, titles.graph);
  return titles;
}
