// The second look for answers: beside a known question's label, only what looks like its answer.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_DIR } from '../../src/audit/config.js';
import type { Block, SourceDocument } from '../../src/ingest/document.js';
import { LabelMatcher, loadLabelTable } from '../../src/extract/labels.js';
import type { CafRecord } from '../../src/extract/record.js';
import { recoverAnswers } from '../../src/extract/recover.js';

const matcher = new LabelMatcher(loadLabelTable(join(RULES_DIR, 'labels.yaml')));
const doc = (format: 'docx' | 'pdf', blocks: Block[]): SourceDocument => ({ file: 'x', format, sha256: '', blocks, warnings: [] });
const record = (fields: CafRecord['fields'] = {}): CafRecord => ({ file: 'x', format: 'docx', fields, actions: [], childRows: [], siblings: [], unplaced: [], warnings: [] });
const field = (label: string, value: string) => ({ label, value, location: 'table 1' });

describe('recovering answers beside their questions', () => {
  it('finds a missed answer below its question in a Word table, where it looks like one', () => {
    const d = doc('docx', [{ kind: 'table', loc: 'table 1', rows: [['Mum', 'Contact number', 'GP'], ['Tia Cole', '07700 900123', 'See file']] }]);
    const r = recoverAnswers(record(), d, matcher);
    expect(r.fields['parent.phone']).toEqual({ label: 'Contact number', value: '07700 900123', location: 'table 1, row 2, cell 2' });
    // "See file" is not a GP.
    expect(r.fields['services.gp']).toBeUndefined();
  });

  it('puts right an answer that does not look like one, from the cell below its question in a PDF', () => {
    const d = doc('pdf', [
      { kind: 'line', page: 1, loc: 'page 1, line 1', cells: [{ text: 'Education provider', x: 51 }, { text: 'GP practice', x: 301 }] },
      { kind: 'line', page: 1, loc: 'page 1, line 2', cells: [{ text: 'UPN K655387237668', x: 51 }] },
    ]);
    const r = recoverAnswers(record({ 'services.school': field('Education provider', 'GP practice') }), d, matcher);
    expect(r.fields['services.school'].value).toBe('UPN K655387237668');
  });

  it('leaves a blank answer blank and a fitting answer alone', () => {
    const d = doc('docx', [{ kind: 'table', loc: 'table 1', rows: [['GP', ''], ['School', 'Larkspur Primary School'], ['Address', '4 Mill Lane, Kingsmere KM1 2AB']] }]);
    const r = recoverAnswers(record({ 'services.gp': field('GP', ''), 'services.school': field('School', 'Larkspur Primary School') }), d, matcher);
    expect(r.fields['services.gp'].value).toBe('');
    expect(r.fields['services.school'].value).toBe('Larkspur Primary School');
  });

  it('takes an answer written after the label in the same cell', () => {
    const d = doc('docx', [{ kind: 'paragraph', loc: 'paragraph 4', text: 'Registered GP: Riverside Medical Centre' }]);
    expect(recoverAnswers(record(), d, matcher).fields['services.gp'].value).toBe('Riverside Medical Centre');
  });
});
