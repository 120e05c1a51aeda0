import { decodeHTMLStrict } from 'entities';
import type { ChildNode } from 'domhandler';
import { InputError } from '../errors.js';
import { captionText, endAtNextStart } from '../formats/captions.js';
import type { RawSegment, RawTranscript } from '../formats/raw.js';
import { attribute, elementsNamed, textOf } from './dom.js';

/**
 * Text of a YouTube caption. YouTube escapes the caption text once more than XML needs
 * (`&amp;#39;` for an apostrophe), so references left after XML decoding are decoded too.
 */
const captionOf = (text: string) => captionText(decodeHTMLStrict(text));

function seconds(value: string | null, what: string, file: string, unit: number): number | null {
  if (value === null) return null;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0)
    throw new InputError(file, `${what} is "${value}", not a time; give it as a non-negative number`);
  return Math.round(number * unit * 1000) / 1000;
}

/**
 * YouTube timed text, format 3 (`fmt=srv3`): `<timedtext format="3"><body><p t="ms" d="ms">`,
 * words in `<s>` children; format 2 writes `<text t="ms" d="ms">`. Times in milliseconds.
 */
export function readSrv3(nodes: ChildNode[], file: string): RawTranscript {
  const cues = [...elementsNamed(nodes, 'p'), ...elementsNamed(nodes, 'text')];
  const segments: RawSegment[] = [];
  cues.forEach((cue, i) => {
    const text = captionOf(textOf(cue));
    if (text.trim() === '') return;
    const start = seconds(attribute(cue, 't'), `caption ${i + 1} "t"`, file, 0.001);
    const duration = seconds(attribute(cue, 'd'), `caption ${i + 1} "d"`, file, 0.001);
    segments.push({ start, end: start !== null && duration !== null ? start + duration : null, speaker: null, text });
  });
  return { segments: endAtNextStart(segments), timing: 'cues', warnings: [] };
}

/** YouTube timed text, format 1 (`fmt=srv1`): `<transcript><text start="s" dur="s">`, times in seconds. */
export function readSrv1(nodes: ChildNode[], file: string): RawTranscript {
  const segments: RawSegment[] = [];
  elementsNamed(nodes, 'text').forEach((cue, i) => {
    const text = captionOf(textOf(cue));
    if (text.trim() === '') return;
    const start = seconds(attribute(cue, 'start'), `caption ${i + 1} "start"`, file, 1);
    const duration = seconds(attribute(cue, 'dur'), `caption ${i + 1} "dur"`, file, 1);
    segments.push({ start, end: start !== null && duration !== null ? start + duration : null, speaker: null, text });
  });
  return { segments: endAtNextStart(segments), timing: 'cues', warnings: [] };
}
