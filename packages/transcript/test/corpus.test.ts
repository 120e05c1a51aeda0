import { corpusFile, describeWithCorpus } from '@talkgraph/testkit';
import { formatTimecode, readTranscript } from '@talkgraph/transcript';

// Each corpus file: one segment per cue or timestamped line, with the right times.
describeWithCorpus('the development corpus parses with the right counts and times', () => {
  test('auto-captions: 236 segments from 0:00:00 to 1:43:35, the 18 empty ones dropped', async () => {
    const t = await readTranscript(corpusFile('000_f927fa2ca80fe165.txt'));
    expect(t.source.format).toBe('timestamp-speaker');
    expect(t.segments).toHaveLength(218);
    expect(t.source.warnings).toContain('dropped 18 empty segments');
    expect(t.segments[0]!.start).toBe(0);
    expect(formatTimecode(t.segments.at(-1)!.start!)).toBe('1:43:35');
    expect(t.segments.every((s) => s.speaker !== null && /^Speaker \d$/.test(s.speaker))).toBe(true);
    expect(t.segments.some((s) => s.text.includes('value of educational content'))).toBe(true);
    expect(t.source.repairs).toBeGreaterThan(400);
  });

  test('Whisper VTT: 2,286 cues, the last at 1:43:50.12', async () => {
    const t = await readTranscript(corpusFile('lexfridman035_jeremy_howard_whisper_large.vtt'));
    expect(t.source.format).toBe('webvtt');
    expect(t.segments).toHaveLength(2286);
    expect(t.segments.at(-1)!.start).toBe(6230.12);
    expect(t.source.repairs).toBe(0);
  });

  test('SRT: 5,502 cues, the last at 3:28:35.55, speakers from [Name] markers and alternation', async () => {
    const t = await readTranscript(corpusFile('lexfridman333_andrej_karpathy_youtube_captions.srt'));
    expect(t.source.format).toBe('srt');
    expect(t.segments).toHaveLength(5502);
    expect(formatTimecode(t.segments.at(-1)!.start!)).toBe('3:28:35.55');
    expect(new Set(t.segments.map((s) => s.speaker))).toEqual(new Set(['Andrej', 'Lex']));
    expect(t.segments[0]!.speaker).toBe('Andrej'); // the cold open, before the first named turn
    expect(t.segments.find((s) => s.text.startsWith('The following is a conversation'))!.speaker).toBe('Lex');
    expect(t.segments.some((s) => s.text.startsWith('- '))).toBe(false);
  });

  test('whisper JSON: 652 segments ending at 2557.74 s', async () => {
    const t = await readTranscript(corpusFile('karpathy_state_of_gpt_msbuild2023_whisper.json'));
    expect(t.source.format).toBe('whisper-json');
    expect(t.segments).toHaveLength(652);
    expect(t.segments.at(-1)!.end).toBe(2557.74);
  });

  test('Talk Python text: 806 lines, the last at 1:02:32', async () => {
    const t = await readTranscript(corpusFile('talkpython100_guido_van_rossum_transcript.txt'));
    expect(t.source.format).toBe('timestamped-lines');
    expect(t.segments).toHaveLength(806);
    expect(formatTimecode(t.segments.at(-1)!.start!)).toBe('1:02:32');
    expect(t.source.warnings).toEqual([]);
  });
});
