import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditBatch } from '../../src/audit/batch.js';
import { loadConfig } from '../../src/audit/config.js';
import { auditFile } from '../../src/audit/audit-file.js';
import { docxOf, encryptedPdf, garbledPdf, letter, miniCaf, pdfOf, scannedPdf, tempDir, write } from '../support/fixtures.js';

const config = loadConfig();
let dir: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  dir = tempDir();
  const goodPdf = await pdfOf(miniCaf);
  files.goodDocx = write(dir, 'good.docx', docxOf(miniCaf));
  files.goodPdf = write(dir, 'good.pdf', goodPdf);
  files.empty = write(dir, 'empty.pdf', new Uint8Array());
  files.truncatedPdf = write(dir, 'truncated.pdf', goodPdf.subarray(0, 600));
  files.corruptDocx = write(dir, 'corrupt.docx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 7)]));
  files.encryptedPdf = write(dir, 'locked.pdf', await encryptedPdf());
  // An encrypted Word file is an OLE compound file with an EncryptedPackage stream.
  files.encryptedDocx = write(dir, 'locked.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(512)]));
  files.scanned = write(dir, 'scan.pdf', await scannedPdf());
  files.garbled = write(dir, 'garbled.pdf', await garbledPdf());
  files.letter = write(dir, 'letter.docx', docxOf(letter));
  files.pdfNamedDocx = write(dir, 'really-a-pdf.docx', goodPdf);
  files.legacyDoc = write(dir, 'old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  files.big = join(dir, 'big.pdf');
  writeFileSync(files.big, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2_100_000, 32)]));
});

describe('bad input gets its own clear error', () => {
  const cases: [string, string][] = [
    ['empty', 'EMPTY_FILE'],
    ['truncatedPdf', 'CORRUPT'],
    ['corruptDocx', 'CORRUPT'],
    ['encryptedPdf', 'ENCRYPTED'],
    ['encryptedDocx', 'ENCRYPTED'],
    ['scanned', 'NO_TEXT_LAYER'],
    ['garbled', 'GARBLED_TEXT'],
    ['letter', 'NOT_A_CAF'],
    ['pdfNamedDocx', 'WRONG_TYPE'],
    ['legacyDoc', 'UNSUPPORTED_TYPE'],
  ];
  it.each(cases)('%s → %s', async (name, code) => {
    const r = await auditFile(files[name], config);
    expect(r.status).toBe('failed');
    expect(r.error?.code).toBe(code);
    expect(r.error?.message.length).toBeGreaterThan(30);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const r = await auditFile(files.big, { ...config, limits: { ...config.limits, maxFileBytes: 2_000_000 } });
    expect(r.error?.code).toBe('TOO_LARGE');
    expect(r.error?.message).toMatch(/2\.1 MB.*2\.0 MB/);
  });

  it('refuses a Word file that unzips past the limit', async () => {
    const r = await auditFile(files.goodDocx, { ...config, limits: { ...config.limits, maxUnzippedBytes: 1000 } });
    expect(r.error?.code).toBe('TOO_LARGE');
  });

  it('audits the good files in a batch that holds every bad one', async () => {
    const all = Object.values(files);
    const results = await auditBatch(all, config, { concurrency: 3 });
    expect(results.map((r) => r.file)).toEqual(all);
    expect(results.find((r) => r.file === files.goodDocx)?.status).toBe('audited');
    expect(results.find((r) => r.file === files.goodPdf)?.status).toBe('audited');
    expect(results.filter((r) => r.status === 'failed')).toHaveLength(all.length - 2);
  });
});
