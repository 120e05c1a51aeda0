import { describe, expect, it } from '@jest/globals';
import type { Transcript } from '@talkgraph/transcript';
import { EVIDENCE_CAP, findCooccurrences } from '../src/relations/index.js';
import type { Mention } from '../src/types.js';

const episode = { id: 'fixture', title: 'fixture', source: 'fixture.txt', mediaUrl: null, duration: null };
const NAMES: Record<string, string> = { APL: 'apl', J: 'j-language', Python: 'python', Perl: 'perl' };

/** One segment per text, 10 s each; mentions found by exact spelling. */
function fixture(texts: string[]): { transcript: Transcript; mentions: Mention[] } {
  const segments = texts.map((text, index) => ({
    index,
    start: index * 10,
    end: index * 10 + 10,
    speaker: 'Speaker 0',
    text,
  }));
  const mentions: Mention[] = [];
  for (const s of segments) {
    for (const [name, entity] of Object.entries(NAMES)) {
      for (const m of s.text.matchAll(new RegExp(`(?<!\\w)${name}(?!\\w)`, 'g'))) {
        mentions.push({
          entity,
          surface: name,
          from: m.index,
          to: m.index + name.length,
          segment: s.index,
          start: s.start,
          end: s.end,
          speaker: s.speaker,
          quote: name,
          episode: episode.id,
          via: 'exact',
          confidence: 1,
        });
      }
    }
  }
  mentions.sort((a, b) => a.segment - b.segment || a.from - b.from);
  return {
    transcript: {
      source: { path: null, format: 'plain', timing: 'cues', repairs: 0, warnings: [] },
      title: null,
      segments,
    },
    mentions,
  };
}

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('findCooccurrences', () => {
  it('counts windows of words holding both entities, with the window statistics PMI needs', () => {
    // Windows of 10 words: [APL .. J] [Python ..] [APL J ..] [Perl ..]
    const { transcript, mentions } = fixture([
      `APL ${words(8)} J`,
      `Python ${words(9)}`,
      `APL J APL ${words(7)}`,
      `Perl ${words(9)}`,
    ]);
    const { cooccurrences, windows } = findCooccurrences(transcript, mentions, { episode, windowWords: 10 });
    expect(windows).toEqual({ total: 4, perEntity: { apl: 2, 'j-language': 2, perl: 1, python: 1 } });
    expect(cooccurrences.map(({ source, target, count }) => [source, target, count])).toEqual([
      ['apl', 'j-language', 2],
    ]);
    const [first, second] = cooccurrences[0]!.evidence;
    expect(first).toEqual({
      episode: 'fixture',
      start: 0,
      end: 10,
      speaker: 'Speaker 0',
      quote: `APL ${words(8)} J`,
      segment: 0,
    });
    expect(second!.quote).toBe('APL J');
    expect(second!.segment).toBe(2);
  });

  it('caps the evidence, orders pairs by ids and is deterministic', () => {
    const texts = Array.from({ length: 8 }, () => `Perl and APL and Python ${words(5)}`);
    const { transcript, mentions } = fixture(texts);
    const result = findCooccurrences(transcript, mentions, { episode, windowWords: 10 });
    expect(result.cooccurrences.map((c) => `${c.source}~${c.target}:${c.count}`)).toEqual([
      'apl~perl:8',
      'apl~python:8',
      'perl~python:8',
    ]);
    for (const c of result.cooccurrences) expect(c.evidence).toHaveLength(EVIDENCE_CAP);
    expect(JSON.stringify(findCooccurrences(transcript, mentions, { episode, windowWords: 10 }))).toBe(
      JSON.stringify(result),
    );
  });

  it('returns empty statistics for a transcript without mentions', () => {
    const { transcript } = fixture(['nothing to see here']);
    expect(findCooccurrences(transcript, [], { episode })).toEqual({
      cooccurrences: [],
      windows: { total: 1, perEntity: {} },
    });
  });
});
