// Damaged files of every kind yield an audit or a clear error: truncation, flipped bytes, shuffled
// and inflated zip entries, huge repeated objects. Bounded: a fixed number of mutants, each under
// the pool's time limit, so a hang shows as TIMEOUT, never as a stuck test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { auditBatch } from '../../src/audit/batch.js';
import { loadConfig } from '../../src/audit/config.js';
import { AuditPool } from '../../src/audit/pool.js';
import { ERROR_CODES } from '../../src/ingest/errors.js';
import { makeRng } from '../../samples/lib/fiction.js';
import { tempDir, write } from '../support/fixtures.js';

const rng = makeRng(4242);
const dir = tempDir();
const config = loadConfig();
const pool = new AuditPool({ config, workers: 2, timeoutMs: 20_000 });
afterAll(() => pool.close());

const flip = (b: Uint8Array, n: number) => {
  const out = b.slice();
  for (let i = 0; i < n; i++) out[Math.floor(rng() * out.length)] ^= 1 << Math.floor(rng() * 8);
  return out;
};

function mutants(name: string, bytes: Uint8Array): [string, Uint8Array][] {
  const out: [string, Uint8Array][] = [];
  for (const cut of [0.1, 0.5, 0.9, 0.99]) out.push([`truncated-${cut}`, bytes.subarray(0, Math.floor(bytes.length * cut))]);
  for (const n of [1, 10, 200]) out.push([`flipped-${n}`, flip(bytes, n)]);
  if (name.endsWith('.docx')) {
    const entries = unzipSync(bytes);
    const names = Object.keys(entries).sort(() => rng() - 0.5);
    out.push(['shuffled-entries', zipSync(Object.fromEntries(names.map((k) => [k, entries[k]])))]);
    const xml = strFromU8(entries['word/document.xml']);
    out.push(['huge-repeat', zipSync({ ...entries, 'word/document.xml': strToU8(xml.replace('<w:body>', `<w:body>${'<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(200_000)}`)) })]);
    out.push(['broken-xml', zipSync({ ...entries, 'word/document.xml': strToU8(xml.slice(0, xml.length / 2)) })]);
  } else {
    const text = Buffer.from(bytes).toString('latin1');
    out.push(['huge-repeat', Buffer.from(text.replace('%%EOF', `${'1 0 obj << /Type /Page >> endobj\n'.repeat(20_000)}%%EOF`), 'latin1')]);
    out.push(['no-xref', Buffer.from(text.replace(/xref[\s\S]*?trailer/, 'trailer'), 'latin1')]);
  }
  return out;
}

describe('fuzzed files', () => {
  it('each yields an audit or a clear, coded error', async () => {
    const files: string[] = [];
    for (const base of ['caf-001-national-2009.docx', 'caf-002-national-2009.pdf', 'caf-031-national-2006.docx', 'caf-034-national-2006.pdf', 'caf-021-export-a.pdf']) {
      const bytes = new Uint8Array(readFileSync(join('samples/forms', base)));
      for (const [kind, m] of mutants(base, bytes)) files.push(write(dir, `${kind}-${base}`, m));
    }
    const results = await auditBatch(files, config, { pool, concurrency: pool.capacity });
    expect(results).toHaveLength(files.length);
    for (const r of results) {
      if (r.status === 'audited') continue;
      expect(Object.keys(ERROR_CODES), `${r.file}: ${r.error?.code}`).toContain(r.error?.code);
      expect(r.error?.code, r.file).not.toBe('INTERNAL');
      expect(r.error!.message.length).toBeGreaterThan(20);
    }
    // Most truncations and flips must be caught as damage, not read as a CAF with nothing in it.
    expect(results.filter((r) => r.status === 'failed').length).toBeGreaterThan(files.length / 3);
  }, 300_000);
});
