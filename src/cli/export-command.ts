import { writeFileSync } from 'node:fs';
import { loadConfig } from '../audit/config.js';
import { moderated } from '../audit/moderation.js';
import { moderatedCsv } from '../report/moderated-export.js';
import { openAudit } from './store-access.js';

export async function runExport(name: string | undefined, opts: { store: string; format: 'json' | 'csv'; out?: string }): Promise<number> {
  const opened = openAudit(opts.store, name);
  if (!opened) return 2;
  const { store, audit, ruleset } = opened;
  const rules = loadConfig({ rules: ruleset }).rules;
  const forms = store.forms(audit);
  const decisions = store.decisions(audit);
  store.close();
  const text =
    opts.format === 'csv'
      ? moderatedCsv(forms, rules, decisions)
      : `${JSON.stringify({ schemaVersion: 1, ruleset: rules.id, audit, forms: forms.map((f) => ({ ...f, moderation: moderated(f, rules, decisions).map(({ target, value, moderated: m, status, comments }) => ({ target, tool: value, moderated: m, status, comments })) })), decisions }, null, 2)}\n`;
  if (opts.out) writeFileSync(opts.out, text);
  else process.stdout.write(text);
  return 0;
}
