import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { SerializedTalkGraph } from '@talkgraph/graph';
import { REPO_ROOT, SAMPLE_TRANSCRIPT } from '@talkgraph/testkit';

const BIN = join(REPO_ROOT, 'apps/cli/bin/talkgraph.js');
// Each build starts worker threads that load the catalog; on a busy machine that takes seconds.
const BUILD_TIMEOUT = 120_000;
const OUTPUTS = [
  '.talkgraph-cache',
  '.talkgraph-manifest.json',
  'edges.csv',
  'graph.cypher',
  'graph.gexf',
  'graph.graphml',
  'graph.json',
  'index.html',
  'mentions.csv',
  'nodes.csv',
  'talkgraph-map.js',
];

function talkgraph(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const work = mkdtempSync(join(tmpdir(), 'talkgraph-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Two more short episodes in other formats, written for these tests.
const VTT = `WEBVTT

00:00.000 --> 00:06.000
<v Ana>Chris Lattner started LLVM and later MLIR at Google.

00:06.000 --> 00:12.000
<v Ben>MLIR runs compilers for the TPU, and Swift for TensorFlow used it.

00:12.000 --> 00:18.000
<v Ana>Halide came from MIT, and APL ideas still show up in numpy.
`;
const SRT = `1
00:00:00,000 --> 00:00:05,000
Jeremy Howard teaches deep learning at fast.ai with PyTorch.

2
00:00:05,000 --> 00:00:10,000
Leslie Smith found the learning rate finder, and fast.ai made it popular.

3
00:00:10,000 --> 00:00:15,000
Kaggle competitions showed random forests work on tabular data.
`;
const folder = join(work, 'episodes');
mkdirSync(join(folder, 'nested'), { recursive: true });
writeFileSync(join(folder, 'compilers.vtt'), VTT);
writeFileSync(join(folder, 'nested', 'teaching.srt'), SRT);
writeFileSync(join(folder, 'README.md'), '# not an episode\n');
writeFileSync(join(folder, 'cover.png'), 'not a transcript');
const files = [SAMPLE_TRANSCRIPT, join(folder, 'compilers.vtt'), join(folder, 'nested', 'teaching.srt')];

function outputs(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

function graphOf(dir: string): SerializedTalkGraph {
  return JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));
}

describe('talkgraph build', () => {
  const out = join(work, 'out');
  let first: ReturnType<typeof talkgraph>;
  beforeAll(() => {
    first = talkgraph('build', ...files, '--out', out, '--title', 'Compilers & <teaching>', '--quiet');
  }, BUILD_TIMEOUT);

  test('writes every output file and says where to open the viewer', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
    expect(first.stdout.trim()).toBe(`Open file://${join(out, 'index.html')}`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(readFileSync(join(out, 'graph.cypher'), 'utf8')).toContain('MERGE');
  });

  test('graph.json validates against the published JSON Schema', () => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/graph/schema/graph.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const valid = validate(graphOf(out));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('one episode per file, ids from file names, merged into one graph with a layout', () => {
    const graph = graphOf(out);
    expect(graph.attributes.name).toBe('Compilers & <teaching>');
    expect(graph.attributes.episodes.map((e) => [e.id, e.source])).toEqual([
      ['array-languages-and-compilers', SAMPLE_TRANSCRIPT],
      ['compilers', files[1]],
      ['teaching', files[2]],
    ]);
    expect(graph.attributes.episodes[1]!.duration).toBe(18);
    expect(graph.nodes.length).toBeGreaterThan(0);
    for (const node of graph.nodes) {
      expect(node.attributes.mentions.length).toBe(node.attributes.mentionCount);
      expect(Number.isFinite(node.attributes.x) && Number.isFinite(node.attributes.y)).toBe(true);
    }
    const labels = graph.nodes.map((n) => n.attributes.label.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
  });

  test(
    'the same input builds byte-identical files, whatever the order of the files and the number of jobs',
    () => {
      const again = join(work, 'again');
      const permuted = join(work, 'permuted');
      expect(
        talkgraph('build', ...files, '--out', again, '--title', 'Compilers & <teaching>', '--quiet', '--jobs', '1')
          .code,
      ).toBe(0);
      expect(
        talkgraph(
          'build',
          files[2]!,
          files[0]!,
          files[1]!,
          '--out',
          permuted,
          '--title',
          'Compilers & <teaching>',
          '--quiet',
          '--jobs',
          '2',
        ).code,
      ).toBe(0);
      const reference = outputs(out);
      expect(outputs(again)).toEqual(reference);
      expect(outputs(permuted)).toEqual(reference);
    },
    2 * BUILD_TIMEOUT,
  );

  test(
    'a folder is every transcript file inside it, README and other files skipped',
    () => {
      const fromFolder = join(work, 'folder-out');
      const run = talkgraph('build', folder, '--out', fromFolder, '--quiet', '--title', 'teaching.srt=How we teach');
      expect(run.code).toBe(0);
      expect(graphOf(fromFolder).attributes.episodes.map((e) => [e.id, e.title])).toEqual([
        ['compilers', 'compilers'],
        ['teaching', 'How we teach'],
      ]);
    },
    BUILD_TIMEOUT,
  );

  test(
    'two files with the same name get distinct episode ids; --media-url fills each, {episode} replaced',
    () => {
      const twin = join(work, 'twin');
      mkdirSync(twin, { recursive: true });
      writeFileSync(join(twin, 'compilers.vtt'), VTT.replace('Ana', 'Cleo'));
      const run = talkgraph(
        'build',
        join(twin, 'compilers.vtt'),
        files[1]!,
        '--out',
        join(work, 'twin-out'),
        '--quiet',
        '--media-url',
        'https://example.org/{episode}.mp3',
      );
      expect(run.code).toBe(0);
      const episodes = graphOf(join(work, 'twin-out')).attributes.episodes;
      // Ids follow the order of the full paths: episodes/compilers.vtt sorts before twin/compilers.vtt.
      expect(episodes.map((e) => [e.id, e.source])).toEqual([
        ['compilers', files[1]],
        ['compilers-2', join(twin, 'compilers.vtt')],
      ]);
      expect(episodes.map((e) => e.mediaUrl)).toEqual([
        'https://example.org/compilers.mp3',
        'https://example.org/compilers-2.mp3',
      ]);
    },
    BUILD_TIMEOUT,
  );

  test(
    'filters: --kinds, --no-cooccurrence, --min-mentions',
    () => {
      const filtered = join(work, 'filtered');
      const run = talkgraph(
        'build',
        ...files,
        '--out',
        filtered,
        '--quiet',
        '--kinds',
        'person,ProgrammingLanguage',
        '--no-cooccurrence',
        '--min-mentions',
        '2',
      );
      expect(run.code).toBe(0);
      const graph = graphOf(filtered);
      expect(graph.nodes.length).toBeGreaterThan(0);
      for (const node of graph.nodes) {
        expect(['Person', 'ProgrammingLanguage']).toContain(node.attributes.kind);
        expect(node.attributes.mentionCount).toBeGreaterThanOrEqual(2);
      }
      for (const edge of graph.edges) expect(edge.attributes.relation).not.toBe('co_occurs');
      expect(graph.attributes.settings).toMatchObject({
        kinds: ['Person', 'ProgrammingLanguage'],
        cooccurrence: false,
        minMentions: 2,
      });
    },
    BUILD_TIMEOUT,
  );
});

describe('talkgraph build: errors', () => {
  test(
    'with --strict, a transcript that cannot be read fails the build, which writes nothing and keeps what was there',
    () => {
      const out = join(work, 'kept');
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'graph.json'), 'previous graph');
      writeFileSync(join(out, 'talkgraph-map.js'), 'previous script');
      const empty = join(work, 'empty.txt');
      writeFileSync(empty, '');
      const run = talkgraph('build', SAMPLE_TRANSCRIPT, empty, '--out', out, '--quiet', '--strict');
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        `talkgraph: skipped ${empty}: is empty; give a transcript with some text`,
        `talkgraph: ${out}: nothing written: a transcript could not be read (--strict)`,
      ]);
      expect(readdirSync(out).sort()).toEqual(['graph.json', 'talkgraph-map.js']);
      expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe('previous graph');
      expect(readdirSync(work).filter((name) => name.includes('talkgraph-new'))).toEqual([]);
    },
    BUILD_TIMEOUT,
  );

  test('a missing input is one line naming it, exit 1, and no output folder', () => {
    const out = join(work, 'never');
    const run = talkgraph('build', join(work, 'missing.vtt'), '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`talkgraph: ${join(work, 'missing.vtt')}: no such file or folder; check the path\n`);
    expect(existsSync(out)).toBe(false);
  });

  test('an --out that is a file is refused before any work', () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'mine');
    const run = talkgraph('build', SAMPLE_TRANSCRIPT, '--out', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('exists and is not a folder');
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  test('a folder without transcripts is an input error', () => {
    const bare = join(work, 'bare');
    mkdirSync(bare, { recursive: true });
    writeFileSync(join(bare, 'picture.png'), 'x');
    const run = talkgraph('build', bare, '--out', join(work, 'bare-out'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bare}: has no transcript files`);
  });

  test.each([
    [['--min-confidence', '2'], 'between 0 and 1'],
    [['--min-mentions', 'many'], 'whole number'],
    [['--kinds', 'Gadget'], 'unknown kind "Gadget"'],
    [['--jobs', '0'], 'whole number >= 1'],
  ])('bad option %j is a usage error (exit 2, one line)', (args, message) => {
    const run = talkgraph('build', SAMPLE_TRANSCRIPT, '--out', join(work, 'usage'), ...args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(message);
  });
});
