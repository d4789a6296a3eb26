// Sentences of an answer. Intl.Segmenter (ICU, built into Node) splits well except after a title
// or a Latin abbreviation ("Dr. Anand", "e.g. when"), which are joined back here.
const segmenter = new Intl.Segmenter('en-GB', { granularity: 'sentence' });
const ABBREVIATION = /\b(dr|mr|mrs|ms|miss|st|prof|e\.g|i\.e|etc|approx|no|tel)\.\s*$/i;

export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text.replace(/\s*\n+\s*/g, ' '))) {
    if (out.length && ABBREVIATION.test(out[out.length - 1])) out[out.length - 1] += segment;
    else out.push(segment);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}
