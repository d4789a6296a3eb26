// One form's judgements, a section at a time, with the reasons and evidence behind the selected one.
// Display and key handling only: what a key does to the audit is the caller's (onAction).
import { Box, Text, useInput, useStdin } from 'ink';
import { useRef, useState } from 'react';
import type { ModeratedJudgement } from '../audit/moderation.js';
import type { FormResult } from '../audit/result.js';
import { STATUS_MARK, markOf } from './marks.js';

export type FormAction =
  | { type: 'accept' | 'accept-all' | 'next' | 'prev' | 'quit' }
  | { type: 'override'; target: string; value: string; reason: string }
  | { type: 'dismiss'; target: string; reason: string }
  | { type: 'comment'; target: string; text: string };

const SECTIONS = [
  { kind: 'checklist', title: 'Checklist' },
  { kind: 'rubric', title: 'Rubric' },
  { kind: 'flag', title: 'Flags' },
] as const;

type Prompt = { for: 'override'; value: string | null } | { for: 'dismiss' | 'comment' } | null;

export interface FormViewProps {
  form: FormResult;
  judgements: ModeratedJudgement[];
  moderate?: boolean;
  onAction: (action: FormAction, judgement?: ModeratedJudgement) => void;
  width?: number;
}

export function FormView({ form, judgements, moderate = false, onAction, width = 80 }: FormViewProps) {
  const [section, setSection] = useState(0);
  const [row, setRow] = useState(0);
  const [open, setOpen] = useState(false);
  // Keys can arrive faster than renders (typing, pasting): the handler reads the prompt and the
  // text typed so far from refs, which change at once, and mirrors them to state for display.
  const [prompt, setPromptState] = useState<Prompt>(null);
  const [typed, setTypedState] = useState('');
  const promptRef = useRef<Prompt>(null);
  const typedRef = useRef('');
  const setPrompt = (p: Prompt) => {
    promptRef.current = p;
    setPromptState(p);
  };
  const setTyped = (t: string) => {
    typedRef.current = t;
    setTypedState(t);
  };
  const { isRawModeSupported } = useStdin();
  const rows = judgements.filter((j) => j.kind === SECTIONS[section].kind);
  const current = rows[Math.min(row, rows.length - 1)];

  useInput(
    (input, key) => {
      const prompt = promptRef.current;
      const typed = typedRef.current;
      if (prompt) {
        if (key.escape) return setPrompt(null);
        if (prompt.for === 'override' && prompt.value === null) {
          const n = Number(input);
          if (current && n >= 1 && n <= current.options.length) setPrompt({ for: 'override', value: current.options[n - 1] });
          return;
        }
        if (key.return) {
          if (!typed.trim()) return;
          if (prompt.for === 'override' && prompt.value) onAction({ type: 'override', target: current.target, value: prompt.value, reason: typed.trim() }, current);
          if (prompt.for === 'dismiss') onAction({ type: 'dismiss', target: current.target, reason: typed.trim() }, current);
          if (prompt.for === 'comment') onAction({ type: 'comment', target: current.target, text: typed.trim() }, current);
          setPrompt(null);
          setTyped('');
          return;
        }
        if (key.backspace || key.delete) return setTyped(typed.slice(0, -1));
        if (input && !key.ctrl && !key.meta) setTyped(typed + input);
        return;
      }
      if (input === 'q' || key.escape) return onAction({ type: 'quit' });
      if (key.tab || key.rightArrow) return (setSection((s) => (s + 1) % SECTIONS.length), setRow(0));
      if (key.leftArrow) return (setSection((s) => (s + SECTIONS.length - 1) % SECTIONS.length), setRow(0));
      if (['1', '2', '3'].includes(input)) return (setSection(Number(input) - 1), setRow(0));
      if (key.upArrow) return setRow((r) => Math.max(0, Math.min(r, rows.length - 1) - 1));
      if (key.downArrow) return setRow((r) => Math.min(rows.length - 1, r + 1));
      if (key.return || input === 'e') return setOpen((o) => !o);
      if (!moderate) return;
      if (input === 'n') return onAction({ type: 'next' });
      if (input === 'p') return onAction({ type: 'prev' });
      if (input === 'A') return onAction({ type: 'accept-all' });
      if (!current) return;
      if (input === 'a') return onAction({ type: 'accept' }, current);
      if (input === 'o' && current.kind !== 'flag') return setPrompt({ for: 'override', value: null });
      if (input === 'd' && current.kind === 'flag') return setPrompt({ for: 'dismiss' });
      if (input === 'c') return setPrompt({ for: 'comment' });
    },
    { isActive: Boolean(isRawModeSupported) },
  );

  const labelWidth = Math.max(20, width - 34);
  const keys = moderate
    ? prompt
      ? prompt.for === 'override' && prompt.value === null
        ? `choose 1-${current?.options.length} · esc cancel`
        : 'type, then enter · esc cancel'
      : '↑↓ move · ←→ section · enter evidence · a accept · o override · d dismiss flag · c comment · A accept all · n/p form · q quit'
    : '↑↓ move · ←→/tab section · enter evidence · q quit';

  return (
    <Box flexDirection="column" width={width}>
      {/* One line at any width: the least needed facts come last, where a narrow terminal cuts. */}
      <Text wrap="truncate-end">
        <Text bold>{form.pseudonym}</Text>
        {form.status === 'audited' ? ` · ${form.assessmentDate ?? 'undated'} · ${form.children} child${form.children === 1 ? '' : 'ren'} · ${form.child?.gender}, ${form.child?.ageBand} · ${form.agency}` : ` · ${form.error?.code}`}
      </Text>
      <Box>
        {SECTIONS.map((s, i) => {
          const n = judgements.filter((j) => j.kind === s.kind).length;
          return (
            <Text key={s.kind} inverse={i === section}>
              {` ${i + 1} ${s.title} (${n}) `}
            </Text>
          );
        })}
      </Box>
      {form.status === 'failed' ? <Text color="red">{form.error?.message}</Text> : null}
      {rows.length === 0 && form.status === 'audited' ? <Text dimColor>{SECTIONS[section].kind === 'flag' ? 'No flags raised.' : 'Nothing here.'}</Text> : null}
      {rows.map((j, i) => {
        const shown = moderate ? j.moderated : j.value;
        const { mark, color } = markOf(j.kind, shown);
        const selected = j === current;
        return (
          <Text key={j.target} inverse={selected}>
            {selected ? '▶' : ' '}
            <Text color={color}>{mark}</Text> {j.label.slice(0, labelWidth).padEnd(labelWidth)} {shown.padEnd(14)}
            {moderate ? ` ${STATUS_MARK[j.status]} ${j.status}` : ''}
          </Text>
        );
      })}
      {current ? (
        <Box flexDirection="column" borderStyle="single" paddingX={1}>
          {(open ? current.reasons : current.reasons.slice(0, 1)).map((r, i) => (
            <Text key={`r${i}`} wrap="truncate-end">{r}</Text>
          ))}
          {(open ? current.evidence : current.evidence.slice(0, 1)).map((e, i) => (
            <Text key={`e${i}`} dimColor wrap={open ? 'wrap' : 'truncate-end'}>
              “{e.text}” ({e.location})
            </Text>
          ))}
          {current.comments.map((c, i) => (
            <Text key={`c${i}`} color="cyan" wrap="truncate-end">comment: {c}</Text>
          ))}
          {moderate && current.decision ? <Text color="cyan" wrap="truncate-end">{current.status} by {current.decision.who}: {current.decision.reason || '—'}</Text> : null}
        </Box>
      ) : null}
      {prompt?.for === 'override' && prompt.value === null && current ? (
        <Text>
          Override {current.value} with: {current.options.map((o, i) => `${i + 1} ${o}`).join('  ')}
        </Text>
      ) : null}
      {prompt && !(prompt.for === 'override' && prompt.value === null) ? (
        <Text>
          {prompt.for === 'override' ? `Why ${prompt.value}? ` : prompt.for === 'dismiss' ? 'Why dismiss this flag? ' : 'Comment: '}
          <Text color="cyan">{typed}</Text>▌
        </Text>
      ) : null}
      <Text dimColor>{keys}</Text>
    </Box>
  );
}
