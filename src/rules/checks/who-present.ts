// Others present at the assessment (seed 000 §4.3.7): recorded, "none" written, or left blank.
import { z } from 'zod';
import { evidenceOf, isBlank } from '../../extract/record.js';
import { answerText } from '../../extract/values.js';
import { defineCheck } from '../check.js';

const Options = z.object({ fields: z.array(z.string()).default(['assessment.present']) });
/** "None", "None - completed from records": nobody else took part. */
const NONE = /^(none|no one|nobody|nil|n\/a|not applicable)\b(?!\s+of\b)/i;

export default defineCheck<z.infer<typeof Options>>({
  kind: 'who-present',
  options: Options,
  values: ['recorded', 'none', 'blank'],
  run({ record }, o) {
    const id = o.fields.find((f) => record.fields[f]?.value.trim()) ?? o.fields.find((f) => record.fields[f]);
    const raw = id ? record.fields[id].value.trim() : '';
    // Boxes of people: the ones ticked ("☒ Mother ☒ The child"); none ticked is blank. "N/A" is
    // a blank elsewhere, but here it says nobody else was there.
    const text = isBlank(raw) && !NONE.test(raw) ? '' : answerText(raw);
    const evidence = id ? evidenceOf(record, id) ?? null : null;
    if (!text) return { value: 'blank', field: id ?? o.fields[0], reason: id ? 'the question is left blank' : 'no "who was present" question found', evidence };
    if (NONE.test(text)) return { value: 'none', field: id!, reason: '"none" is recorded as present', evidence };
    return { value: 'recorded', field: id!, reason: 'the people present are recorded', evidence };
  },
  examples: [
    { name: 'people named', fields: { 'assessment.present': 'Mum and Kai' }, expect: 'recorded' },
    { name: 'none written', fields: { 'assessment.present': 'None' }, expect: 'none' },
    { name: 'blank', fields: { 'assessment.present': '' }, expect: 'blank' },
    { name: 'people ticked', fields: { 'assessment.present': '☒ The child ☒ Mother ☐ Father ☐ None' }, expect: 'recorded' },
    { name: 'none ticked', fields: { 'assessment.present': '☐ The child ☐ Mother ☒ None - completed from records' }, expect: 'none' },
    { name: 'no box ticked', fields: { 'assessment.present': '☐ The child ☐ Mother ☐ None' }, expect: 'blank' },
    { name: 'none of a group named', fields: { 'assessment.present': 'None of the professionals; mum and Kai' }, expect: 'recorded' },
    { name: 'question absent', fields: {}, expect: 'blank' },
  ],
});
