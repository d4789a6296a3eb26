// Small fictional documents built in the test itself, for the cases the sample set does not hold:
// damaged, protected, scanned, garbled and non-CAF files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@cantoo/fontkit';
import { PDFDocument, StandardFonts, rgb } from '@cantoo/pdf-lib';
import { type Element, h1, h2, p, table } from '../../samples/lib/model.js';
import { writeDocx } from '../../samples/lib/write-docx.js';
import { writePdf } from '../../samples/lib/write-pdf.js';

const require = createRequire(import.meta.url);
const fontDir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');

export const tempDir = () => mkdtempSync(join(tmpdir(), 'cafqa-test-'));

export function write(dir: string, name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** A short but complete fictional CAF, enough for every checklist item to be found. */
export const miniCaf: Element[] = [
  h1('Common Assessment Framework'),
  h2('Details of the child or young person being assessed'),
  table([0.4, 0.6], [
    [[{ bold: 'Given name(s)' }], [{ answer: 'Ruby' }]],
    [[{ bold: 'Family name' }], [{ answer: 'Fairweather' }]],
    [[{ bold: 'Date of birth' }], [{ answer: '04/05/2016' }]],
    [[{ bold: 'Gender' }], [{ ticks: [{ label: 'Male', checked: false }, { label: 'Female', checked: true }] }]],
    [[{ bold: 'Ethnicity' }], [{ answer: 'WBRI' }]],
    [[{ bold: 'Does the child have a disability?' }], [{ ticks: [{ label: 'Yes', checked: false }, { label: 'No', checked: true }] }]],
  ]),
  h2('Assessment information'),
  table([0.4, 0.6], [
    [[{ bold: 'Date assessment started' }], [{ answer: '12/03/2025' }]],
    [[{ bold: 'Who was present at the assessment?' }], [{ placeholder: 'Click here to enter text.' }]],
  ]),
  h2('What has led to this assessment?'),
  p('Ruby has missed 9 days of school this half term.'),
];

export const docxOf = (els: Element[]) => writeDocx(els, { tickStyle: 'control' });
export const pdfOf = (els: Element[], fillable = false) => writePdf(els, { tickStyle: 'glyph', fillable });

export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await pdfOf(miniCaf));
  doc.encrypt({ userPassword: 'secret', ownerPassword: 'owner' });
  return doc.save();
}

/** A page that is all picture: drawn shapes and no text, as a scan is. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  for (let y = 100; y < 760; y += 14) page.drawRectangle({ x: 60, y, width: 300 + (y % 170), height: 6, color: rgb(0.2, 0.2, 0.2) });
  return doc.save();
}

/** Text that extracts as look-alike symbols, as a font without a Unicode map gives (seed 000). */
export async function garbledPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(fontDir + 'DejaVuSans.ttf'), { subset: true });
  const page = doc.addPage([595, 842]);
  const lines = ['/ƻƳƳƻƴ !ǎǎŜǎǎƳŜƴǘ CǊŀƳŜǿƻǊƪ', 'ŀǎǎŜǎǎƳŜƴǘǎ ǿŜǊŜ ƭŜǎǎ ƭƛƪŜƭȅ ǘƻ ōŜ ƎǊŀŘŜŘ ΨƎƻƻŘΩ', 'ǘƘŜ ŦŀƳƛƭȅ ƛǎ ƛǎƻƭŀǘŜŘ ǿƛǘƘ ƴƻ ǎǳǇǇƻǊǘ', 'ƻǊ ΨƴƻƴŜΩ ƘŀŘ ōŜŜƴ ǊŜŎƻǊŘŜŘ όŦƛǾŜ ŦƻǊƳǎύ'];
  lines.forEach((l, i) => page.drawText(l, { x: 50, y: 780 - i * 16, size: 11, font }));
  return doc.save();
}

/** A letter, not an assessment: readable, but none of a CAF's questions. */
export const letter: Element[] = [
  p('Dear parent or carer,'),
  p('The school trip to the science museum will leave at 9am on Friday. Please bring a packed lunch and a waterproof coat.'),
  p('Yours sincerely, the school office'),
];

export async function helveticaPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(text, { x: 50, y: 780, size: 11, font });
  return doc.save();
}
