import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { SourceDocument } from './document.js';
import { readDocx } from './docx.js';
import { fail } from './errors.js';
import { readMarkdown } from './markdown.js';
import { readPdf } from './pdf.js';
import { isEncryptedOoxml, sniff } from './sniff.js';

export interface IngestLimits {
  maxFileBytes: number;
  maxUnzippedBytes: number;
  maxPages: number;
}

export const DEFAULT_LIMITS: IngestLimits = { maxFileBytes: 25_000_000, maxUnzippedBytes: 100_000_000, maxPages: 150 };

export const SUPPORTED_EXTENSIONS = ['.pdf', '.docx'];

const withMarks = (doc: SourceDocument): SourceDocument => ({ ...doc, blocks: readMarkdown(doc.blocks) });

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

export async function readDocument(path: string, limits: IngestLimits = DEFAULT_LIMITS): Promise<SourceDocument> {
  const ext = extname(path).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext)) {
    fail('UNSUPPORTED_TYPE', `Files ending ${ext || '(no extension)'} are not audited; save the form as .docx or .pdf.`);
  }
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    return fail('READ_FAILED', `The file could not be opened (${(e as NodeJS.ErrnoException).code ?? 'error'}). Check that it exists and that you may read it.`);
  }
  if (size > limits.maxFileBytes) {
    fail('TOO_LARGE', `The file is ${mb(size)}, over the ${mb(limits.maxFileBytes)} limit. A CAF is rarely over 5 MB; check it is the right file or raise --max-size.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    return fail('READ_FAILED', `The file could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const kind = sniff(bytes);
  if (kind === 'empty') fail('EMPTY_FILE', 'The file is empty (0 bytes). It was probably not saved or copied properly; fetch it again.');
  if (ext === '.pdf') {
    if (kind === 'pdf') return withMarks({ ...(await readPdf(path, bytes, { maxPages: limits.maxPages })), sha256 });
    if (kind === 'zip') fail('WRONG_TYPE', 'The file is named .pdf but is a zip or Word (.docx) document. Rename it to .docx.');
    if (kind === 'ole') fail('WRONG_TYPE', 'The file is named .pdf but is an old-style Office (.doc) document. Save it as .docx or PDF.');
    return fail('CORRUPT', 'The file is named .pdf but does not start like a PDF: it is damaged or is another kind of file.');
  }
  if (kind === 'zip') return withMarks({ ...(await readDocx(path, bytes, { maxUncompressedBytes: limits.maxUnzippedBytes })), sha256 });
  if (kind === 'ole' && isEncryptedOoxml(bytes)) {
    fail('ENCRYPTED', 'The Word document is password-protected. Ask the sender for an unprotected copy, or open it with the password and save it without one.');
  }
  if (kind === 'ole') fail('WRONG_TYPE', 'The file is named .docx but is an old-style Word (.doc) document. Open it in Word and save it as .docx.');
  if (kind === 'pdf') fail('WRONG_TYPE', 'The file is named .docx but is a PDF. Rename it to .pdf.');
  return fail('CORRUPT', 'The file is named .docx but is not a zip package: it is damaged or is another kind of file.');
}
