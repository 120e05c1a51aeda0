import { InputError } from '../errors.js';
import type { RawSegment, RawTranscript } from '../formats/raw.js';
import type { JsonShape } from './shape.js';
import { firstKey, isObject, speakerValue, timeValue } from './values.js';

// The names tools give the fields of a turn. Keys ending in `Ms`/`_ms` hold milliseconds.
const TEXT_KEYS = ['text', 'body', 'transcript', 'content', 'utterance', 'sentence', 'caption'];
const START_KEYS = ['start', 'startTime', 'start_time', 'begin', 'timestamp', 'time', 'offset', 'startMs', 'start_ms'];
const END_KEYS = ['end', 'endTime', 'end_time', 'endMs', 'end_ms'];
const DURATION_KEYS = ['duration', 'dur', 'durationMs', 'duration_ms'];
const SPEAKER_KEYS = ['speaker', 'speaker_label', 'speakerLabel', 'speaker_name', 'speakerName'];
/** How deep a list of turns may sit inside the file (`{chapters: [{turns: [...]}]}` is 2). */
const MAX_DEPTH = 4;

const unitOf = (key: string) => (/(?:Ms|_ms)$/.test(key) ? 0.001 : 1);

/** An object with text, and a time or a speaker: one turn of a conversation. */
function isTurn(item: unknown): boolean {
  return (
    isObject(item) &&
    TEXT_KEYS.some((key) => typeof item[key] === 'string') &&
    firstKey(item, [...START_KEYS, ...SPEAKER_KEYS]) !== undefined
  );
}

/**
 * The turns of a JSON transcript, wherever they sit: a list of turns at the top, under a key
 * (`{"segments": [...]}`), or split over a list of containers (`{"chapters": [{"turns": [...]}]}`),
 * in file order. Null when there is no list of turns.
 */
export function findTurns(value: unknown, depth = 0): unknown[] | null {
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    if (value.length === 0 || !value.every(isObject)) return null;
    if (value.some(isTurn)) return value;
    const nested = value.map((item) => findTurns(item, depth + 1));
    return nested.some((turns) => turns !== null) ? nested.flatMap((turns) => turns ?? []) : null;
  }
  if (!isObject(value)) return null;
  for (const item of Object.values(value)) {
    const turns = findTurns(item, depth + 1);
    if (turns) return turns;
  }
  return null;
}

/**
 * Turns as segments. Each needs a text, and a start (seconds, a clock-time string such as
 * `"00:12:34"`, or milliseconds under a `…Ms` key) unless it names its speaker; a missing end is
 * the next start (assemble.ts).
 */
export function readTurns(items: unknown[], file: string): RawTranscript {
  const segments = items.map((item, i): RawSegment => {
    const where = `segment ${i + 1}`;
    if (!isObject(item)) throw new InputError(file, `${where} is not an object; each segment needs "start" and "text"`);
    const textKey = TEXT_KEYS.find((key) => typeof item[key] === 'string');
    if (textKey === undefined)
      throw new InputError(file, `${where} has no "text" string; each segment needs "start" and "text"`);
    const time = (keys: string[]) => {
      const key = firstKey(item, keys);
      return key === undefined ? null : timeValue(item[key], `${where} "${key}"`, file, unitOf(key));
    };
    const start = time(START_KEYS);
    const duration = time(DURATION_KEYS);
    const speakerKey = firstKey(item, SPEAKER_KEYS);
    const speaker = speakerKey === undefined ? null : speakerValue(item[speakerKey]);
    if (start === null && speaker === null)
      throw new InputError(file, `${where} has no "start" time; give it in seconds`);
    return {
      start,
      end: time(END_KEYS) ?? (start !== null && duration !== null ? start + duration : null),
      speaker,
      text: item[textKey] as string,
    };
  });
  const timed = segments.some((segment) => segment.start !== null);
  return { segments, timing: timed ? 'cues' : 'none', warnings: [] };
}

export const whisperJson: JsonShape = {
  format: 'whisper-json',
  looksLike: 'whisper (segments[] of start, end, text)',
  matches: (data) => isObject(data) && Array.isArray(data.segments),
  read: (data, file) => readTurns((data as { segments: unknown[] }).segments, file),
};

export const jsonSegments: JsonShape = {
  format: 'json-segments',
  looksLike: 'turns (a list of start, speaker, text, at the top or nested as in chapters[].turns[])',
  matches: (data) => Array.isArray(data) || findTurns(data) !== null,
  read: (data, file) => readTurns(findTurns(data) ?? (data as unknown[]), file),
};
