// The audit store: every audited form saved as it finishes, one row per form keyed by the file's
// content hash, and every moderation decision. SQLite in WAL mode (better-sqlite3, synchronous), so
// a batch killed part-way keeps every form it finished and a resumed run skips them.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { type FormResult, FormResultSchema } from './result.js';

export const DecisionSchema = z.object({
  id: z.number().int().optional(),
  audit: z.string(),
  sha256: z.string(),
  /** what was judged: "checklist:consent", "rubric:needs", "flag:service-led#0" */
  target: z.string(),
  action: z.enum(['accept', 'override', 'dismiss', 'comment']),
  old: z.string().nullable(),
  new: z.string().nullable(),
  reason: z.string(),
  who: z.string(),
  at: z.string(),
});
export type Decision = z.infer<typeof DecisionSchema>;

export interface AuditInfo {
  name: string;
  ruleset: string;
  created: string;
  forms: number;
}

const SCHEMA = `
-- ruleset: the rule set as given to "cafqa audit --rules" (a name in rules/ or a file path)
CREATE TABLE IF NOT EXISTS audits (name TEXT PRIMARY KEY, ruleset TEXT NOT NULL, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS forms (
  audit TEXT NOT NULL REFERENCES audits(name),
  sha256 TEXT NOT NULL,
  file TEXT NOT NULL,
  config TEXT NOT NULL,
  result TEXT NOT NULL,
  audited_at TEXT NOT NULL,
  PRIMARY KEY (audit, sha256)
);
CREATE TABLE IF NOT EXISTS decisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  audit TEXT NOT NULL, sha256 TEXT NOT NULL, target TEXT NOT NULL, action TEXT NOT NULL,
  old TEXT, new TEXT, reason TEXT NOT NULL, who TEXT NOT NULL, at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_form ON decisions (audit, sha256);
`;

export class AuditStore {
  private constructor(private readonly db: Database.Database) {}

  static open(path: string): AuditStore {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(SCHEMA);
    return new AuditStore(db);
  }

  close() {
    this.db.close();
  }

  ensureAudit(name: string, ruleset: string) {
    this.db.prepare('INSERT INTO audits (name, ruleset, created) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET ruleset = excluded.ruleset').run(name, ruleset, new Date().toISOString());
  }

  audits(): AuditInfo[] {
    return this.db
      .prepare('SELECT a.name, a.ruleset, a.created, COUNT(f.sha256) AS forms FROM audits a LEFT JOIN forms f ON f.audit = a.name GROUP BY a.name ORDER BY a.created DESC')
      .all() as AuditInfo[];
  }

  /** The form as audited under this configuration, if it was. */
  find(audit: string, sha256: string, config: string): FormResult | null {
    const row = this.db.prepare('SELECT result FROM forms WHERE audit = ? AND sha256 = ? AND config = ?').get(audit, sha256, config) as { result: string } | undefined;
    return row ? FormResultSchema.parse(JSON.parse(row.result)) : null;
  }

  /** Saves a result at once. A file whose content changed replaces its old version. */
  save(audit: string, result: FormResult, config: string) {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM forms WHERE audit = ? AND file = ? AND sha256 <> ?').run(audit, result.file, result.sha256);
      this.db
        .prepare('INSERT INTO forms (audit, sha256, file, config, result, audited_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(audit, sha256) DO UPDATE SET file = excluded.file, config = excluded.config, result = excluded.result, audited_at = excluded.audited_at')
        .run(audit, result.sha256, result.file, config, JSON.stringify(result), new Date().toISOString());
    })();
  }

  forms(audit: string): FormResult[] {
    return (this.db.prepare('SELECT result FROM forms WHERE audit = ? ORDER BY file').all(audit) as { result: string }[]).map((r) => FormResultSchema.parse(JSON.parse(r.result)));
  }

  decide(d: Omit<Decision, 'id'>): Decision {
    const info = this.db.prepare('INSERT INTO decisions (audit, sha256, target, action, old, new, reason, who, at) VALUES (@audit, @sha256, @target, @action, @old, @new, @reason, @who, @at)').run(DecisionSchema.omit({ id: true }).parse(d));
    return { ...d, id: Number(info.lastInsertRowid) };
  }

  decisions(audit: string): Decision[] {
    return (this.db.prepare('SELECT * FROM decisions WHERE audit = ? ORDER BY id').all(audit) as Decision[]).map((d) => DecisionSchema.parse(d));
  }
}
