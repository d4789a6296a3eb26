// Prints what cafqa reads from one form: its blocks (--blocks) or its extracted record. For debugging.
import { extractRecord } from '../src/extract/extract.js';
import { LabelMatcher, loadLabelTable } from '../src/extract/labels.js';
import { readDocument } from '../src/ingest/index.js';

const [file, flag] = process.argv.slice(2);
const doc = await readDocument(file);
if (flag === '--blocks') for (const b of doc.blocks) console.log(JSON.stringify(b));
else console.log(JSON.stringify(extractRecord(doc, new LabelMatcher(loadLabelTable('rules/labels.yaml'))), null, 1));
