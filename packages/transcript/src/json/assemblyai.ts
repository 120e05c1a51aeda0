import { InputError } from '../errors.js';
import { groupWords } from '../formats/words.js';
import type { JsonShape } from './shape.js';
import { isObject, timeValue } from './values.js';

/** Fields of an AssemblyAI transcript object that no other tool writes. */
const MARKERS = ['audio_url', 'acoustic_model', 'language_model', 'speech_model', 'audio_duration'];
const MS = 0.001;

/** AssemblyAI labels speakers `A`, `B`, …; a name (speaker identification) stays a name. */
const speakerOf = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? (/^[A-Z]$/.test(value) ? `Speaker ${value}` : value) : null;

/**
 * AssemblyAI's transcript object: `utterances` (one per speaker turn, with speaker labels) or
 * else `words`, each with `start` and `end` in milliseconds.
 */
export const assemblyAiJson: JsonShape = {
  format: 'assemblyai-json',
  looksLike: 'AssemblyAI (utterances or words, in milliseconds)',
  matches: (data) =>
    isObject(data) &&
    (Array.isArray(data.utterances) || Array.isArray(data.words)) &&
    (MARKERS.some((key) => key in data) ||
      (Array.isArray(data.utterances) &&
        data.utterances.some((u) => isObject(u) && typeof u.speaker === 'string' && /^[A-Z]$/.test(u.speaker)))),
  read: (data, file) => {
    const { utterances, words } = data as { utterances?: unknown[]; words?: unknown[] };
    const items = utterances && utterances.length > 0 ? utterances : (words ?? []);
    const read = items.map((item, i) => {
      const where = `${items === utterances ? 'utterance' : 'word'} ${i + 1}`;
      if (!isObject(item) || typeof item.text !== 'string') throw new InputError(file, `${where} has no "text" string`);
      return {
        text: item.text,
        start: timeValue(item.start, `${where} "start"`, file, MS),
        end: timeValue(item.end, `${where} "end"`, file, MS),
        speaker: speakerOf(item.speaker),
      };
    });
    return { segments: items === utterances ? read : groupWords(read), timing: 'cues', warnings: [] };
  },
};
