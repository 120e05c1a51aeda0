import { SOUND_MARKER } from '../normalize.js';
import type { RawSegment } from './raw.js';

/**
 * Captions on screen overlap (a line stays up while the next one appears); speech does not, so
 * each caption ends at the latest where the next one starts.
 */
export function endAtNextStart(segments: RawSegment[]): RawSegment[] {
  for (let i = 0; i + 1 < segments.length; i++) {
    const segment = segments[i]!;
    const next = segments[i + 1]!.start;
    if (segment.end !== null && next !== null && next >= (segment.start ?? 0) && next < segment.end) segment.end = next;
  }
  return segments;
}

/** `>>` at the start of a caption: YouTube captioners' mark for a change of speaker, not speech. */
export function captionText(text: string): string {
  return text.replace(/^\s*>>\s*/, '').replace(SOUND_MARKER, ' ');
}
