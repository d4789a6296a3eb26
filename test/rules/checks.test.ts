// Every check ships examples that must and must not give each value (as ESLint's RuleTester runs
// valid / invalid cases, and LanguageTool its example sentences); here they all run.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_DIR } from '../../src/audit/config.js';
import type { Facts } from '../../src/extract/derive.js';
import type { CafRecord } from '../../src/extract/record.js';
import type { CheckContext } from '../../src/rules/check.js';
import { GRADES } from '../../src/rules/check.js';
import { CHECKS, FLAG_CHECKS, RUBRIC_CHECKS } from '../../src/rules/registry.js';
import { loadLexicons } from '../../src/rules/text/lexicons.js';
import { childNamesOf } from '../../src/rules/text/passage.js';

const lex = loadLexicons(join(RULES_DIR, 'lexicons.yaml'));

function recordOf(fields: Record<string, string>, actions: { what: string; who: string; when: string }[] = [], labels: Record<string, string> = {}): CafRecord {
  return {
    file: 'example.docx',
    format: 'docx',
    fields: Object.fromEntries(Object.entries(fields).map(([id, value], i) => [id, { label: labels[id] ?? id, value, location: `table 1, row ${i + 1}` }])),
    actions: actions.map((a, i) => ({ ...a, location: `table 2, row ${i + 2}` })),
    childRows: [],
    siblings: [],
    unplaced: [],
    warnings: [],
  };
}

function ctxOf(fields: Record<string, string>, opts: { labels?: Record<string, string>; actions?: { what: string; who: string; when: string }[]; child?: Partial<Facts['child']>; children?: number } = {}): CheckContext {
  const record = recordOf(fields, opts.actions, opts.labels);
  const facts: Facts = {
    children: opts.children ?? 1,
    child: { gender: 'unknown', ageBand: 'unknown', age: null, ethnicity: 'not recorded', ...opts.child },
    assessmentDate: null,
    agency: 'Other',
    levelOfNeed: 'unknown',
  };
  return { record, facts, lex, childNames: childNamesOf(record) };
}

describe.each(Object.values(CHECKS))('checklist check $kind', (check) => {
  it('has examples for every value it can give', () => {
    const given = new Set(check.examples.map((e) => e.expect));
    for (const v of check.values) expect(given, `no example gives "${v}"`).toContain(v);
  });

  it.each(check.examples)('$name → $expect', (ex) => {
    const finding = check.run(ctxOf(ex.fields, { labels: ex.labels, actions: ex.actions, child: ex.facts }), check.options.parse(ex.options ?? {}));
    expect(finding.value).toBe(ex.expect);
    expect(check.values).toContain(finding.value);
    expect(finding.reason.length).toBeGreaterThan(5);
    // A value that rests on an answer shows the answer.
    if (Object.values(ex.fields).some(Boolean) && !['missing', 'blank', 'none'].includes(finding.value)) expect(finding.evidence?.text).toBeTruthy();
  });
});

describe.each(Object.values(RUBRIC_CHECKS))('rubric check $kind', (check) => {
  it('has examples for every grade', () => {
    expect(new Set(check.examples.map((e) => e.expect))).toEqual(new Set(GRADES));
  });

  it.each(check.examples)('$name → $expect', (ex) => {
    const finding = check.run(ctxOf(ex.fields), check.options.parse({}));
    expect(finding.grade).toBe(ex.expect);
    expect(finding.reasons.length).toBeGreaterThan(0);
    if (finding.grade !== 'poor') expect(finding.evidence.length).toBeGreaterThan(0);
  });
});

describe.each(Object.values(FLAG_CHECKS))('flag check $kind', (check) => {
  it('has examples that must and must not raise it', () => {
    expect(new Set(check.examples.map((e) => e.expect))).toEqual(new Set([true, false]));
  });

  it.each(check.examples)('$name → $expect', (ex) => {
    const found = check.run(ctxOf(ex.fields, { children: ex.children }), check.options.parse({}));
    expect(found.length > 0).toBe(ex.expect);
    for (const f of found) expect(f.evidence.text.length).toBeGreaterThan(0);
  });
});
