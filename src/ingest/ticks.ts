// Every way a form marks a box, folded to two glyphs so later stages read one notation:
// ☒ for marked, ☐ for empty.
export const CHECKED = '☒';
export const UNCHECKED = '☐';

// Boxes typed as Wingdings symbols come out of Word as the Unicode look-alikes (🗹 🗷 ⌧, 🞎 ❑) and
// out of a PDF as the font's private-use codes (U+F0FE …) or, with no Unicode map, as the Latin-1
// letters at those codes: "þ Yes ¨ No". Those letters count only as a token of their own.
const MARKED = /[☒☑✓✔✗✘■🗹🗷🗸🗵⌧\uF0FE\uF0FD\uF0FB\uF078]|(?<!\S)[þý](?!\S)|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)/gu;
const EMPTY = /[☐□🞎🞏❑❒❏❐\uF0A8\uF06F\uF071]|(?<!\S)¨(?!\S)|\[\s{0,2}\]|\(\s{1,2}\)/gu;

export function normaliseTicks(text: string): string {
  return text.replace(MARKED, CHECKED).replace(EMPTY, UNCHECKED);
}
