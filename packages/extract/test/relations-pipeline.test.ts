import { describe, expect, it } from '@jest/globals';
import { readTranscript } from '@talkgraph/transcript';
import { corpusFile, describeWithCorpus, SAMPLE_TRANSCRIPT } from '@talkgraph/testkit';
import { extractEpisode, loadCatalog } from '../src/index.js';
import type { EpisodeExtraction } from '../src/types.js';

const catalog = loadCatalog();

async function extract(path: string): Promise<EpisodeExtraction> {
  const transcript = await readTranscript(path);
  return extractEpisode(transcript, {
    episode: { id: 'e', title: 'e', source: path, mediaUrl: null, duration: null },
    catalog,
  });
}

const triples = (x: EpisodeExtraction) => new Set(x.relations.map((r) => `${r.source} ${r.relation} ${r.target}`));

describe('relations through the whole extraction', () => {
  it('finds the statements of the bundled sample, each quoted and timed', async () => {
    const extraction = await extract(SAMPLE_TRANSCRIPT);
    const found = triples(extraction);
    for (const expected of [
      'j-language based_on apl',
      'ken-iverson created apl',
      'chris-lattner leads mlir',
      'mlir based_on halide',
      'leslie-smith discovered super-convergence',
      'chris-lattner created swift',
    ]) {
      expect(found).toContain(expected);
    }
    for (const r of extraction.relations) {
      expect(r.evidence.start).not.toBeNull();
      expect(r.evidence.quote.split(' ').length).toBeGreaterThanOrEqual(2);
    }
    expect(extraction.windows.total).toBeGreaterThan(0);
    expect(extraction.cooccurrences.length).toBeGreaterThan(0);
  });
});

describeWithCorpus('relations on the auto-captioned conversation', () => {
  it('gives timed, quoted, typed edges and the same output on a second run', async () => {
    const path = corpusFile('000_f927fa2ca80fe165.txt');
    const first = await extract(path);
    expect(first.relations.length).toBeGreaterThanOrEqual(10);
    expect(triples(first)).toContain('leslie-smith discovered super-convergence');
    for (const r of first.relations) {
      expect(r.evidence.start).not.toBeNull();
      expect(r.source).not.toBe(r.target);
    }
    const second = await extract(path);
    expect(JSON.stringify(second.relations)).toBe(JSON.stringify(first.relations));
    expect(JSON.stringify(second.cooccurrences)).toBe(JSON.stringify(first.cooccurrences));
  });
});
