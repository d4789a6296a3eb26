// The evaluation report as data (seed 000 §4): who the forms were about, which data items were
// missing, how the assessments were graded, the key issues for practice and how the audit was
// done. Pure: results and decisions in, figures out. Renderers turn it into HTML, Markdown, DOCX.
import { moderated } from '../audit/moderation.js';
import { agreementSoFar } from '../audit/moderation.js';
import type { FormResult } from '../audit/result.js';
import type { Decision } from '../audit/store.js';
import { AGE_BANDS } from '../extract/derive.js';
import { termRegex } from '../extract/values.js';
import { ocrFold } from '../extract/misreadings.js';
import { COMPLETE, GRADES } from '../rules/check.js';
import { CHECKS } from '../rules/registry.js';
import type { RuleSet } from '../rules/ruleset.js';

export interface Count {
  label: string;
  n: number;
  pct: number;
  /** the same figure in the audit compared against, when there is one */
  prev?: { n: number; pct: number };
}

export interface Table {
  id: string;
  title: string;
  /** what is counted: children (seed 000 §4.2.1–4.2.6) or forms */
  unit: 'children' | 'forms';
  total: number;
  rows: Count[];
  note?: string;
}

export interface Excerpt {
  form: string;
  text: string;
  location: string;
}

export interface KeyIssue {
  id: string;
  label: string;
  forms: Count;
  examples: Excerpt[];
}

export interface ReportModel {
  title: string;
  audit: string;
  generated: string;
  ruleset: { id: string; name: string; version: number };
  sample: { forms: number; audited: number; failed: number; children: number; from: string | null; to: string | null; note: string };
  characteristics: Table[];
  perForm: Table[];
  dataItems: Table[];
  rubric: Table[];
  keyIssues: KeyIssue[];
  recommendations: string[];
  failures: Count[];
  method: {
    identified: boolean;
    moderation: { judgements: number; confirmed: number; overridden: number; dismissed: number; pending: number; formsModerated: number };
    agreement: { id: string; label: string; n: number; agreement: number; kappa: number | null }[];
  };
  compare?: string;
}

export interface EthnicityGroups {
  groups: { name: string; words: string[] }[];
}

export interface ReportOptions {
  /** how written ethnicities are grouped (rules/ethnicity.yaml); without it they count as written */
  ethnicity?: EthnicityGroups;
  audit: string;
  title?: string;
  note?: string;
  /** names and file names left in: an internal copy only */
  identify?: boolean;
  generated?: string;
  previous?: ReportModel;
}

const pct = (n: number, total: number) => (total ? Math.round((1000 * n) / total) / 10 : 0);

function tally(id: string, title: string, unit: Table['unit'], values: string[], order?: readonly string[], note?: string): Table {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const labels = order ? [...order.filter((o) => counts.has(o)), ...[...counts.keys()].filter((k) => !order.includes(k))] : [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  return { id, title, unit, total: values.length, rows: labels.map((label) => ({ label, n: counts.get(label)!, pct: pct(counts.get(label)!, values.length) })), note };
}

/** Masks every name, date of birth, address and number the form holds, longest first. */
export function mask(text: string, identifiers: string[]): string {
  let out = text;
  for (const id of [...identifiers].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(^|[^A-Za-z0-9])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^A-Za-z0-9])`, 'g');
    out = out.replace(re, (_m, pre) => `${pre}${/^[\d/.-]+$/.test(id) ? '[date]' : /\d{5,}|@/.test(id) ? '[number]' : '[name]'}`);
  }
  return out;
}

function groupEthnicity(written: string, table: EthnicityGroups): string {
  if (written === 'not recorded') return 'Not recorded';
  // "A1 White British" (a council's code), "Black: African" (the census's heading and group).
  const text = written.toLowerCase().replace(/^[a-z]\d+\s+/, '').replace(/^(white|mixed|asian|black|other)\s*:\s*/, '$1 ');
  // A scan's "Black Afrlcan" is Black African: failing the words as written, as OCR folds them.
  const hit = table.groups.find((g) => g.words.some((w) => termRegex(w).test(text))) ?? table.groups.find((g) => g.words.some((w) => termRegex(ocrFold(w)).test(ocrFold(text))));
  return hit?.name ?? written;
}

/** Each value under the commonest spelling of those that read alike once OCR's misreadings are
 *  folded ("Family Support W0rker" is counted as "Family Support Worker"). */
function commonSpelling(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const best = new Map<string, string>();
  for (const [v, n] of counts) {
    const key = ocrFold(v);
    const have = best.get(key);
    if (!have || n > counts.get(have)!) best.set(key, v);
  }
  return values.map((v) => best.get(ocrFold(v))!);
}

const AGE_LABEL: Record<string, string> = { unborn: 'Unborn', unknown: 'DOB not recorded' };

export function buildReport(forms: FormResult[], rules: RuleSet, decisions: Decision[], opts: ReportOptions): ReportModel {
  const audited = forms.filter((f) => f.status === 'audited');
  const children = audited.flatMap((f) => (f.profile?.children ?? []).map((c) => ({ f, c })));
  const perChild = (value: (f: FormResult) => string) => audited.flatMap((f) => Array.from({ length: f.profile?.children.length ?? 1 }, () => value(f)));
  const dates = audited.map((f) => f.assessmentDate).filter((d): d is string => !!d).sort();
  const name = (f: FormResult) => (opts.identify ? f.file : f.pseudonym);

  const characteristics: Table[] = [
    tally('gender', 'Gender', 'children', children.map(({ c }) => c.gender[0].toUpperCase() + c.gender.slice(1)), ['Male', 'Female', 'Unknown']),
    tally('age', 'Age at assessment', 'children', children.map(({ c }) => AGE_LABEL[c.ageBand] ?? c.ageBand), AGE_BANDS.map((b) => AGE_LABEL[b] ?? b)),
    opts.ethnicity
      ? tally('ethnicity', 'Ethnicity', 'children', perChild((f) => groupEthnicity(f.child?.ethnicity ?? 'not recorded', opts.ethnicity!)), undefined, 'Grouped from words, DfE codes and local codes as written on the forms.')
      : tally('ethnicity', 'Ethnicity (as written)', 'children', perChild((f) => f.child?.ethnicity ?? 'not recorded')),
    tally('language', 'First language', 'children', perChild((f) => f.profile?.language ?? 'not recorded')),
    tally('religion', 'Religion', 'children', perChild((f) => f.profile?.religion ?? 'not recorded')),
    tally('disability', 'Disability', 'children', perChild((f) => f.profile?.disability ?? 'not recorded'), ['yes', 'no', 'rather not say', 'not recorded']),
  ];
  const perForm: Table[] = [
    tally('reasons', 'What has led to the assessment (grouped)', 'forms', audited.flatMap((f) => (f.profile?.reasons.length ? f.profile.reasons : ['Not recorded'])), undefined, 'A form can give more than one reason, so the column does not sum to the number of forms.'),
    tally('level', 'Level of need', 'forms', audited.map((f) => (f.levelOfNeed === 'unknown' ? 'Not recorded' : `Level ${f.levelOfNeed}`)), ['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Not recorded']),
    tally('role', 'Role of the person completing the form', 'forms', commonSpelling(audited.map((f) => f.profile?.role ?? 'not recorded'))),
    tally('agency', 'Agency completing the form', 'forms', audited.map((f) => f.agency ?? 'Not recorded')),
  ];

  // Data items and grades as moderated: a moderator's override replaces the tool's value.
  const judged = new Map(audited.map((f) => [f.sha256, moderated(f, rules, decisions)]));
  const valueOf = (f: FormResult, target: string) => judged.get(f.sha256)!.find((j) => j.target === target)?.moderated ?? '';
  const dataItems = rules.checklist.map((item) => tally(item.id, item.label, 'forms', audited.map((f) => valueOf(f, `checklist:${item.id}`)), CHECKS[item.check].values));
  const rubric = rules.rubric.map((item) => tally(item.id, item.label, 'forms', audited.map((f) => valueOf(f, `rubric:${item.id}`)), GRADES));

  const keyIssues: KeyIssue[] = rules.flags
    .map((item) => {
      const raised = audited.flatMap((f) => judged.get(f.sha256)!.filter((j) => j.kind === 'flag' && j.id === item.id && j.moderated !== 'dismissed').map((j) => ({ f, j })));
      const formsWith = new Set(raised.map((r) => r.f.sha256)).size;
      // Up to three examples, from different forms and in different words.
      const seen = new Set<string>();
      const examples = raised
        .map(({ f, j }) => ({ form: name(f), sha: f.sha256, text: opts.identify ? j.evidence[0].text : mask(j.evidence[0].text, f.identifiers ?? []), location: j.evidence[0].location }))
        .filter((e) => (seen.has(e.sha) || seen.has(e.text) ? false : (seen.add(e.sha), seen.add(e.text), true)))
        .slice(0, 3)
        .map(({ sha: _, ...e }) => e);
      return { id: item.id, label: item.label, forms: { label: item.label, n: formsWith, pct: pct(formsWith, audited.length) }, examples };
    })
    .filter((k) => k.forms.n > 0)
    .sort((a, b) => b.forms.n - a.forms.n);

  const weakItems = rules.checklist
    .map((item, i) => ({ item, short: dataItems[i].rows.filter((r) => !COMPLETE.has(r.label)).reduce((a, r) => a + r.n, 0) }))
    .filter((w) => w.short > 0 && w.item.advice)
    .sort((a, b) => b.short - a.short)
    .slice(0, 3)
    .map((w) => `${w.item.advice} Short on ${w.short} of ${audited.length} forms (${pct(w.short, audited.length)}%).`);
  const weakGrades = rules.rubric
    .map((item, i) => ({ item, poor: rubric[i].rows.find((r) => r.label === 'poor')?.n ?? 0 }))
    .filter((w) => w.poor > 0 && w.item.advice)
    .sort((a, b) => b.poor - a.poor)
    .slice(0, 2)
    .map((w) => `${w.item.advice} Graded poor on ${w.poor} of ${audited.length} forms (${pct(w.poor, audited.length)}%).`);

  const failures = tally('failures', 'Files that could not be audited', 'forms', forms.filter((f) => f.status === 'failed').map((f) => f.error?.code ?? 'INTERNAL')).rows;
  const all = [...judged.values()].flat();
  const stats = agreementSoFar(audited, rules, decisions);
  const model: ReportModel = {
    title: opts.title ?? 'Evaluation of Common Assessment Framework forms',
    audit: opts.audit,
    generated: opts.generated ?? new Date().toISOString().slice(0, 10),
    ruleset: { id: rules.id, name: rules.name, version: rules.version },
    sample: { forms: forms.length, audited: audited.length, failed: forms.length - audited.length, children: children.length, from: dates[0] ?? null, to: dates[dates.length - 1] ?? null, note: opts.note ?? '' },
    characteristics,
    perForm,
    dataItems,
    rubric,
    keyIssues,
    recommendations: [...weakItems, ...weakGrades],
    failures,
    method: {
      identified: !!opts.identify,
      moderation: {
        judgements: all.length,
        confirmed: all.filter((j) => j.status === 'accepted').length,
        overridden: all.filter((j) => j.status === 'overridden').length,
        dismissed: all.filter((j) => j.status === 'dismissed').length,
        pending: all.filter((j) => j.status === 'pending').length,
        formsModerated: stats.moderatedForms,
      },
      agreement: stats.rubric.map((r) => ({ id: r.id, label: r.label, n: r.n, agreement: r.agreement, kappa: r.kappa })),
    },
  };
  return opts.previous ? withPrevious(model, opts.previous) : model;
}

/** Every figure gains the previous audit's, matched by table and row. */
function withPrevious(model: ReportModel, prev: ReportModel): ReportModel {
  const join = (now: Table[], before: Table[]) =>
    now.map((t) => {
      const old = before.find((b) => b.id === t.id);
      return { ...t, rows: t.rows.map((r) => ({ ...r, prev: (({ n, pct: p }) => ({ n, pct: p }))(old?.rows.find((o) => o.label === r.label) ?? { n: 0, pct: 0 }) })) };
    });
  return {
    ...model,
    compare: prev.audit,
    characteristics: join(model.characteristics, prev.characteristics),
    perForm: join(model.perForm, prev.perForm),
    dataItems: join(model.dataItems, prev.dataItems),
    rubric: join(model.rubric, prev.rubric),
    keyIssues: model.keyIssues.map((k) => {
      const old = prev.keyIssues.find((p) => p.id === k.id);
      return { ...k, forms: { ...k.forms, prev: old ? { n: old.forms.n, pct: old.forms.pct } : { n: 0, pct: 0 } } };
    }),
  };
}
