// Desired outcomes (seed 000 §4.4; seed 004 §5, SMART): good when child-focused, measurable and
// time-bound; satisfactory when stated but not measurable or not time-bound; poor when missing or
// written as outputs or services ("attend parenting course", "referral to CAMHS").
import { z } from 'zod';
import { defineRubric } from '../check.js';
import { hasAny } from '../text/features.js';
import { type Sentence, excerpt, passage } from '../text/passage.js';
import type { Lexicons } from '../text/lexicons.js';

const Options = z.object({ field: z.string().default('summary.outcomes') });

/** Something done or provided, with no change for the child in it. */
export const isOutput = (s: Sentence, lex: Lexicons) => !/\bwill\b/i.test(s.text) && (hasAny(s.text, lex.outputs) || s.f.service);

export default defineRubric<z.infer<typeof Options>>({
  kind: 'outcomes',
  options: Options,
  run(ctx, o) {
    const p = passage(ctx, o.field);
    if (p.empty) return { grade: 'poor', reasons: ['no desired outcomes are recorded'], absent: true, evidence: [] };
    const outputs = p.sentences.filter((s) => isOutput(s, ctx.lex));
    if (outputs.length * 2 >= p.sentences.length) return { grade: 'poor', reasons: [`${outputs.length} of ${p.sentences.length} outcomes are outputs or services, not changes for the child`], evidence: outputs.map((s) => excerpt(p, s)) };
    const smart = p.sentences.filter((s) => s.namesChild && s.f.measurable && s.f.timebound);
    if (smart.length) return { grade: 'good', reasons: [`${smart.length} outcome(s) say what will change for the child, how it is measured and by when`], evidence: smart.slice(0, 2).map((s) => excerpt(p, s)) };
    const measured = p.sentences.some((s) => s.f.measurable);
    const timed = p.sentences.some((s) => s.f.timebound);
    const missing = [!measured && 'no measure', !timed && 'no timescale', !p.sentences.some((s) => s.namesChild) && 'not about the child'].filter(Boolean);
    return { grade: 'satisfactory', reasons: [`outcomes are stated but ${missing.join(', ') || 'not SMART'}`], evidence: [excerpt(p, p.sentences[0])] };
  },
  examples: [
    { name: 'SMART', fields: { 'child.given': 'Kai', 'summary.outcomes': "Kai's attendance will be above 95% by the end of the summer term, measured by the school register." }, expect: 'good' },
    { name: 'no measure or time', fields: { 'child.given': 'Kai', 'summary.outcomes': 'Kai will attend school more regularly.' }, expect: 'satisfactory' },
    { name: 'time but no measure', fields: { 'child.given': 'Kai', 'summary.outcomes': 'For Kai to have a better routine by the summer.' }, expect: 'satisfactory' },
    { name: 'outputs', fields: { 'child.given': 'Kai', 'summary.outcomes': 'Attend parenting course. Referral to CAMHS.' }, expect: 'poor' },
  ],
});
