import type { CatalogEntry } from '../types.js';
import type { Catalog } from './catalog.js';
import { surfacesOf } from './catalog.js';
import { isCommonWord, isEnglish } from './lexicon.js';
import { PhoneticIndex } from './phonetic.js';
import { SurfaceTrie } from './trie.js';
import { compactKey, normalizeWord } from './tokenize.js';

/** A catalog prepared for matching; built once per Catalog object. */
export interface CompiledCatalog {
  entries: CatalogEntry[];
  trie: SurfaceTrie;
  phonetic: PhoneticIndex;
  /** Ids of catalog entries, so discovered entities never shadow them. */
  ids: Set<string>;
}

const compiled = new WeakMap<Catalog, CompiledCatalog>();

/** Word breaks of a written surface, as offsets in its compact key. */
function breaksOf(surface: string): number[] {
  const words = surface.split(/\s+/).map(compactKey).filter(Boolean);
  const breaks: number[] = [];
  let offset = 0;
  for (const word of words.slice(0, -1)) {
    offset += word.length;
    breaks.push(offset);
  }
  return breaks;
}

/** A surface that is an everyday word ("Swift", "Access") is linked only in context, marked or not. */
function everyday(surface: string): boolean {
  const words = normalizeWord(surface).split(/\s+/);
  if (words.length !== 1) return false;
  // Frequent in speech *and* a dictionary word: "mimic", "swift"; not "Google", frequent as a name.
  return isCommonWord(words[0]!, 300) || (isCommonWord(words[0]!, 30) && isEnglish(words[0]!));
}

export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const cached = compiled.get(catalog);
  if (cached) return cached;
  const trie = new SurfaceTrie();
  const phonetic = new PhoneticIndex();
  const generated = catalog.generated ?? new Set<string>();
  catalog.entries.forEach((entry, index) => {
    for (const { surface, ambiguous } of surfacesOf(entry)) {
      const key = compactKey(surface);
      // Curated data marks its own ambiguous names; generated names that are everyday words need context.
      // A name whose letters run together spell an everyday word (`Model S` -> "models") needs context too.
      const spellsWord = /\s/.test(surface.trim()) && isCommonWord(key, 30) && isEnglish(key);
      const isAmbiguous = ambiguous || spellsWord || (generated.has(entry.id) && everyday(surface));
      trie.add(key, {
        entry: index,
        text: surface,
        breaks: breaksOf(surface),
        ambiguous: isAmbiguous,
        canonical: surface === entry.name,
        generated: generated.has(entry.id),
        wordBreaksOnly: spellsWord,
        upper: key.length <= 4 && /\p{Lu}.*\p{Lu}/u.test(surface) && !/\p{Ll}/u.test(surface),
      });
      // Sound-alike matching only for curated names: thousands of obscure brands would match noise.
      if (!isAmbiguous && !generated.has(entry.id) && !isCommonWord(key, 40))
        phonetic.add(index, key, surface.trim().split(/\s+/).length);
    }
  });
  const result = { entries: catalog.entries, trie, phonetic, ids: new Set(catalog.entries.map((e) => e.id)) };
  compiled.set(catalog, result);
  return result;
}
