// Audits many files, a few at a time, reporting each result as it finishes. One file's failure is
// its own result: the batch always finishes.
import { auditFile, hashFile } from './audit-file.js';
import type { AuditConfig } from './config.js';
import type { FormResult } from './result.js';
import type { AuditPool } from './pool.js';
import type { AuditStore } from './store.js';

export interface BatchOptions {
  concurrency?: number;
  onResult?: (result: FormResult, done: number, total: number, cached: boolean) => void;
  /** save each result as it finishes, and take unchanged files' results from here instead */
  store?: { db: AuditStore; audit: string };
  /** read files in worker threads, with time and memory limits, instead of in this thread */
  pool?: AuditPool;
}

export async function auditBatch(files: string[], config: AuditConfig, opts: BatchOptions = {}): Promise<FormResult[]> {
  const results: FormResult[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const sha256 = opts.store ? await hashFile(files[i]) : undefined;
      const cached = opts.store && sha256 ? opts.store.db.find(opts.store.audit, sha256, config.fingerprint) : null;
      // A file moved or renamed since is the same form; the result follows its new path.
      results[i] = cached ? { ...cached, file: files[i] } : opts.pool ? await opts.pool.audit(files[i], sha256) : await auditFile(files[i], config, sha256);
      if (opts.store && (!cached || cached.file !== files[i])) opts.store.db.save(opts.store.audit, results[i], config.fingerprint);
      opts.onResult?.(results[i], ++done, files.length, !!cached);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 2, files.length)) }, worker));
  return results;
}
