// The report as one self-contained HTML file: tables, inline SVG charts, and print rules for A4.
import type { Count, ReportModel, Table } from './model.js';
import { shortened, wording } from './wording.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const COLOURS: Record<string, string> = { good: '#1a7f37', satisfactory: '#bf8700', poor: '#cf222e', present: '#1a7f37', recorded: '#1a7f37', written: '#1a7f37', 'not-applicable': '#8c959f' };

function delta(c: Count) {
  if (!c.prev) return '';
  const d = Math.round(10 * (c.pct - c.prev.pct)) / 10;
  return `<td class="num">${c.prev.n} (${c.prev.pct}%)</td><td class="num ${d > 0 ? 'up' : d < 0 ? 'down' : ''}">${d > 0 ? '+' : ''}${d}</td>`;
}

function table(t: Table, compare?: string) {
  return `<div class="t"><table><caption>${esc(t.title)}</caption><thead><tr><th></th><th class="num">No.</th><th class="num">%</th>${compare ? `<th class="num">${esc(compare)}</th><th class="num">change (pts)</th>` : ''}</tr></thead><tbody>${t.rows
    .map((r) => `<tr><td>${esc(r.label)}</td><td class="num">${r.n}</td><td class="num">${r.pct}%</td>${delta(r)}</tr>`)
    .join('')}<tr class="total"><td>Total ${t.unit}</td><td class="num">${t.total}</td><td></td>${compare ? '<td></td><td></td>' : ''}</tr></tbody></table>${t.note ? `<p class="note">${esc(t.note)}</p>` : ''}</div>`;
}

/** One horizontal bar per row, split by value: the rubric's good / satisfactory / poor. */
function stackedBars(tables: Table[], order: string[], title: string) {
  const w = 640, rowH = 26, labelW = 250, barW = w - labelW - 10;
  const rows = tables.map((t, i) => {
    let x = labelW;
    const segs = order.map((o) => {
      const r = t.rows.find((x) => x.label === o);
      const width = t.total ? (barW * (r?.n ?? 0)) / t.total : 0;
      const seg = width > 0 ? `<rect x="${x.toFixed(1)}" y="${i * rowH + 4}" width="${width.toFixed(1)}" height="${rowH - 8}" fill="${COLOURS[o] ?? '#57606a'}"><title>${esc(`${t.title}: ${o} ${r?.n ?? 0} (${r?.pct ?? 0}%)`)}</title></rect>${width > 34 ? `<text x="${(x + width / 2).toFixed(1)}" y="${i * rowH + rowH / 2 + 4}" class="in">${r?.pct ?? 0}%</text>` : ''}` : '';
      x += width;
      return seg;
    });
    // A long title is shortened so it never runs into its bar; the table below gives it whole.
    const title = shortened(t.title, 36);
    return `<text x="0" y="${i * rowH + rowH / 2 + 4}">${esc(title)}</text>${segs.join('')}`;
  });
  // The checklist's many values wrap to lines of their own rather than run off the chart.
  const perLine = Math.floor((w - labelW) / 130);
  const at = (i: number) => ({ x: labelW + (i % perLine) * 130, y: tables.length * rowH + 8 + Math.floor(i / perLine) * 20 });
  const legend = order.map((o, i) => `<rect x="${at(i).x}" y="${at(i).y}" width="12" height="12" fill="${COLOURS[o] ?? '#57606a'}"/><text x="${at(i).x + 16}" y="${at(i).y + 10}">${esc(o)}</text>`).join('');
  const height = tables.length * rowH + 8 + Math.ceil(order.length / perLine) * 20;
  return `<figure><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${w} ${height}" width="100%">${rows.join('')}${legend}</svg><figcaption>${esc(title)}</figcaption></figure>`;
}

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#1f2328;max-width:980px;margin:2rem auto;padding:0 1.5rem}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.25rem;border-bottom:2px solid #d0d7de;padding-bottom:.2rem;margin-top:2.2rem}h3{font-size:1.05rem}
.meta{color:#57606a}.notice{background:#f6f8fa;border-left:4px solid #0969da;padding:.5rem .8rem}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(290px,1fr));gap:1rem 1.5rem;align-items:start}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.3rem 0}caption{text-align:left;font-weight:600;padding:.2rem 0}
th,td{border-bottom:1px solid #d0d7de;padding:.2rem .4rem;text-align:left}.num{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:600;border-bottom:2px solid #8c959f}.note{font-size:.8rem;color:#57606a;margin:.1rem 0 0}
.up{color:#1a7f37}.down{color:#cf222e}figure{margin:1rem 0}figcaption{font-size:.85rem;color:#57606a}
svg text{font-size:12px;fill:#1f2328}svg text.in{fill:#fff;text-anchor:middle;font-weight:600}
blockquote{margin:.3rem 0 .6rem;padding:.3rem .8rem;border-left:3px solid #d0d7de;color:#424a53;font-size:.92rem}
@page{size:A4;margin:16mm 14mm}
@media print{body{margin:0;max-width:none;font-size:10.5pt}h2{break-after:avoid}table,figure,blockquote{break-inside:avoid}.grid{grid-template-columns:1fr 1fr}}
`;

export function renderHtml(m: ReportModel): string {
  const section = (title: string, body: string) => `<section><h2>${esc(title)}</h2>${body}</section>`;
  const body = [
    `<h1>${esc(m.title)}</h1><p class="meta">Audit <b>${esc(m.audit)}</b> · generated ${esc(m.generated)} · ${esc(m.ruleset.name)} (${esc(m.ruleset.id)} v${m.ruleset.version})${m.compare ? ` · compared with <b>${esc(m.compare)}</b>` : ''}</p>`,
    `<p class="notice">${esc(wording.notice(m))}</p>`,
    section('1. The sample', `<p>${esc(wording.sample(m))}</p>${m.sample.note ? `<p>${esc(m.sample.note)}</p>` : ''}`),
    section('2. Characteristics of the children', `<p>${esc(wording.perChild)}</p><div class="grid">${m.characteristics.map((t) => table(t, m.compare)).join('')}</div>`),
    section('3. The forms', `<div class="grid">${m.perForm.map((t) => table(t, m.compare)).join('')}</div>`),
    section('4. Data items that should be present', `${stackedBars(m.dataItems, ['present', 'recorded', 'written', 'not-applicable', 'verbal', 'unspecified', 'upn-only', 'none', 'missing', 'blank'], 'Completeness of each data item (share of forms)')}<div class="grid">${m.dataItems.map((t) => table(t, m.compare)).join('')}</div>`),
    section('5. Quality of the assessments', `<p>${esc(wording.grading)}</p>${stackedBars(m.rubric, ['good', 'satisfactory', 'poor'], 'Grades per aspect (share of forms)')}<div class="grid">${m.rubric.map((t) => table(t, m.compare)).join('')}</div>`),
    section('6. Key issues for practice', `${m.keyIssues.length ? '' : `<p>${esc(wording.noIssues)}</p>`}${m.keyIssues.map((k) => `<h3>${esc(k.label)}: ${k.forms.n} forms (${k.forms.pct}%)${k.forms.prev ? `, was ${k.forms.prev.n} (${k.forms.prev.pct}%)` : ''}</h3>${k.examples.map((e) => `<blockquote>“${esc(e.text)}”<br><small>${esc(e.form)}, ${esc(e.location)}</small></blockquote>`).join('')}`).join('')}<h3>Recommendations</h3><ul>${wording.recommendations(m).map((r) => `<li>${esc(r)}</li>`).join('')}</ul>`),
    section('7. Method', `<p>${esc(wording.method(m))}</p>${
      m.method.agreement.some((a) => a.n)
        ? `<table><caption>Agreement between cafqa and the moderators</caption><thead><tr><th>Aspect</th><th class="num">Moderated</th><th class="num">Agreement</th><th class="num">Weighted kappa</th></tr></thead><tbody>${m.method.agreement.map((a) => `<tr><td>${esc(a.label)}</td><td class="num">${a.n}</td><td class="num">${a.n ? `${Math.round(100 * a.agreement)}%` : '—'}</td><td class="num">${a.kappa === null || Number.isNaN(a.kappa) ? '—' : a.kappa.toFixed(2)}</td></tr>`).join('')}</tbody></table>`
        : ''
    }${m.failures.length ? `<p>${esc(wording.failures(m))}</p>` : ''}`),
  ].join('\n');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(m.title)}</title><style>${CSS}</style></head><body>${body}</body></html>\n`;
}
