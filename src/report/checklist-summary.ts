// Tallies of checklist values over a set of audited forms: the numbers behind seed 000 §4.3.
import type { FormResult } from '../audit/result.js';
import type { RuleSet } from '../rules/ruleset.js';
import { CHECKS } from '../rules/registry.js';

export interface ItemTally {
  id: string;
  label: string;
  counts: { value: string; n: number; pct: number }[];
  of: number;
}

export function tallyChecklist(rules: RuleSet, forms: FormResult[]): ItemTally[] {
  const audited = forms.filter((f) => f.status === 'audited');
  return rules.checklist.map((item) => {
    const values = CHECKS[item.check].values;
    const counts = values.map((value) => {
      const n = audited.filter((f) => f.checklist[item.id]?.value === value).length;
      return { value, n, pct: audited.length ? Math.round((100 * n) / audited.length) : 0 };
    });
    return { id: item.id, label: item.label, counts, of: audited.length };
  });
}
