// Information and contact details for a parent or carer (seed 000 §4.3.3): a named parent or
// carer and a way to reach them (telephone, address or email).
import { z } from 'zod';
import { evidenceOf, fieldValue } from '../../extract/record.js';
import { REDACTION } from '../../extract/values.js';
import { defineCheck } from '../check.js';

const Options = z.object({
  name: z.array(z.string()).default(['parent.name', 'parent.contact']),
  contact: z.array(z.string()).default(['parent.phone', 'parent.address', 'parent.contact']),
});

/** A phone number, a UK postcode, a street address or an email address. */
const REACHABLE = /(\+?\d[\d ]{8,}\d)|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b\d+[a-z]? [A-Z][a-z]+ (road|street|lane|close|way|walk|court|avenue|drive|approach|place|crescent|gardens)\b|@/i;

export default defineCheck<z.infer<typeof Options>>({
  kind: 'parent-contact',
  options: Options,
  values: ['present', 'missing'],
  run({ record }, o) {
    // "Parent / carer and contact number: Claire Fairweather, 07973 148194" names her too.
    const namedWithNumber = o.contact.find((id) => REACHABLE.test(fieldValue(record, id)) && /\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\b/.test(fieldValue(record, id).split(/\d/)[0]));
    const name = o.name.find((id) => /[A-Za-z]{2,}/.test(fieldValue(record, id))) ?? namedWithNumber;
    const contact = o.contact.find((id) => REACHABLE.test(fieldValue(record, id))) ?? (name && REACHABLE.test(fieldValue(record, name)) ? name : undefined);
    if (name && contact) {
      return { value: 'present', field: contact, reason: 'a parent / carer is named with a way to reach them', evidence: evidenceOf(record, contact) ?? null };
    }
    // A copy redacted for audit marks where the number or address was: it was recorded. The
    // mark is read as written, since "XXXXX" is also how a box is struck through as left empty.
    const redacted = name ? o.contact.find((id) => REDACTION.test(record.fields[id]?.value ?? '')) : undefined;
    if (redacted) {
      return { value: 'present', field: redacted, reason: 'a parent / carer is named and their contact details were recorded, though redacted from this copy', evidence: evidenceOf(record, redacted) ?? null };
    }
    const seen = name ?? o.name.find((id) => record.fields[id]);
    return {
      value: 'missing',
      field: seen ?? o.name[0],
      reason: name ? 'a parent / carer is named but no telephone, address or email is given' : 'no parent / carer is named',
      evidence: seen ? evidenceOf(record, seen) ?? null : null,
    };
  },
  examples: [
    { name: 'name and phone', fields: { 'parent.name': 'Donna Harcourt', 'parent.phone': '07700 900123' }, expect: 'present' },
    { name: 'name and address', fields: { 'parent.name': 'Donna Harcourt', 'parent.address': '4 Mill Lane, Elmstead KM2 3QT' }, expect: 'present' },
    { name: 'combined contact line', fields: { 'parent.contact': 'Donna Harcourt, 07700 900123' }, expect: 'present' },
    { name: 'a name before the number', fields: { 'parent.phone': 'Claire Fairweather, 07973 148194' }, expect: 'present' },
    { name: 'number redacted from the copy', fields: { 'parent.name': '[REDACTED] (Mother)', 'parent.phone': '[number removed]' }, expect: 'present' },
    { name: 'number blacked out', fields: { 'parent.name': '█████ (Mother)', 'parent.phone': '█████' }, expect: 'present' },
    { name: 'number crossed out with Xs', fields: { 'parent.name': 'XXXXX (Mother)', 'parent.phone': 'XXXXX' }, expect: 'present' },
    { name: 'a number alone', fields: { 'parent.phone': '07973 148194' }, expect: 'missing' },
    { name: 'name only', fields: { 'parent.name': 'Donna Harcourt', 'parent.phone': '' }, expect: 'missing' },
    { name: 'nothing', fields: { 'parent.name': '' }, expect: 'missing' },
  ],
});
