import { decodeHTMLStrict } from 'entities';

/**
 * Text normalization applied to every input before parsing: a leading BOM goes, CRLF and lone CR
 * become LF, and whitespace look-alikes (NBSP, tabs, form feeds, Unicode spaces) become plain
 * spaces while zero-width characters vanish, so that parsers and extraction see one kind of space.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

/** Collapses runs of spaces (and line breaks inside one segment) to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Characters that are not text: NUL and other control characters, noncharacters, and surrogates
 * without their pair (which no UTF-8 encoder can write). JSON escapes (`"\u0000"`, `"\ud800"`) and
 * stray bytes put them in strings; they would reach graph.json and the CSVs as they are.
 */
const NOT_TEXT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** U+FFFD, what decoders put where a character could not be read. */
export const REPLACEMENT = '\uFFFD';

/** The text with every character that is not text replaced by U+FFFD. */
export function replaceNonText(text: string): string {
  return text.replace(NOT_TEXT, REPLACEMENT);
}

/**
 * Removes markup from a subtitle payload: `<i>`, `<c.x>`, `<00:01.000>`, `{\an8}`, and decodes
 * HTML character references the way browsers do (`&#0;` and `&#99999999;` become U+FFFD). Only
 * references closed by `;` are decoded, so `&notes` stays as it is.
 */
export function stripCueMarkup(text: string): string {
  return decodeHTMLStrict(text.replace(/<[^>\n]*>/g, '').replace(/\{\\[^}\n]*\}/g, ''));
}

/** `[Music]`, `(laughs)`: captioners' sound descriptions, not speech. */
export const SOUND_MARKER =
  /[[(](?:music|applause|laughter|laughs|laughing|inaudible|crosstalk|silence|noise|cheering|sighs|chuckles)[\])]/gi;

/**
 * One convention for the labels diarization tools give anonymous speakers: `SPEAKER_00`, `spk_0`,
 * `speaker 1` become `Speaker 0`, `Speaker 1` (the form of YouTube's auto-captions and Otter). Names stay as they are.
 */
export function normalizeSpeaker(name: string): string {
  const text = collapseSpaces(name);
  const anonymous = /^(?:speaker|spk)[\s_-]*(\d+|[A-Z])$/i.exec(text);
  if (!anonymous) return text;
  const label = anonymous[1]!;
  return `Speaker ${/^\d+$/.test(label) ? String(Number(label)) : label.toUpperCase()}`;
}
