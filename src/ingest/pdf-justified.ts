// Justified text is drawn a word at a time, the line's spare room shared out between its words, so
// the spaces of a short justified line can be wider than any ordinary space and look like the gap
// between two cells. What gives them away is that they are all the same width: cells stand where
// their column starts, so the gaps between them vary with the words' lengths.

export interface PlacedWord {
  text: string;
  x: number;
  width: number;
  size: number;
  bold?: boolean;
  /** a form field's value, as wide as its box: boxes in a row of one width stand at equal gaps */
  boxed?: boolean;
}

/** ticks and boxes, which stand in cells of equal widths and so at equal gaps */
const MARK = /[☐☑☒✓✔✗✘■□●○◉⦿]/u;

/** A word of a justified line is drawn alone: a run of words with spaces in it is drawn whole, as
 *  a cell's line is ("… hub and" | "Precious Penhaligon" | "Weekly", at gaps equal by chance). */
const wordLike = (w: PlacedWord) => !w.boxed && /[\p{L}\p{N}]/u.test(w.text) && !MARK.test(w.text) && !/\S\s+\S/.test(w.text);

/** The indices i (of a row's words in x order) where the gap before word i is one of a justified
 *  line's spaces: a run of at least two gaps, wider than a space, the same to a fraction of a
 *  point, between words of one weight, most of them words rather than digits (digit boxes stand
 *  at equal gaps too), no word the same as the one before it (as "Yes  Yes  Yes" in columns of
 *  one width are). */
export function justifiedSpaces(words: PlacedWord[]): Set<number> {
  const spaces = new Set<number>();
  const gap = (i: number) => words[i].x - (words[i - 1].x + words[i - 1].width);
  const joins = (i: number, width: number) => {
    const g = gap(i);
    const [a, b] = [words[i - 1], words[i]];
    return Math.abs(g - width) <= 0.12 && !!a.bold === !!b.bold && wordLike(a) && wordLike(b) && a.text !== b.text;
  };
  let i = 1;
  while (i < words.length) {
    const width = gap(i);
    const size = words[i].size;
    if (width < size * 0.5 || width > size * 6 || !joins(i, width)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < words.length && joins(end + 1, width)) end++;
    const run = words.slice(i - 1, end + 1);
    if (end - i + 1 >= 2 && run.filter((w) => (w.text.match(/\p{L}/gu) ?? []).length >= 2).length * 2 >= run.length) {
      for (let k = i; k <= end; k++) spaces.add(k);
    }
    i = end + 1;
  }
  return spaces;
}
