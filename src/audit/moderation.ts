// Moderation: an evaluator accepts or overrides each of cafqa's judgements on a form, dismisses
// flags, and adds comments (the evidence column of the Nottingham and Walsall tools). Decisions
// are kept whole in the store; the moderated value of a judgement is its latest decision's.
import type { Evidence } from '../extract/record.js';
import { GRADES } from '../rules/check.js';
import { CHECKS } from '../rules/registry.js';
import type { RuleSet } from '../rules/ruleset.js';
import { percentAgreement, quadraticWeightedKappa } from './agreement.js';
import type { FormResult } from './result.js';
import type { Decision } from './store.js';

export interface Judgement {
  /** "checklist:consent", "rubric:needs", "flag:service-led#0" */
  target: string;
  kind: 'checklist' | 'rubric' | 'flag';
  id: string;
  label: string;
  value: string;
  /** what a moderator may set it to */
  options: string[];
  reasons: string[];
  evidence: Evidence[];
}

export function judgementsOf(form: FormResult, rules: RuleSet): Judgement[] {
  if (form.status !== 'audited') return [];
  const out: Judgement[] = [];
  for (const item of rules.checklist) {
    const c = form.checklist[item.id];
    if (c) out.push({ target: `checklist:${item.id}`, kind: 'checklist', id: item.id, label: item.label, value: c.value, options: [...CHECKS[item.check].values], reasons: [c.reason], evidence: c.evidence ? [c.evidence] : [] });
  }
  for (const item of rules.rubric) {
    const r = form.rubric[item.id];
    if (r) out.push({ target: `rubric:${item.id}`, kind: 'rubric', id: item.id, label: item.label, value: r.grade, options: [...GRADES], reasons: r.reasons, evidence: r.evidence });
  }
  form.flags.forEach((f, i) => {
    const label = rules.flags.find((x) => x.id === f.id)?.label ?? f.id;
    out.push({ target: `flag:${f.id}#${i}`, kind: 'flag', id: f.id, label, value: 'raised', options: ['raised', 'dismissed'], reasons: [f.message], evidence: [f.evidence] });
  });
  return out;
}

export interface ModeratedJudgement extends Judgement {
  status: 'pending' | 'accepted' | 'overridden' | 'dismissed';
  moderated: string;
  comments: string[];
  decision?: Decision;
}

/** Each judgement of a form with its moderation so far. */
export function moderated(form: FormResult, rules: RuleSet, decisions: Decision[]): ModeratedJudgement[] {
  const mine = decisions.filter((d) => d.sha256 === form.sha256);
  return judgementsOf(form, rules).map((j) => {
    const ds = mine.filter((d) => d.target === j.target);
    const last = [...ds].reverse().find((d) => d.action !== 'comment');
    const comments = ds.filter((d) => d.action === 'comment').map((d) => d.reason);
    if (!last) return { ...j, status: 'pending', moderated: j.value, comments };
    const status = last.action === 'accept' ? 'accepted' : last.action === 'dismiss' ? 'dismissed' : 'overridden';
    return { ...j, status, moderated: last.action === 'accept' ? j.value : last.action === 'dismiss' ? 'dismissed' : (last.new ?? j.value), comments, decision: last };
  });
}

export const isModerated = (js: ModeratedJudgement[]) => js.length > 0 && js.every((j) => j.status !== 'pending');

export interface AgreementRow {
  id: string;
  label: string;
  /** judgements a moderator has decided */
  n: number;
  agreement: number;
  kappa: number | null;
}

/** Agreement between cafqa and the moderators, per rubric aspect (kappa) and per checklist item. */
export function agreementSoFar(forms: FormResult[], rules: RuleSet, decisions: Decision[]): { rubric: AgreementRow[]; checklist: AgreementRow[]; moderatedForms: number; total: number } {
  const all = forms.filter((f) => f.status === 'audited').map((f) => moderated(f, rules, decisions));
  const rows = (kind: 'rubric' | 'checklist', items: { id: string; label: string }[]) =>
    items.map((item) => {
      const pairs = all.flatMap((js) => js.filter((j) => j.kind === kind && j.id === item.id && j.status !== 'pending').map((j) => [j.value, j.moderated] as [string, string]));
      return { id: item.id, label: item.label, n: pairs.length, agreement: percentAgreement(pairs), kappa: kind === 'rubric' && pairs.length ? quadraticWeightedKappa(pairs, GRADES) : null };
    });
  return { rubric: rows('rubric', rules.rubric), checklist: rows('checklist', rules.checklist), moderatedForms: all.filter(isModerated).length, total: all.length };
}
