import { describe, expect, it } from 'vitest';
import type { LineBlock } from '../../src/ingest/document.js';
import { withoutSheetHeadings } from '../../src/ingest/sheet-headings.js';

const line = (page: number, ...cells: [string, number][]): LineBlock => ({ kind: 'line', page, loc: `page ${page}`, cells: cells.map(([text, x]) => ({ text, x, end: x + text.length * 5 })) });
const numbered = (from: number, page = 1) => ['Child name', 'DOB', 'Gender', 'School', 'GP'].map((q, k) => line(page, [String(from + k), 50], [q, 80], ['answer', 250]));

describe('a workbook printed with its row and column headings', () => {
  it('drops the columns’ letters and the rows’ numbers', () => {
    const lines = [line(1, ['A', 80], ['B', 250]), ...numbered(2), line(2, ['A', 80], ['B', 250]), ...numbered(7, 2)];
    const out = withoutSheetHeadings(lines);
    expect(out).toHaveLength(10);
    expect(out.every((l) => l.cells.length === 2 && !/^\d+$/.test(l.cells[0].text))).toBe(true);
  });

  it('keeps numbered questions where no line of column letters heads the pages', () => {
    const lines = numbered(1);
    expect(withoutSheetHeadings(lines)).toBe(lines);
  });

  it('keeps numbers that do not count up the sheet', () => {
    const lines = [line(1, ['A', 80], ['B', 250]), ...numbered(2), ...numbered(2)];
    expect(withoutSheetHeadings(lines)).toBe(lines);
  });
});
