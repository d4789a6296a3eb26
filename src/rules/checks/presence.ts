// An item is present when any of its fields has an answer (seed 000 §4.3: family composition,
// ethnicity, GP, what has led to the assessment, the child's and the parent's comments).
import { z } from 'zod';
import { evidenceOf, fieldValue } from '../../extract/record.js';
import { defineCheck } from '../check.js';

const Options = z.object({ fields: z.array(z.string()).min(1), label: z.string() });

export default defineCheck<z.infer<typeof Options>>({
  kind: 'presence',
  options: Options,
  values: ['present', 'missing'],
  run({ record }, o) {
    const hit = o.fields.find((f) => fieldValue(record, f));
    if (hit) return { value: 'present', field: hit, reason: `${o.label} is answered`, evidence: evidenceOf(record, hit) ?? null };
    const asked = o.fields.find((f) => record.fields[f]);
    return {
      value: 'missing',
      field: asked ?? o.fields[0],
      reason: asked ? `${o.label}: the question is on the form but left blank` : `${o.label}: no such question or answer found on the form`,
      evidence: asked ? evidenceOf(record, asked)! : null,
    };
  },
  examples: [
    { name: 'answered', fields: { 'child.ethnicity': 'WBRI' }, options: { fields: ['child.ethnicity'], label: 'Ethnicity' }, expect: 'present' },
    { name: 'blank answer', fields: { 'child.ethnicity': '' }, options: { fields: ['child.ethnicity'], label: 'Ethnicity' }, expect: 'missing' },
    { name: 'placeholder-like answer', fields: { 'services.gp': 'N/A' }, options: { fields: ['services.gp'], label: 'GP' }, expect: 'missing' },
    { name: 'a filler for an unknown answer', fields: { 'services.gp': 'N/K' }, options: { fields: ['services.gp'], label: 'GP' }, expect: 'missing' },
    { name: 'a view not gathered', fields: { 'comment.child': 'Not obtained' }, options: { fields: ['comment.child'], label: "Child's comments" }, expect: 'missing' },
    { name: 'the reason left to another form', fields: { reason: 'See referral form' }, options: { fields: ['reason'], label: 'Reason' }, expect: 'missing' },
    { name: 'question absent', fields: {}, options: { fields: ['services.gp'], label: 'GP' }, expect: 'missing' },
  ],
});
