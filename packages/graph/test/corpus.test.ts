import { readdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { extractEpisode, loadCatalog } from '@talkgraph/extract';
import { buildGraph, toGraphJson } from '@talkgraph/graph';
import type { EpisodeInput, TalkGraph } from '@talkgraph/graph';
import { CORPUS_DIR, REPO_ROOT, describeWithCorpus } from '@talkgraph/testkit';
import { readTranscript } from '@talkgraph/transcript';

describeWithCorpus('the graph of the real corpus', () => {
  let graph: TalkGraph;
  let inputs: EpisodeInput[];

  beforeAll(async () => {
    const catalog = loadCatalog();
    const files = readdirSync(CORPUS_DIR)
      .filter((name) => !name.endsWith('.md'))
      .sort();
    inputs = await Promise.all(
      files.map(async (name) => {
        const transcript = await readTranscript(join(CORPUS_DIR, name));
        const episode = {
          id: name
            .replace(/\.[^.]+$/, '')
            .replace(/[^a-z0-9]+/gi, '-')
            .toLowerCase(),
          title: name,
          source: name,
          mediaUrl: null,
          duration: null,
        };
        return {
          extraction: extractEpisode(transcript, { episode, catalog }),
          segments: transcript.segments.map(({ start, end, speaker, text }) => ({ start, end, speaker, text })),
        };
      }),
    );
    graph = buildGraph(inputs, { catalog: catalog.entries });
  }, 120_000);

  test('has the five episodes and entities from them', () => {
    expect(graph.getAttribute('episodes')).toHaveLength(5);
    expect(graph.order).toBeGreaterThan(20);
    const extractedMentions = inputs.reduce((sum, input) => sum + input.extraction.mentions.length, 0);
    expect(graph.reduceNodes((sum, _node, a) => sum + a.mentionCount, 0)).toBe(extractedMentions);
  });

  test('no two nodes have the same label ignoring case', () => {
    const seen = new Map<string, string>();
    graph.forEachNode((node, a) => {
      const key = a.label.toLowerCase();
      expect(seen.get(key) ?? node).toBe(node);
      seen.set(key, node);
    });
  });

  test('the two transcripts of the Jeremy Howard conversation meet in shared nodes', () => {
    const shared = graph.filterNodes(
      (_node, a) =>
        a.episodes.includes('000-f927fa2ca80fe165') && a.episodes.includes('lexfridman035-jeremy-howard-whisper-large'),
    );
    expect(shared.length).toBeGreaterThan(5);
  });

  test('graph.json of the real corpus validates against the schema', () => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/graph/schema/graph.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    validate(JSON.parse(toGraphJson(graph)));
    expect(validate.errors ?? []).toEqual([]);
  });
});
