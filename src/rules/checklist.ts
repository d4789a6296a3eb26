import type { ChecklistFinding, CheckContext } from './check.js';
import { CHECKS } from './registry.js';
import type { RuleSet } from './ruleset.js';

export function runChecklist(rules: RuleSet, ctx: CheckContext): Record<string, ChecklistFinding> {
  const out: Record<string, ChecklistFinding> = {};
  for (const item of rules.checklist) {
    const check = CHECKS[item.check];
    out[item.id] = check.run(ctx, check.options.parse(item.options));
  }
  return out;
}
