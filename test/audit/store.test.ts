import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditBatch } from '../../src/audit/batch.js';
import { loadConfig } from '../../src/audit/config.js';
import { AuditStore } from '../../src/audit/store.js';
import { docxOf, miniCaf, tempDir, write } from '../support/fixtures.js';

const config = loadConfig();

describe('audit store', () => {
  it('saves each form, skips unchanged ones next time, and re-audits a changed file', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.docx');
    copyFileSync('samples/forms/caf-001-national-2009.docx', a);
    const b = write(dir, 'b.docx', docxOf(miniCaf));
    const db = AuditStore.open(join(dir, 'store', 'audit.sqlite'));
    db.ensureAudit('q1', config.rules.id);
    const cachedFlags: boolean[] = [];
    await auditBatch([a, b], config, { concurrency: 1, store: { db, audit: 'q1' }, onResult: (_r, _d, _t, cached) => cachedFlags.push(cached) });
    expect(cachedFlags).toEqual([false, false]);
    expect(db.forms('q1')).toHaveLength(2);

    cachedFlags.length = 0;
    await auditBatch([a, b], config, { concurrency: 1, store: { db, audit: 'q1' }, onResult: (_r, _d, _t, cached) => cachedFlags.push(cached) });
    expect(cachedFlags).toEqual([true, true]);

    copyFileSync('samples/forms/caf-003-national-2009.docx', a);
    cachedFlags.length = 0;
    const results = await auditBatch([a, b], config, { concurrency: 1, store: { db, audit: 'q1' }, onResult: (_r, _d, _t, cached) => cachedFlags.push(cached) });
    expect(cachedFlags).toEqual([false, true]);
    expect(db.forms('q1')).toHaveLength(2);
    expect(db.forms('q1').find((f) => f.file === a)?.sha256).toBe(results[0].sha256);
    db.close();
  });

  it('re-audits everything when the rule set changes', async () => {
    const dir = tempDir();
    const a = write(dir, 'a.docx', docxOf(miniCaf));
    const db = AuditStore.open(':memory:');
    db.ensureAudit('q', 'x');
    await auditBatch([a], config, { store: { db, audit: 'q' } });
    const other = loadConfig({ rules: 'nottingham' });
    let cached = true;
    await auditBatch([a], other, { store: { db, audit: 'q' }, onResult: (_r, _d, _t, c) => (cached = c) });
    expect(cached).toBe(false);
  });

  it('keeps every decision with who, when, old and new value and why', () => {
    const db = AuditStore.open(':memory:');
    db.ensureAudit('q', 'kingston-2008');
    db.decide({ audit: 'q', sha256: 'abc', target: 'rubric:needs', action: 'override', old: 'good', new: 'satisfactory', reason: 'no source for the reading level', who: 'evaluator', at: '2026-11-25T10:00:00Z' });
    expect(db.decisions('q')).toEqual([expect.objectContaining({ id: 1, target: 'rubric:needs', old: 'good', new: 'satisfactory', who: 'evaluator' })]);
    expect(() => db.decide({ audit: 'q', sha256: 'abc', target: 't', action: 'nonsense' as 'accept', old: null, new: null, reason: '', who: 'x', at: 'now' })).toThrow();
  });
});
