import type { EntityKind } from '../types.js';
import type { KindOf } from './kinds.js';
import { FILLER_PAIRS } from './lexicon.js';
import type { NarratorOf } from './narrator.js';
import type { Placed, Words } from './words.js';

/** A mention, or a pronoun resolved to the entities it stands for: what relation patterns pair up. */
export interface Item {
  entities: string[];
  /** Words of the item itself (the name, or the pronoun). */
  first: number;
  last: number;
  /** First word of the named mention, so that every quote contains the entity's name. */
  anchor: number;
  confidence: number;
  pronoun: boolean;
  /** A pronoun in object position ("we can do it"): never the subject of a relation. */
  objectOnly: boolean;
  /** The narrator, read from "I", "me", "my". */
  narrator?: boolean;
  /** The narrator as possessor ("my time at X"): a subject only through a role noun. */
  possessor?: boolean;
}

type Want = 'person' | 'thing' | 'made' | 'group';

interface Anaphor {
  want: Want;
  /** May stand for a coordinated list ("these projects", "they"). */
  plural: boolean;
  /** How far back (in words) rival antecedents are looked for. */
  reach: number;
  /** How far back the antecedent itself may be (default: reach). */
  near?: number;
  width: number;
}

const SINGLE: Record<string, Omit<Anaphor, 'width'>> = {
  he: { want: 'person', plural: false, reach: 90 },
  "he's": { want: 'person', plural: false, reach: 90 },
  she: { want: 'person', plural: false, reach: 90 },
  "she's": { want: 'person', plural: false, reach: 90 },
  it: { want: 'thing', plural: false, reach: 20, near: 12 },
  "it's": { want: 'thing', plural: false, reach: 20, near: 12 },
  they: { want: 'group', plural: true, reach: 25 },
  "they're": { want: 'group', plural: true, reach: 25 },
};

/**
 * First-person words: the narrator as subject (or possessor, "my time at X"), or as object only. Not
 * "we": it stands for a team or a company as often as for the speaker ("we also ship Ubuntu").
 */
const FIRST_PERSON: Record<string, { objectOnly: boolean; possessor?: boolean }> = {
  i: { objectOnly: false },
  "i'm": { objectOnly: false },
  "i've": { objectOnly: false },
  "i'd": { objectOnly: false },
  my: { objectOnly: false, possessor: true },
  me: { objectOnly: true },
};

const DEMONSTRATIVE = new Set(['this', 'that', 'these', 'those']);
const DEMONSTRATED = new Set([
  'work',
  'project',
  'projects',
  'language',
  'languages',
  'library',
  'libraries',
  'framework',
  'frameworks',
  'tool',
  'tools',
  'idea',
  'technique',
  'approach',
  'research',
  'compiler',
  'compilers',
  'company',
  'chip',
  'system',
  'systems',
  'paper',
  'algorithm',
  'method',
  'benchmark',
  'dataset',
  'competition',
  'things',
]);

const ARTIFACTS = new Set([
  'work',
  'project',
  'projects',
  'language',
  'languages',
  'library',
  'libraries',
  'framework',
  'frameworks',
  'tool',
  'tools',
  'compiler',
  'compilers',
  'chip',
  'system',
  'systems',
]);

const VERB_CONTEXT = new Set(['at', 'for', 'on', 'with', 'in', 'together', 'well', 'out', 'hard', 'there']);

function anaphorAt(words: Words, i: number): Anaphor | null {
  const word = words.norm(i);
  const single = SINGLE[word];
  if (single) return { ...single, width: 1 };
  if (!DEMONSTRATIVE.has(word)) return null;
  const next = words.norm(i + 1);
  // "people that work at Google": "work" is a verb there.
  const verbal = next === 'work' && VERB_CONTEXT.has(words.norm(i + 2));
  if (DEMONSTRATED.has(next) && !verbal) {
    // "this work", "these projects" stand for made things, not for the topics talked about.
    return { want: ARTIFACTS.has(next) ? 'made' : 'thing', plural: true, reach: 60, width: 2 };
  }
  return null;
}

function fits(want: Want, kind: EntityKind | undefined): boolean {
  if (want === 'person') return kind === 'Person';
  if (want === 'made') return kind === 'Software' || kind === 'ProgrammingLanguage';
  if (want === 'group') return kind !== 'Person' && kind !== 'Place';
  return kind !== 'Person' && kind !== 'Place' && kind !== 'Organization';
}

/** Words after which "it" or "they" is an object ("do it", "with it"), not a subject. */
const OBJECT_CONTEXT = new Set([
  'do',
  'did',
  'does',
  'doing',
  'done',
  'make',
  'made',
  'use',
  'used',
  'using',
  'with',
  'to',
  'of',
  'for',
  'on',
  'in',
  'about',
  'at',
  'by',
  'from',
  'into',
  'than',
  'like',
  'get',
  'got',
  'try',
  'tried',
  'run',
  'put',
  'call',
  'see',
  'saw',
  'love',
  'loved',
  'read',
  'train',
  'trained',
  'teach',
  'write',
  'wrote',
  'designed',
  'created',
  'built',
  'want',
  'need',
  'fix',
  'program',
  'learn',
  'learned',
  'change',
  'released',
  'introduced',
  'developed',
  'invented',
]);

/** Words within which the nearest fitting entity may win over others named three times further back. */
const NEAR = 12;

/** Words that follow a subject: a name right before one of them is the subject of its clause. */
const AUXILIARY = new Set([
  'is',
  'was',
  'are',
  'were',
  'can',
  'could',
  'will',
  'would',
  'has',
  'had',
  'have',
  'does',
  'did',
  'should',
  'might',
  'may',
  'must',
  "'s",
]);

/** Character codes of the letters anaphors start with (h, s, i, t, m). */
const ANAPHOR_INITIALS = new Set([0x68, 0x73, 0x69, 0x74, 0x6d]);

const LIST_GLUE = new Set(['and', 'or', '']);

/**
 * Interleaves resolved pronouns with the mentions. A pronoun is resolved only when it is safe:
 * exactly one entity of a fitting kind was named within reach, or (for plural anaphors) the
 * nearest fitting mentions form one coordinated list ("tile and MLIR and TVM ... this work").
 */
export function withAnaphora(words: Words, placed: Placed[], kindOf: KindOf, narratorOf: NarratorOf): Item[] {
  const items: Item[] = [];
  let next = 0;
  for (let i = 0; i < words.length; i++) {
    const p = placed[next];
    if (p && p.first <= i) {
      const { entity, first, last, confidence } = p;
      items.push({ entities: [entity], first, last, anchor: first, confidence, pronoun: false, objectOnly: false });
      next++;
      i = p.last;
      continue;
    }
    // Anaphors start with h, s, i, t or m and are short: most words are ruled out before being read.
    const from = words.from[i]!;
    if (words.to[i]! - from > 8) continue;
    const initial = words.texts[words.segment[i]!]!.charCodeAt(from) | 0x20;
    if (!ANAPHOR_INITIALS.has(initial)) continue;
    const person = FIRST_PERSON[words.norm(i)];
    // "I think", "I mean" are fillers, dropped from the words between two mentions.
    if (person && FILLER_PAIRS.has(`${words.norm(i)} ${words.norm(i + 1)}`)) continue;
    if (person) {
      const narrator = narratorOf(i);
      if (narrator) {
        items.push({
          entities: [narrator],
          first: i,
          last: i,
          anchor: i,
          confidence: 0.9,
          pronoun: true,
          narrator: true,
          ...person,
        });
      }
      continue;
    }
    const anaphor = anaphorAt(words, i);
    if (!anaphor || (p && p.first < i + anaphor.width)) continue;
    const resolved = resolve(items, words, i, anaphor, kindOf);
    if (resolved) {
      // "like it" is an object; "it can be like, it can ..." starts a clause after the comma.
      const objectOnly = anaphor.width === 1 && OBJECT_CONTEXT.has(words.norm(i - 1)) && !words.commaAfter(i - 1);
      items.push({ ...resolved, first: i, last: i + anaphor.width - 1, pronoun: true, objectOnly });
      i += anaphor.width - 1;
    }
  }
  return items;
}

function resolve(
  items: Item[],
  words: Words,
  at: number,
  anaphor: Anaphor,
  kindOf: KindOf,
): Omit<Item, 'first' | 'last' | 'pronoun' | 'objectOnly'> | null {
  const candidates: Item[] = [];
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k]!;
    if (at - item.last > anaphor.reach) break;
    // "he" or "it" never stands for the narrator.
    if (item.narrator) continue;
    // "it" does not chain through other pronouns: each one must sit near a name.
    if (item.pronoun && anaphor.want === 'thing' && !anaphor.plural) continue;
    if (item.entities.every((e) => fits(anaphor.want, kindOf(e)))) candidates.push(item);
  }
  if (candidates.length === 0) return null;
  const nearest = candidates[0]!;
  const distance = at - nearest.last;
  if (distance > (anaphor.near ?? anaphor.reach)) return null;
  const distinct = new Set(candidates.flatMap((c) => c.entities));
  // A lone "they" is an organization ("Google ... they"), never a single thing.
  const lone = !(anaphor.want === 'group' && kindOf([...distinct][0]!) !== 'Organization');
  if (distinct.size === 1)
    return lone ? { entities: [...distinct], anchor: nearest.anchor, confidence: nearest.confidence * 0.9 } : null;
  if (anaphor.plural) {
    const list = coordinatedList(candidates, words);
    if (list) return list;
  }
  // Several fitting entities within reach: still safe when the nearest was named just before and
  // every other one much further back ("Chris Lattner was at Google and he ...").
  const rival = candidates.find((c) => c.entities.some((e) => !nearest.entities.includes(e)))!;
  if (nearest.entities.length !== 1 || distance > NEAR) return null;
  // The subject of the clause just before wins over names that were no subject ("Python for
  // TensorFlow. But Swift for TensorFlow is another story. It ...").
  const subject = (c: Item) => AUXILIARY.has(words.norm(c.last + 1));
  const onlySubject = subject(nearest) && !candidates.some((c) => c !== nearest && subject(c));
  if (!onlySubject && at - rival.last < 3 * distance) return null;
  if (anaphor.want === 'group' && kindOf(nearest.entities[0]!) !== 'Organization') return null;
  return { entities: nearest.entities, anchor: nearest.anchor, confidence: nearest.confidence * 0.8 };
}

/** The coordinated list ending at the nearest candidate ("tile and ml ir and t vm"), if it names several. */
function coordinatedList(
  candidates: Item[],
  words: Words,
): Omit<Item, 'first' | 'last' | 'pronoun' | 'objectOnly'> | null {
  const list = [candidates[0]!];
  for (let k = 1; k < candidates.length; k++) {
    const previous = candidates[k]!;
    const current = list[list.length - 1]!;
    if (current.first - previous.last - 1 > 2) break;
    let glued = true;
    for (let t = previous.last + 1; t < current.first; t++) glued &&= LIST_GLUE.has(words.norm(t));
    if (!glued) break;
    list.push(previous);
  }
  const entities = [...new Set(list.flatMap((c) => c.entities))];
  if (entities.length < 2) return null;
  const confidence = Math.min(...list.map((c) => c.confidence)) * 0.8;
  return { entities: entities.sort(), anchor: list[list.length - 1]!.anchor, confidence };
}
