// The report as Markdown: the same sections and tables as the HTML, for wikis and e-mail.
import type { Count, ReportModel, Table } from './model.js';
import { wording } from './wording.js';

const change = (c: Count) => (c.prev ? ` | ${c.prev.n} (${c.prev.pct}%) | ${c.pct - c.prev.pct >= 0 ? '+' : ''}${Math.round(10 * (c.pct - c.prev.pct)) / 10} pts` : '');

function table(t: Table, compare?: string): string {
  const head = compare ? `| ${t.title} | No. | % | ${compare} | change |\n|---|---:|---:|---:|---:|` : `| ${t.title} | No. | % |\n|---|---:|---:|`;
  const rows = t.rows.map((r) => `| ${r.label} | ${r.n} | ${r.pct}%${change(r)} |`);
  return [head, ...rows, `| **Total ${t.unit}** | **${t.total}** | |${compare ? ' | |' : ''}`, t.note ? `\n_${t.note}_` : ''].join('\n');
}

export function renderMarkdown(m: ReportModel): string {
  const out: string[] = [];
  out.push(`# ${m.title}`, '', `Audit **${m.audit}** · generated ${m.generated} · rule set ${m.ruleset.name} (${m.ruleset.id}, version ${m.ruleset.version})${m.compare ? ` · compared with **${m.compare}**` : ''}`, '');
  out.push(`> ${wording.notice(m)}`, '');
  out.push('## 1. The sample', '', wording.sample(m), '');
  if (m.sample.note) out.push(m.sample.note, '');
  out.push('## 2. Characteristics of the children', '', wording.perChild, '');
  for (const t of m.characteristics) out.push(table(t, m.compare), '');
  out.push('## 3. The forms', '');
  for (const t of m.perForm) out.push(table(t, m.compare), '');
  out.push('## 4. Data items that should be present', '');
  for (const t of m.dataItems) out.push(table(t, m.compare), '');
  out.push('## 5. Quality of the assessments', '', wording.grading, '');
  for (const t of m.rubric) out.push(table(t, m.compare), '');
  out.push('## 6. Key issues for practice', '');
  if (!m.keyIssues.length) out.push(wording.noIssues, '');
  for (const k of m.keyIssues) {
    out.push(`### ${k.label}: ${k.forms.n} forms (${k.forms.pct}%)${k.forms.prev ? `, was ${k.forms.prev.n} (${k.forms.prev.pct}%)` : ''}`, '');
    for (const e of k.examples) out.push(`> “${e.text}” (${e.form}, ${e.location})`, '');
  }
  out.push('### Recommendations', '', ...wording.recommendations(m).map((r) => `- ${r}`), '');
  out.push('## 7. Method', '', wording.method(m), '');
  if (m.method.agreement.some((a) => a.n)) {
    out.push('| Aspect | Moderated | Agreement | Weighted kappa |', '|---|---:|---:|---:|', ...m.method.agreement.map((a) => `| ${a.label} | ${a.n} | ${a.n ? `${Math.round(100 * a.agreement)}%` : '—'} | ${a.kappa === null || Number.isNaN(a.kappa) ? '—' : a.kappa.toFixed(2)} |`), '');
  }
  if (m.failures.length) out.push(wording.failures(m), '');
  return out.join('\n');
}
