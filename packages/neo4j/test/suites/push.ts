import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import type { SerializedTalkGraph } from '@talkgraph/graph';
import { cypherScript, pushGraph, wipeGraph, type Phase, type PushResult } from '@talkgraph/neo4j';
import { cypherShell } from '../support/cypher-shell.js';
import { ODD_STRINGS, fixtureGraph, oddGraph } from '../fixtures/graph.js';
import { counts, openDriver, pushOptions, rows, snapshot } from '../support/database.js';

const phase = (result: PushResult, name: Phase) => result.phases.find((item) => item.phase === name)!;
const mentionTotal = (graph: SerializedTalkGraph) =>
  graph.nodes.reduce((sum, node) => sum + node.attributes.mentions.length, 0);
const segmentTotal = (graph: SerializedTalkGraph) =>
  graph.attributes.episodes.reduce((sum, episode) => sum + episode.segments.length, 0);

export function pushSuite(): void {
  describe('pushGraph', () => {
    let driver: Driver;
    beforeAll(async () => {
      driver = openDriver();
      await wipeGraph(pushOptions());
    });
    afterAll(() => driver.close());

    test('loads the model: episodes, segments with HAS_SEGMENT/NEXT, entities with kind labels, mentions, relations', async () => {
      const graph = fixtureGraph(1);
      const result = await pushGraph(graph, pushOptions({ wipe: true }));
      const segments = segmentTotal(graph);
      const typed = graph.edges.filter((edge) => edge.attributes.relation !== 'co_occurs');
      const statements = typed.reduce((sum, edge) => sum + edge.attributes.evidence.length, 0);
      const cooccurrences = graph.edges.length - typed.length;
      expect(await counts(driver)).toEqual(
        expect.objectContaining({
          Episode: 1,
          Segment: segments,
          Entity: graph.nodes.length,
          Talkgraph: 1 + segments + graph.nodes.length,
          HAS_SEGMENT: segments,
          NEXT: segments - 1,
          MENTIONED_IN: mentionTotal(graph),
          CO_OCCURS: cooccurrences,
        }),
      );
      expect(result.created).toBe(result.phases.reduce((sum, item) => sum + item.rows, 0));
      expect(result.updated + result.unchanged).toBe(0);
      expect(result.nodesCreated).toBe(1 + segments + graph.nodes.length);
      expect(result.relationshipsCreated).toBe(
        segments + (segments - 1) + mentionTotal(graph) + statements + cooccurrences,
      );

      const [apl] = await rows(
        driver,
        "MATCH (n:Entity:ProgrammingLanguage {id: 'apl'}) RETURN n {.*, labels: labels(n)} AS n",
      );
      expect(apl?.n).toEqual(
        expect.objectContaining({ name: 'APL', kind: 'ProgrammingLanguage', aliases: ['APL'], mentionCount: 2 }),
      );
      const built = await rows(
        driver,
        "MATCH (:Entity {name: 'J'})-[r:BASED_ON]->(:Entity {name: 'APL'}) RETURN r.quote AS quote, r.start AS start, r.episodeId AS episode",
      );
      expect(built).toEqual([
        { quote: graph.attributes.episodes[0]?.segments[2]?.text, start: 21, episode: 'array-languages' },
      ]);
    });

    test('integers are stored as integers and seconds as floats', async () => {
      const [types] = await rows(
        driver,
        `MATCH (n:Entity {id: 'mlir'})-[m:MENTIONED_IN]->(s:Segment)
         RETURN valueType(n.mentionCount) AS count, valueType(n.community) AS community, valueType(n.pagerank) AS pagerank,
                valueType(s.index) AS index, valueType(s.start) AS start, valueType(m.confidence) AS confidence LIMIT 1`,
      );
      expect(types).toEqual({
        count: 'INTEGER NOT NULL',
        community: 'INTEGER NOT NULL',
        pagerank: 'FLOAT NOT NULL',
        index: 'INTEGER NOT NULL',
        start: 'FLOAT NOT NULL',
        confidence: 'FLOAT NOT NULL',
      });
      // A typed relation's weight counts statements; a co-occurrence's is a score.
      const weights = await rows(
        driver,
        `MATCH (:Entity)-[r]->(:Entity) WHERE r.weight IS NOT NULL
         RETURN type(r) = 'CO_OCCURS' AS cooccurrence, collect(DISTINCT valueType(r.weight)) AS types
         ORDER BY cooccurrence`,
      );
      expect(weights).toEqual([
        { cooccurrence: false, types: ['INTEGER NOT NULL'] },
        { cooccurrence: true, types: ['FLOAT NOT NULL'] },
      ]);
    });

    test('push creates the full-text indexes over segment text and relation quotes', async () => {
      const indexes = await rows(
        driver,
        `SHOW FULLTEXT INDEXES YIELD name, entityType, properties WHERE name STARTS WITH 'talkgraph_'
         RETURN name, entityType, properties ORDER BY name`,
      );
      expect(indexes).toEqual([
        { name: 'talkgraph_relation_quote', entityType: 'RELATIONSHIP', properties: ['quote'] },
        { name: 'talkgraph_segment_text', entityType: 'NODE', properties: ['text'] },
      ]);
    });

    test('pushing the same graph again changes nothing', async () => {
      const before = await snapshot(driver);
      const result = await pushGraph(fixtureGraph(1), pushOptions());
      expect(await snapshot(driver)).toEqual(before);
      expect(result.created).toBe(0);
      expect(result.updated).toBe(0);
      expect(result.nodesCreated + result.relationshipsCreated).toBe(0);
      expect(result.unchanged).toBe(result.phases.reduce((sum, item) => sum + item.rows, 0));
    });

    test('a graph with one more episode adds only that episode, and updates the entities it touches', async () => {
      const one = fixtureGraph(1);
      const two = fixtureGraph(2);
      const result = await pushGraph(two, pushOptions());
      const added = two.attributes.episodes[1];
      expect(phase(result, 'episodes')).toMatchObject({ created: 1, updated: 0, unchanged: 1 });
      expect(phase(result, 'segments')).toMatchObject({
        created: added?.segments.length,
        updated: 0,
        unchanged: segmentTotal(one),
      });
      expect(phase(result, 'mentions')).toMatchObject({
        created: mentionTotal(two) - mentionTotal(one),
        updated: 0,
        unchanged: mentionTotal(one),
      });
      const newEntities = two.nodes.length - one.nodes.length;
      expect(phase(result, 'entities').created).toBe(newEntities);
      // Entities mentioned again get new counts (and every entity a new PageRank in this fixture).
      const touched = two.nodes.filter((node) => node.attributes.episodes.length === 2).length;
      expect(phase(result, 'entities').updated).toBeGreaterThanOrEqual(touched);
      expect(phase(result, 'entities').updated + phase(result, 'entities').unchanged).toBe(one.nodes.length);

      const [episodes] = await rows(driver, 'MATCH (e:Episode) RETURN count(e) AS episodes');
      expect(episodes?.episodes).toBe(2);
      const [mlir] = await rows(
        driver,
        "MATCH (n:Entity {id: 'mlir'}) RETURN n.mentionCount AS count, n.episodes AS episodes",
      );
      expect(mlir).toEqual({ count: 4, episodes: ['array-languages', 'training-fast'] });
    });

    test('names and quotes with Cypher syntax in them are stored as given, and delete nothing', async () => {
      const graph = oddGraph();
      const nasty = ODD_STRINGS;
      const before = await counts(driver);
      await pushGraph(graph, pushOptions());
      const after = await counts(driver);
      expect(after.Episode).toBe((before.Episode ?? 0) + 1);
      expect(after.Entity).toBe((before.Entity ?? 0) + nasty.length);

      const names = await rows(
        driver,
        "MATCH (n:Entity) WHERE n.id STARTS WITH 'odd-' RETURN n.id AS id, n.name AS name ORDER BY id",
      );
      expect(names.map((row) => row.name)).toEqual(nasty);
      const quotes = await rows(
        driver,
        'MATCH (:Entity)-[r:USES]->(:Entity) WHERE r.episodeId = $episode RETURN r.quote AS quote, r.speaker AS speaker ORDER BY r.segment',
        { episode: 'odd "episode" }) //' },
      );
      expect(quotes.map((row) => row.quote)).toEqual(nasty);
      expect(quotes.map((row) => row.speaker)).toEqual(nasty.map((_, index) => nasty[(index + 1) % nasty.length]));
      const [episode] = await rows(driver, 'MATCH (e:Episode {id: $id}) RETURN e.title AS title', {
        id: 'odd "episode" }) //',
      });
      expect(episode?.title).toBe(nasty[1]);
    });

    test('killed in the middle, a re-run completes with no duplicates', async () => {
      const graph = fixtureGraph(2);
      await wipeGraph(pushOptions());
      await pushGraph(graph, pushOptions());
      const complete = await snapshot(driver);

      await wipeGraph(pushOptions());
      let batches = 0;
      await expect(
        pushGraph(
          graph,
          pushOptions({
            batchSize: 2,
            onProgress: () => {
              batches += 1;
              if (batches === 7) throw new Error('simulated crash');
            },
          }),
        ),
      ).rejects.toThrow('simulated crash');
      const partial = await snapshot(driver);
      expect(partial.nodes.length).toBeGreaterThan(0);
      expect(partial.nodes.length + partial.relationships.length).toBeLessThan(
        complete.nodes.length + complete.relationships.length,
      );

      const rerun = await pushGraph(graph, pushOptions({ batchSize: 2 }));
      expect(rerun.created).toBeGreaterThan(0);
      expect(rerun.unchanged).toBeGreaterThan(0);
      expect(await snapshot(driver)).toEqual(complete);
      const [duplicates] = await rows(
        driver,
        'MATCH (s:Segment) WITH s.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS duplicates',
      );
      expect(duplicates?.duplicates).toBe(0);
    });

    test('--wipe removes only what talkgraph created', async () => {
      await rows(driver, "MATCH (n:Entity {id: 'mlir'}) CREATE (u:Note {text: 'mine'})-[:ABOUT]->(n)");
      const wiped = await wipeGraph(pushOptions());
      expect(wiped).toBeGreaterThan(0);
      expect(await counts(driver)).toEqual({});
      const [notes] = await rows(driver, 'MATCH (u:Note) RETURN count(u) AS notes, collect(u.text) AS texts');
      expect(notes).toEqual({ notes: 1, texts: ['mine'] });
      await rows(driver, 'MATCH (u:Note) DELETE u');
    });

    test('an entity name of 20,000 characters loads, by the driver and by graph.cypher', async () => {
      const graph = fixtureGraph(1);
      const long = `${'very long name '.repeat(1334)}`.slice(0, 20_000);
      graph.nodes[0]!.attributes.label = long;
      await pushGraph(graph, pushOptions({ wipe: true }));
      const [found] = await rows(driver, 'MATCH (n:Entity {id: $id}) RETURN size(n.name) AS length', {
        id: graph.nodes[0]!.key,
      });
      expect(Number(found!.length)).toBe(20_000);
      await wipeGraph(pushOptions());
      const { code, stderr } = await cypherShell(cypherScript(graph));
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect((await counts(driver)).Entity).toBe(graph.nodes.length);
    });
  });
}
