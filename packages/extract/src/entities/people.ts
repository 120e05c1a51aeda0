import type { Link, LinkSet } from './links.js';
import { isCommonWord, isEnglish } from './lexicon.js';
import type { Token } from './tokenize.js';

/** How far (in tokens) a full name reaches: about a quarter of an hour of talk. */
const REACH = 3000;

/** `Ive`, `Idont`, `meI`: a pronoun "I" glued to a word by speech-to-text, never a name. */
function asrJunk(text: string): boolean {
  const rest = text.slice(1).toLowerCase();
  return (
    /[a-z]I$/.test(text) || (/^I[a-z]/.test(text) && (['ve', 'll', 'd', 'm', 're'].includes(rest) || isEnglish(rest)))
  );
}

/**
 * "Leslie" after "Leslie Smith" is Leslie Smith: a capitalized first or last name alone links to the
 * nearest person of the episode with that name part. Everyday words ("Will", "Bill" as a verb) are
 * linked only when capitalized mid-sentence.
 */
export function resolvePartialNames(tokens: Token[], linkSet: LinkSet): Link[] {
  const links = linkSet.links;
  const taken = linkSet.taken;
  const byPart = new Map<string, { link: Link; at: number }[]>();
  for (const link of links) {
    if (link.entry.kind !== 'Person') continue;
    // The first and last words of every full form (`Ken` from the alias "Ken Iverson" as well as `Kenneth`).
    const parts = new Set<string>();
    for (const full of [link.entry.name, ...(link.entry.aliases ?? [])]) {
      const words = full.toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean);
      if (words.length < 2) continue;
      parts.add(words[0]!);
      parts.add(words[words.length - 1]!);
    }
    for (const part of parts) {
      if (part.length < 3) continue;
      const list = byPart.get(part) ?? [];
      list.push({ link, at: link.first });
      byPart.set(part, list);
    }
  }
  const out: Link[] = [];
  if (byPart.size === 0) return out;
  tokens.forEach((token, i) => {
    if (taken[i] || !token.capital || asrJunk(token.text)) return;
    const people = byPart.get(token.norm);
    if (!people) return;
    if (isCommonWord(token.norm, 300) && token.sentenceStart) return;
    let best: { link: Link; at: number } | undefined;
    for (const person of people) {
      const d = Math.abs(person.at - i);
      if (d <= REACH && (!best || d < Math.abs(best.at - i))) best = person;
    }
    if (!best) return;
    const others = people.filter((p) => p.link.entry.id !== best.link.entry.id && Math.abs(p.at - i) <= REACH);
    // Two people with this name nearby: only the clearly nearer one.
    if (others.some((p) => Math.abs(p.at - i) < 2 * Math.abs(best.at - i))) return;
    out.push({
      entry: best.link.entry,
      first: i,
      last: i,
      via: 'alias',
      confidence: 0.8,
      discovered: best.link.discovered,
    });
  });
  return out;
}
