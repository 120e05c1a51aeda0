import type { Transcript } from '@talkgraph/transcript';
import type { EpisodeInfo, Mention, Relation, RelationType } from '../types.js';
import { withAnaphora, type Item } from './anaphora.js';
import { evidenceOf } from './evidence.js';
import { narrators } from './narrator.js';
import { kindLookup, typeFor, type KindOf, type KindSources } from './kinds.js';
import { FILLER_PAIRS, FILLERS, NEGATION } from './lexicon.js';
import { PRE_BRIDGE, RULES, type Rule } from './rules.js';
import { cmp, wordStream, type Words } from './words.js';

export interface RelationOptions extends KindSources {
  episode: EpisodeInfo;
}

/** At most this many words between two mentions for a pattern to link them. */
const MAX_GAP = 24;
/** At most this many words between for a rule anchored at both ends (unless it says otherwise). */
const ANCHORED_WORDS = 12;
/** At most this many words between two entities read across a concept between them. */
const SKIP_GAP = 12;
/** Statements a trial reading needs to see for subjects to carry over. */
const CARRY_WINDOW = 16;
/** A subject carries over to a following clause ("... and then went on to create X") this far. */
const CARRY_REACH = 30;
const CONJUNCTION = /^(?:and|then|who|but|so|before|after|later|went|also)(?: |$)/;

interface Found {
  source: string;
  target: string;
  relation: RelationType;
  confidence: number;
  first: number;
  last: number;
  /** Items the statement ties together: the source's and the target's. */
  sourceItem: number;
  targetItem: number;
  /** Found by an identity rule ("Kotlin, which is a JVM language") or an object relative. */
  identity?: boolean;
  relative?: boolean;
}

/** Makers' statements that carry over from a name to the name it is identified with. */
const MAKING = new Set<RelationType>(['created', 'founded', 'leads', 'authored', 'discovered']);

/**
 * Typed, directed relations stated in a transcript, one per statement, each with the quote that
 * states it (the words from the first entity's name to the end of the statement).
 */
export function extractRelations(transcript: Transcript, mentions: Mention[], options: RelationOptions): Relation[] {
  const { words, placed } = wordStream(transcript, mentions);
  const kindOf = kindLookup(options);
  const items = withAnaphora(words, placed, kindOf, narrators(transcript, words, placed, options.entities ?? []));
  const found: Found[] = [];

  let linkedBefore = false;
  // A trial reading of the next pair that found nothing: the real reading would find nothing either.
  let knownUnlinked = -1;
  for (let i = 0; i + 1 < items.length; i++) {
    const linked = knownUnlinked !== i && pair(i, i + 1, items, words, kindOf, found);
    // A topic named in passing ("the director of AI at Tesla") may stand between two entities: read
    // across a lone concept that is linked to neither neighbour.
    const middle = items[i + 1]!;
    const next = items[i + 2];
    if (!linked && !linkedBefore && next && !middle.pronoun && middle.entities.every((e) => kindOf(e) === 'Concept')) {
      const lone = !pair(i + 1, i + 2, items, words, kindOf, found.slice(-CARRY_WINDOW));
      if (lone) knownUnlinked = i + 1;
      if (lone && next.first - items[i]!.last - 1 <= SKIP_GAP) pair(i, i + 2, items, words, kindOf, found);
    } else if (
      !linked &&
      next &&
      modifier(middle, next, words, kindOf) &&
      next.first - items[i]!.last - 1 <= SKIP_GAP
    ) {
      // A maker's name used as a modifier ("the best NVIDIA GPUs") does not stand between two entities.
      pair(i, i + 2, items, words, kindOf, found);
    }
    linkedBefore = linked;
  }
  return finish(transcript, words, found, options.episode.id);
}

/** An organization's name written right before another name, qualifying it ("NVIDIA GPUs"). */
function modifier(item: Item, next: Item, words: Words, kindOf: KindOf): boolean {
  return (
    !item.pronoun &&
    !next.pronoun &&
    next.first === item.last + 1 &&
    !words.commaAfter(item.last) &&
    item.entities.every((e) => kindOf(e) === 'Organization') &&
    next.entities.every((e) => kindOf(e) !== 'Organization' && kindOf(e) !== 'Person')
  );
}

/** Reads the words between items ai and bi against the rules; true when a statement was found. */
function pair(ai: number, bi: number, items: Item[], words: Words, kindOf: KindOf, found: Found[]): boolean {
  const a = items[ai]!;
  const b = items[bi]!;
  if (b.first - a.last - 1 > MAX_GAP || crossesSentence(words, a.last, b.first)) return false;
  if (a.entities.length === 1 && b.entities.length === 1 && a.entities[0] === b.entities[0]) return false;
  const gap = gapText(words, a.last + 1, b.first);
  if (NEGATION.test(lastWords(gap, 5))) return false;
  // "Guido, who left Google for Dropbox, wrote mypy": a comma right after A closes a parenthesis, so
  // A is no subject of the verb that follows (appositions and relatives after the comma still are).
  const closed = !a.pronoun && words.commaAfter(a.last);
  const gapWords = gap.split(' ');
  for (const rule of RULES) {
    const matched = matchRule(rule, gap, gapWords, words, a, b, closed);
    if (matched === null) continue;
    // "Caffe and Keras, then we switched to MXNet and Keras": what stays on both sides was not
    // replaced, though the conjuncts before it were.
    if (rule.relation === 'competes_with' && keptAcross(a, bi, items, words)) {
      const before = found.length;
      coordinate(rule, ai, bi, matched.tail, items, words, kindOf, found, false);
      if (found.length > before) return true;
      continue;
    }
    const emitted = emit(rule, ai, bi, matched.tail, items, words, kindOf, found);
    if (emitted.length === 0) continue;
    for (const f of emitted) f.first = Math.min(f.first, a.first - matched.lead);
    // A name used as a modifier qualifies one noun: "Google GCP, Google Cloud and AWS".
    if (!rule.adjacent) coordinate(rule, ai, bi, matched.tail, items, words, kindOf, found);
    return true;
  }
  return false;
}

/** A's entity is also a conjunct of B ("... to TensorFlow and Keras"). */
function keptAcross(a: Item, bi: number, items: Item[], words: Words): boolean {
  for (let k = bi + 1; k < items.length && k - bi <= 3; k++) {
    if (!COORDINATOR.test(gapText(words, items[k - 1]!.last + 1, items[k]!.first))) return false;
    if (items[k]!.entities.some((e) => a.entities.includes(e))) return true;
  }
  return false;
}

/** A negation voids a statement when it sits by the verb ("was not built on"), not far before it. */
function lastWords(text: string, n: number): string {
  let at = text.length;
  for (let k = 0; k < n && at > 0; k++) at = text.lastIndexOf(' ', at - 1);
  return at <= 0 ? text : text.slice(at + 1);
}

function crossesSentence(words: Words, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (words.sentenceEnd(t)) return true;
  return false;
}

/** The words between two mentions as the patterns read them: lower-case, fillers dropped. */
function gapText(words: Words, from: number, to: number): string {
  const out: string[] = [];
  for (let t = from; t < to; t++) {
    const word = words.norm(t);
    if (!word || FILLERS.has(word)) continue;
    const previous = out[out.length - 1];
    if (previous !== undefined && FILLER_PAIRS.has(`${previous} ${word}`)) {
      out.pop();
      continue;
    }
    out.push(word);
  }
  return out.join(' ');
}

function wordsAround(words: Words, from: number, to: number): string {
  const out: string[] = [];
  for (let t = Math.max(from, 0); t < Math.min(to, words.length); t++) {
    const word = words.norm(t);
    if (word) out.push(word);
  }
  return out.join(' ');
}

/** Null when the rule does not match; else how many words before A and after B belong to the statement. */
function matchRule(
  rule: Rule,
  gap: string,
  gapWords: string[],
  words: Words,
  a: Item,
  b: Item,
  closed: boolean,
): { lead: number; tail: number } | null {
  if ((rule.direction === 'forward' ? a : b).objectOnly) return null;
  if (closed && rule.direction === 'forward' && !OPENS_APPOSITION.test(gap)) return null;
  if (rule.unless?.test(gap) || (rule.notNarrator && a.narrator)) return null;
  if (rule.role && a.pronoun && !COPULA.test(gap) && !/'(?:m|s|re)$/.test(words.norm(a.last))) return null;
  if (a.possessor && !POSSESSED_ROLE.test(gap)) return null;
  if (rule.plural && (a.pronoun || !words.norm(a.last).endsWith('s'))) return null;
  if (rule.adjacent && (a.pronoun || b.pronoun || b.first !== a.last + 1 || words.commaAfter(a.last))) return null;
  if (rule.possessive && (a.pronoun || !(gap.startsWith("'") || /'s$|s'$/.test(words.norm(a.last))))) return null;
  if (gapWords.length > (rule.maxWords ?? (rule.pre ? MAX_GAP : ANCHORED_WORDS))) return null;
  const needs = rule.needs;
  if (needs && !(needs instanceof RegExp ? needs.test(gap) : gapWords.some((w) => needs.has(w)))) return null;
  const statement = rule.gap.exec(gap);
  if (!statement) return null;
  if (rule.pre && statement.index > 0) {
    const bridge = gap.slice(0, statement.index + 1);
    if (!PRE_BRIDGE.test(bridge)) return null;
    // "it" in the bridge points back to A ("Kotlin, it was built on"), never to the narrator.
    if (a.narrator && BACK_REFERENCE.test(bridge)) return null;
  }
  let lead = 0;
  if (rule.before) {
    const before = rule.before.exec(wordsAround(words, a.first - 12, a.first));
    if (!before) return null;
    // The words that state it belong to the quote ("the developer of Swift, Chris Lattner").
    let count = before[0].trim().split(' ').length;
    let t = a.first - 1;
    for (; t >= 0 && count > 0; t--) if (words.norm(t)) count--;
    lead = a.first - (t + 1);
  }
  if (!rule.after) return { lead, tail: 0 };
  const after = rule.after.exec(wordsAround(words, b.last + 1, b.last + 9));
  if (!after) return null;
  if (after[0] === '') return { lead, tail: 0 };
  // Words matched, counted on to words (empty norms are punctuation-only words: skip them too).
  let count = after[0].split(' ').length;
  let t = b.last + 1;
  for (; t < words.length && count > 0; t++) if (words.norm(t)) count--;
  return { lead, tail: t - 1 - b.last };
}

function emit(
  rule: Rule,
  ai: number,
  bi: number,
  tail: number,
  items: Item[],
  words: Words,
  kindOf: KindOf,
  found: Found[],
): Found[] {
  const [si, ti] = rule.direction === 'forward' ? [ai, bi] : [bi, ai];
  const source = items[si]!;
  const target = items[ti]!;
  const a = items[ai]!;
  const b = items[bi]!;
  const out: Found[] = [];
  for (const targetEntity of target.entities) {
    for (const sourceEntity of source.entities) {
      const relation = typed(rule, sourceEntity, targetEntity, kindOf);
      if (relation === null || sourceEntity === targetEntity) continue;
      out.push({
        source: sourceEntity,
        target: targetEntity,
        relation,
        confidence: confidenceOf(rule, [source, target], sourceEntity, targetEntity, kindOf),
        first: Math.min(a.anchor, b.anchor),
        last: b.last + tail,
        sourceItem: si,
        targetItem: ti,
        identity: rule.identity,
        relative: rule.relative,
      });
    }
  }
  if (out.length === 0 && rule.direction === 'forward')
    out.push(...carried(rule, ai, bi, tail, items, words, kindOf, found));
  out.push(...identified(out, kindOf, found));
  found.push(...out);
  return out;
}

/**
 * "Kotlin, which is a JVM language, designed by JetBrains": the maker of the name an entity
 * was just identified with made the entity too.
 */
function identified(out: Found[], kindOf: KindOf, found: Found[]): Found[] {
  const extra: Found[] = [];
  for (const f of out) {
    if (!MAKING.has(f.relation)) continue;
    for (let k = found.length - 1; k >= 0 && k >= found.length - 4; k--) {
      const same = found[k]!;
      if (!same.identity || same.targetItem !== f.targetItem || same.source === f.source) continue;
      const relation = typeFor(f.relation, kindOf(f.source), kindOf(same.source));
      if (relation === null) continue;
      extra.push({
        ...f,
        target: same.source,
        relation,
        confidence: Math.round(f.confidence * 85) / 100,
        first: Math.min(f.first, same.first),
        targetItem: same.sourceItem,
        identity: false,
      });
    }
  }
  return extra;
}

/** The relation type for these entities, or null when the rule or the kinds rule them out. */
function typed(rule: Rule, source: string, target: string, kindOf: KindOf): RelationType | null {
  const sourceKind = kindOf(source);
  const targetKind = kindOf(target);
  if (rule.source && sourceKind !== undefined && !rule.source.includes(sourceKind)) return null;
  if (rule.target && targetKind !== undefined && !rule.target.includes(targetKind)) return null;
  return typeFor(rule.relation, sourceKind, targetKind);
}

function confidenceOf(rule: Rule, items: Item[], source: string, target: string, kindOf: KindOf): number {
  let confidence = rule.confidence * Math.min(...items.map((item) => item.confidence));
  if (kindOf(source) === undefined || kindOf(target) === undefined) confidence *= 0.8;
  return Math.round(confidence * 100) / 100;
}

/**
 * "Chris Lattner created Swift at Apple", "Anders Hejlsberg ... and then went on to create .NET":
 * when A cannot be the subject, the subject of the statement just before carries over, if A was
 * that statement's object or the words between open a new clause.
 */
function carried(
  rule: Rule,
  ai: number,
  bi: number,
  tail: number,
  items: Item[],
  words: Words,
  kindOf: KindOf,
  found: Found[],
): Found[] {
  const a = items[ai]!;
  const b = items[bi]!;
  const opensClause = CONJUNCTION.test(gapText(words, a.last + 1, b.first));
  // Subjects of the statements A was the object of, or else of the latest statement if a clause opens;
  // for an object relative A was the subject of ("Access, a program that Microsoft produced, part of
  // Office"), the clause's head.
  const subjects: Found[] = [];
  for (let k = found.length - 1; k >= 0; k--) {
    const previous = found[k]!;
    if (a.first - previous.last > CARRY_REACH) break;
    if (previous.relative && previous.sourceItem === ai) {
      const head: Found = { ...previous, source: previous.target, sourceItem: previous.targetItem };
      if (!subjects.some((s) => s.source === head.source)) subjects.push(head);
      continue;
    }
    if (previous.targetItem === ai || (opensClause && subjects.length === 0 && previous.targetItem < ai)) {
      if (!subjects.some((s) => s.source === previous.source)) subjects.push(previous);
      if (previous.targetItem !== ai) break;
    }
  }
  const out: Found[] = [];
  for (const previous of subjects.reverse()) {
    const subject = items[previous.sourceItem]!;
    for (const targetEntity of b.entities) {
      const relation = typed(rule, previous.source, targetEntity, kindOf);
      if (relation === null || previous.source === targetEntity) continue;
      out.push({
        source: previous.source,
        target: targetEntity,
        relation,
        confidence: Math.round(confidenceOf(rule, [subject, b], previous.source, targetEntity, kindOf) * 85) / 100,
        first: Math.min(subject.anchor, previous.first),
        last: b.last + tail,
        sourceItem: previous.sourceItem,
        targetItem: bi,
      });
    }
  }
  return out;
}

const OPENS_APPOSITION = new RegExp(
  "^(?:$|(?:who|which|that)(?:'s)?|whose|the|a|an|is|was|are|were|has|had|have|'s|now|then|also|previously|formerly|" +
    'one|co-?founder|founder|creator|inventor|president|ceo|head)(?: |$)',
);

/** How a pronoun takes a role: "I was the CEO of", "he became the head of", "we're the makers of". */
const COPULA =
  /^(?:(?:who|that|now|then|still|once|later|also) )*(?:is|was|are|were|'s|'re|'m|be|been|became|become|becomes|am|has been|had been|have been|as)(?: |$)/;

/** Words of a bridge that point back to the subject. */
const BACK_REFERENCE = /(?:^| )(?:it|it's|its|this|these|those)(?: |$)/;

/** What "my" or "our" may own for the narrator to be the subject: a time or a role ("my time at X"). */
const POSSESSED_ROLE =
  /^(?:(?:first|last|old|previous|former|whole|early|own|\S+'s) )?(?:time|job|years?|days|stint|role|position|tenure|internship|career|team|group|lab)(?: |$)/;

const COORDINATOR = /^(?:and|or|and also|as well as|along with)$/;

/** At most this many conjuncts on either side of a statement share it. */
const MAX_CONJUNCTS = 5;

/**
 * "Ken Iverson and Roger Hui designed J", "wrote Halide and TVM", "Tile, MLIR and TVM sit on top of
 * Halide": the rule holds for each conjunct of a list. Conjuncts are joined by "and", "or" (or a comma
 * in punctuated text) and alike: "Ken Iverson and Roger Hui", not "DAWNBench and fast.ai".
 */
function coordinate(
  rule: Rule,
  ai: number,
  bi: number,
  tail: number,
  items: Item[],
  words: Words,
  kindOf: KindOf,
  found: Found[],
  after = true,
): void {
  const a = items[ai]!;
  const b = items[bi]!;
  const joined = (x: Item, y: Item) => {
    if (x.pronoun || y.pronoun || kindOf(x.entities[0]!) !== kindOf(y.entities[0]!)) return false;
    const between = gapText(words, x.last + 1, y.first);
    // Punctuated lists: "Django, Flask, Pyramid".
    return COORDINATOR.test(between) || (between === '' && words.commaAfter(x.last));
  };
  // A conjunct before A must not be the object of a statement of its own ("was at Google and he ...").
  for (let k = ai - 1; k >= 0 && ai - k <= MAX_CONJUNCTS && joined(items[k]!, items[k + 1]!); k--) {
    if (found.some((f) => f.targetItem === k)) break;
    const list = [...items];
    list[ai] = items[k]!;
    emitFor(rule, list, ai, bi, tail, words, kindOf, found, items[k]!.anchor);
  }
  for (let k = bi + 1; after && k < items.length && k - bi <= MAX_CONJUNCTS && joined(items[k - 1]!, items[k]!); k++) {
    const list = [...items];
    list[bi] = items[k]!;
    emitFor(rule, list, ai, bi, Math.max(0, b.last + tail - items[k]!.last), words, kindOf, found, a.anchor);
  }
  // "Jonathan Ragan-Kelley wrote Halide with Andrew Adams": the partner made it too.
  const partner = items[bi + 1];
  if (
    after &&
    partner &&
    !partner.pronoun &&
    rule.direction === 'forward' &&
    SHARED_MAKING.has(rule.relation) &&
    kindOf(partner.entities[0]!) === kindOf(a.entities[0]!) &&
    PARTNER.test(gapText(words, b.last + 1, partner.first))
  ) {
    const list = [...items];
    list[ai] = partner;
    const added = emit(rule, ai, bi, 0, list, words, kindOf, []);
    for (const f of added)
      found.push({ ...f, first: a.anchor, last: partner.last, confidence: Math.round(f.confidence * 85) / 100 });
  }
}

/** Statements a partner named with "with" shares ("wrote Halide with Andrew Adams"). */
const SHARED_MAKING = new Set<RelationType>(['created', 'founded', 'authored', 'discovered']);
const PARTNER = /^(?:with|together with|along with|alongside)$/;

function emitFor(
  rule: Rule,
  list: Item[],
  ai: number,
  bi: number,
  tail: number,
  words: Words,
  kindOf: KindOf,
  found: Found[],
  first: number,
): void {
  const added = emit(rule, ai, bi, tail, list, words, kindOf, []);
  for (const f of added)
    found.push({ ...f, first: Math.min(f.first, first), confidence: Math.round(f.confidence * 90) / 100 });
}

/** One relation per statement, in transcript order: repeated findings over the same words collapse. */
function finish(transcript: Transcript, words: Words, found: Found[], episode: string): Relation[] {
  const sorted = [...found].sort(
    (x, y) =>
      x.first - y.first ||
      x.last - y.last ||
      cmp(x.source, y.source) ||
      cmp(x.relation, y.relation) ||
      cmp(x.target, y.target) ||
      y.confidence - x.confidence,
  );
  const kept: Found[] = [];
  const lastEnd = new Map<string, number>();
  for (const f of sorted) {
    const key = `${f.source}\u0000${f.relation}\u0000${f.target}`;
    const end = lastEnd.get(key);
    if (end !== undefined && f.first <= end) continue;
    lastEnd.set(key, f.last);
    kept.push(f);
  }
  return kept.map((f) => ({
    source: f.source,
    target: f.target,
    relation: f.relation,
    confidence: f.confidence,
    evidence: evidenceOf(transcript, words, f.first, f.last, episode),
  }));
}
