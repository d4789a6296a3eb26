// A draft or a copy is often marked across every page: Word's watermark, a word set large and pale
// on the diagonal behind the text, which it prints a letter at a time along the slant. Each letter
// would join whatever line of the form it crosses ("Strengths | D"). No question or answer is set
// on the slant, so such text is left out of the page's lines; what it said is told, where it is a
// marking (anything else on the slant only as text), for an evaluator wants to know the form they
// audit is a draft.

import { MARKING } from './furniture.js';

/** The page's items with those set on the slant left out, and what those said, if anything. */
export function withoutSlantedText<T extends { text: string; x: number; run?: string }>(items: T[]): { items: T[]; marking: string | null } {
  const slanted = items.filter((it) => it.run === 'slant');
  if (!slanted.length) return { items, marking: null };
  // Letters placed one by one along the slant read in the order they run.
  const said = slanted.sort((a, b) => a.x - b.x).map((it) => it.text).join('').replace(/\s+/g, ' ').trim();
  return { items: items.filter((it) => it.run !== 'slant'), marking: MARKING.test(said) ? said.toUpperCase() : '' };
}
