// A Word document printed with its markup shows each reviewer's comment in a balloon in the right
// margin ("Comment [TM1]: The child's own words are missing."), level with the text it is about.
// Read line by line, a balloon's words would join the answer beside them, and a blank answer
// would read as answered by the reviewer's note. The balloons are taken out of the page's text.
import type { Positioned } from './pdf-columns.js';

/** How Word opens a balloon: a comment with the reviewer's initials and number, or a change. */
const BALLOON = /^\s*(comment(ed)?\s*\[[a-z]{1,4}\d+\]|(deleted|inserted|formatted|moved \((from|to)\))\s*:)/i;

/** The page's items without markup balloons, and how many balloons there were. */
export function withoutBalloons<T extends Positioned & { text: string }>(items: T[]): { items: T[]; balloons: number } {
  const starts = items.filter((it) => BALLOON.test(it.text));
  if (!starts.length) return { items, balloons: 0 };
  const gone = new Set<T>();
  for (const start of starts) {
    // The balloon's own lines: at its left edge, each close under the last.
    let last = start;
    gone.add(start);
    const below = items.filter((it) => it.y < start.y && Math.abs(it.x - start.x) <= 3).sort((a, b) => b.y - a.y);
    for (const it of below) {
      if (last.y - it.y > it.size * 1.8 || BALLOON.test(it.text)) break;
      gone.add(it);
      last = it;
    }
  }
  return { items: items.filter((it) => !gone.has(it)), balloons: starts.length };
}
