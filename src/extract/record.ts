import { z } from 'zod';

export const EvidenceSchema = z.object({
  /** the excerpt as it stands on the form */
  text: z.string(),
  /** where it stands: "page 2, line 14", "table 3, row 2", "paragraph 12" */
  location: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FieldSchema = z.object({
  /** the form's own wording of the question */
  label: z.string(),
  value: z.string(),
  location: z.string(),
});
export type Field = z.infer<typeof FieldSchema>;

export const ActionSchema = z.object({ what: z.string(), who: z.string(), when: z.string(), location: z.string() });
export type Action = z.infer<typeof ActionSchema>;

export const PersonRowSchema = z.object({ cells: z.record(z.string(), z.string()), location: z.string() });

/** Everything extract found on one form, before any judgement of quality. */
export const CafRecordSchema = z.object({
  file: z.string(),
  format: z.enum(['docx', 'pdf']),
  /** canonical field id → the first answer found for it (an empty answer is kept as found) */
  fields: z.record(z.string(), FieldSchema),
  actions: z.array(ActionSchema),
  /** rows of a table with one child per row */
  childRows: z.array(PersonRowSchema),
  /** other children named on the form, each answer to a "sibling" / "linked child" question */
  siblings: z.array(FieldSchema),
  /** text the extractor could not tie to a question, kept for the rubric and for review */
  unplaced: z.array(FieldSchema),
  warnings: z.array(z.string()),
});
export type CafRecord = z.infer<typeof CafRecordSchema>;

/** Answers that mean nothing was written: the fillers practitioners type into a box they could
 *  not answer ("N/K", "TBC", "Not asked", "See referral form"), and a list's prompt left as its
 *  choice ("Please select", "-- Select one --"). "None known" is an answer (no
 *  disability known), so it is not one of them. */
const BLANK = /^(n\/?a|n\/?k|none (recorded|given)|not (recorded|known|asked|answered|given|obtained|gathered|discussed|provided|available|stated|seen)( yet)?|no (answer|response)|unknown|tbc|to be confirmed|to follow|awaiting( info| information)?|no number( given)?|(see|as per) (the )?referral( form)?|-+|\.+|…|x{2,}|see file|see attached|-*\s*(please )?(select|choose)( one| an? (option|item|answer)| from (the )?list)?\s*-*)\.?$/i;

/** "Yes / No", "Written / Verbal", "1 / 2 / 3 / 4" as printed, none of them chosen. */
const OPTION = '(yes|no|y|n|male|female|other|not known|unknown|prefer not to say|rather not say|written|verbal|level \\d|\\d)';
const UNCHOSEN = new RegExp(`^${OPTION}(\\s*/\\s*${OPTION})+$`, 'i');

/** The template's own guidance left in a box, in brackets: "(Record the child's own words here)",
 *  "(Written, verbal or refused)", "(Name and address of the GP practice)". Practitioners do not
 *  bracket a whole answer of three words or more; a word or two in brackets ("(verbal)") may be one. */
const TEMPLATE_PROMPT = /^\(\s*[^()\s]+(\s+[^()\s]+){2,}\s*\)$/;

export function isBlank(value: string | undefined | null): boolean {
  // Options offered with none ticked ("☐ White British ☐ Pakistani …") are a question left blank;
  // words after the last box that are more than an option's few are an answer ("☐ Permission
  // form signed  Parent agreed verbally at the meeting").
  const options = /^\s*☐/.test(value ?? '') && !value!.includes('☒') ? value!.split(/[☐\n]/) : [];
  if (options.length && options.every((o) => o.trim().split(/\s+/).length <= 6)) return true;
  const v = (value ?? '').replace(/[☐\s]+/g, ' ').trim();
  return v === '' || BLANK.test(v) || UNCHOSEN.test(v) || TEMPLATE_PROMPT.test(v);
}

/** Each other child named in answers to "sibling" questions ("Idris Penhaligon, 09/09/2023; …"). */
export function siblingEntries(record: CafRecord): string[] {
  // "Amy Cole (3 April 2015), Ben Cole (2 May 2017)", "Amy 03/04/2015, Ben 02/05/2017": a comma
  // after a bracket, or after a date before the next name, ends an entry too.
  return record.siblings.flatMap((f) => f.value.split(/\s*;\s*|\n|(?<=\)),\s*|(?<=\d),\s*(?=[A-Z])/)).filter((s) => /[A-Za-z]{2,}/.test(s));
}

export function fieldValue(record: CafRecord, id: string): string {
  const f = record.fields[id];
  return f && !isBlank(f.value) ? f.value : '';
}

/** The answers among `standIns` (the lead professional, the health visitor) that name the
 *  person who completed the form ("Tariq Okonkwo, Outreach Worker (…)" where the form is signed
 *  "Tariq Okonkwo"), so their role and service are the assessor's. */
export function assessorStandIns(record: CafRecord, names: string[], standIns: string[]): string[] {
  const named = names.map((id) => fieldValue(record, id).split(/[,(;]/)[0].trim().toLowerCase()).filter((n) => n.length >= 4);
  return standIns.map((id) => fieldValue(record, id)).filter((v) => v && named.some((n) => v.toLowerCase().includes(n)));
}

export function evidenceOf(record: CafRecord, id: string): Evidence | undefined {
  const f = record.fields[id];
  if (!f) return undefined;
  return { text: `${f.label}: ${f.value || '(blank)'}`, location: f.location };
}
