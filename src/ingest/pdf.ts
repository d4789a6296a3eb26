// Reads a PDF into lines. pdfjs-dist gives positioned text items; rebuilding lines by y and then x
// keeps a tick glyph beside the option it belongs to ("☒ Female ☐ Male"), which plain text
// extraction (pdf-parse's getText) loses. Filled-in form fields are not page text at all: their
// values are read from the widgets and placed on the line where the widget sits.
import { IMAGE, type LineBlock, type SourceDocument, visible } from './document.js';
import { CafqaFileError, fail } from './errors.js';
import { CHECKED, type MarkedText, UNCHECKED, chosenOptions, hasEmptyRadio, normaliseTicks, withoutStruck } from './ticks.js';
import { EMPTY_FIELD, withoutWritingLines } from './placeholders.js';
import { loadPdfJs } from './pdfjs.js';
import { garbledRatio } from './text-quality.js';
import { withoutPageFurniture } from './furniture.js';
import { columnSplit, rowsOf } from './pdf-columns.js';
import { sheetSplit } from './pdf-sheet.js';
import { withoutSheetHeadings } from './sheet-headings.js';
import { asksForSignature, offersOptions, pageGraphics, struckThrough } from './pdf-graphics.js';
import { withoutBalloons } from './pdf-markup.js';
import { withFootnotes } from './pdf-footnotes.js';
import { apply, boxIn, readingFrame } from './pdf-frame.js';
import { justifiedSpaces } from './pdf-justified.js';
import { spacedWordGap, withLettersClosedUp } from './pdf-spaced.js';
import { runOf, withTurnedUpright } from './pdf-vertical.js';
import { withoutSlantedText } from './pdf-watermark.js';

interface Item {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold?: boolean;
  /** struck through: an option deleted */
  struck?: boolean;
  /** a form field's value or a picture: its width is its box's */
  boxed?: boolean;
  /** which way it runs: along the line, or turned up or down the page */
  run?: ReturnType<typeof runOf>;
  /** a word printed letter-spaced, closed up */
  spaced?: boolean;
}

interface Widget {
  fieldType?: string;
  fieldValue?: unknown;
  checkBox?: boolean;
  radioButton?: boolean;
  buttonValue?: string;
  exportValue?: string;
  rect: number[];
  subtype: string;
  /** a text annotation's words */
  contentsObj?: { str?: string };
}

function widgetText(w: Widget): string | null {
  if (w.fieldType === 'Btn' && (w.checkBox || w.radioButton)) {
    const v = String(w.fieldValue ?? 'Off');
    const on = w.radioButton ? v === w.buttonValue : v !== 'Off' && v !== '';
    return on ? CHECKED : UNCHECKED;
  }
  if (w.fieldType === 'Tx' || w.fieldType === 'Ch') {
    const v = Array.isArray(w.fieldValue) ? w.fieldValue.join(', ') : String(w.fieldValue ?? '');
    // An empty field is an answer box left blank: it reads as Word's unanswered control does, so
    // the question beside it is seen to have its own (blank) answer.
    return v.replace(/\s*[\r\n]+\s*/g, ' ').trim() || EMPTY_FIELD;
  }
  return null;
}

/** Text that stands in a box on the page rather than in its text: a form field's value, or a
 *  picture's stand-in. */
interface Placed {
  text: string;
  rect: number[];
}

/** The items and placed answers before a split (`before` their x), then those after it. */
function parted(items: Item[], placed: Placed[], before: (x: number) => boolean): [Item[], Placed[]][] {
  return [
    [items.filter((it) => before(it.x)), placed.filter((w) => before(w.rect[0]))],
    [items.filter((it) => !before(it.x)), placed.filter((w) => !before(w.rect[0]))],
  ];
}

/** The page's lines: of each page the sheet holds (`middle`, where two are printed to a sheet),
 *  and of each column of text, in reading order. */
function buildLines(items: Item[], placed: Placed[], page: number, middle: number | null): LineBlock[] {
  if (middle === null) return textLines(items, placed, page);
  const [[leftItems, leftPlaced], [rightItems, rightPlaced]] = parted(items, placed, (x) => x < middle);
  return [...textLines(leftItems, leftPlaced, page, 'left'), ...textLines(rightItems, rightPlaced, page, 'right')];
}

function textLines(items: Item[], placed: Placed[], page: number, half?: 'left' | 'right'): LineBlock[] {
  const split = columnSplit(items);
  if (split === null) return columnLines(items, placed, page, '', half);
  const [[leftItems, leftPlaced], [rightItems, rightPlaced]] = parted(items, placed, (x) => x < split - 2);
  return [...columnLines(leftItems, leftPlaced, page, 'left column, ', half), ...columnLines(rightItems, rightPlaced, page, 'right column, ', half)];
}

function columnLines(items: Item[], placed: Placed[], page: number, column: string, half?: 'left' | 'right'): LineBlock[] {
  const rows = rowsOf(items);
  for (const { text, rect } of placed) {
    const [x1, y1, x2, y2] = rect;
    // A field's answer (or a picture) belongs on the text line that runs through its box, nearest its top.
    const inside = rows.filter((r) => r.y >= y1 - 1 && r.y <= y2 + 1).sort((a, b) => b.y - a.y)[0];
    const size = Math.min(10, Math.max(6, (y2 - y1) * 0.6));
    const item = { text, x: x1 + 1, y: inside?.y ?? y2 - size, width: Math.max(1, x2 - x1 - 2), size, boxed: true };
    if (inside) inside.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((r, i) => {
    const sorted = r.items.sort((a, b) => a.x - b.x);
    const spaces = justifiedSpaces(sorted);
    const cells: { text: string; x: number; end: number; bold: boolean; spaced: boolean; pieces: (MarkedText & { struck?: boolean })[] }[] = [];
    for (const [k, it] of sorted.entries()) {
      const last = cells[cells.length - 1];
      const gap = last ? it.x - last.end : Infinity;
      if (last && (gap < it.size * 0.5 || spaces.has(k) || (!!it.spaced && last.spaced && spacedWordGap(gap, it.size)))) {
        const text = gap > it.size * 0.15 && !last.text.endsWith(' ') ? ` ${it.text}` : it.text;
        last.text += text;
        last.pieces.push({ text, marked: !!it.bold, struck: it.struck });
        last.end = Math.max(last.end, it.x + it.width);
        last.bold &&= !!it.bold;
        last.spaced = !!it.spaced;
      } else {
        cells.push({ text: it.text, x: it.x, end: it.x + it.width, bold: !!it.bold, spaced: !!it.spaced, pieces: [{ text: it.text, marked: !!it.bold, struck: it.struck }] });
      }
    }
    // "Male / Female" with the chosen option in bold among plain ones is a ticked box.
    for (const c of cells) {
      if (c.pieces.some((p) => p.struck)) c.text = withoutStruck(c.pieces);
      else if (!c.bold) c.text = chosenOptions(c.pieces) ?? c.text;
    }
    const radioGroup = cells.some((c) => hasEmptyRadio(c.text));
    return {
      kind: 'line' as const,
      page,
      ...(half ? { half } : {}),
      y: Math.round(r.y * 10) / 10,
      loc: `page ${page}, ${half ? `${half} half, ` : ''}${column}line ${i + 1}`,
      cells: cells
        .map((c) => ({ text: normaliseTicks(withoutWritingLines(c.text), radioGroup).replace(/\s+/g, ' ').trim(), x: Math.round(c.x), end: Math.round(c.end), ...(c.bold ? { bold: true } : {}) }))
        .filter((c) => c.text),
    };
  }).filter((l) => l.cells.length > 0);
}

/** A line the page's drawing may answer: a signature asked with nothing beside it (a picture may
 *  be), or options with no box in the text (boxes may be drawn, or options struck through). The
 *  drawing costs about as much again as the text, so it is read only for such lines. */
function drawingMayAnswer(line: LineBlock): boolean {
  const text = line.cells.map((c) => c.text).join(' ');
  return (asksForSignature(text) && line.cells.length === 1) || (offersOptions(text) && !/[☒☐]/.test(text));
}

const BOLD_FONT = /bold|black|heavy|semibold|demi/i;

export interface PdfLimits {
  maxPages: number;
}

export async function readPdf(file: string, bytes: Uint8Array, limits: PdfLimits): Promise<Omit<SourceDocument, 'sha256'>> {
  const pdfjs = await loadPdfJs();
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({ data: bytes, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, fontExtraProperties: true }).promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') {
      return fail('ENCRYPTED', 'The PDF is password-protected. Ask the sender for an unprotected copy, or open it with the password and print it to a new PDF.');
    }
    return fail('CORRUPT', `The PDF is damaged or truncated and cannot be opened (${(e as Error).message}). Ask for a new copy of the file.`);
  }
  try {
    if (doc.numPages > limits.maxPages) {
      fail('TOO_LARGE', `The PDF has ${doc.numPages} pages, over the limit of ${limits.maxPages}; a CAF is rarely more than 20. Split it or raise --max-pages.`);
    }
    const blocks: LineBlock[] = [];
    const warnings: string[] = [];
    let chars = 0;
    const allText: string[] = [];
    // Font names are document-wide ("g_d0_f1"), so a font named once is known on every page.
    const boldFont = new Map<string, boolean>();
    const slanted: { page: number; marking: string }[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      for (const [id, style] of Object.entries(content.styles as Record<string, { name?: string }>)) {
        if (style.name !== undefined) boldFont.set(id, BOLD_FONT.test(style.name));
      }
      // Without cafqa's patch to pdf.js (patches/, applied on install), which puts each font's
      // own name in the text styles, fonts are only named once a page's operators are read, which
      // costs as much again as the text. Labels are bold on almost every form, so it is worth it.
      const fonts = new Set(content.items.flatMap((i) => ('fontName' in i ? [i.fontName] : [])));
      if ([...fonts].some((f) => !boldFont.has(f))) {
        await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
        for (const f of fonts) {
          const font = page.commonObjs.has(f) ? (page.commonObjs.get(f) as { name?: string }) : null;
          boldFont.set(f, BOLD_FONT.test(font?.name ?? ''));
        }
      }
      const isBold = (fontName: string) => boldFont.get(fontName) ?? false;
      const texts = content.items.filter((raw) => 'str' in raw && raw.str.trim()) as { str: string; transform: number[]; width: number; height: number; fontName: string }[];
      const frame = readingFrame(texts, page.view);
      const { items: unslanted, marking } = withoutSlantedText(texts.map((raw) => {
        const t = raw.transform;
        const [x, y] = apply(frame, t[4], t[5]);
        return { text: visible(raw.str), x, y, width: raw.width, size: Math.hypot(t[2], t[3]) || raw.height || 10, bold: isBold(raw.fontName), run: runOf(frame, t) } as Item;
      }));
      if (marking !== null) slanted.push({ page: p, marking });
      const items = withTurnedUpright(unslanted);
      const { items: unballooned, balloons } = withoutBalloons(items);
      if (balloons) warnings.push(`page ${p} was printed with ${balloons} reviewer's comment(s) in the margin, left out of the answers`);
      const text = withLettersClosedUp(withFootnotes(unballooned).items);
      const annotations = (await page.getAnnotations()) as Widget[];
      const placed: Placed[] = annotations.flatMap((w) => {
        // A flat form filled in with a reader's "add text" tool holds its answers in text
        // annotations laid over the page, not in the page's text.
        const text = w.subtype === 'Widget' ? widgetText(w) : w.subtype === 'FreeText' ? w.contentsObj?.str?.replace(/\s*[\r\n]+\s*/g, ' ').trim() || null : null;
        return text === null ? [] : [{ text, rect: boxIn(frame, w.rect) }];
      });
      // Where the sheet holds two pages; the drawing read below adds answers, not text.
      const middle = sheetSplit(text, boxIn(frame, page.view));
      let lines = buildLines(text, placed, p, middle);
      if (lines.some(drawingMayAnswer)) {
        const drawn = await pageGraphics(page, frame);
        placed.push(...drawn.images.map((rect) => ({ text: IMAGE, rect })), ...drawn.boxes.map((b) => ({ text: b.ticked ? CHECKED : UNCHECKED, rect: b.rect })));
        for (const it of text) if (struckThrough(it, drawn.rules)) it.struck = true;
        lines = buildLines(text, placed, p, middle);
      }
      const pageText = lines.map((l) => l.cells.map((c) => c.text).join(' ')).join('\n');
      chars += pageText.replace(/[\s☒☐]/g, '').length;
      allText.push(pageText);
      if (!pageText.trim()) warnings.push(`page ${p} has no text (a scanned page?)`);
      blocks.push(...lines);
      page.cleanup();
    }
    if (slanted.length) {
      const marking = slanted.find((s) => s.marking)?.marking;
      warnings.push(`${slanted.length === doc.numPages ? 'every page' : `page(s) ${slanted.map((s) => s.page).join(', ')}`} ${marking ? `marked "${marking}"` : 'with text set'} on the slant (a watermark or stamp), left out of the answers`);
    }
    if (chars < 40) {
      fail('NO_TEXT_LAYER', `The PDF has no text layer${doc.numPages ? ` on any of its ${doc.numPages} page(s)` : ''}: it is probably a scan or a photo. Run it through OCR, or ask for the original Word or PDF form.`);
    }
    const ratio = garbledRatio(allText.join('\n'));
    if (ratio > 0.25) {
      fail('GARBLED_TEXT', `The PDF's text comes out as symbols (${Math.round(ratio * 100)}% of letters unreadable): its fonts have no Unicode map. Print it to a new PDF from the original, or ask for the Word version.`);
    }
    return { file, format: 'pdf', pages: doc.numPages, blocks: withoutSheetHeadings(withoutPageFurniture(blocks)), warnings };
  } catch (e) {
    if (e instanceof CafqaFileError) throw e;
    return fail('CORRUPT', `The PDF could not be read to the end (${(e as Error).message}). Ask for a new copy of the file.`);
  } finally {
    await doc.destroy();
  }
}
