// Notes pasted in Markdown: their marks read as the headings and bold labels they stand for.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/ingest/document.js';
import { readMarkdown } from '../../src/ingest/markdown.js';

const para = (text: string, n: number): Block => ({ kind: 'paragraph', text, loc: `paragraph ${n}` });
const line = (text: string, n: number): Block => ({ kind: 'line', cells: [{ text, x: 48, end: 300 }], page: 1, loc: `page 1, line ${n}` });

describe('notes in Markdown', () => {
  const notes = ['## Details', '**Child:** Amelia Bellamy', '**GP**: Kingsmere Health Centre', '_Checked by the practitioner._', '- **Owner:** to be agreed', '* Mum to attend the *parenting* group'];

  it('reads Word paragraphs as headings and labels with their answers', () => {
    expect(readMarkdown(notes.map((t, i) => para(t, i + 1)))).toEqual([
      { kind: 'heading', text: 'Details', level: 2, loc: 'paragraph 1' },
      { kind: 'field', label: 'Child', value: 'Amelia Bellamy', loc: 'paragraph 2' },
      { kind: 'field', label: 'GP', value: 'Kingsmere Health Centre', loc: 'paragraph 3' },
      para('Checked by the practitioner.', 4),
      para('- Owner: to be agreed', 5),
      para('* Mum to attend the parenting group', 6),
    ]);
  });

  it('reads PDF lines as a heading in bold and labels as "Label: answer"', () => {
    const read = readMarkdown(notes.map((t, i) => line(t, i + 1)));
    expect(read[0]).toMatchObject({ cells: [{ text: 'Details', bold: true }] });
    expect(read[1]).toMatchObject({ cells: [{ text: 'Child: Amelia Bellamy' }] });
    expect(read[5]).toMatchObject({ cells: [{ text: '* Mum to attend the parenting group' }] });
  });

  it('leaves a form with an odd asterisk or two as it is', () => {
    const form = ['Name of child: Amelia **', '* Required', 'Notes: see *attached*'].map((t, i) => para(t, i + 1));
    expect(readMarkdown(form)).toBe(form);
  });
});
