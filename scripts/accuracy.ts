// Prints extraction accuracy on samples/ against samples/truth.json: npm run accuracy [-- --verbose]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditFile } from '../src/audit/audit-file.js';
import { loadConfig } from '../src/audit/config.js';
import type { FormResult } from '../src/audit/result.js';
import type { TruthEntry } from '../samples/generate.js';
import { pct, scoreAccuracy } from '../samples/lib/accuracy.js';

const dir = 'samples/forms';
const truth: TruthEntry[] = JSON.parse(readFileSync('samples/truth.json', 'utf8'));
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
console.log(`\n${truth.length} forms in ${secs.toFixed(2)} s, ${(truth.length / secs).toFixed(1)} forms/s (sequential, one process)`);
if (process.argv.includes('--verbose')) for (const m of rep.mismatches) console.log(`  ${m.file} ${m.item}: expected ${m.expected}, got ${m.got}`);
