import { TIMECODE_SOURCE, parseTimecode } from '../timecode.js';
import type { RawSegment, RawTranscript } from './raw.js';

const NAME = String.raw`(?:Speaker \w{1,3}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})`;
/**
 * A turn header: `Name (01:02:03)` or `**Name** [12:34]` (or `Name (01:02:03): text`), or
 * `Name  0:03` alone on its line as Otter and similar tools export.
 */
export const TURN_HEADER = new RegExp(
  String.raw`^\s*(?:\*\*)?(${NAME})(?:\*\*)?(?:\s*[([](${TIMECODE_SOURCE})[)\]](?:\s*:\s*(.*)|\s*)|\s+(${TIMECODE_SOURCE})\s*)$`,
);
/** `Name: text`, `**Name:** text`, `**Name**: text`, or the label alone with the text on the next lines. */
export const TURN_LABEL = new RegExp(String.raw`^\s*(?:\*\*(${NAME}):?\*\*:?|(${NAME}):)(?:\s+(.*)|\s*)$`);
/** Sparse time markers inside the text: `[12:34]`, `[1:02:03]`, and Markdown-escaped `\[12:34\]`. */
export const TIME_MARKER = new RegExp(String.raw`\\?\[(${TIMECODE_SOURCE})\\?\]`, 'g');

const LEADING_MARKER = new RegExp(String.raw`^\s*\\?\[(${TIMECODE_SOURCE})\\?\]\s*`);

/**
 * Speaker-labelled turns, one segment per turn (or per paragraph of a long turn). Times come from
 * `Name (HH:MM:SS)` headers and from sparse `[12:34]` markers; a marker inside a turn starts a new
 * segment there, and turns without a time of their own inherit the last marker (timing `inherited`).
 */
export function parseSpeakerTurns(lines: string[]): RawTranscript {
  const segments: RawSegment[] = [];
  let speaker: string | null = null;
  let time: number | null = null;
  let fresh = false; // `time` was just read and no segment has used it yet
  let inherited = false;
  let open: RawSegment | null = null; // the paragraph being read; a blank line or a new turn closes it
  let title: string | null = null;

  /** Adds text to the open segment; a time marker inside it closes the segment there. */
  const add = (text: string) => {
    let rest = text;
    for (;;) {
      TIME_MARKER.lastIndex = 0;
      const marker = TIME_MARKER.exec(rest);
      const before = (marker ? rest.slice(0, marker.index) : rest).replace(/\*\*/g, '');
      if (before.trim() !== '') {
        if (!open) {
          open = { start: time, end: null, speaker, text: '' };
          segments.push(open);
          if (time !== null && !fresh) inherited = true;
          fresh = false;
        }
        open.text += ` ${before}`;
      }
      if (!marker) return;
      time = parseTimecode(marker[1]!) ?? time;
      fresh = true;
      open = null;
      rest = rest.slice(marker.index + marker[0].length);
    }
  };

  for (const text of lines) {
    if (/^#{1,6}\s/.test(text)) {
      // A Markdown heading is a title, not speech; the first top-level one titles the transcript.
      title ??= /^#\s+(.*\S)/.exec(text)?.[1] ?? null;
      continue;
    }
    // `[12:34] **Name:** text`: a marker before the label times the turn it starts.
    const lead = LEADING_MARKER.exec(text);
    if (lead) {
      open = null;
      time = parseTimecode(lead[1]!) ?? time;
      fresh = true;
    }
    const line = lead ? text.slice(lead[0].length) : text;
    const header = TURN_HEADER.exec(line);
    const label = header ? null : TURN_LABEL.exec(line);
    if (line.trim() === '' || header || label) open = null;
    if (header) {
      speaker = header[1]!;
      time = parseTimecode(header[2] ?? header[4]!) ?? time;
      fresh = true;
      add(header[3] ?? '');
    } else if (label) {
      speaker = label[1] ?? label[2]!;
      add(label[3] ?? '');
    } else {
      add(line);
    }
  }
  const timed = segments.some((segment) => segment.start !== null);
  return { segments, timing: !timed ? 'none' : inherited ? 'inherited' : 'cues', warnings: [], title };
}
