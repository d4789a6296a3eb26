import { Text, useApp } from 'ink';
import { moderated } from '../audit/moderation.js';
import type { FormResult } from '../audit/result.js';
import type { RuleSet } from '../rules/ruleset.js';
import { FormView } from './FormView.js';

/** `cafqa check`: one form, read only. */
export function CheckApp({ form, rules, width = 80 }: { form: FormResult; rules: RuleSet; width?: number }) {
  const { exit } = useApp();
  return <FormView form={form} judgements={moderated(form, rules, [])} onAction={(a) => a.type === 'quit' && exit()} width={width} />;
}

/** The first frame, while the form is read. */
export function Reading({ file }: { file: string }) {
  return <Text dimColor>Reading {file}…</Text>;
}
