// Compares cafqa's audit of the sample forms with their true values: per checklist item, per
// derived fact, per layout family and format, and for forms in layouts the extractor was written
// against (dev) apart from those it was not (holdout).
import { join } from 'node:path';
import { type FlagScore, flagScore, percentAgreement, quadraticWeightedKappa } from '../../src/audit/agreement.js';
import type { FormResult } from '../../src/audit/result.js';
import { GRADES } from '../../src/rules/check.js';
import type { TruthEntry } from '../generate.js';

export interface Tally {
  right: number;
  total: number;
}
export interface Mismatch {
  file: string;
  item: string;
  expected: string;
  got: string;
}
export interface AccuracyReport {
  byItem: Record<string, Record<string, Tally>>;
  byFamily: Record<string, Tally>;
  overall: Record<string, Tally>;
  facts: Record<string, Record<string, Tally>>;
  /** per aspect and split: percent agreement and quadratic weighted kappa with the true grades */
  rubric: Record<string, Record<string, { agreement: number; kappa: number; n: number }>>;
  /** per flag and split, and "all" for the micro average */
  flags: Record<string, Record<string, FlagScore>>;
  mismatches: Mismatch[];
}


const add = (t: Record<string, Tally>, key: string, ok: boolean) => {
  t[key] ??= { right: 0, total: 0 };
  t[key].total++;
  if (ok) t[key].right++;
};

export function scoreAccuracy(truth: TruthEntry[], results: Map<string, FormResult>, dir: string): AccuracyReport {
  const rep: AccuracyReport = { byItem: {}, byFamily: {}, overall: {}, facts: {}, rubric: {}, flags: {}, mismatches: [] };
  const gradePairs: Record<string, Record<string, [string, string][]>> = {};
  const flagCounts: Record<string, Record<string, { tp: number; fp: number; fn: number }>> = {};
  const countFlag = (flag: string, split: string, kind: 'tp' | 'fp' | 'fn') => {
    for (const key of [flag, 'all']) {
      flagCounts[key] ??= {};
      flagCounts[key][split] ??= { tp: 0, fp: 0, fn: 0 };
      flagCounts[key][split][kind]++;
    }
  };
  for (const t of truth) {
    const r = results.get(join(dir, t.file));
    const groups = [`${t.split}`, `${t.split}-${t.format}`];
    for (const [item, expected] of Object.entries(t.expected.checklist)) {
      const got = r?.status === 'audited' ? r.checklist[item]?.value ?? '(none)' : `failed:${r?.error?.code}`;
      const ok = got === expected;
      rep.byItem[item] ??= {};
      for (const g of groups) {
        add(rep.byItem[item], g, ok);
        add(rep.overall, g, ok);
      }
      add(rep.byFamily, `${t.family} (${t.split})`, ok);
      if (!ok) rep.mismatches.push({ file: t.file, item, expected, got });
    }
    if (r?.status === 'audited') {
      for (const [aspect, expected] of Object.entries(t.expected.rubric)) {
        const got = r.rubric[aspect]?.grade ?? 'poor';
        ((gradePairs[aspect] ??= {})[t.split] ??= []).push([expected, got]);
        if (got !== expected) rep.mismatches.push({ file: t.file, item: `rubric:${aspect}`, expected, got });
      }
      const raised = new Set(r.flags.map((f) => f.id));
      for (const flag of new Set([...raised, ...t.expected.flags])) {
        const want = t.expected.flags.includes(flag);
        const kind = want && raised.has(flag) ? 'tp' : raised.has(flag) ? 'fp' : 'fn';
        countFlag(flag, t.split, kind);
        if (kind !== 'tp') rep.mismatches.push({ file: t.file, item: `flag:${flag}`, expected: String(want), got: String(raised.has(flag)) });
      }
    }
    const facts: Record<string, [string, string | undefined]> = {
      children: [String(t.expected.children), r?.children?.toString()],
      gender: [t.expected.child.gender, r?.child?.gender],
      ageBand: [t.expected.child.ageBand, r?.child?.ageBand],
      ethnicity: [t.expected.child.ethnicity ?? 'not recorded', r?.child?.ethnicity],
      agency: [t.expected.agency, r?.agency],
      levelOfNeed: [t.expected.levelOfNeed, r?.levelOfNeed],
    };
    for (const [k, [expected, got]] of Object.entries(facts)) {
      rep.facts[k] ??= {};
      add(rep.facts[k], t.split, expected === got);
      if (expected !== got) rep.mismatches.push({ file: t.file, item: `fact:${k}`, expected, got: String(got) });
    }
  }
  for (const [aspect, bySplit] of Object.entries(gradePairs)) {
    rep.rubric[aspect] = {};
    for (const [split, pairs] of Object.entries(bySplit)) rep.rubric[aspect][split] = { agreement: percentAgreement(pairs), kappa: quadraticWeightedKappa(pairs, GRADES), n: pairs.length };
  }
  for (const [flag, bySplit] of Object.entries(flagCounts)) {
    rep.flags[flag] = {};
    for (const [split, c] of Object.entries(bySplit)) rep.flags[flag][split] = flagScore(c.tp, c.fp, c.fn);
  }
  return rep;
}

export const pct = (t?: Tally) => (t && t.total ? (100 * t.right) / t.total : NaN);
