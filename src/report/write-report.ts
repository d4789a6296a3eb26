// Writes the report files for an audit: report.html, report.md, forms.csv (and report.docx).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { RULES_DIR } from '../audit/config.js';
import { join } from 'node:path';
import type { FormResult } from '../audit/result.js';
import type { Decision } from '../audit/store.js';
import type { RuleSet } from '../rules/ruleset.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { type EthnicityGroups, type ReportOptions, buildReport } from './model.js';
import { moderatedCsv } from './moderated-export.js';

export function loadEthnicityGroups(): EthnicityGroups {
  return parseYaml(readFileSync(`${RULES_DIR}ethnicity.yaml`, 'utf8')) as EthnicityGroups;
}

export async function writeReport(dir: string, forms: FormResult[], rules: RuleSet, decisions: Decision[], opts: ReportOptions): Promise<string[]> {
  const model = buildReport(forms, rules, decisions, { ethnicity: loadEthnicityGroups(), ...opts });
  mkdirSync(dir, { recursive: true });
  const files = {
    'report.html': renderHtml(model),
    'report.md': `${renderMarkdown(model)}\n`,
    'forms.csv': moderatedCsv(forms, rules, decisions, { identify: opts.identify }),
    'report.docx': await renderDocx(model),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return Object.keys(files).map((f) => join(dir, f));
}
