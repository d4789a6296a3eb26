// The moderated audit for spreadsheets and other tools: one row per form, and for every judgement
// the tool's value beside the moderated one. Rows name forms by pseudonym, never by child.
import { stringify } from 'csv-stringify/sync';
import { moderated } from '../audit/moderation.js';
import type { FormResult } from '../audit/result.js';
import type { Decision } from '../audit/store.js';
import type { RuleSet } from '../rules/ruleset.js';

export function moderatedRows(forms: FormResult[], rules: RuleSet, decisions: Decision[], opts: { identify?: boolean } = { identify: true }) {
  return forms.map((f) => {
    const js = moderated(f, rules, decisions);
    const value = (target: string) => js.find((j) => j.target === target);
    // File names often carry the child's name: they are left out unless asked for.
    const row: Record<string, string | number> = { pseudonym: f.pseudonym, ...(opts.identify ? { file: f.file } : {}), status: f.status, error: f.error?.code ?? '' };
    Object.assign(row, { children: f.children ?? '', gender: f.child?.gender ?? '', 'age band': f.child?.ageBand ?? '', agency: f.agency ?? '', 'level of need': f.levelOfNeed ?? '' });
    for (const item of rules.checklist) {
      row[`${item.id} (tool)`] = value(`checklist:${item.id}`)?.value ?? '';
      row[`${item.id} (moderated)`] = value(`checklist:${item.id}`)?.moderated ?? '';
    }
    for (const item of rules.rubric) {
      row[`${item.id} (tool)`] = value(`rubric:${item.id}`)?.value ?? '';
      row[`${item.id} (moderated)`] = value(`rubric:${item.id}`)?.moderated ?? '';
    }
    for (const item of rules.flags) {
      const flags = js.filter((j) => j.kind === 'flag' && j.id === item.id);
      row[`${item.id} (tool)`] = flags.length;
      row[`${item.id} (moderated)`] = flags.filter((j) => j.moderated !== 'dismissed').length;
    }
    if (opts.identify) row['moderation comments'] = js.flatMap((j) => j.comments.map((c) => `${j.target}: ${c}`)).join(' | ');
    return row;
  });
}

export function moderatedCsv(forms: FormResult[], rules: RuleSet, decisions: Decision[], opts: { identify?: boolean } = { identify: true }): string {
  const rows = moderatedRows(forms, rules, decisions, opts);
  return stringify(rows, { header: true, columns: rows[0] ? Object.keys(rows[0]) : ['pseudonym'] });
}
