import type { CatalogEntry } from '../types.js';
import type { CompiledCatalog } from './compile.js';
import { CUES } from './discover.js';
import { slugify } from './generated.js';
import { STOPWORDS, isCommonWord, isEnglish } from './lexicon.js';
import type { LinkSet } from './links.js';
import type { Token } from './tokenize.js';

/** Kinds whose names grow by a word or a version (`Windows 95`, `Google Play`, `Santa Clara University`). */
const EXTENDABLE = new Set(['Software', 'Hardware', 'Organization', 'ProgrammingLanguage', 'Place']);
/** Words a longer name can have after the catalog name. */
const MAX_EXTRA = 2;

const VERSION = /^\d+(\.\d+)+$|^\d{1,4}$/;

/** A word that continues a name: capitalized mid-sentence, or letters with digits (`E5`, `A4`). */
function continues(token: Token | undefined, previous: Token, taken: Uint8Array, index: number): boolean {
  if (!token || taken[index] || token.segment !== previous.segment || token.afterPunctuation || token.sentenceStart)
    return false;
  if (previous.possessive || STOPWORDS.has(token.norm) || /^i($|')/.test(token.norm)) return false;
  // Acronyms (`VM`), letters (`X`) and plurals (`PCs`, `Compilers`) say what it runs on or is, not a name part.
  if (token.key.length < 2 || (token.allCaps && !/\d/.test(token.key))) return false;
  if (/s$/.test(token.text) && isEnglish(token.norm.slice(0, -1))) return false;
  return token.capital && /^\p{Lu}/u.test(token.text);
}

/** `95` in `Windows 95`, `14.04` in `Ubuntu 14.04`; a bare count before a plural noun (`Linux 20 years`) is not. */
function version(tokens: Token[], index: number, previous: Token): boolean {
  const token = tokens[index];
  if (!token || token.segment !== previous.segment || token.afterPunctuation || !VERSION.test(token.text)) return false;
  if (token.text.includes('.')) return true;
  const next = tokens[index + 1];
  return !(next && next.segment === token.segment && next.norm.endsWith('s') && isCommonWord(next.norm, 100));
}

/**
 * Catalog names said as part of a longer name the catalog lacks: followed by capitalized words or a
 * version number, in a transcript that writes names with capitals. The longer name is its own
 * entity, of the kind its last word announces (`University`), else of the catalog entry's kind.
 */
export function extendCatalogNames(tokens: Token[], links: LinkSet, catalog: CompiledCatalog): void {
  const made = new Map<string, CatalogEntry>();
  for (const link of [...links.links]) {
    if (!EXTENDABLE.has(link.entry.kind) || link.discovered) continue;
    let last = link.last;
    while (last - link.last < MAX_EXTRA && continues(tokens[last + 1]!, tokens[last]!, links.taken, last + 1)) last++;
    if (last - link.last < MAX_EXTRA && version(tokens, last + 1, tokens[last]!) && !links.taken[last + 1]) last++;
    if (last === link.last) continue;
    const words = tokens.slice(link.first, last + 1);
    const label = words.map((t) => t.text.replace(/['’]s$/, '')).join(' ');
    const id = slugify(label);
    if (!id || catalog.ids.has(id)) continue;
    const entry = made.get(id) ?? { id, name: label, kind: CUES[words[words.length - 1]!.norm] ?? link.entry.kind };
    made.set(id, entry);
    links.extend(link, last, entry);
  }
}
