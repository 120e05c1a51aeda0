/** The words of a label: accents, case, possessives and punctuation removed. */
export function labelWords(label: string): string[] {
  return label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * The dedupe key of a label: two labels that normalize to the same string name the same thing.
 * Case, accents, possessives, punctuation and spacing are ignored ("fast AI", "fast.ai", "FastAI"
 * -> `fastai`), and a plural `s` is dropped from the last word ("TPUs" -> `tpu`). Words of three
 * letters or fewer keep their `s` so that "JS" never becomes "J", and `ss` endings stay.
 */
export function normalizeLabel(label: string): string {
  const words = labelWords(label);
  const last = words.length - 1;
  if (last >= 0) words[last] = singular(words[last]!);
  return words.join('');
}

function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss')) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.slice(0, -1);
}
