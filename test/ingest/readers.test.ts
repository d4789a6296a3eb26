// Pins what the readers make of real Word and PDF constructs. mammoth's document tree is not its
// public API: if an upgrade changes it, these tests fail here, not somewhere downstream.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/ingest/document.js';
import { readDocument } from '../../src/ingest/index.js';
import { loadPdfJs } from '../../src/ingest/pdfjs.js';
import { EMPTY_FIELD } from '../../src/ingest/placeholders.js';
import { h2, p, table } from '../../samples/lib/model.js';
import { writeDocx } from '../../samples/lib/write-docx.js';
import { writePdf } from '../../samples/lib/write-pdf.js';
import { tempDir, write } from '../support/fixtures.js';

const form = [
  h2('Consent'),
  p({ bold: 'Consent obtained: ' }, 'Yes'),
  table([0.4, 0.6], [
    [[{ bold: 'Gender' }], [{ ticks: [{ label: 'Male', checked: false }, { label: 'Female', checked: true }] }]],
    [[{ bold: 'Religion' }], [{ placeholder: 'Click or tap here to enter text.' }]],
    [[{ bold: 'Ethnicity' }], [{ answer: 'Black African' }]],
  ]),
];

const dir = tempDir();
const texts = (blocks: Block[]) => blocks.map((b) => ('cells' in b ? b.cells.map((c) => c.text).join(' | ') : 'rows' in b ? b.rows.map((r) => r.join(' | ')).join(' / ') : 'label' in b ? `${b.label} = ${b.value}` : b.text));

describe('Word reader', () => {
  it.each(['control', 'legacy', 'glyph', 'bracket'] as const)('keeps %s tick boxes beside their options and blanks placeholders', async (tickStyle) => {
    const doc = await readDocument(write(dir, `ticks-${tickStyle}.docx`, writeDocx(form, { tickStyle })));
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', text: 'Consent', level: 2 });
    expect(doc.blocks[1]).toMatchObject({ kind: 'field', label: 'Consent obtained', value: 'Yes', loc: 'paragraph 2' });
    expect(doc.blocks[2]).toMatchObject({ kind: 'table', loc: 'table 1' });
    expect((doc.blocks[2] as { rows: string[][] }).rows).toEqual([['Gender', '☐ Male ☒ Female'], ['Religion', ''], ['Ethnicity', 'Black African']]);
  });
});

describe('PDF reader', () => {
  it('rebuilds lines with tick glyphs beside their options and bold labels marked', async () => {
    const doc = await readDocument(write(dir, 'printed.pdf', await writePdf(form, { tickStyle: 'glyph' })));
    const lines = texts(doc.blocks);
    expect(lines).toContain('Gender | ☐ Male ☒ Female');
    expect(lines).toContain('Religion | Click or tap here to enter text.');
    const gender = doc.blocks.find((b) => b.kind === 'line' && b.cells[0].text === 'Gender');
    expect(gender).toMatchObject({ kind: 'line', page: 1, cells: [{ text: 'Gender', bold: true }, { text: '☐ Male ☒ Female' }] });
  });

  it('reads filled-in form fields onto the line where they sit', async () => {
    const doc = await readDocument(write(dir, 'fillable.pdf', await writePdf(form, { tickStyle: 'control', fillable: true })));
    const lines = texts(doc.blocks);
    expect(lines).toContain('Ethnicity | Black African');
    expect(lines.find((l) => l.startsWith('Gender'))).toMatch(/^Gender \| ☐ Male \| ☒ Female$/);
    // An empty field is a blank answer box beside its question, read as Word's unanswered control.
    expect(lines.find((l) => l.startsWith('Religion'))).toBe(`Religion | ${EMPTY_FIELD}`);
  });

  it('names fonts from the text alone, and leaves V8 its own push and JSON.parse', async () => {
    const pdfjs = await loadPdfJs();
    const doc = await pdfjs.getDocument({ data: await writePdf(form, { tickStyle: 'glyph' }), verbosity: 0 }).promise;
    const { styles } = await (await doc.getPage(1)).getTextContent();
    await doc.destroy();
    // Without patches/pdfjs-dist (patch-package, on install) every PDF page is parsed twice.
    const names = Object.values(styles as Record<string, { name?: string }>).map((s) => s.name);
    expect(names.every((n) => typeof n === 'string')).toBe(true);
    expect(names.some((n) => /bold/i.test(n!))).toBe(true);
    expect(Function.prototype.toString.call(Array.prototype.push)).toContain('[native code]');
    expect(Function.prototype.toString.call(JSON.parse)).toContain('[native code]');
  });

  it("joins a justified line's widened spaces into its words, and leaves columns of one width apart", async () => {
    const justified = [
      table([0.2, 0.4, 0.4], [
        [[{ bold: 'Date of the assessment' }], ['23 April 2025'], ['']],
        [[{ bold: 'Name of the lead professional' }], ['Lee Latimer'], ['']],
        [[{ bold: 'Seen at home' }], ['Yes'], ['Yes']],
      ]),
    ];
    const lines = texts((await readDocument(write(dir, 'justified.pdf', await writePdf(justified, { tickStyle: 'glyph', justified: true })))).blocks);
    expect(lines).toEqual(['Date of the | 23 April 2025', 'assessment', 'Name of the lead | Lee Latimer', 'professional', 'Seen at home | Yes | Yes']);
  });
});

describe('a watermark, a strict document', () => {
  const rows = table([0.35, 0.65], Array.from({ length: 24 }, (_, i) => [[{ bold: `Question ${i + 1}` }], [`Answer ${i + 1}`]]));

  it("leaves a PDF's watermark, printed a letter at a time on the slant, out of the lines it crosses, and says the form is marked", async () => {
    const doc = await readDocument(write(dir, 'watermark.pdf', await writePdf([rows], { tickStyle: 'glyph', watermark: 'DRAFT' })));
    expect(texts(doc.blocks)).toEqual(Array.from({ length: 24 }, (_, i) => `Question ${i + 1} | Answer ${i + 1}`));
    expect(doc.warnings).toContain('every page marked "DRAFT" on the slant (a watermark or stamp), left out of the answers');
  });

  it("says a Word document is marked by its watermark, which prints behind every page", async () => {
    const doc = await readDocument(write(dir, 'watermark.docx', writeDocx([rows], { tickStyle: 'glyph', watermark: 'Draft' })));
    expect(doc.warnings).toEqual(['every page marked "DRAFT" (Word\'s watermark)']);
    expect(texts(doc.blocks)).toHaveLength(1);
  });

  it('reads a document saved as Strict Open XML as its transitional twin', async () => {
    const transitional = await readDocument(write(dir, 'transitional.docx', writeDocx(form, { tickStyle: 'control' })));
    const strict = await readDocument(write(dir, 'strict.docx', writeDocx(form, { tickStyle: 'control', strict: true })));
    expect(texts(strict.blocks)).toEqual(texts(transitional.blocks));
    expect(texts(strict.blocks).join('\n')).toContain('Black African');
  });
});

describe("a template's drop-down lists, a report exported as text frames", () => {
  it('reads a legacy drop-down field as the entry chosen, the first where the field keeps no choice', async () => {
    const lists = table([0.4, 0.6], [
      [[{ bold: 'Gender' }], [{ dropdown: ['Please select', 'Male', 'Female'], chosen: 2 }]],
      [[{ bold: 'Disability' }], [{ dropdown: ['Please select', 'Yes', 'No'], chosen: 0 }]],
    ]);
    const doc = await readDocument(write(dir, 'dropdowns.docx', writeDocx([lists], { tickStyle: 'legacy' })));
    expect(texts(doc.blocks)).toEqual(['Gender | Female / Disability | Please select']);
  });

  it('reads frames by where they stand on the page, not by the order the document lists them in', async () => {
    const doc = await readDocument(write(dir, 'frames.docx', writeDocx(form, { tickStyle: 'glyph', frames: true })));
    // The document lists every label before any answer; read by place, each answer is beside its question.
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', text: 'Consent', level: 2 });
    expect(texts(doc.blocks)).toEqual(['Consent', 'Consent obtained: Yes', 'Gender | ☐ Male ☒ Female', 'Religion', 'Ethnicity | Black African']);
    expect(doc.blocks[2]).toMatchObject({ kind: 'line', page: 1, loc: 'page 1, line 3 (text frames)', cells: [{ text: 'Gender', x: 50, bold: true }, { bold: false }] });
  });
});

describe('options listed with boxes for bullets', () => {
  it("reads a list item's box bullet, ticked or not, before its option: Word keeps it in the list's definition", async () => {
    const listed = [p({ bold: 'Consent to share information' }), p({ ticks: [{ label: 'Given in writing', checked: false }, { label: 'Given verbally', checked: true }] })];
    const doc = await readDocument(write(dir, 'bullets.docx', writeDocx(listed, { tickStyle: 'bullets' })));
    expect(texts(doc.blocks)).toEqual(['Consent to share information', '☐ Given in writing', '☒ Given verbally']);
  });
});
