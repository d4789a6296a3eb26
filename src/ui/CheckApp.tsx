import { useApp } from 'ink';
import { moderated } from '../audit/moderation.js';
import type { FormResult } from '../audit/result.js';
import type { RuleSet } from '../rules/ruleset.js';
import { FormView } from './FormView.js';

/** `cafqa check`: one form, read only. */
export function CheckApp({ form, rules, width = 80 }: { form: FormResult; rules: RuleSet; width?: number }) {
  const { exit } = useApp();
  return <FormView form={form} judgements={moderated(form, rules, [])} onAction={(a) => a.type === 'quit' && exit()} width={width} />;
}
