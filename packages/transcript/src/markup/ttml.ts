import type { ChildNode, Element } from 'domhandler';
import { InputError } from '../errors.js';
import type { RawSegment, RawTranscript } from '../formats/raw.js';
import { attribute, childElements, elementsNamed, localName, textOf } from './dom.js';

interface Rates {
  frameRate: number;
  tickRate: number;
}

const CLOCK = /^(\d+):(\d{2}):(\d{2})(?:(\.\d+)|:(\d+(?:\.\d+)?))?$/;
const OFFSET = /^(\d+(?:\.\d+)?)(h|m|s|ms|f|t)$/;
const UNIT_SECONDS: Record<string, (rates: Rates) => number> = {
  h: () => 3600,
  m: () => 60,
  s: () => 1,
  ms: () => 0.001,
  f: (rates) => 1 / rates.frameRate,
  t: (rates) => 1 / rates.tickRate,
};

/**
 * A TTML time expression in seconds: clock time (`00:01:02.5`, or `00:01:02:12` with frames) or
 * offset time (`62.5s`, `1500ms`, `10f`, `625000000t` in ticks of `ttp:tickRate`).
 */
export function ttmlTime(value: string, rates: Rates): number | null {
  const text = value.trim();
  const clock = CLOCK.exec(text);
  if (clock) {
    const [, h, m, s, fraction, frames] = clock;
    const base = Number(h) * 3600 + Number(m) * 60 + Number(s);
    return base + (fraction ? Number(fraction) : frames ? Number(frames) / rates.frameRate : 0);
  }
  const offset = OFFSET.exec(text);
  return offset ? Number(offset[1]) * UNIT_SECONDS[offset[2]!]!(rates) : null;
}

function ratesOf(root: Element): Rates {
  const frameRate = Number(attribute(root, 'frameRate') ?? 30) || 30;
  // TTML's default tick rate is the frame rate when one is given, else 1 tick per second.
  const tickRate = Number(attribute(root, 'tickRate') ?? (attribute(root, 'frameRate') ? frameRate : 1)) || 1;
  return { frameRate, tickRate };
}

/** `ttm:agent` definitions in the head: id → the agent's `ttm:name` (or its id when unnamed). */
function agentNames(head: Element | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const agent of head ? elementsNamed([head], 'agent') : []) {
    const id = attribute(agent, 'id');
    const name = elementsNamed([agent], 'name')[0];
    if (id) names.set(id, (name ? textOf(name).trim() : '') || id);
  }
  return names;
}

/**
 * TTML 1/2 and its older name DFXP (`<tt>`; Netflix, Microsoft Stream, broadcast captions): each
 * `<p>` is a segment. Times may sit on the `<p>`, on its `<div>` or `<body>` (children's times are
 * relative to their parent's begin), or only on the `<span>`s inside. The speaker is the `ttm:agent`
 * a `<p>` (or its `<div>`) names, by the agent's `ttm:name`; the title is the head's `ttm:title`.
 */
export function readTtml(nodes: ChildNode[], file: string): RawTranscript {
  const root = elementsNamed(nodes, 'tt')[0]!;
  const rates = ratesOf(root);
  const head = childElements(root).find((element) => localName(element) === 'head');
  const agents = agentNames(head);
  const titleElement = head ? elementsNamed([head], 'title')[0] : undefined;
  const segments: RawSegment[] = [];
  let paragraph = 0;

  const time = (element: Element, name: string): number | null => {
    const value = attribute(element, name);
    if (value === null) return null;
    const seconds = ttmlTime(value, rates);
    if (seconds === null)
      throw new InputError(
        file,
        `<${element.name}> ${paragraph > 0 ? `after paragraph ${paragraph} ` : ''}has ${name}="${value}", not a TTML time such as "00:01:02.500" or "62.5s"`,
      );
    return seconds;
  };
  const speakerOf = (element: Element, inherited: string | null) => {
    const agent = attribute(element, 'agent')?.trim().split(/\s+/)[0];
    return agent ? (agents.get(agent) ?? agent) : inherited;
  };

  const visit = (element: Element, offset: number | null, speaker: string | null) => {
    const begin = time(element, 'begin');
    const start = begin === null ? offset : (offset ?? 0) + begin;
    const who = speakerOf(element, speaker);
    if (localName(element) !== 'p') {
      for (const child of childElements(element)) visit(child, start, who);
      return;
    }
    paragraph++;
    const endAttribute = time(element, 'end');
    const duration = time(element, 'dur');
    let end =
      endAttribute !== null
        ? (offset ?? 0) + endAttribute
        : start !== null && duration !== null
          ? start + duration
          : null;
    let first = start;
    if (first === null) {
      // Word-timed captions time only their spans.
      const spans = elementsNamed(element.children, 'span').flatMap((span) => {
        const spanBegin = time(span, 'begin');
        return spanBegin === null ? [] : [{ begin: spanBegin, end: time(span, 'end') }];
      });
      if (spans.length > 0) {
        first = (offset ?? 0) + spans[0]!.begin;
        const last = spans.at(-1)!;
        end = last.end === null ? null : (offset ?? 0) + last.end;
      }
    }
    const round = (seconds: number | null) => (seconds === null ? null : Math.round(seconds * 1000) / 1000);
    segments.push({ start: round(first), end: round(end), speaker: who, text: textOf(element) });
  };

  const body = childElements(root).find((element) => localName(element) === 'body');
  if (body) visit(body, null, null);
  const timed = segments.some((segment) => segment.start !== null);
  return {
    segments,
    timing: timed ? 'cues' : 'none',
    warnings: [],
    title: titleElement ? textOf(titleElement).trim() || null : null,
  };
}
