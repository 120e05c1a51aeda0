import { labelWords, normalizeLabel } from '@talkgraph/graph';

describe('normalizeLabel', () => {
  test('case, punctuation and spacing do not matter: fast AI, fast.ai, FastAI', () => {
    expect(new Set(['fast AI', 'fast.ai', 'FastAI', 'Fast-AI', ' fast  ai '].map(normalizeLabel))).toEqual(
      new Set(['fastai']),
    );
  });

  test('plural and possessive endings are dropped', () => {
    expect(normalizeLabel('TPUs')).toBe(normalizeLabel('TPU'));
    expect(normalizeLabel('libraries')).toBe(normalizeLabel('library'));
    expect(normalizeLabel("Lattner's")).toBe(normalizeLabel('Lattner'));
    expect(normalizeLabel('Lattner’s compiler')).toBe('lattnercompiler');
  });

  test('short words keep their s, and -ss words stay: JS is not J', () => {
    expect(normalizeLabel('JS')).toBe('js');
    expect(normalizeLabel('JS')).not.toBe(normalizeLabel('J'));
    expect(normalizeLabel('iOS')).toBe('ios');
    expect(normalizeLabel('Sass')).toBe('sass');
  });

  test('accents are folded and other scripts kept', () => {
    expect(normalizeLabel('Pérez')).toBe('perez');
    expect(normalizeLabel('東京')).toBe('東京');
  });

  test('labelWords splits on anything that is not a letter or digit', () => {
    expect(labelWords("Ken Iverson's A.P.L.")).toEqual(['ken', 'iverson', 'a', 'p', 'l']);
  });
});
