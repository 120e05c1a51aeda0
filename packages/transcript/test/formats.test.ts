import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTranscript, type Transcript } from '@talkgraph/transcript';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function parseFixture(name: string): Transcript {
  return parseTranscript(readFileSync(join(FIXTURES, name), 'utf8'), { path: name });
}

const brief = (t: Transcript) => t.segments.map(({ start, end, speaker, text }) => [start, end, speaker, text]);

describe('timestamp-speaker (time line, `Speaker N :text`, continuation lines)', () => {
  const t = parseFixture('timestamp-speaker.txt');

  test('one segment per time line, empty ones dropped with a warning', () => {
    expect(t.source.format).toBe('timestamp-speaker');
    expect(t.source.timing).toBe('cues');
    expect(t.segments.map((s) => s.start)).toEqual([0, 9, 62]);
    expect(t.segments.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(t.source.warnings).toEqual(['dropped 2 empty segments']);
  });

  test('speakers from the label, continuation lines joined, glued words repaired', () => {
    expect(t.segments.map((s) => s.speaker)).toEqual(['Speaker 0', 'Speaker 1', 'Speaker 0']);
    expect(t.segments[0]!.text).toBe(
      'welcome back to the show today we talk about compilers and why they matter for people who write array code',
    );
    expect(t.segments[1]!.text).toContain('I try to explain');
    expect(t.segments[1]!.text).toContain('it was is never easy with TensorFlow or PyTorch');
    expect(t.segments[2]!.text).toContain('the fastai course and what Hejlsberg said');
    expect(t.source.repairs).toBe(3);
  });

  test('ends are the next time line in the file (empty segments included); the last is open', () => {
    expect(t.segments.map((s) => s.end)).toEqual([7, 15, null]);
  });
});

describe('WebVTT', () => {
  const t = parseFixture('cues.vtt');

  test('skips header, NOTE, STYLE and REGION blocks; reads cue ids, settings, both time forms', () => {
    expect(t.source.format).toBe('webvtt');
    expect(brief(t).map(([start, end]) => [start, end])).toEqual([
      [1, 4.5],
      [4.5, 9.25],
      [3598, 3603],
      [3603, 3608],
    ]);
  });

  test('voice tags give the speaker; inline tags, timestamp tags and entities are removed', () => {
    expect(t.segments.map((s) => s.speaker)).toEqual(['Ada Lovelace', 'Grace', null, null]);
    expect(t.segments[0]!.text).toBe('Welcome, everyone, to the show.');
    expect(t.segments[1]!.text).toBe('Thanks & hello. Glad to be here.');
  });

  test('rolling auto-captions: the line each cue repeats is dropped, so every word appears once', () => {
    const run = parseFixture('rolling-captions.vtt');
    expect(brief(run)).toEqual([
      [0, 2.31, null, 'welcome to the show'],
      [2.32, 5, null, 'today we talk about parsers'],
    ]);
    expect(run.source.warnings).toEqual(['dropped 2 empty segments']);
  });

  test('a header without the blank line after it still yields its first cue', () => {
    const run = parseTranscript('WEBVTT\n00:01.000 --> 00:02.000\nHi.\n');
    expect(brief(run)).toEqual([[1, 2, null, 'Hi.']]);
  });
});

describe('SubRip', () => {
  const t = parseFixture('captions.srt');

  test('one segment per cue with SubRip times', () => {
    expect(t.source.format).toBe('srt');
    expect(t.segments.map((s) => [s.start, s.end])).toEqual([
      [1, 3],
      [3, 6.5],
      [6.5, 9],
      [9, 12],
      [12, 15],
    ]);
  });

  test('`[Name]` names the turn a dash starts; the speaker holds the floor until the next dash', () => {
    expect(t.segments.map((s) => s.speaker).slice(0, 4)).toEqual(['Ada', 'Ada', 'Grace', 'Ada']);
    expect(t.segments[2]!.text).toBe('With loops? Yes, loops.');
  });

  test('with exactly two names in the file, an unnamed dash passes the floor to the other one', () => {
    expect(t.segments[4]!.speaker).toBe('Grace');
    const before = parseTranscript(
      '1\n00:00:01,000 --> 00:00:02,000\n- Who starts?\n\n2\n00:00:02,000 --> 00:00:03,000\n- [Bo] I do.\n\n3\n00:00:03,000 --> 00:00:04,000\n- [Al] Fine.\n',
    );
    expect(before.segments.map((s) => s.speaker)).toEqual(['Al', 'Bo', 'Al']);
  });

  test('with three or more names, unnamed turns stay unknown', () => {
    const three = parseTranscript(
      '1\n00:00:01,000 --> 00:00:02,000\n- [Al] One.\n\n2\n00:00:02,000 --> 00:00:03,000\n- [Bo] Two.\n\n3\n00:00:03,000 --> 00:00:04,000\n- [Cy] Three.\n\n4\n00:00:04,000 --> 00:00:05,000\n- Four.\n',
    );
    expect(three.segments.map((s) => s.speaker)).toEqual(['Al', 'Bo', 'Cy', null]);
  });

  test('markup, dashes, name markers and sound descriptions are removed from the text', () => {
    expect(t.segments[1]!.text).toBe('It started with a question about loops.');
    expect(t.segments[3]!.text).toBe('And then we wrote a compiler for them.');
    expect(t.segments[4]!.text).toBe('Somebody else spoke here.');
  });

  test('a blank line inside a cue continues that cue', () => {
    const run = parseTranscript(
      '1\n00:00:01,000 --> 00:00:02,000\nfirst part\n\nsecond part\n\n2\n00:00:03,000 --> 00:00:04,000\nnext\n',
    );
    expect(brief(run)).toEqual([
      [1, 2, null, 'first part second part'],
      [3, 4, null, 'next'],
    ]);
  });
});

describe('JSON', () => {
  test('openai-whisper output: segments with start, end and text', () => {
    const t = parseFixture('whisper.json');
    expect(t.source.format).toBe('whisper-json');
    expect(brief(t)).toEqual([
      [0, 2.5, null, 'Hello there.'],
      [2.5, 6.25, null, 'This is a talk about graphs.'],
      [6, 9, null, 'Nodes and edges, mostly.'],
    ]);
    expect(t.source.warnings).toEqual(['1 segment overlaps the one before it; times kept as given']);
  });

  test('an array of {start, end?, speaker?, text}: missing ends from the next start, clock-time strings, WhisperX labels as `Speaker N`', () => {
    const t = parseFixture('segments.json');
    expect(t.source.format).toBe('json-segments');
    expect(brief(t)).toEqual([
      [0, 4.2, 'Speaker 0', 'Did you try the new scheduler?'],
      [4.2, 8, 'Speaker 1', 'I did, and it halved our build times.'],
      [9.5, null, 'Speaker 0', 'That is a big win.'],
    ]);
  });
});

describe('timestamped lines', () => {
  test('`HH:MM:SS text` lines; wrapped lines continue the segment above', () => {
    const t = parseFixture('timestamped.txt');
    expect(t.source.format).toBe('timestamped-lines');
    expect(brief(t)).toEqual([
      [0, 6, null, 'Welcome to the episode about parsers.'],
      [6, 75, null, 'Today we look at grammars and how they are written down.'],
      [75, null, null, 'Then we move on to error recovery.'],
    ]);
  });

  test('`[HH:MM:SS]`, `(MM:SS)`, `MM:SS` and `H:MM:SS` prefixes', () => {
    const t = parseFixture('timestamp-variants.txt');
    expect(t.source.format).toBe('timestamped-lines');
    expect(t.segments.map((s) => s.start)).toEqual([2, 10, 15, 3620]);
    expect(t.segments[0]!.text).toBe('Square brackets with hours.');
    expect(t.segments[1]!.text).toBe('Round brackets, minutes only.');
  });

  test('a `Name:` after the time gives the speaker', () => {
    const t = parseTranscript(
      '[00:00:01] Ada: Shall we start?\n[00:00:04] **Grace:** Yes.\n[00:00:06] No label here.\n',
    );
    expect(brief(t)).toEqual([
      [1, 4, 'Ada', 'Shall we start?'],
      [4, 6, 'Grace', 'Yes.'],
      [6, null, null, 'No label here.'],
    ]);
  });

  test('a time glued to a word (`12:30pm`) is not a time stamp', () => {
    const t = parseTranscript('We met at 12:30pm.\nThen we left.\n');
    expect(t.source.format).toBe('plain');
  });
});

describe('speaker turns', () => {
  test('`**Name:**` turns with sparse `\\[MM:SS\\]` and `[MM:SS]` markers: turns inherit the last marker', () => {
    const t = parseFixture('turns.md');
    expect(t.source.format).toBe('speaker-turns');
    expect(t.source.timing).toBe('inherited');
    expect(brief(t)).toEqual([
      [0, 150, 'Ada', 'Welcome to the show. Today we talk about types.'],
      [0, 150, 'Grace', 'Thanks for having me.'],
      [0, 150, 'Ada', 'So where do we start?'],
      [150, 190, 'Grace', 'With the simplest question: what is a type?'],
      [190, null, 'Grace', 'And why should anyone care?'],
      [190, null, 'Ada', 'Good question.'],
    ]);
  });

  test('`Name (HH:MM:SS)` headers time every turn (timing cues)', () => {
    const t = parseFixture('turns-headers.txt');
    expect(t.source.format).toBe('speaker-turns');
    expect(t.source.timing).toBe('cues');
    expect(brief(t)).toEqual([
      [5, 41, 'Ada Lovelace', 'Welcome back. This time we talk about notebooks.'],
      [41, 90, 'Grace Hopper', 'Notebooks changed how I teach. They let students try things at once.'],
      [90, null, 'Ada Lovelace', 'Let us dig into that.'],
    ]);
  });

  test('`Name  0:03` headers, as Otter exports them', () => {
    const t = parseTranscript('Speaker 1  0:03\nHello and welcome.\n\nSpeaker 2  1:10\nThank you.\n');
    expect(t.source.format).toBe('speaker-turns');
    expect(brief(t)).toEqual([
      [3, 70, 'Speaker 1', 'Hello and welcome.'],
      [70, null, 'Speaker 2', 'Thank you.'],
    ]);
  });

  test('a label alone on its line: the turn is the text below it', () => {
    const t = parseTranscript('Ada:\nHello.\nHow are you?\n\nGrace:\nFine.\n');
    expect(brief(t)).toEqual([
      [null, null, 'Ada', 'Hello. How are you?'],
      [null, null, 'Grace', 'Fine.'],
    ]);
  });

  test('`Name: text` turns without times have null times', () => {
    const t = parseTranscript('Ada: Hello.\nGrace: Hi, Ada.\nIt is good to be here.\n');
    expect(t.source.format).toBe('speaker-turns');
    expect(t.source.timing).toBe('none');
    expect(brief(t)).toEqual([
      [null, null, 'Ada', 'Hello.'],
      [null, null, 'Grace', 'Hi, Ada. It is good to be here.'],
    ]);
  });
});

describe('plain text', () => {
  test('one segment per paragraph, times null', () => {
    const t = parseFixture('plain.txt');
    expect(t.source.format).toBe('plain');
    expect(t.source.timing).toBe('none');
    expect(t.segments).toHaveLength(2);
    expect(t.segments.every((s) => s.start === null && s.end === null && s.speaker === null)).toBe(true);
  });

  test('a long paragraph is cut into sentence-sized segments that keep every word', () => {
    const sentence = 'Compilers turn programs into other programs and that is most of what they do. ';
    const text = sentence.repeat(40);
    const t = parseTranscript(text);
    expect(t.segments.length).toBeGreaterThan(4);
    expect(t.segments.every((s) => s.text.length <= 600 && s.text.endsWith('do.'))).toBe(true);
    expect(t.segments.map((s) => s.text).join(' ')).toBe(text.trim());
  });
});

describe('cue order and times', () => {
  test('out-of-order cues are sorted stably by start, with a warning', () => {
    const t = parseFixture('out-of-order.srt');
    expect(t.segments.map((s) => s.text)).toEqual([
      'First in time.',
      'Second in time, first in the file.',
      'Same start as the first cue, later in the file.',
    ]);
    expect(t.source.warnings[0]).toBe('1 segment starts before the one above it; sorted by start time');
  });

  test('overlapping cues keep their times; an end before the start is clamped; both are warned', () => {
    const t = parseFixture('overlapping.vtt');
    expect(t.segments.map((s) => [s.start, s.end])).toEqual([
      [0, 5],
      [3, 6],
      [7, 7],
    ]);
    expect(t.source.warnings).toEqual([
      '1 segment overlaps the one before it; times kept as given',
      '1 segment ends before it starts; end set to the start',
    ]);
  });
});

describe('malformed input names the file and the line', () => {
  test.each([
    ['malformed-time.vtt', /^malformed-time\.vtt: line 6: malformed cue time "00:02\.000 --> 00:0x\.500"/],
    ['malformed.srt', /^malformed\.srt: line 6: expected a time line .* found "00:00:02,000 -> 00:00:04,000"$/],
    ['malformed.json', /^malformed\.json: line 4: malformed JSON \(.+\); fix the file/],
    ['no-text.txt', /^no-text\.txt: no transcript text found; give a transcript/],
  ])('%s', (name, message) => {
    expect(() => parseFixture(name)).toThrow(
      expect.objectContaining({ name: 'InputError', file: name, message: expect.stringMatching(message) }),
    );
  });

  test.each([
    [
      'a VTT without its header (hinted by the extension)',
      'x.vtt',
      '00:01.000 -> 00:02.000\nhello\n',
      /^x\.vtt: line 1: a WebVTT file must start with a "WEBVTT" line; add it$/,
    ],
    [
      'JSON of no known shape lists the shapes talkgraph reads',
      'x.json',
      '{"text": "hello"}',
      /^x\.json: JSON of a shape talkgraph does not read; it reads Deepgram .*; whisper .*; turns /,
    ],
    ['a JSON segment without start', 'x.json', '[{"text": "hello"}]', /^x\.json: segment 1 has no "start" time/],
    [
      'a JSON segment with a negative time',
      'x.json',
      '[{"start": -3, "text": "hello"}]',
      /^x\.json: segment 1 "start" is -3, not a time/,
    ],
    ['a JSON segment without text', 'x.json', '[{"start": 1}]', /^x\.json: segment 1 has no "text" string/],
    ['a VTT with a header and no cues', 'x.vtt', 'WEBVTT\n\nNOTE nothing here\n', /^x\.vtt: no transcript text found/],
    ['an empty JSON array', 'x.json', '[]', /^x\.json: no transcript text found/],
    ['only numbers and symbols', 'x.txt', '12 34\n\n-- 56 --\n', /^x\.txt: no transcript text found/],
    [
      'an SRT block with no time line',
      'x.srt',
      'hello there\n\n1\n00:00:01,000 --> 00:00:02,000\nhi\n',
      /^x\.srt: line 1: expected a cue number and a time line/,
    ],
  ])('%s', (_, path, text, message) => {
    expect(() => parseTranscript(text, { path })).toThrow(message);
  });

  test('in-memory input is named <input>', () => {
    expect(() => parseTranscript('WEBVTT\n\n00:01.000 --> 00:xx.000\nhi\n')).toThrow(/^<input>: line 3: /);
  });
});
