// The command as a user runs it: exit status, the JSON contract on stdout, readable text.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AuditOutputSchema } from '../../src/audit/result.js';
import { docxOf, miniCaf, tempDir, write } from '../support/fixtures.js';

const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'src/cli/main.ts', ...args], { env: { ...process.env, CI: 'true' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

describe('cafqa audit', () => {
  it('prints the JSON contract and exits 1 when a file failed', async () => {
    const dir = tempDir();
    write(dir, 'a.docx', docxOf(miniCaf));
    write(dir, 'broken.pdf', 'not a pdf at all');
    const { code, stdout } = await run('audit', dir, '--format', 'json', '--no-store');
    expect(code).toBe(1);
    const out = AuditOutputSchema.parse(JSON.parse(stdout));
    expect(out).toMatchObject({ schemaVersion: 1, ruleset: 'kingston-2008' });
    const [good, bad] = out.forms;
    expect(good).toMatchObject({ status: 'audited', children: 1, child: { gender: 'female', ageBand: '7-9', ethnicity: 'WBRI' }, rubric: {}, flags: [] });
    expect(good.checklist['caf-date']).toMatchObject({ value: 'present', evidence: { text: 'Date assessment started: 12/03/2025', location: 'table 2, row 1' } });
    expect(good.checklist['who-present'].value).toBe('blank');
    expect(bad).toMatchObject({ status: 'failed', error: { code: 'CORRUPT' } });
  });

  it('exits 0 with a readable summary when every file is audited', async () => {
    const { code, stdout } = await run('audit', 'samples/forms/caf-001-national-2009.docx', 'samples/forms/caf-002-national-2009.pdf', '--store', `${tempDir()}/s.sqlite`);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Checklist over 2 audited form\(s\)/);
    expect(stdout).toMatch(/2 audited, 0 failed/);
  });

  it('exits 2 on a usage error', async () => {
    expect((await run('audit', 'samples', '--format', 'xml')).code).toBe(2);
    expect((await run('audit', 'samples', '--rules', 'no-such-rules')).code).toBe(2);
  });
});
