// Audits files in a pool of worker threads sized to the machine. Each file has a time limit and
// each worker a heap ceiling; a file that breaks either is reported with its own error code, its
// worker is replaced, and the others go on.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IngestLimits } from '../ingest/index.js';
import { pseudonymFor } from './audit-file.js';
import type { FormResult } from './result.js';

export interface PoolOptions {
  rules: string;
  limits?: Partial<IngestLimits>;
  workers?: number;
  /** per file */
  timeoutMs?: number;
  /** per worker heap */
  memoryMb?: number;
}

interface Job {
  id: number;
  path: string;
  sha256?: string;
  resolve: (r: FormResult) => void;
}

const here = import.meta.url;
// Built, the worker is plain JavaScript. Run from source (tests, tsx), it is TypeScript: a small
// script registers tsx's loader in the thread first, then imports it.
const fromSource = here.endsWith('.ts');
const workerSource = fromSource
  ? `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./worker.ts', here).href)}); });`
  : new URL('./worker.js', here);

const failed = (path: string, sha256: string | undefined, code: string, message: string, ms: number): FormResult => ({
  file: path,
  status: 'failed',
  error: { code, message },
  pseudonym: pseudonymFor(sha256 ?? '0'.repeat(64)),
  sha256: sha256 ?? '',
  checklist: {},
  rubric: {},
  flags: [],
  warnings: [],
  ms,
});

export class AuditPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly all = new Set<Worker>();
  private nextId = 0;
  readonly size: number;

  constructor(private readonly opts: PoolOptions) {
    this.size = Math.max(1, opts.workers ?? Math.min(availableParallelism(), 8));
    for (let i = 0; i < this.size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const w = new Worker(workerSource, {
      eval: fromSource,
      workerData: { rules: this.opts.rules, limits: this.opts.limits },
      resourceLimits: { maxOldGenerationSizeMb: this.opts.memoryMb ?? 768 },
    });
    w.unref();
    // A worker that dies while idle (say, out of memory as it starts) leaves the pool quietly; the
    // next job gets a fresh one.
    w.on('error', () => {});
    w.on('exit', () => {
      this.all.delete(w);
      const i = this.idle.indexOf(w);
      if (i >= 0) this.idle.splice(i, 1);
    });
    this.all.add(w);
    return w;
  }

  audit(path: string, sha256?: string): Promise<FormResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, path, sha256, resolve });
      this.pump();
    });
  }

  private pump() {
    while (this.queue.length && this.all.size < this.size) this.idle.push(this.spawn());
    while (this.idle.length && this.queue.length) this.run(this.idle.pop()!, this.queue.shift()!);
  }

  private run(worker: Worker, job: Job) {
    const started = performance.now();
    const timeoutMs = this.opts.timeoutMs ?? 60_000;
    let done = false;
    const finish = (result: FormResult, replace: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (replace) {
        this.all.delete(worker);
        void worker.terminate();
        this.idle.push(this.spawn());
      } else this.idle.push(worker);
      job.resolve(result);
      this.pump();
    };
    const ms = () => Math.round(performance.now() - started);
    const onMessage = (m: { id: number; result: FormResult }) => m.id === job.id && finish(m.result, false);
    const onError = (e: Error & { code?: string }) =>
      finish(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? failed(job.path, job.sha256, 'MEMORY_LIMIT', `Reading the file needed more than ${this.opts.memoryMb ?? 768} MB of memory and was stopped. It may be damaged or hold very large embedded content; check it opens, or split it.`, ms())
          : failed(job.path, job.sha256, 'INTERNAL', `cafqa's reader stopped on this file (${e.name}). Please report it with the file's pseudonym.`, ms()),
        true,
      );
    const onExit = () => finish(failed(job.path, job.sha256, 'INTERNAL', "cafqa's reader stopped unexpectedly on this file.", ms()), true);
    const timer = setTimeout(
      () => finish(failed(job.path, job.sha256, 'TIMEOUT', `Reading the file took longer than ${Math.round(timeoutMs / 1000)} s and was stopped. It may be damaged or built to stall readers; check it opens, or raise --timeout.`, ms()), true),
      timeoutMs,
    );
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage({ id: job.id, path: job.path, sha256: job.sha256 });
  }

  async close() {
    await Promise.all([...this.all].map((w) => w.terminate()));
    this.all.clear();
  }
}
