import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTranscript, readTranscript } from '@talkgraph/transcript';

// Characters that are not text, times that cannot be, and encodings without a label: each is
// decoded, replaced with a warning, or one InputError; never a crash, never raw into the outputs.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'talkgraph-chars-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPLACED = /^\d+ characters? (?:is|are) not text .*; replaced by U\+FFFD$/;
const texts = (t: { segments: { text: string }[] }) => t.segments.map((s) => s.text);

describe('characters that are not text', () => {
  test('a NUL after the first 8 KB is replaced, with a warning', async () => {
    const line = (i: number) =>
      `00:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} line ${i} of the talk`;
    const head = Array.from({ length: 400 }, (_, i) => line(i)).join('\n');
    expect(head.length).toBeGreaterThan(8192);
    const file = join(dir, 'nul.txt');
    writeFileSync(file, `${head}\n00:07:00 after\u0000wards\n`);
    const t = await readTranscript(file);
    expect(texts(t).at(-1)).toBe('after\uFFFDwards');
    expect(t.source.warnings).toEqual([expect.stringMatching(REPLACED)]);
  });

  test.each([
    ['&#0;', 'zero&#0;point'],
    ['&#99999999;', 'far&#99999999;away'],
    ['&#xD800;', 'half&#xD800;pair'],
  ])('%s in a cue becomes U+FFFD with a warning, not a crash', (_, payload) => {
    const t = parseTranscript(`WEBVTT\n\n00:01.000 --> 00:02.000\n${payload}\n`);
    expect(texts(t)).toEqual([payload.replace(/&#[^;]+;/, '\uFFFD')]);
    expect(t.source.warnings).toEqual([expect.stringMatching(REPLACED)]);
  });

  test('lone surrogates and controls from JSON escapes are replaced, in text and speaker', () => {
    const t = parseTranscript(
      '[{"start": 1, "speaker": "Ana\\ud800", "text": "one \\udc00 two \\u0007 three \\ud83d\\ude00"}]',
    );
    expect(t.segments[0]).toMatchObject({ speaker: 'Ana\uFFFD', text: 'one \uFFFD two \uFFFD three \u{1F600}' });
    expect(t.source.warnings).toEqual([expect.stringMatching(/^3 characters are not text/)]);
    expect(() => new TextEncoder().encode(JSON.stringify(t))).not.toThrow();
    expect(JSON.stringify(t)).not.toMatch(/\\u(?:d[89ab]|00[01])/i);
  });
});

describe('times that cannot be', () => {
  test('1e309 is not a finite number', () => {
    expect(() => parseTranscript('[{"start": 1e309, "text": "hi"}]', { path: 'x.json' })).toThrow(
      /^x\.json: segment 1 "start" is not a finite number; give seconds/,
    );
  });

  test.each([
    ['a JSON time past 100 hours (milliseconds given as seconds)', 'x.json', '[{"start": 3600000, "text": "hi"}]'],
    ['a clock time with huge hours', 'x.txt', '[99999999:00:00] hello\n[99999999:00:05] again\n'],
  ])('%s is an error that says so', (_, path, text) => {
    expect(() => parseTranscript(text, { path })).toThrow(
      /segment 1 starts at .*, past 100 hours; are the times in milliseconds\?/,
    );
  });
});

describe('encodings', () => {
  test.each([
    ['utf-16le', 'UTF-16LE'],
    ['utf-16be', 'UTF-16BE'],
  ])('%s without a byte-order mark is detected and named in a warning', async (encoding, name) => {
    const text = '00:00:01 Caf\u00e9 talk.\n00:00:04 More words here.\n';
    const le = Buffer.from(text, 'utf16le');
    const bytes = encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
    const file = join(dir, `${encoding}.txt`);
    writeFileSync(file, bytes);
    const t = await readTranscript(file);
    expect(texts(t)).toEqual(['Caf\u00e9 talk.', 'More words here.']);
    expect(t.source.warnings).toEqual([
      `has no byte-order mark but reads as ${name}; read as such. Save it as UTF-8 to be sure`,
    ]);
  });
});
