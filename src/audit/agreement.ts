// Agreement between two raters of the same forms (cafqa and a moderator, or two auditors, as in
// seed 000 §4.1's validation exercise): percent agreement and Cohen's quadratic weighted kappa,
// which counts a good/poor disagreement four times a good/satisfactory one.

export function percentAgreement<T>(pairs: [T, T][]): number {
  if (!pairs.length) return NaN;
  return pairs.filter(([a, b]) => a === b).length / pairs.length;
}

/** κw = 1 − Σ w·O / Σ w·E over ordered categories, w = (i − j)² / (k − 1)². */
export function quadraticWeightedKappa<T>(pairs: [T, T][], categories: readonly T[]): number {
  const k = categories.length;
  const n = pairs.length;
  if (!n || k < 2) return NaN;
  const idx = new Map(categories.map((c, i) => [c, i]));
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const [a, b] of pairs) {
    const i = idx.get(a), j = idx.get(b);
    if (i === undefined || j === undefined) throw new Error(`unknown category in ${String(a)} / ${String(b)}`);
    observed[i][j]++;
  }
  const rows = observed.map((r) => r.reduce((s, x) => s + x, 0));
  const cols = categories.map((_, j) => observed.reduce((s, r) => s + r[j], 0));
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = (i - j) ** 2 / (k - 1) ** 2;
      num += w * observed[i][j];
      den += (w * rows[i] * cols[j]) / n;
    }
  }
  // Both raters used one category throughout: kappa is undefined; agreement is all there is.
  if (den === 0) return num === 0 ? 1 : 0;
  return 1 - num / den;
}

export interface FlagScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function flagScore(tp: number, fp: number, fn: number): FlagScore {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
