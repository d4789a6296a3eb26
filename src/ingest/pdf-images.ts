// Where a PDF page has pictures. A signature is often pasted in as one: the page's text then has
// nothing beside "Signature of parent / carer", though the form was signed. Pictures are found
// from the page's drawing operators, which cost about as much again as its text, so only on pages
// that ask for a signature.
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfJs } from './pdfjs.js';

type Matrix = [number, number, number, number, number, number];

/** A transform applied to the current one, as PDF's `cm` operator does. */
const times = (t: Matrix, m: Matrix): Matrix => [
  t[0] * m[0] + t[1] * m[2],
  t[0] * m[1] + t[1] * m[3],
  t[2] * m[0] + t[3] * m[2],
  t[2] * m[1] + t[3] * m[3],
  t[4] * m[0] + t[5] * m[2] + m[4],
  t[4] * m[1] + t[5] * m[3] + m[5],
];

export const asksForSignature = (pageText: string): boolean => /\bsign(ed|ature)s?\b/i.test(pageText);

/** Each picture's box on the page, [x1, y1, x2, y2]. */
export async function imageRects(page: PDFPageProxy): Promise<number[][]> {
  const { OPS, AnnotationMode } = await loadPdfJs();
  const paints = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
  const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  const saved: Matrix[] = [];
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  const rects: number[][] = [];
  ops.fnArray.forEach((fn, i) => {
    if (fn === OPS.save) saved.push(m);
    else if (fn === OPS.restore) m = saved.pop() ?? m;
    else if (fn === OPS.transform) m = times(ops.argsArray[i] as Matrix, m);
    // An image fills the unit square of the transform in force.
    else if (paints.has(fn)) rects.push([Math.min(m[4], m[4] + m[0]), Math.min(m[5], m[5] + m[3]), Math.max(m[4], m[4] + m[0]), Math.max(m[5], m[5] + m[3])]);
  });
  return rects;
}
