// Summary of risks (seed 000 §4.4, §1.2 "confuse needs and risks"): good when specific risks and
// their impact on the child are stated; satisfactory when vague; poor when missing or the same as
// the needs.
import { z } from 'zod';
import { labelTokens } from '../../extract/labels.js';
import { defineRubric } from '../check.js';
import { excerpt, passage } from '../text/passage.js';

const Options = z.object({ field: z.string().default('summary.risks'), needs: z.string().default('summary.needs') });

function overlap(a: string, b: string): number {
  const A = new Set(labelTokens(a)), B = new Set(labelTokens(b));
  if (!A.size || !B.size) return 0;
  return [...A].filter((t) => B.has(t)).length / Math.min(A.size, B.size);
}

export default defineRubric<z.infer<typeof Options>>({
  kind: 'risks',
  options: Options,
  run(ctx, o) {
    const p = passage(ctx, o.field);
    if (p.empty) return { grade: 'poor', reasons: [p.text ? `risks are not stated ("${p.text.trim()}")` : 'no risks are recorded'], absent: true, evidence: p.text ? [excerpt(p)] : [] };
    const needs = passage(ctx, o.needs);
    if (!needs.empty && overlap(p.text, needs.text) >= 0.8) return { grade: 'poor', reasons: ['the risks repeat the needs: the two are not told apart'], evidence: [excerpt(p)] };
    const specific = p.sentences.filter((s) => s.namesChild && (s.f.impact || s.f.fact));
    if (specific.length) return { grade: 'good', reasons: [`${specific.length} risk(s) stated with what they mean for the child`], evidence: specific.slice(0, 2).map((s) => excerpt(p, s)) };
    return { grade: 'satisfactory', reasons: ['risks are stated vaguely, with no impact on the child'], evidence: [excerpt(p, p.sentences[0])] };
  },
  examples: [
    { name: 'specific with impact', fields: { 'child.given': 'Kai', 'summary.risks': 'Damp is making Kai\'s asthma worse: two GP visits since January.' }, expect: 'good' },
    { name: 'vague', fields: { 'child.given': 'Kai', 'summary.risks': 'Low risk at present.' }, expect: 'satisfactory' },
    { name: 'same as needs', fields: { 'child.given': 'Kai', 'summary.needs': 'Kai needs support with his behaviour.', 'summary.risks': 'Kai needs support with his behaviour.' }, expect: 'poor' },
    { name: 'see needs', fields: { 'child.given': 'Kai', 'summary.risks': 'See needs.' }, expect: 'poor' },
  ],
});
