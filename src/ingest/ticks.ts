// Every way a form marks a box, folded to two glyphs so later stages read one notation:
// ☒ for marked, ☐ for empty.
export const CHECKED = '☒';
export const UNCHECKED = '☐';

const MARKED = /[☒☑✓✔✗✘■]|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)/g;
const EMPTY = /[☐□]|\[\s{0,2}\]|\(\s{1,2}\)/g;

export function normaliseTicks(text: string): string {
  return text.replace(MARKED, CHECKED).replace(EMPTY, UNCHECKED);
}
