// Regenerates reports/ from samples/: what a steering group would be given for the bundled forms.
// Usage: npm run report:samples
import { auditBatch } from '../src/audit/batch.js';
import { loadConfig } from '../src/audit/config.js';
import { discoverFiles } from '../src/audit/discover.js';
import { writeReport } from '../src/report/write-report.js';
import { DEV_FAMILIES, HOLDOUT_FAMILIES } from '../samples/lib/layouts.js';

const config = loadConfig();
const files = await discoverFiles(['samples/forms']);
const forms = await auditBatch(files, config);
const layouts = DEV_FAMILIES.length + HOLDOUT_FAMILIES.length;
const written = await writeReport('reports', forms, config.rules, [], {
  audit: 'samples',
  generated: '2026-11-25',
  note: `The ${files.length} fictional forms bundled with cafqa in samples/: every form, in ${layouts} layouts, Word and PDF. No real child is described.`,
});
console.log(`wrote ${written.join(', ')}`);
