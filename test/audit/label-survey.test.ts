import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/audit/config.js';
import { surveyLabels } from '../../src/audit/label-survey.js';
import { table } from '../../samples/lib/model.js';
import { docxOf, miniCaf, tempDir, write } from '../support/fixtures.js';

describe('label survey', () => {
  it('lists questions it did not recognise, on how many forms, never their answers', async () => {
    const dir = tempDir();
    const extra = table([0.4, 0.6], [[[{ bold: 'Favourite football team' }], ['Kingsmere Rovers']], [[{ bold: 'Name of social worker' }], ['Tom Quayle']]]);
    const a = write(dir, 'a.docx', docxOf([...miniCaf, extra]));
    const b = write(dir, 'b.docx', docxOf([...miniCaf, extra]));
    const { labels, read } = await surveyLabels([a, b, write(dir, 'c.pdf', 'broken')], loadConfig());
    expect(read).toBe(2);
    const team = labels.find((l) => l.label === 'Favourite football team');
    expect(team).toMatchObject({ forms: 2 });
    expect(labels.map((l) => l.label)).not.toContain('Date assessment started');
    expect(JSON.stringify(labels)).not.toMatch(/Rovers|Quayle/);
  });
});
