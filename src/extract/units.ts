// Turns the blocks of either format into one sequence of units: headings, label/value pairs, free
// text and row tables. A PDF's lines are stitched back first: a wrapped label or answer continues
// in the column it started in.
import { captionedBoxes, captionedLines, captionedRow } from './captions.js';
import { topAligned } from './centred-rows.js';
import type { Block, LineBlock } from '../ingest/document.js';
import { stripPlaceholders } from '../ingest/placeholders.js';
import { CHECKED, UNCHECKED } from '../ingest/ticks.js';
import { startsWithBox } from './values.js';

export type Unit =
  | { t: 'heading'; text: string; loc: string }
  /** soft: the line as written, where it was split at its colon (or a dash), so it may be prose
   *  ("Speech is delayed: …") and, taken back as an answer, keeps its own words;
   *  cell: a table row or columns of a line, so its answer is complete in its own cell;
   *  table: the Word table it is a row of; side: its place on a row that asks several questions;
   *  shownBlank: its answer is the form's own empty-box text ("Click here to enter text."), so
   *  the question was left unanswered there, not answered on the lines below */
  | { t: 'pair'; label: string; value: string; loc: string; soft?: string; cell?: boolean; table?: string; side?: number; shownBlank?: boolean }
  /** plain: set in a bold face it is not, on a document whose questions are set in bold;
   *  answer: marked as an answer by the form itself ("A: …") */
  | { t: 'text'; text: string; loc: string; plain?: boolean; answer?: boolean; table?: string }
  | { t: 'rows'; rows: string[][]; loc: string };

/** "Label: value" written on one line; a time such as 10:30 is not a label. */
const LABEL_COLON = /^([^:]{2,70}?)\s*:\s*(.*)$/s;

/** "Section 4: Assessment", "Part B - The assessment": a numbered heading, not a question. */
export const NUMBERED_HEADING = /^(section|part)\s+[0-9a-z]{1,3}\b\s*[:.\-–]?/i;
/** "Parent phone - 07700 900123": a label and its value either side of a spaced dash. */
const LABEL_DASH = /^([^-–—:]{2,40}?)\s+[-–—]\s+(.+)$/s;

export function splitLabelColon(text: string): { label: string; value: string } | null {
  if (NUMBERED_HEADING.test(text) || startsWithBox(text)) return null;
  const m = LABEL_COLON.exec(text);
  if (!m || /\d$/.test(m[1]) && /^\d/.test(m[2])) return null;
  // A question may run longer than a label ("Do you have a disability or long-term health condition?").
  const words = m[1].trim().split(/\s+/).length;
  if (words > (/\?$/.test(m[1].trim()) ? 14 : 9)) return null;
  return { label: m[1].trim(), value: m[2].trim() };
}

function splitLabelDash(text: string): { label: string; value: string } | null {
  // Capitals alone are a heading ("CONSENT - PART 2"), unless a number follows ("DOB - 09/07/2020").
  if (NUMBERED_HEADING.test(text) || startsWithBox(text) || (!/[a-z]/.test(text) && !/[-–—]\s+.*\d/.test(text))) return null;
  const m = LABEL_DASH.exec(text);
  if (!m || m[1].trim().split(/\s+/).length > 6 || /[.!?]$/.test(m[1])) return null;
  return { label: m[1].trim(), value: m[2].trim() };
}

interface Row {
  cells: { text: string; x: number; end: number; bold?: boolean }[];
  loc: string;
  page: number;
}

/** "(iv) Ethnicity", "ii) Date of birth", "(a) Name": a question's number, which starts a line of
 *  its own however its letters are set */
const ITEM_NUMBER = /^\s*(\((\d{1,2}|[a-z]|[ivx]{1,5})\)|([a-z]|[ivx]{1,5})[.)])\s/i;
const startsLower = (s: string) => /^[a-z(]/.test(s) && !ITEM_NUMBER.test(s);

/** what a heading or a question cannot end on ("of", "Person’s"), so that one ending so was
 *  broken off where it wrapped */
const OPEN_END = /\b(of|to|and|or|the|for|in|on|at|by|with|from|a|an)$|['’]s$|[&/(,-]$/i;
/** what a question cannot end on: a question may end on "with" or "to" ("… is registered with",
 *  "Who does the child talk to"), as a heading may not */
const BROKEN_OFF = /\b(of|and|or|the|a|an)$|['’]s$|[&/(,-]$/i;

/** a question that asks what, who or how, its preposition left at the end ("Who does the child
 *  live with"): a whole question, however it ends */
const STRANDED = /^(what|who|whom|where|which|how)\b.*\b(to|for|in|with|about)$/i;

/** Joins a line into the row above when each of its cells sits under one of that row's cells. */
function stitch(lines: LineBlock[], tests: LabelTests): Row[] {
  const rows: Row[] = [];
  // How far the text of lines starting about where a list's do runs on the page: the width it wraps at.
  const edge = (page: number, x: number) =>
    Math.max(...lines.filter((l) => l.page === page && Math.abs((l.cells[0]?.x ?? -99) - x) <= 24).map((l) => l.cells[l.cells.length - 1].end ?? 0));
  for (const line of lines) {
    const prev = rows[rows.length - 1];
    if (prev && prev.page === line.page && prev.cells.length > 0) {
      const firstX = prev.cells[0].x;
      const targets = line.cells.map((c) => prev.cells.findIndex((p) => Math.abs(p.x - (c.x ?? 0)) <= 6));
      const aligned = targets.every((t) => t >= 0);
      // A bold label with its answer, under a bold label, is the next question ("Date of birth |
      // 20/12/2020" under "Child | Name | Ethan"); a wrapped label goes on in lower case.
      const nextLabel = !!line.cells[0].bold && !!prev.cells[targets[0]]?.bold && line.cells.length >= 2 && !startsLower(line.cells[0].text);
      // A cell wraps in its own face: plain words under a bold question are its answer, on a row
      // whose other answers are blank.
      const sameFace = line.cells.every((c, i) => !!prev.cells[targets[i]]?.bold === !!c.bold);
      // A question ended by its "?" is not run on by a capital under it ("Consent given?" › "How?").
      const asked = line.cells.some((c, i) => {
        const above = prev.cells[targets[i]];
        return !!above && /[?:]$/.test(above.text) && !startsLower(c.text) && (!!above.bold || tests.isQuestion(above.text));
      });
      // Text wraps where the cell above ran out of room: its next word would not have fitted
      // before the next column. A cell alone under a short one ("School / setting" under "GP")
      // is a row of its own whose other cells are blank.
      const ranOut = (c: LineBlock['cells'][number], t: number) => {
        const above = prev.cells[t];
        const nextX = prev.cells[t + 1]?.x;
        if (startsLower(c.text) || nextX === undefined || c.end === undefined || !c.text.trim()) return true;
        const word = c.text.trim().split(/\s+/)[0];
        return (above.end ?? 0) + ((c.end - (c.x ?? 0)) * (word.length + 1)) / c.text.length >= nextX - 12;
      };
      // A question broken off on a word it cannot end on ("Child / Young Person’s" › "Views")
      // runs on into a capital in its own column, its answer's words beside it wrapping too. After
      // an article ("… registered with a" › "GP? Which practice?") it runs on even into words that
      // would ask a question of their own.
      const article = /\b(a|an|the)$/i.test(prev.cells[0].text.trim());
      const brokenOff = !!prev.cells[0].bold && targets[0] === 0 && BROKEN_OFF.test(prev.cells[0].text.trim()) && !splitLabelColon(line.cells[0].text) && (article || !tests.isQuestion(line.cells[0].text)) && line.cells.slice(1).every((c) => startsLower(c.text));
      const continues = aligned && sameFace && !asked && (!nextLabel || brokenOff) && ((line.cells[0].x ?? 0) > firstX + 20 || startsLower(line.cells[0].text) || brokenOff) && prev.cells.length > 1 && line.cells.every((c, i) => ranOut(c, targets[i]));
      // A question ends at its "?" or ":", and a bold line is not continued by a plain one.
      const closed = /[?:]$/.test(prev.cells[0].text) || (!!prev.cells[0].bold && !line.cells[0].bold);
      // A title in bold that stops on "and", "of" … runs on, even into a capital ("VIEWS AND" › "CONSENT").
      // A whole question that ends on one ("Who I spoke to", "What the family asked for help
      // with") is no title broken off.
      const whole = tests.isQuestion(prev.cells[0].text) || STRANDED.test(prev.cells[0].text.trim());
      const dangling = /\b(and|or|of|the|to|for|in|with)$|&$/i.test(prev.cells[0].text.trim()) && !!prev.cells[0].bold && !!line.cells[0].bold && !whole;
      // "child_dob: 2019-12-01", "dob = 2019-12-01" open a field of their own, lower case or not.
      const ownField = /^[\w.-]{2,40}(:|\s=)\s/.test(line.cells[0].text);
      // A whole question the table knows is not run on by a sentence in lower case: that is its
      // answer ("Reason for assessment" › "the baby's weight has dropped …").
      // A line in the question's bold goes on with the question, not its answer.
      const answersQuestion = tests.isQuestion(prev.cells[0].text) && !/[?:]$/.test(line.cells[0].text) && line.cells[0].text.split(/\s+/).length >= 4 && !(prev.cells[0].bold && line.cells[0].bold);
      const wrapsSingle = aligned && prev.cells.length === 1 && line.cells.length === 1 && ((!closed && !ownField && !answersQuestion && startsLower(line.cells[0].text)) || dangling);
      // A list item goes on to the next line, capital or not ("• Set up reading sessions -" ›
      // "Wayne Haddad - By half term"), where it ran out of room: the next line's first word
      // would not have fitted on it.
      const first = line.cells[0];
      const itemWraps = prev.cells.length === 1 && line.cells.length === 1 && BULLET.test(prev.cells[0].text) && !BULLET.test(first.text) && !!prev.cells[0].bold === !!first.bold && (first.x ?? 0) >= firstX - 2 && (first.x ?? 0) <= firstX + 24 && first.end !== undefined && !!first.text.trim() &&
        (prev.cells[0].end ?? 0) + ((first.end - (first.x ?? 0)) * (first.text.trim().split(/\s+/)[0].length + 1)) / first.text.length >= edge(prev.page, firstX) - 4;
      if (continues || wrapsSingle || itemWraps) {
        line.cells.forEach((c, i) => {
          const target = prev.cells[targets[i]];
          target.text = `${target.text} ${c.text}`.trim();
        });
        continue;
      }
    }
    rows.push({ cells: line.cells.map((c) => ({ text: c.text, x: c.x ?? 0, end: c.end ?? 0, bold: c.bold })), loc: line.loc, page: line.page });
  }
  return rows;
}

/** "=== Person Details ===", "--- Consent ---", "[carer]": a heading dressed in rules or
 *  brackets, as exports print them. */
const DECORATED = /^\s*(?:[=\-*#~_]{2,}\s*(.+?)\s*[=\-*#~_]{2,}|\[([^\]]{2,40})\])\s*$/;
/** "gp = Riverside Surgery": a key and its value, as settings-style exports print them. */
const KEY_EQUALS = /^\s*([\w][\w .'/()-]{0,40}?)\s+=\s+(.*)$/s;
/** "; early help export v2", "# generated …": an export's comment to itself. */
const EXPORT_COMMENT = /^\s*[;#]\s/;
/** "Date Of Birth ........ 12/03/2015": a label led to its value by dots or rules. */
const LEADER = /^(.{2,70}?)\s*(?:\.{3,}|…+|_{3,})\s*(.*)$/s;

/** "Q: What is the child's name?" and "A: Ruby Cole", as online forms export their questions. */
const QUESTION_MARK = /^\s*(q|question)\s*\d*\s*[:.]\s+/i;
const ANSWER_MARK = /^\s*(a|answer)\s*[:.]\s*/i;

/** "Guidance: record the family's own description": the form talking to whoever fills it in. */
const GUIDANCE = /^\s*(guidance( notes?)?|instructions?|help text)\s*[:\-–]/i;

/** "1.1", "2)", "A4": a cell that only numbers the question beside it. */
const NUMBER_CELL = /^\s*\(?[a-z]?\d+(\.\d+)*[.)]?\s*$/i;

/** "• Referral to the housing team - Housing officer - by half term", "2. Referral …": an item of
 *  a list. */
export const BULLET = /^\s*([•·▪◦*–-]|\d{1,2}[.)])\s+/;

function lineUnit(text: string, loc: string): Unit | null {
  if (GUIDANCE.test(text) || EXPORT_COMMENT.test(text)) return null;
  if (BULLET.test(text)) return { t: 'text', text, loc };
  if (QUESTION_MARK.test(text)) return { t: 'text', text: text.replace(QUESTION_MARK, ''), loc };
  if (ANSWER_MARK.test(text)) return { t: 'text', text: text.replace(ANSWER_MARK, ''), loc, answer: true };
  const decorated = DECORATED.exec(text);
  if (decorated) return { t: 'heading', text: decorated[1] ?? decorated[2], loc };
  const keyed = splitKeyEquals(text);
  if (keyed) return { t: 'pair', ...keyed, loc, cell: true };
  const leader = LEADER.exec(text);
  if (leader) return { t: 'pair', label: leader[1].trim(), value: leader[2].trim(), loc };
  const pair = splitLabelColon(text) ?? splitLabelDash(text);
  if (pair) return { t: 'pair', ...pair, loc, soft: text.trim() };
  // "School/nursery -": a label whose answer was left blank reads as the label alone.
  const bare = /^([^-–—:]{2,40}?)\s+[-–—]$/.exec(text.trim());
  return { t: 'text', text: bare && bare[1].trim().split(/\s+/).length <= 6 ? bare[1].trim() : text, loc };
}

/** "gp = Riverside Surgery", "child_dob = 2019-12-01": the key, read as words, and its value. */
export function splitKeyEquals(text: string): { label: string; value: string } | null {
  const keyed = KEY_EQUALS.exec(text);
  return keyed ? { label: keyed[1].replace(/_/g, ' ').trim(), value: keyed[2].trim() } : null;
}

/** A label of a word or two ("Ref"): one the table need not know to stand among ones it does. */
const isShortLabel = (label: string) => label.trim().split(/\s+/).length <= 2;

const bareLabel = (cell: string) => cell.replace(/[:\s]+$/, '');

/** "Name | Ruby Cole | Date of birth | 03/04/2015": questions and their answers side by side,
 *  given which cells ask a question. An answer may name a field too ("School | Nursery"), so the
 *  questions decide: at least half the cells in their places ask one, and more of them than of
 *  the cells between. */
export function alternates(cells: string[], asks: boolean[], score?: (cell: string) => number): boolean {
  // A row of tick boxes is one question's options, however many cells they fill.
  if (cells.length < 4 || cells.length % 2 || cells.some((c) => startsWithBox(c))) return false;
  const questions = asks.filter((a, i) => a && i % 2 === 0).length;
  const answers = asks.filter((a, i) => a && i % 2 === 1).length;
  if (questions * 2 < cells.length / 2) return false;
  if (questions > answers) return true;
  // Answers that name a field ("School | Kingsmere Academy | Doctor | Kingsmere Health Centre": an
  // academy is a school) ask less well than the questions beside them.
  const sum = (odd: number) => cells.reduce((t, c, i) => t + (i % 2 === odd ? score?.(c) ?? 0 : 0), 0);
  return !!score && questions === cells.length / 2 && sum(0) > sum(1) + 0.1 * questions;
}

/** "Person: Ruby Cole | Worker: Dana Fry | Completed: 10/02/2025": fields parted by bars. An action
 *  printed as "action_1: … | owner: … | due: …" is one answer: its parts are no questions. */
function barredFields(text: string, tests: LabelTests): { label: string; value: string }[] | null {
  const parts = text.split(/\s*\|\s*/).map(splitLabelColon);
  if (parts.length < 2 || !parts.every((p, k) => p && (p.value || k === parts.length - 1))) return null;
  const fields = parts as { label: string; value: string }[];
  return fields.filter((p) => tests.isQuestion(p.label)).length >= 2 ? fields : null;
}

/** "Reference: EH-1042 Submitted: 2025-03-03": fields run together on a line, each after the
 *  first opening with a question the table knows (or a short label among them), in capitals,
 *  before its colon. */
function labelChain(text: string, tests: LabelTests): { label: string; value: string }[] | null {
  // The last may be left blank at the line's end ("Signed: Date:" once its writing lines are gone).
  const found = [...text.matchAll(/(?:^|\s)([A-Z][\w'’/() -]{0,40}?):(?=\s|$)/g)];
  if (found.length < 2 || found[0].index !== 0 || startsWithBox(text)) return null;
  // What runs up to a later colon is the answer before it and then the label: "Ruby Cole DOB:" is
  // "Ruby Cole" and "DOB", the longest ending that asks a question, or else the last word alone
  // (a short label the table does not know, "Ref:", among ones it does).
  const starts = [{ label: found[0][1].trim(), at: 0, end: found[0][0].length + 1 }];
  let known = 0;
  for (const m of found.slice(1)) {
    const words = m[1].trim().split(/\s+/);
    // Of the endings that ask, the best worded, the longer where two ask as well.
    const scores = words.map((_, i) => tests.questionScore(words.slice(i).join(' ')));
    const best = Math.max(...scores);
    const k = best > 0 ? scores.findIndex((sc) => sc >= best - 0.02) : -1;
    if (k >= 0) known++;
    const label = words.slice(k >= 0 ? k : words.length - 1).join(' ');
    const end = m.index! + m[0].length + 1;
    starts.push({ label, at: end - 1 - label.length - 1, end });
  }
  if (!known) return null;
  return starts.map((s, k) => ({ label: s.label, value: text.slice(s.end, k + 1 < starts.length ? starts[k + 1].at : text.length).trim() }));
}

/** Several questions on one row: label and answer side by side, or cells that each hold "Label:
 *  value". Null when the row asks one question. `bold` marks the cells a PDF sets in its label face. */
function questionsOnRow(cells: string[], tests: LabelTests, bold?: boolean[]): { label: string; value: string }[] | null {
  const colonPair = (c: string) => {
    const pair = splitLabelColon(c);
    return pair && tests.isQuestion(pair.label) ? pair : null;
  };
  if (cells.every((c) => colonPair(c)) && cells.some((c) => colonPair(c)!.value)) return cells.map((c) => colonPair(c)!);
  // "Child: Ruby Cole | DOB: 03/04/2015 | Ref: EH104522": a short label the table does not know
  // among two it does.
  const pairs = cells.map(splitLabelColon);
  if (cells.length >= 3 && pairs.every((p) => p?.value && (tests.isQuestion(p.label) || isShortLabel(p.label))) && cells.filter((c) => colonPair(c)).length >= 2) return pairs as { label: string; value: string }[];
  if (cells.length < 3 && !bold?.every(Boolean)) return null;
  // Where some cells are set in the label face, they are the questions, whatever the others say
  // ("School | Kingsmere Academy": an academy is a school, but in plain type it is the answer).
  const asks = bold?.some(Boolean) ? bold.map(Boolean) : cells.map((c) => tests.isQuestion(bareLabel(c)));
  if (alternates(cells, asks, (c) => tests.questionScore(bareLabel(c)))) return cells.flatMap((c, i) => (i % 2 ? [] : [{ label: bareLabel(c), value: cells[i + 1] }]));
  // A PDF drops blank answers, so a question may be followed by the next question; only a bold
  // face tells which cells ask, since an answer may read like a question ("GP | Kingsmere Health
  // Centre"). A Word table keeps its blank cells, and alternates above.
  if (!bold) return null;
  const out: { label: string; value: string }[] = [];
  cells.forEach((c, i) => {
    if (asks[i]) out.push({ label: bareLabel(c), value: '' });
    else if (out.length) out[out.length - 1].value = `${out[out.length - 1].value} ${c}`.trim();
    else out.push({ label: '', value: c });
  });
  return out.length >= 2 && out[0].label ? out : null;
}

function rowUnits(cells: string[], loc: string, tests: LabelTests, bold?: boolean[]): Unit[] {
  if (cells.length > 1 && NUMBER_CELL.test(cells[0])) return rowUnits(cells.slice(1), loc, tests, bold?.slice(1));
  // "Child | Name | Ruby Cole", then " | Date of birth | …": a first column that names the section
  // ("Child", "Decision") on the first row of its questions, and is blank on the rest.
  const sideTitle = (c: string) => !c.trim() || tests.isSection(c) || (!splitLabelColon(c) && c.trim().split(/\s+/).length <= 4 && !tests.isQuestion(bareLabel(c)));
  if (cells.length >= 3 && sideTitle(cells[0]) && tests.isQuestion(bareLabel(cells[1]))) {
    const rest = rowUnits(cells.slice(1), loc, tests, bold?.slice(1));
    return cells[0].trim() ? [{ t: 'heading', text: cells[0], loc }, ...rest] : rest;
  }
  if (cells.length === 1) {
    // "☒ GP: Riverside Surgery", a service ticked and named: the question and its answer.
    const ticked = /^\s*☒\s*(.+)$/s.exec(cells[0]);
    const named = ticked ? splitLabelColon(ticked[1]) : null;
    if (named?.value && tests.isQuestion(named.label)) return [{ t: 'pair', ...named, loc, cell: true }];
    // Several fields on one line, each a cell of its own; the last may be left blank, or wrap its
    // answer to the next line.
    const several = barredFields(cells[0], tests) ?? labelChain(cells[0], tests);
    if (several) return several.map((p, side) => ({ t: 'pair', ...p, loc, side, ...(p.value ? { cell: true } : {}) }));
    // "Has the consent to share information form been signed? ☐ Yes ☒ No": a question with its
    // boxes on one line.
    const boxed = /^\s*([^☒☐?]{3,200}\?)\s*([☒☐].*)$/s.exec(cells[0]);
    if (boxed) return [{ t: 'pair', label: boxed[1].trim(), value: boxed[2].trim(), loc, cell: true }];
    const unit = lineUnit(cells[0], loc);
    return unit ? [unit] : [];
  }
  // A row of boxes is the options of the question above it: "☒ Yes - written | ☐ Yes - verbal".
  if (startsWithBox(cells[0])) return [{ t: 'text', text: cells.join(' '), loc }];
  const several = questionsOnRow(cells, tests, bold);
  if (several) return several.map((q, side) => ({ t: 'pair', ...q, loc, cell: true, side }));
  return [{ t: 'pair', label: bareLabel(cells[0]), value: cells.slice(1).join(' ').trim(), loc, cell: true }];
}

/** A table whose columns are "Yes" and "No", answered with a mark in one of them ("X", "✓"). */
function yesNoColumns(header: string[]): { yes: number; no: number } | null {
  const at = (word: string) => header.findIndex((h) => h.trim().toLowerCase() === word);
  const yes = at('yes'), no = at('no');
  return yes > 0 && no > 0 ? { yes, no } : null;
}

/** Each row of a yes / no table as its question and ticked boxes, with any other cells as notes. */
function yesNoUnits(cols: { yes: number; no: number }, rows: { cells: string[]; loc: string }[]): Unit[] {
  // Any mark is a tick ("X", "✓", "Yes"), but an empty box printed in the cell is none.
  const box = (mark: string | undefined) => (mark?.trim() && mark.trim() !== UNCHECKED ? CHECKED : UNCHECKED);
  return rows
    .filter((r) => r.cells[0]?.trim())
    .map((r) => {
      const notes = r.cells.filter((_, k) => k > 0 && k !== cols.yes && k !== cols.no && r.cells[k].trim()).join(' ');
      // Notes first: the words after a box are read as that box's option.
      return { t: 'pair', label: bareLabel(r.cells[0]), value: `${notes} ${box(r.cells[cols.yes])} Yes ${box(r.cells[cols.no])} No`.trim(), loc: r.loc, cell: true };
    });
}

/** A cell of a grid of boxes: a box, a mark put in it, or nothing. */
const isMarkCell = (c: string | undefined) => !c?.trim() || c.trim() === UNCHECKED || c.trim() === CHECKED || /^[x✓✔]$/i.test(c.trim());

/** "Consent | Given in writing | Given verbally | Refused" over "Parent / carer | ☒ | ☐ | ☐": one
 *  question heading columns of its options, each row below a box in each; the question answered
 *  by the boxes ticked, row by row, each row's words first (a person, or the detail asked for). */
function tickGridUnits(header: string[], rows: { cells: string[]; loc: string }[], loc: string, tests: LabelTests): Unit[] | null {
  const options = header.slice(1);
  const grid = options.length >= 2 && options.every((o) => o.trim() && !startsWithBox(o)) && tests.isQuestion(bareLabel(header[0]))
    && rows.length >= 1 && rows.every((r) => r.cells.length === header.length && r.cells.slice(1).every(isMarkCell))
    && rows.some((r) => r.cells.slice(1).some((c) => c.trim()));
  if (!grid) return null;
  const box = (c: string) => (c.trim() && c.trim() !== UNCHECKED ? CHECKED : UNCHECKED);
  const value = rows.map((r) => `${r.cells[0].trim()} ${options.map((o, k) => `${box(r.cells[k + 1])} ${o.trim()}`).join(' ')}`.trim()).join('; ');
  return [{ t: 'pair', label: bareLabel(header[0]), value, loc, cell: true }];
}

/** "Forename(s) | Donna | Surname | Fairweather" over "Role | Youth Worker | Organisation name |
 *  …": a row under questions and answers side by side, as wide and with a question in each of
 *  their places, is more of them, though its cells could head columns ("Role", "Organisation"). */
function continuesPairs(above: string[], row: string[], tests: LabelTests): boolean {
  return above.length === row.length && alternates(above, above.map((c) => tests.isQuestion(bareLabel(c)))) && row.every((c, k) => k % 2 === 1 || tests.isQuestion(bareLabel(c)));
}

/** What reading units needs to know of the label table. */
export interface LabelTests {
  /** the header row of a table: one record per row (actions, children), or questions over answers;
   *  the row below it, where there is one, may tell what its columns hold */
  isHeader(cells: string[], next?: string[]): boolean;
  /** a row of questions whose answers are the row below it, wherever it stands in a table */
  asksAbove(cells: string[], next: string[]): boolean;
  /** a plan as a timeline, a column for each stretch of time ("In the next 4 weeks | Weeks 5 to 8") */
  isTimeline(cells: string[]): boolean;
  /** a cell that asks a question the table knows, under any heading */
  isQuestion(text: string): boolean;
  /** how well it asks one (0 where it does not) */
  questionScore(text: string): number;
  /** a cell that names a section of the form ("Parent / carer", "Assessment") */
  isSection(text: string): boolean;
  /** the index of a header's question and answer columns ("Question | Answer | Answered by"),
   *  where it has both: each row below asks a question, answered or not */
  questionAnswerColumns(header: string[]): [number, number] | null;
  /** a header over a row for each person and what they said ("Who | Score | Why"): each row
   *  below names its person, whether they said anything or not */
  isPersonRows(cells: string[], next?: string[]): boolean;
}

function pdfUnits(lines: LineBlock[], tests: LabelTests): Unit[] {
  const units: Unit[] = [];
  const hasBold = lines.some((l) => l.cells.some((c) => c.bold));
  const hasPlain = lines.some((l) => l.cells.some((c) => !c.bold));
  const rows = stitch(captionedLines(topAligned(lines), tests.isQuestion), tests);
  // Help text a form prints under a question, in the question's own column ("Everyone who lives
  // in the home …" under "Household", its empty answer box to the right): not the answer.
  let helpAt: number | null = null;
  for (let i = 0; i < rows.length; i++) {
    let r = rows[i];
    const labelRow = r.cells.length === 2 && !!r.cells[0].bold && !r.cells[1].bold && !stripPlaceholders(r.cells[1].text).trim();
    if (helpAt !== null && r.cells.length === 1 && !r.cells[0].bold && Math.abs(r.cells[0].x - helpAt) <= 6) continue;
    helpAt = labelRow ? r.cells[0].x : null;
    // A header over columns of answers ("Child 1 | Child 2" over "Name | Ruby | Kai") has a blank
    // corner that a PDF does not print: put it back, so the header lines up with its rows.
    const below = rows[i + 1];
    if (below && below.cells.length === r.cells.length + 1 && r.cells[0].x > below.cells[0].x + 20 && r.cells.every((c, k) => Math.abs(c.x - below.cells[k + 1].x) <= 8)) {
      r = { ...r, cells: [{ text: '', x: below.cells[0].x, end: below.cells[0].x }, ...r.cells] };
    }
    // Consecutive multi-cell rows whose columns line up are kept together as a table, so a
    // header row ("Agreed action | By whom | By when") can be recognised with its rows.
    const xs = r.cells.map((c) => c.x);
    const column = (c: Row['cells'][number]) => xs.reduce((best, x, k) => (Math.abs(x - c.x) < Math.abs(xs[best] - c.x) ? k : best), 0);
    const inColumns = (row: Row) => {
      const cells = xs.map(() => '');
      for (const c of row.cells) cells[column(c)] = `${cells[column(c)]} ${c.text}`.trim();
      return cells;
    };
    // A row keeps to the table's columns; a PDF drops blank cells, so one cell alone under a
    // later column is a row whose other answers are blank (one under the first is a paragraph).
    const aligned = (row: Row | undefined): row is Row => !!row && row.cells.every((c) => xs.some((x) => Math.abs(x - c.x) <= 8));
    const linesUp = (row: Row | undefined) => aligned(row) && (row.cells.length >= 2 || row.cells[0].x > xs[0] + 8);
    const header = r.cells.map((c) => c.text);
    const yesNo = yesNoColumns(header);
    if (yesNo || (header.length >= 3 && tests.isQuestion(bareLabel(header[0])))) {
      const start = i;
      const body: { cells: string[]; loc: string }[] = [];
      // Under options, a row with words in their columns is no row of boxes: the next table.
      const boxes = (row: Row) => yesNo || inColumns(row).slice(1).every(isMarkCell);
      while (i + 1 < rows.length && linesUp(rows[i + 1]) && boxes(rows[i + 1])) body.push({ cells: inColumns(rows[++i]), loc: rows[i].loc });
      const byRow = yesNo ? yesNoUnits(yesNo, body) : [];
      const ticked = byRow.length ? null : tickGridUnits(header, body, r.loc, tests);
      if (yesNo || ticked) {
        units.push(...byRow, ...(ticked ?? []));
        continue;
      }
      i = start;
    }
    // A numbered row ("3.3 | Assessor | …") is a question, however its neighbours read.
    const numbered = NUMBER_CELL.test(r.cells[0].text);
    // "Role | Outreach Worker | Organisation name | …" with the labels bold and the answers plain
    // is questions and answers side by side: a header is set all in one face.
    const pairsInFace = r.cells.length >= 2 && r.cells.length % 2 === 0 && r.cells.every((c, k) => !!c.bold === (k % 2 === 0));
    if (r.cells.length >= 2 && !numbered && !pairsInFace && tests.isHeader(r.cells.map((c) => c.text), aligned(rows[i + 1]) ? inColumns(rows[i + 1]) : undefined)) {
      const table: string[][] = [r.cells.map((c) => c.text)];
      // A header wrapped over lines ("Relationship" over "to other" over "subjects"): lines all in
      // the label face under it, in its columns, where answers are set plain, that go on where
      // its words broke off (in lower case, or "M/F") are more of it; "Children in the family"
      // or "Name | DOB" is the next table.
      // A heading whose words broke off on one that cannot end it ("Date of") goes on whatever
      // the case of the next ("Birth").
      const wrapped = (text: string, above: string) => /^[a-z(]/.test(text) || /^[A-Z]\s*\/\s*[A-Z]$/.test(text.trim()) || OPEN_END.test(above);
      const underHeader = (row: Row) => row.cells.every((c) => c.bold && wrapped(c.text, table[0][column(c)] ?? '') && r.cells.some((h) => c.x >= h.x - 8 && c.x <= (h.end ?? h.x) + 8));
      while (i + 1 < rows.length && hasPlain && underHeader(rows[i + 1])) {
        const more = inColumns(rows[++i]);
        table[0] = table[0].map((h, k) => `${h} ${more[k] ?? ''}`.trim());
      }
      // A bold label and its plain answer, after rows set plain, is the next question however its
      // cells line up; a row all in bold goes on asking the table's questions.
      const labelAfterPlain = (k: number) => table.length > 1 && !!rows[k].cells[0].bold && !rows[k].cells.every((c) => c.bold) && !rows[k - 1].cells[0].bold;
      // Answers under a row of questions, the others blank and so not printed ("Northbridge
      // Infant School" alone under "Education provider | GP practice").
      // A line all in the label face is no answer where answers are set plain: it is the next
      // heading, under questions whose answers were blank and so not printed.
      const answersAbove = (row: Row) => aligned(row) && !(hasBold && hasPlain && row.cells.every((c) => c.bold)) && tests.asksAbove(table[table.length - 1], inColumns(row));
      // Under "Question | Answer", a question alone on its line was left blank, not a paragraph.
      const asking = !!tests.questionAnswerColumns(table[0]);
      // Under "Who | Score | Why", a person alone on their line said nothing.
      const person = (row: Row) => aligned(row) && tests.isPersonRows(table[0], inColumns(row));
      // Under "Question | Answer" the questions are the bold ones in their column, row after row;
      // under a timeline, each "who: what" alone in its column is the next action for then.
      const timeline = tests.isTimeline(table[0]);
      const asks = (k: number) => aligned(rows[k]) && (asking || (timeline && rows[k].cells.every((c) => !c.bold && !!splitLabelColon(c.text)?.value)));
      while (i + 1 < rows.length && (linesUp(rows[i + 1]) || answersAbove(rows[i + 1]) || asks(i + 1) || person(rows[i + 1])) && (!labelAfterPlain(i + 1) || asks(i + 1))) table.push(inColumns(rows[++i]));
      units.push({ t: 'rows', rows: table, loc: r.loc });
      continue;
    }
    // A line wholly in bold is a heading or a question whose answer follows (or is blank), even
    // with a colon in it ("The child's view: three houses"), where answers are set plain.
    if (r.cells.length === 1 && r.cells[0].bold && (!splitLabelColon(r.cells[0].text) || (hasPlain && splitLabelColon(r.cells[0].text)!.value))) units.push({ t: 'heading', text: r.cells[0].text, loc: r.loc });
    else {
      // Where some cells of a row are bold and some not, the bold ones are its questions; a row all
      // in bold is questions only when each cell is one ("Religion | Disability", both unanswered).
      const allAsk = r.cells.length >= 2 && r.cells.every((c) => c.bold && tests.isQuestion(c.text));
      const bold = allAsk || r.cells.some((c) => !c.bold) ? r.cells.map((c) => !!c.bold) : undefined;
      for (const unit of rowUnits(r.cells.map((c) => c.text), r.loc, tests, bold)) units.push(unit.t === 'text' && hasBold && !r.cells[0].bold ? { ...unit, plain: true } : unit);
    }
  }
  return units;
}

export function toUnits(blocks: Block[], tests: LabelTests): Unit[] {
  // Placeholders go after PDF lines are stitched, since a prompt can wrap across lines.
  return rawUnits(blocks, tests)
    .map(withoutPlaceholders)
    .filter((u) => u.t !== 'text' || u.text);
}

function withoutPlaceholders(u: Unit): Unit {
  const clean = (s: string) => stripPlaceholders(s).trim();
  if (u.t === 'pair') {
    const value = clean(u.value);
    return u.value.trim() && !value ? { ...u, value, shownBlank: true } : { ...u, value };
  }
  if (u.t === 'rows') return { ...u, rows: u.rows.map((r) => r.map(clean)) };
  if (u.t === 'text') return { ...u, text: clean(u.text) };
  return u;
}

/** "Date of birth | 2 | 8 | 1 | 2 | 2 | 0 | 1 | 5": a paper form's boxes, one digit to a box, read
 *  as the number they spell; eight of them as a date, DD MM YYYY, the way such forms set them. */
function digitsJoined<T extends { text: string }>(cells: T[], join: (run: T[], text: string) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < cells.length; ) {
    let j = i;
    while (j < cells.length && /^\d$/.test(cells[j].text.trim())) j++;
    if (j - i >= 6) {
      const d = cells.slice(i, j).map((c) => c.text.trim()).join('');
      out.push(join(cells.slice(i, j), d.length === 8 ? `${d.slice(0, 2)}/${d.slice(2, 4)}/${d.slice(4)}` : d));
      i = j;
    } else out.push(cells[i++]);
  }
  return out;
}

function withDigitBoxes(b: Block): Block {
  if (b.kind === 'table') return { ...b, rows: b.rows.map((r) => digitsJoined(r.map((text) => ({ text })), (_, text) => ({ text })).map((c) => c.text)) };
  if (b.kind === 'line') return { ...b, cells: digitsJoined(b.cells, (run, text) => ({ ...run[0], text, end: run[run.length - 1].end })) };
  return b;
}

/** The lines of one cell that a part of a form was typed into ("Name: Ruby Cole", "Date of
 *  birth: …", "WHY THE ASSESSMENT IS HAPPENING" over its answer): at least two of its lines ask
 *  a question the table knows, each with its answer after a colon or on the lines below. Null for
 *  a cell that holds one answer, however many lines it runs to. */
function typedLines(cell: string, tests: LabelTests): string[] | null {
  const lines = cell.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 3) return null;
  const asks = lines.filter((l) => {
    const pair = splitLabelColon(l);
    return pair ? tests.isQuestion(pair.label) : tests.isQuestion(bareLabel(l));
  });
  return asks.length >= 2 ? lines : null;
}

/** Text that no face marked, on a page whose questions are set in bold: it asks nothing by its look. */
const plain = (u: Unit): Unit => (u.t === 'text' && !u.answer ? { ...u, plain: true } : u);

function rawUnits(given: Block[], tests: LabelTests): Unit[] {
  const blocks = given.map(withDigitBoxes);
  const lines = blocks.filter((b): b is LineBlock => b.kind === 'line');
  if (lines.length) return pdfUnits(lines, tests);
  const units: Unit[] = [];
  const boxed = captionedBoxes(blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : [])), tests.isQuestion) >= 3;
  for (const b of blocks) {
    if (b.kind === 'heading') units.push({ t: 'heading', text: b.text, loc: b.loc });
    else if (b.kind === 'field') units.push({ t: 'pair', label: b.label, value: b.value, loc: b.loc });
    else if (b.kind === 'paragraph') {
      // Word paragraphs in bold were made headings or labels by the reader; the rest are plain.
      units.push(...rowUnits([b.text], b.loc, tests).map(plain));
    }
    else if (b.kind === 'table') {
      const yesNo = yesNoColumns(b.rows[0]);
      const row = (i: number) => `${b.loc}, row ${(b.firstRow ?? 1) + i}`;
      // A form of boxes, each answer written over its question: each box is a question and its answer.
      const boxes = boxed ? b.rows.map((r) => captionedRow(r, tests.isQuestion)) : [];
      if (boxes.some(Boolean)) {
        b.rows.forEach((r, i) => units.push(...(boxes[i]?.map((x): Unit => ({ t: 'pair', label: x.question, value: x.answer, loc: row(i), cell: true, table: b.loc })) ?? rowUnits(r, row(i), tests).map((u) => ({ ...u, table: b.loc }) as Unit))));
        continue;
      }
      const body = b.rows.slice(1).map((cells, i) => ({ cells, loc: row(i + 1) }));
      const byRow = yesNo ? yesNoUnits(yesNo, body) : [];
      const ticked = byRow.length ? null : tickGridUnits(b.rows[0], body, row(0), tests);
      if (byRow.length) units.push(...byRow.map((u) => ({ ...u, table: b.loc }) as Unit));
      else if (ticked) units.push(...ticked.map((u) => ({ ...u, table: b.loc }) as Unit));
      // A header with no rows under it ("Name | Relationship | Telephone | Living in home") is a
      // table left empty, not questions answered by their neighbours.
      // "Name | … | Designation | Family Support Worker" over "Agency | … | Date | …": questions
      // and answers side by side, row after row, though an answer reads as a column's name.
      else if ((b.rows.length > 1 || b.rows[0]?.length >= 3) && !NUMBER_CELL.test(b.rows[0][0] ?? '') && tests.isHeader(b.rows[0], b.rows[1]) && !(b.rows[1] && continuesPairs(b.rows[0], b.rows[1], tests))) units.push({ t: 'rows', rows: b.rows, loc: b.loc });
      else {
        // A table of one cell is a box: an answer under its question, or a banner title, as the
        // words tell (a bold cell in Word is not marked, so it reads as plain text either way).
        const box = b.rows.length === 1 && b.rows[0].length === 1;
        for (let i = 0; i < b.rows.length; i++) {
          // A box a whole part was typed into, a question to a line: its lines read as a page's.
          const typed = b.rows[i].length === 1 ? typedLines(b.rows[i][0], tests) : null;
          if (typed) {
            for (const l of typed) units.push(...rowUnits([l], row(i), tests).map((u) => plain({ ...u, table: b.loc } as Unit)));
            continue;
          }
          // Questions over their answers part way down a table of labels and answers.
          if (i + 1 < b.rows.length && tests.asksAbove(b.rows[i], b.rows[i + 1])) {
            units.push({ t: 'rows', rows: b.rows.slice(i, i + 2), loc: row(i) });
            i++;
          } else if (i > 0 && i + 1 < b.rows.length && b.rows[i].length >= 3 && !continuesPairs(b.rows[i - 1], b.rows[i], tests) && tests.isHeader(b.rows[i], b.rows[i + 1])) {
            // A table's header under its title row ("ACTION PLAN" over "Action | Who | When"):
            // the rest of the table is its rows. Two cells part way down are a label and its
            // answer, however the answer reads ("Role | Family Support Worker").
            units.push({ t: 'rows', rows: b.rows.slice(i), loc: row(i) });
            break;
          } else units.push(...rowUnits(b.rows[i], row(i), tests).map((u) => ({ ...u, table: b.loc, ...(box && u.t === 'text' ? { plain: true } : {}) }) as Unit));
        }
      }
    }
  }
  return units;
}
