// The plain-text audit output: one line a form, then the checklist tallies; for a single form, every
// checklist value with its reason and evidence. Pure: results in, text out.
import type { AuditOutput, FormResult } from '../audit/result.js';
import { COMPLETE } from '../rules/check.js';
import type { RuleSet } from '../rules/ruleset.js';
import { tallyChecklist } from './checklist-summary.js';
import { shortened } from './wording.js';


function formLine(f: FormResult, rules: RuleSet): string {
  if (f.status === 'failed') return `✗ ${f.file}\n    ${f.error!.code}: ${f.error!.message}`;
  const ok = rules.checklist.filter((i) => COMPLETE.has(f.checklist[i.id]?.value)).length;
  const gaps = rules.checklist.filter((i) => !COMPLETE.has(f.checklist[i.id]?.value)).map((i) => `${i.id}=${f.checklist[i.id]?.value}`);
  const grades = rules.rubric.map((a) => `${a.id} ${GRADE_MARK[f.rubric[a.id]?.grade ?? 'poor']}`).join(' ');
  const flags = f.flags.length ? `  ⚑ ${[...new Set(f.flags.map((x) => x.id))].join(', ')}` : '';
  const eff = f.scores ? `  effectiveness ${f.scores.effectiveness}%${f.scores.inDepthPercent !== undefined ? `, in-depth ${f.scores.inDepthPercent}%` : ''}` : '';
  return `✓ ${f.file}  ${f.pseudonym}  ${ok}/${rules.checklist.length} complete${eff}${gaps.length ? `  (${gaps.join(', ')})` : ''}${grades ? `\n    ${grades}${flags}` : ''}`;
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
    lines.push(`  ${COMPLETE.has(c.value) ? '✓' : '✗'} ${item.label.padEnd(32)} ${c.value.padEnd(14)} ${c.reason}`);
    if (c.evidence) lines.push(`      “${c.evidence.text.replace(/\s+/g, ' ').slice(0, 110)}” (${c.evidence.location})`);
  }
  if (rules.rubric.length) {
    lines.push('', '  Rubric');
    for (const aspect of rules.rubric) {
      const g = f.rubric[aspect.id];
      if (!g) continue;
      lines.push(`  ${GRADE_MARK[g.grade]} ${aspect.label.padEnd(48)} ${g.grade}`);
      for (const r of g.reasons) lines.push(`      ${r}`);
      for (const e of g.evidence.slice(0, 2)) lines.push(`      “${e.text.replace(/\s+/g, ' ').slice(0, 110)}” (${e.location})`);
    }
  }
  if (f.scores) {
    lines.push('', `  Scoring: checklist effectiveness ${f.scores.effectiveness}% (yes × 100 / items − not applicable)`);
    if (f.scores.inDepth) lines.push(`  In-depth: ${Object.entries(f.scores.inDepth).map(([k, v]) => `${k} ${v}`).join(', ')}  (${f.scores.inDepthPercent}%)`);
  }
  if (f.flags.length) {
    lines.push('', '  Flags (advice for the auditor)');
    for (const fl of f.flags) {
      lines.push(`  ⚑ ${fl.id}: ${fl.message}`);
      lines.push(`      “${fl.evidence.text.replace(/\s+/g, ' ').slice(0, 110)}” (${fl.evidence.location})`);
    }
  }
  for (const w of f.warnings) lines.push(`  ! ${w}`);
  return lines.join('\n');
}

const GRADE_MARK = { good: '●', satisfactory: '◐', poor: '○' } as const;

export function renderText(out: AuditOutput, rules: RuleSet, opts: { detail?: boolean; perForm?: boolean } = {}): string {
  const failed = out.forms.filter((f) => f.status === 'failed');
  const lines = [`cafqa audit: ${rules.name} (${out.ruleset}), ${out.forms.length} file(s)`, ''];
  if (opts.detail || out.forms.length === 1) lines.push(...out.forms.map((f) => formDetail(f, rules) + '\n'));
  else if (opts.perForm !== false) lines.push(...out.forms.map((f) => formLine(f, rules)));
  // Failures are always listed, with what to do about each.
  else lines.push(...out.forms.filter((f) => f.status === 'failed').map((f) => formLine(f, rules)));
  const audited = out.forms.length - failed.length;
  if (audited > 1) {
    lines.push('', `Checklist over ${audited} audited form(s)`);
    for (const t of tallyChecklist(rules, out.forms)) {
      lines.push(`  ${t.label.padEnd(32)} ${t.counts.filter((c) => c.n > 0).map((c) => `${c.value} ${c.n} (${c.pct}%)`).join(' · ')}`);
    }
  }
  if (audited > 1 && rules.rubric.length) {
    lines.push('', `${`Rubric over ${audited} audited form(s)`.padEnd(40)}${['good', 'satisfactory', 'poor'].map((g) => g.padStart(13)).join('')}`);
    const ok = out.forms.filter((f) => f.status === 'audited');
    for (const a of rules.rubric) {
      const n = (g: string) => ok.filter((f) => f.rubric[a.id]?.grade === g).length;
      const cell = (g: string) => `${n(g)} (${Math.round((100 * n(g)) / audited)}%)`.padStart(13);
      lines.push(`  ${shortened(a.label, 37).padEnd(38)}${cell('good')}${cell('satisfactory')}${cell('poor')}`);
    }
    const byFlag = rules.flags.map((fl) => ({ fl, n: ok.filter((f) => f.flags.some((x) => x.id === fl.id)).length })).filter((x) => x.n);
    if (byFlag.length) {
      lines.push('', 'Flags (forms raising each)');
      for (const { fl, n } of byFlag.sort((a, b) => b.n - a.n)) lines.push(`  ${fl.label.padEnd(46)} ${n} (${Math.round((100 * n) / audited)}%)`);
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
