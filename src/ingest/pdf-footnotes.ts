// Word prints a footnote as a small raised number after the words it is on ("Yes⁵") and, at the
// foot of the page, the same number, small, before the note ("⁵ Given verbally at the meeting").
// Read line by line, the answer would end in a stray digit ("Yes5") and the note would stand
// apart as a line nobody asked for. The note belongs to the answer: it is read in where its
// number stands, and its own lines at the page's foot are left out.
import { noteText } from './document.js';
import type { Positioned } from './pdf-columns.js';

const NUMBER = /^\s*\d{1,2}\s*$/;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The page's items with each footnote read into the answer that refers to it, and how many. */
export function withFootnotes<T extends Positioned & { text: string }>(items: T[]): { items: T[]; notes: number } {
  const body = median(items.filter((it) => it.text.trim().length > 3).map((it) => it.size));
  const small = items.filter((it) => NUMBER.test(it.text) && it.size <= body * 0.75);
  if (!small.length) return { items, notes: 0 };
  const level = (a: Positioned, b: Positioned) => Math.abs(a.y - b.y) <= body * 0.6;
  const gone = new Set<T>();
  const notes = new Map<string, string>();
  const refs: T[] = [];
  for (const n of small) {
    const before = items.find((it) => it !== n && level(it, n) && it.x < n.x && it.x + it.width >= n.x - body * 0.4);
    if (before) {
      // Raised above the words it follows: a reference.
      if (n.y > before.y + before.size * 0.15) refs.push(n);
      continue;
    }
    // Nothing before it, the note's words close after it: the note itself, with the lines under
    // it that start where its words do.
    const first = items.filter((it) => it !== n && level(it, n) && it.x > n.x && it.x <= n.x + n.width + body * 1.5).sort((a, b) => a.x - b.x)[0];
    if (!first || first.size > body) continue;
    const lines: T[][] = [items.filter((it) => it !== n && level(it, first) && it.x >= first.x)];
    for (;;) {
      const last = lines[lines.length - 1][0];
      const next = items.filter((it) => it.y < last.y && last.y - it.y <= last.size * 1.7 && Math.abs(it.x - first.x) <= 2 && !small.includes(it));
      const start = next.sort((a, b) => b.y - a.y)[0];
      // The next note's own line starts with its number.
      if (!start || small.some((s) => level(s, start) && s.x < start.x)) break;
      lines.push(items.filter((it) => level(it, start) && it.x >= start.x));
    }
    notes.set(n.text.trim(), lines.map((l) => l.sort((a, b) => a.x - b.x).map((it) => it.text).join(' ')).join(' '));
    gone.add(n);
    for (const it of lines.flat()) gone.add(it);
  }
  let read = 0;
  const out = items.flatMap((it) => {
    if (gone.has(it)) return [];
    if (!refs.includes(it)) return [it];
    const note = notes.get(it.text.trim());
    if (note === undefined) return [it];
    read++;
    return [{ ...it, text: noteText(note), y: items.find((b) => b !== it && level(b, it) && b.x < it.x)?.y ?? it.y, size: body }];
  });
  return { items: out, notes: read };
}
