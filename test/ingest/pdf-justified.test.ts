// Which gaps on a PDF line are a justified line's spaces, not the gaps between cells.
import { describe, expect, it } from 'vitest';
import { justifiedSpaces } from '../../src/ingest/pdf-justified.js';

const at = (words: [string, number, number][]) => words.map(([text, x, width]) => ({ text, x, width, size: 9 }));

describe('justified spaces', () => {
  it('finds the equal wide gaps between the words of a justified line', () => {
    expect([...justifiedSpaces(at([['The', 50, 15], ['family', 71, 27], ['rent', 104, 18], ['privately', 128, 38]]))]).toEqual([1, 2, 3]);
  });

  it('leaves cells alone whose gaps are equal by chance, each cell a line of several words', () => {
    const row = at([['Complete the referral to the Early Help hub and', 51, 244], ['Precious Penhaligon', 301, 118], ['Weekly from next Monday', 425, 119]]);
    expect(justifiedSpaces(row).size).toBe(0);
  });
});
