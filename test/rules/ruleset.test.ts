import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_DIR } from '../../src/audit/config.js';
import { loadRuleSet } from '../../src/rules/ruleset.js';
import { tempDir } from '../support/fixtures.js';

// The public contract: these ids and values are read by other tools.
const CONTRACT: Record<string, string[]> = {
  'caf-date': ['present', 'missing'],
  consent: ['written', 'verbal', 'unspecified', 'none'],
  'parent-contact': ['present', 'missing'],
  'family-composition': ['present', 'missing'],
  ethnicity: ['present', 'missing'],
  gp: ['present', 'missing'],
  'reason-for-assessment': ['present', 'missing'],
  'child-comment': ['present', 'missing'],
  'parent-comment': ['present', 'missing'],
  disability: ['present', 'missing'],
  'who-present': ['recorded', 'none', 'blank'],
  school: ['recorded', 'upn-only', 'missing', 'not-applicable'],
  'assessor-actions': ['present', 'missing'],
};

describe('rule sets', () => {
  it('the default Kingston set holds exactly the contracted items and values', async () => {
    const rules = loadRuleSet(join(RULES_DIR, 'kingston.yaml'));
    const { CHECKS } = await import('../../src/rules/registry.js');
    expect(Object.fromEntries(rules.checklist.map((i) => [i.id, [...CHECKS[i.check].values]]))).toEqual(CONTRACT);
  });

  it('rejects an unknown check and bad options with a message naming the place', () => {
    const dir = tempDir();
    const path = join(dir, 'bad.yaml');
    writeFileSync(path, 'id: x\nversion: 1\nname: X\nchecklist:\n  - id: a\n    label: A\n    check: nonsense\n  - id: b\n    label: B\n    check: presence\n    options: { fields: [] }\n');
    expect(() => loadRuleSet(path)).toThrow(/unknown check "nonsense"[\s\S]*checklist\[1\]\.options\.fields/);
  });
});
