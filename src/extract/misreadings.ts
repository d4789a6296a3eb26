// Words a form has mistyped or a scan's OCR has misread ("Ethnlcity", "assessrnent", "Farnily",
// "Dissability"): which words they were meant to be.

/** The letters OCR confuses, as read → meant. */
const OCR: [string, string][] = [['0', 'o'], ['1', 'l'], ['1', 'i'], ['rn', 'm'], ['m', 'rn'], ['li', 'h'], ['cl', 'd'], ['c', 'e'], ['f', 't'], ['l', 'i'], ['i', 'l'], ['vv', 'w']];

/** Whether a and b are one typing slip apart: a letter swapped for another, added, dropped, or two
 *  neighbours transposed. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, y: string) => x.slice(i + 1) === y.slice(i + 1);
  if (a.length === b.length) return rest(a, b) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The known words `word` may be a misreading of: one OCR confusion undone (for words of five
 *  letters or more), else one typing slip (seven or more: a slip in a shorter word too often
 *  makes another word, "rather" of "father", "things" of "thinks"). */
export function meantWords(word: string, known: ReadonlyMap<string, number>): string[] {
  if (word.length < 5) return [];
  const undone = new Set<string>();
  for (const [read, meant] of OCR) {
    for (let at = word.indexOf(read); at >= 0; at = word.indexOf(read, at + 1)) {
      const w = word.slice(0, at) + meant + word.slice(at + read.length);
      if (known.has(w)) undone.add(w);
    }
  }
  if (undone.size) return [...undone];
  if (!/^[a-z]+$/.test(word) || word.length < 7) return [];
  return [...known.keys()].filter((k) => k.length >= 7 && oneSlipApart(word, k)).sort((x, y) => known.get(y)! - known.get(x)!).slice(0, 2);
}

/** A word as OCR might have read it, folded so that its misreadings fold alike: "Scliool Nursc"
 *  and "School Nurse", "Fami1y Supp0rt" and "Famlly Support" ("cl" for "d" is left out: it
 *  would part "scliool" from "school"). */
export function ocrFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[il1|]/g, 'l')
    .replace(/h/g, 'll')
    .replace(/0/g, 'o')
    .replace(/c/g, 'e')
    .replace(/f/g, 't');
}
