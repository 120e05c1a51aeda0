import { InputError } from '../errors.js';
import { parseTimecode } from '../timecode.js';

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first of `keys` that the object has (with a value other than null), or undefined. */
export function firstKey(item: Record<string, unknown>, keys: readonly string[]): string | undefined {
  return keys.find((key) => item[key] !== undefined && item[key] !== null);
}

/**
 * Seconds from a JSON time: a number of `unit`s (1 for seconds, 0.001 for milliseconds), a clock
 * time string (`"00:12:34"`, `"1:02.5"`) or a number in a string (`"4.87"`, as Amazon Transcribe
 * writes them). `what` names the value in the error (`segment 3 "start"`).
 */
export function timeValue(value: unknown, what: string, file: string, unit = 1): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new InputError(file, `${what} is not a finite number; give seconds as a number such as 12.5`);
  }
  const parsed =
    typeof value === 'number'
      ? value * unit
      : typeof value === 'string' && value.trim() !== ''
        ? (parseTimecode(value) ?? Number(value) * unit)
        : Number.NaN;
  if (!Number.isFinite(parsed) || parsed < 0) {
    throw new InputError(
      file,
      `${what} is ${JSON.stringify(value)}, not a time; give seconds as a non-negative number`,
    );
  }
  return Math.round(parsed * 1000) / 1000;
}

/** A speaker as JSON tools write one: a name, a number, or an object with a name. */
export function speakerValue(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return `Speaker ${value}`;
  if (isObject(value) && typeof value.name === 'string') return value.name.trim() || null;
  return null;
}

/** The top-level `"title"` of a JSON transcript, when it has one. */
export function titleOf(data: unknown): string | null {
  return isObject(data) && typeof data.title === 'string' && data.title.trim() !== '' ? data.title : null;
}
