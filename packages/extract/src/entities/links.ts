import type { CatalogEntry, EntityKind, Via } from '../types.js';
import type { TechContext } from './context.js';
import { compactKey } from './tokenize.js';

/** A linked span of tokens, before it becomes a Mention. */
export interface Link {
  entry: CatalogEntry;
  first: number;
  last: number;
  via: Via;
  confidence: number;
  discovered: boolean;
}

/**
 * The links of one episode, with what later decisions ask of them in constant time: which tokens are
 * taken, where links start and end, where each name was linked, which entries were linked at all.
 */
export class LinkSet {
  readonly links: Link[] = [];
  readonly taken: Uint8Array;
  /** Kind of the link starting / ending at each token. */
  readonly firsts = new Map<number, EntityKind>();
  readonly lasts = new Map<number, EntityKind>();
  /** Token positions where each entry (by compact name) was linked. */
  readonly byName = new Map<string, number[]>();
  /** Entries linked at least once. */
  readonly confirmed = new Set<CatalogEntry>();

  constructor(
    size: number,
    private readonly context: TechContext,
  ) {
    this.taken = new Uint8Array(size);
  }

  overlaps(first: number, last: number): boolean {
    for (let i = first; i <= last; i++) if (this.taken[i]) return true;
    return false;
  }

  add(link: Link): void {
    for (let i = link.first; i <= link.last; i++) this.taken[i] = 1;
    this.firsts.set(link.first, link.entry.kind);
    this.lasts.set(link.last, link.entry.kind);
    const name = compactKey(link.entry.name);
    const at = this.byName.get(name);
    if (at) at.push(link.first);
    else this.byName.set(name, [link.first]);
    this.confirmed.add(link.entry);
    this.links.push(link);
    this.context.addMention(link.first, link.entry.kind === 'ProgrammingLanguage');
  }

  /** Makes `link` reach to `last` as the longer name `entry` (`Ubuntu` -> `Ubuntu Server`). */
  extend(link: Link, last: number, entry: CatalogEntry): void {
    for (let i = link.last + 1; i <= last; i++) this.taken[i] = 1;
    this.lasts.delete(link.last);
    this.lasts.set(last, entry.kind);
    this.firsts.set(link.first, entry.kind);
    link.last = last;
    link.entry = entry;
    link.via = 'discovered';
    link.discovered = true;
    this.confirmed.add(entry);
  }

  /** Whether `entry`'s name minus `surfaceKey` (its owner, `microsoft` for `office`) was linked near `at`. */
  ownerNear(name: string, surfaceKey: string, at: number, radius: number): boolean {
    if (!name.endsWith(surfaceKey) || name.length === surfaceKey.length) return false;
    const owner = name.slice(0, -surfaceKey.length);
    return (this.byName.get(owner) ?? []).some((position) => Math.abs(position - at) <= radius);
  }
}
