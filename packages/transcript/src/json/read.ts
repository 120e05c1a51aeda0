import { InputError } from '../errors.js';
import { lineError, type RawTranscript } from '../formats/raw.js';
import type { TranscriptFormat } from '../types.js';
import { assemblyAiJson } from './assemblyai.js';
import { awsTranscribeJson } from './aws-transcribe.js';
import { deepgramJson } from './deepgram.js';
import { podcastJson } from './podcast.js';
import type { JsonShape } from './shape.js';
import { jsonSegments, whisperJson } from './turns.js';
import { titleOf } from './values.js';
import { youtubeJson3 } from './youtube.js';

/** The JSON shapes talkgraph reads, tried in this order: the vendors' own first, the generic turns last. */
export const JSON_SHAPES: readonly JsonShape[] = [
  deepgramJson,
  awsTranscribeJson,
  assemblyAiJson,
  youtubeJson3,
  podcastJson,
  whisperJson,
  jsonSegments,
];

/**
 * A JSON transcript, matched by its shape. A shape talkgraph does not know is an InputError that
 * lists the ones it does.
 */
export function readJson(text: string, file: string): { format: TranscriptFormat; raw: RawTranscript } {
  const data = parseJson(text, file);
  const shape = JSON_SHAPES.find((candidate) => candidate.matches(data));
  if (!shape) {
    throw new InputError(
      file,
      `JSON of a shape talkgraph does not read; it reads ${JSON_SHAPES.map((known) => known.looksLike).join('; ')}`,
    );
  }
  const raw = shape.read(data, file);
  return { format: shape.format, raw: { ...raw, title: raw.title ?? titleOf(data) } };
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
