// Compares cafqa's audit of the sample forms with their true values: per checklist item, per
// derived fact, per layout family and format, and for forms in layouts the extractor was written
// against (dev) apart from those it was not (holdout).
import { join } from 'node:path';
import type { FormResult } from '../../src/audit/result.js';
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
  mismatches: Mismatch[];
}

const add = (t: Record<string, Tally>, key: string, ok: boolean) => {
  t[key] ??= { right: 0, total: 0 };
  t[key].total++;
  if (ok) t[key].right++;
};

export function scoreAccuracy(truth: TruthEntry[], results: Map<string, FormResult>, dir: string): AccuracyReport {
  const rep: AccuracyReport = { byItem: {}, byFamily: {}, overall: {}, facts: {}, mismatches: [] };
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
  return rep;
}

export const pct = (t?: Tally) => (t && t.total ? (100 * t.right) / t.total : NaN);
