import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTranscript, type Transcript } from '@talkgraph/transcript';

// The formats beyond VTT, SRT and text: each from a small fixture of our own, written from the
// format's published documentation, and each detected from content alone (no extension given).
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function parseFixture(name: string): Transcript {
  return parseTranscript(readFileSync(join(FIXTURES, name), 'utf8'));
}

const brief = (t: Transcript) => t.segments.map(({ start, end, speaker, text }) => [start, end, speaker, text]);

describe('JSON, matched by shape', () => {
  test('Podcasting 2.0 JSON: segments of speaker, startTime, endTime, body', () => {
    const t = parseFixture('podcast.json');
    expect(t.source.format).toBe('podcast-json');
    expect(brief(t)).toEqual([
      [0, 4.5, 'Mira', 'Welcome back. Today we are talking about garbage collectors.'],
      [4.5, 9.25, 'Tomas', 'Thanks, Mira. I spent last year tuning the one in the JVM.'],
      [9.25, 12, 'Mira', 'So where does the time go?'],
    ]);
  });

  test('Podcasting 2.0 JSON with one word per segment is grouped into turns', () => {
    const words = ['I', 'run', 'the', 'tests.', 'Every', 'night?'].map((body, i) => ({
      speaker: i < 4 ? 'Ana' : 'Bo',
      startTime: i * 0.5,
      endTime: i * 0.5 + 0.4,
      body,
    }));
    const t = parseTranscript(JSON.stringify({ version: '1.0.0', segments: words }));
    expect(brief(t)).toEqual([
      [0, 1.9, 'Ana', 'I run the tests.'],
      [2, 2.9, 'Bo', 'Every night?'],
    ]);
  });

  test('AssemblyAI: utterances in milliseconds, speakers A and B as `Speaker A`', () => {
    const t = parseFixture('assemblyai.json');
    expect(t.source.format).toBe('assemblyai-json');
    expect(brief(t)).toEqual([
      [0.24, 2.1, 'Speaker A', 'Have you tried Zig for that?'],
      [2.6, 7.35, 'Speaker B', 'A little. The build system surprised me.'],
    ]);
  });

  test('Deepgram: results.utterances, speakers numbered', () => {
    const t = parseFixture('deepgram.json');
    expect(t.source.format).toBe('deepgram-json');
    expect(brief(t)).toEqual([
      [0.32, 2.4, 'Speaker 0', 'We moved the queue to Kafka last spring.'],
      [3.1, 3.8, 'Speaker 1', 'Did it help?'],
    ]);
  });

  test('Deepgram without utterances: the punctuated words of the channel, grouped by speaker', () => {
    const data = JSON.parse(readFileSync(join(FIXTURES, 'deepgram.json'), 'utf8'));
    delete data.results.utterances;
    expect(brief(parseTranscript(JSON.stringify(data)))).toEqual([
      [0.32, 2.4, 'Speaker 0', 'We moved the queue to Kafka last spring.'],
      [3.1, 3.8, 'Speaker 1', 'Did it help?'],
    ]);
  });

  test('Amazon Transcribe: items as words, punctuation attached, speakers from speaker_labels', () => {
    const t = parseFixture('aws-transcribe.json');
    expect(t.source.format).toBe('aws-transcribe-json');
    expect(brief(t)).toEqual([
      [0.51, 2.5, 'Speaker 0', 'Postgres handles it fine.'],
      [2.9, 3.4, 'Speaker 1', 'Really?'],
      [3.8, 4.1, 'Speaker 0', 'Yes.'],
    ]);
  });

  test('YouTube json3: events with segs; window events, line breaks and [Music] are not text; captions end where the next starts', () => {
    const t = parseFixture('youtube.json3');
    expect(t.source.format).toBe('youtube-json3');
    expect(brief(t)).toEqual([
      [0.12, 1.91, null, 'so webassembly runs'],
      [1.91, 4.91, null, 'in the browser'],
    ]);
    expect(t.source.warnings).toEqual([]);
  });

  test('chapters of speaker turns with "HH:MM:SS" timestamps: the nested turns are read, the title kept', () => {
    const t = parseFixture('chapters.json');
    expect(t.source.format).toBe('json-segments');
    expect(t.title).toBe('Compilers in practice, episode 3');
    expect(brief(t)).toEqual([
      [5, 12, 'Host', 'This week we look at register allocation.'],
      [12, 754, 'Guest', 'It is the part everyone skips in class.'],
      [754, 3723, 'Guest', 'Chaitin framed it as graph colouring.'],
      [3723, null, 'Host', 'And linear scan came later.'],
    ]);
  });

  test('turns under any key, with milliseconds under a …Ms key and a speaker object', () => {
    const t = parseTranscript(
      JSON.stringify({ episode: { items: [{ startMs: 1500, speaker: { name: 'Ada' }, content: 'Hello.' }] } }),
    );
    expect(t.source.format).toBe('json-segments');
    expect(brief(t)).toEqual([[1.5, null, 'Ada', 'Hello.']]);
  });

  test.each([
    ['an object of no known shape', '{"meta": {"lang": "en"}, "count": 3}'],
    ['a list of chapters without turns', '{"chapters": [{"title": "One"}, {"title": "Two"}]}'],
  ])('%s is an error naming the shapes talkgraph reads, never plain text', (_, text) => {
    expect(() => parseTranscript(text, { path: 'x.json' })).toThrow(
      /^x\.json: JSON of a shape talkgraph does not read; it reads Deepgram .*AssemblyAI.*Podcasting 2\.0.*turns \(/,
    );
  });
});

describe('WebVTT from Zoom and SBV', () => {
  test('Zoom VTT: `Name: text` in the cue is the speaker, taken out of the text; unlabelled cues keep the last speaker', () => {
    const t = parseFixture('zoom.vtt');
    expect(t.source.format).toBe('zoom-vtt');
    expect(brief(t)).toEqual([
      [1.2, 4.8, 'Priya Natarajan', 'Can everyone see the dashboard?'],
      [5.1, 9, "Sam O'Neil", 'Yes. The Grafana panel shows the spike at noon.'],
      [9.3, 12, 'Priya Natarajan', 'Good, that matches the deploy.'],
      [12.2, 14, 'Priya Natarajan', 'and the rollback after it.'],
    ]);
  });

  test('a VTT with one `Note:` cue is plain WebVTT, the colon kept in the text', () => {
    const t = parseTranscript(
      'WEBVTT\n\n00:01.000 --> 00:02.000\nNote: this is said aloud.\n\n00:02.000 --> 00:03.000\nAnd this.\n',
    );
    expect(t.source.format).toBe('webvtt');
    expect(t.segments[0]!).toMatchObject({ speaker: null, text: 'Note: this is said aloud.' });
  });

  test('SBV: `start,end` lines; chevrons, sound descriptions and entities are not words', () => {
    const t = parseFixture('captions.sbv');
    expect(t.source.format).toBe('sbv');
    expect(brief(t)).toEqual([
      [0.5, 3, null, 'Today we cover SQLite and why it is everywhere.'],
      [3, 6.25, null, 'It ships inside every phone.'],
      [6.25, 9, null, 'Even in some cars & planes.'],
    ]);
  });
});

describe('XML and HTML, parsed as markup', () => {
  test('YouTube srv3: <p t d> in milliseconds, words in <s>, double-escaped entities decoded', () => {
    const t = parseFixture('srv3.xml');
    expect(t.source.format).toBe('youtube-srv3');
    expect(brief(t)).toEqual([
      [0.08, 2.11, null, 'rust makes memory safety'],
      [2.11, 5.61, null, 'the default'],
      [5.61, 7.61, null, "it's not free"],
    ]);
  });

  test('YouTube srv1: <text start dur> in seconds', () => {
    const t = parseFixture('srv1.xml');
    expect(t.source.format).toBe('youtube-srv1');
    expect(brief(t)).toEqual([
      [0.4, 3.5, null, 'Kubernetes schedules the pods'],
      [3.5, 6.1, null, 'and etcd keeps the state & the leases'],
      [6.1, 8.1, null, "it's a small database"],
    ]);
  });

  test('TTML: times relative to the <div>, ticks, dur, frames on spans; speakers from ttm:agent; the title from ttm:title', () => {
    const t = parseFixture('captions.ttml');
    expect(t.source.format).toBe('ttml');
    expect(t.title).toBe('Databases after dark');
    expect(brief(t)).toEqual([
      [10, 13.5, 'Lena Park', 'Tonight: why DuckDB runs inside the process.'],
      [13.5, 16.25, 'Omar Haddad', 'Because it is a library, not a server.'],
      [20, 22.5, 'Omar Haddad', 'No sockets & no daemon.'],
      [25.5, 27, null, 'Words timed one by one.'],
    ]);
  });

  test('DFXP with a tt: prefix and no declaration is TTML too', () => {
    const t = parseTranscript(
      '<tt:tt xmlns:tt="http://www.w3.org/ns/ttml"><tt:body><tt:div><tt:p begin="1.5s" end="3s">Prefixed.</tt:p></tt:div></tt:body></tt:tt>',
    );
    expect(t.source.format).toBe('ttml');
    expect(brief(t)).toEqual([[1.5, 3, null, 'Prefixed.']]);
  });

  test('Podcasting 2.0 HTML: <cite> speaker, <time> start, <p> text; the <title> kept; no markup in the text', () => {
    const t = parseFixture('podcast.html');
    expect(t.source.format).toBe('podcast-html');
    expect(t.title).toBe('Shipping Elixir at scale');
    expect(brief(t)).toEqual([
      [0, 9, 'Dana', 'Welcome. Today we ask how the BEAM keeps millions of processes apart.'],
      [9, 75, 'Ravi', 'Each process has its own heap \u2014 that is most of the answer.'],
      [9, 75, 'Ravi', 'Garbage collection stays per process too.'],
      [75, null, 'Dana', 'So a slow one never stops the rest. Nice.'],
    ]);
  });

  test.each([
    ['XML of another kind', '<?xml version="1.0"?><playlist><track>One</track></playlist>', /<playlist> of a shape/],
    [
      'an HTML page without cite, time or p',
      '<!doctype html><html><body><div>Hi</div></body></html>',
      /<html> of a shape/,
    ],
  ])('%s is an error naming the shapes talkgraph reads, never plain text', (_, text, root) => {
    expect(() => parseTranscript(text, { path: 'x.xml' })).toThrow(root);
    expect(() => parseTranscript(text, { path: 'x.xml' })).toThrow(
      /it reads TTML or DFXP .*YouTube srv3.*Podcasting 2\.0 HTML/,
    );
  });

  test('text that merely starts with a tag-like word is not markup', () => {
    const t = parseTranscript('<laughs> okay so where were we\n\nright, the parser\n');
    expect(t.source.format).toBe('plain');
  });
});

describe('titles', () => {
  test('a Markdown transcript takes its first top-level heading as the title', () => {
    const t = parseTranscript('# Episode 9: Lisp machines\n\n## Part one\n\nAda: Hello.\nGrace: Hi.\n');
    expect(t.title).toBe('Episode 9: Lisp machines');
    expect(t.segments.map((s) => s.text)).toEqual(['Hello.', 'Hi.']);
  });

  test('formats without a title give null', () => {
    expect(parseFixture('zoom.vtt').title).toBeNull();
  });
});
