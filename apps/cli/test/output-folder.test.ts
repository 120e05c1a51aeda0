import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MANIFEST, prepareOutputFolder, replaceOutputFolder } from '../src/output-folder.js';

const work = mkdtempSync(join(tmpdir(), 'talkgraph-outfolder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const options = { version: '0.0.0-test' };
const files = (tag: string) => ['a.json', 'b.csv', 'index.html'].map((name) => ({ name, data: `${tag} ${name}` }));
const contents = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name !== MANIFEST)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
const all = (tag: string) => Object.fromEntries(files(tag).map(({ name, data }) => [name, data]));
let n = 0;
const fresh = () => join(work, `case-${++n}`, 'out');

describe('replaceOutputFolder', () => {
  test('writes every file and a manifest of them into a new folder', async () => {
    const out = fresh();
    await replaceOutputFolder(out, files('new'), options);
    expect(contents(out)).toEqual(all('new'));
    expect(JSON.parse(readFileSync(join(out, MANIFEST), 'utf8'))).toEqual({
      generator: 'talkgraph',
      version: '0.0.0-test',
      files: ['a.json', 'b.csv', 'index.html'],
    });
  });

  test('replaces the old outputs as a whole (an output the new build lacks goes), and leaves nothing beside', async () => {
    const out = fresh();
    await replaceOutputFolder(out, [...files('old'), { name: 'gone.txt', data: 'x' }], options);
    await replaceOutputFolder(out, files('new'), options);
    expect(contents(out)).toEqual(all('new'));
    expect(readdirSync(join(out, '..'))).toEqual(['out']);
  });

  test("talkgraph's own kept entries (a cache folder) survive the swap and count as talkgraph's", async () => {
    const out = fresh();
    const keep = ['.talkgraph-cache'];
    await replaceOutputFolder(out, files('old'), { ...options, keep });
    mkdirSync(join(out, '.talkgraph-cache'));
    writeFileSync(join(out, '.talkgraph-cache', 'episode-1'), 'cached');
    await expect(prepareOutputFolder(out, { ...options, keep })).resolves.toBeUndefined();
    await replaceOutputFolder(out, files('new'), { ...options, keep });
    expect(readFileSync(join(out, '.talkgraph-cache', 'episode-1'), 'utf8')).toBe('cached');
    expect(JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')).files).toContain('.talkgraph-cache');
  });

  test('with force, files talkgraph did not write are kept; same-named ones are replaced', async () => {
    const out = fresh();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'notes.txt'), 'mine');
    writeFileSync(join(out, 'index.html'), 'my page');
    await replaceOutputFolder(out, files('new'), { ...options, force: true });
    expect(contents(out)).toEqual({ ...all('new'), 'notes.txt': 'mine' });
  });
});

describe('prepareOutputFolder', () => {
  test('a folder holding files talkgraph did not write is refused, naming them, unless --force', async () => {
    const out = fresh();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'my page');
    await expect(prepareOutputFolder(out, options)).rejects.toThrow(
      `${out}: holds files talkgraph did not write (index.html); give an empty or new folder for --out, or --force to write into it anyway`,
    );
    await expect(prepareOutputFolder(out, { ...options, force: true })).resolves.toBeUndefined();
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('my page');
  });

  test('an empty folder, a missing one, and an earlier build without a manifest are accepted', async () => {
    const empty = fresh();
    mkdirSync(empty, { recursive: true });
    await expect(prepareOutputFolder(empty, options)).resolves.toBeUndefined();
    await expect(prepareOutputFolder(fresh(), options)).resolves.toBeUndefined();
    const earlier = fresh();
    mkdirSync(earlier, { recursive: true });
    for (const name of ['graph.json', 'index.html', 'talkgraph-map.js']) writeFileSync(join(earlier, name), 'x');
    await expect(prepareOutputFolder(earlier, options)).resolves.toBeUndefined();
  });

  test('a file in place of the folder is refused', async () => {
    const out = fresh();
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(out, 'mine');
    await expect(prepareOutputFolder(out, options)).rejects.toThrow('exists and is not a folder');
  });
});

// A run killed during the swap leaves one of these states; the next run must end with the old
// outputs or the new ones in place, never a mix, and nothing left beside the folder.
describe('what a killed run leaves is finished or removed by the next run', () => {
  const DEAD = 2 ** 22 + 17; // above Linux's default pid_max: no process has it
  async function killedAt(step: 'staged' | 'moved-old' | 'swapped') {
    const out = fresh();
    await replaceOutputFolder(out, [...files('old'), { name: '.talkgraph-cache', data: 'c' }], {
      ...options,
      keep: ['.talkgraph-cache'],
    });
    // The new folder, fully written, as replaceOutputFolder stages it.
    const staging = join(work, `stage-${n}`);
    await replaceOutputFolder(staging, files('new'), { ...options, keep: ['.talkgraph-cache'] });
    const parent = join(out, '..');
    const next = join(parent, `.out.talkgraph-new-${DEAD}-abc`);
    const old = join(parent, `.out.talkgraph-old-${DEAD}-def`);
    renameSync(staging, next);
    if (step !== 'staged') renameSync(out, old);
    if (step === 'swapped') renameSync(next, out);
    await prepareOutputFolder(out, { ...options, keep: ['.talkgraph-cache'] });
    return { out, parent };
  }

  test.each([
    ['after the new folder was written', 'old', 'staged'],
    ['after the old folder was moved aside', 'old', 'moved-old'],
    ['after the new folder took its place', 'new', 'swapped'],
  ] as const)('killed %s: the %s outputs, whole', async (_, expected, step) => {
    const { out, parent } = await killedAt(step);
    expect(contents(out)).toEqual({ ...all(expected), '.talkgraph-cache': 'c' });
    expect(readdirSync(parent)).toEqual(['out']);
    expect(existsSync(join(out, MANIFEST))).toBe(true);
  });
});
