// Regenerates reports/ from samples/: what a steering group would be given for the bundled forms.
// Usage: npm run report:samples



import { auditBatch } from '../src/audit/batch.js';
import { loadConfig } from '../src/audit/config.js';
import { discoverFiles } from '../src/audit/discover.js';
import { writeReport } from '../src/report/write-report.js';

const config = loadConfig();
const forms = await auditBatch(await discoverFiles(['samples/forms']), config);
const files = await writeReport('reports', forms, config.rules, [], {
  audit: 'samples',
  generated: '2026-11-25',
  note: 'The 130 fictional forms bundled with cafqa in samples/: every form, in thirteen layouts, Word and PDF. No real child is described.',
});
console.log(`wrote ${files.join(', ')}`);
