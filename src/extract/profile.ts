// What the evaluation report counts about each form beyond the checklist (seed 000 §4.2): every
// child's gender and age band, language, religion, disability, the reasons for the assessment in
// categories, the role of the person completing it; and, apart, the identifiers that reports mask.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { AGE_BANDS, type AgeBand, type Facts, band, genderOf } from './derive.js';
import { type CafRecord, fieldValue, siblingEntries } from './record.js';
import { answerText, parseDate, statedYears, termRegex, yearsBetween, yearsSinceMonth } from './values.js';

export const ReasonTableSchema = z.object({ version: z.literal(1), categories: z.array(z.object({ name: z.string(), words: z.array(z.string()).min(1) })) });
export type ReasonTable = z.infer<typeof ReasonTableSchema>;
export const loadReasonTable = (path: string) => ReasonTableSchema.parse(parseYaml(readFileSync(path, 'utf8')));

export const ProfileSchema = z.object({
  children: z.array(z.object({ gender: z.enum(['male', 'female', 'unknown']), ageBand: z.enum(AGE_BANDS) })),
  language: z.string(),
  religion: z.string(),
  disability: z.enum(['yes', 'no', 'rather not say', 'not recorded']),
  reasons: z.array(z.string()),
  role: z.string(),
});
export type Profile = z.infer<typeof ProfileSchema>;

const NOT = 'not recorded';

function childOf(text: string, ref: string | null): { gender: Profile['children'][number]['gender']; ageBand: AgeBand } {
  const dob = parseDate(text);
  const unborn = /\b(edd|due|expected|unborn)\b/i.test(text);
  // A brother or sister given by age, or by month and year of birth, ("Kai, 4 years") rather than by date of birth.
  return { gender: genderOf(text), ageBand: band(dob && ref ? yearsBetween(dob, ref) : dob ? null : ((ref ? yearsSinceMonth(text, ref) : null) ?? statedYears(text.replace(/^[^,]*,/, ''))), unborn) };
}

export function deriveProfile(r: CafRecord, facts: Facts, reasons: ReasonTable): Profile {
  const ref = facts.assessmentDate;
  const others = r.childRows.length > 1
    ? r.childRows.slice(1).map((row) => childOf(Object.values(row.cells).join(', '), ref))
    : siblingEntries(r).map((s) => childOf(s, ref));
  const children = [{ gender: facts.child.gender, ageBand: facts.child.ageBand }, ...others].slice(0, facts.children);
  while (children.length < facts.children) children.push({ gender: 'unknown', ageBand: 'unknown' });
  const reasonText = fieldValue(r, 'reason');
  const cats = reasonText ? reasons.categories.filter((c) => c.words.some((w) => termRegex(w).test(reasonText))).map((c) => c.name) : [];
  const dis = answerText(fieldValue(r, 'child.disability')).toLowerCase();
  return {
    children,
    // "English; no interpreter", "English; ADHD (diagnosed 2023)": the language, then notes on it.
    language: fieldValue(r, 'child.language').split(/\s*;\s*/)[0] || NOT,
    religion: fieldValue(r, 'child.religion') || NOT,
    disability: !dis ? NOT : /rather not|declined|prefer/.test(dis) ? 'rather not say' : /^(no|not)\b|no send|not disabled/.test(dis) ? 'no' : 'yes',
    reasons: reasonText ? (cats.length ? cats : ['Other']) : [],
    role: roleOf(r),
  };
}

const ORGANISATION = /\b(school|service|team|trust|centre|center|council|nhs|academy|primary|college|nursery|department)\b/i;

/** The assessor's role: its own answer, or the part of a "Name, Role, Service" answer that is neither. */
function roleOf(r: CafRecord): string {
  const own = fieldValue(r, 'assessor.role');
  if (own) return roleAsCounted(own.split(/\s*[,;|]\s*/)[0]);
  for (const id of ['assessor.combined', 'assessor.name']) {
    const parts = fieldValue(r, id).split(/\s*[,;|()]\s*|\s+[-–]\s+/).map((p) => p.trim()).filter(Boolean);
    const role = parts.slice(1).find((p) => !ORGANISATION.test(p) && !/\d/.test(p) && !/^tel\b/i.test(p));
    if (role) return roleAsCounted(role);
  }
  return NOT;
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'to']);

/** One spelling per role, so a report counts "School nurse", "School Nurse" and "SCHOOL NURSE"
 *  together; a short acronym ("SENCO", "HV") stays as it is. */
function roleAsCounted(role: string): string {
  const words = role.trim().split(/\s+/);
  // In a role written all in capitals ("SCHOOL NURSE") no word is an acronym, unless it stands alone.
  const shouting = words.length > 1 && !/[a-z]/.test(role);
  return words
    .map((w, i) => (!shouting && /^[A-Z]{2,5}$/.test(w) ? w : i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase()))
    .join(' ');
}

/** Names, dates of birth, addresses, postcodes and phone numbers on the form, so that reports can
 *  mask them in quoted excerpts. Never printed. */
export function identifiersOf(r: CafRecord): string[] {
  const out = new Set<string>();
  for (const id of ['child.given', 'child.family', 'child.name', 'parent.name', 'assessor.name', 'child.dob', 'child.address', 'parent.address', 'parent.phone', 'assessor.phone', 'assessor.email', 'child.upn']) {
    const v = fieldValue(r, id);
    if (!v) continue;
    for (const part of v.split(/\s*[,;()]\s*|\s+and\s+/)) if (part.trim().length >= 3) out.add(part.trim());
    if (/name|given|family/.test(id)) for (const w of v.split(/[\s,;()]+/)) if (/^[A-Z][a-z'-]{2,}$/.test(w)) out.add(w);
  }
  // Other children's names and dates of birth, wherever the form lists them.
  const others = [...r.siblings.map((s) => s.value), ...r.childRows.flatMap((row) => Object.values(row.cells))];
  for (const v of others) {
    for (const w of v.split(/[\s,;()]+/)) if (/^[A-Z][a-z'-]{2,}$/.test(w)) out.add(w);
    for (const d of v.match(/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2} [A-Z][a-z]+ \d{4}\b/g) ?? []) out.add(d);
  }
  // Common words that a name box may hold are no identifier.
  for (const w of ['Unborn', 'Baby', 'Male', 'Female', 'Mother', 'Father', 'Mum', 'Dad', 'Subject', 'Sibling', 'The']) out.delete(w);
  return [...out];
}
