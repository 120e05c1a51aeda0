import { readFile, stat } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { InputError } from './errors.js';
import { parseTranscript, type ParseOptions } from './parse.js';
import type { Transcript } from './types.js';

/**
 * The largest transcript read, checked with stat() before reading so that a huge file fails at
 * once in constant memory. It is what one build worker (512 MB of heap, apps/cli/src/pipeline/pool.ts)
 * parses and extracts with room to spare: a 12 MB SRT of real captions (164,000 cues, near the
 * 100-hour bound on times) built in 18 s of CPU with the whole process at 530 MB; at 15.5 MB the
 * process reached 630 MB. A four-hour conversation is under 1 MB in any format.
 */
export const MAX_TRANSCRIPT_BYTES = 12 * 1024 * 1024;

/** Reads and parses a transcript file; every problem with the file is a one-line InputError. */
export async function readTranscript(path: string, options: Omit<ParseOptions, 'path'> = {}): Promise<Transcript> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(path, fileProblem(error));
  });
  if (info.isDirectory()) throw new InputError(path, 'is a directory; give a transcript file inside it');
  if (!info.isFile()) throw new InputError(path, 'is not a regular file; give a transcript file');
  if (info.size === 0) throw new InputError(path, 'is empty; give a transcript with some text');
  if (info.size > MAX_TRANSCRIPT_BYTES) {
    throw new InputError(
      path,
      `is ${megabytes(info.size)}, over the ${megabytes(MAX_TRANSCRIPT_BYTES)} limit for one transcript; is it really a transcript? Split it into episodes`,
    );
  }
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(path, fileProblem(error));
  });
  const { text, warning } = decodeText(bytes, path);
  const transcript = parseTranscript(text, { ...options, path });
  if (warning) transcript.source.warnings.unshift(warning);
  return transcript;
}

/**
 * Text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, UTF-16 without one (told by
 * its zero bytes, with a warning) and, for bytes that are not valid UTF-8, Windows-1252 (a
 * superset of Latin-1, what legacy editors write) with a warning. Bytes that are not text at all
 * (NULs or many control characters near the start) are an InputError; a stray NUL further on is
 * replaced when the transcript is assembled.
 */
export function decodeText(bytes: Uint8Array, path: string): { text: string; warning: string | null } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), warning: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), warning: null };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    return {
      text: new TextDecoder(utf16).decode(bytes),
      warning: `has no byte-order mark but reads as ${utf16.toUpperCase()}; read as such. Save it as UTF-8 to be sure`,
    };
  }
  if (looksBinary(bytes))
    throw new InputError(path, 'is a binary file, not text; give a transcript (VTT, SRT, JSON or text)');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warning: null };
  } catch {
    // iconv-lite, because Node 20's TextDecoder('windows-1252') decodes 0x80-0x9F as Latin-1 controls (no €, no curly quotes).
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'),
      warning: 'not valid UTF-8; read as Windows-1252 (Latin-1). Convert the file to UTF-8 if accents look wrong',
    };
  }
}

/**
 * UTF-16 without a byte-order mark: text in Latin script has a zero byte in every other position,
 * the high byte of each character (first for big-endian, second for little-endian).
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 8192) / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** A NUL byte, or more than 10% control characters, in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return control > sample.length * 0.1;
}

function fileProblem(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file; check the path';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; make the file readable';
    case 'EISDIR':
      return 'is a directory; give a transcript file inside it';
    default:
      return `cannot be read (${error.code ?? error.message}); check the file`;
  }
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
