// Expands the paths an evaluator gives into the files to audit. Folders are searched recursively;
// files in a folder that cafqa cannot read but that look like forms (.doc, scans) are listed too,
// so they are reported as failures instead of silently left out.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../ingest/index.js';

const REPORTED_UNSUPPORTED = ['.doc', '.rtf', '.odt', '.jpg', '.jpeg', '.png', '.tif', '.tiff', '.heic', '.xps'];

const skipped = (name: string) => name.startsWith('.') || name.startsWith('~$') || name === 'node_modules';

async function walk(dir: string, out: string[]) {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (skipped(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile()) {
      const ext = extname(e.name).toLowerCase();
      if (SUPPORTED_EXTENSIONS.includes(ext) || REPORTED_UNSUPPORTED.includes(ext)) out.push(p);
    }
  }
}

/** Files to audit, in a stable order, each once. A path that does not exist is kept, so the
 *  audit reports it rather than the command failing. */
export async function discoverFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (s?.isDirectory()) await walk(p, out);
    else out.push(p);
  }
  return [...new Set(out)];
}
