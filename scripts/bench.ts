// npm run bench [-- --forms 500 --runs 3]: generates a batch of fictional forms (mixed DOCX, PDF and
// exports), audits it with the built code (dist/) the way `cafqa audit` does, and prints throughput, per-form times, peak
// memory (against a 50-form batch), PDFs against bare pdftotext, and cafqa check's first frame.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { auditBatch } from '../dist/audit/batch.js';
import { loadConfig } from '../dist/audit/config.js';
import { AuditPool } from '../dist/audit/pool.js';
import { generate } from '../samples/generate.js';
import { DEV_FAMILIES, HOLDOUT_FAMILIES } from '../samples/lib/layouts.js';

const { values } = parseArgs({ options: { forms: { type: 'string', default: '500' }, 'per-worker': { type: 'string' }, runs: { type: 'string', default: '3' } } });
const perWorker = values['per-worker'] ? Number(values['per-worker']) : undefined;
const N = Number(values.forms);
const families = [...DEV_FAMILIES, ...HOLDOUT_FAMILIES];

async function makeBatch(n: number): Promise<{ dir: string; files: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'cafqa-bench-'));
  await generate(dir, Math.ceil(n / families.length), 777, families);
  const files = readdirSync(dir).sort().slice(0, n).map((f) => join(dir, f));
  return { dir, files };
}

/** Audits with the worker pool, sampling this process's resident memory (workers are threads). */
async function run(files: string[]) {
  const config = loadConfig();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const pool = new AuditPool({ config, perWorker });
  const results = await auditBatch(files, config, { pool, concurrency: pool.capacity + pool.size });
  const secs = (performance.now() - t0) / 1000;
  await pool.close();
  clearInterval(timer);
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
  return { secs, rate: files.length / secs, median: q(0.5), p95: q(0.95), peakMb: peak / 1e6, failed: results.filter((r) => r.status === 'failed').length };
}

function pdftotext(files: string[]): number | null {
  if (spawnSync('pdftotext', ['-v']).error) return null;
  const t0 = performance.now();
  // Two at a time, as cafqa has two cores.
  const half = Math.ceil(files.length / 2);
  const shell = (fs: string[]) => fs.map((f) => `pdftotext -q '${f}' - >/dev/null`).join('; ');
  execFileSync('bash', ['-c', `(${shell(files.slice(0, half))}) & (${shell(files.slice(half))}) & wait`]);
  return (performance.now() - t0) / 1000;
}

/** Time from starting `cafqa check` in a terminal (a pty from `script`) to its first frame and to
 *  the frame with the form's checklist. */
async function firstFrame(file: string): Promise<{ first: number; form: number } | null> {
  if (spawnSync('script', ['--version']).error) return null;
  const t0 = performance.now();
  const child = spawn('script', ['-qfc', `node dist/cli/main.js check '${file}'`, '/dev/null'], { stdio: ['pipe', 'pipe', 'ignore'] });
  return new Promise((resolve) => {
    let out = '';
    let first = 0;
    let settled = false;
    child.stdout.on('data', (d) => {
      out += d;
      first ||= performance.now() - t0;
      if (!settled && out.includes('q quit')) {
        settled = true;
        const t = { first, form: performance.now() - t0 };
        child.stdin.on('error', () => {});
        child.stdin.write('q');
        setTimeout(() => child.kill(), 300);
        resolve(t);
      }
    });
    child.on('exit', () => resolve(null));
  });
}

const fmt = (x: number, d = 1) => x.toFixed(d);
console.log(`cafqa bench on ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}`);
const big = await makeBatch(N);
const small = await makeBatch(50);
const bigRun = await run(big.files);
const smallRun = await run(small.files);
console.log(`\n${N} forms: ${fmt(bigRun.secs, 2)} s, ${fmt(bigRun.rate)} forms/s; per form median ${bigRun.median} ms, p95 ${bigRun.p95} ms; ${bigRun.failed} failed`);
console.log(`peak memory: ${fmt(bigRun.peakMb, 0)} MB at ${N} forms, ${fmt(smallRun.peakMb, 0)} MB at 50 (ratio ${fmt(bigRun.peakMb / smallRun.peakMb, 2)})`);
const pdfs = big.files.filter((f) => f.endsWith('.pdf'));
// On a shared machine one timing says little: cafqa and pdftotext take turns, and the medians are compared.
const cafqaSecs: number[] = [];
const floorSecs: number[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  cafqaSecs.push((await run(pdfs)).secs);
  const floor = pdftotext(pdfs);
  if (floor !== null) floorSecs.push(floor);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs: number[]) => `${fmt(Math.min(...xs), 2)}–${fmt(Math.max(...xs), 2)}`;
console.log(
  `PDFs only (${pdfs.length}), median of ${cafqaSecs.length} turns: cafqa ${fmt(median(cafqaSecs), 2)} s (${spread(cafqaSecs)})` +
    (floorSecs.length ? `, bare pdftotext ${fmt(median(floorSecs), 2)} s (${spread(floorSecs)}), ratio ${fmt(median(cafqaSecs) / median(floorSecs), 2)}×` : ' (pdftotext not installed: apt-get install poppler-utils)'),
);
const frame = await firstFrame(big.files.find((f) => f.endsWith('.pdf'))!);
console.log(frame === null ? 'cafqa check first frame: not measured (needs `script` from util-linux and a built dist/)' : `cafqa check: first frame ${fmt(frame.first, 0)} ms, the form's checklist ${fmt(frame.form, 0)} ms`);
for (const d of [big.dir, small.dir]) rmSync(d, { recursive: true, force: true });
