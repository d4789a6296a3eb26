// One file through the whole pipeline: read, extract, derive, check. Never throws: a file that
// cannot be audited comes back as a failed result with its error code.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { deriveFacts } from '../extract/derive.js';
import { extractRecord } from '../extract/extract.js';
import { deriveProfile, identifiersOf } from '../extract/profile.js';
import { isBlank } from '../extract/record.js';
import { CafqaFileError } from '../ingest/errors.js';
import { readDocument } from '../ingest/index.js';
import { runChecklist, runFlags, runRubric } from '../rules/checklist.js';
import { score } from '../rules/scoring.js';
import { childNamesOf } from '../rules/text/passage.js';
import type { AuditConfig } from './config.js';
import type { FormResult } from './result.js';

export async function hashFile(path: string): Promise<string> {
  try {
    return createHash('sha256').update(await readFile(path)).digest('hex');
  } catch {
    return createHash('sha256').update(path).digest('hex');
  }
}

export const pseudonymFor = (sha256: string) => `CAF-${sha256.slice(0, 8).toUpperCase()}`;

export async function auditFile(path: string, config: AuditConfig, knownSha256?: string): Promise<FormResult> {
  const started = performance.now();
  const base = { file: path, checklist: {}, rubric: {}, flags: [], warnings: [] as string[] };
  let sha256 = knownSha256 ?? '';
  try {
    const doc = await readDocument(path, config.limits);
    sha256 ||= doc.sha256;
    const record = extractRecord(doc, config.labels);
    const answered = Object.values(record.fields).filter((f) => !isBlank(f.value)).length;
    if (Object.keys(record.fields).length < config.minFields || answered < 3) {
      throw new CafqaFileError('NOT_A_CAF', `Only ${Object.keys(record.fields).length} of the questions a CAF asks were found, so this does not look like a CAF or early help assessment. If it is one, its wording may need adding to rules/labels.yaml.`);
    }
    const facts = deriveFacts(record, config.agencies, config.levels);
    const ctx = { record, facts, lex: config.lexicons, childNames: childNamesOf(record) };
    const checklist = runChecklist(config.rules, ctx);
    const rubric = runRubric(config.rules, ctx);
    return {
      ...base,
      status: 'audited',
      pseudonym: pseudonymFor(sha256),
      sha256,
      format: doc.format,
      children: facts.children,
      child: { gender: facts.child.gender, ageBand: facts.child.ageBand, ethnicity: facts.child.ethnicity },
      assessmentDate: facts.assessmentDate,
      agency: facts.agency,
      levelOfNeed: facts.levelOfNeed,
      profile: deriveProfile(record, facts, config.reasons),
      identifiers: identifiersOf(record),
      checklist,
      rubric,
      ...(config.rules.scoring ? { scores: score(config.rules.scoring, checklist, rubric) } : {}),
      flags: runFlags(config.rules, ctx),
      warnings: record.warnings,
      ms: Math.round(performance.now() - started),
    };
  } catch (e) {
    sha256 ||= await hashFile(path);
    const error = e instanceof CafqaFileError ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: `cafqa failed on this file (${(e as Error).name}). Please report it with the file's pseudonym.` };
    return { ...base, status: 'failed', error, pseudonym: pseudonymFor(sha256), sha256, ms: Math.round(performance.now() - started) };
  }
}
