// A page set in two columns of text, as leaflet-style forms are: read line by line across the
// page, each line would join the left column's text to the right's. Such a page is read as its
// left column and then its right. A table of two columns looks alike at a glance (a split nothing
// crosses), so more must hold: the split sits at the middle of the text, headings and labels in
// bold open lines of the right half beside plain text in the left, and the left half's prose runs
// on to the gutter the way wrapped text does.

export interface Positioned {
  x: number;
  y: number;
  width: number;
  size: number;
  bold?: boolean;
}

/** Lines of a page (items at one height), top first. */
export function rowsOf<T extends Positioned>(items: T[]): { y: number; items: T[] }[] {
  const rows: { y: number; items: T[] }[] = [];
  for (const it of [...items].sort((a, b) => b.y - a.y)) {
    const row = rows.find((r) => Math.abs(r.y - it.y) <= Math.max(2, it.size * 0.4));
    if (row) row.items.push(it);
    else rows.push({ y: it.y, items: [it] });
  }
  return rows.sort((a, b) => b.y - a.y);
}

/** Where the right column starts, if the page is set in two columns of text; items left of it
 *  are the left column's. */
export function columnSplit(items: Positioned[]): number | null {
  const text = items.filter((it) => it.width > 0);
  if (text.length < 20) return null;
  const left = Math.min(...text.map((it) => it.x));
  const right = Math.max(...text.map((it) => it.x + it.width));
  const span = right - left;
  // The commonest start in the middle of the text, where the right column's lines begin.
  const starts = new Map<number, number>();
  for (const it of text) {
    const x = Math.round(it.x);
    if (x > left + span * 0.4 && x < left + span * 0.6) starts.set(x, (starts.get(x) ?? 0) + 1);
  }
  const [split, count] = [...starts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (count < 8) return null;
  const rows = rowsOf(text).map((r) => r.items);
  // Nothing crosses the gutter but the title, a running header or a footer, at the page's ends.
  const crosses = (it: Positioned) => it.x < split - 2 && it.x + it.width > split - 4;
  if (rows.some((r, i) => i >= 2 && i < rows.length - 2 && r.some(crosses))) return null;
  const leftOf = (r: Positioned[]) => r.filter((it) => it.x < split - 2);
  const rightOf = (r: Positioned[]) => r.filter((it) => it.x >= split - 2);
  // Headings and labels opening lines in the right half beside plain text (or none) in the left:
  // a table's right column holds answers, and a row's bold cells go with the left one's.
  const headsRight = rows.filter((r) => rightOf(r)[0]?.bold && !leftOf(r).some((it) => it.bold)).length;
  // Prose in the left half wrapped at the gutter.
  const gutter = split - Math.max(...text.filter((it) => it.x < split - 2).map((it) => it.x + it.width));
  const reach = rows.filter((r) => {
    const l = leftOf(r);
    return l.length > 0 && !l.some((it) => it.bold) && split - Math.max(...l.map((it) => it.x + it.width)) < gutter + (split - left) * 0.15;
  }).length;
  return headsRight >= 3 && reach >= 3 ? split : null;
}
