import type { ChildNode } from 'domhandler';
import type { RawSegment, RawTranscript } from '../formats/raw.js';
import { parseTimecode } from '../timecode.js';
import { attribute, elementsNamed, isElement, localName, textOf } from './dom.js';

/**
 * Podcasting 2.0 HTML (the podcast namespace's `podcast:transcript` type `text/html`): `<cite>`
 * names the speaker (`Kevin:`), `<time>` gives the start of the monologue (`0:09`), `<p>` holds
 * its text, in document order. The page's `<title>` is the title.
 */
export function readPodcastHtml(nodes: ChildNode[]): RawTranscript {
  const segments: RawSegment[] = [];
  let speaker: string | null = null;
  let time: number | null = null;
  const visit = (list: ChildNode[]) => {
    for (const node of list) {
      if (!isElement(node)) continue;
      const name = localName(node);
      if (name === 'cite') {
        speaker =
          textOf(node)
            .replace(/\s*:\s*$/, '')
            .trim() || null;
      } else if (name === 'time') {
        time = parseTimecode(textOf(node)) ?? parseTimecode(attribute(node, 'datetime') ?? '') ?? time;
      } else if (name === 'p') {
        segments.push({ start: time, end: null, speaker, text: textOf(node) });
      } else if (name !== 'head' && name !== 'script' && name !== 'style') {
        visit(node.children);
      }
    }
  };
  visit(nodes);
  const title = elementsNamed(nodes, 'title')[0];
  const timed = segments.some((segment) => segment.start !== null);
  return {
    segments,
    timing: timed ? 'cues' : 'none',
    warnings: [],
    title: title ? textOf(title).trim() || null : null,
  };
}

/** Whether an HTML page is in this form: it has a `<p>` and a `<cite>` or a `<time>`. */
export function isPodcastHtml(nodes: ChildNode[]): boolean {
  return (
    elementsNamed(nodes, 'p').length > 0 &&
    (elementsNamed(nodes, 'cite').length > 0 || elementsNamed(nodes, 'time').length > 0)
  );
}
