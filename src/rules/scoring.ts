// A council's own scoring on top of the checklist and rubric, as data (the Nottingham CAF Quality
// Review and Walsall EHA QA tools): each checklist item yes / no / not applicable, an in-depth 0–3
// score per section, and "effectiveness %" = total × 100 / (items − not applicable).
import { z } from 'zod';
import type { ChecklistFinding, RubricFinding } from './check.js';

export const ScoringSchema = z.object({
  checklist: z.object({
    yes: z.array(z.string()).min(1),
    no: z.array(z.string()).min(1),
    notApplicable: z.array(z.string()).default([]),
  }),
  inDepth: z
    .object({
      scores: z.object({ good: z.number(), satisfactory: z.number(), poor: z.number(), absent: z.number() }),
      max: z.number().positive(),
      sections: z.array(z.object({ id: z.string(), label: z.string(), from: z.string() })).min(1),
    })
    .optional(),
});
export type Scoring = z.infer<typeof ScoringSchema>;

export const ScoresSchema = z.object({
  checklist: z.record(z.string(), z.enum(['yes', 'no', 'n/a'])),
  /** yes × 100 / (items − not applicable) */
  effectiveness: z.number(),
  inDepth: z.record(z.string(), z.number()).optional(),
  /** in-depth total × 100 / (sections × max) */
  inDepthPercent: z.number().optional(),
});
export type Scores = z.infer<typeof ScoresSchema>;

export function score(scoring: Scoring, checklist: Record<string, ChecklistFinding>, rubric: Record<string, RubricFinding>): Scores {
  const marks: Scores['checklist'] = {};
  for (const [id, f] of Object.entries(checklist)) {
    marks[id] = scoring.checklist.yes.includes(f.value) ? 'yes' : scoring.checklist.notApplicable.includes(f.value) ? 'n/a' : 'no';
  }
  const counted = Object.values(marks).filter((m) => m !== 'n/a');
  const yes = counted.filter((m) => m === 'yes').length;
  const out: Scores = { checklist: marks, effectiveness: counted.length ? Math.round((1000 * yes) / counted.length) / 10 : 0 };
  if (scoring.inDepth) {
    const { scores, max, sections } = scoring.inDepth;
    out.inDepth = Object.fromEntries(sections.map((s) => {
      const r = rubric[s.from];
      return [s.id, !r || r.absent ? scores.absent : scores[r.grade]];
    }));
    const total = Object.values(out.inDepth).reduce((a, b) => a + b, 0);
    out.inDepthPercent = Math.round((1000 * total) / (sections.length * max)) / 10;
  }
  return out;
}
