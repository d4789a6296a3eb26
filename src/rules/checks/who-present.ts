// Others present at the assessment (seed 000 §4.3.7): recorded, "none" written, or left blank.
import { z } from 'zod';
import { evidenceOf } from '../../extract/record.js';
import { defineCheck } from '../check.js';

const Options = z.object({ fields: z.array(z.string()).default(['assessment.present']) });
const NONE = /^(none|no one|nobody|nil|n\/a|not applicable)\.?$/i;

export default defineCheck<z.infer<typeof Options>>({
  kind: 'who-present',
  options: Options,
  values: ['recorded', 'none', 'blank'],
  run({ record }, o) {
    const id = o.fields.find((f) => record.fields[f]?.value.trim()) ?? o.fields.find((f) => record.fields[f]);
    const text = id ? record.fields[id].value.trim() : '';
    const evidence = id ? evidenceOf(record, id) ?? null : null;
    if (!text) return { value: 'blank', field: id ?? o.fields[0], reason: id ? 'the question is left blank' : 'no "who was present" question found', evidence };
    if (NONE.test(text)) return { value: 'none', field: id!, reason: '"none" is recorded as present', evidence };
    return { value: 'recorded', field: id!, reason: 'the people present are recorded', evidence };
  },
  examples: [
    { name: 'people named', fields: { 'assessment.present': 'Mum and Kai' }, expect: 'recorded' },
    { name: 'none written', fields: { 'assessment.present': 'None' }, expect: 'none' },
    { name: 'blank', fields: { 'assessment.present': '' }, expect: 'blank' },
    { name: 'question absent', fields: {}, expect: 'blank' },
  ],
});
