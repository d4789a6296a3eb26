// Letter-spaced type (Word's Expanded character spacing, a designer's tracking) is printed as each
// letter followed by a gap. pdf.js reads each gap as a space, so a heading comes out as
// "D A T E" "O F" "B I R T H", one item a word, the words apart by a gap wider than a cell's
// padding. Such words are closed up ("DATE") and marked, so that the line joins them back into
// one label rather than reading each word as a cell of its own.

import { rowsOf, type Positioned } from './pdf-columns.js';

/** a word read letter by letter: single letters, digits or marks ("( G P )", "C H I L D ’ S")
 *  each parted from the next by one space */
const SPACED = /^[\p{L}\p{N}’'&()/,.:?!-](?: [\p{L}\p{N}’'&()/,.:?!-])+$/u;

/** letters in a spaced word: three or more make a line's spacing plain, where two ("O F"), a
 *  "Y N" of column headings or a scale's "1 2 3 4 5" could be ordinary text */
const letters = (text: string) => (SPACED.test(text) ? text.split(' ').filter((t) => /\p{L}/u.test(t)).length : 0);
const spacedWord = (text: string) => SPACED.test(text);

/** The items with every letter-spaced word on a line that has one of three letters or more
 *  closed up and marked `spaced`. */
export function withLettersClosedUp<T extends Positioned & { text: string }>(items: T[]): (T & { spaced?: boolean })[] {
  // Most pages have none; their lines are not worked out twice.
  if (!items.some((it) => letters(it.text) >= 3)) return items;
  const spacedLines = rowsOf(items).filter((r) => r.items.some((it) => letters(it.text) >= 3));
  const closing = new Set(spacedLines.flatMap((r) => r.items.filter((it) => spacedWord(it.text))));
  return items.map((it) => (closing.has(it) ? { ...it, text: it.text.replace(/ /g, ''), spaced: true } : it));
}

/** Whether two letter-spaced words `gap` apart are words of one run of text: a spaced word's gap
 *  is a space and the letter spacing on either side of it, about the type's size, where the
 *  gap before a cell of its own is wider. */
export const spacedWordGap = (gap: number, size: number) => gap < size * 1.6;
