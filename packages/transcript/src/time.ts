import type { Segment } from './types.js';

/**
 * The time at a character offset inside a segment, interpolated linearly between the segment's
 * start and end: long segments (a minute of speech) would otherwise pin every mention to their start.
 */
export function timeAtOffset(segment: Segment, offset: number): number | null {
  if (segment.start === null) return null;
  if (segment.end === null || segment.end <= segment.start || segment.text.length === 0) return segment.start;
  const fraction = Math.min(Math.max(offset / segment.text.length, 0), 1);
  return Math.round((segment.start + fraction * (segment.end - segment.start)) * 100) / 100;
}
