// The report as a Word document, since councils circulate Word papers. Built with the docx
// library: real Word tables, headings and a bar per grade drawn as shaded table cells.
import { AlignmentType, BorderStyle, TableLayoutType, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table as DocTable, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ReportModel, Table } from './model.js';
import { wording } from './wording.js';

const cell = (text: string, opts: { bold?: boolean; right?: boolean; fill?: string } = {}) =>
  new TableCell({
    children: [new Paragraph({ alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: opts.bold, size: 18 })] })],
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
  });

function table(t: Table, compare?: string): (Paragraph | DocTable)[] {
  const head = new TableRow({ tableHeader: true, children: [cell(t.title, { bold: true }), cell('No.', { bold: true, right: true }), cell('%', { bold: true, right: true }), ...(compare ? [cell(compare, { bold: true, right: true }), cell('change', { bold: true, right: true })] : [])] });
  const rows = t.rows.map(
    (r) =>
      new TableRow({
        children: [cell(r.label), cell(String(r.n), { right: true }), cell(`${r.pct}%`, { right: true }), ...(r.prev ? [cell(`${r.prev.n} (${r.prev.pct}%)`, { right: true }), cell(`${r.pct - r.prev.pct >= 0 ? '+' : ''}${Math.round(10 * (r.pct - r.prev.pct)) / 10}`, { right: true })] : [])],
      }),
  );
  const total = new TableRow({ children: [cell(`Total ${t.unit}`, { bold: true }), cell(String(t.total), { bold: true, right: true }), cell(''), ...(compare ? [cell(''), cell('')] : [])] });
  return [
    new DocTable({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [head, ...rows, total], borders: { insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } } }),
    ...(t.note ? [new Paragraph({ children: [new TextRun({ text: t.note, italics: true, size: 16 })] })] : []),
    new Paragraph(''),
  ];
}

const FILL: Record<string, string> = { good: '1A7F37', satisfactory: 'BF8700', poor: 'CF222E' };

/** The rubric as a chart Word can show without images: one row per aspect, 20 cells shaded by grade. */
function gradeBars(m: ReportModel): DocTable {
  return new DocTable({
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: [3000, ...Array.from({ length: 20 }, () => 300)],
    layout: TableLayoutType.FIXED,
    rows: m.rubric.map((t) => {
      const cells: TableCell[] = [];
      for (const g of ['good', 'satisfactory', 'poor']) {
        const n = Math.round((20 * (t.rows.find((r) => r.label === g)?.n ?? 0)) / Math.max(1, t.total));
        for (let i = 0; i < n; i++) cells.push(cell('', { fill: FILL[g] }));
      }
      while (cells.length < 20) cells.push(cell(''));
      return new TableRow({ children: [cell(t.title), ...cells.slice(0, 20)] });
    }),
  });
}

export async function renderDocx(m: ReportModel): Promise<Buffer> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const h = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
  const children: (Paragraph | DocTable)[] = [
    new Paragraph({ text: m.title, heading: HeadingLevel.TITLE }),
    p(`Audit ${m.audit} · generated ${m.generated} · ${m.ruleset.name} (${m.ruleset.id} v${m.ruleset.version})${m.compare ? ` · compared with ${m.compare}` : ''}`),
    p(wording.notice(m)),
    h('1. The sample', HeadingLevel.HEADING_1),
    p(wording.sample(m)),
    ...(m.sample.note ? [p(m.sample.note)] : []),
    h('2. Characteristics of the children', HeadingLevel.HEADING_1),
    p(wording.perChild),
    ...m.characteristics.flatMap((t) => table(t, m.compare)),
    h('3. The forms', HeadingLevel.HEADING_1),
    ...m.perForm.flatMap((t) => table(t, m.compare)),
    h('4. Data items that should be present', HeadingLevel.HEADING_1),
    ...m.dataItems.flatMap((t) => table(t, m.compare)),
    h('5. Quality of the assessments', HeadingLevel.HEADING_1),
    p(wording.grading),
    p('Grades per aspect: green good, amber satisfactory, red poor (each cell is 5% of forms).'),
    gradeBars(m),
    new Paragraph(''),
    ...m.rubric.flatMap((t) => table(t, m.compare)),
    h('6. Key issues for practice', HeadingLevel.HEADING_1),
    ...(m.keyIssues.length ? [] : [p(wording.noIssues)]),
    ...m.keyIssues.flatMap((k) => [h(`${k.label}: ${k.forms.n} forms (${k.forms.pct}%)`, HeadingLevel.HEADING_2), ...k.examples.map((e) => new Paragraph({ indent: { left: 400 }, children: [new TextRun({ text: `“${e.text}” (${e.form}, ${e.location})`, italics: true })] }))]),
    h('Recommendations', HeadingLevel.HEADING_2),
    ...wording.recommendations(m).map((r) => new Paragraph({ text: r, bullet: { level: 0 } })),
    h('7. Method', HeadingLevel.HEADING_1),
    p(wording.method(m)),
    // The same agreement table as the HTML and Markdown, where there is moderation to report.
    ...(m.method.agreement.some((a) => a.n)
      ? table({ id: 'agreement', title: 'Agreement with the moderators (%)', unit: 'forms', total: Math.max(...m.method.agreement.map((a) => a.n)), rows: m.method.agreement.map((a) => ({ label: `${a.label} (κw ${a.kappa === null || Number.isNaN(a.kappa) ? '—' : a.kappa.toFixed(2)})`, n: a.n, pct: a.n ? Math.round(100 * a.agreement) : 0 })) })
      : []),
    ...(m.failures.length ? [p(wording.failures(m))] : []),
  ];
  const doc = new Document({ creator: 'cafqa', title: m.title, styles: { default: { document: { run: { font: 'Arial', size: 20 } } } }, sections: [{ children }] });
  return Packer.toBuffer(doc);
}
