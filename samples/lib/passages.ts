// Scores the rubric and flags on hand-graded passages (test/data/graded-passages.yaml): wording the
// generator does not use, graded by hand before it was run.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { type FlagScore, flagScore, percentAgreement, quadraticWeightedKappa } from '../../src/audit/agreement.js';
import type { AuditConfig } from '../../src/audit/config.js';
import type { CafRecord } from '../../src/extract/record.js';
import { type CheckContext, GRADES } from '../../src/rules/check.js';
import { runFlags, runRubric } from '../../src/rules/checklist.js';
import { childNamesOf } from '../../src/rules/text/passage.js';

interface GradedFile {
  child: string;
  passages: { aspect: string; grade: string; text?: string; domains?: Record<string, string> }[];
  flags: { field: string; text: string; flags: string[] }[];
}

const FIELD: Record<string, string> = { needs: 'summary.needs', strengths: 'summary.strengths', risks: 'summary.risks', outcomes: 'summary.outcomes' };

function ctxFor(config: AuditConfig, child: string, fields: Record<string, string>): CheckContext {
  const record: CafRecord = {
    file: 'passage',
    format: 'docx',
    fields: Object.fromEntries(Object.entries({ 'child.given': child, ...fields }).map(([id, value]) => [id, { label: id, value, location: id }])),
    actions: [],
    childRows: [],
    siblings: [],
    unplaced: [],
    warnings: [],
  };
  const facts = { children: 1, child: { gender: 'male' as const, ageBand: '7-9' as const, age: 8, ethnicity: 'not recorded' }, assessmentDate: null, agency: 'Other', levelOfNeed: 'unknown' as const };
  return { record, facts, lex: config.lexicons, childNames: childNamesOf(record) };
}

export interface PassageReport {
  rubric: Record<string, { agreement: number; kappa: number; n: number; misses: string[] }>;
  meanKappa: number;
  flags: FlagScore;
  flagMisses: string[];
}

export function scorePassages(path: string, config: AuditConfig): PassageReport {
  const data = parseYaml(readFileSync(path, 'utf8')) as GradedFile;
  const pairs: Record<string, [string, string][]> = {};
  const misses: Record<string, string[]> = {};
  for (const p of data.passages) {
    const fields = p.aspect === 'detail' ? Object.fromEntries(Object.entries(p.domains ?? {}).map(([k, v]) => [`domain.${k}`, v])) : { [FIELD[p.aspect]]: p.text ?? '' };
    const got = runRubric(config.rules, ctxFor(config, data.child, fields))[p.aspect].grade;
    (pairs[p.aspect] ??= []).push([p.grade, got]);
    if (got !== p.grade) (misses[p.aspect] ??= []).push(`${p.grade} → ${got}: ${(p.text ?? JSON.stringify(p.domains)).slice(0, 90)}`);
  }
  const rubric: PassageReport['rubric'] = {};
  for (const [aspect, ps] of Object.entries(pairs)) rubric[aspect] = { agreement: percentAgreement(ps), kappa: quadraticWeightedKappa(ps, GRADES), n: ps.length, misses: misses[aspect] ?? [] };
  let tp = 0, fp = 0, fn = 0;
  const flagMisses: string[] = [];
  for (const f of data.flags) {
    const raised = new Set(runFlags(config.rules, ctxFor(config, data.child, { [f.field]: f.text })).map((x) => x.id));
    for (const id of new Set([...raised, ...f.flags])) {
      const want = f.flags.includes(id), got = raised.has(id);
      if (want && got) tp++;
      else if (got) fp++;
      else fn++;
      if (want !== got) flagMisses.push(`${id} ${want ? 'missed' : 'raised'}: ${f.text}`);
    }
  }
  const kappas = Object.values(rubric).map((r) => r.kappa);
  return { rubric, meanKappa: kappas.reduce((a, b) => a + b, 0) / kappas.length, flags: flagScore(tp, fp, fn), flagMisses };
}
