// A table whose cells are set in the middle of their rows (Word's vertical alignment "Center")
// prints a short answer level with the middle of a long question: a PDF's lines then go question,
// answer, rest of the question, and an answer longer than its question starts above it. Read line
// by line, the answer falls between the halves of its question, or under the question before. The
// lines of such a table are put back as a table set at the top of its rows prints them: each
// row's question and answer from its first line down, as the rest of the reading expects.
import type { LineBlock } from '../ingest/document.js';

type Cell = LineBlock['cells'][number];
interface Placed {
  line: LineBlock;
  cell: Cell;
  y: number;
}
/** a cell's lines one under another, no more than a line's height apart, in one column */
interface Group {
  column: number;
  lines: Placed[];
  top: number;
  bottom: number;
}

/** Lines of one column start within this much of each other (points). */
const SAME_X = 2;

export function topAligned(lines: LineBlock[]): LineBlock[] {
  const out: LineBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    // A run of lines down one page; a page set in two columns runs down each in turn.
    let k = i + 1;
    while (k < lines.length && lines[k].page === lines[i].page && lines[k].half === lines[i].half && lines[k].y !== undefined && lines[k].y! < lines[k - 1].y!) k++;
    const run = lines.slice(i, k);
    out.push(...((run[0].y !== undefined && realigned(run)) || run));
    i = k;
  }
  return out;
}

/** The run's lines with each row's cells side by side from the row's first line down, or null
 *  where the run does not read as middle-aligned (each row's cells already start on its first
 *  line, as most tables print). */
function realigned(run: LineBlock[]): LineBlock[] | null {
  if (run.length < 4) return null;
  const xs: number[] = [];
  const columnOf = (c: Cell) => {
    const x = c.x ?? 0;
    const at = xs.findIndex((v) => Math.abs(v - x) <= SAME_X);
    return at >= 0 ? at : xs.push(x) - 1;
  };
  const placed = run.flatMap((line) => line.cells.map((cell) => ({ line, cell, y: line.y!, column: columnOf(cell) })));
  const step = lineStep(placed);
  if (!step) return null;
  const groups: Group[] = [];
  const lastIn = new Map<number, Group>();
  for (const p of placed) {
    const last = lastIn.get(p.column);
    if (last && last.bottom - p.y <= step * 1.2 && !!last.lines[0].cell.bold === !!p.cell.bold) {
      last.lines.push(p);
      last.bottom = p.y;
    } else {
      const g = { column: p.column, lines: [p], top: p.y, bottom: p.y };
      groups.push(g);
      lastIn.set(p.column, g);
    }
  }
  // A row: groups in different columns that start level, or whose middles are level.
  const centre = (g: Group) => (g.top + g.bottom) / 2;
  const rows: Group[][] = [];
  for (const g of [...groups].sort((a, b) => b.top - a.top)) {
    const row = rows.find((r) => !r.some((o) => o.column === g.column) && r.some((o) => Math.abs(o.top - g.top) <= step * 0.4 || Math.abs(centre(o) - centre(g)) <= step * 0.4));
    if (row) row.push(g);
    else rows.push([g]);
  }
  const offset = rows.filter((r) => r.length >= 2 && r.some((g) => Math.abs(g.top - r[0].top) >= step * 0.4)).length;
  if (offset < 2) return null;
  const out: LineBlock[] = [];
  for (const row of rows.sort((a, b) => Math.max(...b.map((g) => g.top)) - Math.max(...a.map((g) => g.top)))) {
    const cols = row.sort((a, b) => xs[a.column] - xs[b.column]);
    for (let n = 0; n < Math.max(...cols.map((g) => g.lines.length)); n++) {
      const here = cols.map((g) => g.lines[n]).filter((p): p is Placed => !!p);
      out.push({ ...here[0].line, y: here[0].y, cells: here.map((p) => p.cell) });
    }
  }
  return out;
}

/** The height of a line of text: the least gap between lines of one column, to the half point,
 *  met twice at least (rows of one line each are further apart, by the cells' edges). */
function lineStep(placed: (Placed & { column: number })[]): number | null {
  const counts = new Map<number, number>();
  const lastY = new Map<number, number>();
  for (const p of placed) {
    const above = lastY.get(p.column);
    lastY.set(p.column, p.y);
    if (above === undefined) continue;
    const gap = Math.round((above - p.y) * 2) / 2;
    if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  const steps = [...counts.entries()].filter(([, n]) => n >= 2).map(([gap]) => gap);
  return steps.length ? Math.min(...steps) : null;
}
