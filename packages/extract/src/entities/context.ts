import { TECH_CUES } from './lexicon.js';
import type { Token } from './tokenize.js';

const PL_CUES = new Set(
  'language languages programming program code coding compiler compilers compiled compile written syntax script scripting interpreter interpreted typed'.split(' '),
);

/**
 * How technical the talk is around a token: tech cue words count 1, linked catalog mentions 2.
 * Prefix sums over the episode's tokens make each query O(1).
 */
export class TechContext {
  private readonly sums: Float64Array;
  private readonly plSums: Float64Array;
  private readonly weights: Float64Array;
  private readonly plWeights: Float64Array;

  constructor(private readonly tokens: Token[]) {
    this.weights = new Float64Array(tokens.length);
    this.plWeights = new Float64Array(tokens.length);
    tokens.forEach((token, i) => {
      if (TECH_CUES.has(token.norm)) this.weights[i] = 1;
      if (PL_CUES.has(token.norm)) this.plWeights[i] = 1;
    });
    this.sums = new Float64Array(tokens.length + 1);
    this.plSums = new Float64Array(tokens.length + 1);
    this.refresh();
  }

  /** A linked mention makes its neighbourhood technical (a language mention, a programming one). */
  addMention(token: number, language: boolean): void {
    this.weights[token] = Math.max(this.weights[token]!, 2);
    if (language) this.plWeights[token] = 2;
  }

  refresh(): void {
    for (let i = 0; i < this.tokens.length; i++) {
      this.sums[i + 1] = this.sums[i]! + this.weights[i]!;
      this.plSums[i + 1] = this.plSums[i]! + this.plWeights[i]!;
    }
  }

  private range(sums: Float64Array, first: number, last: number, radius: number): number {
    const lo = Math.max(0, first - radius);
    const hi = Math.min(this.tokens.length, last + 1 + radius);
    return sums[hi]! - sums[lo]! - (sums[last + 1]! - sums[first]!);
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
