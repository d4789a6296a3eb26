// Every checklist check ships examples that must and must not give each value (as ESLint's
// RuleTester runs valid / invalid cases); here they all run.
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/extract/derive.js';
import type { CafRecord } from '../../src/extract/record.js';
import { CHECKS } from '../../src/rules/registry.js';

function recordOf(fields: Record<string, string>, actions: { what: string; who: string; when: string }[] = []): CafRecord {
  return {
    file: 'example.docx',
    format: 'docx',
    fields: Object.fromEntries(Object.entries(fields).map(([id, value], i) => [id, { label: id, value, location: `table 1, row ${i + 1}` }])),
    actions: actions.map((a, i) => ({ ...a, location: `table 2, row ${i + 2}` })),
    childRows: [],
    siblings: [],
    unplaced: [],
    warnings: [],
  };
}

const facts = (child: Partial<Facts['child']> = {}): Facts => ({
  children: 1,
  child: { gender: 'unknown', ageBand: 'unknown', age: null, ethnicity: 'not recorded', ...child },
  assessmentDate: null,
  agency: 'Other',
  levelOfNeed: 'unknown',
});

describe.each(Object.values(CHECKS))('check $kind', (check) => {
  it('has examples for every value it can give', () => {
    const given = new Set(check.examples.map((e) => e.expect));
    for (const v of check.values) expect(given, `no example gives "${v}"`).toContain(v);
  });

  it.each(check.examples)('$name → $expect', (ex) => {
    const options = check.options.parse(ex.options ?? {});
    const finding = check.run({ record: recordOf(ex.fields, ex.actions), facts: facts(ex.facts) }, options);
    expect(finding.value).toBe(ex.expect);
    expect(check.values).toContain(finding.value);
    expect(finding.reason.length).toBeGreaterThan(5);
    // A value that rests on an answer shows the answer.
    if (Object.values(ex.fields).some(Boolean) && !['missing', 'blank', 'none'].includes(finding.value)) expect(finding.evidence?.text).toBeTruthy();
  });
});
