/** A run of non-blank lines, with the 1-based number of its first line for error messages. */
export interface Block {
  line: number;
  lines: string[];
}

const whitespaceOnly = (line: string) => line.trim() === '';

/** Splits lines at blank lines, as WebVTT and SubRip separate cues. */
export function splitBlocks(
  lines: string[],
  isBlank: (line: string, previous: string | undefined) => boolean = whitespaceOnly,
): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  lines.forEach((text, i) => {
    if (isBlank(text, lines[i - 1])) {
      current = null;
    } else if (current) {
      current.lines.push(text);
    } else {
      current = { line: i + 1, lines: [text] };
      blocks.push(current);
    }
  });
  return blocks;
}
