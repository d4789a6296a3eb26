import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])) }).promise;
const page = await doc.getPage(Number(process.argv[3] ?? 1));
const c = await page.getTextContent();
let prev: any = null;
let out = '';
for (const i of c.items as any[]) { if (!i.str.trim()) continue; const x = i.transform[4], y = i.transform[5];
  if (prev && Math.abs(prev.y - y) < 1) out += ` [${(x - prev.end).toFixed(2)}] `; else out += `\n${y.toFixed(1)} x${x.toFixed(1)} sz${Math.hypot(i.transform[2], i.transform[3]).toFixed(1)}: `;
  out += i.str; prev = { y, end: x + i.width }; }
console.log(out);
