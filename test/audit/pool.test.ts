// The worker pool: results as in-process, and a file that breaks the time or memory limit is
// stopped and reported with its own code while the rest of the batch goes on.
import { describe, expect, it } from 'vitest';
import { auditBatch } from '../../src/audit/batch.js';
import { loadConfig } from '../../src/audit/config.js';
import { AuditPool } from '../../src/audit/pool.js';

const files = ['samples/forms/caf-001-national-2009.docx', 'samples/forms/caf-002-national-2009.pdf', 'samples/forms/caf-031-national-2006.docx', 'samples/forms/caf-034-national-2006.pdf'];
const config = loadConfig();

describe('audit pool', () => {
  it('gives the same results as auditing in this thread', async () => {
    const pool = new AuditPool({ config, workers: 2 });
    try {
      const viaPool = await auditBatch(files, config, { pool, concurrency: pool.capacity });
      const here = await auditBatch(files, config);
      const strip = (r: (typeof here)[number]) => ({ ...r, ms: 0 });
      expect(viaPool.map(strip)).toEqual(here.map(strip));
    } finally {
      await pool.close();
    }
  });

  it('stops a file past the time limit with TIMEOUT and goes on', async () => {
    const pool = new AuditPool({ config, workers: 2, timeoutMs: 1 });
    try {
      const results = await auditBatch(files, config, { pool, concurrency: pool.capacity });
      expect(results.map((r) => r.error?.code)).toEqual(['TIMEOUT', 'TIMEOUT', 'TIMEOUT', 'TIMEOUT']);
      expect(results[0].error?.message).toMatch(/longer than 0 s|longer than/);
    } finally {
      await pool.close();
    }
  });

  it('stops a worker past the memory ceiling with MEMORY_LIMIT and goes on', async () => {
    const pool = new AuditPool({ config, workers: 1, memoryMb: 4, timeoutMs: 30_000 });
    try {
      const results = await auditBatch(files.slice(0, 2), config, { pool, concurrency: pool.capacity });
      expect(results).toHaveLength(2);
      for (const r of results) expect(r.error?.code).toBe('MEMORY_LIMIT');
    } finally {
      await pool.close();
    }
  });
});
