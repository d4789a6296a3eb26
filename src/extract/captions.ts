// A paper form typed into, or printed, with each answer written on its line and the question
// printed small beneath it ("Leo Haddad" over "Child's full name"), as passport forms have it:
// read top down, every answer comes before its question. A row of such boxes is put back as the
// rest of the reading expects a row of questions over their answers: the questions first.
import type { LineBlock } from '../ingest/document.js';

type IsQuestion = (text: string) => boolean;

/** A box's lines, top down, are its answer and then its question: every line but the last
 *  answers, the last asks. A box with its answer blank holds the question alone. */
function captioned(lines: string[], isQuestion: IsQuestion): { question: string; answer: string; plainly: boolean } | null {
  const kept = lines.map((l) => l.trim()).filter(Boolean);
  if (!kept.length || !isQuestion(kept[kept.length - 1])) return null;
  const answer = kept.slice(0, -1);
  // An answer may read as a question too ("Youth Worker"): only where none does is the box plain.
  return { question: kept[kept.length - 1], answer: answer.join(' '), plainly: answer.length > 0 && !answer.some(isQuestion) };
}

/** How many of a form's Word table cells plainly hold an answer over its question: where there
 *  are a few, the form's boxes are read so. */
export function captionedBoxes(tables: string[][][], isQuestion: IsQuestion): number {
  return tables.flat(2).filter((cell) => cell.includes('\n') && captioned(cell.split('\n'), isQuestion)?.plainly).length;
}

/** A Word table row of boxes, each an answer over its caption, as each box's question and
 *  answer; null for a row that is not, where every box must end on a question (or be blank) and
 *  one at least hold an answer over it. */
export function captionedRow(row: string[], isQuestion: IsQuestion): { question: string; answer: string }[] | null {
  const boxes = row.map((cell) => (cell.trim() ? captioned(cell.split('\n'), isQuestion) : { question: '', answer: '', plainly: false }));
  return boxes.every(Boolean) && boxes.some((b) => b!.answer) ? boxes.filter((b) => b!.question).map((b) => ({ question: b!.question, answer: b!.answer })) : null;
}

/** Columns of one band start within this much of each other (points). */
const SAME_X = 3;

/** A PDF's lines with each band of boxes (lines set close, none in bold) whose every column ends
 *  on a question, with answers above it, put as the line of questions and the line of answers. */
export function captionedLines(lines: LineBlock[], isQuestion: IsQuestion): LineBlock[] {
  const bands: { at: number; lines: LineBlock[] }[] = [];
  for (let i = 0; i < lines.length; ) {
    const band = bandFrom(lines, i);
    if (band.length >= 2) bands.push({ at: i, lines: band });
    i += Math.max(1, band.length);
  }
  // Where some bands plainly hold answers over questions, the form is one of boxes, and a band
  // whose answers read as questions too ("Kingsmere Academy" over "School") is boxes as well.
  const boxed = bands.filter((b) => boxesOf(b.lines, isQuestion, false)).length >= 2;
  const out: LineBlock[] = [];
  let i = 0;
  for (const band of bands) {
    const read = boxesOf(band.lines, isQuestion, boxed);
    if (!read) continue;
    out.push(...lines.slice(i, band.at), ...read);
    i = band.at + band.lines.length;
  }
  return [...out, ...lines.slice(i)];
}

/** Lines from `i` one under another at no more than a line's height, none in bold. */
function bandFrom(lines: LineBlock[], i: number): LineBlock[] {
  const band = [lines[i]];
  const plain = (l: LineBlock) => l.y !== undefined && l.cells.every((c) => !c.bold);
  if (!plain(lines[i])) return [];
  for (let k = i + 1; k < lines.length; k++) {
    const l = lines[k];
    const above = band[band.length - 1];
    // Within a box its lines are a line's height apart; between rows of boxes the boxes' edges
    // add room. A line's height is about its type's size and a third: less than 14 points here.
    if (l.page !== above.page || l.half !== above.half || !plain(l) || above.y! - l.y! > 14 || above.y! - l.y! <= 0) break;
    band.push(l);
  }
  return band;
}

function boxesOf(band: LineBlock[], isQuestion: IsQuestion, boxed: boolean): LineBlock[] | null {
  const xs: number[] = [];
  const stacks: { cells: LineBlock['cells'] }[] = [];
  for (const line of band) {
    for (const c of line.cells) {
      const x = c.x ?? 0;
      let at = xs.findIndex((v) => Math.abs(v - x) <= SAME_X);
      if (at < 0) at = xs.push(x) - 1;
      (stacks[at] ??= { cells: [] }).cells.push(c);
    }
  }
  const boxes = stacks.map((s) => captioned(s.cells.map((c) => c.text), isQuestion));
  if (boxes.some((b) => !b) || !boxes.some((b) => b!.plainly || (boxed && b!.answer))) return null;
  const order = xs.map((x, k) => k).sort((a, b) => xs[a] - xs[b]);
  const cell = (k: number, text: string) => ({ text, x: stacks[k].cells[0].x, end: Math.max(...stacks[k].cells.map((c) => c.end ?? 0)) });
  const last = band[band.length - 1];
  return [
    { ...last, cells: order.map((k) => cell(k, boxes[k]!.question)) },
    { ...band[0], cells: order.filter((k) => boxes[k]!.answer).map((k) => cell(k, boxes[k]!.answer)) },
  ];
}
