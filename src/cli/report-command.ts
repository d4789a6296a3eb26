import { loadConfig } from '../audit/config.js';
import { buildReport } from '../report/model.js';
import { writeReport } from '../report/write-report.js';
import { openAudit } from './store-access.js';

export interface ReportCommandOptions {
  store: string;
  out: string;
  note?: string;
  title?: string;
  identify?: boolean;
  compare?: string;
}

export async function runReport(name: string | undefined, opts: ReportCommandOptions): Promise<number> {
  const opened = openAudit(opts.store, name);
  if (!opened) return 2;
  const { store, audit, ruleset } = opened;
  try {
    const rules = loadConfig({ rules: ruleset }).rules;
    let previous;
    if (opts.compare) {
      if (!store.audits().some((a) => a.name === opts.compare)) {
        process.stderr.write(`cafqa: no audit "${opts.compare}" to compare with in ${opts.store}\n`);
        return 2;
      }
      previous = buildReport(store.forms(opts.compare), rules, store.decisions(opts.compare), { audit: opts.compare, identify: opts.identify });
    }
    const files = await writeReport(opts.out, store.forms(audit), rules, store.decisions(audit), { audit, note: opts.note, title: opts.title, identify: opts.identify, previous });
    process.stderr.write(`Wrote ${files.join(', ')}\n`);
    return 0;
  } finally {
    store.close();
  }
}
