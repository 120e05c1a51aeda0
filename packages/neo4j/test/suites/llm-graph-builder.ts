import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import neo4j, { type Driver } from 'neo4j-driver';
import type { SerializedTalkGraph } from '@talkgraph/graph';
import { pushGraph, wipeGraph } from '@talkgraph/neo4j';
import { openDriver, pushOptions, rows } from '../support/database.js';
import {
  CHUNK_TEXT_QUERY,
  COUNT_CHUNKS_QUERY,
  NODEREL_COUNT_QUERY_WITHOUT_COMMUNITY,
} from '../support/llm-graph-builder-queries.js';
import { buildSample } from '../support/sample.js';

/** The sample loaded in LLM Graph Builder's model, read back with the Builder's own queries. */
export function llmGraphBuilderSuite(): void {
  describe("LLM Graph Builder's model (--model llm-graph-builder)", () => {
    let driver: Driver;
    let graph: SerializedTalkGraph;
    beforeAll(async () => {
      driver = openDriver();
      ({ graph } = await buildSample());
      await pushGraph(graph, pushOptions({ wipe: true, model: 'llm-graph-builder' }));
    });
    afterAll(async () => {
      await wipeGraph(pushOptions());
      await driver.close();
    });

    test('each episode is a Document whose chunks are its segments, in order', async () => {
      for (const episode of graph.attributes.episodes) {
        const [count] = await rows(driver, COUNT_CHUNKS_QUERY, { file_name: episode.id });
        expect(count?.total_chunks).toBe(episode.segments.length);
        const chunks = await rows(driver, CHUNK_TEXT_QUERY, {
          file_name: episode.id,
          skip: neo4j.int(0),
          limit: neo4j.int(episode.segments.length),
        });
        expect(chunks.map((chunk) => chunk.chunk_text)).toEqual(episode.segments.map((segment) => segment.text));
        expect(chunks.map((chunk) => chunk.chunk_position)).toEqual(episode.segments.map((_s, index) => index + 1));
      }
    });

    test('its node and relationship counts are the graph’s entities, mentions and typed relations', async () => {
      for (const episode of graph.attributes.episodes) {
        const mentioned = graph.nodes.filter((node) => node.attributes.mentions.some((m) => m.episode === episode.id));
        const chunkEntity = new Set(
          mentioned.flatMap((node) =>
            node.attributes.mentions.filter((m) => m.episode === episode.id).map((m) => `${node.key}#${m.segment}`),
          ),
        );
        const inEpisode = new Set(mentioned.map((node) => node.key));
        const typed = new Set(
          graph.edges
            .filter((e) => e.attributes.relation !== 'co_occurs' && inEpisode.has(e.source) && inEpisode.has(e.target))
            .map((e) => `${e.source}>${e.attributes.relation}>${e.target}`),
        );
        const segments = episode.segments.length;
        const [counts] = await rows(driver, NODEREL_COUNT_QUERY_WITHOUT_COMMUNITY, { document_name: episode.id });
        expect(counts).toEqual({
          filename: episode.id,
          chunkNodeCount: segments,
          // PART_OF per chunk, NEXT_CHUNK between consecutive chunks, HAS_ENTITY per entity and chunk.
          chunkRelCount: segments + (segments - 1) + chunkEntity.size,
          entityNodeCount: inEpisode.size,
          entityEntityRelCount: typed.size,
        });
      }
    });

    test('entities carry __Entity__ and their kind, named as the Builder names them', async () => {
      const found = await rows(
        driver,
        'MATCH (n:__Entity__) RETURN n.id AS id, [l IN labels(n) WHERE NOT l IN ["__Entity__", "Talkgraph"]] AS kinds ORDER BY id',
      );
      const expected = graph.nodes
        .map((node) => ({ id: node.attributes.label, kinds: [node.attributes.kind] }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      expect(found).toEqual(expected);
    });
  });
}
