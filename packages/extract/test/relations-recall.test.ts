import { describe, expect, it } from '@jest/globals';
import { relationsWith, triples } from './fixtures/relation-fixture.js';

// Pattern families added for recall on real talk, each with cases that must not give an edge.
const relationsOf = relationsWith({
  'niklaus-wirth': { kind: 'Person', names: ['Niklaus Wirth'] },
  'bjarne-stroustrup': { kind: 'Person', names: ['Bjarne Stroustrup'] },
  'ada-lovelace': { kind: 'Person', names: ['Ada Lovelace'] },
  'hermann-ebbinghaus': { kind: 'Person', names: ['Ebbinghaus'] },
  pascal: { kind: 'ProgrammingLanguage', names: ['Pascal'] },
  modula: { kind: 'ProgrammingLanguage', names: ['Modula'] },
  oberon: { kind: 'ProgrammingLanguage', names: ['Oberon'] },
  cpp: { kind: 'ProgrammingLanguage', names: ['C\\+\\+'] },
  lua: { kind: 'ProgrammingLanguage', names: ['Lua'] },
  basic: { kind: 'ProgrammingLanguage', names: ['BASIC'] },
  jax: { kind: 'Software', names: ['JAX'] },
  pytorch: { kind: 'Software', names: ['PyTorch'] },
  tensorflow: { kind: 'Software', names: ['TensorFlow'] },
  keras: { kind: 'Software', names: ['Keras'] },
  theano: { kind: 'Software', names: ['Theano'] },
  caffe: { kind: 'Software', names: ['Caffe'] },
  mxnet: { kind: 'Software', names: ['MXNet'] },
  numpy: { kind: 'Software', names: ['NumPy'] },
  xla: { kind: 'Software', names: ['XLA'] },
  cuda: { kind: 'Software', names: ['CUDA'] },
  sqlite: { kind: 'Software', names: ['SQLite'] },
  'visual-studio': { kind: 'Software', names: ['Visual Studio'] },
  'apple-ii': { kind: 'Hardware', names: ['Apple II'] },
  gpu: { kind: 'Hardware', names: ['GPUs', 'GPU'] },
  tpu: { kind: 'Hardware', names: ['TPUs', 'TPU'] },
  nvidia: { kind: 'Organization', names: ['NVIDIA'] },
  google: { kind: 'Organization', names: ['Google'] },
  microsoft: { kind: 'Organization', names: ['Microsoft'] },
  dropbox: { kind: 'Organization', names: ['Dropbox'] },
  'spaced-repetition': { kind: 'Concept', names: ['spaced'] },
  flask: { kind: 'Software', names: ['Flask'] },
  django: { kind: 'Software', names: ['Django'] },
  python: { kind: 'ProgrammingLanguage', names: ['Python'] },
  aws: { kind: 'Software', names: ['AWS'] },
  gcp: { kind: 'Software', names: ['GCP'] },
});

describe('extractRelations: recall patterns', () => {
  it('lets the maker of a name stand for the maker of what was identified with it', () => {
    expect(
      triples(relationsOf('my favourite was Modula which was Pascal designed by Niklaus Wirth in Zurich')),
    ).toEqual(['modula based_on pascal', 'niklaus-wirth created modula', 'niklaus-wirth created pascal']);
    // No identity, no carrying: "and" joins two things, it does not say one is the other.
    expect(triples(relationsOf('I liked Modula but Pascal designed by Niklaus Wirth less'))).toEqual([
      'niklaus-wirth created pascal',
    ]);
  });

  it('carries a statement to the head of an object relative', () => {
    expect(triples(relationsOf('XLA, this is a compiler that Google built part of TensorFlow'))).toEqual([
      'google created xla',
      'xla part_of tensorflow',
    ]);
  });

  it('reads a passive after a word that echoes the name, and "went on (to) create" chains', () => {
    expect(triples(relationsOf('so spaced repetition is a method invented by a scientist named Ebbinghaus'))).toEqual([
      'hermann-ebbinghaus created spaced-repetition',
    ]);
    expect(
      triples(
        relationsOf('Niklaus Wirth made Pascal and then went on to create Modula and then went on create Oberon'),
      ),
    ).toEqual(['niklaus-wirth created pascal', 'niklaus-wirth created modula', 'niklaus-wirth created oberon']);
  });

  it("takes a maker's name written right before a product as its maker, and nothing else", () => {
    expect(triples(relationsOf('it all ends up on NVIDIA GPUs in the data centre'))).toEqual(['nvidia created gpu']);
    expect(triples(relationsOf('we tried NVIDIA, TPUs were too hard to program'))).toEqual([]);
    expect(triples(relationsOf('ask Google Dropbox or anyone'))).toEqual([]);
  });

  it('stacks a layer on what was just named ("and then X on top of that")', () => {
    expect(triples(relationsOf('you get CUDA kernels and then NumPy on top of that for everyone'))).toEqual([
      'numpy based_on cuda',
    ]);
    expect(triples(relationsOf('you get CUDA kernels and then NumPy which is nice'))).toEqual([]);
  });

  it('reads switching from one tool to another and comparisons as competitors', () => {
    expect(triples(relationsOf('switching from Theano to TensorFlow to PyTorch takes a week'))).toEqual([
      'theano competes_with tensorflow',
      'tensorflow competes_with pytorch',
    ]);
    // Keras stays on both sides: it was not replaced.
    expect(
      triples(relationsOf('our lab used Caffe and Keras and then we switched to MXNet and Keras last spring')),
    ).toEqual(['caffe competes_with mxnet']);
    expect(triples(relationsOf('honestly JAX is about three times faster than PyTorch on this'))).toEqual([
      'jax competes_with pytorch',
    ]);
    // Kinds that are no alternatives to each other are not compared as competitors.
    expect(triples(relationsOf('Bjarne Stroustrup is much better than C++ at explaining C++'))).toEqual([]);
  });

  it('names the doer after "the guy that ran X", and what was used for something', () => {
    expect(triples(relationsOf('then the guy that designed C++, Bjarne Stroustrup, came along'))).toEqual([
      'bjarne-stroustrup created cpp',
    ]);
    expect(triples(relationsOf('they used Lua for JAX tooling at some point'))).toEqual(['jax uses lua']);
    expect(triples(relationsOf('the guy that Lua Bjarne Stroustrup'))).toEqual([]);
  });

  it('puts a language written on a machine onto that machine, and keeps conference venues out of employers', () => {
    expect(triples(relationsOf('I wrote a game on my Apple II in BASIC as a kid'))).toEqual(['basic runs_on apple-ii']);
    expect(triples(relationsOf('I met Ada Lovelace at a Google conference once'))).toEqual([]);
    expect(triples(relationsOf('Ada Lovelace is at Google these days'))).toEqual(['ada-lovelace works_at google']);
  });

  it('spreads a statement over a list of several conjuncts', () => {
    expect(triples(relationsOf('Theano and Keras and TensorFlow and JAX all run on GPUs'))).toEqual([
      'theano runs_on gpu',
      'keras runs_on gpu',
      'tensorflow runs_on gpu',
      'jax runs_on gpu',
    ]);
  });

  it('puts software shipped with a language into it, whichever way round it is said', () => {
    expect(triples(relationsOf('Note that SQLite ships with Python. It is stable.'))).toEqual([
      'sqlite part_of python',
    ]);
    expect(triples(relationsOf('Python comes with SQLite nowadays.'))).toEqual(['sqlite part_of python']);
    // Two languages, or a company, are not shipped parts.
    expect(triples(relationsOf('Lua comes with Python bindings.'))).toEqual([]);
  });

  it("reads a language's examples as users of it, over a punctuated list", () => {
    expect(triples(relationsOf('It supports the Python frameworks such as Django, Flask, and NumPy.'))).toEqual([
      'django uses python',
      'flask uses python',
      'numpy uses python',
    ]);
    expect(triples(relationsOf('We compared Python with tools such as Django.'))).toEqual([]);
  });

  it('does not spread a modifier name over a list ("Google GCP, and AWS")', () => {
    expect(triples(relationsOf('You can try Google GCP, and AWS.'))).toEqual(['google created gcp']);
  });

  it('reads "at Google we built X", "a library on top of Y", "ported to" and "the guy who wrote X"', () => {
    expect(triples(relationsOf('at Google we built the TPU for our own data centres'))).toEqual(['google created tpu']);
    expect(triples(relationsOf('at Google we used TensorFlow a lot'))).toEqual([]);
    expect(triples(relationsOf('Keras is a thin library on top of Theano for beginners'))).toEqual([
      'keras based_on theano',
    ]);
    expect(triples(relationsOf('then JAX was ported to TPUs last year'))).toEqual(['jax runs_on tpu']);
    expect(triples(relationsOf('Niklaus Wirth, the guy who designed Pascal, retired'))).toEqual([
      'niklaus-wirth created pascal',
    ]);
    expect(triples(relationsOf('Niklaus Wirth, the guy who hated Pascal, retired'))).toEqual([]);
  });

  it('reads "could be a layer on top of" through a pronoun that opens a clause after a comma', () => {
    expect(
      triples(
        relationsOf('JAX is its own thing. It is like, it could really be a layer on top of XLA for most users.'),
      ),
    ).toEqual(['jax based_on xla']);
    // "like it" is an object: nothing is said of JAX there.
    expect(triples(relationsOf('JAX is a different beast. People like it can be a layer on top of XLA.'))).toEqual([]);
  });

  it('reads a host as leading the show', () => {
    expect(triples(relationsOf('Ada Lovelace, the host of Dropbox, said hello'))).toEqual([
      'ada-lovelace leads dropbox',
    ]);
  });

  it('reads "his company X" and a partner named with "with"', () => {
    expect(triples(relationsOf('Niklaus Wirth talked about his new language called Oberon for hours'))).toEqual([
      'niklaus-wirth created oberon',
    ]);
    expect(triples(relationsOf('Niklaus Wirth designed Modula with Ada Lovelace back then'))).toEqual([
      'niklaus-wirth created modula',
      'ada-lovelace created modula',
    ]);
    // "with" a tool is no partner; "his" thing not made by him is not claimed.
    expect(triples(relationsOf('Niklaus Wirth designed Modula with Pascal in mind'))).toEqual([
      'niklaus-wirth created modula',
    ]);
    expect(triples(relationsOf('Niklaus Wirth loved his old Oberon machine'))).toEqual([]);
  });

  it('reads two alike things said to be similar or rivals as competitors', () => {
    expect(triples(relationsOf('so TPUs and the best GPUs are pretty similar in speed'))).toEqual([
      'tpu competes_with gpu',
    ]);
    // Read across a maker named as a modifier.
    expect(triples(relationsOf("Google's TPUs and the fastest NVIDIA GPUs are roughly similar these days"))).toEqual([
      'google created tpu',
      'tpu competes_with gpu',
      'nvidia created gpu',
    ]);
    expect(triples(relationsOf('PyTorch and JAX are rivals now'))).toEqual(['pytorch competes_with jax']);
    expect(triples(relationsOf('PyTorch and JAX are used by everyone'))).toEqual([]);
    expect(triples(relationsOf('Google and TPUs are similar in name only'))).toEqual([]);
  });

  it('reads what an organization or a project focuses on as what it uses', () => {
    expect(triples(relationsOf('Dropbox has a strong focus on practical applications of spaced repetition'))).toEqual([
      'dropbox uses spaced-repetition',
    ]);
    expect(triples(relationsOf('Google is a lab dedicated to making TPUs cheaper'))).toEqual(['google uses tpu']);
    // A person's focus is not a use stated of a made thing.
    expect(triples(relationsOf('Ada Lovelace has a focus on spaced repetition'))).toEqual([]);
  });
});
