// A form kept as a spreadsheet and printed with the sheet's row and column headings (Excel's Page
// Setup › Sheet › "Row and column headings"): the columns' letters over every page and the rows'
// numbers before every line. Neither is the form's: read as text, each question would begin with
// its row's number and each page with a line "A B".
import type { LineBlock } from './document.js';

/** The columns' letters in order from "A", as a sheet's headings line reads ("A", "B", "C"). */
const LETTERS = (cells: LineBlock['cells']) => cells.length >= 2 && cells.every((c, k) => c.text.trim() === String.fromCharCode(65 + k));

/** Lines without the sheet's headings, where the form was printed with them: only a form whose
 *  pages open with the columns' letters loses the numbers before its lines, and only those left
 *  of the first column's letter that count up the sheet. */
export function withoutSheetHeadings(lines: LineBlock[]): LineBlock[] {
  const pages = new Set(lines.map((l) => l.page));
  const headings = lines.filter((l, i) => LETTERS(l.cells) && (i === 0 || lines[i - 1].page !== l.page));
  if (!headings.length || headings.length < pages.size) return lines;
  const firstColumn = Math.min(...headings.map((l) => l.cells[0].x ?? 0));
  const numbered = (l: LineBlock) => /^\d{1,5}$/.test(l.cells[0]?.text.trim() ?? '') && (l.cells[0].end ?? l.cells[0].x ?? 0) < firstColumn;
  const numbers = lines.filter(numbered).map((l) => Number(l.cells[0].text));
  // Row numbers rise down the sheet (hidden rows leave gaps); numbered questions would too, but
  // never under a line of column letters.
  if (numbers.length < 5 || numbers.some((n, k) => k > 0 && n <= numbers[k - 1])) return lines;
  return lines
    .filter((l) => !headings.includes(l))
    .map((l) => (numbered(l) ? { ...l, cells: l.cells.slice(1) } : l))
    .filter((l) => l.cells.length);
}
