// What a PDF page's drawing says that its text does not. A signature is often pasted in as a
// picture: the text then has nothing beside "Signature of parent / carer", though the form was
// signed. "Delete as appropriate" is often done by striking through the options not chosen: the
// text still holds every option. A web form printed from a browser draws its checkboxes: the text
// holds only the options' words. All are read from the page's drawing operators, which cost
// about as much again as its text, so only where a line leaves such a question open (pdf.ts).
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type Matrix, UPRIGHT, apply, times } from './pdf-frame.js';
import { loadPdfJs } from './pdfjs.js';

/** pdf.js's code for closing a path in the data it gives with each path (moveTo 0, lineTo 1,
 *  curveTo 2, closePath 3). */
const CLOSE_PATH = 3;

export const asksForSignature = (pageText: string): boolean => /\bsign(ed|ature)s?\b/i.test(pageText);
/** "Yes / No", "Male / Female", "1 / 2 / 3 / 4": options a form may have struck through. */
export const offersOptions = (pageText: string): boolean => /\b(yes|no|male|female|written|verbal|[1-4])\s*[/\s]\s*(yes|no|male|female|written|verbal|[1-4])\b/i.test(pageText);

export interface PageGraphics {
  /** each picture's box, [x1, y1, x2, y2] */
  images: number[][];
  /** horizontal strokes, as a line through text is drawn */
  rules: { x1: number; x2: number; y: number }[];
  /** tick boxes drawn rather than typed, as browsers print a web form's checkboxes: small closed
   *  squares, ticked where a mark is drawn inside */
  boxes: { rect: number[]; ticked: boolean }[];
}

/** The page's drawing, placed in the frame its text reads in. */
export async function pageGraphics(page: PDFPageProxy, frame: Matrix = UPRIGHT): Promise<PageGraphics> {
  const { OPS, AnnotationMode } = await loadPdfJs();
  const paints = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
  const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  const saved: Matrix[] = [];
  let m: Matrix = frame;
  const out: PageGraphics = { images: [], rules: [], boxes: [] };
  const marks: number[][] = [];
  ops.fnArray.forEach((fn, i) => {
    if (fn === OPS.save) saved.push(m);
    else if (fn === OPS.restore) m = saved.pop() ?? m;
    else if (fn === OPS.transform) m = times(ops.argsArray[i] as Matrix, m);
    // An image fills the unit square of the transform in force.
    else if (paints.has(fn)) out.images.push([Math.min(m[4], m[4] + m[0]), Math.min(m[5], m[5] + m[3]), Math.max(m[4], m[4] + m[0]), Math.max(m[5], m[5] + m[3])]);
    else if (fn === OPS.constructPath) {
      // pdf.js gives each path's bounds in the space it was drawn in: a rule is one flat and long.
      const box = (ops.argsArray[i] as unknown[])[2] as ArrayLike<number> | null;
      if (!box || box.length < 4) return;
      const [x1, y1] = apply(m, box[0], box[1]);
      const [x2, y2] = apply(m, box[2], box[3]);
      const [w, h] = [Math.abs(x2 - x1), Math.abs(y2 - y1)];
      const rect = [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)];
      if (h <= 1.5 && w >= 4) out.rules.push({ x1: rect[0], x2: rect[2], y: (y1 + y2) / 2 });
      // A box is a closed path; a tick or a cross in it is drawn open, or filled, and smaller.
      const path = ((ops.argsArray[i] as unknown[])[1] as ArrayLike<number>[] | undefined)?.[0];
      const closed = !!path && path[path.length - 1] === CLOSE_PATH;
      if (closed && Math.abs(w - h) <= 1.5 && w >= 5 && w <= 14) out.boxes.push({ rect, ticked: false });
      else if (w <= 14 && h <= 14) marks.push(rect);
    }
  });
  for (const b of out.boxes) b.ticked = marks.some((m) => m[0] >= b.rect[0] - 1 && m[1] >= b.rect[1] - 1 && m[2] <= b.rect[2] + 1 && m[3] <= b.rect[3] + 1);
  return out;
}

/** Whether a rule runs through a run of text (not under it, as an underline does): across most
 *  of its width, between its baseline and the top of its small letters. */
export function struckThrough(item: { x: number; y: number; width: number; size: number }, rules: PageGraphics['rules']): boolean {
  return rules.some((r) => r.y > item.y + item.size * 0.15 && r.y < item.y + item.size * 0.6 && Math.min(r.x2, item.x + item.width) - Math.max(r.x1, item.x) >= item.width * 0.7);
}
