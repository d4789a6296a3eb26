// The CAF date (seed 000 §4.3.1): present only when a calendar date is written, not "TBC".
import { z } from 'zod';
import { evidenceOf, fieldValue } from '../../extract/record.js';
import { parseDate } from '../../extract/values.js';
import { defineCheck } from '../check.js';

const Options = z.object({ fields: z.array(z.string()).min(1), label: z.string() });

export default defineCheck<z.infer<typeof Options>>({
  kind: 'date',
  options: Options,
  values: ['present', 'missing'],
  run({ record }, o) {
    for (const f of o.fields) {
      const iso = parseDate(fieldValue(record, f));
      if (iso) return { value: 'present', field: f, reason: `${o.label} is a date (${iso})`, evidence: evidenceOf(record, f) ?? null };
    }
    const asked = o.fields.find((f) => record.fields[f]);
    return {
      value: 'missing',
      field: asked ?? o.fields[0],
      reason: asked && fieldValue(record, asked) ? `${o.label} is written but is not a date` : `${o.label} is not recorded`,
      evidence: asked ? evidenceOf(record, asked)! : null,
    };
  },
  examples: [
    { name: 'numeric date', fields: { 'assessment.date': '03/02/2025' }, options: { fields: ['assessment.date'], label: 'Date' }, expect: 'present' },
    { name: 'date in words', fields: { 'assessment.date': '3rd February 2025' }, options: { fields: ['assessment.date'], label: 'Date' }, expect: 'present' },
    { name: 'not a date', fields: { 'assessment.date': 'TBC' }, options: { fields: ['assessment.date'], label: 'Date' }, expect: 'missing' },
    { name: 'relative time is no date', fields: { 'assessment.date': 'within 6 weeks' }, options: { fields: ['assessment.date'], label: 'Date' }, expect: 'missing' },
  ],
});
