import { existsSync } from 'node:fs';
import { rm, rmdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { InputError, UsageError } from '@talkgraph/errors';
import type { EntityKind } from '@talkgraph/extract';
import { GRAPH_FILES, createGraphBuilder, exportTalkGraph, parseKinds } from '@talkgraph/graph';
import type { BuildOptions, GraphBuilder, TalkGraph } from '@talkgraph/graph';
import { cypherScript } from '@talkgraph/neo4j';
import { renderHtml, viewerScript } from '@talkgraph/viewer';
import { prepareOutputFolder, replaceOutputFolder } from '../output-folder.js';
import type { ReplaceOptions } from '../output-folder.js';
import { CACHE_FOLDER, EpisodeCache } from '../pipeline/cache.js';
import type { CachedEpisode } from '../pipeline/cache.js';
import { assignEpisodes, assignTitles, expandInputs, TRANSCRIPT_EXTENSIONS } from '../pipeline/inputs.js';
import type { EpisodeFile, Titles } from '../pipeline/inputs.js';
import { defaultJobs, runEpisodes } from '../pipeline/pool.js';
import type { EpisodeTask } from '../pipeline/protocol.js';
import { createProgress } from '../progress.js';
import type { Progress } from '../progress.js';
import { writeStdout } from '../stdout.js';
import { VERSION } from '../version.js';

interface BuildFlags {
  out: string;
  title: string[];
  mediaUrl?: string;
  catalog: string[];
  minMentions: number;
  minConfidence: number;
  kinds?: EntityKind[];
  cooccurrence: boolean;
  quiet?: boolean;
  jobs: number;
  force?: boolean;
  strict?: boolean;
  /** A folder, false for --no-cache, undefined for the default inside --out. */
  cache?: string | false;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the knowledge graph and the viewer from one or more transcripts (one episode each)')
    .argument('<inputs...>', `transcript files, or folders of them (${TRANSCRIPT_EXTENSIONS.join(' ')})`)
    .requiredOption('--out <dir>', 'output folder (replaced as a whole when the build is done)', folderPath)
    .option(
      '--title <title>',
      'title of the graph and the viewer page; EPISODE=TITLE names an episode (by id or file name); repeat for several',
      collect,
      [],
    )
    .option('--media-url <url>', 'audio/video URL for the viewer; {episode} is replaced by the episode id')
    .option('--catalog <file>', 'extra catalog of entities (JSON); repeat for several', collect, [])
    .option('--min-mentions <n>', 'drop entities mentioned fewer times', wholeNumber, 1)
    .option('--min-confidence <x>', 'ignore mentions and relations below this confidence (0..1)', fraction, 0)
    .option('--kinds <list>', 'keep only these kinds, e.g. Person,Software', kindList)
    .option('--no-cooccurrence', 'leave out co-occurrence edges')
    .option('--quiet', 'no progress bar')
    .option('--jobs <n>', 'worker threads', positiveNumber, defaultJobs())
    .option('--force', 'write into --out even when it holds files talkgraph did not write (they are kept)')
    .option('--strict', 'fail, writing nothing, when any transcript cannot be read')
    .option(
      '--cache <dir>',
      `extraction cache, so that a rebuild re-extracts only new or changed episodes (default: ${CACHE_FOLDER} inside --out)`,
      folderPath,
    )
    .option('--no-cache', 'extract every episode afresh, and keep no cache')
    .action(async (inputs: string[], flags: BuildFlags) => build(inputs, flags));
}

async function build(inputs: string[], flags: BuildFlags): Promise<void> {
  const out = flags.out;
  const outExisted = existsSync(out);
  // The default cache lives in --out; the folder swap carries it from each build to the next.
  const folder = { version: VERSION, force: flags.force ?? false, keep: [CACHE_FOLDER] };
  await prepareOutputFolder(out, folder);

  const episodes = assignEpisodes(await expandInputs(inputs, out));
  const progress = createProgress(flags.quiet ?? false);
  const given = assignTitles(flags.title, episodes);
  const cacheDir = flags.cache === false ? null : (flags.cache ?? join(out, CACHE_FOLDER));
  const cache = cacheDir === null ? null : new EpisodeCache(cacheDir, flags.catalog);
  // A failed build writes nothing into --out: not even the cache it started there.
  const newCache = flags.cache === undefined && !existsSync(cacheDir!);
  try {
    await buildInto(out, given, episodes, flags, cache, folder, progress);
  } catch (error) {
    if (newCache) await rm(cacheDir!, { recursive: true, force: true });
    // The cache made --out; with the cache gone it is empty again, and a failed build leaves no folder.
    if (!outExisted) await rmdir(out).catch(() => undefined);
    throw error;
  }
  await writeStdout(`Open ${pathToFileURL(resolve(out, 'index.html')).href}\n`);
}

async function buildInto(
  out: string,
  given: Titles,
  episodes: EpisodeFile[],
  flags: BuildFlags,
  cache: EpisodeCache | null,
  folder: ReplaceOptions,
  progress: Progress,
): Promise<void> {
  const { builder, titles, failures, cached } = await readEpisodes(episodes, given, flags, cache, progress);
  for (const failure of failures) process.stderr.write(`talkgraph: skipped ${failure}\n`);
  if (titles.length === 0 || (flags.strict && failures.length > 0)) {
    const reason = titles.length === 0 ? 'no transcript could be read' : 'a transcript could not be read (--strict)';
    throw new InputError(out, `nothing written: ${reason}`);
  }

  progress.start(3, 'graph');
  let graph: TalkGraph;
  let files: { name: string; data: Buffer }[];
  try {
    graph = builder.build();
    // One episode titles the graph: by the title given it, else the one its file gives, else its file name.
    if (given.graph === undefined && titles.length === 1) graph.setAttribute('name', titles[0]!);
    progress.increment();
    files = outputFiles(graph);
    progress.increment();
    await replaceOutputFolder(out, files, folder).catch((error: NodeJS.ErrnoException) => {
      // A full disk or a folder that may not be written is the user's to fix, not a bug.
      if (error.code === undefined) throw error;
      throw new InputError(
        out,
        `cannot write the outputs (${error.code}); check the disk and the folder's permissions`,
        {
          cause: error,
        },
      );
    });
    progress.increment();
  } finally {
    progress.stop();
  }
  // A cache of its own for this --out holds only this build's episodes; a shared one (--cache) keeps all.
  if (cache && flags.cache === undefined) await cache.prune();

  if (!flags.quiet) {
    const written = files.map((f) => f.name).join(', ');
    const skipped = failures.length > 0 ? ` (${failures.length} skipped)` : '';
    const reused = cached > 0 ? ` (${cached} from the cache)` : '';
    process.stderr.write(
      `talkgraph: ${titles.length} episode(s)${reused}${skipped}, ${graph.order} nodes, ${graph.size} edges; wrote ${written} to ${out}\n`,
    );
  }
}

/**
 * Parses and extracts the episodes on worker threads, folding each into the graph builder as it
 * arrives; episodes in the cache are folded in from there, and only the others reach the workers.
 * The catalog comes from the workers (or the cache), so this thread never loads the extraction code.
 * A transcript that cannot be read is left out and named, with why, in `failures`.
 */
async function readEpisodes(
  episodes: EpisodeFile[],
  given: Titles,
  flags: BuildFlags,
  cache: EpisodeCache | null,
  progress: Progress,
): Promise<{ builder: GraphBuilder; titles: string[]; failures: string[]; cached: number }> {
  const options: BuildOptions = {
    title: given.graph ?? 'talkgraph',
    filters: {
      minMentions: flags.minMentions,
      minConfidence: flags.minConfidence,
      cooccurrence: flags.cooccurrence,
      ...(flags.kinds ? { kinds: flags.kinds } : {}),
    },
    generatorVersion: VERSION,
  };
  let builder: GraphBuilder | undefined;
  const tasks: EpisodeTask[] = episodes.map(({ file, id, title }) => ({
    file,
    id,
    title: given.episodes.get(id) ?? null,
    fileTitle: title,
    mediaUrl: flags.mediaUrl?.replaceAll('{episode}', id) ?? null,
  }));
  const warnings: string[] = [];
  const titles: string[] = [];
  const failures: string[] = [];
  let cached = 0;
  const add = ({ file, extraction, segments, warnings: found }: CachedEpisode) => {
    builder!.add({ extraction, segments });
    titles.push(extraction.episode.title);
    warnings.push(...found.map((warning) => `${file}: ${warning}`));
    progress.increment();
  };
  progress.start(tasks.length, 'episodes');
  try {
    // Without the catalog in the cache there is no graph builder yet: then every episode goes to the workers.
    const catalog = await cache?.catalog();
    if (catalog) builder = createGraphBuilder({ ...options, catalog });
    const misses: EpisodeTask[] = [];
    for (const task of tasks) {
      if (!cache) {
        misses.push(task);
        continue;
      }
      const cacheFile = await cache.entryFile(task);
      const hit = catalog ? await cache.episode(cacheFile) : null;
      if (hit) {
        add(hit);
        cached++;
      } else misses.push({ ...task, cacheFile });
    }
    await runEpisodes(misses, {
      jobs: flags.jobs,
      catalogFiles: flags.catalog,
      onCatalog: (entries) => {
        if (!catalog) cache?.storeCatalog(entries);
        builder ??= createGraphBuilder({ ...options, catalog: entries });
      },
      onResult: add,
      onFailure: ({ error }) => {
        failures.push(error.message);
        progress.increment();
      },
    });
  } finally {
    progress.stop();
  }
  if (!flags.quiet) for (const warning of warnings.sort()) process.stderr.write(`talkgraph: warning: ${warning}\n`);
  return { builder: builder ?? createGraphBuilder(options), titles, failures: failures.sort(), cached };
}

/**
 * Every output file, in one pass over the finished graph. Each is turned into UTF-8 bytes as soon as
 * it is rendered, so its string (up to twice the size) can be collected before the next is made.
 */
function outputFiles(graph: TalkGraph): { name: string; data: Buffer }[] {
  const serialized = exportTalkGraph(graph);
  const renders = [
    ...GRAPH_FILES,
    { name: 'graph.cypher', render: () => cypherScript(serialized) },
    { name: 'index.html', render: () => renderHtml(serialized, { title: graph.getAttribute('name') }) },
    { name: 'talkgraph-map.js', render: viewerScript },
  ];
  return renders.map(({ name, render }) => ({ name, data: Buffer.from(render(graph)) }));
}

function folderPath(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('give a folder path.');
  return value;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('give a whole number >= 0.');
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number >= 1.');
  return n;
}

function fraction(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !(n >= 0 && n <= 1)) throw new InvalidArgumentError('give a number between 0 and 1.');
  return n;
}

function kindList(value: string): EntityKind[] {
  try {
    return parseKinds(value);
  } catch (error) {
    if (error instanceof UsageError) throw new InvalidArgumentError(error.message);
    throw error;
  }
}
