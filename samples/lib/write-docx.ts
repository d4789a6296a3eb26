// Writes WordprocessingML by hand rather than through a document library, because the samples must
// contain the constructs real council templates use and libraries do not emit: content controls
// showing their placeholder, w14 checkbox controls and legacy FORMCHECKBOX fields.
import { strFromU8, strToU8, zipSync } from 'fflate';
import { type Element, type RenderOptions, type Run, withOwnRunning } from './model.js';
import { SHEET_PNG, SIGNATURE_PNG, SIGNATURE_SIZE } from './signature-png.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function textRuns(text: string, bold = false): string {
  const rPr = bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return text
    .split('\n')
    .map((line, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(line)}</w:t></w:r>`)
    .join('');
}

let sdtId = 1000;
/** the comments of the document being written, in order of their ids */
let comments: string[] = [];
/** the footnotes of the document being written, numbered from 1 as Word numbers them */
let footnotes: string[] = [];
/** the values of the document's bound controls, in the order of their elements in the custom XML part */
let boundValues: string[] = [];
/** the worksheets embedded in the document being written, each a table's cells as text */
let sheets: SheetCell[][][] = [];
type SheetCell = { text: string; bold: boolean };

/** The custom XML part's store item the bound controls point at, as Word names it. */
const STORE_ITEM = '{6A1F2C3B-0D4E-4F5A-9B8C-7D6E5F4A3B2C}';
/** A control bound to the next element of the custom XML part that holds `value`. */
function binding(value: string): string {
  const n = boundValues.push(value);
  return `<w:dataBinding w:prefixMappings="xmlns:ns0='urn:schemas-council:early-help'" w:xpath="/ns0:assessment[1]/ns0:field${n}[1]" w:storeItemID="${STORE_ITEM}"/>`;
}

function tickXml(checked: boolean, style: RenderOptions['tickStyle'], mark: '☒' | '✔' = '☒', bound = false): string {
  // A bound box keeps the state the template was saved with (unticked); its value is the part's.
  if (bound) return `<w:sdt><w:sdtPr><w:id w:val="${sdtId++}"/>${binding(checked ? 'true' : 'false')}<w14:checkbox><w14:checked w14:val="0"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>`;
  if (style === 'control' || style === 'vector') {
    const [code, font] = mark === '✔' ? ['2714', 'Segoe UI Symbol'] : ['2612', 'MS Gothic'];
    return `<w:sdt><w:sdtPr><w:id w:val="${sdtId++}"/><w14:checkbox><w14:checked w14:val="${checked ? 1 : 0}"/><w14:checkedState w14:val="${code}" w14:font="${font}"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>${checked ? mark : '☐'}</w:t></w:r></w:sdtContent></w:sdt>`;
  }
  if (style === 'legacy') {
    return `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check${sdtId++}"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="${checked ? 1 : 0}"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  }
  if (style === 'bracket') return textRuns(checked ? '[x]' : '[ ]');
  if (style === 'radio') return textRuns(checked ? '●' : '○');
  if (style === 'wingdings') return `<w:r><w:sym w:font="Wingdings" w:char="${checked ? 'F0FE' : 'F0A8'}"/></w:r>`;
  if (style === 'wingdings2') return `<w:r><w:sym w:font="Wingdings 2" w:char="${checked ? 'F052' : 'F0A3'}"/></w:r>`;
  return textRuns(checked ? '☒' : '☐');
}

function runXml(run: Run, opts: RenderOptions): string {
  if (typeof run === 'string') return textRuns(run);
  if ('nested' in run) throw new Error('a nested table is a block of its own, not a run');
  if ('bold' in run) {
    if (opts.styledBold) return textRuns(run.bold).replace(/<w:r>/g, '<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr>');
    return opts.smallCaps ? textRuns(run.bold, true).replace(/<w:b\/>/g, '<w:b/><w:smallCaps/>') : textRuns(run.bold, true);
  }
  if ('italic' in run) return textRuns(run.italic).replace(/<w:r>/g, '<w:r><w:rPr><w:i/></w:rPr>');
  if ('tracked' in run) {
    const mark = () => `w:id="${sdtId++}" w:author="Team Manager" w:date="2025-01-01T00:00:00Z"`;
    const { del, ins } = run.tracked;
    return `${del ? `<w:del ${mark()}><w:r><w:delText xml:space="preserve">${esc(del)}</w:delText></w:r></w:del>` : ''}${ins ? `<w:ins ${mark()}>${textRuns(ins)}</w:ins>` : ''}`;
  }
  if (opts.legacyText && ('answer' in run || 'placeholder' in run)) {
    const result = 'answer' in run ? textRuns(run.answer) : `<w:r><w:t xml:space="preserve">${'\u2002'.repeat(5)}</w:t></w:r>`;
    return `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text${sdtId++}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  }
  if (opts.bound && ('answer' in run || 'placeholder' in run)) {
    const placeholder = 'placeholder' in run ? run.placeholder : 'Click or tap here to enter text.';
    return `<w:sdt><w:sdtPr><w:id w:val="${sdtId++}"/><w:showingPlcHdr/>${binding('answer' in run ? run.answer : '')}<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">${esc(placeholder)}</w:t></w:r></w:sdtContent></w:sdt>`;
  }
  if ('answer' in run) {
    return `<w:sdt><w:sdtPr><w:id w:val="${sdtId++}"/><w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>${textRuns(run.answer)}</w:sdtContent></w:sdt>`;
  }
  if ('placeholder' in run) {
    return `<w:sdt><w:sdtPr><w:id w:val="${sdtId++}"/><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">${esc(run.placeholder)}</w:t></w:r></w:sdtContent></w:sdt>`;
  }
  if ('image' in run) return SIGNATURE_DRAWING;
  if ('note' in run) return `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${footnotes.push(run.note)}"/></w:r>`;
  if ('comment' in run) {
    const id = comments.push(run.comment) - 1;
    return `<w:commentRangeStart w:id="${id}"/><w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
  }
  if ('merged' in run) return '';
  // Word writes a field inserted alone as w:fldSimple, one edited or nested as begin / separate /
  // end marks around its code and result; a case system's merge writes either.
  if ('merge' in run) {
    const shown = textRuns(run.value ?? `«${run.merge}»`);
    return sdtId++ % 2 ? `<w:fldSimple w:instr=" MERGEFIELD ${run.merge} ">${shown}</w:fldSimple>` : `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD ${run.merge} \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${shown}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  }
  // Word writes the chosen entry's number only where it is not the first; the field shows no text
  // of its own in the document, Word draws the entry from the field's data.
  if ('dropdown' in run) {
    const result = run.chosen ? `<w:result w:val="${run.chosen}"/>` : '';
    const entries = run.dropdown.map((e) => `<w:listEntry w:val="${esc(e)}"/>`).join('');
    return `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Dropdown${sdtId++}"/><w:enabled/><w:calcOnExit w:val="0"/><w:ddList>${result}${entries}</w:ddList></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  }
  if ('hidden' in run) return textRuns(run.hidden).replace(/<w:r>/g, '<w:r><w:rPr><w:vanish/></w:rPr>');
  // The cell's text direction and shading are the cell's own (tableXml); the text is plain.
  if ('vertical' in run) return textRuns(run.vertical);
  if ('band' in run) return textRuns(run.band);
  // A paragraph of its own under the answer's, as the printed caption stands under the line.
  if ('caption' in run) return `</w:p><w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>${textRuns(run.caption).replace(/<w:r>/g, '<w:r><w:rPr><w:sz w:val="14"/><w:color w:val="595959"/></w:rPr>')}</w:p><w:p>`;
  if ('box' in run) {
    return `<w:r><w:pict><v:shape id="box${sdtId++}" type="#_x0000_t202" style="position:absolute;margin-left:170pt;width:300pt;height:${18 * Math.max(1, Math.ceil(run.box.length / 70))}pt"><v:textbox><w:txbxContent>${para(textRuns(run.box))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
  }
  if (opts.tickStyle === 'struck') {
    // With none chosen, nothing is struck: the question was left as printed.
    const chosen = run.ticks.some((t) => t.checked);
    return run.ticks.map((t) => (chosen && !t.checked ? `<w:r><w:rPr><w:strike/></w:rPr><w:t xml:space="preserve">${esc(t.label)}</w:t></w:r>` : textRuns(t.label))).join(textRuns(' / '));
  }
  if (opts.tickStyle === 'highlight') {
    return run.ticks.map((t) => (t.checked ? `<w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">${esc(t.label)}</w:t></w:r>` : textRuns(t.label))).join(textRuns(' / '));
  }
  if (opts.tickStyle === 'deleted') {
    return textRuns(run.ticks.filter((t) => t.checked).map((t) => t.label).join(', '));
  }
  // Each option a paragraph of its own in a list whose bullet is the box: numbering 1 an empty
  // box, 2 a ticked one (NUMBERING).
  if (opts.tickStyle === 'bullets') {
    return `</w:p>${run.ticks.map((t) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${t.checked ? 2 : 1}"/></w:numPr></w:pPr>${textRuns(t.label)}</w:p>`).join('')}<w:p>`;
  }
  return run.ticks.map((t) => `${tickXml(t.checked, opts.tickStyle, opts.repeating ? '✔' : '☒', opts.bound)}${textRuns(` ${t.label}   `)}`).join('');
}

/** Two bullet lists whose bullets are Wingdings' boxes, empty (F0A8) and ticked (F0FE), as Word's
 *  Define New Bullet writes a symbol chosen from a font. */
const boxList = (id: number, char: string) =>
  `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#x${char};"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>`;
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${boxList(0, 'F0A8')}${boxList(1, 'F0FE')}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

/** A cell that holds only bold runs: a question's label, not an answer. */
const isLabel = (cell: Run[]) => cell.length > 0 && cell.every((r) => typeof r === 'object' && 'bold' in r);

const para = (inner: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${inner}</w:p>`;

function elementXml(el: Element, opts: RenderOptions): string {
  if (el.t === 'h1' || el.t === 'h2') {
    const runs = opts.letterSpaced ? textRuns(el.text).replace(/<w:r>/g, '<w:r><w:rPr><w:caps/><w:spacing w:val="60"/></w:rPr>') : textRuns(el.text);
    return para(runs, el.t === 'h1' ? 'Heading1' : 'Heading2');
  }
  if (el.t === 'p') return para(el.runs.map((r) => runXml(r, opts)).join(''));
  if (el.t === 'running') return '';
  // A section's properties stand in its last paragraph; the landscape section is the document's last.
  if (el.t === 'landscape') return para(`<w:pPr><w:sectPr>${PORTRAIT}${MARGINS}</w:sectPr></w:pPr>`);
  if (el.sheet) return sheetObject(el.rows.map((row) => row.map((cell) => ({ text: plainText(cell), bold: isLabel(cell) }))));
  return `${tableXml(el, opts)}${para('')}`;
}

function tableXml(el: Extract<Element, { t: 'table' }>, opts: RenderOptions, total = 9000): string {
  const grid = el.widths.map((w) => `<w:gridCol w:w="${Math.round(w * total)}"/>`).join('');
  const rows = el.rows
    .map((row, r) => {
      const cells = row.map((cell, i) => {
        const span = i === row.length - 1 && row.length < el.widths.length ? `<w:gridSpan w:val="${el.widths.length - row.length + 1}"/>` : '';
        // A nested table stands between the cell's paragraphs; a cell must end with a paragraph.
        const inner = cell.map((r) => (typeof r === 'object' && 'nested' in r ? `</w:p>${tableXml({ t: 'table', ...r.nested }, opts, Math.round((el.widths[i] ?? 0.2) * total) - 200)}<w:p>` : runXml(r, opts))).join('');
        const merged = (c: Run[] | undefined) => !!c?.some((r) => typeof r === 'object' && 'merged' in r);
        const vMerge = merged(cell) ? '<w:vMerge/>' : merged(el.rows[r + 1]?.[i]) ? '<w:vMerge w:val="restart"/>' : '';
        const has = (k: 'vertical' | 'band') => cell.some((r) => typeof r === 'object' && k in r);
        const look = `${el.middle ? '<w:vAlign w:val="center"/>' : ''}${has('band') ? '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' : ''}${has('vertical') ? '<w:textDirection w:val="btLr"/>' : ''}`;
        // A rich text control around the answer's paragraphs, as a Word 2013 template has it.
        const flush = el.right?.includes(i) ? '<w:pPr><w:jc w:val="right"/></w:pPr>' : '';
        const content = opts.repeating && !isLabel(cell) ? `<w:sdt><w:sdtPr><w:alias w:val="Answer"/><w:tag w:val="answer${sdtId}"/><w:id w:val="${sdtId++}"/></w:sdtPr><w:sdtContent>${para(inner)}</w:sdtContent></w:sdt>` : flush ? `<w:p>${flush}${inner}</w:p>` : para(inner);
        return `<w:tc><w:tcPr><w:tcW w:w="${Math.round((el.widths[i] ?? 0.2) * total)}" w:type="dxa"/>${span}${vMerge}${look}</w:tcPr>${content}</w:tc>`;
      });
      return `<w:tr>${r === 0 && el.repeatHeader ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.join('')}</w:tr>`;
    });
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${total}" w:type="dxa"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${opts.repeating && el.widths.length >= 3 ? repeatingRows(rows) : rows.join('')}</w:tbl>`;
}

/** A list's rows after its header as a repeating section, each row an item of it, as Word 2013
 *  templates let the practitioner add a row for each action or household member. */
function repeatingRows([header, ...items]: string[]): string {
  const item = (row: string) => `<w:sdt><w:sdtPr><w:id w:val="${sdtId++}"/><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>${row}</w:sdtContent></w:sdt>`;
  return `${header}<w:sdt><w:sdtPr><w:alias w:val="Rows"/><w:id w:val="${sdtId++}"/><w15:repeatingSection/></w:sdtPr><w:sdtContent>${items.map(item).join('')}</w:sdtContent></w:sdt>`;
}

/** A frame's text as near as a measure needs it: what it says, to count its lines. */
function plainText(runs: Run[]): string {
  return runs
    .map((r) => (typeof r === 'string' ? r : 'bold' in r ? r.bold : 'italic' in r ? r.italic : 'answer' in r ? r.answer : 'placeholder' in r ? r.placeholder : 'ticks' in r ? r.ticks.map((t) => `☐ ${t.label}   `).join('') : ''))
    .join('');
}

/** The elements as frames placed on A4 pages, as a report writer exports its page to Word: each
 *  heading, paragraph and table cell a frame at its place, a page's frames written a column at a
 *  time, top to bottom within each, and a page break before the next page's. */
function framedXml(elements: Element[], opts: RenderOptions): string {
  // A4 in twentieths of a point, inside MARGINS' 1000 all round.
  const [LEFT, TOP, WIDTH, BOTTOM, LINE] = [1000, 1000, 11906 - 2000, 16838 - 1000, 260];
  const lines = (text: string, w: number) => text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / (w / 100))), 0);
  type Frame = { x: number; y: number; w: number; h: number; xml: string; style?: string };
  const pages: Frame[][] = [[]];
  let y = TOP;
  const place = (row: { x: number; w: number; runs: Run[]; style?: string }[]) => {
    const h = Math.max(...row.map((f) => lines(plainText(f.runs), f.w))) * LINE + 60;
    if (y + h > BOTTOM) {
      pages.push([]);
      y = TOP;
    }
    for (const f of row) pages[pages.length - 1].push({ x: f.x, y, w: f.w, h, xml: f.runs.map((r) => runXml(r, opts)).join(''), style: f.style });
    y += h + 40;
  };
  for (const el of elements) {
    if (el.t === 'h1' || el.t === 'h2') place([{ x: LEFT, w: WIDTH, runs: [el.text], style: el.t === 'h1' ? 'Heading1' : 'Heading2' }]);
    else if (el.t === 'p') place([{ x: LEFT, w: WIDTH, runs: el.runs }]);
    else if (el.t === 'table') {
      for (const row of el.rows) {
        let x = LEFT;
        place(row.map((cell, i) => {
          const w = Math.round((i === row.length - 1 ? el.widths.slice(i).reduce((a, b) => a + b, 0) : el.widths[i]) * WIDTH);
          const f = { x, w: w - 80, runs: cell };
          x += w;
          return f;
        }));
      }
    }
  }
  const frame = (f: Frame) => `<w:p><w:pPr>${f.style ? `<w:pStyle w:val="${f.style}"/>` : ''}<w:framePr w:w="${f.w}" w:h="${f.h}" w:hRule="exact" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="${f.x}" w:y="${f.y}"/><w:spacing w:before="0" w:after="0"/></w:pPr>${f.xml}</w:p>`;
  return pages.map((page) => [...page].sort((a, b) => a.x - b.x || a.y - b.y).map(frame).join('')).join('<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
}

/** A worksheet embedded as an object, as Word keeps one: a VML shape showing the object's
 *  picture and an OLEObject pointing at the workbook among the document's embeddings. */
function sheetObject(rows: SheetCell[][]): string {
  const n = sheets.push(rows);
  const height = 15 * rows.length;
  return para(`<w:r><w:object w:dxaOrig="9000" w:dyaOrig="${height * 20}"><v:shape id="_x0000_i10${n}" type="#_x0000_t75" style="width:450pt;height:${height}pt" o:ole=""><v:imagedata r:id="rIdSheetPicture" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i10${n}" DrawAspect="Content" ObjectID="_17${String(n).padStart(8, '0')}" r:id="rIdSheet${n}"/></w:object></w:r>`);
}

/** A workbook of one sheet as Excel writes it: its text in the shared strings, each cell naming
 *  its string by number, headings in a bold cell style. */
function workbook(rows: SheetCell[][], mtime: Date): Uint8Array {
  const strings: string[] = [];
  const ref = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;
  const data = rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => (v.text ? `<c r="${ref(r, c)}"${v.bold ? ' s="1"' : ''} t="s"><v>${strings.push(v.text) - 1}</v></c>` : '')).join('')}</row>`).join('');
  const SS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const part = (xml: string): [Uint8Array, { mtime: Date }] => [strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`), { mtime }];
  return zipSync({
    '[Content_Types].xml': part(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`),
    '_rels/.rels': part(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': part(`<workbook xmlns="${SS}" ${R}><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': part(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_TYPE}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL_TYPE}/styles" Target="styles.xml"/></Relationships>`),
    'xl/styles.xml': part(`<styleSheet xmlns="${SS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyFont="1"/></cellXfs></styleSheet>`),
    'xl/worksheets/sheet1.xml': part(`<worksheet xmlns="${SS}"><sheetData>${data}</sheetData></worksheet>`),
    'xl/sharedStrings.xml': part(`<sst xmlns="${SS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`),
  }, { level: 6 });
}

const EMU = 9525;
/** The signature picture inline in its run, as Word stores a pasted image: a drawing whose blip
 *  points at the image part through the document's relationships. */
const SIGNATURE_DRAWING = `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${SIGNATURE_SIZE.w * EMU}" cy="${SIGNATURE_SIZE.h * EMU}"/><wp:docPr id="1" name="Signature"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="signature.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdSig"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${SIGNATURE_SIZE.w * EMU}" cy="${SIGNATURE_SIZE.h * EMU}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const STRONG = '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:uiPriority w:val="22"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>';
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="20"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style></w:styles>`;

const PORTRAIT = '<w:pgSz w:w="11906" w:h="16838"/>';
const LANDSCAPE = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>';
const MARGINS = '<w:pgMar w:top="1000" w:right="1000" w:bottom="1000" w:left="1000"/>';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const HF_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Word's own header and footer parts, page numbers as PAGE / NUMPAGES fields; a watermark is
 *  a WordArt shape in the header, as Word's Design › Watermark puts it. */
function runningPart(kind: 'hdr' | 'ftr', text: string, watermark?: string): string {
  const field = (name: string) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${name} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  const inner = text.split(/(\{page\}|\{pages\})/).map((s) => (s === '{page}' ? field('PAGE') : s === '{pages}' ? field('NUMPAGES') : s ? textRuns(s) : '')).join('');
  const mark = watermark
    ? `<w:r><w:pict><v:shape id="PowerPlusWaterMarkObject" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:468pt;height:156pt;rotation:315;z-index:-251655168;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="${esc(watermark)}"/></v:shape></w:pict></w:r>`
    : '';
  const vml = watermark ? ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"' : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${kind} ${W} ${R}${vml}>${para(mark + inner)}</w:${kind}>`;
}

/** Transitional namespaces and their ISO 29500 strict counterparts, as Word's "Strict Open XML
 *  Document" writes them; the package's own (content types, relationships) are the same in both. */
const STRICT: [string, string][] = [
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'],
  ['http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing', 'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing'],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'],
  ['http://schemas.openxmlformats.org/drawingml/2006/picture', 'http://purl.oclc.org/ooxml/drawingml/picture'],
];
const strictXml = (xml: string) => STRICT.reduce((x, [from, to]) => x.split(from).join(to), xml).replace('<w:document ', '<w:document w:conformance="strict" ');

/** The form as a case system assembles it: its first section with what comes before it, then
 *  each later section on its own. */
function sectionsOf(elements: Element[]): Element[][] {
  const starts = elements.flatMap((el, i) => (el.t === 'h2' ? [i] : [])).slice(1);
  return [0, ...starts].map((from, n) => elements.slice(from, starts[n] ?? elements.length));
}

const DOCUMENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

export function writeDocx(all: Element[], given: RenderOptions): Uint8Array {
  const [whole, opts] = withOwnRunning(all, given);
  // Each imported section is a document of its own, written before this one's state is set up.
  const [elements, ...imported] = opts.assembled ? sectionsOf(whole) : [whole];
  const parts = imported.map((section) => writeDocx(section, { tickStyle: opts.tickStyle }));
  comments = [];
  footnotes = [];
  boundValues = [];
  sheets = [];
  const written = opts.frames ? framedXml(elements, opts) : elements.map((el) => elementXml(el, opts)).join('');
  const body = opts.htmlChunk ? '<w:altChunk r:id="rIdChunk"/>' : parts.length ? written + parts.map((_, i) => `<w:altChunk r:id="rIdPart${i + 1}"/>`).join('') : opts.justified ? written.replace(/<w:p>/g, '<w:p><w:pPr><w:jc w:val="both"/></w:pPr>') : written;
  const pictured = body.includes('r:embed="rIdSig"');
  const refs = opts.running ? '<w:headerReference w:type="default" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/>' : opts.watermark ? '<w:headerReference w:type="default" r:id="rId2"/>' : '';
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}${opts.running || opts.watermark || pictured || opts.htmlChunk || parts.length ? ` ${R}` : ''}${pictured ? ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"' : ''}${body.includes('<v:shape') ? ' xmlns:v="urn:schemas-microsoft-com:vml"' : ''}${body.includes('<o:OLEObject') ? ` xmlns:o="urn:schemas-microsoft-com:office:office"${pictured || opts.running || opts.watermark || opts.htmlChunk || parts.length ? '' : ` ${R}`}` : ''} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"${opts.repeating ? ' xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"' : ''} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14${opts.repeating ? ' w15' : ''}"><w:body>${body}<w:sectPr>${refs}${opts.landscape || elements.some((el) => el.t === 'landscape') ? LANDSCAPE : PORTRAIT}${MARGINS}${opts.columns ? `<w:cols w:num="${opts.columns}" w:space="567"/>` : ''}</w:sectPr></w:body></w:document>`;
  // A fixed timestamp keeps regenerated samples byte-identical.
  const mtime = new Date('2025-01-01T00:00:00Z');
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    '[Content_Types].xml': [strToU8(CONTENT_TYPES), { mtime }],
    '_rels/.rels': [strToU8(RELS), { mtime }],
    'word/_rels/document.xml.rels': [strToU8(DOC_RELS), { mtime }],
    'word/document.xml': [strToU8(document), { mtime }],
    // Only a form that uses the Strong style has it, so that other forms keep their bytes.
    'word/styles.xml': [strToU8(opts.styledBold ? STYLES.replace('<w:style w:type="character" w:styleId="PlaceholderText">', `${STRONG}<w:style w:type="character" w:styleId="PlaceholderText">`) : STYLES), { mtime }],
  };
  if (opts.running) {
    files['[Content_Types].xml'][0] = strToU8(CONTENT_TYPES.replace('</Types>', `<Override PartName="/word/header1.xml" ContentType="${HF_TYPE}.header+xml"/><Override PartName="/word/footer1.xml" ContentType="${HF_TYPE}.footer+xml"/></Types>`));
    files['word/_rels/document.xml.rels'][0] = strToU8(DOC_RELS.replace('</Relationships>', `<Relationship Id="rId2" Type="${REL_TYPE}/header" Target="header1.xml"/><Relationship Id="rId3" Type="${REL_TYPE}/footer" Target="footer1.xml"/></Relationships>`));
    files['word/header1.xml'] = [strToU8(runningPart('hdr', opts.running.header, opts.watermark)), { mtime }];
    files['word/footer1.xml'] = [strToU8(runningPart('ftr', opts.running.footer)), { mtime }];
  } else if (opts.watermark) {
    files['[Content_Types].xml'][0] = strToU8(CONTENT_TYPES.replace('</Types>', `<Override PartName="/word/header1.xml" ContentType="${HF_TYPE}.header+xml"/></Types>`));
    files['word/_rels/document.xml.rels'][0] = strToU8(DOC_RELS.replace('</Relationships>', `<Relationship Id="rId2" Type="${REL_TYPE}/header" Target="header1.xml"/></Relationships>`));
    files['word/header1.xml'] = [strToU8(runningPart('hdr', '', opts.watermark)), { mtime }];
  }
  if (opts.tickStyle === 'bullets') {
    files['[Content_Types].xml'][0] = strToU8(strFromU8(files['[Content_Types].xml'][0]).replace('</Types>', `<Override PartName="/word/numbering.xml" ContentType="${HF_TYPE}.numbering+xml"/></Types>`));
    files['word/_rels/document.xml.rels'][0] = strToU8(strFromU8(files['word/_rels/document.xml.rels'][0]).replace('</Relationships>', `<Relationship Id="rIdNumbering" Type="${REL_TYPE}/numbering" Target="numbering.xml"/></Relationships>`));
    files['word/numbering.xml'] = [strToU8(NUMBERING), { mtime }];
  }
  if (pictured) {
    files['[Content_Types].xml'][0] = strToU8(strFromU8(files['[Content_Types].xml'][0]).replace('<Default Extension="xml"', '<Default Extension="png" ContentType="image/png"/><Default Extension="xml"'));
    files['word/_rels/document.xml.rels'][0] = strToU8(strFromU8(files['word/_rels/document.xml.rels'][0]).replace('</Relationships>', `<Relationship Id="rIdSig" Type="${REL_TYPE}/image" Target="media/signature.png"/></Relationships>`));
    files['word/media/signature.png'] = [SIGNATURE_PNG, { mtime }];
  }
  if (opts.htmlChunk) {
    files['[Content_Types].xml'][0] = strToU8(strFromU8(files['[Content_Types].xml'][0]).replace('<Default Extension="xml"', '<Default Extension="mht" ContentType="message/rfc822"/><Default Extension="xml"'));
    files['word/_rels/document.xml.rels'][0] = strToU8(strFromU8(files['word/_rels/document.xml.rels'][0]).replace('</Relationships>', `<Relationship Id="rIdChunk" Type="${REL_TYPE}/aFChunk" Target="/word/afchunk.mht"/></Relationships>`));
    files['word/afchunk.mht'] = [strToU8(mht(htmlPage(elements, opts))), { mtime }];
  }
  if (parts.length) {
    files['[Content_Types].xml'][0] = strToU8(strFromU8(files['[Content_Types].xml'][0]).replace('</Types>', `${parts.map((_, i) => `<Override PartName="/word/altChunk${i + 1}.docx" ContentType="${DOCUMENT_TYPE}"/>`).join('')}</Types>`));
    files['word/_rels/document.xml.rels'][0] = strToU8(strFromU8(files['word/_rels/document.xml.rels'][0]).replace('</Relationships>', `${parts.map((_, i) => `<Relationship Id="rIdPart${i + 1}" Type="${REL_TYPE}/aFChunk" Target="altChunk${i + 1}.docx"/>`).join('')}</Relationships>`));
    parts.forEach((bytes, i) => (files[`word/altChunk${i + 1}.docx`] = [bytes, { mtime }]));
  }
  if (comments.length) {
    files['[Content_Types].xml'][0] = strToU8(strFromU8(files['[Content_Types].xml'][0]).replace('</Types>', `<Override PartName="/word/comments.xml" ContentType="${HF_TYPE}.comments+xml"/></Types>`));
    files['word/_rels/document.xml.rels'][0] = strToU8(strFromU8(files['word/_rels/document.xml.rels'][0]).replace('</Relationships>', `<Relationship Id="rIdComments" Type="${REL_TYPE}/comments" Target="comments.xml"/></Relationships>`));
    const xml = comments.map((c, id) => `<w:comment w:id="${id}" w:author="Team Manager" w:initials="TM" w:date="2025-01-01T00:00:00Z">${para(textRuns(c))}</w:comment>`).join('');
    files['word/comments.xml'] = [strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments ${W}>${xml}</w:comments>`), { mtime }];
  }
  if (footnotes.length) {
    files['[Content_Types].xml'][0] = strToU8(strFromU8(files['[Content_Types].xml'][0]).replace('</Types>', `<Override PartName="/word/footnotes.xml" ContentType="${HF_TYPE}.footnotes+xml"/></Types>`));
    files['word/_rels/document.xml.rels'][0] = strToU8(strFromU8(files['word/_rels/document.xml.rels'][0]).replace('</Relationships>', `<Relationship Id="rIdFootnotes" Type="${REL_TYPE}/footnotes" Target="footnotes.xml"/></Relationships>`));
    // Word's own separator notes come first; the form's notes follow, each led by its reference mark.
    const separators = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
    const xml = footnotes.map((n, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>${textRuns(` ${n}`)}</w:p></w:footnote>`).join('');
    files['word/footnotes.xml'] = [strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes ${W}>${separators}${xml}</w:footnotes>`), { mtime }];
  }
  // The part a case system writes its values into, and the properties that give it the store id
  // the controls' bindings name.
  if (boundValues.length) {
    files['[Content_Types].xml'][0] = strToU8(strFromU8(files['[Content_Types].xml'][0]).replace('</Types>', '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>'));
    files['word/_rels/document.xml.rels'][0] = strToU8(strFromU8(files['word/_rels/document.xml.rels'][0]).replace('</Relationships>', `<Relationship Id="rIdCustomXml" Type="${REL_TYPE}/customXml" Target="../customXml/item1.xml"/></Relationships>`));
    const fields = boundValues.map((v, i) => `<field${i + 1}>${esc(v)}</field${i + 1}>`).join('');
    files['customXml/item1.xml'] = [strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<assessment xmlns="urn:schemas-council:early-help">${fields}</assessment>`), { mtime }];
    files['customXml/itemProps1.xml'] = [strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${STORE_ITEM}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:schemas-council:early-help"/></ds:schemaRefs></ds:datastoreItem>`), { mtime }];
    files['customXml/_rels/item1.xml.rels'] = [strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_TYPE}/customXmlProps" Target="itemProps1.xml"/></Relationships>`), { mtime }];
  }
  if (sheets.length) {
    const types = strFromU8(files['[Content_Types].xml'][0]);
    const png = types.includes('Extension="png"') ? '' : '<Default Extension="png" ContentType="image/png"/>';
    files['[Content_Types].xml'][0] = strToU8(types.replace('<Default Extension="xml"', `<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>${png}<Default Extension="xml"`));
    const rels = sheets.map((_, i) => `<Relationship Id="rIdSheet${i + 1}" Type="${REL_TYPE}/package" Target="embeddings/Microsoft_Excel_Worksheet${i + 1}.xlsx"/>`).join('');
    files['word/_rels/document.xml.rels'][0] = strToU8(strFromU8(files['word/_rels/document.xml.rels'][0]).replace('</Relationships>', `${rels}<Relationship Id="rIdSheetPicture" Type="${REL_TYPE}/image" Target="media/sheet.png"/></Relationships>`));
    sheets.forEach((rows, i) => (files[`word/embeddings/Microsoft_Excel_Worksheet${i + 1}.xlsx`] = [workbook(rows, mtime), { mtime }]));
    files['word/media/sheet.png'] = [SHEET_PNG, { mtime }];
  }
  if (opts.strict) for (const [name, [bytes]] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) files[name][0] = strToU8(strictXml(strFromU8(bytes)));
  return zipSync(files, { level: 6 });
}

/** The form as a web system's HTML page: headings, paragraphs, tables with their labels in `th`
 *  cells, ticks as checkbox inputs where the web form had them. */
function htmlPage(elements: Element[], opts: RenderOptions): string {
  const h = (s: string) => esc(s).replace(/\n/g, '<br />');
  const run = (r: Run): string => {
    if (typeof r === 'string') return h(r);
    if ('bold' in r) return `<strong>${h(r.bold)}</strong>`;
    if ('italic' in r) return `<em>${h(r.italic)}</em>`;
    if ('answer' in r) return h(r.answer);
    if ('vertical' in r) return h(r.vertical);
    if ('band' in r) return h(r.band);
    if ('dropdown' in r) return h(r.dropdown[r.chosen]);
    if ('ticks' in r) {
      return r.ticks.map((t) => (opts.tickStyle === 'control' ? `<input type="checkbox"${t.checked ? ' checked="checked"' : ''} disabled="disabled" /> ${h(t.label)}` : `${t.checked ? '☒' : '☐'} ${h(t.label)}`)).join('&nbsp;&nbsp; ');
    }
    if ('nested' in r) return table(r.nested.rows);
    return '';
  };
  const table = (rows: Run[][][]) =>
    `<table border="1" cellpadding="4" style="border-collapse:collapse;width:100%">${rows.map((row) => `<tr>${row.map((cell) => (isLabel(cell) ? `<th style="text-align:left">${cell.map((r) => h((r as { bold: string }).bold)).join('')}</th>` : `<td>${cell.map(run).join('')}</td>`)).join('')}</tr>`).join('')}</table>`;
  const body = elements
    .map((el) => {
      if (el.t === 'h1' || el.t === 'h2') return `<${el.t}>${h(el.text)}</${el.t}>`;
      if (el.t === 'p') return `<p>${el.runs.map(run).join('')}</p>`;
      if (el.t === 'table') return table(el.rows);
      return '';
    })
    .join('\n');
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8" /><title>Assessment</title></head><body>\n${body}\n</body></html>`;
}

/** An HTML page wrapped as the MHT message that "export to Word" libraries hand Word: one
 *  quoted-printable part, lines folded at 76 characters. */
function mht(html: string): string {
  const qp = Array.from(strToU8(html.replace(/\r?\n/g, '\r\n')), (b) => (b === 13 || b === 10 ? String.fromCharCode(b) : (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('')
    .split('\r\n')
    .map((line) => {
      const out: string[] = [];
      let rest = line.replace(/ $/, '=20');
      while (rest.length > 75) {
        // A soft break must not part an "=XX" escape.
        let cut = 75;
        const esc3 = rest.lastIndexOf('=', cut);
        if (esc3 > cut - 3) cut = esc3;
        out.push(`${rest.slice(0, cut)}=`);
        rest = rest.slice(cut);
      }
      out.push(rest);
      return out.join('\r\n');
    })
    .join('\r\n');
  const B = '----=mhtDocumentPart';
  return `MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n    type="text/html";\r\n    boundary="${B}"\r\n\r\n\r\n--${B}\r\nContent-Type: text/html;\r\n    charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: file:///C:/fake/document.html\r\n\r\n${qp}\r\n\r\n--${B}--\r\n`;
}
