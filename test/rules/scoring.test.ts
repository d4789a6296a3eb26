import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_DIR } from '../../src/audit/config.js';
import type { ChecklistFinding, RubricFinding } from '../../src/rules/check.js';
import { loadRuleSet } from '../../src/rules/ruleset.js';
import { score } from '../../src/rules/scoring.js';
import { tempDir } from '../support/fixtures.js';

const cl = (value: string): ChecklistFinding => ({ value, field: null, reason: 'r', evidence: null });
const rb = (grade: RubricFinding['grade'], absent = false): RubricFinding => ({ grade, reasons: [], evidence: [], absent });

describe('Nottingham-style profile', () => {
  const notts = loadRuleSet(join(RULES_DIR, 'nottingham.yaml'));
  const kingston = loadRuleSet(join(RULES_DIR, 'kingston.yaml'));

  it('extends the Kingston set: same checklist, rubric and flags, its own scoring', () => {
    expect(notts.id).toBe('nottingham-style');
    expect(notts.checklist).toEqual(kingston.checklist);
    expect(notts.rubric).toEqual(kingston.rubric);
    expect(notts.flags).toEqual(kingston.flags);
    expect(kingston.scoring).toBeUndefined();
    expect(notts.scoring?.inDepth?.sections).toHaveLength(5);
  });

  it('scores yes / no / n.a. and effectiveness = yes × 100 / (items − n.a.), by hand', () => {
    const s = score(
      notts.scoring!,
      { a: cl('present'), b: cl('missing'), c: cl('not-applicable'), d: cl('written'), e: cl('unspecified') },
      { detail: rb('good'), needs: rb('satisfactory'), strengths: rb('poor'), risks: rb('poor', true), outcomes: rb('good') },
    );
    expect(s.checklist).toEqual({ a: 'yes', b: 'no', c: 'n/a', d: 'yes', e: 'no' });
    expect(s.effectiveness).toBe(50); // 2 yes of 4 counted
    expect(s.inDepth).toEqual({ assessment: 3, needs: 2, strengths: 1, risks: 0, plan: 3 });
    expect(s.inDepthPercent).toBe(60); // 9 of 15
  });

  it('refuses a rule set that extends itself', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'extends: b\n');
    writeFileSync(join(dir, 'b.yaml'), 'extends: a\n');
    expect(() => loadRuleSet(join(dir, 'a.yaml'))).toThrow(/extends itself/);
  });
});
