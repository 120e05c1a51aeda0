/** A node that may get a label, in viewport pixels. */
export interface LabelCandidate {
  key: string;
  x: number;
  y: number;
  /** Radius of the node's disc as drawn. */
  size: number;
  /** Width of its label text as drawn. */
  width: number;
  /** Labelled whenever it fits, beyond the limit (the selection, its neighbours, search hits). */
  always?: boolean;
}

export interface LabelLayout {
  /** Height of a label line (the label font size). */
  height: number;
  /** Space between the disc and its label (sigma draws labels `size + 3` px right of the centre). */
  offset: number;
  /** Space kept free around every label, so that the map does not turn into a wall of text. */
  margin: number;
  /** At most this many labels, besides those of candidates marked `always`. */
  limit: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a label may go around its node, in the order tried: right of it reads best. */
export const LABEL_SIDES = ['right', 'left', 'below', 'above'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/** Where a candidate's label is drawn on that side of its disc. */
export function labelBox(
  c: Pick<LabelCandidate, 'x' | 'y' | 'size' | 'width'>,
  layout: Pick<LabelLayout, 'height' | 'offset'>,
  side: LabelSide = 'right',
): Box {
  const half = layout.height / 2;
  const gap = c.size + layout.offset;
  switch (side) {
    case 'right':
      return { x0: c.x + gap, y0: c.y - half, x1: c.x + gap + c.width, y1: c.y + half };
    case 'left':
      return { x0: c.x - gap - c.width, y0: c.y - half, x1: c.x - gap, y1: c.y + half };
    case 'below':
      return { x0: c.x - c.width / 2, y0: c.y + gap, x1: c.x + c.width / 2, y1: c.y + gap + layout.height };
    case 'above':
      return { x0: c.x - c.width / 2, y0: c.y - gap - layout.height, x1: c.x + c.width / 2, y1: c.y - gap };
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

const CELL = 64;

/**
 * Which candidates get a label, and on which side, taken in the order given (most important
 * first, `always` ones before the others): a label goes on the first side where it overlaps no
 * label kept before it, nor the disc of any node before it. Greedy over a grid of buckets, so
 * linear in the candidates.
 */
export function placeLabels(candidates: Iterable<LabelCandidate>, layout: LabelLayout): Map<string, LabelSide> {
  const placed = new Map<string, LabelSide>();
  const grid = new Map<number, Box[]>();
  /** Visits the grid cells a box covers; stops, returning true, when `visit` returns true. */
  const cells = (b: Box, visit: (key: number) => boolean): boolean => {
    const cx0 = Math.floor(b.x0 / CELL);
    const cx1 = Math.floor(b.x1 / CELL);
    const cy0 = Math.floor(b.y0 / CELL);
    const cy1 = Math.floor(b.y1 / CELL);
    for (let cx = cx0; cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++) if (visit(cx * 100_003 + cy) === true) return true;
    return false;
  };
  const hits = (b: Box) => cells(b, (key) => grid.get(key)?.some((other) => overlaps(b, other)) ?? false);
  const add = (b: Box) =>
    cells(b, (key) => {
      const bucket = grid.get(key);
      if (bucket) bucket.push(b);
      else grid.set(key, [b]);
      return false;
    });
  const m = layout.margin;
  let counted = 0;
  for (const c of candidates) {
    if (!c.always && counted >= layout.limit) break;
    if (!Number.isFinite(c.x) || !Number.isFinite(c.y)) continue;
    const side = LABEL_SIDES.find((s) => {
      const b = labelBox(c, layout, s);
      return !hits({ x0: b.x0 - m, y0: b.y0 - m / 2, x1: b.x1 + m, y1: b.y1 + m / 2 });
    });
    // Less important labels keep off this node, labelled or not.
    add({ x0: c.x - c.size, y0: c.y - c.size, x1: c.x + c.size, y1: c.y + c.size });
    if (side === undefined) continue;
    placed.set(c.key, side);
    if (!c.always) counted++;
    add(labelBox(c, layout, side));
  }
  return placed;
}
