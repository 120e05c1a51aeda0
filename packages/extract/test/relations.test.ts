import { describe, expect, it } from '@jest/globals';
import { typeFor } from '../src/relations/index.js';
import type { EntityKind, Mention } from '../src/types.js';
import { episode, relationsWith, transcriptOf, triples } from './fixtures/relation-fixture.js';

// Small fixtures written for these tests (see relation-fixture.ts).
const ENTITIES: Record<string, { kind: EntityKind; names: string[] }> = {
  'ken-iverson': { kind: 'Person', names: ['Ken Iverson'] },
  'roger-hui': { kind: 'Person', names: ['Roger Hui'] },
  'chris-lattner': { kind: 'Person', names: ['Chris Lattner'] },
  'leslie-smith': { kind: 'Person', names: ['Leslie Smith', 'Leslie'] },
  'jonathan-ragan-kelley': { kind: 'Person', names: ['Jonathan Ragan Kelley'] },
  'andrew-adams': { kind: 'Person', names: ['Andrew Adams'] },
  apl: { kind: 'ProgrammingLanguage', names: ['APL'] },
  'j-language': { kind: 'ProgrammingLanguage', names: ['J'] },
  swift: { kind: 'ProgrammingLanguage', names: ['Swift'] },
  halide: { kind: 'ProgrammingLanguage', names: ['Halide'] },
  python: { kind: 'ProgrammingLanguage', names: ['Python'] },
  perl: { kind: 'ProgrammingLanguage', names: ['Perl'] },
  mlir: { kind: 'Software', names: ['MLIR', 'ml ir'] },
  tvm: { kind: 'Software', names: ['TVM'] },
  tile: { kind: 'Software', names: ['Tile'] },
  tpu: { kind: 'Hardware', names: ['TPU'] },
  google: { kind: 'Organization', names: ['Google'] },
  apple: { kind: 'Organization', names: ['Apple'] },
  mit: { kind: 'Organization', names: ['MIT'] },
  stanford: { kind: 'Organization', names: ['Stanford'] },
  dawnbench: { kind: 'Event', names: ['DAWNBench'] },
  'super-convergence': { kind: 'Concept', names: ['super convergence'] },
};
const relationsOf = relationsWith(ENTITIES);

describe('extractRelations: patterns', () => {
  it('gives the same edge for active, passive and relative phrasings', () => {
    const expected = ['ken-iverson created apl'];
    expect(triples(relationsOf('well Ken Iverson created APL in the sixties'))).toEqual(expected);
    expect(triples(relationsOf('there was APL, created by Ken Iverson, a mathematician'))).toEqual(expected);
    expect(triples(relationsOf('my first love was APL which Ken Iverson created back then'))).toEqual(expected);
    expect(triples(relationsOf('APL was designed by a guy called Ken Iverson'))).toEqual(expected);
  });

  it('reads lineage phrasings as based_on, from the derived thing to its origin', () => {
    expect(triples(relationsOf('yeah J was built on the learnings of APL'))).toEqual(['j-language based_on apl']);
    expect(triples(relationsOf('and MLIR sits on top of the ideas from Halide'))).toEqual(['mlir based_on halide']);
    expect(
      triples(relationsOf('so they designed another language built on top of the learnings of APL that was called J')),
    ).toEqual(['j-language based_on apl']);
  });

  it('types roles, employers and discoveries', () => {
    expect(triples(relationsOf('so Chris Lattner leads MLIR these days'))).toEqual(['chris-lattner leads mlir']);
    expect(triples(relationsOf('when Chris Lattner was at Google we talked'))).toEqual([
      'chris-lattner works_at google',
    ]);
    expect(triples(relationsOf('Leslie Smith discovered super convergence with a huge learning rate'))).toEqual([
      'leslie-smith discovered super-convergence',
    ]);
    expect(triples(relationsOf('DAWNBench which is a benchmark from Stanford'))).toEqual([
      'stanford created dawnbench',
    ]);
    expect(triples(relationsOf("there's Google's TPU of course"))).toEqual(['google created tpu']);
  });

  it('reads titles before a name, next versions, tools for a language and reads across a passing topic', () => {
    expect(triples(relationsOf("APL's inventor himself, Ken Iverson, said so"))).toEqual(['ken-iverson created apl']);
    expect(triples(relationsOf('so Python is the next version of Perl really'))).toEqual(['python successor_of perl']);
    expect(triples(relationsOf('TVM which is a compiler for Python programs'))).toEqual(['tvm targets python']);
    expect(triples(relationsOf('Chris Lattner, the director of super convergence at Google'))).toEqual([
      'chris-lattner works_at google',
    ]);
  });

  it('types software next to hardware and features put into a project, quoting the verb before the first name', () => {
    expect(triples(relationsOf('we ran Python on a TPU last year'))).toEqual(['python runs_on tpu']);
    const [put] = relationsOf('and Leslie Smith put super convergence into MLIR then');
    expect([put!.source, put!.relation, put!.target, put!.evidence.quote]).toEqual([
      'super-convergence',
      'part_of',
      'mlir',
      'put super convergence into MLIR',
    ]);
  });

  it('spreads a statement over coordinated subjects and carries the subject to a following "at"', () => {
    expect(triples(relationsOf('Jonathan Ragan Kelley and Andrew Adams wrote Halide at MIT')).sort()).toEqual([
      'andrew-adams created halide',
      'andrew-adams works_at mit',
      'jonathan-ragan-kelley created halide',
      'jonathan-ragan-kelley works_at mit',
    ]);
  });

  it('resolves a pronoun only when a single entity of a fitting kind was just named', () => {
    expect(triples(relationsOf('Chris Lattner was at Google and he was the one who created Swift'))).toEqual([
      'chris-lattner works_at google',
      'chris-lattner created swift',
    ]);
    // "it" could be J or APL: no edge from the pronoun.
    expect(triples(relationsOf('J was built on the learnings of APL Ken Iverson and Roger Hui designed it'))).toEqual([
      'j-language based_on apl',
    ]);
    // A plural anaphor takes the coordinated list just named.
    expect(
      triples(
        relationsOf('things like Tile and MLIR and TVM exist and a lot of this work sits on top of Halide'),
      ).sort(),
    ).toEqual(['mlir based_on halide', 'tile based_on halide', 'tvm based_on halide']);
  });

  it('prefers the subject of the clause before, and lets "this work" stand for made things only', () => {
    // Python and TVM are both near; only TVM is a subject ("TVM can ..."), so "it" is TVM.
    expect(
      triples(relationsOf('forget Python for Perl. TVM can be different. It can be a layer on top of MLIR')),
    ).toEqual(['tvm based_on mlir']);
    // The concept named last is no antecedent of "this work": the list of projects is.
    expect(
      triples(
        relationsOf('TVM and Tile are compilers for super convergence and this work sits on top of Halide'),
      ).sort(),
    ).toEqual(['tile based_on halide', 'tvm based_on halide']);
  });

  it('takes a comma right after a name as closing a parenthesis, not as opening a verb of that name', () => {
    expect(triples(relationsOf('Chris Lattner, who was at Apple, created Swift'))).toEqual([
      'chris-lattner works_at apple',
    ]);
    expect(triples(relationsOf('Chris Lattner, who is at Google now'))).toEqual(['chris-lattner works_at google']);
    expect(triples(relationsOf('and TVM was developed at MIT years ago'))).toEqual(['mit created tvm']);
  });

  it('rules out negated statements, wrong kinds and pairs split by a sentence end', () => {
    expect(relationsOf('Python was not built on Perl at all')).toEqual([]);
    expect(relationsOf('APL was at Google for a while')).toEqual([]);
    expect(relationsOf('we asked Ken Iverson. Created APL was the answer')).toEqual([]);
  });

  it('keeps the first and second mention apart when nothing links them', () => {
    expect(relationsOf('I like Python and I like Perl too')).toEqual([]);
  });
});

describe('extractRelations: evidence', () => {
  it('quotes the words from the first name to the end of the statement, with time and speaker', () => {
    const transcript = transcriptOf([
      [100, 110, 'Speaker 1', 'sure so the first language I loved was APL which Ken Iverson created in the sixties'],
    ]);
    const [relation, ...rest] = relationsOf.relationsIn(transcript);
    expect(rest).toEqual([]);
    const text = transcript.segments[0]!.text;
    expect(relation!.evidence).toEqual({
      episode: 'fixture',
      start: Math.round((100 + (10 * text.indexOf('APL')) / text.length) * 100) / 100,
      end: Math.round((100 + (10 * (text.indexOf('created') + 'created'.length)) / text.length) * 100) / 100,
      speaker: 'Speaker 1',
      quote: 'APL which Ken Iverson created',
      segment: 0,
    });
    expect(relation!.confidence).toBeGreaterThan(0.5);
  });

  it('joins the words of consecutive segments when a statement runs across them', () => {
    const transcript = transcriptOf([
      [0, 5, 'Speaker 0', 'and then Chris Lattner leads'],
      [5, 9, 'Speaker 0', 'MLIR today'],
    ]);
    const relations = relationsOf.relationsIn(transcript);
    expect(relations.map((r) => [r.relation, r.evidence.quote, r.evidence.segment, r.evidence.end])).toEqual([
      ['leads', 'Chris Lattner leads MLIR', 0, 6.6],
    ]);
  });

  it('splits words that speech-to-text glued to a name ("atGoogle")', () => {
    const transcript = transcriptOf([[0, 10, 'Speaker 0', 'Chris Lattner is working atGoogle now']]);
    const text = transcript.segments[0]!.text;
    const mention = (entity: string, surface: string, from: number): Mention => ({
      entity,
      surface,
      from,
      to: from + surface.length,
      segment: 0,
      start: 0,
      end: 10,
      speaker: 'Speaker 0',
      quote: surface,
      episode: episode.id,
      via: 'exact',
      confidence: 1,
    });
    const mentions = [
      mention('chris-lattner', 'Chris Lattner', 0),
      mention('google', 'Google', text.indexOf('Google')),
    ];
    const relations = relationsOf.relationsIn(transcript, mentions);
    expect(relations.map((r) => [r.source, r.relation, r.target, r.evidence.quote])).toEqual([
      ['chris-lattner', 'works_at', 'google', 'Chris Lattner is working atGoogle'],
    ]);
  });

  it('puts every quote around both entity names and orders output deterministically', () => {
    const texts = [
      'APL which Ken Iverson created is old and J was built on the learnings of APL',
      'Chris Lattner was at Google and he was the one who created Swift at Apple',
      'Leslie Smith discovered super convergence and Chris Lattner leads MLIR',
    ];
    const first = relationsOf(...texts);
    expect(JSON.stringify(relationsOf(...texts))).toBe(JSON.stringify(first));
    expect(first.length).toBeGreaterThanOrEqual(7);
    for (const r of first) {
      for (const id of [r.source, r.target]) {
        expect(ENTITIES[id]!.names.some((name) => r.evidence.quote.includes(name))).toBe(true);
      }
      expect(r.evidence.start).not.toBeNull();
    }
    const starts = first.map((r) => [r.evidence.segment, r.evidence.start!] as const);
    expect([...starts].sort((a, b) => a[0] - b[0] || a[1] - b[1])).toEqual(starts);
  });
});

describe('typeFor: direction and kind constraints', () => {
  it('retypes created by the kind of what was made and refuses impossible kinds', () => {
    expect(typeFor('created', 'Person', 'Organization')).toBe('founded');
    expect(typeFor('created', 'Person', 'Publication')).toBe('authored');
    expect(typeFor('created', 'Software', 'ProgrammingLanguage')).toBeNull();
    expect(typeFor('works_at', 'Person', 'Organization')).toBe('works_at');
    expect(typeFor('works_at', 'Organization', 'Organization')).toBeNull();
    expect(typeFor('part_of', 'Organization', 'Software')).toBeNull();
    expect(typeFor('based_on', 'ProgrammingLanguage', 'ProgrammingLanguage')).toBe('based_on');
  });
});
