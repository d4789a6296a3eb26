// A form printed "2 pages per sheet" (a print driver's setting, to save paper): each landscape
// sheet holds two of its pages side by side, shrunk to fit. Read line by line across the sheet,
// each line would join the left page's text to the right's, so each half is read on its own,
// the left first. Unlike a landscape form's wide table, nothing at all crosses the sheet's middle
// (each page has its own title, header and footer), and the two pages keep the same margins:
// their text starts as far into each half, and as far down.
import type { Positioned } from './pdf-columns.js';

/** Where the right-hand page starts, if the sheet (`box`, [x1, y1, x2, y2] in the reading frame)
 *  holds two pages side by side; items left of it are the left page's. */
export function sheetSplit(items: Positioned[], box: number[]): number | null {
  const [x1, y1, x2, y2] = box;
  const [w, h] = [x2 - x1, y2 - y1];
  if (w <= h) return null;
  const middle = x1 + w / 2;
  const text = items.filter((it) => it.width > 0);
  if (text.some((it) => it.x < middle - 1 && it.x + it.width > middle + 1)) return null;
  const left = text.filter((it) => it.x < middle);
  const right = text.filter((it) => it.x >= middle);
  if (left.length < 10 || right.length < 3) return null;
  const inset = (half: Positioned[], from: number) => Math.min(...half.map((it) => it.x)) - from;
  const top = (half: Positioned[]) => Math.max(...half.map((it) => it.y + it.size));
  const sameMargins = Math.abs(inset(left, x1) - inset(right, middle)) <= w * 0.02 && Math.abs(top(left) - top(right)) <= h * 0.02;
  return sameMargins && inset(right, middle) > w * 0.005 ? middle : null;
}
