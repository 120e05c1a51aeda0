import { InputError } from '../errors.js';
import { captionText, endAtNextStart } from '../formats/captions.js';
import type { RawSegment } from '../formats/raw.js';
import type { JsonShape } from './shape.js';
import { isObject, timeValue } from './values.js';

const MS = 0.001;

/**
 * YouTube's timed text as JSON (`fmt=json3`): `events` with `tStartMs`, `dDurationMs` and `segs`
 * of `utf8` text (word offsets are ignored). Events without text (window settings, line breaks) are skipped.
 */
export const youtubeJson3: JsonShape = {
  format: 'youtube-json3',
  looksLike: 'YouTube json3 (events[].segs[].utf8)',
  matches: (data) =>
    isObject(data) && Array.isArray(data.events) && data.events.some((event) => isObject(event) && 'tStartMs' in event),
  read: (data, file) => {
    const segments: RawSegment[] = [];
    (data as { events: unknown[] }).events.forEach((event, i) => {
      if (!isObject(event) || !Array.isArray(event.segs)) return;
      const where = `event ${i + 1}`;
      const text = captionText(
        event.segs.map((seg) => (isObject(seg) && typeof seg.utf8 === 'string' ? seg.utf8 : '')).join(''),
      );
      if (text.trim() === '') return;
      const start = timeValue(event.tStartMs, `${where} "tStartMs"`, file, MS);
      if (start === null) throw new InputError(file, `${where} has no "tStartMs" time`);
      const duration = timeValue(event.dDurationMs, `${where} "dDurationMs"`, file, MS);
      segments.push({ start, end: duration === null ? null : start + duration, speaker: null, text });
    });
    return { segments: endAtNextStart(segments), timing: 'cues', warnings: [] };
  },
};
