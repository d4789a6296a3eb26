// Prints the abstract page to PDF the way Word's "Save as PDF" or a case system's export would:
// table cells become text placed in columns, tick boxes become glyphs, and (fillable) answers stay
// in AcroForm fields rather than the page text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@cantoo/fontkit';
import { beginText, concatTransformationMatrix, degrees, endText, moveText, PDFDocument, type PDFFont, PDFHexString, type PDFImage, PDFOperator, PDFOperatorNames, type PDFPage, PDFString, popGraphicsState, pushGraphicsState, rgb, setFontAndSize } from '@cantoo/pdf-lib';
import { type Element, type RenderOptions, type Run, withOwnRunning } from './model.js';
import { SIGNATURE_PNG, SIGNATURE_SIZE } from './signature-png.js';

const require = createRequire(import.meta.url);
const fontDir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');

const PAGE = { w: 595, h: 842, margin: 48 };

interface Piece {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** struck through, as an option deleted */
  struck?: boolean;
  /** a box drawn, not typed: ticked or empty */
  box?: 'ticked' | 'empty';
  /** parts of one line in their own faces ("Yes / No" with the chosen option in bold) */
  inline?: Piece[];
  /** a footnote's number, raised and smaller, after the words it is on */
  sup?: boolean;
  /** a justified line: the width its words are spread to, as every line but a paragraph's last is */
  fill?: number;
  /** set small, as a paper form's printed caption under its writing line */
  small?: boolean;
}

interface Ctx {
  doc: PDFDocument;
  page: PDFPage;
  y: number;
  font: PDFFont;
  bold: PDFFont;
  size: number;
  opts: RenderOptions;
  fieldNo: number;
  /** the column being filled, where the page has two */
  col: number;
  commentNo: number;
  /** embedded only where a form holds one, so that forms without one keep their bytes */
  signature?: PDFImage;
  /** the italic face, embedded only where a form has italics, for the same reason */
  italic?: PDFFont;
  /** the size of the page being filled as it is read: landscape pages are wide */
  w: number;
  h: number;
  landscape: boolean;
  /** every page with the size it is read at, for the running header and footer */
  frames: { page: PDFPage; w: number; h: number }[];
  /** footnotes referred to on this page, printed at its foot when it is full */
  notes: { n: number; text: string }[];
}

/** Each footnote's number, in the order the form refers to them, as Word numbers them. */
let noteNumbers = new Map<Run, number>();

function tickText(checked: boolean, style: RenderOptions['tickStyle']): string {
  if (style === 'wingdings') return checked ? 'þ' : '¨';
  if (style === 'wingdings2') return checked ? 'R' : '£';
  if (style === 'radio') return checked ? '●' : '○';
  return style === 'bracket' ? (checked ? '[x]' : '[ ]') : checked ? '☒' : '☐';
}

/** Flattens runs to printable pieces; in fillable mode answers and ticks are returned apart. */
function pieces(runs: Run[], opts: RenderOptions): { text: Piece[]; answer?: string; ticks?: { label: string; checked: boolean }[]; image?: boolean; comments: string[]; vertical?: string } {
  const text: Piece[] = [];
  let vertical: string | undefined;
  let answer: string | undefined;
  let ticks: { label: string; checked: boolean }[] | undefined;
  let image = false;
  const comments: string[] = [];
  for (const r of runs) {
    if (typeof r === 'string') text.push({ text: r });
    else if ('note' in r) text.push({ text: String(noteNumbers.get(r)), sup: true });
    else if ('image' in r) image = true;
    else if ('merged' in r || 'hidden' in r) continue;
    else if ('box' in r) text.push({ text: r.box });
    else if ('band' in r) text.push({ text: r.band });
    else if ('caption' in r) text.push({ text: r.caption, small: true });
    else if ('vertical' in r) vertical = r.vertical;
    else if ('comment' in r) comments.push(r.comment);
    else if ('bold' in r) text.push({ text: r.bold, bold: true });
    else if ('italic' in r) text.push({ text: r.italic, italic: true });
    else if ('tracked' in r) text.push({ text: r.tracked.ins ?? '' });
    else if ('merge' in r) text.push({ text: r.value ?? `«${r.merge}»` });
    else if ('dropdown' in r) text.push({ text: r.dropdown[r.chosen] });
    else if ('answer' in r) {
      if (opts.fillable || opts.annotated) answer = r.answer;
      else text.push({ text: r.answer });
    } else if ('placeholder' in r) {
      if (opts.fillable) answer = '';
      else text.push({ text: r.placeholder });
    } else if ('nested' in r) throw new Error('drawBlock draws a nested table apart');
    else if (opts.fillable) ticks = r.ticks;
    else if (opts.tickStyle === 'vector') text.push({ text: '', inline: r.ticks.flatMap((t, i) => [...(i ? [{ text: '    ' }] : []), { text: '', box: t.checked ? ('ticked' as const) : ('empty' as const) }, { text: ` ${t.label}` }]) });
    else if (opts.tickStyle === 'struck') {
      const chosen = r.ticks.some((t) => t.checked);
      text.push({ text: '', inline: r.ticks.flatMap((t, i) => [...(i ? [{ text: ' / ' }] : []), { text: t.label, struck: chosen && !t.checked }]) });
    } else if (opts.tickStyle === 'highlight') text.push({ text: '', inline: r.ticks.flatMap((t, i) => [...(i ? [{ text: ' / ' }] : []), { text: t.label, bold: t.checked }]) });
    else if (opts.tickStyle === 'deleted') text.push({ text: r.ticks.filter((t) => t.checked).map((t) => t.label).join(', ') });
    else if (opts.tickStyle === 'bullets') text.push({ text: r.ticks.map((t) => `${tickText(t.checked, opts.tickStyle)}  ${t.label}`).join('\n') });
    else text.push({ text: r.ticks.map((t) => `${tickText(t.checked, opts.tickStyle)} ${t.label}`).join('   ') });
  }
  return { text, answer, ticks, image, comments, vertical };
}

interface Line {
  text: string;
  bold: boolean;
  italic?: boolean;
  inline?: Piece[];
  fill?: number;
  small?: boolean;
}

function wrap(ctx: Ctx, ps: Piece[], width: number): Line[] {
  const lines: Line[] = [];
  for (const p of ps) {
    // Options are short: a line of them is not wrapped.
    if (p.inline) {
      lines.push({ text: '', bold: false, inline: p.inline });
      continue;
    }
    const last = lines[lines.length - 1];
    if (p.sup && last) {
      lines[lines.length - 1] = { text: '', bold: false, inline: [...(last.inline ?? [{ text: last.text, bold: last.bold }]), p] };
      continue;
    }
    const font = p.bold ? ctx.bold : p.italic ? ctx.italic! : ctx.font;
    if (p.small) {
      lines.push(...wrap({ ...ctx, size: smallSize(ctx) }, [{ ...p, small: false }], width).map((l) => ({ ...l, small: true })));
      continue;
    }
    for (const para of p.text.split('\n')) {
      let line = '';
      for (const word of para.split(/\s+/).filter(Boolean)) {
        const next = line ? `${line} ${word}` : word;
        // A typesetter breaks a long word that will not fit, hyphenated, rather than the line before it.
        const cut = ctx.opts.typeset && line && font.widthOfTextAtSize(next, ctx.size) > width ? hyphenated(word, (part) => font.widthOfTextAtSize(`${line} ${part}-`, ctx.size) <= width) : null;
        const fill = ctx.opts.justified ? { fill: width } : {};
        if (cut) {
          lines.push({ text: `${line} ${cut[0]}-`, bold: !!p.bold, ...(p.italic ? { italic: true } : {}), ...fill });
          line = cut[1];
        } else if (line && font.widthOfTextAtSize(next, ctx.size) > width) {
          lines.push({ text: line, bold: !!p.bold, ...(p.italic ? { italic: true } : {}), ...fill });
          line = word;
        } else line = next;
      }
      if (line) lines.push({ text: line, bold: !!p.bold, ...(p.italic ? { italic: true } : {}) });
    }
  }
  return lines;
}

/** Room for what is to be drawn, its footnotes and those already due at this page's foot. */
/** A long word parted where the most of it fits, two letters at least on each side. */
function hyphenated(word: string, fits: (part: string) => boolean): [string, string] | null {
  if (!/^[a-z]{8,}[.,;]?$/i.test(word)) return null;
  for (let k = word.length - 3; k >= 4; k--) if (fits(word.slice(0, k))) return [word.slice(0, k), word.slice(k)];
  return null;
}

/** The ligatures a typesetter's fonts put in for these letters. */
const LIGATURES: [RegExp, string][] = [[/ffi/g, 'ﬃ'], [/ffl/g, 'ﬄ'], [/ff/g, 'ﬀ'], [/fi/g, 'ﬁ'], [/fl/g, 'ﬂ']];
const ligatured = (ctx: Ctx, text: string) => (ctx.opts.typeset ? LIGATURES.reduce((t, [re, lig]) => t.replace(re, lig), text) : text).replace(/\u00ad/g, '');

function ensure(ctx: Ctx, height: number, notes: { n: number; text: string }[] = []) {
  if (ctx.y - height < PAGE.margin + notesHeight(ctx, [...ctx.notes, ...notes])) nextColumn(ctx);
}

/** The right column of this page, where the page has two and the left is full; else a new page. */
function nextColumn(ctx: Ctx) {
  if (ctx.opts.columns && ctx.col === 0) ctx.col = 1;
  else {
    newPage(ctx, ctx.landscape);
    ctx.col = 0;
  }
  ctx.y = ctx.h - PAGE.margin;
}

/** A new page, landscape ones sideways on portrait paper where the form is printed so: the
 *  drawing is turned a quarter and the page turned back for reading. */
function newPage(ctx: Ctx, landscape: boolean) {
  footnotes(ctx);
  ctx.landscape = landscape;
  const wide = landscape || !!ctx.opts.landscape;
  [ctx.w, ctx.h] = wide ? [PAGE.h, PAGE.w] : [PAGE.w, PAGE.h];
  if (wide && ctx.opts.sideways) {
    ctx.page = ctx.doc.addPage([PAGE.w, PAGE.h]);
    ctx.page.setRotation(degrees(90));
    ctx.page.pushOperators(concatTransformationMatrix(0, 1, -1, 0, PAGE.w, 0));
  } else ctx.page = ctx.doc.addPage([ctx.w, ctx.h]);
  ctx.frames.push({ page: ctx.page, w: ctx.w, h: ctx.h });
  // Behind the text, as Word prints a header's watermark before the page's text.
  if (ctx.opts.watermark) drawWatermark(ctx.page, ctx.opts.watermark, ctx.w, ctx.h, ctx.bold);
}

/** A watermark as Word prints its WordArt: each letter drawn on its own, turned to the diagonal,
 *  large and pale, the word centred on the page. */
function drawWatermark(page: PDFPage, word: string, w: number, h: number, font: PDFFont) {
  const size = Math.min(110, (Math.hypot(w, h) * 0.6) / (word.length * 0.7));
  const total = font.widthOfTextAtSize(word, size);
  const [cos, sin] = [Math.SQRT1_2, Math.SQRT1_2];
  // The word's baseline runs up at 45° through the page's centre.
  let x = w / 2 - (total / 2) * cos + (size * 0.35) * sin;
  let y = h / 2 - (total / 2) * sin - (size * 0.35) * cos;
  for (const letter of word) {
    page.drawText(letter, { x, y, size, font, color: rgb(0.88, 0.88, 0.88), rotate: degrees(45) });
    const advance = font.widthOfTextAtSize(letter, size);
    x += advance * cos;
    y += advance * sin;
  }
}

const noteSize = (ctx: Ctx) => ctx.size - 1.5;
const noteLines = (ctx: Ctx, note: { n: number; text: string }) => wrap({ ...ctx, size: noteSize(ctx) }, [{ text: note.text }], column(ctx).width - 10);
function notesHeight(ctx: Ctx, notes: { n: number; text: string }[]): number {
  return notes.length ? 10 + notes.reduce((h, n) => h + noteLines(ctx, n).length * noteSize(ctx) * 1.35, 0) : 0;
}

/** The page's footnotes at its foot under a short rule, as Word prints them. */
function footnotes(ctx: Ctx) {
  if (!ctx.notes.length) return;
  const size = noteSize(ctx);
  const x = column(ctx).x;
  let y = PAGE.margin + notesHeight(ctx, ctx.notes);
  ctx.page.drawLine({ start: { x, y }, end: { x: x + 120, y }, thickness: 0.5 });
  y -= 4;
  for (const note of ctx.notes) {
    const lines = noteLines(ctx, note);
    ctx.page.drawText(String(note.n), { x, y: y - size * 0.9, size: size * 0.65, font: ctx.font });
    drawLines({ ...ctx, size }, lines, x + 10, y);
    y -= lines.length * size * 1.35;
  }
  ctx.notes = [];
}

/** The footnotes the runs refer to, each with its number. */
const notesIn = (runs: Run[]) => runs.flatMap((r) => (typeof r === 'object' && 'note' in r ? [{ n: noteNumbers.get(r)!, text: r.note }] : []));

const GUTTER = 18;
/** Where the text of the current column starts and how wide it is. */
function column(ctx: Ctx): { x: number; width: number } {
  const full = ctx.w - 2 * PAGE.margin - (ctx.opts.markup ? BALLOONS : 0);
  if (!ctx.opts.columns) return { x: PAGE.margin, width: full };
  const width = (full - GUTTER) / 2;
  return { x: PAGE.margin + ctx.col * (width + GUTTER), width };
}

/** Draws text as a print driver that writes no spaces sets it, with `glyphs`: each letter placed
 *  on its own, a space only the room left before the next. */
function put(ctx: Ctx, text: string, at: { x: number; y: number; size: number; font: Ctx['font'] }) {
  if (ctx.opts.smallCaps && at.font === ctx.bold) return smallCaps(ctx, text, at);
  if (!ctx.opts.glyphs) return ctx.page.drawText(text, at);
  let x = at.x;
  for (const ch of text) {
    if (ch !== ' ') ctx.page.drawText(ch, { ...at, x });
    x += at.font.widthOfTextAtSize(ch, at.size);
  }
}

/** Text in small capitals, with `smallCaps`: each run of lower-case letters drawn in capitals a
 *  fifth smaller, on its own, beside the capitals and spaces drawn full size. */
function smallCaps(ctx: Ctx, text: string, at: { x: number; y: number; size: number; font: Ctx['font'] }) {
  let x = at.x;
  for (const part of text.match(/[a-z\u00e0-\u00ff]+|[^a-z\u00e0-\u00ff]+/g) ?? []) {
    const small = /^[a-z\u00e0-\u00ff]/.test(part);
    const size = small ? at.size * 0.8 : at.size;
    const shown = small ? part.toUpperCase() : part;
    ctx.page.drawText(shown, { ...at, x, size });
    x += at.font.widthOfTextAtSize(shown, size);
  }
}

/** Text in letter-spaced type as Word's PDF export sets it: one TJ array, each letter followed
 *  by an adjustment that opens the gap after it (a third of the type's size). */
function spaced(ctx: Ctx, text: string, at: { x: number; y: number; size: number; font: Ctx['font'] }) {
  const parts = [...text].flatMap((ch) => [at.font.encodeText(ch), -330]);
  ctx.page.pushOperators(
    pushGraphicsState(),
    beginText(),
    setFontAndSize(ctx.page.node.newFontDictionary(at.font.name, at.font.ref), at.size),
    moveText(at.x, at.y),
    PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [ctx.doc.context.obj(parts)]),
    endText(),
    popGraphicsState(),
  );
}

function drawLines(ctx: Ctx, lines: Piece[], x: number, top: number, flushTo?: number) {
  lines.forEach((l, i) => {
    const y = top - (i + 1) * lineH(ctx) + 3;
    const font = l.bold ? ctx.bold : l.italic ? ctx.italic! : ctx.font;
    let at = flushTo !== undefined && !l.inline ? flushTo - font.widthOfTextAtSize(ligatured(ctx, l.text), ctx.size) : x;
    for (const seg of l.inline ?? [l]) {
      const font = seg.bold ? ctx.bold : seg.italic ? ctx.italic! : ctx.font;
      if (seg.sup) {
        ctx.page.drawText(seg.text, { x: at + 0.5, y: y + ctx.size * 0.38, size: ctx.size * 0.6, font });
        at += font.widthOfTextAtSize(seg.text, ctx.size * 0.6) + 0.5;
        continue;
      }
      if (seg.box) {
        const s = ctx.size * 0.85;
        ctx.page.drawRectangle({ x: at, y: y - 1, width: s, height: s, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.6 });
        if (seg.box === 'ticked') {
          ctx.page.drawLine({ start: { x: at + 1.5, y: y + 0.5 }, end: { x: at + s - 1.5, y: y + s - 2.5 }, thickness: 0.9 });
          ctx.page.drawLine({ start: { x: at + 1.5, y: y + s - 2.5 }, end: { x: at + s - 1.5, y: y + 0.5 }, thickness: 0.9 });
        }
        at += s;
        continue;
      }
      const shown = ligatured(ctx, seg.text);
      if (l.small) {
        ctx.page.drawText(shown, { x: at, y: y + 1, size: smallSize(ctx), font, color: rgb(0.35, 0.35, 0.35) });
        continue;
      }
      if (l.fill && !l.inline) {
        // As Word sets a justified line: each word placed on its own, the room left over shared
        // among the gaps between them.
        const words = shown.split(' ');
        const room = (l.fill - words.reduce((n, w) => n + font.widthOfTextAtSize(w, ctx.size), 0)) / Math.max(1, words.length - 1);
        for (const w of words) {
          ctx.page.drawText(w, { x: at, y, size: ctx.size, font });
          at += font.widthOfTextAtSize(w, ctx.size) + room;
        }
        continue;
      }
      put(ctx, shown, { x: at, y, size: ctx.size, font });
      const w = font.widthOfTextAtSize(shown, ctx.size);
      if (seg.struck) ctx.page.drawLine({ start: { x: at, y: y + ctx.size * 0.3 }, end: { x: at + w, y: y + ctx.size * 0.3 }, thickness: 0.7 });
      at += w;
    }
  });
}

const lineH = (ctx: Ctx) => ctx.size * 1.35;
const smallSize = (ctx: Ctx) => ctx.size * 0.75;

/** Draws one block of runs inside a box and returns the height it used; a nested table goes
 *  between the runs before it and after it. */
function drawBlock(ctx: Ctx, runs: Run[], x: number, top: number, width: number, dryRun: boolean, flush = false): number {
  const at = runs.findIndex((r) => typeof r === 'object' && 'nested' in r);
  if (at >= 0) {
    const nested = (runs[at] as Extract<Run, { nested: unknown }>).nested;
    let h = at > 0 ? drawBlock(ctx, runs.slice(0, at), x, top, width, dryRun) : 0;
    for (const row of nested.rows) h += drawRow(ctx, row, nested.widths, x, top - h, width, dryRun);
    return h + drawBlock(ctx, runs.slice(at + 1), x, top - h, width, dryRun);
  }
  const boxAt = runs.findIndex((r) => typeof r === 'object' && 'box' in r);
  if (boxAt >= 0) return drawFramed(ctx, runs.slice(0, boxAt), (runs[boxAt] as { box: string }).box, x, top, width, dryRun);
  const { text, answer, ticks, image, comments, vertical } = pieces(runs, ctx.opts);
  if (vertical !== undefined) {
    // Turned a quarter left, reading up the cell from its foot, as Word prints a cell whose text
    // runs bottom to top.
    const h = ctx.font.widthOfTextAtSize(vertical, ctx.size) + 4;
    if (!dryRun) ctx.page.drawText(vertical, { x: x + ctx.size, y: top - h + 2, size: ctx.size, font: ctx.font, rotate: degrees(90) });
    return h;
  }
  const lines = wrap(ctx, text, width);
  let h = lines.length * lineH(ctx);
  if (!dryRun) drawLines(ctx, lines, x, top, flush ? x + width : undefined);
  if (!dryRun) comments.forEach((c) => drawBalloon(ctx, c, top));
  if (!dryRun) ctx.notes.push(...notesIn(runs));
  if (image) {
    const w = Math.min(width, SIGNATURE_SIZE.w * 0.75);
    const ih = (w * SIGNATURE_SIZE.h) / SIGNATURE_SIZE.w;
    if (!dryRun) ctx.page.drawImage(ctx.signature!, { x, y: top - h - ih, width: w, height: ih });
    h += ih;
  }
  if (answer !== undefined) {
    const fieldLines = Math.max(1, wrap(ctx, [{ text: answer }], width - 4).length);
    const fh = fieldLines * lineH(ctx) + 4;
    if (!dryRun && ctx.opts.annotated) addText(ctx, answer, [x, top - h - fh, x + width, top - h]);
    else if (!dryRun) {
      const f = ctx.doc.getForm().createTextField(`Text${ctx.fieldNo++}`);
      if (fieldLines > 1 || answer.length > 40) f.enableMultiline();
      if (answer) f.setText(answer);
      f.addToPage(ctx.page, { x, y: top - h - fh, width, height: fh, font: ctx.font, borderWidth: 0 });
      f.setFontSize(ctx.size);
    }
    h += fh;
  }
  if (ticks) {
    let cx = x;
    if (!dryRun) {
      for (const t of ticks) {
        const cb = ctx.doc.getForm().createCheckBox(`Check Box${ctx.fieldNo++}`);
        cb.addToPage(ctx.page, { x: cx, y: top - h - lineH(ctx) + 2, width: 9, height: 9 });
        if (t.checked) cb.check();
        ctx.page.drawText(t.label, { x: cx + 12, y: top - h - lineH(ctx) + 3, size: ctx.size, font: ctx.font });
        cx += 12 + ctx.font.widthOfTextAtSize(t.label, ctx.size) + 14;
      }
    }
    h += lineH(ctx);
  }
  return h;
}

/** Text laid over the page as a reader's "add text" tool does: a FreeText annotation with its
 *  own appearance, so that it shows, though the page's text does not hold it. */
function addText(ctx: Ctx, text: string, rect: number[]) {
  const size = ctx.size;
  const lines = wrap(ctx, [{ text }], rect[2] - rect[0] - 4);
  const ops = lines.map((l, i) => `BT /F1 ${size} Tf 2 ${rect[3] - rect[1] - (i + 1) * lineH(ctx) + 3} Td ${ctx.font.encodeText(l.text).toString()} Tj ET`).join('\n');
  const ap = ctx.doc.context.stream(`0 0 0.6 rg ${ops}`, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, rect[2] - rect[0], rect[3] - rect[1]], Resources: { Font: { F1: ctx.font.ref } } });
  const annot = ctx.doc.context.obj({
    Type: 'Annot',
    Subtype: 'FreeText',
    Rect: rect,
    Contents: PDFHexString.fromText(text),
    DA: PDFString.of(`0 0 0.6 rg /Helv ${size} Tf`),
    F: 4,
    Border: [0, 0, 0],
    AP: { N: ctx.doc.context.register(ap) },
  });
  ctx.page.node.addAnnot(ctx.doc.context.register(annot));
}

/** A question with its answer in a frame beside it, as a text box prints. */
function drawFramed(ctx: Ctx, question: Run[], answer: string, x: number, top: number, width: number, dryRun: boolean): number {
  const pad = 3;
  const [qw, gap] = [width * 0.34, width * 0.04];
  const asked = wrap(ctx, pieces(question, ctx.opts).text, qw);
  const said = wrap(ctx, [{ text: answer }], width - qw - gap - 2 * pad);
  const h = Math.max(asked.length, said.length, 1) * lineH(ctx) + 2 * pad;
  if (!dryRun) {
    drawLines(ctx, asked, x, top - pad);
    ctx.page.drawRectangle({ x: x + qw + gap, y: top - h, width: width - qw - gap, height: h, borderColor: rgb(0.4, 0.4, 0.4), borderWidth: 0.5 });
    drawLines(ctx, said, x + qw + gap + pad, top - pad);
  }
  return h;
}

const BALLOONS = 150;
/** A comment in the markup area to the right of the page's text, level with what it is about. */
function drawBalloon(ctx: Ctx, comment: string, top: number) {
  const x = ctx.w - PAGE.margin - BALLOONS + 12;
  const width = BALLOONS - 16;
  ctx.commentNo += 1;
  const lines = wrap(ctx, [{ text: `Comment [TM${ctx.commentNo}]: ${comment}` }], width - 6);
  const h = lines.length * lineH(ctx) + 6;
  ctx.page.drawRectangle({ x, y: top - h, width, height: h, borderColor: rgb(0.8, 0.3, 0.3), borderWidth: 0.5 });
  drawLines(ctx, lines, x + 3, top - 3);
}

function drawElement(ctx: Ctx, el: Element) {
  if (el.t === 'h1' || el.t === 'h2') {
    const size = el.t === 'h1' ? ctx.size + 4 : ctx.size + 2;
    ensure(ctx, size * 3);
    ctx.y -= size * 1.2;
    if (ctx.opts.letterSpaced) spaced(ctx, el.text.toUpperCase(), { x: column(ctx).x, y: ctx.y - size, size, font: ctx.bold });
    // Small capitals are the questions' face, not the headings' (a heading style of its own).
    else put({ ...ctx, opts: { ...ctx.opts, smallCaps: false } }, el.text, { x: column(ctx).x, y: ctx.y - size, size, font: ctx.bold });
    ctx.y -= size * 1.6;
    return;
  }
  if (el.t === 'running') return;
  if (el.t === 'landscape') {
    newPage(ctx, true);
    ctx.col = 0;
    ctx.y = ctx.h - PAGE.margin;
    return;
  }
  if (el.t === 'p') {
    const { x, width } = column(ctx);
    const h = drawBlock(ctx, el.runs, x, ctx.y, width, true);
    ensure(ctx, h, notesIn(el.runs));
    const at = column(ctx);
    drawBlock(ctx, el.runs, at.x, ctx.y, at.width, false);
    ctx.y -= h + 4;
    return;
  }
  for (const [i, row] of el.rows.entries()) {
    const { x, width } = column(ctx);
    const h = drawRow(ctx, row, el.widths, x, ctx.y, width, true);
    if (ctx.opts.splitRows && ctx.y - h < PAGE.margin && row.every((cell) => cell.every((r) => typeof r === 'string' || 'bold' in r || 'answer' in r))) {
      drawSplitRow(ctx, row, el.widths);
      continue;
    }
    const page = ctx.page;
    ensure(ctx, h, row.flatMap(notesIn));
    const at = column(ctx);
    if (el.repeatHeader && i > 0 && ctx.page !== page) ctx.y -= drawRow(ctx, el.rows[0], el.widths, at.x, ctx.y, at.width, false);
    ctx.y -= drawRow(ctx, row, el.widths, at.x, ctx.y, at.width, false, el.middle, el.right);
  }
  ctx.y -= 8;
}

const cellSpans = (row: Run[][], widths: number[]) => row.map((_, i) => (i === row.length - 1 ? widths.slice(i).reduce((a, b) => a + b, 0) : widths[i]));

/** A row of text cells broken across the page's end: each cell's lines fill what is left of this
 *  page and go on at the top of the next, the part on each page in a border of its own. */
function drawSplitRow(ctx: Ctx, row: Run[][], widths: number[]) {
  const pad = 3;
  const spans = cellSpans(row, widths);
  const cells = row.map((cell, i) => wrap(ctx, pieces(cell, ctx.opts).text, spans[i] * column(ctx).width - 2 * pad));
  let from = 0;
  const total = Math.max(1, ...cells.map((c) => c.length));
  while (from < total) {
    const room = Math.floor((ctx.y - PAGE.margin - 2 * pad) / lineH(ctx));
    if (room < 1) {
      nextColumn(ctx);
      continue;
    }
    const take = Math.min(room, total - from);
    const h = take * lineH(ctx) + 2 * pad;
    const { x: left, width } = column(ctx);
    let x = left;
    cells.forEach((lines, i) => {
      const w = spans[i] * width;
      ctx.page.drawRectangle({ x, y: ctx.y - h, width: w, height: h, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5 });
      drawLines(ctx, lines.slice(from, from + take), x + pad, ctx.y - pad);
      x += w;
    });
    ctx.y -= h;
    from += take;
    if (from < total) nextColumn(ctx);
  }
}

/** One table row of bordered cells from `top`; returns its height. */
function drawRow(ctx: Ctx, row: Run[][], widths: number[], left: number, top: number, width: number, dryRun: boolean, middle = false, right: number[] = []): number {
  const pad = 3;
  const spans = cellSpans(row, widths);
  const heights = row.map((cell, i) => drawBlock(ctx, cell, 0, 0, spans[i] * width - 2 * pad, true));
  const h = Math.max(lineH(ctx), ...heights) + 2 * pad;
  if (dryRun) return h;
  let x = left;
  row.forEach((cell, i) => {
    const w = spans[i] * width;
    const banded = cell.some((r) => typeof r === 'object' && 'band' in r);
    ctx.page.drawRectangle({ x, y: top - h, width: w, height: h, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5, ...(banded ? { color: rgb(0.85, 0.85, 0.85) } : {}) });
    drawBlock(ctx, cell, x + pad, top - pad - (middle ? (h - 2 * pad - heights[i]) / 2 : 0), w - 2 * pad, false, right.includes(i));
    x += w;
  });
  return h;
}

export async function writePdf(all: Element[], given: RenderOptions): Promise<Uint8Array> {
  const [elements, opts] = withOwnRunning(all, given);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fixed = new Date('2025-01-01T00:00:00Z');
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);
  doc.setProducer('cafqa sample generator');
  const font = await doc.embedFont(readFileSync(fontDir + 'DejaVuSans.ttf'), { subset: true });
  const bold = await doc.embedFont(readFileSync(fontDir + 'DejaVuSans-Bold.ttf'), { subset: true });
  noteNumbers = new Map();
  for (const el of elements) {
    const cells = el.t === 'p' ? [el.runs] : el.t === 'table' ? el.rows.flat() : [];
    for (const r of cells.flat()) if (typeof r === 'object' && 'note' in r) noteNumbers.set(r, noteNumbers.size + 1);
  }
  const ctx = { doc, y: 0, font, bold, size: opts.fontSize ?? 9, opts, fieldNo: 1, col: 0, commentNo: 0, frames: [], notes: [] } as unknown as Ctx;
  newPage(ctx, false);
  ctx.y = ctx.h - PAGE.margin;
  const pictured = (runs: Run[]) => runs.some((r) => typeof r === 'object' && 'image' in r);
  const runsOf = (el: Element) => (el.t === 'p' ? el.runs : el.t === 'table' ? el.rows.flat(2) : []);
  if (elements.some((el) => pictured(runsOf(el)))) ctx.signature = await doc.embedPng(SIGNATURE_PNG);
  if (elements.some((el) => runsOf(el).some((r) => typeof r === 'object' && 'italic' in r))) ctx.italic = await doc.embedFont(readFileSync(fontDir + 'DejaVuSans-Oblique.ttf'), { subset: true });
  for (const el of elements) drawElement(ctx, el);
  footnotes(ctx);
  if (opts.running) {
    const pages = ctx.frames;
    pages.forEach(({ page, h }, i) => {
      const fill = (t: string) => t.replace('{page}', String(i + 1)).replace('{pages}', String(pages.length));
      const size = ctx.size - 1;
      page.drawText(fill(opts.running!.header), { x: PAGE.margin, y: h - 28, size, font });
      page.drawText(fill(opts.running!.footer), { x: PAGE.margin, y: 24, size, font });
    });
  }
  if (opts.fillable) doc.getForm().updateFieldAppearances(font);
  return opts.pagesPerSheet ? twoToASheet(await doc.save(), fixed) : doc.save();
}

/** The printed form two pages to a landscape sheet, side by side and shrunk to fit, as a print
 *  driver's "2 pages per sheet" lays them out. */
async function twoToASheet(bytes: Uint8Array, fixed: Date): Promise<Uint8Array> {
  const printed = await PDFDocument.load(bytes);
  const out = await PDFDocument.create();
  out.setCreationDate(fixed);
  out.setModificationDate(fixed);
  out.setProducer('cafqa sample generator');
  const pages = await out.embedPages(printed.getPages());
  const [w, h, gap] = [PAGE.h, PAGE.w, 14];
  for (let i = 0; i < pages.length; i += 2) {
    const sheet = out.addPage([w, h]);
    pages.slice(i, i + 2).forEach((page, j) => {
      const scale = Math.min((w / 2 - 2 * gap) / page.width, (h - 2 * gap) / page.height);
      const x = (j * w) / 2 + (w / 2 - page.width * scale) / 2;
      sheet.drawPage(page, { x, y: (h - page.height * scale) / 2, xScale: scale, yScale: scale });
    });
  }
  return out.save();
}
