import { existsSync } from 'node:fs';
import { AuditStore } from '../audit/store.js';

/** Opens an existing store and picks the audit: the one named, else the most recent. Says what is
 *  wrong on standard error and returns null when there is no such audit. */
export function openAudit(storePath: string, name?: string): { store: AuditStore; audit: string; ruleset: string } | null {
  const problem = (message: string) => {
    process.stderr.write(`cafqa: ${message}\n`);
    return null;
  };
  if (!existsSync(storePath)) return problem(`No audit store at ${storePath}. Run "cafqa audit <folder>" first, or give --store.`);
  const store = AuditStore.open(storePath);
  const audits = store.audits();
  const chosen = name ? audits.find((a) => a.name === name) : audits[0];
  if (!chosen) {
    store.close();
    return problem(name ? `No audit "${name}" in ${storePath}; there ${audits.length === 1 ? 'is' : 'are'}: ${audits.map((a) => a.name).join(', ') || 'none'}.` : `The store ${storePath} holds no audit yet.`);
  }
  return { store, audit: chosen.name, ruleset: chosen.ruleset };
}
