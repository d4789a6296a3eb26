// Bound content controls, embedded worksheets and imported documents, as a Word package holds them.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withBoundValues } from '../../src/ingest/docx-bindings.js';
import { sheetRows } from '../../src/ingest/docx-sheets.js';
import { DEFAULT_LIMITS, readDocument } from '../../src/ingest/index.js';
import { h2, type Element } from '../../samples/lib/model.js';
import { writeDocx } from '../../samples/lib/write-docx.js';
import { miniCaf, tempDir, write } from '../support/fixtures.js';

const STORE = '{11111111-2222-3333-4444-555555555555}';
const parts = (item: string) => ({
  'customXml/item1.xml': strToU8(item),
  'customXml/itemProps1.xml': strToU8(`<ds:datastoreItem ds:itemID="${STORE}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>`),
});
const bound = (path: string, props: string) =>
  `<w:sdt><w:sdtPr><w:showingPlcHdr/><w:dataBinding w:prefixMappings="xmlns:ns0='urn:x'" w:xpath="${path}" w:storeItemID="${STORE}"/>${props}</w:sdtPr><w:sdtContent><w:r><w:t>Click here to enter text.</w:t></w:r></w:sdtContent></w:sdt>`;

describe('controls bound to a custom XML part', () => {
  const entries = parts('<case xmlns="urn:x"><child><dob>2019-02-07T00:00:00</dob></child><child><dob>2021-11-30</dob></child><level>L2</level><name>Ruby &amp; Jo</name></case>');

  it('shows a date picker in its own format, a list by its display text, text as written', () => {
    const xml = [
      bound('/ns0:case[1]/ns0:child[2]/ns0:dob[1]', '<w:date><w:dateFormat w:val="d MMMM yyyy"/></w:date>'),
      bound('/ns0:case[1]/ns0:level[1]', '<w:dropDownList><w:listItem w:displayText="Level 1" w:value="L1"/><w:listItem w:displayText="Level 2 - early help" w:value="L2"/></w:dropDownList>'),
      bound('/ns0:case[1]/ns0:name[1]', '<w:text/>'),
    ].join('');
    const out = withBoundValues(xml, entries) ?? '';
    expect(out).toContain('<w:t xml:space="preserve">30 November 2021</w:t>');
    expect(out).toContain('<w:t xml:space="preserve">Level 2 - early help</w:t>');
    expect(out).toContain('<w:t xml:space="preserve">Ruby &amp; Jo</w:t>');
    expect(out).not.toContain('showingPlcHdr');
  });

  it('leaves a control whose path the part does not answer, and a document with no part, as they are', () => {
    const xml = bound('/ns0:case[1]/ns0:missing[1]', '<w:text/>');
    expect(withBoundValues(xml, entries)).toBeNull();
    expect(withBoundValues(xml, {})).toBeNull();
  });
});

describe('an embedded workbook', () => {
  it('reads its first sheet: shared and inline strings, a date serial in a date style, bold headings', () => {
    const workbook = {
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/plan.xml"/></Relationships>'),
      'xl/sharedStrings.xml': strToU8('<sst><si><t>Action</t></si><si><r><t>By </t></r><r><t>when</t></r></si></sst>'),
      'xl/styles.xml': strToU8('<styleSheet><fonts><font><sz val="11"/></font><font><b/></font></fonts><cellXfs><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1"/><xf numFmtId="14" fontId="0"/></cellXfs></styleSheet>'),
      'xl/worksheets/plan.xml': strToU8('<worksheet><sheetData><row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="C1" s="1" t="s"><v>1</v></c></row><row r="2"/><row r="3"><c r="A3" t="inlineStr"><is><t>Home visit</t></is></c><c r="C3" s="2"><v>45748</v></c></row></sheetData></worksheet>'),
    };
    expect(sheetRows(workbook)).toEqual([
      [{ text: 'Action', bold: true }, { text: '', bold: false }, { text: 'By when', bold: true }],
      [{ text: 'Home visit', bold: false }, { text: '', bold: false }, { text: '01/04/2025', bold: false }],
    ]);
  });
});

describe('a form with an embedded worksheet that cannot be opened', () => {
  it('is still read, the object left as the picture it shows', async () => {
    const form: Element[] = [...miniCaf, h2('Family plan'), { t: 'table', widths: [0.5, 0.5], sheet: true, rows: [[[{ bold: 'Action' }], [{ bold: 'Who' }]], [['Home visit'], ['Health visitor']]] }];
    const parts = unzipSync(writeDocx(form, { tickStyle: 'glyph' }));
    parts['word/embeddings/Microsoft_Excel_Worksheet1.xlsx'] = strToU8('not a zip at all');
    const doc = await readDocument(write(tempDir(), 'broken-sheet.docx', zipSync(parts)));
    const text = JSON.stringify(doc.blocks);
    expect(text).toContain('Fairweather');
    expect(text).not.toContain('Home visit');
  });
});

describe('a document assembled from imported Word documents', () => {
  const form: Element[] = [...miniCaf, h2('Family plan'), { t: 'table', widths: [0.5, 0.5], rows: [[[{ bold: 'Action' }], [{ bold: 'Who' }]], [['Home visit'], ['Health visitor']]] }];

  it('reads an imported section that cannot be opened as missing, says so, and reads the rest', async () => {
    const parts = unzipSync(writeDocx(form, { tickStyle: 'glyph', assembled: true }));
    const imported = Object.keys(parts).filter((n) => /^word\/altChunk\d+\.docx$/.test(n));
    expect(imported.length).toBeGreaterThan(1);
    parts[imported[imported.length - 1]] = strToU8('PK\u0003\u0004 truncated');
    const doc = await readDocument(write(tempDir(), 'broken-import.docx', zipSync(parts)));
    expect(JSON.stringify(doc.blocks)).toContain('Fairweather');
    expect(JSON.stringify(doc.blocks)).not.toContain('Home visit');
    expect(doc.warnings.join(' ')).toMatch(/a document it imports \(word\/altChunk\d+\.docx\) could not be read/);
  });

  it('counts what the imported documents expand to against the unzipped size limit', async () => {
    const bytes = writeDocx(form, { tickStyle: 'glyph', assembled: true });
    const file = write(tempDir(), 'imports.docx', bytes);
    const declared = (zip: Uint8Array) => {
      let n = 0;
      unzipSync(zip, { filter: (f) => ((n += f.originalSize), false) });
      return n;
    };
    const parts = unzipSync(bytes);
    const imported = Object.keys(parts).filter((n) => n.endsWith('.docx')).reduce((n, name) => n + declared(parts[name]), 0);
    const whole = await readDocument(file, { ...DEFAULT_LIMITS, maxUnzippedBytes: declared(bytes) + imported });
    expect(JSON.stringify(whole.blocks)).toContain('Home visit');
    // Each imported document alone is within the limit; together with the document they are not.
    await expect(readDocument(file, { ...DEFAULT_LIMITS, maxUnzippedBytes: declared(bytes) + 100 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});
