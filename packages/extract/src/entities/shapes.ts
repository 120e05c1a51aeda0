import type { EntityKind } from '../types.js';
import type { CompiledCatalog } from './compile.js';
import type { TechContext } from './context.js';
import { slugify } from './generated.js';
import type { NameRun } from './kinds.js';
import { strongShape, voteKind } from './kinds.js';
import { STOPWORDS, isCommonWord, isFirstName } from './lexicon.js';
import type { Link } from './links.js';
import { compactKey } from './tokenize.js';
import type { Token } from './tokenize.js';
import { NOT_NAMES } from './vocabulary.js';

/** Small words that join the parts of one name (`University of Illinois`, `Eric von Hippel`). */
const CONNECTORS = new Set(['of', 'de', 'van', 'von', 'der', 'la', 'le', 'du', 'da', 'di']);
const MAX_WORDS = 4;

/** How often each word is written with a capital, and without one, away from sentence starts. */
function capitalCounts(tokens: Token[]): Map<string, { upper: number; lower: number }> {
  const counts = new Map<string, { upper: number; lower: number }>();
  for (const token of tokens) {
    if (token.sentenceStart) continue;
    const count = counts.get(token.norm) ?? { upper: 0, lower: 0 };
    if (token.capital) count.upper++;
    else count.lower++;
    counts.set(token.norm, count);
  }
  return counts;
}

/**
 * Names the catalog does not know, found by their shape where capitals carry information: runs of
 * capitalized, CamelCase, alphanumeric or dotted words that are not sentence starts or everyday words.
 * Each name gets its kind from its own words and the words around its mentions (`kinds.ts`); a name
 * with no kind evidence must be said twice. Every mention of an accepted name is linked.
 */
export function discoverByShape(
  tokens: Token[],
  taken: Uint8Array,
  context: TechContext,
  catalog: CompiledCatalog,
): Link[] {
  const counts = capitalCounts(tokens);
  // A capitalized word is evidence of a name when the episode writes it capitalized more than not.
  const namelike = (token: Token, i: number): boolean => {
    if (taken[i] || token.key.length < 2 || !/^\p{L}/u.test(token.text)) return false;
    if (STOPWORDS.has(token.norm) || NOT_NAMES.has(token.norm) || /^I[a-z]?$|[a-z]I$/.test(token.text)) return false;
    if (strongShape(token)) return !isCommonWord(token.norm, 100);
    if (!token.capital || token.allCaps) return false;
    const count = counts.get(token.norm) ?? { upper: 0, lower: 0 };
    if (token.sentenceStart) return count.upper > 0 && count.upper >= count.lower && !isCommonWord(token.norm, 300);
    return !isCommonWord(token.norm, 50) || count.upper > 2 * count.lower || givenName(i);
  };
  // `Bill Atkinson`: an everyday word that is also a given name starts a name when a capitalized surname follows.
  const givenName = (i: number): boolean => {
    const next = tokens[i + 1];
    return (
      isFirstName(tokens[i]!.norm) &&
      next !== undefined &&
      next.segment === tokens[i]!.segment &&
      next.capital &&
      !next.afterPunctuation &&
      !isCommonWord(next.norm, 50)
    );
  };

  const runs = new Map<string, NameRun[]>();
  for (let i = 0; i < tokens.length; i++) {
    if (!namelike(tokens[i]!, i)) continue;
    let last = i;
    while (last - i + 1 < MAX_WORDS && !tokens[last]!.possessive) {
      const next = tokens[last + 1];
      if (!next || next.segment !== tokens[i]!.segment || next.afterPunctuation) break;
      if (namelike(next, last + 1) || (next.allCaps && !taken[last + 1])) {
        last++;
        continue;
      }
      const after = tokens[last + 2];
      const joins =
        CONNECTORS.has(next.norm) &&
        next.text === next.text.toLowerCase() &&
        after !== undefined &&
        after.segment === next.segment &&
        namelike(after, last + 2) &&
        last + 2 - i + 1 <= MAX_WORDS;
      if (!joins) break;
      last += 2;
    }
    const label = tokens
      .slice(i, last + 1)
      .map((t) => t.text)
      .join(' ')
      .replace(/['’]s$/, '');
    const key = compactKey(label);
    const list = runs.get(key);
    if (list) list.push({ first: i, last });
    else runs.set(key, [{ first: i, last }]);
    i = last;
  }

  const out: Link[] = [];
  for (const [, found] of [...runs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const first = found[0]!;
    const single = first.first === first.last;
    const text = tokens
      .slice(first.first, first.last + 1)
      .map((t) => t.text)
      .join(' ')
      .replace(/['’]s$/, '');
    const id = slugify(text);
    if (!id || catalog.ids.has(id)) continue;
    const voted = voteKind(found, tokens);
    // A given name alone is a person already named, or nobody we can tell apart (people.ts links it),
    // unless the words around it say it is a thing (`the Quillan language`).
    if (single && isFirstName(tokens[first.first]!.norm) && (!voted || voted === 'Person')) continue;
    // A lone word with no kind evidence, said once, is as likely a stray capital as a name.
    if (!voted && (found.length < 2 || (single && !found.some((r) => context.score(r.first, r.last, 25) >= 1))))
      continue;
    const kind: EntityKind = voted ?? (found.some((r) => strongShape(tokens[r.first]!)) ? 'Software' : 'Organization');
    const entry = { id, name: text, kind };
    for (const run of found)
      out.push({
        entry,
        first: run.first,
        last: run.last,
        via: 'discovered',
        confidence: voted ? 0.55 : 0.45,
        discovered: true,
      });
  }
  return out.sort((a, b) => a.first - b.first);
}
