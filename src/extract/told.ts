// A last look, for reports written as prose: an answer told in a sentence with no question beside
// it ("I completed this assessment with the family on 13 July 2025", "Lisa is Jayden's mother and
// can be contacted on 07854 247696"). Only fields left unanswered are looked for, and only by the
// sentences `told` in rules/labels.yaml describes, so a date in a chronology is no assessment date.
import type { LabelMatcher } from './labels.js';
import { type CafRecord, fieldValue } from './record.js';
import { withoutUntickedText } from './values.js';

export function toldAnswers(record: CafRecord, matcher: LabelMatcher): CafRecord {
  const missing = matcher.toldFields().filter((id) => !fieldValue(record, id));
  if (!missing.length) return record;
  // What a box offers and nobody ticked ("☐ Verbal consent given") tells nothing.
  const texts = [...Object.values(record.fields), ...record.unplaced].map((f) => ({ ...f, value: withoutUntickedText(f.value) }));
  const fields = { ...record.fields };
  for (const id of missing) {
    for (const t of texts) {
      const told = matcher.told(id, t.value);
      if (told) {
        fields[id] = { label: told.lead, value: told.answer, location: t.location };
        break;
      }
    }
  }
  return { ...record, fields };
}
