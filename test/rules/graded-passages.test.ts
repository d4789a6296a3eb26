// Agreement with passages graded by hand in wordings the sample generator does not use
// (test/data/graded-passages.yaml). The floors: mean quadratic weighted kappa over the five
// aspects at least 0.6, flags micro-F1 at least 0.7.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/audit/config.js';
import { scorePassages } from '../../samples/lib/passages.js';

const report = scorePassages('test/data/graded-passages.yaml', loadConfig());

describe('hand-graded passages', () => {
  it('covers all five aspects', () => {
    expect(Object.keys(report.rubric).sort()).toEqual(['detail', 'needs', 'outcomes', 'risks', 'strengths']);
  });
  it('mean quadratic weighted kappa is at least 0.6', () => {
    expect(report.meanKappa).toBeGreaterThanOrEqual(0.6);
  });
  it('flags reach a micro-F1 of at least 0.7', () => {
    expect(report.flags.f1).toBeGreaterThanOrEqual(0.7);
  });
});
