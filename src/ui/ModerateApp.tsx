// Walks the forms of an audit for moderation. Every decision goes to onDecide at once (the caller
// saves it), so quitting at any moment loses nothing.
import { Box, Text, useApp } from 'ink';
import { useMemo, useState } from 'react';
import { agreementSoFar, isModerated, moderated } from '../audit/moderation.js';
import type { FormResult } from '../audit/result.js';
import type { Decision } from '../audit/store.js';
import type { RuleSet } from '../rules/ruleset.js';
import { type FormAction, FormView } from './FormView.js';

export interface ModerateAppProps {
  audit: string;
  forms: FormResult[];
  rules: RuleSet;
  decisions: Decision[];
  who: string;
  onDecide: (d: Omit<Decision, 'id'>) => Decision;
  now?: () => string;
  width?: number;
}

const pct = (x: number) => (Number.isNaN(x) ? '–' : `${Math.round(100 * x)}%`);

export function ModerateApp({ audit, forms, rules, decisions: initial, who, onDecide, now = () => new Date().toISOString(), width = 80 }: ModerateAppProps) {
  const { exit } = useApp();
  const [decisions, setDecisions] = useState(initial);
  const firstOpen = Math.max(0, forms.findIndex((f) => !isModerated(moderated(f, rules, initial))));
  const [index, setIndex] = useState(firstOpen);
  const form = forms[index];
  const judgements = useMemo(() => moderated(form, rules, decisions), [form, rules, decisions]);
  const stats = useMemo(() => agreementSoFar(forms, rules, decisions), [forms, rules, decisions]);

  const record = (ds: Omit<Decision, 'id'>[]) => {
    const saved = ds.map(onDecide);
    setDecisions((prev) => [...prev, ...saved]);
  };
  const base = { audit, sha256: form.sha256, who, at: now() };

  const onAction = (a: FormAction, j?: (typeof judgements)[number]) => {
    switch (a.type) {
      case 'quit':
        return exit();
      case 'next':
        return setIndex((i) => Math.min(forms.length - 1, i + 1));
      case 'prev':
        return setIndex((i) => Math.max(0, i - 1));
      case 'accept':
        return j && record([{ ...base, target: j.target, action: 'accept', old: j.value, new: j.value, reason: '' }]);
      case 'accept-all':
        return record(judgements.filter((x) => x.status === 'pending').map((x) => ({ ...base, target: x.target, action: 'accept' as const, old: x.value, new: x.value, reason: 'accepted with the rest of the form' })));
      case 'override':
        return j && record([{ ...base, target: a.target, action: 'override', old: j.value, new: a.value, reason: a.reason }]);
      case 'dismiss':
        return j && record([{ ...base, target: a.target, action: 'dismiss', old: 'raised', new: 'dismissed', reason: a.reason }]);
      case 'comment':
        return record([{ ...base, target: a.target, action: 'comment', old: null, new: null, reason: a.text }]);
    }
  };

  const decided = stats.rubric.filter((r) => r.n > 0);
  const meanKappa = decided.length ? decided.reduce((a, r) => a + (r.kappa ?? 0), 0) / decided.length : NaN;
  const agreement = decided.length ? `${decided.map((r) => `${r.id} ${pct(r.agreement)}`).join(' · ')} · mean κw ${meanKappa.toFixed(2)}` : '';
  return (
    <Box flexDirection="column" width={width}>
      <Text>
        <Text bold>cafqa moderate</Text> · {audit} · form {index + 1}/{forms.length} · moderated {stats.moderatedForms}/{stats.total}
      </Text>
      <Text dimColor wrap="truncate-end">agreement so far: {agreement || 'no decisions yet'}</Text>
      <FormView key={form.sha256} form={form} judgements={judgements} moderate onAction={onAction} width={width} />
    </Box>
  );
}
