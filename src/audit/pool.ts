// Audits files in a pool of worker threads sized to the machine. Each file has a time limit and
// each worker a heap ceiling; a file that breaks either is reported with its own error code, its
// worker is replaced, and the others go on.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { pseudonymFor } from './audit-file.js';
import { type AuditConfig, configData } from './config.js';
import type { FormResult } from './result.js';

export interface PoolOptions {
  config: AuditConfig;
  workers?: number;
  /** per file */
  timeoutMs?: number;
  /** per worker heap */
  memoryMb?: number;
  /** files a worker reads at once */
  perWorker?: number;
}

interface Job {
  id: number;
  path: string;
  sha256?: string;
  resolve: (r: FormResult) => void;
  /** times the job was in a worker that died under it */
  tries: number;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, { job: Job; timer: NodeJS.Timeout; started: number }>;
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
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  /** workers that died in a row without finishing a file: past a few, none is started again */
  private deaths = 0;
  readonly size: number;
  /** files a worker reads at once: pdf.js waits on itself between steps, and another file fills the gap */
  private readonly perWorker: number;

  constructor(private readonly opts: PoolOptions) {
    this.size = Math.max(1, opts.workers ?? Math.min(availableParallelism(), 8));
    this.perWorker = Math.max(1, opts.perWorker ?? 2);
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  /** Files to keep in flight so every worker stays busy. */
  get capacity() {
    return this.size * this.perWorker;
  }

  private spawn(): Slot {
    const worker = new Worker(workerSource, {
      eval: fromSource,
      workerData: configData(this.opts.config),
      resourceLimits: { maxOldGenerationSizeMb: this.opts.memoryMb ?? 768 },
    });
    worker.unref();
    const slot: Slot = { worker, jobs: new Map() };
    worker.on('message', (m: { id: number; result: FormResult }) => {
      const entry = slot.jobs.get(m.id);
      if (!entry) return;
      this.deaths = 0;
      clearTimeout(entry.timer);
      slot.jobs.delete(m.id);
      entry.job.resolve(m.result);
      this.pump();
    });
    // A worker that dies takes its files with it: each is tried once more in a fresh worker (it may
    // only have shared the thread with the culprit); a file that kills a worker twice is reported.
    const died = (e?: Error & { code?: string }) => {
      if (!this.slots.includes(slot)) return;
      const code = e?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'MEMORY_LIMIT' : 'INTERNAL';
      this.replace(slot, (job, ms) => (job.tries >= 1 ? failed(job.path, job.sha256, code, code === 'MEMORY_LIMIT' ? `Reading the file needed more than ${this.opts.memoryMb ?? 768} MB of memory and was stopped. It may be damaged or hold very large embedded content; check it opens, or split it.` : "cafqa's reader stopped on this file. Please report it with the file's pseudonym.", ms) : null));
    };
    worker.on('error', died);
    worker.on('exit', () => died());
    return slot;
  }

  /** Ends a slot's worker and starts another. Each of its jobs is failed (decide returns a result)
   *  or queued again (decide returns null). */
  private replace(slot: Slot, decide: (job: Job, ms: number) => FormResult | null) {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    // Workers that cannot even start (a heap ceiling set too low) must not be restarted forever.
    if (++this.deaths > 2 * this.size + 4) this.slots.splice(i, 1);
    else this.slots[i] = this.spawn();
    void slot.worker.terminate();
    for (const { job, timer, started } of slot.jobs.values()) {
      clearTimeout(timer);
      const result = decide(job, Math.round(performance.now() - started));
      if (result) job.resolve(result);
      else this.queue.unshift({ ...job, tries: job.tries + 1 });
    }
    slot.jobs.clear();
    this.pump();
  }

  audit(path: string, sha256?: string): Promise<FormResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, path, sha256, resolve, tries: 0 });
      this.pump();
    });
  }

  private pump() {
    if (!this.slots.length) {
      for (const job of this.queue.splice(0)) job.resolve(failed(job.path, job.sha256, 'INTERNAL', "cafqa's readers could not be started; check --concurrency and the memory available.", 0));
      return;
    }
    while (this.queue.length) {
      const slot = this.slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
      if (slot.jobs.size >= this.perWorker) return;
      const job = this.queue.shift()!;
      const timeoutMs = this.opts.timeoutMs ?? 60_000;
      const started = performance.now();
      // Past the limit the worker is ended: only so is a stuck parse stopped. Its other files go again.
      const timer = setTimeout(
        () =>
          this.replace(slot, (j, ms) =>
            j.id === job.id ? failed(j.path, j.sha256, 'TIMEOUT', `Reading the file took longer than ${Math.round(timeoutMs / 1000)} s and was stopped. It may be damaged or built to stall readers; check it opens, or raise --timeout.`, ms) : null,
          ),
        timeoutMs,
      );
      slot.jobs.set(job.id, { job, timer, started });
      slot.worker.postMessage({ id: job.id, path: job.path, sha256: job.sha256 });
    }
  }

  async close() {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
