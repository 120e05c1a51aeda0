import { describe, expect, it } from '@jest/globals';
import type { EntityKind } from '../src/types.js';
import { relationsWith, transcriptOf, triples, type Line } from './fixtures/relation-fixture.js';

// Small fixtures written for these tests: a guest who speaks in the first person.
const ENTITIES: Record<string, { kind: EntityKind; names: string[] }> = {
  'grace-hopper': { kind: 'Person', names: ['Grace Hopper', 'Grace'] },
  'ada-lovelace': { kind: 'Person', names: ['Ada Lovelace'] },
  remington: { kind: 'Organization', names: ['Remington Rand'] },
  harvard: { kind: 'Organization', names: ['Harvard'] },
  navy: { kind: 'Organization', names: ['the Navy'] },
  cobol: { kind: 'ProgrammingLanguage', names: ['COBOL'] },
  flowmatic: { kind: 'ProgrammingLanguage', names: ['FLOW-MATIC'] },
};
const { relationsIn } = relationsWith(ENTITIES);
const unlabelled = (...texts: string[]) =>
  relationsIn(transcriptOf(texts.map((text, i): Line => [i * 10, i * 10 + 10, null, text])));

describe('the narrator: first-person statements', () => {
  it('reads "I" as the speaker a label names', () => {
    const relations = relationsIn(
      transcriptOf([
        [0, 5, 'Host', 'I worked at Harvard for a summer once.'],
        [5, 10, 'Grace Hopper', 'I joined Remington Rand in 1949, and I built FLOW-MATIC there. We used COBOL.'],
      ]),
    );
    // The host is no person of the episode: "I" stays unresolved in the host's turn.
    expect(triples(relations).sort()).toEqual(['grace-hopper created flowmatic', 'grace-hopper works_at remington']);
    expect(relations.find((r) => r.relation === 'works_at')?.evidence.quote).toBe('I joined Remington Rand');
  });

  it('reads "I" as the guest the host introduced when there are no labels, but not in questions', () => {
    const relations = unlabelled(
      'Today I have a conversation with Grace Hopper.',
      'So how did you end up at Harvard? I was at Harvard too, right?',
      'Well, my time at Harvard was short. I worked for the Navy then.',
    );
    expect(triples(relations).sort()).toEqual(['grace-hopper works_at harvard', 'grace-hopper works_at navy']);
  });

  it('gives no narrator without an introduction, and none before it', () => {
    expect(unlabelled('I worked at Harvard.', 'I joined the Navy.')).toEqual([]);
    expect(triples(unlabelled('I worked at Remington Rand.', 'My guest today is Grace Hopper.'))).toEqual([]);
  });

  it('finds the guest among anonymous speakers: the one who talks most after the introduction', () => {
    const relations = relationsIn(
      transcriptOf([
        [0, 5, 'Speaker 0', 'Grace Hopper, welcome to the show.'],
        [5, 10, 'Speaker 1', 'Thank you, it is a pleasure to be here and to talk about all of it.'],
        [10, 15, 'Speaker 0', 'I worked at Harvard.'],
        [15, 20, 'Speaker 1', 'I joined Remington Rand after the war and stayed there for many years.'],
      ]),
    );
    expect(triples(relations)).toEqual(['grace-hopper works_at remington']);
  });

  it('does not take a role or an employer the narrator only met or owns', () => {
    const intro = 'This is a conversation with Grace Hopper.';
    expect(unlabelled(intro, 'I met the head of Remington Rand.')).toEqual([]);
    expect(unlabelled(intro, 'I have friends at Harvard.')).toEqual([]);
    expect(unlabelled(intro, 'my book about Harvard is out.')).toEqual([]);
    expect(triples(unlabelled(intro, 'I was the head of Remington Rand.'))).toEqual(['grace-hopper leads remington']);
  });

  it('drops "I think" as a filler between two names', () => {
    const relations = unlabelled(
      'Here is my conversation with Grace Hopper.',
      'so Ada Lovelace I think created FLOW-MATIC',
    );
    expect(triples(relations)).toEqual(['ada-lovelace created flowmatic']);
  });
});

describe('employers through tenures and moves, makers behind a thing', () => {
  const intro = 'This is a conversation with Grace Hopper.';
  it('reads "years with X", "left X", "hopped to X" and an employee of X', () => {
    expect(triples(unlabelled(intro, 'I spent about eight years with Remington Rand.'))).toEqual([
      'grace-hopper works_at remington',
    ]);
    expect(triples(unlabelled(intro, 'then I left Harvard and hopped to the Navy.')).sort()).toEqual([
      'grace-hopper works_at harvard',
      'grace-hopper works_at navy',
    ]);
    expect(triples(unlabelled(intro, 'I became an employee of Remington Rand.'))).toEqual([
      'grace-hopper works_at remington',
    ]);
    expect(unlabelled(intro, 'I spent years thinking about Harvard.')).toEqual([]);
  });

  it('reads the company behind a product as its maker', () => {
    expect(triples(unlabelled('Remington Rand is the company behind FLOW-MATIC.'))).toEqual([
      'remington created flowmatic',
    ]);
    expect(unlabelled('Remington Rand was far behind FLOW-MATIC.')).toEqual([]);
  });
});

describe('what the narrator does not say', () => {
  const intro = 'This is a conversation with Grace Hopper.';
  it('leaves "we" to the team and drops hedged statements', () => {
    expect(unlabelled(intro, 'we built FLOW-MATIC at Remington Rand.').map((r) => r.source)).not.toContain(
      'grace-hopper',
    );
    expect(unlabelled(intro, 'I hardly ever use COBOL.')).toEqual([]);
    expect(triples(unlabelled(intro, 'I use COBOL.'))).toEqual(['grace-hopper uses cobol']);
    // One runs a company, but running a program is using it.
    expect(triples(unlabelled(intro, 'I still run COBOL.'))).toEqual(['grace-hopper uses cobol']);
    expect(triples(unlabelled(intro, 'I was running Remington Rand.'))).toEqual(['grace-hopper leads remington']);
  });
});
