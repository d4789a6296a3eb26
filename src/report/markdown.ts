// The report as Markdown: the same sections and tables as the HTML, for wikis and e-mail.
import type { Count, ReportModel, Table } from './model.js';

const change = (c: Count) => (c.prev ? ` | ${c.prev.n} (${c.prev.pct}%) | ${c.pct - c.prev.pct >= 0 ? '+' : ''}${Math.round(10 * (c.pct - c.prev.pct)) / 10} pts` : '');

function table(t: Table, compare?: string): string {
  const head = compare ? `| ${t.title} | No. | % | ${compare} | change |\n|---|---:|---:|---:|---:|` : `| ${t.title} | No. | % |\n|---|---:|---:|`;
  const rows = t.rows.map((r) => `| ${r.label} | ${r.n} | ${r.pct}%${change(r)} |`);
  return [head, ...rows, `| **Total ${t.unit}** | **${t.total}** | |${compare ? ' | |' : ''}`, t.note ? `\n_${t.note}_` : ''].join('\n');
}

export function renderMarkdown(m: ReportModel): string {
  const out: string[] = [];
  out.push(`# ${m.title}`, '', `Audit **${m.audit}** · generated ${m.generated} · rule set ${m.ruleset.name} (${m.ruleset.id}, version ${m.ruleset.version})${m.compare ? ` · compared with **${m.compare}**` : ''}`, '');
  if (!m.method.identified) out.push('> Anonymised: forms are named by pseudonym and names, dates of birth, addresses and numbers in excerpts are masked.', '');
  out.push('## 1. The sample', '', `${m.sample.forms} forms were audited${m.sample.failed ? ` (${m.sample.failed} could not be read)` : ''}, in respect of ${m.sample.children} children. Assessments are dated ${m.sample.from ?? '—'} to ${m.sample.to ?? '—'}.`, '');
  if (m.sample.note) out.push(m.sample.note, '');
  out.push('## 2. Characteristics of the children', '', 'Counted per child: a form covering siblings counts each child.', '');
  for (const t of m.characteristics) out.push(table(t, m.compare), '');
  out.push('## 3. The forms', '');
  for (const t of m.perForm) out.push(table(t, m.compare), '');
  out.push('## 4. Data items that should be present', '');
  for (const t of m.dataItems) out.push(table(t, m.compare), '');
  out.push('## 5. Quality of the assessments', '', 'Each aspect graded good, satisfactory or poor on what the text says: evidence and its source, impact on the child, measures and timescales.', '');
  for (const t of m.rubric) out.push(table(t, m.compare), '');
  out.push('## 6. Key issues for practice', '');
  if (!m.keyIssues.length) out.push('No weak practice was flagged.', '');
  for (const k of m.keyIssues) {
    out.push(`### ${k.label}: ${k.forms.n} forms (${k.forms.pct}%)${k.forms.prev ? `, was ${k.forms.prev.n} (${k.forms.prev.pct}%)` : ''}`, '');
    for (const e of k.examples) out.push(`> “${e.text}” (${e.form}, ${e.location})`, '');
  }
  out.push('### Recommendations', '', ...(m.recommendations.length ? m.recommendations.map((r) => `- ${r}`) : ['- None: every item was well completed.']), '');
  out.push('## 7. Method', '', `Forms were read and judged by cafqa with the rule set ${m.ruleset.name} (${m.ruleset.id} v${m.ruleset.version}).`);
  const mod = m.method.moderation;
  out.push(`Moderation: ${mod.formsModerated} forms fully moderated; of ${mod.judgements} judgements ${mod.confirmed} confirmed, ${mod.overridden} overridden, ${mod.dismissed} flags dismissed, ${mod.pending} not yet moderated.`, '');
  if (m.method.agreement.some((a) => a.n)) {
    out.push('| Aspect | Moderated | Agreement | Weighted kappa |', '|---|---:|---:|---:|', ...m.method.agreement.map((a) => `| ${a.label} | ${a.n} | ${a.n ? `${Math.round(100 * a.agreement)}%` : '—'} | ${a.kappa === null || Number.isNaN(a.kappa) ? '—' : a.kappa.toFixed(2)} |`), '');
  }
  if (m.failures.length) out.push(`Files that could not be audited: ${m.failures.map((f) => `${f.label} ${f.n}`).join(', ')}.`, '');
  return out.join('\n');
}
