import { gzipSync } from 'node:zlib';
import type { SerializedTalkGraph } from '@talkgraph/graph';

type Segment = SerializedTalkGraph['attributes']['episodes'][number]['segments'][number];

/**
 * An episode's segments by column (read back by `unpackSegments` in the browser's core/content.ts):
 * texts, speakers, starts as differences from the one before and ends as lengths, in milliseconds
 * when every time has at most three decimals (captions' precision), else in seconds as given. Columns
 * of small numbers gzip to about two thirds of the segments' JSON, the most of a large page.
 */
export function packSegments(segments: readonly Segment[]): string {
  const exact = segments.every((s) => [s.start, s.end].every((t) => t === null || Math.round(t * 1000) / 1000 === t));
  const unit = exact ? 1000 : 1;
  const scaled = (t: number) => (exact ? Math.round(t * 1000) : t);
  let previous = 0;
  const start = segments.map((s) => {
    if (s.start === null) return null;
    const delta = scaled(s.start) - previous;
    previous = scaled(s.start);
    return exact ? delta : s.start;
  });
  const end = segments.map((s) =>
    s.end === null ? null : exact && s.start !== null ? scaled(s.end) - scaled(s.start) : s.end,
  );
  return JSON.stringify({
    unit,
    text: segments.map((s) => s.text),
    speaker: segments.map((s) => s.speaker),
    start,
    end,
  });
}

/** Text gzipped (Node's gzip header holds no time, so the bytes are deterministic), in base64: nothing in it can close a script. */
export function gzipBase64(text: string): string {
  return gzipSync(text, { level: 9 }).toString('base64');
}
