// Every way a form marks a box, folded to two glyphs so later stages read one notation:
// ☒ for marked, ☐ for empty.
export const CHECKED = '☒';
export const UNCHECKED = '☐';

// Boxes typed as Wingdings symbols come out of Word as the Unicode look-alikes (🗹 🗷 ⌧, 🞎 ❑) and
// out of a PDF as the font's private-use codes (U+F0FE …) or, with no Unicode map, as the Latin-1
// letters at those codes: "þ Yes ¨ No". Those letters count only as a token of their own, as do
// OCR's readings of a ticked "[X]" from a scan ("IXI", "[XI"). Wingdings 2's boxes are U+F050–F054
// ticked or crossed, U+F0A3 empty.
const MARKED = /[☒☑✓✔✗✘■🗹🗷🗸🗵⌧\uF0FE\uF0FD\uF0FB\uF078\uF050-\uF054]|(?<!\S)([þý]|IXI|\[XI|IX\])(?!\S)|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)/gu;
const EMPTY = /[☐□🞎🞏❑❒❏❐\uF0A8\uF06F\uF071\uF0A3]|(?<!\S)¨(?!\S)|\[\s{0,2}\]|\(\s{1,2}\)/gu;

/** A cross that is the whole answer ("Consent to share ..... ✗", a cell holding only "✗") says
 *  no; beside an option ("✗ Yes", "Yes ✗") it marks the option. */
const CROSS_ANSWER = /(^|[:.…\t]\s*)[✗✘](?=\s*$)/gm;

/** Radio buttons, as web forms print them ("● Yes ○ No"): ◉ is always a chosen one, ● only on a
 *  line with an empty ○ beside it, since on its own it is a bullet. */
const RADIO_EMPTY = /[○◯]/gu;
const RADIO_CHOSEN = /[●◉⦿]/gu;
export const hasEmptyRadio = (text: string): boolean => /[○◯]/u.test(text);
const radios = (text: string, group: boolean) =>
  text.split('\n').map((line) => (group || hasEmptyRadio(line) ? line.replace(RADIO_CHOSEN, CHECKED).replace(RADIO_EMPTY, UNCHECKED) : line.replace(/[◉⦿]/gu, CHECKED))).join('\n');

/** `radioGroup`: the text is part of a line whose other part holds an empty radio button (a PDF
 *  line's cells are read apart). */
/** Wingdings 2's boxes printed without its Unicode map: "£" an empty box, "R" (or "P", "Q", "S",
 *  "T") a ticked or crossed one. A letter standing alone is a box only where an empty one stands
 *  beside it ("R Written £ Verbal"); a pound sign alone is never money. */
const WINGDINGS2_EMPTY = /(?<!\S)£(?!\S)/g;
const WINGDINGS2_MARKED = /(?<!\S)[PQRST](?= \S)/g;
const wingdingsTwo = (text: string) => (text.includes('£') && text.search(WINGDINGS2_EMPTY) >= 0 ? text.replace(WINGDINGS2_MARKED, CHECKED).replace(WINGDINGS2_EMPTY, UNCHECKED) : text);

export function normaliseTicks(text: string, radioGroup = false): string {
  return wingdingsTwo(radios(text, radioGroup)).replace(CROSS_ANSWER, '$1No').replace(MARKED, CHECKED).replace(EMPTY, UNCHECKED);
}


/** A piece of an answer's text, and whether it is marked out from the rest (highlighted in Word,
 *  set in bold among plain text in a PDF). */
export interface MarkedText {
  text: string;
  marked: boolean;
}

/** "Yes / No" or "Male / Female / Not known" with the chosen option marked out: the options as
 *  boxes, the marked ones ticked ("☐ Yes ☒ No"). Null where the text is no such list, or where
 *  no option, or every option, is marked. */
export function chosenOptions(pieces: MarkedText[]): string | null {
  const text = pieces.map((p) => p.text).join('');
  if (!pieces.some((p) => p.marked && p.text.trim()) || !text.includes('/')) return null;
  const options = text.split('/');
  if (options.length < 2 || options.length > 6 || options.some((o) => !o.trim() || o.trim().split(/\s+/).length > 5)) return null;
  const marks = pieces.flatMap((p) => [...p.text].map(() => p.marked));
  let at = 0;
  const chosen = options.map((o) => {
    const from = at;
    at += o.length + 1;
    return [...o].every((ch, i) => !ch.trim() || marks[from + i]);
  });
  if (!chosen.some(Boolean) || chosen.every(Boolean)) return null;
  return options.map((o, k) => `${chosen[k] ? CHECKED : UNCHECKED} ${o.trim()}`).join(' ');
}

/** "Yes / N̶o̶" ("delete as appropriate"): the options struck through are the ones not chosen, so
 *  the rest are ticked boxes; struck words that are no option (a correction) are no answer. */
export function withoutStruck(pieces: { text: string; struck?: boolean }[]): string {
  return chosenOptions(pieces.map((p) => ({ text: p.text, marked: !p.struck }))) ?? pieces.filter((p) => !p.struck).map((p) => p.text).join('');
}
