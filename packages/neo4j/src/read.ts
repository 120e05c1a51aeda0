import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '@talkgraph/errors';
import type { SerializedTalkGraph } from '@talkgraph/graph';
import { invalidGraph } from './errors.js';

/** Reads a graph.json, given either the file or the output folder of `talkgraph build`. */
export async function readGraphJson(path: string): Promise<{ file: string; graph: SerializedTalkGraph }> {
  const info = await stat(path).catch(() => null);
  if (!info)
    throw new InputError(path, 'no such file or folder; give the output folder of `talkgraph build` or its graph.json');
  const file = info.isDirectory() ? join(path, 'graph.json') : path;
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) throw new InputError(file, `cannot read it; is ${path} the output folder of \`talkgraph build\`?`);
  let graph: SerializedTalkGraph;
  try {
    graph = JSON.parse(text) as SerializedTalkGraph;
  } catch (error) {
    throw invalidGraph(file, `not valid JSON (${(error as Error).message})`);
  }
  if (graph?.attributes?.generator?.name !== 'talkgraph')
    throw invalidGraph(file, 'not a talkgraph graph (attributes.generator.name is not "talkgraph")');
  return { file, graph };
}
