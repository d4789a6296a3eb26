import type { ChecklistFinding, CheckContext, FlagFinding, RubricFinding } from './check.js';
import { CHECKS, FLAG_CHECKS, RUBRIC_CHECKS } from './registry.js';
import type { RuleSet } from './ruleset.js';

export function runChecklist(rules: RuleSet, ctx: CheckContext): Record<string, ChecklistFinding> {
  const out: Record<string, ChecklistFinding> = {};
  for (const item of rules.checklist) {
    const check = CHECKS[item.check];
    out[item.id] = check.run(ctx, check.options.parse(item.options));
  }
  return out;
}

export function runRubric(rules: RuleSet, ctx: CheckContext): Record<string, RubricFinding> {
  const out: Record<string, RubricFinding> = {};
  for (const item of rules.rubric) {
    const check = RUBRIC_CHECKS[item.check];
    out[item.id] = check.run(ctx, check.options.parse(item.options));
  }
  return out;
}

export function runFlags(rules: RuleSet, ctx: CheckContext): (FlagFinding & { id: string })[] {
  return rules.flags.flatMap((item) => {
    const check = FLAG_CHECKS[item.check];
    return check.run(ctx, check.options.parse(item.options)).map((f) => ({ id: item.id, ...f }));
  });
}
