import { auditBatch } from '../audit/batch.js';
import { loadConfig } from '../audit/config.js';
import { discoverFiles } from '../audit/discover.js';
import type { AuditOutput } from '../audit/result.js';
import { renderText } from '../report/text.js';

export interface AuditCommandOptions {
  format: 'text' | 'json';
  rules: string;
  detail?: boolean;
  maxSize: number;
  maxPages: number;
  concurrency: number;
}

/** Runs an audit and prints it; returns the exit status. */
export async function runAudit(paths: string[], opts: AuditCommandOptions): Promise<number> {
  let config;
  try {
    config = loadConfig({ rules: opts.rules, limits: { maxFileBytes: opts.maxSize * 1e6, maxPages: opts.maxPages } });
  } catch (e) {
    process.stderr.write(`cafqa: ${(e as Error).message}\n`);
    return 2;
  }
  const files = await discoverFiles(paths);
  if (files.length === 0) {
    process.stderr.write('cafqa: no .pdf or .docx files found in the paths given\n');
    return 2;
  }
  const progress = opts.format === 'text' && process.stderr.isTTY;
  const forms = await auditBatch(files, config, {
    concurrency: opts.concurrency,
    onResult: progress ? (_r, done, total) => process.stderr.write(`\r${done}/${total} files`) : undefined,
  });
  if (progress) process.stderr.write('\r\x1b[K');
  const out: AuditOutput = { schemaVersion: 1, ruleset: config.rules.id, forms };
  process.stdout.write(opts.format === 'json' ? `${JSON.stringify(out, null, 2)}\n` : `${renderText(out, config.rules, { detail: opts.detail })}\n`);
  return forms.some((f) => f.status === 'failed') ? 1 : 0;
}
