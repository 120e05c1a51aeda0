import { parseTranscript, repairGluedWords, splitToken, transcriptVocabulary } from '@talkgraph/transcript';

describe('repairGluedWords', () => {
  test.each([
    ['ofeducational', 'of educational'],
    ['Itry', 'I try'],
    ['wasis', 'was is'],
    ['aresearch', 'a research'], // not `are search`: the likelier pair wins
    ['andreconstruct', 'and reconstruct'], // not the name `Andre`
    ['deeplearning', 'deep learning'],
    ['howmany', 'how many'], // SUBTLEX lists `How` capitalized only; the dictionary vouches for it
    ['Iam', 'I am'],
    ['eachother', 'each other'],
  ])('splits %s into %s', (token, expected) => {
    expect(repairGluedWords(token)).toEqual({ text: expected, repairs: 1 });
  });

  test.each(['Ian', 'Ivan', 'Ito', 'Iman', 'overfitting', 'underfitting', 'superconvergence'])(
    'leaves the name or compound %s alone',
    (token) => {
      expect(splitToken(token)).toBeNull();
    },
  );

  test('splits at a change of case: a function word before a word or acronym, a seen name or acronym before a word', () => {
    const vocabulary = transcriptVocabulary(['we ran APL on AWS with the GPU that Google built']);
    expect(repairGluedWords('the code ofAPL and whichI like inChina', vocabulary)).toEqual({
      text: 'the code of APL and which I like in China',
      repairs: 3,
    });
    expect(splitToken('ofAPL')).toBeNull(); // an unknown acronym must be seen on its own first
    expect(repairGluedWords('AWSthat GPUprogram Googlebefore', vocabulary)).toEqual({
      text: 'AWS that GPU program Google before',
      repairs: 3,
    });
  });

  test('a word the transcript uses on its own is a half only when seen, and a name only before a function word', () => {
    const vocabulary = transcriptVocabulary(['tensorflow is great', 'Scot and Face are names here']);
    expect(splitToken('tensorflowcan', vocabulary)).toEqual(['tensorflow', 'can']);
    expect(splitToken('tensorflowcan')).toBeNull();
    expect(splitToken('Googlebefore')).toBeNull();
    for (const compound of [
      'Scotland',
      'Facebook',
      'LinkedIn',
      'JavaScript',
      'YouTube',
      'McKinsey',
      'OpenAI',
      'DeepMind',
      'macOS',
    ]) {
      expect(splitToken(compound, vocabulary)).toBeNull();
    }
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

  test('applies by default only to timestamp-speaker, where caption line joins glue words', () => {
    expect(parseTranscript('0:00:01\nSpeaker 0 :a lot ofthe time\n').source.repairs).toBe(1);
    expect(parseTranscript('00:00:01 a lot ofthe time\n').source.repairs).toBe(0);
    expect(parseTranscript('00:00:01 a lot ofthe time\n', { repair: true }).segments[0]!.text).toBe(
      'a lot of the time',
    );
  });
});
