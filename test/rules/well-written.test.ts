// A well-written assessment, including the words a bare word list would trip on (a label quoted
// from a school log and followed by what happened, a mother's own words about herself, an adult's
// history), raises no flag and grades good throughout.
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../src/audit/audit-file.js';
import { loadConfig } from '../../src/audit/config.js';
import { h2, p, table } from '../../samples/lib/model.js';
import { docxOf, miniCaf, tempDir, write } from '../support/fixtures.js';

const rows = (pairs: [string, string][]) => table([0.35, 0.65], pairs.map(([l, v]) => [[{ bold: l }], [{ answer: v }]]));

const wellWritten = [
  ...miniCaf,
  h2('Assessment'),
  rows([
    ['Development of the child or young person', 'Ruby is in good health and her immunisations are up to date (GP record, March). She is a year behind in writing (spring data). The school log describes Ruby as "disruptive": on 3 March she threw a pencil case when asked to stop talking.'],
    ['Parents and carers', 'Mum gets Ruby to school clean and fed; she said: "I know I can be lazy about bedtimes when I\'m tired", and bedtime is after 10pm on three nights a week (sleep diary).'],
    ['Family and environmental factors', 'The family rent a two-bedroom flat with damp (seen on home visit, 3 March). Dad had a violent relationship with a previous partner in 2015; there have been no incidents since, according to police checks.'],
    ['What are the strengths?', 'Ruby has a close relationship with her grandmother, who collects her from school twice a week (seen at pick-up).'],
    ['What are the needs?', 'Ruby needs a settled bedtime so that she arrives at school rested; she has been late on 9 of the last 30 school days (register).'],
    ['What are the risks?', 'If Ruby keeps missing the start of the day she will fall further behind in phonics, which her teacher estimates at six weeks of work.'],
    ['Desired outcomes', "Ruby will be in bed by 8pm on at least five school nights a week within six weeks, recorded on a sleep diary reviewed at each TAC meeting."],
  ]),
  p(''),
];

describe('a well-written form', () => {
  it('raises no flag and grades good on every aspect', async () => {
    const r = await auditFile(write(tempDir(), 'well.docx', docxOf(wellWritten)), loadConfig());
    expect(r.status).toBe('audited');
    expect(r.flags).toEqual([]);
    expect(Object.fromEntries(Object.entries(r.rubric).map(([k, v]) => [k, v.grade]))).toEqual({ detail: 'good', needs: 'good', strengths: 'good', risks: 'good', outcomes: 'good' });
  });
});
