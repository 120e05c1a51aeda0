import { collapseSpaces, stripCueMarkup } from '../normalize.js';
import { TIMECODE_SOURCE, parseTimecode } from '../timecode.js';
import { splitBlocks } from './blocks.js';
import { clip, lineError, type RawSegment, type RawTranscript } from './raw.js';

/** `start --> end` followed by optional cue settings (`align:start position:10%`). */
export const CUE_TIMING = new RegExp(String.raw`^\s*(${TIMECODE_SOURCE})\s*-->\s*(${TIMECODE_SOURCE})(?:\s+.*)?$`);
const VOICE = /<v(?:\.[^\s>]*)?\s+([^>]+)>/;
/**
 * `Name: text` at the start of a cue, as Zoom writes its recordings' transcripts: a name of up to
 * 40 characters that starts with a letter and holds no markup.
 */
export const CUE_LABEL = /^(\p{L}[^:<>\n]{0,39}?):\s+(\S.*)$/su;
/** Word timestamps inside cue text (`<00:00:01.520>`): the mark of YouTube's rolling auto-captions. */
const TIMESTAMP_TAG = /<(?:\d+:)?\d{2}:\d{2}\.\d{3}>/;

/** YouTube's auto-captions put a line holding one space right after the time line; it is payload, not a cue break. */
const isBlank = (line: string, previous: string | undefined) =>
  line.trim() === '' && (line === '' || !previous?.includes('-->'));

/**
 * WebVTT: the `WEBVTT` header block, then cues (optional identifier line, timing line with optional
 * settings, payload lines); NOTE, STYLE and REGION blocks are skipped. The speaker comes from the
 * first `<v Name>` voice tag; all other markup is removed. In rolling captions (word timestamp
 * tags), each cue repeats the line shown before it; the repeat is dropped so every word is kept once.
 * With `labels` (Zoom's form), a cue's `Name: text` names its speaker, who keeps the floor until
 * the next label, and the name is removed from the text.
 */
export function parseWebVtt(lines: string[], file: string, options: { labels?: boolean } = {}): RawTranscript {
  const rolling = lines.some((line) => TIMESTAMP_TAG.test(line));
  const blocks = splitBlocks(lines, isBlank);
  const header = blocks.shift();
  if (!header || !/^WEBVTT(?:[ \t].*)?$/.test(header.lines[0]!)) {
    throw lineError(file, header?.line ?? 1, 'a WebVTT file must start with a "WEBVTT" line; add it');
  }
  // A header block may run straight into the first cue when the blank line after it is missing.
  const headerCue = header.lines.findIndex((line) => line.includes('-->'));
  if (headerCue > 0) blocks.unshift({ line: header.line + headerCue, lines: header.lines.slice(headerCue) });

  const segments: RawSegment[] = [];
  let shown: string[] = []; // the previous cue's lines, for rolling captions
  let labelled: string | null = null; // the last `Name:` label, for Zoom's form
  for (const block of blocks) {
    if (/^(NOTE|STYLE|REGION)(?:\s|$)/.test(block.lines[0]!)) continue;
    const timingAt = block.lines[0]!.includes('-->') ? 0 : 1;
    const timingLine = block.lines[timingAt];
    const lineNumber = block.line + timingAt;
    if (timingLine === undefined || !timingLine.includes('-->')) {
      throw lineError(
        file,
        block.line,
        `expected a cue time line such as "00:01.000 --> 00:04.000", found "${clip(block.lines[0]!)}"`,
      );
    }
    const match = CUE_TIMING.exec(timingLine);
    const start = match ? parseTimecode(match[1]!) : null;
    const end = match ? parseTimecode(match[2]!) : null;
    if (start === null || end === null) {
      throw lineError(
        file,
        lineNumber,
        `malformed cue time "${clip(timingLine)}"; write it as "MM:SS.mmm --> MM:SS.mmm" or "HH:MM:SS.mmm --> HH:MM:SS.mmm"`,
      );
    }
    let payloadLines = block.lines.slice(timingAt + 1);
    if (rolling) {
      const plain = payloadLines.map((line) => collapseSpaces(stripCueMarkup(line)));
      const repeated = plain.findIndex((line) => line !== '' && !shown.includes(line));
      payloadLines = repeated === -1 ? [] : payloadLines.slice(repeated);
      shown = plain.filter((line) => line !== '');
    }
    const payload = payloadLines.join('\n');
    const voice = VOICE.exec(payload);
    let text = collapseSpaces(stripCueMarkup(payload));
    let speaker = voice ? collapseSpaces(stripCueMarkup(voice[1]!)) || null : null;
    if (options.labels && !voice) {
      const label = CUE_LABEL.exec(text);
      if (label) {
        labelled = label[1]!.trim();
        text = label[2]!;
      }
      speaker = labelled;
    }
    segments.push({ start, end, speaker, text });
  }
  return { segments, timing: 'cues', warnings: [] };
}
