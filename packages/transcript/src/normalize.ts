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

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lrm: '',
  rlm: '',
};

/** Removes markup from a subtitle payload: `<i>`, `<c.x>`, `<00:01.000>`, `{\an8}`, and decodes entities. */
export function stripCueMarkup(text: string): string {
  return text
    .replace(/<[^>\n]*>/g, '')
    .replace(/\{\\[^}\n]*\}/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|lrm|rlm);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}
