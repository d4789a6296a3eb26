import type { ChecklistFinding, CheckContext, FlagFinding, RubricFinding } from './check.js';
import { CHECKS, FLAG_CHECKS, RUBRIC_CHECKS } from './registry.js';
import type { RuleSet } from './ruleset.js';

type Item = RuleSet['checklist'][number];
interface Runnable<F> {
  options: { parse(o: unknown): unknown };
  run(ctx: CheckContext, options: never): F;
}

// A rule set's options are the same for every form: parsed once per item, not once per form.
const parsed = new WeakMap<Item, unknown>();

function runItem<F>(item: Item, registry: Record<string, Runnable<F>>, ctx: CheckContext): F {
  const check = registry[item.check];
  if (!parsed.has(item)) parsed.set(item, check.options.parse(item.options));
  return check.run(ctx, parsed.get(item) as never);
}

const byId = <F>(items: Item[], registry: Record<string, Runnable<F>>, ctx: CheckContext): Record<string, F> =>
  Object.fromEntries(items.map((item) => [item.id, runItem(item, registry, ctx)]));

export const runChecklist = (rules: RuleSet, ctx: CheckContext): Record<string, ChecklistFinding> => byId(rules.checklist, CHECKS, ctx);

export const runRubric = (rules: RuleSet, ctx: CheckContext): Record<string, RubricFinding> => byId(rules.rubric, RUBRIC_CHECKS, ctx);

export const runFlags = (rules: RuleSet, ctx: CheckContext): (FlagFinding & { id: string })[] =>
  rules.flags.flatMap((item) => runItem(item, FLAG_CHECKS, ctx).map((f) => ({ id: item.id, ...f })));
