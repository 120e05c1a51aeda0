import { InputError } from '../errors.js';
import { collapseSpaces } from '../normalize.js';
import { parseTimecode } from '../timecode.js';
import { lineError, type RawSegment, type RawTranscript } from './raw.js';

/**
 * openai-whisper JSON (`{segments: [{start, end, text}]}`, also WhisperX with `speaker`) and a
 * plain array of `{start, end?, speaker?, text}` objects. Times are seconds, or clock-time strings.
 */
export function parseJsonSegments(text: string, file: string): RawTranscript {
  const data = parseJson(text, file);
  const items = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.segments) ? data.segments : null;
  if (items === null) {
    throw new InputError(
      file,
      'JSON transcript must be an array of {start, end, speaker, text} objects or whisper output with a "segments" array',
    );
  }
  const segments = items.map((item: unknown, i: number): RawSegment => {
    const where = `segment ${i + 1}`;
    if (!isObject(item)) throw new InputError(file, `${where} is not an object; each segment needs "start" and "text"`);
    const content = item.text ?? item.transcript;
    if (typeof content !== 'string')
      throw new InputError(file, `${where} has no "text" string; each segment needs "start" and "text"`);
    const start = seconds(item.start, `${where} "start"`, file);
    if (start === null) throw new InputError(file, `${where} has no "start" time; give it in seconds`);
    const speaker = item.speaker ?? item.speaker_label ?? null;
    return {
      start,
      end: seconds(item.end, `${where} "end"`, file),
      speaker: speaker === null ? null : collapseSpaces(String(speaker)) || null,
      text: collapseSpaces(content),
    };
  });
  return { segments, timing: 'cues', warnings: [] };
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = /line (\d+)/.exec(message);
    const detail = message
      .split('\n')[0]!
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/ \(line \d+ column \d+\)$/, '');
    const problem = `malformed JSON (${detail}); fix the file or convert it to WebVTT`;
    if (line) throw lineError(file, Number(line[1]), problem);
    if (position) throw lineError(file, text.slice(0, Number(position[1])).split('\n').length, problem);
    throw new InputError(file, problem);
  }
}

function seconds(value: unknown, what: string, file: string): number | null {
  if (value === undefined || value === null) return null;
  const parsed =
    typeof value === 'number' ? value : typeof value === 'string' ? (parseTimecode(value) ?? Number(value)) : NaN;
  if (!Number.isFinite(parsed) || parsed < 0 || (typeof value === 'string' && value.trim() === '')) {
    throw new InputError(
      file,
      `${what} is ${JSON.stringify(value)}, not a time; give seconds as a non-negative number`,
    );
  }
  return parsed;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
