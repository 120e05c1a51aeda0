import { detectFormat, normalizeText, parseTimecode, formatTimecode } from '@talkgraph/transcript';

describe('detectFormat', () => {
  test.each([
    ['WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n', 'webvtt'],
    ['\n\n1\n00:00:01,000 --> 00:00:02,000\nhi\n', 'srt'],
    ['{"segments": []}', 'whisper-json'],
    ['[{"start": 0, "text": "hi"}]', 'json-segments'],
    ['[]', 'json-segments'],
    ['0:00:00\nSpeaker 0 :hi\n\n0:00:05\nSpeaker 1 :hello\n', 'timestamp-speaker'],
    ['00:00:01\nhi there\n\n00:00:05\nhello\n', 'timestamp-speaker'],
    ['00:00 hi\n00:05 hello\n', 'timestamped-lines'],
    ['[00:00:01] hi\n[00:00:05] hello\n', 'timestamped-lines'],
    ['Ada: hi\nGrace: hello\n', 'speaker-turns'],
    ['**Ada:** hi\n\n**Grace:** hello\n', 'speaker-turns'],
    ['We talked a lot. [12:34] Then we stopped.\nAnd went home.\n', 'speaker-turns'],
    ['Just some words.\n\nAnd more words.\n', 'plain'],
    ['Intro.\n\nNote: one thing.\n\nMore text.\n\nEven more.\n\nWarning: another.\n\nThe end.\n\nReally.\n', 'plain'],
    ['Lunch (12:30) was great.\n\nDinner (19:00) was better.\n', 'plain'],
    ['Ada:\nHello.\n\nGrace:\nHi.\n\nAda:\nShall we?\n', 'speaker-turns'],
  ])('%j is %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  test('content wins over the extension; the extension decides only for untimed content', () => {
    expect(detectFormat('00:00 hi\n00:05 hello\n', '.srt')).toBe('timestamped-lines');
    expect(detectFormat('hello', '.srt')).toBe('srt');
    expect(detectFormat('hello', 'cues.VTT')).toBe('webvtt');
    expect(detectFormat('hello', '.txt')).toBe('plain');
    expect(detectFormat('hello', 'speaker-turns')).toBe('speaker-turns');
  });
});

describe('normalizeText', () => {
  test('removes the BOM and zero-width characters, unifies line ends and odd spaces', () => {
    expect(normalizeText('\uFEFFa\r\nb\rc\u00A0d\te\u200Bf\u2028g')).toBe('a\nb\nc d ef\ng');
  });
});

describe('timecodes', () => {
  test.each([
    ['0:19:52', 1192],
    ['01:43:50.120', 6230.12],
    ['1:43:50.12', 6230.12],
    ['03:28:35,550', 12515.55],
    ['12:34', 754],
    ['00:00.5', 0.5],
  ])('%s is %d s', (text, seconds) => {
    expect(parseTimecode(text)).toBe(seconds);
  });

  test.each(['12:60', '1:60:00', '1:2', 'abc', '12:34:56:78'])('%s is not a time', (text) => {
    expect(parseTimecode(text)).toBeNull();
  });

  test('formats seconds as H:MM:SS', () => {
    expect(formatTimecode(6215)).toBe('1:43:35');
    expect(formatTimecode(12515.55)).toBe('3:28:35.55');
  });
});
