import { SOUND_MARKER, collapseSpaces, stripCueMarkup } from '../normalize.js';
import { parseTimecode } from '../timecode.js';
import { splitBlocks } from './blocks.js';
import { clip, lineError, type RawSegment, type RawTranscript } from './raw.js';

/** `0:00:01.000,0:00:04.500`: an SBV cue's start and end. */
export const SBV_TIMING = /^\s*(\d+:\d{2}:\d{2}\.\d{1,3}),(\d+:\d{2}:\d{2}\.\d{1,3})\s*$/;
/** `>>` (or `&gt;&gt;`) at the start of a line: YouTube captioners' mark for a change of speaker. */
const CHEVRONS = /^\s*(?:>>|&gt;&gt;)\s*/;

/**
 * SubViewer as YouTube writes it (`.sbv`): blocks of a `start,end` line and the caption's lines,
 * separated by blank lines. Sound descriptions and speaker-change chevrons are removed.
 */
export function parseSbv(lines: string[], file: string): RawTranscript {
  const segments: RawSegment[] = [];
  for (const block of splitBlocks(lines)) {
    const match = SBV_TIMING.exec(block.lines[0]!);
    const start = match ? parseTimecode(match[1]!) : null;
    const end = match ? parseTimecode(match[2]!) : null;
    if (start === null || end === null) {
      throw lineError(
        file,
        block.line,
        `expected an SBV time line such as "0:00:01.000,0:00:04.000", found "${clip(block.lines[0]!)}"`,
      );
    }
    const text = block.lines
      .slice(1)
      .map((line) => stripCueMarkup(line.replace(CHEVRONS, '')).replace(SOUND_MARKER, ' '))
      .join(' ');
    segments.push({ start, end, speaker: null, text: collapseSpaces(text) });
  }
  return { segments, timing: 'cues', warnings: [] };
}
