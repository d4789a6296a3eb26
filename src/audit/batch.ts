// Audits many files, a few at a time, reporting each result as it finishes. One file's failure is
// its own result: the batch always finishes.
import { auditFile } from './audit-file.js';
import type { AuditConfig } from './config.js';
import type { FormResult } from './result.js';

export interface BatchOptions {
  concurrency?: number;
  onResult?: (result: FormResult, done: number, total: number) => void;
}

export async function auditBatch(files: string[], config: AuditConfig, opts: BatchOptions = {}): Promise<FormResult[]> {
  const results: FormResult[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await auditFile(files[i], config);
      opts.onResult?.(results[i], ++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 2, files.length)) }, worker));
  return results;
}
