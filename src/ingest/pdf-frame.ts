// Some print drivers put a landscape page (a wide action plan, say) sideways on portrait paper and
// turn the page for reading (its /Rotate): the text then runs up the paper, and read by the
// paper's own axes each line would be a column of words. A page is read in the frame its text
// reads in: x along the lines, y up the page as the reader sees it.

/** A PDF transform, [a b c d e f]. */
export type Matrix = [number, number, number, number, number, number];

export const UPRIGHT: Matrix = [1, 0, 0, 1, 0, 0];

/** A transform applied to the current one, as PDF's `cm` operator does. */
export const times = (t: Matrix, m: Matrix): Matrix => [
  t[0] * m[0] + t[1] * m[2],
  t[0] * m[1] + t[1] * m[3],
  t[2] * m[0] + t[3] * m[2],
  t[2] * m[1] + t[3] * m[3],
  t[4] * m[0] + t[5] * m[2] + m[4],
  t[4] * m[1] + t[5] * m[3] + m[5],
];
export const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** A box [x1, y1, x2, y2] in the frame, its corners in order again. */
export function boxIn(m: Matrix, rect: number[]): number[] {
  const [x1, y1] = apply(m, rect[0], rect[1]);
  const [x2, y2] = apply(m, rect[2], rect[3]);
  return [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)];
}

/** The frame the page's text reads in: the way most of its letters run, turned upright within
 *  the page's box `view` ([x1, y1, x2, y2]). */
export function readingFrame(items: { str: string; transform: number[] }[], view: number[]): Matrix {
  const letters = new Map<number, number>();
  for (const it of items) {
    const turn = (Math.round(Math.atan2(it.transform[1], it.transform[0]) / (Math.PI / 2)) + 4) % 4;
    letters.set(turn, (letters.get(turn) ?? 0) + it.str.trim().length);
  }
  const turn = [...letters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const [w, h] = [view[2], view[3]];
  // Running up the paper, the reader's x is the paper's y and the reader's up is the paper's left.
  if (turn === 1) return [0, -1, 1, 0, 0, w];
  if (turn === 3) return [0, 1, -1, 0, h, 0];
  if (turn === 2) return [-1, 0, 0, -1, w, h];
  return UPRIGHT;
}
