import { existsSync } from 'node:fs';
import { AuditStore } from '../audit/store.js';

/** Opens an existing store and picks the audit: the one named, else the most recent. */
export function openAudit(storePath: string, name?: string): { store: AuditStore; audit: string; ruleset: string } | string {
  if (!existsSync(storePath)) return `No audit store at ${storePath}. Run "cafqa audit <folder>" first, or give --store.`;
  const store = AuditStore.open(storePath);
  const audits = store.audits();
  const chosen = name ? audits.find((a) => a.name === name) : audits[0];
  if (!chosen) {
    store.close();
    return name ? `No audit "${name}" in ${storePath}; there ${audits.length === 1 ? 'is' : 'are'}: ${audits.map((a) => a.name).join(', ') || 'none'}.` : `The store ${storePath} holds no audit yet.`;
  }
  return { store, audit: chosen.name, ruleset: chosen.ruleset };
}
