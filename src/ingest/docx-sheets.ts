// A worksheet embedded in a Word document (Insert › Object, or Paste Special as a worksheet object)
// is on the page only as a picture; its cells are in the workbook Word keeps among the document's
// embeddings. Teams keep household lists and action plans in Excel and put them into the form
// this way, so the workbook's first sheet is read in the object's place as a table.
import { strFromU8 } from 'fflate';
import { attrOf as attr, decodeXml as decode, escapeXml as esc } from './xml-text.js';

/** a string item's text, its runs joined (rich text keeps each run's w:t) */
const itemText = (xml: string) => decode([...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((t) => t[1]).join(''));

/** Excel's built-in number formats that show a date (14 "d/m/yyyy" to 17, 22 with the time). */
const DATE_FORMATS = new Set([14, 15, 16, 17, 22]);

/** A date serial (days from 1899-12-30, Excel's day nought after its 1900 leap-year error) as
 *  "dd/mm/yyyy", as a UK form shows it. */
function serialDate(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

/** What each cell style (by index) shows: a date for a number, bold type. */
function cellStyles(stylesXml: string | undefined): { date: boolean; bold: boolean }[] {
  if (!stylesXml) return [];
  const custom = new Map([...stylesXml.matchAll(/<numFmt\b[^>]*>/g)].map((m) => [Number(attr(m[0], 'numFmtId')), decode(attr(m[0], 'formatCode') ?? '')]));
  const isDate = (id: number) => DATE_FORMATS.has(id) || /[dy]/i.test((custom.get(id) ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, ''));
  const fonts = [...(/<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(stylesXml)?.[1] ?? '').matchAll(/<font\b[^>]*?(?:\/>|>([\s\S]*?)<\/font>)/g)].map((m) => /<b(\s+val="(1|true)")?\s*\/>/.test(m[1] ?? ''));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => ({ date: isDate(Number(attr(m[0], 'numFmtId') ?? 0)), bold: fonts[Number(attr(m[0], 'fontId') ?? 0)] ?? false }));
}

export interface SheetCell {
  text: string;
  bold: boolean;
}

/** The first sheet of a workbook's parts as rows of cells, empty rows left out. */
export function sheetRows(parts: Record<string, Uint8Array>): SheetCell[][] {
  const text = (name: string) => (parts[name] ? strFromU8(parts[name]) : undefined);
  const workbook = text('xl/workbook.xml') ?? '';
  const firstId = attr(/<sheet\b[^>]*>/.exec(workbook)?.[0] ?? '', 'r:id');
  const rels = text('xl/_rels/workbook.xml.rels') ?? '';
  const target = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => attr(r, 'Id') === firstId);
  const sheetPath = target ? `xl/${(attr(target, 'Target') ?? '').replace(/^\/?xl\//, '')}` : 'xl/worksheets/sheet1.xml';
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => itemText(m[1]));
  const styles = cellStyles(text('xl/styles.xml'));
  const column = (ref: string) => [...(/^[A-Z]+/.exec(ref)?.[0] ?? 'A')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const EMPTY: SheetCell = { text: '', bold: false };
  const rows: SheetCell[][] = [];
  for (const row of (text(sheetPath) ?? '').matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: SheetCell[] = [];
    for (const c of row[1].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const [head, body = ''] = [c[1], c[2]];
      const type = attr(head, 't');
      const style = styles[Number(attr(head, 's') ?? 0)];
      const v = decode(/<v>([^<]*)<\/v>/.exec(body)?.[1] ?? '');
      const value = type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? itemText(body) : type === 'b' ? (v === '1' ? 'TRUE' : 'FALSE') : v && !type && style?.date ? serialDate(Number(v)) : v;
      cells[column(attr(head, 'r') ?? '')] = { text: value.trim(), bold: !!style?.bold };
    }
    const filled = Array.from(cells, (x) => x ?? EMPTY);
    if (filled.some((x) => x.text)) rows.push(filled);
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...Array<SheetCell>(width - r.length).fill(EMPTY)]);
  // A list's heading row with nothing filled in under it: the object's picture shows empty rows
  // there, which a sheet does not store; one is kept, so that the headings head an empty list
  // rather than read as a question and its answer.
  return padded.length === 1 && padded[0].every((c) => c.bold) ? [...padded, Array<SheetCell>(width).fill(EMPTY)] : padded;
}

/** The sheet's cells as a table in WordprocessingML, bold where the cell's style is. */
const tableXml = (rows: SheetCell[][]) =>
  `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:p>${c.text.split('\n').map((l, i) => `<w:r>${c.bold ? '<w:rPr><w:b/></w:rPr>' : ''}${i ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(l)}</w:t></w:r>`).join('')}</w:p></w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;

/** The document's XML with each run holding an embedded worksheet left out and the sheet's cells
 *  put as a table after the paragraph it stood in, or null where it embeds none that can be read.
 *  `workbook` gives a relationship id's workbook parts. */
export function withSheetsAsTables(documentXml: string, workbook: (relId: string) => Record<string, Uint8Array> | null): string | null {
  if (!documentXml.includes('<o:OLEObject')) return null;
  let out = '';
  let at = 0;
  for (const m of documentXml.matchAll(/<w:r(?:\s[^>]*)?>(?:(?!<\/w:r>)[\s\S])*?<w:object\b[\s\S]*?<\/w:object>(?:(?!<w:r[\s>])[\s\S])*?<\/w:r>/g)) {
    const ole = /<o:OLEObject\b[^>]*>/.exec(m[0])?.[0] ?? '';
    const relId = attr(ole, 'r:id');
    const parts = relId && /^Excel\.Sheet/.test(attr(ole, 'ProgID') ?? '') ? workbook(relId) : null;
    const rows = parts ? sheetRows(parts) : [];
    const end = documentXml.indexOf('</w:p>', m.index + m[0].length);
    if (!rows.length || end < 0 || m.index < at) continue;
    out += `${documentXml.slice(at, m.index)}${documentXml.slice(m.index + m[0].length, end)}</w:p>${tableXml(rows)}`;
    at = end + '</w:p>'.length;
  }
  return at ? out + documentXml.slice(at) : null;
}
