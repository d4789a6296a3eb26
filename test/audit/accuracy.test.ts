// Extraction accuracy on the bundled samples, against their true values. The holdout families use
// layouts and wordings other than those the extractor was written against; both must hold the
// floor the issue sets (95% of checklist values overall, every item 85%), DOCX and PDF alike.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditBatch } from '../../src/audit/batch.js';
import { loadConfig } from '../../src/audit/config.js';
import type { FormResult } from '../../src/audit/result.js';
import { type TruthEntry, generate } from '../../samples/generate.js';
import { type AccuracyReport, pct, scoreAccuracy } from '../../samples/lib/accuracy.js';
import { tempDir } from '../support/fixtures.js';

const dir = 'samples/forms';
const truth: TruthEntry[] = JSON.parse(readFileSync('samples/truth.json', 'utf8'));
let report: AccuracyReport;

beforeAll(async () => {
  const files = truth.map((t) => join(dir, t.file));
  const results = await auditBatch(files, loadConfig(), { concurrency: 2 });
  report = scoreAccuracy(truth, new Map<string, FormResult>(results.map((r) => [r.file, r])), dir);
});

describe('sample set', () => {
  it('is what the generator makes (true values cannot drift from the forms)', async () => {
    const out = tempDir();
    const regenerated = await generate(out, 10, 2026);
    expect(regenerated).toEqual(truth);
    const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    for (const t of truth) expect(hash(join(out, t.file)), t.file).toBe(hash(join(dir, t.file)));
    expect(readdirSync(dir).sort()).toEqual(truth.map((t) => t.file).sort());
    // It writes every sample again (well over a thousand forms), beside the other test files' work:
    // over three minutes on two cores.
  }, 600_000);

  it('covers every checklist value, both formats and at least three layout families', () => {
    const values = new Set(truth.flatMap((t) => Object.entries(t.expected.checklist).map(([k, v]) => `${k}=${v}`)));
    for (const v of ['consent=written', 'consent=verbal', 'consent=unspecified', 'consent=none', 'who-present=none', 'who-present=blank', 'school=upn-only', 'school=missing', 'school=not-applicable', 'assessor-actions=missing']) expect(values).toContain(v);
    expect(new Set(truth.map((t) => t.format))).toEqual(new Set(['docx', 'pdf']));
    expect(new Set(truth.map((t) => t.family)).size).toBeGreaterThanOrEqual(3);
    expect(truth.length).toBeGreaterThanOrEqual(30);
  });
});

describe.each(['dev-docx', 'dev-pdf', 'holdout-docx', 'holdout-pdf'])('checklist accuracy, %s', (group) => {
  it('is at least 95% over all items', () => {
    expect(pct(report.overall[group])).toBeGreaterThanOrEqual(95);
  });
  it('is at least 85% for every item', () => {
    for (const [item, t] of Object.entries(report.byItem)) expect(pct(t[group]), item).toBeGreaterThanOrEqual(85);
  });
});

describe('rubric and flags on holdout wording (issue 3 floors)', () => {
  it('mean quadratic weighted kappa over the five aspects is at least 0.6, and no aspect below 0.4', () => {
    const kappas = Object.values(report.rubric).map((t) => t.holdout.kappa);
    expect(kappas).toHaveLength(5);
    expect(kappas.reduce((a, b) => a + b, 0) / kappas.length).toBeGreaterThanOrEqual(0.6);
    for (const k of kappas) expect(k).toBeGreaterThanOrEqual(0.4);
  });

  it('flags reach a micro-F1 of at least 0.7, and every flag is raised somewhere', () => {
    expect(report.flags.all.holdout.f1).toBeGreaterThanOrEqual(0.7);
    for (const flag of ['judgemental-language', 'subjective-terms', 'parent-focused', 'service-led', 'needs-services-confusion', 'outcomes-as-outputs', 'multiple-children']) {
      expect(report.flags[flag]?.holdout?.tp ?? 0, flag).toBeGreaterThan(0);
    }
  });

  it('well-written forms raise no flag an auditor would dismiss (precision on holdout at least 0.9)', () => {
    expect(report.flags.all.holdout.precision).toBeGreaterThanOrEqual(0.9);
  });
});

describe('derived facts', () => {
  it.each(['children', 'gender', 'ageBand', 'ethnicity', 'agency', 'levelOfNeed'])('%s is right on at least 90% of holdout forms', (fact) => {
    expect(pct(report.facts[fact].holdout)).toBeGreaterThanOrEqual(90);
  });
});
