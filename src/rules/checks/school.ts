// School details (seed 000 §4.3.8): a school named; a UPN alone is not enough; children outside
// compulsory school age at the assessment (unborn, under 5, 16 and over) are left out of the count.
import { z } from 'zod';
import { evidenceOf, fieldValue } from '../../extract/record.js';
import { defineCheck } from '../check.js';

const Options = z.object({
  fields: z.array(z.string()).default(['services.school']),
  upn: z.array(z.string()).default(['child.upn']),
  fromAge: z.number().int().default(5),
  toAge: z.number().int().default(16),
});

/** A unique pupil number: a letter and twelve characters, or the word UPN / ULN. */
const UPN = /\b[A-Z]\d{11}[0-9A-Z]\b|\b(upn|uln|unique pupil number)\b[:\s]*/gi;

export default defineCheck<z.infer<typeof Options>>({
  kind: 'school',
  options: Options,
  values: ['recorded', 'upn-only', 'missing', 'not-applicable'],
  run({ record, facts }, o) {
    const age = facts.child.age;
    if (facts.child.ageBand === 'unborn' || (age !== null && (age < o.fromAge || age >= o.toAge))) {
      const dob = evidenceOf(record, 'child.dob') ?? null;
      return { value: 'not-applicable', field: 'child.dob', reason: age !== null && age >= 0 ? `the child was ${age} at the assessment, outside compulsory school age` : 'the child was not yet born at the assessment', evidence: dob };
    }
    const id = o.fields.find((f) => fieldValue(record, f));
    const school = id ? fieldValue(record, id) : '';
    if (id && /[A-Za-z]{3,}/.test(school.replace(UPN, ' '))) {
      return { value: 'recorded', field: id, reason: 'a school or setting is named', evidence: evidenceOf(record, id) ?? null };
    }
    const upn = o.upn.find((f) => fieldValue(record, f));
    if (id || upn) {
      const f = id ?? upn!;
      return { value: 'upn-only', field: f, reason: 'only a unique pupil number is recorded, not the school', evidence: evidenceOf(record, f) ?? null };
    }
    const asked = o.fields.find((f) => record.fields[f]);
    return { value: 'missing', field: asked ?? o.fields[0], reason: 'no school or setting is recorded', evidence: asked ? evidenceOf(record, asked) ?? null : null };
  },
  examples: [
    { name: 'school named', fields: { 'services.school': 'Larkspur Primary School' }, facts: { age: 8 }, expect: 'recorded' },
    { name: 'UPN in the school box', fields: { 'services.school': 'UPN E823100123456' }, facts: { age: 8 }, expect: 'upn-only' },
    { name: 'UPN field only', fields: { 'services.school': '', 'child.upn': 'E823100123456' }, facts: { age: 12 }, expect: 'upn-only' },
    { name: 'nothing', fields: { 'services.school': '' }, facts: { age: 12 }, expect: 'missing' },
    { name: 'under five', fields: { 'services.school': 'Northbridge Nursery', 'child.dob': '14/02/2022' }, facts: { age: 3 }, expect: 'not-applicable' },
    { name: 'sixteen', fields: { 'services.school': '' }, facts: { age: 16 }, expect: 'not-applicable' },
    { name: 'unborn', fields: {}, facts: { age: -1, ageBand: 'unborn' }, expect: 'not-applicable' },
    { name: 'age unknown is judged on the answer', fields: { 'services.school': '' }, facts: { age: null }, expect: 'missing' },
  ],
});
