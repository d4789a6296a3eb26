// Two pages printed to a sheet, told from a landscape page's own wide layout.
import { describe, expect, it } from 'vitest';
import { sheetSplit } from '../../src/ingest/pdf-sheet.js';

const SHEET = [0, 0, 842, 595];
/** a page's lines of text, from `x`, starting `top` down, `width` wide */
const lines = (x: number, top: number, n: number, width = 150) => Array.from({ length: n }, (_, i) => ({ x, y: top - i * 12, width, size: 6 }));

describe('a landscape sheet', () => {
  it('holds two pages where both halves keep the same margins and nothing crosses the middle', () => {
    expect(sheetSplit([...lines(46, 560, 30), ...lines(467, 560, 12)], SHEET)).toBe(421);
  });

  it('is one page where a line crosses the middle, the halves start at other insets, or it is portrait', () => {
    expect(sheetSplit([...lines(46, 560, 30), ...lines(467, 560, 12), { x: 300, y: 200, width: 300, size: 6 }], SHEET)).toBeNull();
    // a wide table: its right-hand columns start just past the middle
    expect(sheetSplit([...lines(46, 560, 30), ...lines(425, 560, 30)], SHEET)).toBeNull();
    expect(sheetSplit([...lines(46, 560, 30), ...lines(467, 400, 12)], SHEET)).toBeNull();
    expect(sheetSplit([...lines(46, 800, 30), ...lines(320, 800, 12)], [0, 0, 595, 842])).toBeNull();
  });
});
