/**
 * Clock times as transcripts write them: `H:MM:SS`, `HH:MM:SS.mmm`, `MM:SS.mmm`, `HH:MM:SS,mmm`
 * (SubRip) and `MM:SS`. Hours may have any number of digits; minutes and seconds must be below 60
 * when a larger unit precedes them.
 */
export const TIMECODE_SOURCE = String.raw`(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;

const TIMECODE = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/;

/** Seconds for a clock time, rounded to milliseconds, or null when `text` is not one. */
export function parseTimecode(text: string): number | null {
  const match = TIMECODE.exec(text.trim());
  if (!match) return null;
  const [, hours, minutes, seconds, fraction] = match;
  const m = Number(minutes);
  const s = Number(seconds);
  if (s >= 60 || (hours !== undefined && m >= 60)) return null;
  const millis = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0'));
  return Math.round(((Number(hours ?? 0) * 60 + m) * 60 + s) * 1000 + millis) / 1000;
}

/** `H:MM:SS` (or `H:MM:SS.cc` when there is a fraction) for messages and reports. */
export function formatTimecode(seconds: number): string {
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const fraction = Math.round((seconds - whole) * 100);
  const base = `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return fraction === 0 ? base : `${base}.${String(fraction).padStart(2, '0')}`;
}
