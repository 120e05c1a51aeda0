import { InputError } from '../errors.js';
import { groupWords, type TimedWord } from '../formats/words.js';
import type { JsonShape } from './shape.js';
import { isObject, timeValue } from './values.js';

type Results = { items: unknown[]; audio_segments?: unknown[]; speaker_labels?: { segments?: unknown[] } };

/** `spk_0` by the start time of each word, from `speaker_labels` (older output has it only there). */
function speakersByStart(results: Results): Map<string, string> {
  const speakers = new Map<string, string>();
  for (const segment of results.speaker_labels?.segments ?? []) {
    if (!isObject(segment) || !Array.isArray(segment.items)) continue;
    for (const item of segment.items) {
      if (isObject(item) && typeof item.start_time === 'string' && typeof item.speaker_label === 'string')
        speakers.set(item.start_time, item.speaker_label);
    }
  }
  return speakers;
}

/**
 * Amazon Transcribe's batch output: `results.audio_segments` (sentences) when present, else
 * `results.items` (words, and punctuation attached to the word before), times as strings of
 * seconds, speakers (`spk_0`) from each item or from `speaker_labels`.
 */
export const awsTranscribeJson: JsonShape = {
  format: 'aws-transcribe-json',
  looksLike: 'Amazon Transcribe (jobName, results.items)',
  matches: (data) =>
    isObject(data) &&
    isObject(data.results) &&
    Array.isArray(data.results.items) &&
    ('jobName' in data || Array.isArray(data.results.transcripts)),
  read: (data, file) => {
    const results = (data as { results: Results }).results;
    if (results.audio_segments && results.audio_segments.length > 0) {
      const segments = results.audio_segments.map((segment, i) => {
        const where = `audio segment ${i + 1}`;
        if (!isObject(segment) || typeof segment.transcript !== 'string')
          throw new InputError(file, `${where} has no "transcript" string`);
        return {
          text: segment.transcript,
          start: timeValue(segment.start_time, `${where} "start_time"`, file),
          end: timeValue(segment.end_time, `${where} "end_time"`, file),
          speaker: typeof segment.speaker_label === 'string' ? segment.speaker_label : null,
        };
      });
      return { segments, timing: 'cues', warnings: [] };
    }
    const speakers = speakersByStart(results);
    let speaker: string | null = null;
    const words = results.items.map((item, i): TimedWord => {
      const where = `item ${i + 1}`;
      const alternative = isObject(item) && Array.isArray(item.alternatives) ? item.alternatives[0] : null;
      if (!isObject(item) || !isObject(alternative) || typeof alternative.content !== 'string')
        throw new InputError(file, `${where} has no "alternatives": [{"content"}]`);
      const punctuation = item.type === 'punctuation';
      if (!punctuation) {
        const label =
          typeof item.speaker_label === 'string' ? item.speaker_label : speakers.get(String(item.start_time));
        speaker = label ?? speaker;
      }
      return {
        text: alternative.content,
        start: timeValue(item.start_time, `${where} "start_time"`, file),
        end: timeValue(item.end_time, `${where} "end_time"`, file),
        speaker,
        attach: punctuation,
      };
    });
    return { segments: groupWords(words), timing: 'cues', warnings: [] };
  },
};
