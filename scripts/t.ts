import { LabelMatcher, loadLabelTable, labelTokens } from '../src/extract/labels.js';
const m = new LabelMatcher(loadLabelTable('rules/labels.yaml'));
for (const t of process.argv.slice(2)) console.log(t, labelTokens(t), m.field(t, null, 0), m.section(t, 0));
