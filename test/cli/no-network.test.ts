// A full audit and report with every socket blocked: nothing tries to connect, and no log line or
// error message carries a child's name or date of birth.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { TruthEntry } from '../../samples/generate.js';
import { tempDir } from '../support/fixtures.js';

const truth: TruthEntry[] = JSON.parse(readFileSync('samples/truth.json', 'utf8'));

describe('nothing sent', () => {
  it('audits and reports with the network blocked, and keeps personal data out of logs', async () => {
    const dir = tempDir();
    const log = join(dir, 'network.log');
    writeFileSync(join(dir, 'broken.pdf'), 'not a pdf');
    const env = { ...process.env, CI: 'true', CAFQA_NETWORK_LOG: log };
    // The built command, as users run it (tsx itself talks to its parent over a local pipe).
    // npm test builds dist/ first, so this is the code under test.
    if (!existsSync('dist/cli/main.js')) await promisify(execFile)('npm', ['run', 'build']);
    const preload = ['--import', resolve('test/support/no-network.mjs')];
    const run = (...args: string[]) => promisify(execFile)(process.execPath, [...preload, 'dist/cli/main.js', ...args], { env, maxBuffer: 64 * 1024 * 1024 }).catch((e) => e as { stdout: string; stderr: string });
    const audit = await run('audit', 'samples/forms', join(dir, 'broken.pdf'), '--store', join(dir, 's.sqlite'), '--audit', 'all', '--report', join(dir, 'report'));
    const json = await run('audit', 'samples/forms', '--store', join(dir, 's.sqlite'), '--audit', 'all', '--format', 'json');
    const report = await run('report', 'all', '--store', join(dir, 's.sqlite'), '--out', join(dir, 'report2'));

    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
    expect(audit.stdout).toContain(`${truth.length} audited, 1 failed`);
    expect(readFileSync(join(dir, 'report2', 'report.md'), 'utf8')).toContain(`${truth.length + 1} forms were audited`);

    const errors = JSON.parse(json.stdout).forms.filter((f: { status: string }) => f.status === 'failed').map((f: { error: { message: string } }) => f.error.message);
    const logs = [audit.stderr, json.stderr, report.stderr, audit.stdout, ...errors].join('\n');
    for (const t of truth) for (const p of t.personal) expect(logs.includes(p), `${t.file}: ${p}`).toBe(false);
  }, 240_000);
});
