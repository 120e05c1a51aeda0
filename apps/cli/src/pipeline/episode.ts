import { toErrorData } from '@talkgraph/errors';
import type { Catalog } from '@talkgraph/extract';
import { extractEpisode } from '@talkgraph/extract';
import type { Transcript } from '@talkgraph/transcript';
import { readTranscript } from '@talkgraph/transcript';
import type { EpisodeResult, EpisodeTask } from './protocol.js';

/** Parses and extracts one episode: the job of a worker thread. Errors become results, as data. */
export async function processEpisode(task: EpisodeTask, catalog: Catalog): Promise<EpisodeResult> {
  try {
    const transcript = await readTranscript(task.file);
    const episode = {
      id: task.id,
      title: task.title ?? transcript.title ?? task.fileTitle,
      source: task.file,
      mediaUrl: task.mediaUrl,
      duration: durationOf(transcript),
    };
    const extraction = extractEpisode(transcript, { episode, catalog });
    const segments = transcript.segments.map(({ start, end, speaker, text }) => ({ start, end, speaker, text }));
    return { ok: true, file: task.file, extraction, segments, warnings: transcript.source.warnings };
  } catch (error) {
    // An input error already names its file; anything else gets the file added, so the user knows which one.
    const data = toErrorData(error);
    return {
      ok: false,
      file: task.file,
      error: data.kind === 'input' ? data : { ...data, message: `${task.file}: ${data.message}` },
    };
  }
}

/** Seconds to the end of the last timed segment, or null for a transcript without times. */
function durationOf(transcript: Transcript): number | null {
  let last: number | null = null;
  for (const { start, end } of transcript.segments) {
    const time = end ?? start;
    if (time !== null && (last === null || time > last)) last = time;
  }
  return last;
}
