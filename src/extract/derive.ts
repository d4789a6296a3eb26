// Facts about a form that the report counts (seed 000 §4.2): how many children, the child's
// gender and age band at the assessment date, ethnicity as written, agency, level of need.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { NOTES } from '../ingest/document.js';
import type { CafRecord } from './record.js';
import { assessorStandIns, fieldValue, siblingEntries } from './record.js';
import { answerText, parseDate, statedYears, termRegex, yearsBetween, yearsSinceMonth } from './values.js';

export const AgencyTableSchema = z.object({
  version: z.literal(1),
  categories: z.array(z.object({ name: z.string(), words: z.array(z.string()).min(1) })),
});
export type AgencyTable = z.infer<typeof AgencyTableSchema>;

export function loadAgencyTable(path: string): AgencyTable {
  return AgencyTableSchema.parse(parseYaml(readFileSync(path, 'utf8')));
}

export const LevelTableSchema = z.object({
  version: z.literal(1),
  levels: z.record(z.enum(['1', '2', '3', '4']), z.array(z.string()).min(1)),
});
export type LevelTable = z.infer<typeof LevelTableSchema>;

export function loadLevelTable(path: string): LevelTable {
  return LevelTableSchema.parse(parseYaml(readFileSync(path, 'utf8')));
}

/** The level an answer gives: its digit ("Tier 3"), else the longest level wording in it. A
 *  scaling score ("scaled at 4 out of 10") is not a level. */
function levelOf(answer: string, table: LevelTable): Facts['levelOfNeed'] {
  const unscaled = answer.replace(/\b\d+(\.\d+)?\s*(out of|\/)\s*10\b/gi, ' ');
  const digit = (/\b(?:(?:level|tier|stage|threshold)\s*|L)([1-4])\b/i.exec(unscaled) ?? /\b([1-4])\b/.exec(unscaled))?.[1];
  if (digit) return digit as Facts['levelOfNeed'];
  const named = (text: string) =>
    Object.entries(table.levels)
      .flatMap(([level, words]) => words.filter((w) => termRegex(w).test(text)).map((w) => ({ level, length: w.length })))
      .sort((a, b) => b.length - a.length)[0]?.level;
  const text = answer.toLowerCase();
  // "universal / targeted / complex / acute": the levels offered, none chosen, give none.
  const offered = text.split('/').map(named);
  if (offered.length >= 3 && offered.every(Boolean) && new Set(offered).size === offered.length) return 'unknown';
  return (named(text) as Facts['levelOfNeed']) ?? 'unknown';
}

export const AGE_BANDS = ['unborn', '0-3', '4-6', '7-9', '10-12', '13-15', '16+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const FactsSchema = z.object({
  children: z.number().int().min(1),
  child: z.object({
    gender: z.enum(['male', 'female', 'unknown']),
    ageBand: z.enum(AGE_BANDS),
    /** whole years at the assessment date; negative before birth; null when unknown */
    age: z.number().int().nullable(),
    ethnicity: z.string(),
  }),
  assessmentDate: z.string().nullable(),
  agency: z.string(),
  levelOfNeed: z.enum(['1', '2', '3', '4', 'unknown']),
});
export type Facts = z.infer<typeof FactsSchema>;

export function genderOf(text: string): Facts['child']['gender'] {
  const t = answerText(text).toLowerCase();
  if (/\b(female|girl|f)\b/.test(t)) return 'female';
  if (/\b(male|boy|m)\b/.test(t)) return 'male';
  return 'unknown';
}

export function band(age: number | null, unborn: boolean): AgeBand {
  if (unborn || (age !== null && age < 0)) return 'unborn';
  if (age === null) return 'unknown';
  if (age <= 3) return '0-3';
  if (age <= 6) return '4-6';
  if (age <= 9) return '7-9';
  if (age <= 12) return '10-12';
  if (age <= 15) return '13-15';
  return '16+';
}

/** Children on the form: the rows of a children table, or the first child plus listed siblings,
 *  or the names in the child's name box ("Kai and Ethan Thornbury"), whichever counts more. */
const FULL_NAME = /^[A-Z][a-z'’-]+(\s+[A-Z][a-z'’-]+)+$/;

function countChildren(r: CafRecord): number {
  if (r.childRows.length) return r.childRows.length;
  const siblings = siblingEntries(r).length;
  const named = fieldValue(r, 'child.name') || fieldValue(r, 'child.given');
  // "Kai and Ethan Thornbury"; commas part children only between full names ("Leah Bellamy, Ethan
  // Bellamy"), since "Ethan Mirza, born 2022, male" is one child.
  const parts = named.split(/\s+and\s+|\s*&\s*|\s*;\s*/).filter((n) => /[A-Za-z]{2,}/.test(n));
  const names = parts.flatMap((p) => (p.split(/\s*,\s*/).every((n) => FULL_NAME.test(n)) ? p.split(/\s*,\s*/) : [p]));
  const listed = named ? names.length : 1;
  return Math.max(listed, 1 + siblings);
}

export function deriveFacts(r: CafRecord, agencies: AgencyTable, levels: LevelTable): Facts {
  // Some forms give the child on one line: "Ethan Mirza, born 21 September 2022, male".
  const childLine = fieldValue(r, 'child.name');
  const dobText = fieldValue(r, 'child.dob') || (/\b(born|dob|d\.o\.b\.?|expected|due|edd)\b/i.test(childLine) ? childLine.replace(/^[^,]*,/, '') : '');
  const assessmentDate = parseDate(fieldValue(r, 'assessment.date'));
  // Age counts at the assessment; failing its date, at the date consent was recorded.
  const refDate = assessmentDate ?? parseDate(fieldValue(r, 'consent.date'));
  const dob = parseDate(dobText);
  // "EDD 01/02/2026" in the answer, or a question that asks only for the due date ("bir…" is
  // "birth" however a scan misread it: "Date of birtli or expected date").
  const dobLabel = r.fields['child.dob']?.label ?? '';
  // Some forms give the child's age rather than the date of birth ("Age: 2 years 5 months").
  const statedAge = fieldValue(r, 'child.age');
  const unborn = /\b(edd|expected|due|unborn)\b/i.test(dobText) || (/\b(edd|expected|due)\b/i.test(dobLabel) && !/\bbir|dob/i.test(dobLabel)) || /^unborn\b/i.test(fieldValue(r, 'child.name') || fieldValue(r, 'child.given')) || /^\s*unborn\b/i.test(statedAge);
  // A redacted copy may give only the month and year of birth ("03/2015").
  const age = dob && refDate ? yearsBetween(dob, refDate) : ((refDate ? yearsSinceMonth(dobText, refDate) : null) ?? statedYears(statedAge));
  // Whatever the form says of the assessor: some forms give "Name, role, service" in one box.
  // Where a form names no assessor, the practitioner it does name stands in (its lead
  // professional, or its health visitor), as for "Assessor to do".
  // Where the assessor is named with no role or service ("Author's signature: Tariq Okonkwo"),
  // a lead professional of that name says it ("Tariq Okonkwo, Outreach Worker (…)").
  const assessorText = ['assessor.org', 'assessor.role', 'assessor.combined', 'assessor.name'].map((f) => fieldValue(r, f)).join(' ');
  const standIn = fieldValue(r, 'lead.professional') || fieldValue(r, 'services.hv');
  const agencyOf = (text: string) => agencies.categories.find((c) => c.words.some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text.toLowerCase())));
  const sameOne = assessorStandIns(r, ['assessor.name', 'assessor.combined'], ['lead.professional', 'services.hv']);
  const agencyText = assessorText.trim() ? assessorText : standIn;
  const agency = agencyOf(agencyText) ?? agencyOf(sameOne.join(' '));
  const levelOfNeed = levelOf(answerText(fieldValue(r, 'level.need')), levels);
  return {
    children: countChildren(r),
    child: {
      gender: genderOf(fieldValue(r, 'child.gender') || (/\b(male|female|boy|girl)\b/i.exec(childLine)?.[0] ?? '')),
      ageBand: band(age, unborn),
      age: unborn ? -1 : age,
      // The box ticked, where the form offers boxes ("☐ White British ☒ Pakistani …").
      ethnicity: answerText(fieldValue(r, 'child.ethnicity')).replace(NOTES, '') || 'not recorded',
    },
    assessmentDate,
    agency: agency?.name ?? (agencyText.trim() ? 'Other' : 'Not recorded'),
    levelOfNeed,
  };
}
