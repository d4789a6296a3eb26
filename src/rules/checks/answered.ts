// A question whose every answer counts, as long as one is given: disability is complete when
// yes, no or "rather not say" is recorded (seed 000 §4.3.6).
import { z } from 'zod';
import { evidenceOf, fieldValue } from '../../extract/record.js';
import { parseTicks } from '../../extract/values.js';
import { defineCheck } from '../check.js';

const Options = z.object({ fields: z.array(z.string()).min(1), label: z.string() });

export default defineCheck<z.infer<typeof Options>>({
  kind: 'answered',
  options: Options,
  values: ['present', 'missing'],
  run({ record }, o) {
    for (const f of o.fields) {
      const v = fieldValue(record, f);
      if (!v) continue;
      const ticks = parseTicks(v);
      return { value: 'present', field: f, reason: `${o.label} is answered${ticks ? ` (${ticks.checked.join(', ')})` : ''}`, evidence: evidenceOf(record, f) ?? null };
    }
    const asked = o.fields.find((f) => record.fields[f]);
    return { value: 'missing', field: asked ?? o.fields[0], reason: `${o.label} is left blank`, evidence: asked ? evidenceOf(record, asked) ?? null : null };
  },
  examples: [
    { name: 'no ticked', fields: { 'child.disability': '☐ Yes ☒ No ☐ Rather not say' }, options: { fields: ['child.disability'], label: 'Disability' }, expect: 'present' },
    { name: 'rather not say in words', fields: { 'child.disability': 'Rather not say' }, options: { fields: ['child.disability'], label: 'Disability' }, expect: 'present' },
    { name: 'condition named', fields: { 'child.disability': 'ADHD (diagnosed 2023)' }, options: { fields: ['child.disability'], label: 'Disability' }, expect: 'present' },
    { name: 'none known is an answer', fields: { 'child.disability': 'None known' }, options: { fields: ['child.disability'], label: 'Disability' }, expect: 'present' },
    { name: 'not asked', fields: { 'child.disability': 'Not asked' }, options: { fields: ['child.disability'], label: 'Disability' }, expect: 'missing' },
    { name: 'no box ticked', fields: { 'child.disability': '☐ Yes ☐ No ☐ Rather not say' }, options: { fields: ['child.disability'], label: 'Disability' }, expect: 'missing' },
    { name: 'blank', fields: { 'child.disability': '' }, options: { fields: ['child.disability'], label: 'Disability' }, expect: 'missing' },
  ],
});
