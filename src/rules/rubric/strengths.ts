// Summary of key protective factors or strengths (seed 000 §4.4): specific and evidenced is good;
// generic ("loving family") is satisfactory; missing is poor.
import { z } from 'zod';
import { defineRubric } from '../check.js';
import { excerpt, passage } from '../text/passage.js';

const Options = z.object({ field: z.string().default('summary.strengths') });

export default defineRubric<z.infer<typeof Options>>({
  kind: 'strengths',
  options: Options,
  run(ctx, o) {
    const p = passage(ctx, o.field);
    if (p.empty) return { grade: 'poor', reasons: ['no strengths or protective factors are recorded'], absent: true, evidence: p.text ? [excerpt(p)] : [] };
    const evidenced = p.sentences.filter((s) => s.f.fact || s.f.source || /\bfor example\b/i.test(s.text));
    if (evidenced.length) return { grade: 'good', reasons: [`${evidenced.length} strength(s) with a specific example, source or fact`], evidence: evidenced.slice(0, 2).map((s) => excerpt(p, s)) };
    return { grade: 'satisfactory', reasons: ['strengths are stated in general terms, with no example, source or fact'], evidence: [excerpt(p, p.sentences[0])] };
  },
  examples: [
    { name: 'specific', fields: { 'summary.strengths': 'Grandmother collects him from school twice a week (seen at pick-up).' }, expect: 'good' },
    { name: 'generic', fields: { 'summary.strengths': 'Loving family.' }, expect: 'satisfactory' },
    { name: 'none identified', fields: { 'summary.strengths': 'None identified.' }, expect: 'poor' },
  ],
});
