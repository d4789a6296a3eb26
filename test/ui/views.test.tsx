// The terminal views, through ink-testing-library: what a person sees and what each listed key does.
import { render } from 'ink-testing-library';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditFile } from '../../src/audit/audit-file.js';
import { loadConfig } from '../../src/audit/config.js';
import { agreementSoFar } from '../../src/audit/moderation.js';
import type { FormResult } from '../../src/audit/result.js';
import { AuditStore, type Decision } from '../../src/audit/store.js';
import { CheckApp } from '../../src/ui/CheckApp.js';
import { ModerateApp } from '../../src/ui/ModerateApp.js';

const config = loadConfig();
const KEY = { down: '\u001B[B', right: '\u001B[C', enter: '\r', esc: '\u001B' };
const tick = () => new Promise((r) => setTimeout(r, 30));
let forms: FormResult[];

beforeAll(async () => {
  forms = [await auditFile('samples/forms/caf-004-national-2009.pdf', config), await auditFile('samples/forms/caf-001-national-2009.docx', config)];
});

describe('check view', () => {
  it('shows the checklist with marks and values, and its keys, within 80 columns', () => {
    const { lastFrame } = render(<CheckApp form={forms[0]} rules={config.rules} />);
    const frame = lastFrame()!;
    expect(frame).toContain(forms[0].pseudonym);
    expect(frame).toMatch(/✓ CAF date\s+present/);
    expect(frame).toMatch(/✗ Family composition\s+missing/);
    expect(frame).toContain('↑↓ move · ←→/tab section · enter evidence · q quit');
    for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(frame.split('\n').length).toBeLessThanOrEqual(24);
  });

  it('moves between sections and rows and opens the evidence', async () => {
    const { lastFrame, stdin } = render(<CheckApp form={forms[0]} rules={config.rules} />);
    await tick();
    stdin.write('2');
    await tick();
    expect(lastFrame()).toMatch(/▶○ Level of detail in the assessment\s+poor/);
    stdin.write(KEY.down);
    await tick();
    expect(lastFrame()).toMatch(/▶○ Summary of key needs/);
    stdin.write(KEY.right);
    await tick();
    expect(lastFrame()).toMatch(/▶⚑ Needs confused with services/);
    stdin.write(KEY.enter);
    await tick();
    expect(lastFrame()).toContain('needs a referral to CAMHS');
  });
});

describe('moderation view', () => {
  const setup = (decisions: Decision[] = []) => {
    const store = AuditStore.open(':memory:');
    store.ensureAudit('q', 'kingston');
    for (const f of forms) store.save('q', f, 'x');
    for (const d of decisions) store.decide(d);
    const view = render(<ModerateApp audit="q" forms={forms} rules={config.rules} decisions={store.decisions('q')} who="evaluator" onDecide={(d) => store.decide(d)} now={() => '2026-11-25T10:00:00Z'} />);
    return { store, ...view };
  };

  it('overrides a grade with a reason, saving who, when, old and new at once', async () => {
    const { store, stdin, lastFrame } = setup();
    await tick();
    expect(lastFrame()).toContain('form 1/2 · moderated 0/2');
    stdin.write('2');
    await tick();
    stdin.write('o');
    await tick();
    expect(lastFrame()).toContain('Override poor with: 1 good  2 satisfactory  3 poor');
    stdin.write('2');
    await tick();
    for (const ch of 'two domains are thin') stdin.write(ch);
    await tick();
    stdin.write(KEY.enter);
    await tick();
    expect(store.decisions('q')).toEqual([
      expect.objectContaining({ sha256: forms[0].sha256, target: 'rubric:detail', action: 'override', old: 'poor', new: 'satisfactory', reason: 'two domains are thin', who: 'evaluator', at: '2026-11-25T10:00:00Z' }),
    ]);
    expect(lastFrame()).toMatch(/◐ Level of detail in the assessment\s+satisfactory\s+≠ overridden/);
    expect(lastFrame()).toContain('detail 0%');
  });

  it('dismisses a flag, comments, accepts the rest, and counts the form moderated', async () => {
    const { store, stdin, lastFrame } = setup();
    await tick();
    stdin.write('3');
    await tick();
    stdin.write('d');
    await tick();
    for (const ch of 'SALT is a need here') stdin.write(ch);
    stdin.write(KEY.enter);
    await tick();
    stdin.write('c');
    await tick();
    for (const ch of 'check with HV') stdin.write(ch);
    stdin.write(KEY.enter);
    await tick();
    stdin.write('A');
    await tick();
    expect(lastFrame()).toContain('moderated 1/2');
    const ds = store.decisions('q');
    expect(ds.find((d) => d.action === 'dismiss')).toMatchObject({ target: 'flag:needs-services-confusion#0', new: 'dismissed', reason: 'SALT is a need here' });
    expect(ds.find((d) => d.action === 'comment')).toMatchObject({ reason: 'check with HV' });
    stdin.write('n');
    await tick();
    expect(lastFrame()).toContain('form 2/2');
  });

  it('comes back where it left off, and its agreement figures match a hand count', async () => {
    const first = setup();
    await tick();
    first.stdin.write('A');
    await tick();
    const saved = first.store.decisions('q');
    const again = setup(saved.map(({ id: _, ...d }) => d));
    await tick();
    expect(again.lastFrame()).toContain('form 2/2 · moderated 1/2');
    // Every judgement on form 1 accepted: agreement is 100% on each aspect, by hand.
    const s = agreementSoFar(forms, config.rules, again.store.decisions('q'));
    expect(s.rubric.map((r) => [r.id, r.n, r.agreement])).toEqual([['detail', 1, 1], ['needs', 1, 1], ['strengths', 1, 1], ['risks', 1, 1], ['outcomes', 1, 1]]);
  });
});
