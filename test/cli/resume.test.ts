// A batch killed with SIGKILL part-way keeps every form it finished; the resumed run reads only the
// rest and ends with every form audited once.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/fixtures.js';

const SAMPLES = readdirSync('samples/forms').length;

const count = (db: string) => {
  try {
    const d = new Database(db, { readonly: true });
    const n = (d.prepare('SELECT COUNT(*) AS n FROM forms').get() as { n: number }).n;
    d.close();
    return n;
  } catch {
    return 0;
  }
};

const stamps = (db: string) => {
  const d = new Database(db, { readonly: true });
  const rows = d.prepare('SELECT sha256, audited_at FROM forms').all() as { sha256: string; audited_at: string }[];
  d.close();
  return new Map(rows.map((r) => [r.sha256, r.audited_at]));
};

const runAudit = (store: string) => spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'audit', 'samples/forms', '--store', store, '--audit', 'resume', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });

describe('kill and resume', () => {
  it('loses no finished form and redoes none', async () => {
    const store = join(tempDir(), 'audit.sqlite');
    const first = runAudit(store);
    // Kill once some forms, but not all, are saved.
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (count(store) >= 20) {
          clearInterval(poll);
          first.kill('SIGKILL');
          resolve();
        } else if (Date.now() - started > 60_000) {
          clearInterval(poll);
          reject(new Error('no progress'));
        }
      }, 50);
    });
    await new Promise((r) => first.on('exit', r));
    const saved = count(store);
    expect(saved).toBeGreaterThanOrEqual(20);
    expect(saved).toBeLessThan(SAMPLES);
    const before = stamps(store);

    const second = runAudit(store);
    let out = '';
    second.stdout.on('data', (d) => (out += d));
    const code = await new Promise((r) => second.on('exit', r));
    expect(code).toBe(0);
    const forms = JSON.parse(out).forms as { sha256: string }[];
    expect(forms).toHaveLength(SAMPLES);
    expect(new Set(forms.map((f) => f.sha256)).size).toBe(SAMPLES);
    expect(count(store)).toBe(SAMPLES);
    // The forms finished before the kill were not audited again.
    const after = stamps(store);
    for (const [sha, at] of before) expect(after.get(sha)).toBe(at);
  });
});
