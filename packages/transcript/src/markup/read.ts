import type { ChildNode } from 'domhandler';
import { InputError } from '../errors.js';
import type { RawTranscript } from '../formats/raw.js';
import type { TranscriptFormat } from '../types.js';
import { parseMarkup } from './dom.js';
import { isPodcastHtml, readPodcastHtml } from './podcast-html.js';
import { readTtml } from './ttml.js';
import { readSrv1, readSrv3 } from './youtube.js';

/** One markup transcript shape: the root elements it has, whether it is XML, and how to read it. */
interface MarkupShape {
  format: TranscriptFormat;
  looksLike: string;
  roots: ReadonlySet<string>;
  xml: boolean;
  /** A further test of the parsed document, for roots that other pages share (HTML). */
  fits?(nodes: ChildNode[]): boolean;
  read(nodes: ChildNode[], file: string): RawTranscript;
}

/** Elements an HTML page or fragment starts with. */
const HTML_ROOTS = new Set([
  'html',
  'head',
  'body',
  'cite',
  'time',
  'p',
  'div',
  'main',
  'article',
  'section',
  'meta',
  'title',
]);

export const MARKUP_SHAPES: readonly MarkupShape[] = [
  {
    format: 'ttml',
    looksLike: 'TTML or DFXP (<tt> with <p begin end>)',
    roots: new Set(['tt']),
    xml: true,
    read: readTtml,
  },
  {
    format: 'youtube-srv3',
    looksLike: 'YouTube srv3 or srv2 (<timedtext> with <p t d>)',
    roots: new Set(['timedtext']),
    xml: true,
    read: readSrv3,
  },
  {
    format: 'youtube-srv1',
    looksLike: 'YouTube srv1 (<transcript> with <text start dur>)',
    roots: new Set(['transcript']),
    xml: true,
    read: readSrv1,
  },
  {
    format: 'podcast-html',
    looksLike: 'Podcasting 2.0 HTML (<cite>, <time>, <p>)',
    roots: HTML_ROOTS,
    xml: false,
    fits: isPodcastHtml,
    read: (nodes) => readPodcastHtml(nodes),
  },
];

const PROLOG = /^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*<([A-Za-z][\w.:-]*)/i;

/**
 * The local name of the first element when the text is markup ('' for an XML declaration with no
 * element): it opens with an XML declaration or an HTML doctype, its first element is the root of a
 * known shape, or that element closes at the very end of the file. Text that merely starts with
 * `<laughs>` is not markup.
 */
export function markupRoot(text: string): string | null {
  const head = text.trimStart();
  if (!head.startsWith('<')) return null;
  const declared = /^<\?xml\s|^<!doctype html/i.test(head);
  const match = PROLOG.exec(head);
  if (!match) return declared ? '' : null;
  const name = match[1]!;
  const local = name.slice(name.indexOf(':') + 1).toLowerCase();
  const known = MARKUP_SHAPES.some((shape) => shape.roots.has(local));
  const closed = head.trimEnd().endsWith(`</${name}>`);
  return declared || known || closed ? local : null;
}

/**
 * A markup transcript, by its root element. Markup of a shape talkgraph does not know is an
 * InputError listing the shapes it reads.
 */
export function readMarkup(text: string, file: string): { format: TranscriptFormat; raw: RawTranscript } {
  const root = markupRoot(text) ?? '';
  const parsed = new Map<boolean, ChildNode[]>();
  const nodes = (xml: boolean) => parsed.get(xml) ?? parsed.set(xml, parseMarkup(text, xml)).get(xml)!;
  const shape = MARKUP_SHAPES.find(
    (candidate) => candidate.roots.has(root) && (candidate.fits?.(nodes(candidate.xml)) ?? true),
  );
  if (shape) return { format: shape.format, raw: shape.read(nodes(shape.xml), file) };
  throw new InputError(
    file,
    `${root ? `<${root}>` : 'markup'} of a shape talkgraph does not read; it reads ${MARKUP_SHAPES.map((known) => known.looksLike).join('; ')}`,
  );
}
