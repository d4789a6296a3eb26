// A worker thread that audits files for the pool, with the configuration the pool was given;
// the main thread enforces the time limit by terminating it.
import { parentPort, workerData } from 'node:worker_threads';
import { auditFile } from './audit-file.js';
import { type ConfigData, configFrom } from './config.js';

const config = configFrom(workerData as ConfigData);

// pdf.js leaves some of its internal promises unhandled when a damaged file makes them fail; the
// call we await fails or returns on its own, and the pool's time limit covers the rest, so these
// stray rejections must not end the thread.
process.on('unhandledRejection', () => {});

parentPort!.on('message', async (job: { id: number; path: string; sha256?: string }) => {
  const result = await auditFile(job.path, config, job.sha256);
  parentPort!.postMessage({ id: job.id, result });
});
