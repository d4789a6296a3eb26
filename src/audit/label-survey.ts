// Which questions on a batch of forms cafqa did not recognise: the list an evaluator works through
// to teach cafqa a council's wording (rules/labels.yaml). Only the questions are listed, never the
// answers, since answers hold personal data.
import { extractRecord } from '../extract/extract.js';
import { labelTokens } from '../extract/labels.js';
import { isBlank } from '../extract/record.js';
import { readDocument } from '../ingest/index.js';
import type { AuditConfig } from './config.js';

export interface UnrecognisedLabel {
  label: string;
  /** forms on which it stands with an answer */
  forms: number;
  /** the nearest field, if any comes close */
  guess: { id: string; score: number } | null;
}

export async function surveyLabels(files: string[], config: AuditConfig): Promise<{ labels: UnrecognisedLabel[]; read: number; failed: number }> {
  const seen = new Map<string, { label: string; forms: Set<string> }>();
  let read = 0;
  let failed = 0;
  for (const file of files) {
    let record;
    try {
      record = extractRecord(await readDocument(file, config.limits), config.labels);
      read++;
    } catch {
      failed++;
      continue;
    }
    for (const u of record.unplaced) {
      const label = u.label.replace(/\s+/g, ' ').trim();
      if (!label || label.split(' ').length > 12 || isBlank(u.value)) continue;
      const key = labelTokens(label).join(' ');
      const entry = seen.get(key) ?? { label, forms: new Set<string>() };
      entry.forms.add(file);
      seen.set(key, entry);
    }
  }
  const labels = [...seen.values()]
    .map(({ label, forms }) => ({ label, forms: forms.size, guess: config.labels.field(label, null, 0.3) }))
    .sort((a, b) => b.forms - a.forms || a.label.localeCompare(b.label));
  return { labels, read, failed };
}
