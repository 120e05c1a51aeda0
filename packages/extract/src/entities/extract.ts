import type { Segment, Transcript } from '@talkgraph/transcript';
import { timeAtOffset } from '@talkgraph/transcript';
import type { CatalogEntry, EntityKind, EpisodeInfo, ExtractedEntity, Mention, Via } from '../types.js';
import type { Catalog } from './catalog.js';
import { compileCatalog } from './compile.js';
import type { CompiledCatalog } from './compile.js';
import { TechContext, kindScore } from './context.js';
import { discoverEntities } from './discover.js';
import type { Discovery } from './discover.js';
import { STOPWORDS, isCommonWord, isEnglish, isFirstName } from './lexicon.js';
import type { PhoneticCandidate } from './phonetic.js';
import { resolvePartialNames } from './people.js';
import type { TrieMatch } from './trie.js';
import { compactKey, tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';

/** A linked span of tokens, before it becomes a Mention. */
export interface Link {
  entry: CatalogEntry;
  first: number;
  last: number;
  via: Via;
  confidence: number;
  discovered: boolean;
}

const QUOTE_WORDS = 8;

function overlaps(taken: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (taken[i]) return true;
  return false;
}

function take(taken: Uint8Array, first: number, last: number): void {
  for (let i = first; i <= last; i++) taken[i] = 1;
}

function spanLength(tokens: Token[], first: number, last: number): number {
  return tokens[last]!.to - tokens[first]!.from;
}

/** Longest first, then most confident, then earliest: a stable greedy choice of non-overlapping links. */
function byPreference<T extends { first: number; last: number; confidence: number }>(tokens: Token[]) {
  return (a: T, b: T) =>
    spanLength(tokens, b.first, b.last) - spanLength(tokens, a.first, a.last) ||
    b.confidence - a.confidence ||
    a.first - b.first;
}

interface Candidate {
  entry: number;
  first: number;
  last: number;
  via: Via;
  confidence: number;
  /** Needs context before it is linked (ambiguous name, everyday words joined, letters read from words). */
  weak: boolean;
  /** The surface is marked ambiguous (or is an everyday word). */
  ambiguous: boolean;
}

function candidatesOf(match: TrieMatch, tokens: Token[], cased: boolean): Candidate[] {
  const span = tokens.slice(match.first, match.last + 1);
  // `do I`, `am i`: pieces of ordinary talk, never a split name.
  if (match.split && span.some((t) => STOPWORDS.has(t.norm))) return [];
  const everyday = span.every((t) => isCommonWord(t.norm, 100) || t.key.length < 2);
  const out: Candidate[] = [];
  for (const surface of match.surfaces) {
    if (surface.upper && cased && span.length === 1 && !match.lettered && !span[0]!.allCaps) continue;
    if (span.length === 1 && STOPWORDS.has(span[0]!.norm) && !span[0]!.allCaps) continue;
    const varied = match.split || match.plural || match.lettered;
    const via: Via = varied ? 'variant' : surface.canonical ? 'exact' : 'alias';
    const confidence = match.split || match.lettered ? 0.85 : match.plural ? 0.9 : surface.canonical ? 0.98 : 0.95;
    if (match.split && everyday && surface.generated) continue;
    // Brands from generated lists are written with their capitals (`ChatBot`, not "a chatbot").
    if (surface.generated && cased && !span.some((t) => t.capital) && /^\p{Lu}/u.test(surface.text)) continue;
    const weak = surface.ambiguous || match.lettered || (match.split && (everyday || span.some((t) => t.key.length === 1)));
    out.push({ entry: surface.entry, first: match.first, last: match.last, via, confidence: weak ? confidence - 0.15 : confidence, weak, ambiguous: surface.ambiguous });
  }
  return out;
}

/** Where linked mentions start and end, and where each name was linked: constant-time context checks. */
interface LinkIndex {
  firsts: Set<number>;
  lasts: Set<number>;
  byName: Map<string, number[]>;
}

/** Whether an ambiguous or weakly formed candidate is meant as the catalog entity here. */
function acceptWeak(
  candidate: Candidate,
  tokens: Token[],
  context: TechContext,
  catalog: CompiledCatalog,
  confirmed: Set<number>,
  linked: LinkIndex,
  transcriptCased: boolean,
): boolean {
  const entry = catalog.entries[candidate.entry]!;
  // `office` near `Microsoft` is Microsoft Office: the rest of the entity's name was said nearby.
  const surfaceKey = tokens.slice(candidate.first, candidate.last + 1).map((t) => t.key).join('');
  const nameKey = compactKey(entry.name);
  if (nameKey.endsWith(surfaceKey) && nameKey.length > surfaceKey.length) {
    const owner = nameKey.slice(0, -surfaceKey.length);
    if ((linked.byName.get(owner) ?? []).some((at) => Math.abs(at - candidate.first) <= 60)) return true;
  }
  // `tensor comprehensions and tile and ml ir`: listed with other linked names.
  const joiner = (i: number) => ['and', 'or'].includes(tokens[i]?.norm ?? '');
  const listed =
    (joiner(candidate.first - 1) && linked.lasts.has(candidate.first - 2)) ||
    (joiner(candidate.last + 1) && linked.firsts.has(candidate.last + 2));
  if (listed && context.score(candidate.first, candidate.last) >= 2) return true;
  const span = tokens.slice(candidate.first, candidate.last + 1);
  const head = span[0]!;
  // A capital that only opens a sentence ("Go to rollbar.com") says nothing about a one-word name.
  const cased = span.every((t) => t.capital || /\d/.test(t.key)) && !(span.length === 1 && head.sentenceStart && isEnglish(head.norm));
  const informative = cased && !head.sentenceStart;
  const called = ['called', 'named'].includes(tokens[candidate.first - 1]?.norm ?? '');
  const known = confirmed.has(candidate.entry);
  // `written in basic`: a language right after "in", in talk about programs.
  if (entry.kind === 'ProgrammingLanguage' && tokens[candidate.first - 1]?.norm === 'in' && context.languageScore(candidate.first, candidate.last, 8) >= 1) {
    return true;
  }
  // An everyday word in lower case ("go", "zoom", "forth") is the entity only once the episode has named it plainly.
  const everyday = isCommonWord(head.norm, 100) || (head.norm.endsWith('s') && isCommonWord(head.norm.slice(0, -1), 100));
  if (!cased && span.length === 1 && head.key.length > 1 && everyday && !known) return false;
  // In a transcript with capitals, a brand or product in lower case ("meta", "apple") is just the word.
  const plainWord = span.length === 1 && isCommonWord(head.norm, 20) && isEnglish(head.norm);
  if (transcriptCased && !cased && plainWord && entry.kind !== 'ProgrammingLanguage' && /^\p{Lu}/u.test(entry.name) && !known && !called) {
    return false;
  }
  if (entry.kind === 'ProgrammingLanguage') {
    if (head.key.length === 1 && span.length === 1) {
      const near = context.languageScore(candidate.first, candidate.last, 6);
      return near >= 2 || called || ((known || informative) && context.languageScore(candidate.first, candidate.last, 12) >= 1);
    }
    const language = context.languageScore(candidate.first, candidate.last, 12);
    if (language < 1 && !called && !(informative && context.score(candidate.first, candidate.last) >= 3)) return false;
  }
  let needed = 2;
  if (informative || called) needed -= 1;
  if (known) needed -= 1;
  // A compound heard as two words (`air table`) is safer than a bare ambiguous word.
  if (candidate.via === 'variant' && !candidate.ambiguous) needed -= 1;
  return context.score(candidate.first, candidate.last, 25) >= Math.max(needed, 1);
}

function quoteOf(segment: Segment, from: number, to: number): string {
  const before = segment.text.slice(0, from).split(/\s+/).filter(Boolean).slice(-QUOTE_WORDS);
  const after = segment.text.slice(to).split(/\s+/).filter(Boolean).slice(0, QUOTE_WORDS);
  return [...before, segment.text.slice(from, to), ...after].join(' ').replace(/\s+/g, ' ').trim();
}

/** Entities named in a transcript, each with every mention (span, time, speaker, quote, how it was linked). */
export function extractEntities(
  transcript: Transcript,
  options: { episode: EpisodeInfo; catalog: Catalog },
): { entities: ExtractedEntity[]; mentions: Mention[] } {
  const catalog = compileCatalog(options.catalog);
  const tokens: Token[] = [];
  for (const segment of transcript.segments) tokens.push(...tokenize(segment.text, segment.index));
  const segmentsByIndex = new Map(transcript.segments.map((s) => [s.index, s]));
  const context = new TechContext(tokens);
  const taken = new Uint8Array(tokens.length);
  const links: Link[] = [];
  const confirmed = new Set<number>();
  const prefer = byPreference<Candidate>(tokens);

  // 1. Catalog names, aliases and split/joined/plural forms.
  const matches: TrieMatch[] = [];
  for (let i = 0; i < tokens.length; i++) catalog.trie.matchAt(tokens, i, matches);
  const midCapitals = tokens.filter((t) => t.capital && !t.sentenceStart && t.norm !== 'i').length;
  const cased = midCapitals >= 0.005 * tokens.length;
  const candidates = matches.flatMap((m) => candidatesOf(m, tokens, cased));
  const strong = candidates.filter((c) => !c.weak).sort(prefer);
  const weak = candidates.filter((c) => c.weak);
  const linked: LinkIndex = { firsts: new Set(), lasts: new Set(), byName: new Map() };
  const link = (c: { entry: number; first: number; last: number; via: Via; confidence: number }) => {
    const entry = catalog.entries[c.entry]!;
    take(taken, c.first, c.last);
    linked.firsts.add(c.first);
    linked.lasts.add(c.last);
    const name = compactKey(entry.name);
    const at = linked.byName.get(name);
    if (at) at.push(c.first);
    else linked.byName.set(name, [c.first]);
    links.push({ entry, first: c.first, last: c.last, via: c.via, confidence: c.confidence, discovered: false });
    context.addMention(c.first, entry.kind === 'ProgrammingLanguage');
  };
  // A strong name inside a longer weak one (`Apple` in `Apple script`) waits until the longer one is decided.
  const weakByFirst = new Map<number, Candidate[]>();
  for (const w of weak) {
    const list = weakByFirst.get(w.first);
    if (list) list.push(w);
    else weakByFirst.set(w.first, [w]);
  }
  const inside = (c: Candidate) => {
    for (let first = c.first; first >= Math.max(0, c.first - 6); first--) {
      for (const w of weakByFirst.get(first) ?? []) if (w.last >= c.last && w.last - w.first > c.last - c.first) return true;
    }
    return false;
  };
  const deferred: Candidate[] = [];
  for (const c of strong) {
    if (overlaps(taken, c.first, c.last)) continue;
    if (inside(c)) {
      deferred.push(c);
      continue;
    }
    link(c);
    confirmed.add(c.entry);
  }
  // 2. Ambiguous names, decided by context; repeated, so that `J and K` next to APL can chain.
  // Where several entries share a name, the kind the nearby words point at is tried first.
  const kindFit = new Map<Candidate, number>();
  for (const c of weak) kindFit.set(c, kindScore(tokens, catalog.entries[c.entry]!.kind, c.first, c.last));
  weak.sort(
    (a, b) =>
      spanLength(tokens, b.first, b.last) - spanLength(tokens, a.first, a.last) ||
      a.first - b.first ||
      kindFit.get(b)! - kindFit.get(a)! ||
      b.confidence - a.confidence,
  );
  const rank = new Map<Candidate, number>();
  weak.forEach((c, i) => {
    const previous = weak[i - 1];
    const same = previous && previous.first === c.first && previous.last === c.last;
    rank.set(c, same ? rank.get(previous)! + 1 : 0);
  });
  for (let round = 0, changed = true; round < 3 && changed; round++) {
    changed = false;
    for (const c of weak) {
      if (overlaps(taken, c.first, c.last)) continue;
      // Another entry with this name, tried after the best-fitting one: only if the words point at it.
      if (rank.get(c)! > 0 && kindFit.get(c)! === 0) continue;
      if (!acceptWeak(c, tokens, context, catalog, confirmed, linked, cased)) continue;
      link(c);
      confirmed.add(c.entry);
      changed = true;
    }
    }
  for (const c of deferred) {
    if (overlaps(taken, c.first, c.last)) continue;
    link(c);
    confirmed.add(c.entry);
  }
  // 3. Sound-alike names in technical talk (after surnames of people already named are taken).
  for (const partial of resolvePartialNames(tokens, links, taken)) {
    take(taken, partial.first, partial.last);
    links.push(partial);
  }
  const phonetic: PhoneticCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) if (!taken[i]) catalog.phonetic.matchAt(tokens, i, phonetic);
  const scored = phonetic
    .filter((p) => {
      const kind = catalog.entries[p.entry]!.kind;
      // Names of people and places are written with a capital when the transcript has capitals at all.
      if ((kind === 'Person' || kind === 'Place') && cased && !tokens[p.first]!.capital && !p.long) return false;
      // `Andrew Cushling` is Andrew's surname, not Gosling's.
      const before = tokens[p.first - 1];
      const entryFirst = catalog.entries[p.entry]!.name.split(' ')[0]!.toLowerCase();
      if (kind === 'Person' && p.first === p.last && before?.capital && isFirstName(before.norm) && before.norm !== entryFirst) return false;
      if (kind !== 'Person' && !p.nonWord) return false;
      // After a function word (`of an EMNIST`), only a close likeness.
      if (STOPWORDS.has(tokens[p.first]!.norm) && !p.long && p.similarity < 0.7) return false;
      return context.score(p.first, p.last, 20) >= (kind === 'Person' && p.similarity >= 0.85 ? 1 : 2);
    })
    .map((p) => ({ ...p, via: 'phonetic' as Via, confidence: Math.min(0.85, 0.35 + 0.5 * p.similarity) }))
    .sort((a, b) => b.similarity - a.similarity || a.first - b.first || a.last - b.last);
  for (const p of scored) {
    if (overlaps(taken, p.first, p.last)) continue;
    link(p);
  }
  // 4. A first or last name alone, after the full name was said nearby.
  for (const partial of resolvePartialNames(tokens, links, taken)) {
    take(taken, partial.first, partial.last);
    links.push(partial);
  }
  // 5. Names not in the catalog, from cue phrases ("a language called X", "a guy called X Y").
  const discoveries: Discovery[] = discoverEntities(tokens, taken, context, catalog, cased);
  for (const found of discoveries) {
    take(taken, found.first, found.last);
    links.push(found);
  }
  for (const partial of resolvePartialNames(tokens, links, taken)) {
    take(taken, partial.first, partial.last);
    links.push(partial);
  }

  links.sort((a, b) => a.first - b.first || a.last - b.last);
  const mentions: Mention[] = links.map((l) => {
    const head = tokens[l.first]!;
    const tail = tokens[l.last]!;
    const segment = segmentsByIndex.get(head.segment)!;
    // A name cut by a caption break: the span ends with its segment, the surface and end time run on.
    const tailSegment = segmentsByIndex.get(tail.segment)!;
    const crosses = tailSegment !== segment;
    const to = crosses ? segment.text.length : tail.to;
    return {
      entity: l.entry.id,
      surface: crosses ? `${segment.text.slice(head.from).trim()} ${tailSegment.text.slice(0, tail.to).trim()}` : segment.text.slice(head.from, to),
      from: head.from,
      to,
      segment: head.segment,
      episode: options.episode.id,
      start: timeAtOffset(segment, head.from),
      end: timeAtOffset(tailSegment, tail.to),
      speaker: segment.speaker,
      quote: quoteOf(segment, head.from, to),
      via: l.via,
      confidence: Math.round(l.confidence * 100) / 100,
    };
  });
  const entities = new Map<string, ExtractedEntity>();
  for (const l of links) {
    if (!entities.has(l.entry.id)) {
      entities.set(l.entry.id, { id: l.entry.id, label: l.entry.name, kind: l.entry.kind as EntityKind, discovered: l.discovered });
    }
  }
  return {
    entities: [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    mentions,
  };
}
