import type { EntityKind } from '../types.js';
import { isCommonWord, isFirstName } from './lexicon.js';
import type { Token } from './tokenize.js';
import { CUE_AFTER, CUE_BEFORE, HEAD_KINDS, PREFIX_KINDS } from './vocabulary.js';

/** A run of name-shaped tokens, `first`..`last` in the episode's tokens. */
export interface NameRun {
  first: number;
  last: number;
}

/** One way to tell what kind of thing an unknown name is; rules are tried in order. */
export interface KindRule {
  name: string;
  kindOf(run: NameRun, tokens: Token[]): EntityKind | undefined;
}

const words = (run: NameRun, tokens: Token[]) => tokens.slice(run.first, run.last + 1);

/** The registry: the name's own words first (they are the strongest), then the words around it. */
export const KIND_RULES: readonly KindRule[] = [
  {
    name: 'prefix', // University of X
    kindOf: (run, tokens) => {
      const [a, b] = words(run, tokens);
      return a && b && run.last - run.first >= 2 ? PREFIX_KINDS.get(`${a.norm} ${b.norm}`) : undefined;
    },
  },
  {
    name: 'head', // X University, X Labs, X Conference
    kindOf: (run, tokens) => (run.last > run.first ? HEAD_KINDS.get(tokens[run.last]!.norm) : undefined),
  },
  {
    name: 'person', // a given name, then a surname that is not an everyday word written in lower case
    kindOf: (run, tokens) => {
      const [given, ...rest] = words(run, tokens);
      if (!given || rest.length === 0 || rest.length > 2 || !isFirstName(given.norm)) return undefined;
      const surname = rest[rest.length - 1]!;
      return surname.capital && !surname.allCaps && !HEAD_KINDS.has(surname.norm) ? 'Person' : undefined;
    },
  },
  {
    name: 'cue-after', // the X language, X's CEO
    kindOf: (run, tokens) => {
      const next = tokens[run.last + 1];
      if (!next || next.segment !== tokens[run.last]!.segment || next.afterPunctuation) return undefined;
      return CUE_AFTER.get(next.norm);
    },
  },
  {
    name: 'cue-before', // written in X, worked at X
    kindOf: (run, tokens) => {
      const one = tokens[run.first - 1];
      const two = tokens[run.first - 2];
      if (!one || one.segment !== tokens[run.first]!.segment || tokens[run.first]!.afterPunctuation) return undefined;
      return (
        (two && !one.afterPunctuation ? CUE_BEFORE.get(`${two.norm} ${one.norm}`) : undefined) ??
        CUE_BEFORE.get(one.norm)
      );
    },
  },
];

/** Kinds voted by every occurrence of a name: the most frequent wins, ties by rule order. */
export function voteKind(runs: NameRun[], tokens: Token[]): EntityKind | undefined {
  const votes = new Map<EntityKind, number>();
  for (const run of runs)
    for (const rule of KIND_RULES) {
      const kind = rule.kindOf(run, tokens);
      if (kind) {
        votes.set(kind, (votes.get(kind) ?? 0) + 1);
        break;
      }
    }
  let best: EntityKind | undefined;
  for (const [kind, count] of votes) if (!best || count > votes.get(best)!) best = kind;
  return best;
}

/** Shapes that only names have: CamelCase (`JavaScript`), letters with digits (`GPT-4`), inner dots (`Node.js`). */
export function strongShape(token: Token): boolean {
  const text = token.text;
  if (/\p{Ll}\p{Lu}/u.test(text) && !/^(?:Mc|Mac|O')/.test(text)) return true;
  if (/\p{L}/u.test(text) && /\d/.test(text) && !/^\d+(?:s|th|st|nd|rd|ish|k|m)$/i.test(text)) return true;
  return /\p{L}\.\p{L}/u.test(text) && !isCommonWord(token.norm.replace(/\./g, ''), 30);
}
