// A signature as the picture practitioners paste into a form: a scribble drawn as a small
// greyscale PNG, the same bytes every time so the samples regenerate byte for byte; and the
// picture Word keeps of an embedded worksheet.
import { crc32, deflateSync } from 'node:zlib';

const W = 120;
const H = 36;

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

function scribble(): Buffer {
  // Each scanline opens with its filter byte (0, none); white, with a looping stroke across.
  const rows = Buffer.alloc((W + 1) * H, 255);
  for (let y = 0; y < H; y++) rows[y * (W + 1)] = 0;
  for (let x = 4; x < W - 4; x++) {
    const y = Math.round(H / 2 + Math.sin(x / 6) * 9 + Math.sin(x / 2.3) * 3);
    for (const dy of [0, 1]) rows[(y + dy) * (W + 1) + 1 + x] = 20;
  }
  return rows;
}

/** A greyscale PNG of `w` by `h` (each under 256) from its scanlines, each led by its filter byte. */
const png = (w: number, h: number, rows: Buffer): Uint8Array =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Buffer.from([0, 0, 0, w, 0, 0, 0, h, 8, 0, 0, 0, 0])),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);

export const SIGNATURE_PNG: Uint8Array = png(W, H, scribble());

/** The picture Word shows of an embedded worksheet: white cells in grey gridlines (the text is
 *  in the workbook, not in the picture's pixels). */
function gridlines(w: number, h: number): Buffer {
  const rows = Buffer.alloc((w + 1) * h, 255);
  for (let y = 0; y < h; y++) {
    rows[y * (w + 1)] = 0;
    for (let x = 0; x < w; x++) if (y % 12 === 0 || x % 60 === 0) rows[y * (w + 1) + 1 + x] = 170;
  }
  return rows;
}
export const SHEET_PNG: Uint8Array = png(241, 61, gridlines(241, 61));
export const SIGNATURE_SIZE = { w: W, h: H };
