// Summary of key needs (seed 000 §4.4, §1.2; seed 004 §4): good when the child's needs are stated
// and evidenced; satisfactory when stated but vague; poor when missing, when services are listed as
// needs, or when only the parent's needs are given.
import { z } from 'zod';
import { defineRubric } from '../check.js';
import { hasAny } from '../text/features.js';
import type { Lexicons } from '../text/lexicons.js';
import { type Sentence, excerpt, passage } from '../text/passage.js';

const Options = z.object({ field: z.string().default('summary.needs') });

/** "needs a referral to CAMHS": a sentence whose need names a service where a need should be. */
const NEED_CLAUSE = /\bneeds?\b(?![^.]*\bso that\b)[^.;]*/i;
export function needsAService(s: Sentence, lex: Lexicons): boolean {
  const clause = s.f.service ? NEED_CLAUSE.exec(s.text) : null;
  return !!clause && hasAny(clause[0], lex.services);
}

export default defineRubric<z.infer<typeof Options>>({
  kind: 'needs',
  options: Options,
  run(ctx, o) {
    const p = passage(ctx, o.field);
    if (p.empty) return { grade: 'poor', reasons: ['no needs are summarised'], absent: true, evidence: p.text ? [excerpt(p)] : [] };
    const serviceNeeds = p.sentences.filter((s) => needsAService(s, ctx.lex));
    if (serviceNeeds.length * 2 >= p.sentences.length) {
      return { grade: 'poor', reasons: [`${serviceNeeds.length} of ${p.sentences.length} statements of need name a service rather than a need`], evidence: serviceNeeds.map((s) => excerpt(p, s)) };
    }
    const childSentences = p.sentences.filter((s) => s.namesChild);
    if (childSentences.length === 0 && p.sentences.some((s) => s.f.parent)) {
      return { grade: 'poor', reasons: ["only the parent's needs are given; none of the child's"], evidence: [excerpt(p, p.sentences[0])] };
    }
    const evidenced = p.sentences.filter((s) => s.f.fact || s.f.source);
    if (childSentences.length && evidenced.length) {
      return { grade: 'good', reasons: [`the child's needs are stated (${childSentences.length} statement(s)) and evidenced (${evidenced.length} with a source, count or date)`], evidence: evidenced.slice(0, 2).map((s) => excerpt(p, s)) };
    }
    return { grade: 'satisfactory', reasons: [childSentences.length ? "the child's needs are stated but without evidence: no source, count, date or example" : 'needs are stated but not tied to the child'], evidence: [excerpt(p, p.sentences[0])] };
  },
  examples: [
    { name: 'stated and evidenced', fields: { 'child.given': 'Kai', 'summary.needs': 'Kai needs help with reading: he is two years behind (teacher assessment, March).' }, expect: 'good' },
    { name: "stated and evidenced, the child's name redacted", fields: { 'child.name': '█████', 'summary.needs': '█████ needs help with reading: he is two years behind (teacher assessment, March).' }, expect: 'good' },
    { name: 'stated, vague', fields: { 'child.given': 'Kai', 'summary.needs': 'Kai needs support with his behaviour.' }, expect: 'satisfactory' },
    { name: 'services as needs', fields: { 'child.given': 'Kai', 'summary.needs': 'Kai needs a referral to CAMHS and mum needs a parenting course.' }, expect: 'poor' },
    { name: "the parent's needs only", fields: { 'child.given': 'Kai', 'summary.needs': 'Mum needs support with her anxiety and help with debts.' }, expect: 'poor' },
    { name: 'missing', fields: { 'child.given': 'Kai', 'summary.needs': '' }, expect: 'poor' },
  ],
});
