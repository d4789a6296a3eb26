// A council prints its marking ("OFFICIAL-SENSITIVE"), the form's version and "Page 2 of 5" at the
// top and foot of every page. Those lines are not the form's content: between a question at the
// foot of one page and its answer on the next they would read as the answer.
import type { LineBlock } from './document.js';

/** The same line on another page, page numbers aside. */
const key = (l: LineBlock) => l.cells.map((c) => c.text).join(' ').toLowerCase().replace(/\d+/g, '#');

/** "Page 2 of 5", alone or after the form's name: a footer even on a form of one page. */
const PAGE_NUMBER = /\bpage # of #$/;

/** How many lines at each end of a page may be running header or footer. */
const EDGE = 2;

/** A running header that names the case ("Child: Ruby Cole   DOB: 03/04/2015   Ref: EH104522"):
 *  some prints give the child nowhere else, so its first printing is the form's content. */
export const namesTheCase = (text: string): boolean => /(^|\s)[A-Z][\w'’/ -]{0,30}:\s*\S/.test(text) && !/\bpage \d+ of \d+\b/i.test(text);

/** A running footer that says when or by whom the form was completed ("Assessment completed
 *  12/03/2025 by Donna Harcourt, Family Support Worker    Page 1 of 2"): some prints say it
 *  nowhere else, so its first printing, without the page number, is the form's content. */
export const tellsTheAssessment = (text: string): boolean => /\b(assessment|caf|eha)\s+(was\s+)?(completed|undertaken|carried out)\b/i.test(text);

/** What a watermark or stamp across a page says where it marks the form's status ("DRAFT"). */
export const MARKING = /^(draft|copy|confidential|sample|void|official|official[- ]sensitive|not for circulation|superseded|specimen)$/i;

export const withoutPageNumber = (text: string): string => text.replace(/\s*\bpage\s+\d+(\s+of\s+\d+)?\s*$/i, '').trim();

/** Lines at the top or foot of two or more pages that read the same on each, and page numbers;
 *  the first page's header is kept where it names the case. */
export function withoutPageFurniture(lines: LineBlock[]): LineBlock[] {
  // Each page printed, where a sheet holds two side by side.
  const printed = (l: LineBlock) => l.page * 2 + (l.half === 'right' ? 1 : 0);
  const byPage = new Map<number, LineBlock[]>();
  for (const l of lines) {
    const ls = byPage.get(printed(l));
    if (ls) ls.push(l);
    else byPage.set(printed(l), [l]);
  }
  const edgeLines = [...byPage.values()].flatMap((ls) => (ls.length <= 2 * EDGE ? ls : [...ls.slice(0, EDGE), ...ls.slice(-EDGE)]));
  const pagesOf = new Map<string, Set<number>>();
  for (const l of edgeLines) pagesOf.set(key(l), (pagesOf.get(key(l)) ?? new Set()).add(printed(l)));
  // A short label ("Date") may close two pages by chance; a marking or a footer says more.
  const repeated = (k: string) => pagesOf.get(k)!.size >= 2 && k.replace(/[#\W]/g, '').length >= 8;
  const firstPage = Math.min(...byPage.keys());
  const caseHeader = (l: LineBlock) => printed(l) === firstPage && byPage.get(firstPage)!.indexOf(l) < EDGE && namesTheCase(l.cells.map((c) => c.text).join('    '));
  const furniture = new Set(edgeLines.filter((l) => (repeated(key(l)) && !caseHeader(l)) || PAGE_NUMBER.test(key(l))));
  if (!furniture.size) return lines;
  // The first printing of a footer that tells the assessment stays, its page number gone, ahead
  // of the form as a Word document's footer is read: at the foot of a page it would come between
  // a table's header and its rows on the next.
  const told = new Map<string, LineBlock>();
  for (const l of edgeLines) {
    if (furniture.has(l) && !told.has(key(l)) && tellsTheAssessment(l.cells.map((c) => c.text).join(' '))) {
      told.set(key(l), { ...l, cells: l.cells.map((c) => ({ ...c, text: withoutPageNumber(c.text) })).filter((c) => c.text) });
    }
  }
  return [...told.values(), ...lines.filter((l) => !furniture.has(l))];
}
