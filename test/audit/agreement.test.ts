import { describe, expect, it } from 'vitest';
import { flagScore, percentAgreement, quadraticWeightedKappa } from '../../src/audit/agreement.js';

const G = ['poor', 'satisfactory', 'good'] as const;

describe('agreement', () => {
  it('percent agreement counts matching pairs', () => {
    expect(percentAgreement([['good', 'good'], ['poor', 'good'], ['poor', 'poor'], ['good', 'good']])).toBe(0.75);
  });

  it('quadratic weighted kappa is 1 for perfect agreement and −1 for perfect reversal', () => {
    expect(quadraticWeightedKappa([['poor', 'poor'], ['satisfactory', 'satisfactory'], ['good', 'good']], G)).toBe(1);
    expect(quadraticWeightedKappa([['poor', 'good'], ['good', 'poor']], G)).toBeCloseTo(-1);
  });

  it('matches a hand count', () => {
    // O = [[2,1,0],[0,2,1],[0,0,2]] over poor/sat/good, n = 8.
    // rows 3,3,2; cols 2,3,3. Σw·O = 0.25·(1+1) = 0.5.
    // Σw·E = [0.25·(3·3 + 3·2 + 3·3 + 2·3) + 1·(3·3 + 2·2)] / 8 = [0.25·30 + 13] / 8 = 20.5 / 8 = 2.5625.
    const pairs: [string, string][] = [
      ['poor', 'poor'], ['poor', 'poor'], ['poor', 'satisfactory'],
      ['satisfactory', 'satisfactory'], ['satisfactory', 'satisfactory'], ['satisfactory', 'good'],
      ['good', 'good'], ['good', 'good'],
    ];
    expect(quadraticWeightedKappa(pairs, G)).toBeCloseTo(1 - 0.5 / 2.5625, 10);
  });

  it('weighs a far disagreement more than a near one', () => {
    const near: [string, string][] = [['good', 'satisfactory'], ['poor', 'poor'], ['good', 'good'], ['satisfactory', 'satisfactory']];
    const far: [string, string][] = [['good', 'poor'], ['poor', 'poor'], ['good', 'good'], ['satisfactory', 'satisfactory']];
    expect(quadraticWeightedKappa(near, G)).toBeGreaterThan(quadraticWeightedKappa(far, G));
  });

  it('scores flags by precision, recall and F1', () => {
    expect(flagScore(8, 2, 2)).toMatchObject({ precision: 0.8, recall: 0.8 });
    expect(flagScore(8, 2, 2).f1).toBeCloseTo(0.8);
  });
});
