import { loadConfig } from '../audit/config.js';
import { discoverFiles } from '../audit/discover.js';
import { surveyLabels } from '../audit/label-survey.js';

export async function runLabels(paths: string[]): Promise<number> {
  const config = loadConfig();
  const files = await discoverFiles(paths);
  const { labels, read, failed } = await surveyLabels(files, config);
  const lines = [`${labels.length} unrecognised question(s) with answers on ${read} readable form(s)${failed ? ` (${failed} could not be read)` : ''}`];
  if (labels.length) lines.push('', `${'forms'.padStart(5)}  ${'question as worded'.padEnd(56)} nearest field`);
  for (const l of labels) lines.push(`${String(l.forms).padStart(5)}  ${l.label.slice(0, 56).padEnd(56)} ${l.guess ? `${l.guess.id} (${l.guess.score.toFixed(2)})` : '-'}`);
  if (labels.length) lines.push('', 'To teach cafqa a wording, add it to the field\'s aliases (or concepts) in rules/labels.yaml.');
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
