import { z } from 'zod';
import { AGE_BANDS } from '../extract/derive.js';
import { ProfileSchema } from '../extract/profile.js';
import { EvidenceSchema } from '../extract/record.js';
import { ScoresSchema } from '../rules/scoring.js';

export const ChecklistResultSchema = z.object({
  value: z.string(),
  field: z.string().nullable(),
  reason: z.string(),
  evidence: EvidenceSchema.nullable(),
});

export const FormResultSchema = z.object({
  file: z.string(),
  status: z.enum(['audited', 'failed']),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  /** a stable name for the form that does not identify the child: from its content hash */
  pseudonym: z.string(),
  sha256: z.string(),
  format: z.enum(['docx', 'pdf']).optional(),
  children: z.number().int().optional(),
  child: z.object({ gender: z.string(), ageBand: z.enum(AGE_BANDS), ethnicity: z.string() }).optional(),
  assessmentDate: z.string().nullable().optional(),
  agency: z.string().optional(),
  levelOfNeed: z.string().optional(),
  /** what the evaluation report counts: every child, language, religion, disability, reasons, role */
  profile: ProfileSchema.optional(),
  /** names, dates of birth, addresses and numbers on the form, for masking excerpts; never shown */
  identifiers: z.array(z.string()).optional(),
  checklist: z.record(z.string(), ChecklistResultSchema),
  rubric: z.record(z.string(), z.object({ grade: z.enum(['good', 'satisfactory', 'poor']), reasons: z.array(z.string()), evidence: z.array(EvidenceSchema), absent: z.boolean().optional() })),
  /** present when the rule set defines a scoring (yes / no / n.a., in-depth 0–3, effectiveness %) */
  scores: ScoresSchema.optional(),
  flags: z.array(z.object({ id: z.string(), message: z.string(), evidence: EvidenceSchema })),
  warnings: z.array(z.string()),
  ms: z.number(),
});
export type FormResult = z.infer<typeof FormResultSchema>;

export const AuditOutputSchema = z.object({
  schemaVersion: z.literal(1),
  ruleset: z.string(),
  forms: z.array(FormResultSchema),
});
export type AuditOutput = z.infer<typeof AuditOutputSchema>;
