import { parseTranscript, repairGluedWords, splitToken } from '@talkgraph/transcript';

describe('repairGluedWords', () => {
  test.each([
    ['ofeducational', 'of educational'],
    ['Itry', 'I try'],
    ['wasis', 'was is'],
    ['aresearch', 'a research'], // not `are search`: the likelier pair wins
    ['andreconstruct', 'and reconstruct'], // not the name `Andre`
    ['deeplearning', 'deep learning'],
  ])('splits %s into %s', (token, expected) => {
    expect(repairGluedWords(token)).toEqual({ text: expected, repairs: 1 });
  });

  test.each([
    'TensorFlow',
    'PyTorch',
    'Hejlsberg',
    'fastai',
    'Karpathy',
    'openai',
    'github',
    'numpy',
    'dataset',
    'backends',
    'codebase',
    'frontend',
    'hyperparameters',
  ])('leaves the name or technical word %s alone', (token) => {
    expect(splitToken(token)).toBeNull();
  });

  test.each(['notebook', 'something', 'together', 'another', 'understand', 'because', 'Itself', 'podcast'])(
    'never splits the real word %s',
    (word) => {
      expect(splitToken(word)).toBeNull();
    },
  );

  test('leaves words with digits, apostrophes, hyphens and inner capitals alone', () => {
    const text = "GPT3 isn'tgood hands-onlearning McDonald iPhone";
    expect(repairGluedWords(text)).toEqual({ text, repairs: 0 });
  });

  test('counts every repair in running text and keeps everything else byte for byte', () => {
    const result = repairGluedWords('we looked at theresults and Ithink it wasfine, really.');
    expect(result).toEqual({ text: 'we looked at the results and I think it was fine, really.', repairs: 3 });
  });

  test('applies by default only to the seed format, where caption line joins glue words', () => {
    expect(parseTranscript('0:00:01\nSpeaker 0 :a lot ofthe time\n').source.repairs).toBe(1);
    expect(parseTranscript('00:00:01 a lot ofthe time\n').source.repairs).toBe(0);
    expect(parseTranscript('00:00:01 a lot ofthe time\n', { repair: true }).segments[0]!.text).toBe('a lot of the time');
  });
});
