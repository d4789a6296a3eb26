// The moderated audit leaves cafqa as CSV (a row per form, tool and moderated value per judgement)
// and JSON; rows name forms by pseudonym.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { AuditStore } from '../../src/audit/store.js';
import { tempDir } from '../support/fixtures.js';

const cafqa = (...args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: { ...process.env, CI: 'true' } });

describe('cafqa export', () => {
  it('writes the tool and moderated values side by side', async () => {
    const store = join(tempDir(), 'a.sqlite');
    await cafqa('audit', 'samples/forms/caf-001-national-2009.docx', 'samples/forms/caf-004-national-2009.pdf', '--store', store, '--audit', 'q1', '--format', 'json');
    const db = AuditStore.open(store);
    const [f1] = db.forms('q1');
    db.decide({ audit: 'q1', sha256: f1.sha256, target: 'rubric:needs', action: 'override', old: f1.rubric.needs.grade, new: 'poor', reason: 'vague', who: 'me', at: '2026-11-25T10:00:00Z' });
    db.close();

    const { stdout } = await cafqa('export', 'q1', '--store', store, '--format', 'csv');
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    const row = rows.find((r) => r.pseudonym === f1.pseudonym)!;
    expect(row['needs (tool)']).toBe(f1.rubric.needs.grade);
    expect(row['needs (moderated)']).toBe('poor');
    expect(row['caf-date (tool)']).toBe(row['caf-date (moderated)']);
    expect(Object.keys(row)).toEqual(expect.arrayContaining(['consent (tool)', 'consent (moderated)', 'service-led (tool)', 'service-led (moderated)']));

    const json = JSON.parse((await cafqa('export', '--store', store, '--format', 'json')).stdout);
    expect(json).toMatchObject({ schemaVersion: 1, audit: 'q1' });
    expect(json.decisions).toHaveLength(1);
  });

  it('moderate without a terminal reports agreement instead of crashing', async () => {
    const store = join(tempDir(), 'a.sqlite');
    await cafqa('audit', 'samples/forms/caf-001-national-2009.docx', '--store', store, '--format', 'json');
    const { stdout } = await cafqa('moderate', '--store', store);
    expect(stdout).toMatch(/0\/1 forms moderated/);
  });
});

describe('cafqa report', () => {
  it('writes the four files from a stored audit, with a comparison', async () => {
    const dir = tempDir();
    const store = join(dir, 'a.sqlite');
    await cafqa('audit', 'samples/forms/caf-001-national-2009.docx', 'samples/forms/caf-004-national-2009.pdf', '--store', store, '--audit', 'q1', '--format', 'json');
    await cafqa('audit', 'samples/forms/caf-002-national-2009.pdf', 'samples/forms/caf-003-national-2009.docx', 'samples/forms/caf-005-national-2009.docx', '--store', store, '--audit', 'q2', '--format', 'json');
    await cafqa('report', 'q2', '--store', store, '--out', join(dir, 'out'), '--compare', 'q1', '--note', 'Every fifth form from the quarter');
    const md = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
    expect(md).toContain('compared with **q1**');
    expect(md).toContain('Every fifth form from the quarter');
    expect(md).toMatch(/\| q1 \| change \|/);
    for (const f of ['report.html', 'forms.csv', 'report.docx']) expect(readFileSync(join(dir, 'out', f)).length).toBeGreaterThan(500);
  });
});
