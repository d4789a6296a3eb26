import { z } from 'zod';
import type { CheckContext } from '../check.js';
import { termRegex } from '../text/features.js';
import { passage } from '../text/passage.js';

/** The practitioner's own narrative; the child's and parent's comments are their own words. */
export const NARRATIVE_FIELDS = ['reason', 'domain.development', 'domain.parenting', 'domain.family', 'summary.strengths', 'summary.needs', 'summary.risks', 'summary.outcomes'];

export const ScopeOptions = z.object({ fields: z.array(z.string()).default(NARRATIVE_FIELDS) });

/** Someone's own words, or a word reported in quotes: not the practitioner's verdict. */
const REPORTED = /\b(said|says|told (me|us)|described (himself|herself|themselves|her own|his own|their own)|describes (her|his|their) own|in (her|his|their) own words)\b|:\s*["“]|["“][^"”]*$/i;

function inQuotes(sentence: string, term: RegExp): boolean {
  for (const m of sentence.matchAll(/["“]([^"”]*)["”]/g)) if (term.test(m[1])) return true;
  return false;
}

/** Sentences of the scoped fields holding a lexicon term as the practitioner's own words (not
 *  reported speech, not in quotes), with the term found. */
export function* termSentences(ctx: CheckContext, fields: string[], terms: string[]) {
  for (const field of fields) {
    const p = passage(ctx, field);
    for (const [i, s] of p.sentences.entries()) {
      const term = terms.find((t) => termRegex(t).test(s.text));
      if (!term || REPORTED.test(s.text) || inQuotes(s.text, termRegex(term))) continue;
      yield { p, s, i, term, location: p.location || field };
    }
  }
}
