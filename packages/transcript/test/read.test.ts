import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTranscript } from '@talkgraph/transcript';

// Bad input through the CLI (exit codes, one-line messages) is tested in apps/cli/test/parse-input.test.ts.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'talkgraph-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

describe('readTranscript decoding', () => {
  test('UTF-8 with a BOM and CRLF line ends', async () => {
    const t = await readTranscript(file('bom.txt', '\uFEFF00:00:01 Caf\u00e9 one.\r\n00:00:02 Two.\r\n'));
    expect(t.segments.map((s) => s.text)).toEqual(['Caf\u00e9 one.', 'Two.']);
    expect(t.source.warnings).toEqual([]);
  });

  test('UTF-16 with a BOM', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('00:00:01 Na\u00efve.\n00:00:03 Yes.\n', 'utf16le'),
    ]);
    const t = await readTranscript(file('utf16.txt', bytes));
    expect(t.segments.map((s) => [s.start, s.text])).toEqual([
      [1, 'Na\u00efve.'],
      [3, 'Yes.'],
    ]);
  });

  test('Latin-1 / Windows-1252 bytes are decoded as Windows-1252, with a warning', async () => {
    const t = await readTranscript(
      file('latin1.txt', Buffer.from([...Buffer.from('00:00:01 caf'), 0xe9, 0x20, 0x80, 0x35, 0x0a])),
    );
    expect(t.segments[0]!.text).toBe('caf\u00e9 \u20ac5');
    expect(t.source.warnings[0]).toMatch(/not valid UTF-8; read as Windows-1252/);
  });

  test('the path is kept as given', async () => {
    const path = file('p.txt', 'hello there');
    expect((await readTranscript(path)).source.path).toBe(path);
  });
});
