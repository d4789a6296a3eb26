// The evaluation report: its counts against a count made by hand from the results, and no child's
// name, address or date of birth anywhere in the anonymised outputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditBatch } from '../../src/audit/batch.js';
import { loadConfig } from '../../src/audit/config.js';
import type { FormResult } from '../../src/audit/result.js';
import { buildReport, mask } from '../../src/report/model.js';
import { shortened } from '../../src/report/wording.js';
import { writeReport } from '../../src/report/write-report.js';
import type { TruthEntry } from '../../samples/generate.js';
import { tempDir } from '../support/fixtures.js';

const config = loadConfig();
const truth: TruthEntry[] = JSON.parse(readFileSync('samples/truth.json', 'utf8'));
let forms: FormResult[];
let dir: string;

beforeAll(async () => {
  forms = await auditBatch(truth.map((t) => join('samples/forms', t.file)), config);
  dir = tempDir();
  await writeReport(dir, forms, config.rules, [], { audit: 'samples' });
});

describe('report counts', () => {
  it('match a hand count over a sample of forms', () => {
    const sample = forms.filter((_, i) => i % 7 === 0);
    const m = buildReport(sample, config.rules, [], { audit: 's' });
    expect(m.sample.forms).toBe(sample.length);
    expect(m.sample.children).toBe(sample.reduce((n, f) => n + (f.children ?? 0), 0));
    for (const item of config.rules.checklist) {
      const table = m.dataItems.find((t) => t.id === item.id)!;
      for (const row of table.rows) {
        let hand = 0;
        for (const f of sample) if (f.checklist[item.id].value === row.label) hand++;
        expect(row.n, `${item.id}=${row.label}`).toBe(hand);
        // Percentages are shown to one decimal place.
        expect(Math.abs(row.pct - (100 * hand) / sample.length)).toBeLessThanOrEqual(0.05 + 1e-9);
      }
      expect(table.rows.reduce((a, r) => a + r.n, 0)).toBe(sample.length);
    }
    for (const aspect of config.rules.rubric) {
      const table = m.rubric.find((t) => t.id === aspect.id)!;
      for (const g of ['good', 'satisfactory', 'poor']) expect(table.rows.find((r) => r.label === g)?.n ?? 0).toBe(sample.filter((f) => f.rubric[aspect.id].grade === g).length);
    }
    const males = sample.flatMap((f) => f.profile!.children).filter((c) => c.gender === 'male').length;
    expect(m.characteristics.find((t) => t.id === 'gender')!.rows.find((r) => r.label === 'Male')?.n ?? 0).toBe(males);
    for (const k of m.keyIssues) expect(k.forms.n).toBe(sample.filter((f) => f.flags.some((x) => x.id === k.id)).length);
  });

  it("counts a role or an ethnicity a scan misread under the spelling the others use", () => {
    const m = buildReport(forms, config.rules, [], { audit: 's', ethnicity: { groups: [{ name: 'Black African', words: ['bafr', 'black african'] }, { name: 'White British', words: ['white english'] }] } });
    const labels = (id: string) => [...m.characteristics, ...m.perForm].find((t) => t.id === id)!.rows.map((r) => r.label);
    expect(labels('role')).not.toContain('Family Support W0rker');
    expect(labels('role')).toContain('Family Support Worker');
    expect(labels('ethnicity')).not.toContain('Black Afrlcan');
    // The census's "Black: African" under its heading is Black African too.
    expect(labels('ethnicity')).not.toContain('Black: African');
    expect(labels('ethnicity')).not.toContain('White: English / Welsh / Scottish / Northern Irish / British');
  });

  it('applies moderators\u2019 overrides and shows the change from an earlier audit', () => {
    const f = forms[0];
    const before = buildReport(forms, config.rules, [], { audit: 'q1' });
    const decision = { audit: 'q2', sha256: f.sha256, target: 'rubric:needs', action: 'override' as const, old: f.rubric.needs.grade, new: f.rubric.needs.grade === 'poor' ? 'good' : 'poor', reason: 'r', who: 'me', at: 'now' };
    const after = buildReport(forms, config.rules, [decision], { audit: 'q2', previous: before });
    const row = (m: typeof after, g: string) => m.rubric.find((t) => t.id === 'needs')!.rows.find((r) => r.label === g)!;
    expect(row(after, decision.new).n).toBe(row(before, decision.new).n + 1);
    expect(row(after, decision.new).prev?.n).toBe(row(before, decision.new).n);
    expect(after.method.moderation.overridden).toBe(1);
    expect(after.compare).toBe('q1');
  });
});

describe('anonymised report', () => {
  const outputs = () => ['report.html', 'report.md', 'forms.csv'].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');

  it('holds no name, address or date of birth of any child or parent in the samples', () => {
    const text = outputs();
    // The sample's first and last assessment dates are reported; a due date may fall on one of them.
    const period = new Set(/Assessments are dated (\S+) to (\S+?)\./.exec(text)?.slice(1) ?? []);
    for (const t of truth) {
      for (const p of t.personal.filter((v) => !period.has(v))) {
        const forms = /^\d{4}-\d{2}-\d{2}$/.test(p) ? [p, p.split('-').reverse().join('/'), p.split('-').reverse().join('.').replace(/\.(\d\d)(\d\d)$/, '.$2')] : [p];
        for (const v of forms) expect(text.includes(v), `${t.file}: ${v}`).toBe(false);
      }
    }
    expect(text).not.toMatch(/caf-\d{3}-/); // file names are left out too
  });

  it('masks names inside excerpts but keeps the words around them', () => {
    expect(mask('Kai needs a referral to CAMHS; Donna Thornbury agreed on 14/05/2022.', ['Kai', 'Donna Thornbury', '14/05/2022'])).toBe('[name] needs a referral to CAMHS; [name] agreed on [date].');
  });
});

describe('labels with no room to stand whole', () => {
  it('are cut with an ellipsis, never silently, and left alone when they fit', () => {
    expect(shortened('Summary of key protective factors or strengths', 37)).toBe('Summary of key protective factors or…');
    expect(shortened('Summary of risks', 37)).toBe('Summary of risks');
  });
});
