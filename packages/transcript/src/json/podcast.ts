import { InputError } from '../errors.js';
import { groupWords, type TimedWord } from '../formats/words.js';
import type { JsonShape } from './shape.js';
import { isObject, speakerValue, timeValue } from './values.js';

/**
 * Podcasting 2.0 JSON (the podcast namespace's `podcast:transcript` type `application/json`):
 * `{"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime", "body"}]}`, times in
 * seconds. The format allows one word per segment; such files are grouped into sentences.
 */
export const podcastJson: JsonShape = {
  format: 'podcast-json',
  looksLike: 'Podcasting 2.0 (segments[] of speaker, startTime, endTime, body)',
  matches: (data) =>
    isObject(data) &&
    Array.isArray(data.segments) &&
    data.segments.some((segment) => isObject(segment) && ('body' in segment || 'startTime' in segment)),
  read: (data, file) => {
    const words = (data as { segments: unknown[] }).segments.map((segment, i): TimedWord => {
      const where = `segment ${i + 1}`;
      if (!isObject(segment) || typeof segment.body !== 'string')
        throw new InputError(file, `${where} has no "body" string; each segment needs "startTime" and "body"`);
      return {
        text: segment.body,
        start: timeValue(segment.startTime, `${where} "startTime"`, file),
        end: timeValue(segment.endTime, `${where} "endTime"`, file),
        speaker: speakerValue(segment.speaker),
      };
    });
    const wordsPerSegment = words.reduce((sum, word) => sum + word.text.split(/\s+/).length, 0) / words.length;
    const segments = wordsPerSegment < 3 ? groupWords(words) : words.map(({ attach: _, ...segment }) => segment);
    return { segments, timing: 'cues', warnings: [] };
  },
};
