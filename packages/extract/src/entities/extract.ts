import type { Transcript } from '@talkgraph/transcript';
import type { EpisodeInfo, ExtractedEntity, Mention } from '../types.js';
import { acceptSoundAlike, acceptWeak, candidatesOf, spanLength } from './candidates.js';
import type { Candidate } from './candidates.js';
import type { Catalog } from './catalog.js';
import { compileCatalog } from './compile.js';
import { TechContext, kindScore } from './context.js';
import { capitalsInform, continueSentences } from './casing.js';
import { discoverConcepts } from './concepts.js';
import { discoverEntities } from './discover.js';
import { findEchoes } from './echoes.js';
import { extendCatalogNames } from './extensions.js';
import { LinkSet } from './links.js';
import { entitiesOf, mentionsOf } from './mentions.js';
import { discoverByShape } from './shapes.js';
import { resolvePartialNames } from './people.js';
import type { PhoneticCandidate } from './phonetic.js';
import type { TrieMatch } from './trie.js';
import { tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';

/** Longest first, then earliest, then most confident: a stable greedy choice of non-overlapping links. */
function byPreference(tokens: Token[], fit?: Map<Candidate, number>) {
  return (a: Candidate, b: Candidate) =>
    spanLength(tokens, b.first, b.last) - spanLength(tokens, a.first, a.last) ||
    a.first - b.first ||
    (fit ? fit.get(b)! - fit.get(a)! : 0) ||
    b.confidence - a.confidence;
}

/** Entities named in a transcript, each with every mention (span, time, speaker, quote, how it was linked). */
export function extractEntities(
  transcript: Transcript,
  options: { episode: EpisodeInfo; catalog: Catalog },
): { entities: ExtractedEntity[]; mentions: Mention[] } {
  const catalog = compileCatalog(options.catalog);
  const tokens: Token[] = [];
  for (const segment of transcript.segments)
    for (const token of tokenize(segment.text, segment.index)) tokens.push(token);
  continueSentences(tokens, transcript);
  const context = new TechContext(tokens);
  const links = new LinkSet(tokens.length, context);
  // Capitals mid-sentence mean the transcript writes names with capitals (so lower case means a word).
  const cased = tokens.filter((t) => t.capital && !t.sentenceStart && t.norm !== 'i').length >= 0.005 * tokens.length;
  const link = (c: Candidate | (PhoneticCandidate & { via: 'phonetic'; confidence: number })) =>
    links.add({
      entry: catalog.entries[c.entry]!,
      first: c.first,
      last: c.last,
      via: c.via,
      confidence: c.confidence,
      discovered: false,
    });

  // 1. Catalog names, aliases and split/joined/plural forms; unambiguous ones first.
  const matches: TrieMatch[] = [];
  for (let i = 0; i < tokens.length; i++) catalog.trie.matchAt(tokens, i, matches);
  const candidates = matches.flatMap((m) => candidatesOf(m, tokens, cased));
  const weak = candidates.filter((c) => c.weak);
  const weakByFirst = new Map<number, Candidate[]>();
  for (const w of weak) {
    const list = weakByFirst.get(w.first);
    if (list) list.push(w);
    else weakByFirst.set(w.first, [w]);
  }
  // A strong name inside a longer weak one (`Apple` in `Apple script`) waits until the longer one is decided.
  const inside = (c: Candidate) => {
    for (let first = c.first; first >= Math.max(0, c.first - 6); first--) {
      for (const w of weakByFirst.get(first) ?? [])
        if (w.last >= c.last && w.last - w.first > c.last - c.first) return true;
    }
    return false;
  };
  const deferred: Candidate[] = [];
  for (const c of candidates.filter((c) => !c.weak).sort(byPreference(tokens))) {
    if (links.overlaps(c.first, c.last)) continue;
    if (inside(c)) deferred.push(c);
    else link(c);
  }

  // 2. Ambiguous names, decided by context; repeated, so that `J and K` next to APL can chain.
  // Where several entries share a name, the kind the nearby words point at is tried first, and the
  // others only if the words point at them too.
  const fit = new Map<Candidate, number>();
  for (const c of weak) fit.set(c, kindScore(tokens, catalog.entries[c.entry]!.kind, c.first, c.last));
  weak.sort(byPreference(tokens, fit));
  const runnerUp = new Set(
    weak.filter((c, i) => i > 0 && weak[i - 1]!.first === c.first && weak[i - 1]!.last === c.last),
  );
  for (let round = 0, changed = true; round < 3 && changed; round++) {
    changed = false;
    for (const c of weak) {
      if (links.overlaps(c.first, c.last) || (runnerUp.has(c) && fit.get(c) === 0)) continue;
      if (!acceptWeak(c, tokens, context, catalog, links, cased)) continue;
      link(c);
      changed = true;
    }
  }
  for (const c of deferred) if (!links.overlaps(c.first, c.last)) link(c);
  // Longer names the catalog lacks (`Windows 95`, `Google Play`): only capitals can show where they end.
  if (cased) extendCatalogNames(tokens, links, catalog);

  // Misheard repeats of names said plainly elsewhere in the episode, before first names take their first word.
  for (const echo of findEchoes(tokens, links, context)) if (!links.overlaps(echo.first, echo.last)) links.add(echo);

  // 3. Surnames of people already named, then sound-alike names in technical talk.
  for (const partial of resolvePartialNames(tokens, links)) links.add(partial);
  const phonetic: PhoneticCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) if (!links.taken[i]) catalog.phonetic.matchAt(tokens, i, phonetic);
  const heard = phonetic
    .filter((p) => acceptSoundAlike(p, tokens, context, catalog, cased))
    .map((p) => ({ ...p, via: 'phonetic' as const, confidence: Math.min(0.85, 0.35 + 0.5 * p.similarity) }))
    .sort((a, b) => b.similarity - a.similarity || a.first - b.first || a.last - b.last);
  for (const p of heard) if (!links.overlaps(p.first, p.last)) link(p);

  // 4. A first or last name alone, after the full name was said nearby.
  for (const partial of resolvePartialNames(tokens, links)) links.add(partial);
  // 5. Names not in the catalog: by their shape where capitals inform; then from cue phrases, compromise (small windows) and acronyms.
  if (capitalsInform(tokens))
    for (const found of discoverByShape(tokens, links.taken, context, catalog))
      if (!links.overlaps(found.first, found.last)) links.add(found);
  for (const found of discoverEntities(tokens, links.taken, context, catalog, cased)) links.add(found);
  for (const partial of resolvePartialNames(tokens, links)) links.add(partial);
  // 6. Technical noun phrases as concepts.
  const segments = new Map(transcript.segments.map((s) => [s.index, s]));
  const known = new Set([...catalog.ids, ...links.links.map((l) => l.entry.id)]);
  for (const concept of discoverConcepts(tokens, links.taken, segments, known)) links.add(concept);

  return { entities: entitiesOf(links.links), mentions: mentionsOf(links.links, tokens, segments, options.episode) };
}
