import type { ExtractedEntity } from '@talkgraph/extract';
import { labelWords } from './normalize.js';

/**
 * Person-name resolution within one episode: a one-word person ("Jeremy", "Lattner") is the person
 * of that episode whose full name starts or ends with that word, when exactly one does. Across
 * episodes a first name alone proves nothing, so this never looks beyond the episode.
 * Returns short-name id -> full-name id.
 */
export function resolvePersonNames(entities: readonly ExtractedEntity[]): Map<string, string> {
  const people = entities.filter((entity) => entity.kind === 'Person');
  const full = people
    .map((entity) => ({ id: entity.id, words: labelWords(entity.label) }))
    .filter(({ words }) => words.length >= 2);
  const resolved = new Map<string, string>();
  for (const person of people) {
    const words = labelWords(person.label);
    if (words.length !== 1) continue;
    const matches = new Set(
      full
        .filter((candidate) => candidate.words[0] === words[0] || candidate.words.at(-1) === words[0])
        .map((c) => c.id),
    );
    matches.delete(person.id);
    if (matches.size === 1) resolved.set(person.id, [...matches][0]!);
  }
  return resolved;
}
