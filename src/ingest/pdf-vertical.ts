// A grid's narrow columns are often headed with text turned to run up the page ("Given in writing"
// over a column of boxes). pdf.js places such text where its first letter sits, at the foot of the
// header cell, and measures it along its run: read as it stands, each heading would be a line of
// its own under the header, as wide as it is tall. Each is put where a reader takes it: across the
// column it heads, on the header's line.
import type { Matrix } from './pdf-frame.js';
import type { Positioned } from './pdf-columns.js';

/** Which way a text item runs in the reading frame: along the line, turned up or down it,
 *  upside down, or on the slant (neither across nor up the page). */
export function runOf(frame: Matrix, transform: number[]): 'along' | 'up' | 'down' | 'reversed' | 'slant' {
  const dx = frame[0] * transform[0] + frame[2] * transform[1];
  const dy = frame[1] * transform[0] + frame[3] * transform[1];
  if (Math.abs(dy) <= Math.abs(dx) * 0.05) return dx > 0 ? 'along' : 'reversed';
  if (Math.abs(dx) <= Math.abs(dy) * 0.05) return dy > 0 ? 'up' : 'down';
  return 'slant';
}

/** Items turned up or down the page set across their column, each heading of a row of them at the
 *  height of the line their row heads: a line of text beside them whose height falls within
 *  their span, or else their top. */
export function withTurnedUpright<T extends Positioned & { run?: string }>(items: T[]): T[] {
  const turned = items.filter((it) => it.run === 'up' || it.run === 'down');
  if (!turned.length) return items;
  // Each turned item's span up the page, and its footprint across it (a letter's height, left of
  // where it starts when it runs up, right when it runs down).
  const span = (it: T) => (it.run === 'up' ? [it.y, it.y + it.width] : [it.y - it.width, it.y]);
  const groups: T[][] = [];
  for (const it of [...turned].sort((a, b) => a.x - b.x)) {
    const [lo, hi] = span(it);
    const group = groups.find((g) => g.some((o) => span(o)[0] <= hi && span(o)[1] >= lo));
    if (group) group.push(it);
    else groups.push([it]);
  }
  const along = items.filter((it) => !it.run || it.run === 'along');
  const placed = new Map<T, T>();
  for (const g of groups) {
    const lo = Math.min(...g.map((it) => span(it)[0]));
    const top = Math.max(...g.map((it) => span(it)[1]));
    const size = Math.max(...g.map((it) => it.size));
    const left = Math.min(...g.map((it) => (it.run === 'up' ? it.x - it.size * 0.8 : it.x)));
    // A cap's height under the top is where a line set at the top of the cell sits.
    const beside = along.filter((it) => it.x < left && it.y >= lo - 1 && it.y <= top - size * 0.5).sort((a, b) => b.y - a.y)[0];
    const y = beside?.y ?? top - size * 0.8;
    for (const it of g) placed.set(it, { ...it, x: it.run === 'up' ? it.x - it.size * 0.8 : it.x + it.size * 0.2, y, width: it.size * 0.8 });
  }
  return items.map((it) => placed.get(it) ?? it);
}
