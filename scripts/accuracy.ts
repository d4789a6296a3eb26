// Prints extraction accuracy on samples/ against samples/truth.json:
// npm run accuracy [-- --verbose] [--families jaff,qa-export] (only those layout families)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { auditFile } from '../src/audit/audit-file.js';
import { loadConfig } from '../src/audit/config.js';
import type { FormResult } from '../src/audit/result.js';
import type { TruthEntry } from '../samples/generate.js';
import { pct, scoreAccuracy } from '../samples/lib/accuracy.js';
import { scorePassages } from '../samples/lib/passages.js';

const dir = 'samples/forms';
const { values: args } = parseArgs({ options: { verbose: { type: 'boolean' }, families: { type: 'string' } } });
const families = args.families?.split(',');
const truth: TruthEntry[] = (JSON.parse(readFileSync('samples/truth.json', 'utf8')) as TruthEntry[]).filter((t) => !families || families.includes(t.family));
const config = loadConfig();
const results = new Map<string, FormResult>();
const t0 = performance.now();
for (const t of truth) results.set(join(dir, t.file), await auditFile(join(dir, t.file), config));
const secs = (performance.now() - t0) / 1000;
const rep = scoreAccuracy(truth, results, dir);
const cols = ['dev-docx', 'dev-pdf', 'holdout-docx', 'holdout-pdf', 'dev', 'holdout'];
const f = (n: number) => (Number.isNaN(n) ? '   -' : n.toFixed(0).padStart(4));
console.log(`${'item'.padEnd(24)}${cols.map((c) => c.padStart(13)).join('')}`);
for (const [item, t] of Object.entries(rep.byItem)) console.log(`${item.padEnd(24)}${cols.map((c) => `${f(pct(t[c]))}% (${String(t[c]?.total ?? 0).padStart(3)})`.padStart(13)).join('')}`);
console.log(`${'ALL ITEMS'.padEnd(24)}${cols.map((c) => `${f(pct(rep.overall[c]))}% (${String(rep.overall[c]?.total ?? 0).padStart(3)})`.padStart(13)).join('')}`);
console.log('\nby layout family');
for (const [fam, t] of Object.entries(rep.byFamily)) console.log(`  ${fam.padEnd(28)} ${f(pct(t))}%  (${t.right}/${t.total})`);
console.log('\nderived facts (dev / holdout)');
for (const [k, t] of Object.entries(rep.facts)) console.log(`  ${k.padEnd(14)} ${f(pct(t.dev))}% ${f(pct(t.holdout))}%`);
console.log('\nrubric agreement with the true grades (dev | holdout): % agreement, quadratic weighted kappa');
// A run over some families only may hold no forms of one split.
for (const [aspect, t] of Object.entries(rep.rubric)) console.log(`  ${aspect.padEnd(12)} ${['dev', 'holdout'].map((s) => (t[s] ? `${f(100 * t[s].agreement)}%  κw ${t[s].kappa.toFixed(2).padStart(5)}` : '-'.padEnd(13))).join('   |  ')}`);
const meanKappa = (split: string) => Object.values(rep.rubric).reduce((a, t) => a + (t[split]?.kappa ?? NaN), 0) / Object.keys(rep.rubric).length;
console.log(`  ${'mean κw'.padEnd(12)} ${meanKappa('dev').toFixed(2)} | ${meanKappa('holdout').toFixed(2)}`);
console.log('\nflags (dev | holdout): precision, recall, F1 (true positives)');
for (const [flag, t] of Object.entries(rep.flags)) console.log(`  ${flag.padEnd(26)} ${['dev', 'holdout'].map((s) => (t[s] ? `P ${t[s].precision.toFixed(2)} R ${t[s].recall.toFixed(2)} F1 ${t[s].f1.toFixed(2)} (${t[s].tp})` : '-'.padEnd(28))).join('  |  ')}`);
console.log(`\n${truth.length} forms in ${secs.toFixed(2)} s, ${(truth.length / secs).toFixed(1)} forms/s (sequential, one process)`);
if (args.verbose) for (const m of rep.mismatches) console.log(`  ${m.file} ${m.item}: expected ${m.expected}, got ${m.got}`);

const passages = scorePassages('test/data/graded-passages.yaml', config);
console.log('\nhand-graded passages (test/data/graded-passages.yaml)');
for (const [aspect, r] of Object.entries(passages.rubric)) console.log(`  ${aspect.padEnd(12)} ${f(100 * r.agreement)}%  κw ${r.kappa.toFixed(2)}  (${r.n})${r.misses.map((m) => `\n      ${m}`).join('')}`);
console.log(`  mean κw ${passages.meanKappa.toFixed(2)}; flags P ${passages.flags.precision.toFixed(2)} R ${passages.flags.recall.toFixed(2)} F1 ${passages.flags.f1.toFixed(2)}${passages.flagMisses.map((m) => `\n      ${m}`).join('')}`);
