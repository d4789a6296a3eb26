// The plain-text audit output: one line a form, then the checklist tallies; for a single form, every
// checklist value with its reason and evidence. Pure: results in, text out.
import type { AuditOutput, FormResult } from '../audit/result.js';
import type { RuleSet } from '../rules/ruleset.js';
import { tallyChecklist } from './checklist-summary.js';

const GOOD = new Set(['present', 'recorded', 'written', 'not-applicable']);

function formLine(f: FormResult, rules: RuleSet): string {
  if (f.status === 'failed') return `✗ ${f.file}\n    ${f.error!.code}: ${f.error!.message}`;
  const ok = rules.checklist.filter((i) => GOOD.has(f.checklist[i.id]?.value)).length;
  const gaps = rules.checklist.filter((i) => !GOOD.has(f.checklist[i.id]?.value)).map((i) => `${i.id}=${f.checklist[i.id]?.value}`);
  return `✓ ${f.file}  ${f.pseudonym}  ${ok}/${rules.checklist.length} complete${gaps.length ? `  (${gaps.join(', ')})` : ''}`;
}

export function formDetail(f: FormResult, rules: RuleSet): string {
  if (f.status === 'failed') return formLine(f, rules);
  const lines = [
    `${f.file}  (${f.pseudonym})`,
    `  children on form: ${f.children}   child: ${f.child!.gender}, age ${f.child!.ageBand}, ethnicity ${f.child!.ethnicity}`,
    `  assessment date: ${f.assessmentDate ?? 'not recorded'}   agency: ${f.agency}   level of need: ${f.levelOfNeed}`,
    '',
    '  Checklist',
  ];
  for (const item of rules.checklist) {
    const c = f.checklist[item.id];
    lines.push(`  ${GOOD.has(c.value) ? '✓' : '✗'} ${item.label.padEnd(32)} ${c.value.padEnd(14)} ${c.reason}`);
    if (c.evidence) lines.push(`      “${c.evidence.text.replace(/\s+/g, ' ').slice(0, 110)}” (${c.evidence.location})`);
  }
  for (const w of f.warnings) lines.push(`  ! ${w}`);
  return lines.join('\n');
}

export function renderText(out: AuditOutput, rules: RuleSet, opts: { detail?: boolean } = {}): string {
  const failed = out.forms.filter((f) => f.status === 'failed');
  const lines = [`cafqa audit: ${rules.name} (${out.ruleset}), ${out.forms.length} file(s)`, ''];
  if (opts.detail || out.forms.length === 1) lines.push(...out.forms.map((f) => formDetail(f, rules) + '\n'));
  else lines.push(...out.forms.map((f) => formLine(f, rules)));
  const audited = out.forms.length - failed.length;
  if (audited > 1) {
    lines.push('', `Checklist over ${audited} audited form(s)`);
    for (const t of tallyChecklist(rules, out.forms)) {
      lines.push(`  ${t.label.padEnd(32)} ${t.counts.filter((c) => c.n > 0).map((c) => `${c.value} ${c.n} (${c.pct}%)`).join(' · ')}`);
    }
  }
  lines.push('', `${audited} audited, ${failed.length} failed`);
  if (failed.length) {
    const byCode = new Map<string, number>();
    for (const f of failed) byCode.set(f.error!.code, (byCode.get(f.error!.code) ?? 0) + 1);
    lines.push(`  failures: ${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  }
  return lines.join('\n');
}
