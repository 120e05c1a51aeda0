import { LETTER_NAMES } from './lexicon.js';
import type { Token } from './tokenize.js';

/** One way of writing a catalog entry, stored at the trie node its compact key ends on. */
export interface Surface {
  /** Index into the compiled entry list. */
  entry: number;
  text: string;
  /** Compact-key offsets where the written surface has word breaks (`Chris Lattner` -> [5]). */
  breaks: number[];
  ambiguous: boolean;
  /** The canonical name (not an alias). */
  canonical: boolean;
  /** A short name written in capitals (`US`, `.NET`, `IR`): in cased text, only matched in capitals. */
  upper: boolean;
  /** From a generated (not curated) entry: never matched from everyday words run apart. */
  generated: boolean;
  /** Run together it spells an everyday word (`Model S`): matched only with its own word breaks. */
  wordBreaksOnly: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  surfaces?: Surface[];
}

/** A run of tokens whose joined keys spell a catalog surface. */
export interface TrieMatch {
  first: number;
  last: number;
  surfaces: Surface[];
  /** The text's word breaks differ from the surface's (`ml ir`, `tensor flow`, `pytorch lightning`). */
  split: boolean;
  plural: boolean;
  /** Spoken letter names were read as letters (`TP use`). */
  lettered: boolean;
}

const MAX_TOKENS = 6;

/**
 * A character trie over compact keys (normalized, no spaces): walking it across consecutive tokens
 * finds exact names, aliases and split/joined forms in one pass; each start walks at most a few
 * tokens, so matching is linear in the text.
 */
export class SurfaceTrie {
  private readonly root: TrieNode = { next: new Map() };

  add(key: string, surface: Surface): void {
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.surfaces ??= [];
    node.surfaces.push(surface);
  }

  private static walk(node: TrieNode, text: string, end = text.length): TrieNode | undefined {
    let current: TrieNode | undefined = node;
    for (let i = 0; i < end && current; i++) current = current.next.get(text[i]!);
    return current;
  }

  /**
   * All matches starting at tokens[first]. A match may run into the next segment: captions cut
   * lines anywhere (`Jeremy` | `Howard`).
   */
  matchAt(tokens: Token[], first: number, out: TrieMatch[]): void {
    const segment = tokens[first]!.segment;
    let states: { node: TrieNode; breaks: number[]; length: number; lettered: boolean }[] = [
      { node: this.root, breaks: [], length: 0, lettered: false },
    ];
    for (let t = first; t < tokens.length && t < first + MAX_TOKENS && states.length > 0; t++) {
      const token = tokens[t]!;
      if (token.segment > segment + 1) break;
      const forms: { text: string; lettered: boolean }[] = [{ text: token.key, lettered: false }];
      const previous = tokens[t - 1];
      const letters = LETTER_NAMES.get(token.key);
      if (letters && t > first && previous && (previous.allCaps || previous.key.length === 1)) {
        forms.push({ text: letters, lettered: true });
      }
      const nextStates: typeof states = [];
      for (const state of states) {
        for (const form of forms) {
          const breaks = t === first ? state.breaks : [...state.breaks, state.length];
          const node = SurfaceTrie.walk(state.node, form.text);
          const lettered = state.lettered || form.lettered;
          if (node) {
            if (node.surfaces) {
              out.push({ first, last: t, plural: false, lettered, ...splitOf(breaks, node.surfaces) });
            }
            nextStates.push({ node, breaks, length: state.length + form.text.length, lettered });
          }
          if (form.text.length > 2 && form.text.endsWith('s')) {
            const singular = SurfaceTrie.walk(state.node, form.text, form.text.length - 1);
            if (singular?.surfaces) {
              out.push({ first, last: t, plural: true, lettered, ...splitOf(breaks, singular.surfaces) });
            }
          }
        }
      }
      states = nextStates;
    }
  }
}

/** Surfaces whose word breaks the text reproduces are exact; others are split/joined variants. */
function splitOf(breaks: number[], surfaces: Surface[]): { surfaces: Surface[]; split: boolean } {
  const same = surfaces.filter((s) => s.breaks.length === breaks.length && s.breaks.every((b, i) => b === breaks[i]));
  return same.length > 0 ? { surfaces: same, split: false } : { surfaces, split: true };
}
