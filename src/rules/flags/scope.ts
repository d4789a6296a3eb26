import { z } from 'zod';

/** The practitioner's own narrative; the child's and parent's comments are their own words. */
export const NARRATIVE_FIELDS = ['reason', 'domain.development', 'domain.parenting', 'domain.family', 'summary.strengths', 'summary.needs', 'summary.risks', 'summary.outcomes'];

export const ScopeOptions = z.object({ fields: z.array(z.string()).default(NARRATIVE_FIELDS) });

/** Someone's own words, or a word reported in quotes: not the practitioner's verdict. */
export const REPORTED = /\b(said|says|told (me|us)|described (himself|herself|themselves|her own|his own|their own)|describes (her|his|their) own|in (her|his|their) own words)\b|:\s*["“]|["“][^"”]*$/i;

export function inQuotes(sentence: string, term: RegExp): boolean {
  for (const m of sentence.matchAll(/["“]([^"”]*)["”]/g)) if (term.test(m[1])) return true;
  return false;
}
