import type { EntityKind } from '../types.js';
import { TECH_CUES } from './lexicon.js';
import type { Token } from './tokenize.js';

const PL_CUES = new Set(
  'language languages programming program code coding compiler compilers compiled compile written syntax script scripting interpreter interpreted typed'.split(
    ' ',
  ),
);

/** Words that say which kind of thing a shared name means here (Pascal the language, the GPU, the man). */
const KIND_CUES: Record<EntityKind, Set<string>> = {
  ProgrammingLanguage: PL_CUES,
  Software: new Set(
    'library libraries framework app apps install installed package tool version release javascript web frontend component components open-source'.split(
      ' ',
    ),
  ),
  Hardware: new Set(
    'gpu gpus chip chips card cards nvidia architecture generation memory cores hardware accelerator'.split(' '),
  ),
  Concept: new Set(
    'paper papers technique method approach prompt prompting idea algorithm called authors game games play plays played chess board'.split(
      ' ',
    ),
  ),
  Person: new Set('he she his her him said says wrote guy man woman mathematician philosopher physicist'.split(' ')),
  Organization: new Set('company companies startup firm founded ceo employees'.split(' ')),
  Place: new Set('city country state town live lived moved born'.split(' ')),
  Event: new Set('conference competition workshop talk'.split(' ')),
  Dataset: new Set('dataset datasets images benchmark labels'.split(' ')),
  Publication: new Set('paper book article journal published'.split(' ')),
};

/** How strongly the words around [first, last] point at `kind`. */
export function kindScore(tokens: Token[], kind: EntityKind, first: number, last: number, radius = 10): number {
  const cues = KIND_CUES[kind];
  let score = 0;
  for (let i = Math.max(0, first - radius); i <= Math.min(tokens.length - 1, last + radius); i++) {
    if ((i < first || i > last) && cues.has(tokens[i]!.norm)) score++;
  }
  return score;
}

/** A Fenwick tree: point updates and prefix sums in O(log n), so linking a mention updates context at once. */
class PrefixSums {
  private readonly tree: Float64Array;

  constructor(size: number) {
    this.tree = new Float64Array(size + 1);
  }

  add(index: number, delta: number): void {
    for (let i = index + 1; i < this.tree.length; i += i & -i) this.tree[i]! += delta;
  }

  /** Sum of values at [0, end). */
  sum(end: number): number {
    let total = 0;
    for (let i = end; i > 0; i -= i & -i) total += this.tree[i]!;
    return total;
  }
}

/**
 * How technical the talk is around a token: tech cue words count 1, linked catalog mentions 2.
 */
export class TechContext {
  private readonly weights: Float64Array;
  private readonly plWeights: Float64Array;
  private readonly sums: PrefixSums;
  private readonly plSums: PrefixSums;

  constructor(private readonly tokens: Token[]) {
    this.weights = new Float64Array(tokens.length);
    this.plWeights = new Float64Array(tokens.length);
    this.sums = new PrefixSums(tokens.length);
    this.plSums = new PrefixSums(tokens.length);
    tokens.forEach((token, i) => {
      if (TECH_CUES.has(token.norm)) this.set(i, 1, false);
      if (PL_CUES.has(token.norm)) this.set(i, 1, true);
    });
  }

  private set(token: number, weight: number, language: boolean): void {
    const weights = language ? this.plWeights : this.weights;
    const sums = language ? this.plSums : this.sums;
    if (weight > weights[token]!) {
      sums.add(token, weight - weights[token]!);
      weights[token] = weight;
    }
  }

  /** A linked mention makes its neighbourhood technical (a language mention, a programming one). */
  addMention(token: number, language: boolean): void {
    this.set(token, 2, false);
    if (language) this.set(token, 2, true);
  }

  private range(sums: PrefixSums, first: number, last: number, radius: number): number {
    const lo = Math.max(0, first - radius);
    const hi = Math.min(this.tokens.length, last + 1 + radius);
    return sums.sum(hi) - sums.sum(lo) - (sums.sum(last + 1) - sums.sum(first));
  }

  /** Technical weight within `radius` tokens of [first, last], excluding the span itself. */
  score(first: number, last: number, radius = 15): number {
    return this.range(this.sums, first, last, radius);
  }

  /** Weight of programming-language cues and mentions nearby. */
  languageScore(first: number, last: number, radius = 8): number {
    return this.range(this.plSums, first, last, radius);
  }
}
