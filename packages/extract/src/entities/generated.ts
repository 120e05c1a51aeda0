import { createRequire } from 'node:module';
import * as linguist from 'linguist-languages';
import type { CatalogEntry, EntityKind } from '../types.js';
import { isCommonWord, isEnglish } from './lexicon.js';
import { compactKey, normalizeWord } from './tokenize.js';

const require = createRequire(import.meta.url);

interface LinguistLanguage {
  name: string;
  type: 'programming' | 'markup' | 'data' | 'prose';
  aliases?: string[];
}

interface SimpleIcon {
  title: string;
  slug: string;
  source: string;
  aliases?: { aka?: string[] };
}

export function slugify(name: string): string {
  return normalizeWord(name)
    .replace(/\+/g, 'p')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A generated name is only safe to match when it is not everyday speech: single common words
 * ("Click", "Slack", "Notion") and names made only of common words ("Pure Data") are left to the
 * curated files, which can mark them ambiguous.
 */
function isSafeName(name: string): boolean {
  const key = compactKey(name);
  if (key.length < 3 || /^\d+$/.test(key)) return false;
  const words = normalizeWord(name)
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter(Boolean);
  if (words.length === 0) return false;
  if (words.length === 1) return !isCommonWord(words[0]!, 3);
  // "New API", "Open Data": several words, none of them a name.
  return words.some((word) => word.length >= 4 && !isCommonWord(word, 30) && !isEnglish(word));
}

function linguistEntries(): { entry: CatalogEntry; names: string[] }[] {
  return (Object.values(linguist) as unknown as LinguistLanguage[])
    .filter((language) => typeof language === 'object' && language !== null && 'type' in language)
    .filter((language) => language.type === 'programming' || language.type === 'markup')
    .map((language) => ({
      entry: { id: slugify(language.name), name: language.name, kind: 'ProgrammingLanguage' as EntityKind },
      names: [language.name, ...(language.aliases ?? []).filter((alias) => /[A-Z]/.test(alias) || alias.length > 4)],
    }));
}

function simpleIconEntries(): { entry: CatalogEntry; names: string[] }[] {
  const icons = require('simple-icons/icons.json') as SimpleIcon[];
  return icons.map((icon) => ({
    // Projects whose logo comes from a code forge are software; the rest are mostly companies and brands.
    entry: {
      id: slugify(icon.title),
      name: icon.title,
      kind: (/github\.com|gitlab\.com/.test(icon.source) ? 'Software' : 'Organization') as EntityKind,
    },
    names: [icon.title, ...(icon.aliases?.aka ?? [])],
  }));
}

/** Entries generated from linguist-languages and simple-icons for names no curated entry claims. */
export function generatedEntries(curated: CatalogEntry[]): CatalogEntry[] {
  const ids = new Set(curated.map((entry) => entry.id));
  const claimed = new Set<string>();
  for (const entry of curated) {
    for (const name of [entry.name, ...(entry.aliases ?? []), ...(entry.ambiguous ?? [])])
      claimed.add(compactKey(name));
  }
  const out: CatalogEntry[] = [];
  for (const { entry, names } of [...linguistEntries(), ...simpleIconEntries()]) {
    const keys = names.filter(isSafeName);
    if (!isSafeName(entry.name) || claimed.has(compactKey(entry.name))) continue;
    let id = entry.id || 'entity';
    if (ids.has(id)) id = `${id}-${entry.kind === 'ProgrammingLanguage' ? 'language' : entry.kind.toLowerCase()}`;
    if (ids.has(id)) continue;
    const aliases = [...new Set(keys.filter((name) => name !== entry.name && !claimed.has(compactKey(name))))];
    const distinct = aliases.filter(
      (alias, i) =>
        compactKey(alias) !== compactKey(entry.name) &&
        aliases.findIndex((a) => compactKey(a) === compactKey(alias)) === i,
    );
    ids.add(id);
    claimed.add(compactKey(entry.name));
    for (const alias of distinct) claimed.add(compactKey(alias));
    out.push(distinct.length > 0 ? { ...entry, id, aliases: distinct } : { ...entry, id });
  }
  return out;
}
