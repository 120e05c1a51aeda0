import { readFile } from 'node:fs/promises';
import type { Transcript } from './types.js';

// TEMPORARY skeleton: replaced by the ingestion work (issue 2).
export async function readTranscript(path: string): Promise<Transcript> {
  const text = await readFile(path, 'utf8');
  return {
    source: { path, format: 'plain', timing: 'none', repairs: 0, warnings: [] },
    segments: [{ index: 0, start: null, end: null, speaker: null, text }],
  };
}
