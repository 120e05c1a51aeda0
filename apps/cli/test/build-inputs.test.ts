import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignEpisodes, assignTitles, expandInputs } from '../src/pipeline/inputs.js';

const work = mkdtempSync(join(tmpdir(), 'talkgraph-inputs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('--title', () => {
  const episodes = assignEpisodes(['talks/State of GPT.json', 'talks/compilers.vtt']);

  test('names the graph, and episodes by id or file name', () => {
    const titles = assignTitles(
      ['A season of talks', 'state-of-gpt=State of GPT', 'compilers.vtt=Compilers, explained'],
      episodes,
    );
    expect(titles.graph).toBe('A season of talks');
    expect([...titles.episodes]).toEqual([
      ['state-of-gpt', 'State of GPT'],
      ['compilers', 'Compilers, explained'],
    ]);
    expect(assignTitles(['compilers=x'], episodes).graph).toBeUndefined();
    // "=" after a space is part of a graph title.
    expect(assignTitles(['E = mc2'], episodes).graph).toBe('E = mc2');
  });

  test('one episode takes the graph title too', () => {
    expect([...assignTitles(['Compilers'], episodes.slice(1)).episodes]).toEqual([['compilers', 'Compilers']]);
    expect(assignTitles(['Compilers'], episodes).episodes.size).toBe(0);
  });

  test('an unknown episode or two graph titles are errors that say what to give', () => {
    expect(() => assignTitles(['nope=Title'], episodes)).toThrow(
      /--title: nope=Title: no episode "nope"; name one by its id or file \(state-of-gpt, compilers\)/,
    );
    expect(() => assignTitles(['One', 'Two'], episodes)).toThrow(/--title: is given twice for the graph/);
  });
});

describe('episode ids', () => {
  test('come from file names, as slugs', () => {
    expect(
      assignEpisodes(['talks/Lex Fridman #35 – Jeremy Howard.vtt', 'x/Ünïcode_Talk.srt']).map((e) => [e.id, e.title]),
    ).toEqual([
      ['lex-fridman-35-jeremy-howard', 'Lex Fridman #35 – Jeremy Howard'],
      ['unicode-talk', 'Ünïcode Talk'],
    ]);
    expect(assignEpisodes(['/a/!!!.txt'])[0]!.id).toBe('episode');
  });

  test('same names get -2, -3 by full path, not by argument order; natural ids are kept', () => {
    const files = ['/b/talk.txt', '/a/talk.vtt', '/c/talk-2.txt', '/d/talk.srt'];
    const expected = [
      ['/a/talk.vtt', 'talk'],
      ['/b/talk.txt', 'talk-3'],
      ['/c/talk-2.txt', 'talk-2'],
      ['/d/talk.srt', 'talk-4'],
    ];
    expect(assignEpisodes(files).map((e) => [e.file, e.id])).toEqual(expected);
    expect(assignEpisodes([...files].reverse()).map((e) => [e.file, e.id])).toEqual(expected);
  });

  test('the same file given twice is one episode', () => {
    expect(assignEpisodes(['/a/talk.txt', '/a/../a/talk.txt'])).toHaveLength(1);
  });
});

describe('folders', () => {
  test('expand to the transcript files inside, sorted, skipping hidden entries, READMEs and the output folder', async () => {
    const root = join(work, 'in');
    for (const dir of ['b', '.git', 'out']) mkdirSync(join(root, dir), { recursive: true });
    for (const file of [
      'b/two.srt',
      'one.vtt',
      'notes.json',
      'README.md',
      'cover.png',
      '.git/config.txt',
      'out/graph.json',
      'b/.hidden.txt',
    ]) {
      writeFileSync(join(root, file), 'x');
    }
    expect(await expandInputs([root], join(root, 'out'))).toEqual([
      join(root, 'b/two.srt'),
      join(root, 'notes.json'),
      join(root, 'one.vtt'),
    ]);
  });

  test('files named on the command line are taken whatever their extension', async () => {
    const file = join(work, 'talk.transcript');
    writeFileSync(file, 'x');
    expect(await expandInputs([file], join(work, 'out'))).toEqual([file]);
  });

  test('a missing path is an InputError naming it', async () => {
    await expect(expandInputs([join(work, 'nope')], work)).rejects.toThrow(
      `${join(work, 'nope')}: no such file or folder; check the path`,
    );
  });
});
