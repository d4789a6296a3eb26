// Where an answer ends: what the extractor takes for a question's answer, and what it leaves.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_DIR } from '../../src/audit/config.js';
import { extractRecord } from '../../src/extract/extract.js';
import { LabelMatcher, loadLabelTable } from '../../src/extract/labels.js';
import { readDocument } from '../../src/ingest/index.js';
import { type Element, h2, p, table } from '../../samples/lib/model.js';
import { writeDocx } from '../../samples/lib/write-docx.js';
import { writePdf } from '../../samples/lib/write-pdf.js';
import { tempDir, write } from '../support/fixtures.js';

const matcher = new LabelMatcher(loadLabelTable(join(RULES_DIR, 'labels.yaml')));
const dir = tempDir();

async function fields(name: string, form: Element[], format: 'docx' | 'pdf') {
  const bytes = format === 'docx' ? writeDocx(form, { tickStyle: 'glyph' }) : await writePdf(form, { tickStyle: 'glyph' });
  return extractRecord(await readDocument(write(dir, `${name}.${format}`, bytes)), matcher).fields;
}

describe('answers', () => {
  const signedOff = [
    h2('Consent'),
    table([0.4, 0.6], [
      [[{ bold: 'Consent type' }], ['Verbal']],
      [[{ bold: 'Parent / guardian signature' }], ['']],
    ]),
    p('Thank you for working with us and for sharing your story with the team.'),
  ];

  it.each(['docx', 'pdf'] as const)('a blank signature stays blank though a sentence follows the table (%s)', async (format) => {
    const f = await fields('signed-off', signedOff, format);
    expect(f['consent.signature']?.value ?? '').toBe('');
  });

  it('a blank answer cell in a Word table is answered by the row below it, not by text after the table', async () => {
    const form = [
      table([1], [[[{ bold: 'Reason for assessment' }]], [['Ruby is missing school most Mondays.']]]),
      table([0.4, 0.6], [[[{ bold: 'Family composition' }], ['']]]),
      p('Notes for the panel are kept separately.'),
    ];
    const f = await fields('rows-below', form, 'docx');
    expect(f.reason.value).toBe('Ruby is missing school most Mondays.');
    expect(f['family.composition'].value).toBe('');
  });

  it('a question set on its own line takes the line below as its answer, even a sentence, where the answer is prose', async () => {
    const f = await fields('below', [p({ bold: 'What has led to this assessment?' }), p('Ruby is missing school most Mondays.')], 'pdf');
    expect(f.reason.value).toBe('Ruby is missing school most Mondays.');
  });
});
