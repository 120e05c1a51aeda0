import { InputError } from '../errors.js';
import { groupWords, type TimedWord } from '../formats/words.js';
import type { JsonShape } from './shape.js';
import { isObject, speakerValue, timeValue } from './values.js';

type Results = { utterances?: unknown[]; channels?: unknown[] };

/**
 * Deepgram's `/listen` response: `results.utterances` when asked for (`utterances=true`), else
 * the words of each channel's first alternative (`punctuated_word` when present), times in
 * seconds, speakers numbered when diarized. With several channels and no speakers, the channel
 * is the speaker.
 */
export const deepgramJson: JsonShape = {
  format: 'deepgram-json',
  looksLike: 'Deepgram (results.channels[].alternatives[].words, results.utterances)',
  matches: (data) =>
    isObject(data) &&
    isObject(data.results) &&
    (Array.isArray(data.results.channels) || Array.isArray(data.results.utterances)),
  read: (data, file) => {
    const results = (data as { results: Results }).results;
    const channels = results.channels ?? [];
    const speakerOf = (item: Record<string, unknown>) =>
      speakerValue(item.speaker) ??
      (channels.length > 1 && typeof item.channel === 'number' ? `Channel ${item.channel}` : null);
    if (results.utterances && results.utterances.length > 0) {
      const segments = results.utterances.map((item, i) => {
        const where = `utterance ${i + 1}`;
        if (!isObject(item) || typeof item.transcript !== 'string')
          throw new InputError(file, `${where} has no "transcript" string`);
        return {
          text: item.transcript,
          start: timeValue(item.start, `${where} "start"`, file),
          end: timeValue(item.end, `${where} "end"`, file),
          speaker: speakerOf(item),
        };
      });
      return { segments, timing: 'cues', warnings: [] };
    }
    const words: TimedWord[] = [];
    channels.forEach((channel, c) => {
      const alternative = isObject(channel) && Array.isArray(channel.alternatives) ? channel.alternatives[0] : null;
      const list = isObject(alternative) && Array.isArray(alternative.words) ? alternative.words : [];
      list.forEach((word, i) => {
        const where = `channel ${c + 1} word ${i + 1}`;
        const text = isObject(word) ? (word.punctuated_word ?? word.word) : undefined;
        if (!isObject(word) || typeof text !== 'string') throw new InputError(file, `${where} has no "word" string`);
        words.push({
          text,
          start: timeValue(word.start, `${where} "start"`, file),
          end: timeValue(word.end, `${where} "end"`, file),
          speaker: speakerOf({ ...word, channel: c }),
        });
      });
    });
    words.sort((a, b) => (a.start ?? 0) - (b.start ?? 0)); // stable: one channel's words keep their order
    return { segments: groupWords(words), timing: 'cues', warnings: [] };
  },
};
