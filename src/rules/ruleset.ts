// A rule set is data: which checks run, with which options. Parsed and validated here, once.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { CHECKS, FLAG_CHECKS, RUBRIC_CHECKS } from './registry.js';
import { ScoringSchema } from './scoring.js';

export const ChecklistItemSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: z.string(),
  check: z.string(),
  options: z.record(z.string(), z.unknown()).default({}),
  /** what the report recommends where this item is weak */
  advice: z.string().optional(),
});

export const RuleSetSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    name: z.string(),
    checklist: z.array(ChecklistItemSchema).min(1),
    rubric: z.array(ChecklistItemSchema).default([]),
    flags: z.array(ChecklistItemSchema).default([]),
    scoring: ScoringSchema.optional(),
  })
  .superRefine((rs, ctx) => {
    const sections = [
      ['checklist', rs.checklist, CHECKS],
      ['rubric', rs.rubric, RUBRIC_CHECKS],
      ['flags', rs.flags, FLAG_CHECKS],
    ] as const;
    for (const [name, items, registry] of sections) {
      const ids = new Set<string>();
      items.forEach((item, i) => {
        if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: [name, i, 'id'], message: `duplicate id ${item.id}` });
        ids.add(item.id);
        const check = (registry as Record<string, { options: z.ZodType }>)[item.check];
        if (!check) {
          ctx.addIssue({ code: 'custom', path: [name, i, 'check'], message: `unknown check "${item.check}"; known: ${Object.keys(registry).join(', ')}` });
          return;
        }
        const parsed = check.options.safeParse(item.options);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: [name, i, 'options', ...issue.path.map(String)], message: issue.message });
        }
      });
    }
  });
export type RuleSet = z.infer<typeof RuleSetSchema>;

/** A rule set may extend another by name ("extends: kingston"): it takes the base's checklist,
 *  rubric and flags unless it lists its own, so a council adapts a set without copying it. */
export function loadRuleSet(path: string, seen: string[] = []): RuleSet {
  const raw = parseYaml(readFileSync(path, 'utf8')) as Record<string, unknown>;
  let merged = raw;
  if (typeof raw?.extends === 'string') {
    const basePath = join(dirname(path), `${raw.extends}.yaml`);
    if (seen.includes(basePath)) throw new Error(`Rule set ${path} extends itself through ${raw.extends}`);
    const base = loadRuleSet(basePath, [...seen, path]);
    const { extends: _, ...own } = raw;
    merged = { ...base, ...own };
  }
  const parsed = RuleSetSchema.safeParse(merged);
  if (!parsed.success) throw new Error(`Rule set ${path} is not valid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
