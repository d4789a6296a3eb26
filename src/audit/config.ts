// Everything an audit needs besides the files: the rule set, the label and agency tables and the
// limits. Loaded once per run from rules/ (or the paths given).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AgencyTable, type LevelTable, loadAgencyTable, loadLevelTable } from '../extract/derive.js';
import { LabelMatcher, type LabelTable, loadLabelTable } from '../extract/labels.js';
import { type ReasonTable, loadReasonTable } from '../extract/profile.js';
import { DEFAULT_LIMITS, type IngestLimits } from '../ingest/index.js';
import { type RuleSet, loadRuleSet } from '../rules/ruleset.js';
import { type Lexicons, loadLexicons } from '../rules/text/lexicons.js';

/** rules/ beside src/ or dist/, so the same code finds it under tsx and when built. */
export const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

/** What an audit reads from rules/, as plain data: a worker thread is handed it rather than
 *  parsing the YAML again (a tenth of a second a worker). */
export interface ConfigData {
  rules: RuleSet;
  labelTable: LabelTable;
  agencies: AgencyTable;
  levels: LevelTable;
  lexicons: Lexicons;
  reasons: ReasonTable;
  limits: IngestLimits;
  /** fewer recognised questions than this and the document is not taken for a CAF */
  minFields: number;
  /** changes whenever anything that decides a result changes: a stored result with another is stale */
  fingerprint: string;
}

export interface AuditConfig extends ConfigData {
  labels: LabelMatcher;
}

/** A rule set by file path, or by the name of a file in rules/ ("kingston"). */
export function resolveRuleSet(nameOrPath: string): string {
  if (existsSync(nameOrPath)) return nameOrPath;
  const inDir = `${RULES_DIR}${nameOrPath.replace(/\.ya?ml$/, '')}.yaml`;
  if (existsSync(inDir)) return inDir;
  throw new Error(`No rule set "${nameOrPath}": give a YAML file or one of the names in ${RULES_DIR}`);
}

/** cafqa's own code (src/ under tsx, dist/ when built): a stored result from any other version is
 *  stale. A version number bumped by hand was not: changes to reading and checking kept "1". */
const ENGINE_DIR = fileURLToPath(new URL('../', import.meta.url));
let engine: string | undefined;
function engineHash(): string {
  if (engine) return engine;
  const h = createHash('sha256');
  const files = readdirSync(ENGINE_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx|js|mjs)$/.test(f)).sort();
  for (const f of files) h.update(f).update(readFileSync(join(ENGINE_DIR, f)));
  return (engine = h.digest('hex'));
}

export function readConfig(opts: { rules?: string; limits?: Partial<IngestLimits> } = {}): ConfigData {
  const rules = loadRuleSet(resolveRuleSet(opts.rules ?? 'kingston'));
  const labelTable = loadLabelTable(`${RULES_DIR}labels.yaml`);
  const agencies = loadAgencyTable(`${RULES_DIR}agencies.yaml`);
  const levels = loadLevelTable(`${RULES_DIR}levels.yaml`);
  const lexicons = loadLexicons(`${RULES_DIR}lexicons.yaml`);
  const reasons = loadReasonTable(`${RULES_DIR}reasons.yaml`);
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const minFields = 6;
  const fingerprint = createHash('sha256').update(JSON.stringify({ engine: engineHash(), rules, labels: labelTable, agencies, levels, lexicons, reasons, limits, minFields })).digest('hex').slice(0, 16);
  return { rules, labelTable, agencies, levels, lexicons, reasons, limits, minFields, fingerprint };
}

export const configFrom = (data: ConfigData): AuditConfig => ({ ...data, labels: new LabelMatcher(data.labelTable) });

export const loadConfig = (opts: Parameters<typeof readConfig>[0] = {}): AuditConfig => configFrom(readConfig(opts));

/** The data alone, for a worker thread: the matcher and its caches stay behind. */
export const configData = ({ labels: _matcher, ...data }: AuditConfig): ConfigData => data;
