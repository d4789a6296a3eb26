import { basename, resolve } from 'node:path';
import { auditBatch } from '../audit/batch.js';
import { AuditPool } from '../audit/pool.js';
import { AuditStore } from '../audit/store.js';
import { loadConfig } from '../audit/config.js';
import { discoverFiles } from '../audit/discover.js';
import type { AuditOutput } from '../audit/result.js';
import type { FormResult } from '../audit/result.js';
import { renderText } from '../report/text.js';
import { interactive } from './interactive.js';

/** The Ink progress view, loaded only for a person at a terminal. */
async function startLiveView(total: number) {
  const [{ render }, React, { AuditProgress }] = await Promise.all([import('ink'), import('react'), import('../ui/AuditProgress.js')]);
  const started = performance.now();
  const finished: { result: FormResult; cached: boolean }[] = [];
  const view = () => React.createElement(AuditProgress, { total, finished: [...finished], elapsedMs: performance.now() - started });
  const app = render(view(), { stdout: process.stderr, patchConsole: false });
  return {
    add(result: FormResult, cached: boolean) {
      finished.push({ result, cached });
      app.rerender(view());
    },
    stop() {
      app.rerender(view());
      app.unmount();
    },
  };
}

export interface AuditCommandOptions {
  format: 'text' | 'json';
  rules: string;
  detail?: boolean;
  maxSize: number;
  maxPages: number;
  concurrency?: number;
  timeout: number;
  /** a path, or false for --no-store */
  store: string | false;
  audit?: string;
  report?: string;
  note?: string;
}

/** "samples" for `cafqa audit samples/`, "caf-001-national-2009" for one file. */
export const defaultAuditName = (paths: string[]) => basename(resolve(paths[0])).replace(/\.(pdf|docx)$/i, '') || 'audit';

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
  // In a terminal a live view; in pipes and CI plain lines at the end; with --format json only JSON.
  const live = opts.format === 'text' && interactive() ? await startLiveView(files.length) : null;
  const store = opts.store ? AuditStore.open(opts.store) : null;
  const audit = opts.audit ?? defaultAuditName(paths);
  // The rule set as given (a name in rules/ or a file), so moderation and export load the same one.
  store?.ensureAudit(audit, opts.rules);
  let reused = 0;
  // Worker threads pay for themselves from a handful of files; one or two are read here.
  const pool = files.length >= 4 ? new AuditPool({ config, workers: opts.concurrency, timeoutMs: opts.timeout * 1000 }) : undefined;
  const forms = await auditBatch(files, config, {
    concurrency: pool ? pool.capacity + pool.size : 1,
    pool,
    store: store ? { db: store, audit } : undefined,
    onResult: (r, _done, _total, cached) => {
      if (cached) reused++;
      live?.add(r, cached);
    },
  });
  await pool?.close();
  store?.close();
  live?.stop();
  if (store && opts.format === 'text') process.stderr.write(`Saved as audit "${audit}" in ${opts.store}${reused ? ` (${reused} unchanged form(s) not read again)` : ''}\n`);
  // Identifiers are kept in the store for masking report excerpts; they are not printed.
  const out: AuditOutput = { schemaVersion: 1, ruleset: config.rules.id, forms: forms.map(({ identifiers: _, ...f }) => f) };
  if (opts.report) {
    const { writeReport } = await import('../report/write-report.js');
    const written = await writeReport(opts.report, forms, config.rules, [], { audit, note: opts.note });
    process.stderr.write(`Report written: ${written.join(', ')}\n`);
  }
  process.stdout.write(opts.format === 'json' ? `${JSON.stringify(out, null, 2)}\n` : `${renderText(out, config.rules, { detail: opts.detail, perForm: !live })}\n`);
  return forms.some((f) => f.status === 'failed') ? 1 : 0;
}
