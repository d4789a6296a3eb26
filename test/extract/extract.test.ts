// Where an answer ends: what the extractor takes for a question's answer, and what it leaves.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_DIR } from '../../src/audit/config.js';
import { deriveFacts, loadAgencyTable, loadLevelTable } from '../../src/extract/derive.js';
import { extractRecord } from '../../src/extract/extract.js';
import { fieldValue } from '../../src/extract/record.js';
import { capitalChoice, parseDate } from '../../src/extract/values.js';
import { deriveProfile } from '../../src/extract/profile.js';
import { callsByName, LabelMatcher, loadLabelTable, normaliseLabel } from '../../src/extract/labels.js';
import { readDocument } from '../../src/ingest/index.js';
import { type Cell, type Element, h1, h2, p, type RenderOptions, table } from '../../samples/lib/model.js';
import { writeDocx } from '../../samples/lib/write-docx.js';
import { writePdf } from '../../samples/lib/write-pdf.js';
import { tempDir, write } from '../support/fixtures.js';

const matcher = new LabelMatcher(loadLabelTable(join(RULES_DIR, 'labels.yaml')));
const agencies = loadAgencyTable(join(RULES_DIR, 'agencies.yaml'));
const levels = loadLevelTable(join(RULES_DIR, 'levels.yaml'));
const dir = tempDir();

async function record(name: string, form: Element[], format: 'docx' | 'pdf', render: Partial<RenderOptions> = {}) {
  const bytes = format === 'docx' ? writeDocx(form, { tickStyle: 'glyph', ...render }) : await writePdf(form, { tickStyle: 'glyph', ...render });
  return extractRecord(await readDocument(write(dir, `${name}.${format}`, bytes)), matcher);
}
const fields = async (name: string, form: Element[], format: 'docx' | 'pdf') => (await record(name, form, format)).fields;
/** A question as a form sets it, in bold. */
const lbl = (s: string) => [{ bold: s }];
/** A question and its options to tick, one chosen or none, as a table row. */
const choose = (q: string, options: string[], chosen: string | null) => [lbl(q), [{ ticks: options.map((o) => ({ label: o, checked: o === chosen })) }]];
/** A record with no fields yet, for facts derived from the fields a test gives it. */
const base = { file: 'x', format: 'docx' as const, actions: [], childRows: [], siblings: [], unplaced: [], warnings: [] };

describe('answers', () => {
  const signedOff = [
    h2('Consent'),
    table([0.4, 0.6], [
      [[{ bold: 'Consent type' }], ['Verbal']],
      [[{ bold: 'Parent / guardian signature' }], ['']],
    ]),
    p('Thank you for working with us and for sharing your story with the team.'),
  ];

  it.each(['docx', 'pdf'] as const)('a blank signature stays blank though a sentence follows the table (%s)', async (format) => {
    const f = await fields('signed-off', signedOff, format);
    expect(f['consent.signature']?.value ?? '').toBe('');
  });

  it('a blank answer cell in a Word table is answered by the row below it, not by text after the table', async () => {
    const form = [
      table([1], [[[{ bold: 'Reason for assessment' }]], [['Ruby is missing school most Mondays.']]]),
      table([0.4, 0.6], [[[{ bold: 'Family composition' }], ['']]]),
      p('Notes for the panel are kept separately.'),
    ];
    const f = await fields('rows-below', form, 'docx');
    expect(f.reason.value).toBe('Ruby is missing school most Mondays.');
    expect(f['family.composition'].value).toBe('');
  });

  it('a question set on its own line takes the line below as its answer, even a sentence, where the answer is prose', async () => {
    const f = await fields('below', [p({ bold: 'What has led to this assessment?' }), p('Ruby is missing school most Mondays.')], 'pdf');
    expect(f.reason.value).toBe('Ruby is missing school most Mondays.');
  });
});

describe('several questions on a row', () => {
  const form = [
    h2('Details of the child or young person'),
    table([0.2, 0.3, 0.2, 0.3], [
      [[{ bold: 'Name' }], ['Ruby Cole'], [{ bold: 'Date of birth' }], ['03/04/2015']],
      [[{ bold: 'Gender' }], ['Female'], [{ bold: 'Ethnicity' }], ['White British']],
      [[{ bold: 'School' }], ['Nursery'], [{ bold: 'GP' }], ['Dr Osei, Fenwick Surgery']],
    ]),
    table([0.5, 0.5], [[['Religion: None'], ['First language: English']]]),
    table([0.34, 0.33, 0.33], [
      [[{ bold: 'Date of assessment' }], [{ bold: 'Completed by' }], [{ bold: 'Level of need' }]],
      [['12/05/2025'], ['Dana Fry, Family Support Worker'], ['2']],
    ]),
  ];

  it.each(['docx', 'pdf'] as const)('label, answer, label, answer; "Label: value" cells; questions over answers (%s)', async (format) => {
    const f = await fields(`row-${format}`, form, format);
    const values = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.value]));
    expect(values).toMatchObject({
      'child.name': 'Ruby Cole',
      'child.dob': '03/04/2015',
      'child.gender': 'Female',
      'child.ethnicity': 'White British',
      'services.school': 'Nursery',
      'services.gp': 'Dr Osei, Fenwick Surgery',
      'child.religion': 'None',
      'child.language': 'English',
      'assessment.date': '12/05/2025',
      'assessor.combined': 'Dana Fry, Family Support Worker',
      'level.need': '2',
    });
  });
});

describe('answers that say what they answer', () => {
  it.each(['docx', 'pdf'] as const)('boxes for how consent was given answer "how", whatever the question is called (%s)', async (format) => {
    const form = [
      table([0.4, 0.6], [
        [[{ bold: 'Consent to share with other agencies' }], [{ ticks: [{ label: 'Yes', checked: true }, { label: 'No', checked: false }] }]],
        [[{ bold: 'Consent recorded' }], [{ ticks: [{ label: 'Verbal', checked: true }, { label: 'Written', checked: false }] }]],
      ]),
    ];
    const f = await fields(`method-${format}`, form, format);
    expect(f['consent.how'].value).toMatch(/☒ Verbal/);
    expect(f['consent.given'].value).toMatch(/☒ Yes/);
  });

  it.each(['docx', 'pdf'] as const)('a label and an answer that names a role are no table header (%s)', async (format) => {
    const form = [h2('Details of the person undertaking the assessment'), table([0.4, 0.6], [[[{ bold: 'Role' }], ['Youth Worker']], [[{ bold: 'Telephone' }], ['01632 960123']]])];
    const f = await fields(`role-${format}`, form, format);
    expect(f['assessor.role'].value).toBe('Youth Worker');
    expect(f['assessor.phone'].value).toBe('01632 960123');
  });

  it.each([
    ['Tier 3', '3'],
    ['☐ L1 ☒ L2 ☐ L3', '2'],
    ['Universal Plus', '2'],
    ['Universal Partnership Plus', '3'],
    ['Targeted early help', '2'],
    ['Acute / safeguarding', '4'],
    ['Not decided yet', 'unknown'],
  ])('level of need "%s" is %s', async (answer, level) => {
    const r = await record(`level-${level}-${answer.length}`, [table([0.4, 0.6], [[[{ bold: 'Name of child' }], ['Ruby Cole']], [[{ bold: 'Service level' }], [answer]]])], 'docx');
    expect(deriveFacts(r, agencies, levels).levelOfNeed).toBe(level);
  });
});

describe('action plans', () => {
  it.each(['docx', 'pdf'] as const)('columns a form words its own way are told by their answers (%s)', async (format) => {
    const form = [
      h2('Our plan'),
      table([0.5, 0.25, 0.25], [
        [[{ bold: 'Support offered' }], [{ bold: 'Named contact' }], [{ bold: 'Check-in' }]],
        [['Weekly reading sessions with a teaching assistant'], ['Dana Fry'], ['Within 6 weeks']],
        [['Referral to the housing team'], ['Housing officer'], ['By half term']],
      ]),
    ];
    const r = await record(`plan-${format}`, form, format);
    expect(r.actions.map(({ what, who, when }) => ({ what, who, when }))).toEqual([
      { what: 'Weekly reading sessions with a teaching assistant', who: 'Dana Fry', when: 'Within 6 weeks' },
      { what: 'Referral to the housing team', who: 'Housing officer', when: 'By half term' },
    ]);
  });
});

describe('questions and answers marked as such', () => {
  it.each(['docx', 'pdf'] as const)('"Q:" lines ask, "A:" lines answer, whatever the answer says (%s)', async (format) => {
    const form = [p('Q: Who was present?'), p('A: Both parents'), p("Q: What is the child's ethnicity?"), p('A: WOTH'), p('Q: Why is this assessment needed?'), p('A:')];
    const f = await fields(`qa-${format}`, form, format);
    expect(f['assessment.present'].value).toBe('Both parents');
    expect(f['child.ethnicity'].value).toBe('WOTH');
    expect(f.reason.value).toBe('');
  });
});

describe('what is not an answer', () => {
  it.each(['docx', 'pdf'] as const)('guidance notes and question numbers are left out; boxes on their own lines are one answer (%s)', async (format) => {
    const form = [
      p({ bold: 'Ethnicity (as the family describe it)' }),
      p("Guidance: Record the family's own description, not your view."),
      p('White British'),
      table([0.08, 0.37, 0.55], [[['3.1'], [{ bold: 'Reason for assessment' }], ['Missing school most Mondays.']], [['3.2'], [{ bold: 'Registered GP' }], ['Fenwick Surgery']]]),
      p({ bold: 'Consent' }),
      p({ ticks: [{ label: 'Consent given in writing', checked: false }] }),
      p({ ticks: [{ label: 'Consent given verbally', checked: true }] }),
    ];
    const f = await fields(`guidance-${format}`, form, format);
    expect(f['child.ethnicity'].value).toBe('White British');
    expect(f.reason.value).toBe('Missing school most Mondays.');
    expect(f['services.gp'].value).toBe('Fenwick Surgery');
    expect(f['consent.given'].value).toMatch(/☐ Consent given in writing\s+☒ Consent given verbally/);
  });
});

describe('two questions to a row, and plans in bullets', () => {
  it.each(['docx', 'pdf'] as const)("each side of a two-up form keeps whose details it holds; bullets under a plan are actions (%s)", async (format) => {
    const form = [
      table([0.17, 0.33, 0.17, 0.33], [
        [[{ bold: 'Child' }], ['Ruby Cole'], [{ bold: 'Parent / carer' }], ['Dee Cole (mother)']],
        [[{ bold: 'Date of birth' }], ['03/04/2015'], [{ bold: 'Contact' }], ['07700 900123']],
      ]),
      p({ bold: 'Plan:' }),
      p('• Referral to the housing team - Housing officer - by half term'),
      p('• Weekly check-in with Ruby - Dana Fry - weekly'),
    ];
    const r = await record(`two-up-${format}`, form, format);
    expect(r.fields['parent.contact']?.value).toBe('07700 900123');
    expect(r.fields['child.dob'].value).toBe('03/04/2015');
    expect(r.actions.map(({ what, who, when }) => ({ what, who, when }))).toEqual([
      { what: 'Referral to the housing team', who: 'Housing officer', when: 'by half term' },
      { what: 'Weekly check-in with Ruby', who: 'Dana Fry', when: 'weekly' },
    ]);
  });
});

describe('tables of their own kind', () => {
  it.each(['docx', 'pdf'] as const)('a Yes / No grid reads its marks as ticked boxes; a title row inside one big table moves to its section (%s)', async (format) => {
    const form = [
      table([0.35, 0.65], [
        [[{ bold: 'SECTION 4 - VIEWS AND CONSENT' }], ['']],
        [[{ bold: 'Child' }], ['I want to go back to football.']],
        [[{ bold: 'Parent / carer' }], ['I agree with the plan.']],
      ]),
      table([0.4, 0.1, 0.1, 0.4], [
        [[{ bold: 'Question' }], [{ bold: 'Yes' }], [{ bold: 'No' }], [{ bold: 'Details' }]],
        [['Does the child have a disability?'], [''], ['X'], ['']],
        [['Has the family consented to information sharing?'], ['X'], [''], ['Verbal consent']],
      ]),
    ];
    const f = await fields(`yes-no-${format}`, form, format);
    expect(f['comment.child'].value).toBe('I want to go back to football.');
    expect(f['comment.parent'].value).toBe('I agree with the plan.');
    expect(f['child.disability'].value).toBe('☐ Yes ☒ No');
    expect(f['consent.given'].value).toBe('Verbal consent ☒ Yes ☐ No');
  });
});

describe('a column that names the section', () => {
  it.each(['docx', 'pdf'] as const)('the section is named once on its first row; the rows under it are its questions (%s)', async (format) => {
    const form = [
      table([0.2, 0.3, 0.5], [
        [[{ bold: 'Child' }], [{ bold: 'Name' }], ['Ethan Okonkwo']],
        [[''], [{ bold: 'Date of birth' }], ['20/12/2020']],
        [[{ bold: 'Parent / carer' }], [{ bold: 'Name' }], ['Grace Okonkwo']],
        [[''], [{ bold: 'Telephone' }], ['07700 900123']],
      ]),
      p('child_dob: 2020-12-20'),
      p('carer_phone: 07700 900456'),
    ];
    const f = await fields(`side-${format}`, form, format);
    expect(f['child.name'].value).toBe('Ethan Okonkwo');
    expect(f['child.dob'].value).toBe('20/12/2020');
    expect(f['parent.name'].value).toBe('Grace Okonkwo');
    expect(f['parent.phone'].value).toBe('07700 900123');
  });
});

describe('a row of unanswered questions', () => {
  it('in a PDF, two bold questions side by side with both answers blank are two blank questions', async () => {
    const form = [table([0.2, 0.3, 0.2, 0.3], [[[{ bold: 'Religion' }], [''], [{ bold: 'Registered GP' }], ['']], [[{ bold: 'Gender' }], ['Male'], [{ bold: 'Ethnicity' }], ['White British']]])];
    const f = await fields('blank-pair', form, 'pdf');
    expect(f['child.religion'].value).toBe('');
    expect(f['services.gp'].value).toBe('');
    expect(f['child.ethnicity'].value).toBe('White British');
  });
});


describe('forms laid out a row per person, a box per answer', () => {
  it.each(['docx', 'pdf'] as const)('two questions over their two answers, row after row, are questions and answers, not a table of people (%s)', async (format) => {
    const form = [
      table([1 / 3, 1 / 3, 1 / 3], [
        [[{ bold: 'Name' }], [{ bold: 'Date of birth' }], [{ bold: 'Gender' }]],
        [['Ruby Cole'], ['3 April 2015'], ['Female']],
        [[{ bold: 'Ethnicity' }], [{ bold: 'First language' }], [{ bold: 'GP' }]],
        [['White British'], ['English'], ['Fenwick Surgery']],
      ]),
      table([0.5, 0.5], [
        [[{ bold: 'Date of mapping' }], [{ bold: 'Who was at the mapping?' }]],
        [[''], ['Ruby and her mum']],
        [[{ bold: 'Facilitated by' }], [{ bold: 'Why are we meeting?' }]],
        [['Dana Fry, learning mentor'], ['Ruby is missing school most Mondays.']],
      ]),
    ];
    const r = await record('grid', form, format);
    expect(r.childRows).toEqual([]);
    expect(r.fields['child.ethnicity'].value).toBe('White British');
    expect(r.fields['services.gp'].value).toBe('Fenwick Surgery');
    expect(r.fields['assessment.present'].value).toBe('Ruby and her mum');
    expect(r.fields['assessment.date'].value).toBe('');
    expect(r.fields.reason.value).toBe('Ruby is missing school most Mondays.');
  });

  it.each(['docx', 'pdf'] as const)("the parent's row of a family table gives the parent's phone and address (%s)", async (format) => {
    const form = [
      h2('Parents and carers'),
      table([0.25, 0.2, 0.2, 0.35], [
        [[{ bold: 'Name' }], [{ bold: 'Relationship to child' }], [{ bold: 'Contact number' }], [{ bold: 'Address' }]],
        [['Tia Cole'], ['Mother'], ['07700 900123'], ['4 Mill Lane, Kingsmere']],
      ]),
    ];
    const f = await fields('family-rows', form, format);
    expect(f['parent.name'].value).toBe('Tia Cole');
    expect(f['parent.phone'].value).toBe('07700 900123');
    expect(f['parent.address'].value).toBe('4 Mill Lane, Kingsmere');
  });

  it.each(['docx', 'pdf'] as const)('an answer in a box under its question is its answer, whatever it says; boxes with none ticked are blank (%s)', async (format) => {
    const form = [
      p({ bold: 'Who took part in the assessment?' }),
      table([1], [[['Both parents']]]),
      p({ bold: 'Ethnicity (tick one)' }),
      table([0.5, 0.5], [[[{ ticks: [{ label: 'White British', checked: false }] }], [{ ticks: [{ label: 'Pakistani', checked: false }] }]]]),
      p({ bold: 'First language' }),
      table([1], [[['English']]]),
    ];
    const r = await record('boxes', form, format);
    expect(r.fields['assessment.present'].value).toBe('Both parents');
    expect(deriveFacts(r, agencies, levels).child.ethnicity).toBe('not recorded');
  });

  it('a running header and footer on every page of a PDF are not answers', async () => {
    const long = 'Ruby is missing school most Mondays and her mother says mornings are hard. '.repeat(30);
    const form = [p({ bold: 'Reason for assessment' }), p(long), p({ bold: 'Strengths' }), p(long), p({ bold: 'Needs' }), p(long), p({ bold: 'Risks' }), p(long), p({ bold: 'Who was present' })];
    const r = await record('furniture', form, 'pdf', { running: { header: 'OFFICIAL-SENSITIVE when complete', footer: 'Early Help Assessment v4.2    Page {page} of {pages}' } });
    expect(r.fields['assessment.present'].value).toBe('');
    expect(JSON.stringify(r)).not.toMatch(/OFFICIAL|Page \d of/);
  });

  it("in a PDF, a title in bold with a colon in it is a question, not a label and its answer", async () => {
    const f = await fields('bold-colon', [h2("The child's view: three houses"), p('I like my new teacher.')], 'pdf');
    expect(f['comment.child'].value).toBe('I like my new teacher.');
  });

  it.each(['docx', 'pdf'] as const)('how consent was given, in boxes under a question of its own, is "how" (%s)', async (format) => {
    const form = [p({ bold: 'Parent / carer' }), p('Tia Cole'), p({ bold: 'Consent was given' }), p({ ticks: [{ label: 'in writing', checked: false }, { label: 'verbally', checked: true }] })];
    const f = await fields('consent-how', form, format);
    expect(f['consent.how'].value).toMatch(/☒ verbally/);
  });
});

describe('facts read from answers', () => {
  it('a scaling score is not the level of need; the ticked box is the ethnicity', () => {
    const field = (value: string) => ({ label: 'q', value, location: 'l' });
    const facts = deriveFacts({ ...base, fields: { 'level.need': field('Scaled at 4 out of 10. Level 2 - Targeted'), 'child.ethnicity': field('☐ White British ☒ Pakistani\n☐ Any other ethnic group') } }, agencies, levels);
    expect(facts.levelOfNeed).toBe('2');
    expect(facts.child.ethnicity).toBe('Pakistani');
  });

  it('a role is counted once however it is written', () => {
    const roleIn = (id: string, value: string) => {
      const r = { ...base, fields: { [id]: { label: 'q', value, location: 'l' } } };
      return deriveProfile(r, deriveFacts(r, agencies, levels), { version: 1, categories: [] }).role;
    };
    expect(roleIn('assessor.role', 'SCHOOL NURSE')).toBe('School Nurse');
    expect(roleIn('assessor.role', 'School nurse | Ashford Vale')).toBe('School Nurse');
    expect(roleIn('assessor.role', 'SENCO')).toBe('SENCO');
    expect(roleIn('assessor.combined', 'Dana Fry; family support worker; Kingsmere Family Support Team')).toBe('Family Support Worker');
  });

  it('a first language is counted without the notes written after it', () => {
    const r = { ...base, fields: { 'child.language': { label: 'Language or communication needs', value: 'English; ADHD (diagnosed 2023)', location: 'l' } } };
    expect(deriveProfile(r, deriveFacts(r, agencies, levels), { version: 1, categories: [] }).language).toBe('English');
  });

  it("a form naming no assessor takes the agency from its lead professional", () => {
    const facts = deriveFacts({ ...base, fields: { 'lead.professional': { label: 'Lead professional', value: 'Dana Fry (DF), Health Visitor, Kingsmere Community Health NHS Trust', location: 'l' } } }, agencies, levels);
    expect(facts.agency).toBe('Health');
  });
});

describe('a column for each person, a section for each child', () => {
  it.each(['docx', 'pdf'] as const)('a table on its side gives the first child, the other children as siblings, and each column its person (%s)', async (format) => {
    const form = [
      table([0.28, 0.24, 0.24, 0.24], [
        [[''], [{ bold: 'Child 1' }], [{ bold: 'Child 2' }], [{ bold: 'Child 3' }]],
        [[{ bold: 'Name' }], ['Ruby Cole'], ['Kai Cole'], ['Ben Cole']],
        [[{ bold: 'Date of birth' }], ['03/04/2015'], ['05/06/2018'], ['07/08/2020']],
        [[{ bold: 'School / setting' }], ['Larkspur Primary School'], [''], ['']],
      ]),
      table([0.28, 0.36, 0.36], [
        [[''], [{ bold: 'Practitioner' }], [{ bold: 'Parent / carer' }]],
        [[{ bold: 'Name' }], ['Dana Fry'], ['Tia Cole']],
        [[{ bold: 'Phone' }], ['01632 960001'], ['07700 900123']],
      ]),
    ];
    const r = await record('sideways', form, format);
    expect(r.fields['child.name'].value).toBe('Ruby Cole');
    expect(r.fields['services.school'].value).toBe('Larkspur Primary School');
    expect(r.siblings.map((s) => s.value)).toEqual(['Kai Cole, 05/06/2018', 'Ben Cole, 07/08/2020']);
    expect(r.fields['assessor.name'].value).toBe('Dana Fry');
    expect(r.fields['parent.name'].value).toBe('Tia Cole');
    expect(r.fields['parent.phone'].value).toBe('07700 900123');
  });

  it.each(['docx', 'pdf'] as const)("under \"Child 2\" the child's questions name a sibling and leave the first child's answers alone (%s)", async (format) => {
    const section = (title: string, name: string, school: string) => [h2(title), table([0.35, 0.65], [[[{ bold: 'Name' }], [name]], [[{ bold: 'School or nursery' }], [school]]])];
    const form = [...section('Child 1', 'Ruby Cole', ''), ...section('Child 2', 'Kai Cole', 'Larkspur Primary School'), h2('Family'), table([0.35, 0.65], [[[{ bold: 'Main carer' }], ['Tia Cole']]])];
    const r = await record('child-sections', form, format);
    expect(r.fields['child.name'].value).toBe('Ruby Cole');
    expect(r.fields['services.school']?.value ?? '').toBe('');
    expect(r.siblings.map((s) => s.value)).toEqual(['Kai Cole']);
    expect(r.fields['parent.name'].value).toBe('Tia Cole');
  });

  it.each(['docx', 'pdf'] as const)('an action column headed "by" that holds no dates is who, where another column holds them (%s)', async (format) => {
    const form = [table([0.45, 0.3, 0.25], [[[{ bold: 'Support' }], [{ bold: 'Provided by' }], [{ bold: 'Timescale' }]], [['Weekly reading sessions'], ['Dana Fry'], ['Within 6 weeks']]])];
    const r = await record('provided-by', form, format);
    expect(r.actions.map(({ what, who, when }) => ({ what, who, when }))).toEqual([{ what: 'Weekly reading sessions', who: 'Dana Fry', when: 'Within 6 weeks' }]);
  });
});

describe('tables in tables, and labels over answers in one plain face', () => {
  it.each(['docx', 'pdf'] as const)("a plan nested in the form's own table is a plan; \"How?\" under consent asks how (%s)", async (format) => {
    const form = [
      table([0.3, 0.7], [
        [[{ bold: 'Reason for assessment' }], ['Ruby is missing school most Mondays.']],
        [[{ bold: 'Action plan' }], [{ nested: { widths: [0.5, 0.25, 0.25], rows: [[[{ bold: 'Action' }], [{ bold: 'Who' }], [{ bold: 'When' }]], [['Weekly reading sessions'], ['Dana Fry'], ['Within 6 weeks']]] } }]],
        [[{ bold: 'Consent' }], [{ nested: { widths: [0.5, 0.5], rows: [[[{ bold: 'Consent to share given?' }], ['Yes']], [[{ bold: 'How?' }], ['Verbally']]] } }]],
      ]),
    ];
    const r = await record('nested', form, format);
    expect(r.fields.reason.value).toBe('Ruby is missing school most Mondays.');
    expect(r.actions.map(({ what, who, when }) => ({ what, who, when }))).toEqual([{ what: 'Weekly reading sessions', who: 'Dana Fry', when: 'Within 6 weeks' }]);
    expect(r.fields['consent.given'].value).toBe('Yes');
    expect(r.fields['consent.how'].value).toBe('Verbally');
  });

  it.each(['docx', 'pdf'] as const)('labels over answers, two to a row or one, nothing in bold, blank answers left out of the PDF (%s)', async (format) => {
    const t = (s: string) => [s];
    const form = [
      p('Early Help Assessment - print view'),
      table([0.5, 0.5], [
        [t('Person name'), t('Date of birth')], [t('Ruby Cole'), t('03/04/2015')],
        [t('Education provider'), t('GP practice')], [t('UPN K655387237668'), t('')],
        [t('Household members')], [t('Tia Cole (mother); Ruby (daughter)')],
        [t('Assessment date'), t('Present at assessment')], [t('12/10/2025'), t('')],
        [t('Level of need'), t('Consent to share')], [t('Tier 1'), t('Verbal')],
      ]),
    ];
    const f = await fields('plain-over', form, format);
    expect(f['child.dob'].value).toBe('03/04/2015');
    expect(f['services.school'].value).toBe('UPN K655387237668');
    expect(f['services.gp']?.value ?? '').toBe('');
    expect(f['family.composition'].value).toBe('Tia Cole (mother); Ruby (daughter)');
    expect(f['assessment.date'].value).toBe('12/10/2025');
    expect(f['assessment.present']?.value ?? '').toBe('');
    expect(f['level.need'].value).toBe('Tier 1');
    expect(f['consent.given'].value).toBe('Verbal');
  });
});

describe('several fields on one line', () => {
  it.each(['docx', 'pdf'] as const)('"Key: value" pairs parted by bars are fields of their own; an action printed so is one action (%s)', async (format) => {
    const form = [
      p({ bold: 'Early Help Assessment (step 4.2)' }),
      p('Person: Ruby Cole | Worker: Dana Fry | Team: Larkspur Primary School | Completed:'),
      p('10/02/2025'),
      p('action_1: Weekly reading sessions | owner: Dana Fry | due: within 6 weeks'),
    ];
    const r = await record('bars', form, format);
    expect(r.fields['assessor.name'].value).toBe('Dana Fry');
    expect(r.fields['assessor.org'].value).toBe('Larkspur Primary School');
    expect(r.fields['assessment.date'].value).toBe('10/02/2025');
    expect(r.actions.map(({ what, who, when }) => ({ what, who, when }))).toEqual([{ what: 'Weekly reading sessions', who: 'Dana Fry', when: 'within 6 weeks' }]);
  });
});

describe('signatures, titled tables and numbered plans', () => {
  it.each(['docx', 'pdf'] as const)("a table of signatures gives the parent's signature, not the practitioner's; a title row over a plan's header (%s)", async (format) => {
    const form = [
      table([0.5, 0.25, 0.25], [[[{ bold: 'ACTION PLAN' }]], [[{ bold: 'Action' }], [{ bold: 'Who' }], [{ bold: 'When' }]], [['Weekly reading sessions'], ['Dana Fry'], ['Within 6 weeks']]]),
      h2('Signatures'),
      table([0.25, 0.3, 0.25, 0.2], [
        [[{ bold: 'Who' }], [{ bold: 'Name' }], [{ bold: 'Signature' }], [{ bold: 'Date' }]],
        [['Parent / carer'], ['Tia Cole'], [''], ['']],
        [['Practitioner'], ['Dana Fry'], ['Dana Fry'], ['3rd March 2025']],
      ]),
    ];
    const r = await record('signatures', form, format);
    expect(r.actions.map(({ what, who, when }) => ({ what, who, when }))).toEqual([{ what: 'Weekly reading sessions', who: 'Dana Fry', when: 'Within 6 weeks' }]);
    expect(r.fields['consent.signature'].value).toBe('');
  });

  it.each(['docx', 'pdf'] as const)('numbered items under a plan are actions, who and when in brackets after them (%s)', async (format) => {
    const form = [h2('4. The plan'), p('1. Home visits every two weeks (Family Support Worker (Dana Fry), by half term)'), p('2. Refer to school nursing (School nurse, within 6 weeks)')];
    const r = await record('numbered-plan', form, format);
    expect(r.actions.map(({ what, who, when }) => ({ what, who, when }))).toEqual([
      { what: 'Home visits every two weeks', who: 'Family Support Worker (Dana Fry)', when: 'by half term' },
      { what: 'Refer to school nursing', who: 'School nurse', when: 'within 6 weeks' },
    ]);
  });

  it.each(['docx', 'pdf'] as const)('fields run together on a line, each after the first opening with a known question (%s)', async (format) => {
    const f = await fields('chain', [p({ bold: 'Early Help Portal - Assessment' }), p('Reference: EH-104233 Submitted: 2025-03-03 14:22'), p('Child full name: Ruby Cole')], format);
    expect(f['assessment.date'].value).toBe('2025-03-03 14:22');
    expect(f['child.name'].value).toBe('Ruby Cole');
  });
});

describe('questions no wording names', () => {
  it.each(['docx', 'pdf'] as const)("a label's words hint at a question the form asks nothing else of, where its answer looks the part (%s)", async (format) => {
    const form = [
      table([0.35, 0.65], [
        [[{ bold: 'Review date' }], ['12/08/2025']],
        [[{ bold: 'When the family were seen' }], ['12/05/2025']],
        [[{ bold: 'What triggered the request' }], ['Ruby is missing school most Mondays.']],
        [[{ bold: 'Medical practice' }], ['Fenwick Surgery']],
      ]),
    ];
    const f = await fields('hints', form, format);
    expect(f.reason.value).toBe('Ruby is missing school most Mondays.');
    expect(f['services.gp'].value).toBe('Fenwick Surgery');
    // The review date below it is no assessment date.
    expect(f['assessment.date'].value).toBe('12/05/2025');
  });
});

describe('exports and meeting records', () => {
  it.each(['docx', 'pdf'] as const)('"key = value" lines under [section] markers; numbered keys; comments left out (%s)', async (format) => {
    const form = [p('; early help assessment export v2'), p('[child]'), p('name = Ruby Cole'), p('dob = 2015-04-03'), p('[carer]'), p('name = Tia Cole'), p('phone = 07700 900123'), p('[assessment]'), p('worker = Dana Fry; Family Support Worker'), p('action1 = Weekly reading sessions | owner: Dana Fry | due: within 6 weeks')];
    const r = await record('ini', form, format);
    expect(r.fields['child.name'].value).toBe('Ruby Cole');
    expect(r.fields['parent.name'].value).toBe('Tia Cole');
    expect(r.fields['parent.phone'].value).toBe('07700 900123');
    expect(r.actions.map(({ what, who, when }) => ({ what, who, when }))).toEqual([{ what: 'Weekly reading sessions', who: 'Dana Fry', when: 'within 6 weeks' }]);
    expect(JSON.stringify(r)).not.toContain('export v2');
  });

  it.each(['docx', 'pdf'] as const)("the form's title is no assessment section; attendees in a table are who was present (%s)", async (format) => {
    const form = [
      h2('Early Help Assessment'),
      table([0.3, 0.7], [[[{ bold: 'Name' }], ['Ruby Cole']], [[{ bold: 'Chaired by' }], ['Dana Fry, Family Support Worker']]]),
      p({ bold: 'Attendees' }),
      table([0.35, 0.3, 0.35], [[[{ bold: 'Name' }], [{ bold: 'Role' }], [{ bold: 'Agency' }]], [['Tia Cole'], ['Mother'], ['Family']]]),
    ];
    const f = await fields('meeting', form, format);
    expect(f['assessor.name']?.value).toBeUndefined();
    expect(f['assessor.combined'].value).toBe('Dana Fry, Family Support Worker');
    expect(f['assessment.present'].value).toBe('Tia Cole, Mother, Family');
  });
});

describe('forms put to the parent, three questions to a row', () => {
  it.each(['docx', 'pdf'] as const)('"your" is the parent where the form speaks of "your child" (%s)', async (format) => {
    const form = [
      table([0.4, 0.6], [
        [[{ bold: "Your child's name" }], ['Ruby Cole']],
        [[{ bold: "Your child's school or nursery" }], ['Larkspur Primary School']],
        [[{ bold: 'Your name' }], ['Tia Cole']],
        [[{ bold: 'Your phone number' }], ['07700 900123']],
        [[{ bold: "Your family's doctor" }], ['Fenwick Surgery']],
        [[{ bold: 'When did you meet your worker?' }], ['12/05/2025']],
        [[{ bold: 'What do you think of this plan?' }], ['I am glad someone is listening.']],
      ]),
    ];
    const f = await fields('to-parent', form, format);
    expect(f['child.name'].value).toBe('Ruby Cole');
    expect(f['parent.name'].value).toBe('Tia Cole');
    expect(f['parent.phone'].value).toBe('07700 900123');
    expect(f['services.gp'].value).toBe('Fenwick Surgery');
    expect(f['assessment.date'].value).toBe('12/05/2025');
    expect(f['comment.parent'].value).toBe('I am glad someone is listening.');
  });

  it.each(['docx', 'pdf'] as const)('three questions to a row about one subject share it (%s)', async (format) => {
    const form = [table([0.12, 0.213, 0.12, 0.213, 0.12, 0.214], [
      [[{ bold: 'Carer' }], ['Tia Cole'], [{ bold: 'Carer tel' }], ['07700 900123'], [{ bold: 'Carer address' }], ['4 Mill Lane']],
      [[{ bold: 'Worker' }], ['Dana Fry'], [{ bold: 'Role' }], ['Family Support Worker'], [{ bold: 'Service' }], ['Kingsmere Family Support Team']],
    ])];
    const f = await fields('three-up', form, format);
    expect(f['parent.phone'].value).toBe('07700 900123');
    expect(f['assessor.role'].value).toBe('Family Support Worker');
    expect(f['assessor.org'].value).toBe('Kingsmere Family Support Team');
  });
});

describe('help text, empty form fields and reviews', () => {
  const form = [
    table([0.4, 0.6], [
      [[{ bold: 'Household' }, '\nEveryone who lives in the home, and others important to the child.'], [{ placeholder: 'Click here to enter text.' }]],
      [[{ bold: 'Date of this review' }], ['14/11/2025']],
      [[{ bold: 'Date of original assessment' }], ['03/10/2025']],
      [[{ bold: 'Present at the assessment' }], [{ placeholder: 'Click here to enter text.' }]],
      [[{ bold: 'Present at this review' }], ['Mum and the lead practitioner']],
    ]),
  ];
  it.each([['docx', {}], ['pdf', {}], ['pdf', { fillable: true }]] as const)("help text under a question is not its answer; a review's date and people are not the assessment's (%s %o)", async (format, render) => {
    const f = (await record(`help-${format}-${Object.keys(render).length}`, form, format, render)).fields;
    expect(f['family.composition']?.value ?? '').toBe('');
    expect(f['assessment.date'].value).toBe('03/10/2025');
    expect(f['assessment.present'].value).toBe('');
  });
});

describe('services ticked and named', () => {
  it.each(['docx', 'pdf'] as const)('a box ticked beside "GP: …" answers the GP question; one left empty answers nothing (%s)', async (format) => {
    const form = [p({ bold: 'Services involved' }), p({ ticks: [{ label: 'GP: Fenwick Surgery', checked: true }] }), p({ ticks: [{ label: 'Health visitor', checked: false }] }), p({ ticks: [{ label: 'School / nursery: Larkspur Primary School', checked: true }] })];
    const f = await fields('services-ticked', form, format);
    expect(f['services.gp'].value).toBe('Fenwick Surgery');
    expect(f['services.school'].value).toBe('Larkspur Primary School');
  });
});

describe('lettered sections and health-record lines', () => {
  it.each(['docx', 'pdf'] as const)('"B. Parents and carers" is the parent section; "Label - value" lines, a blank one and a plan line (%s)', async (format) => {
    const form = [
      h2('A. The child'), table([0.4, 0.6], [[[{ bold: 'A1. Name' }], ['Ruby Cole']]]),
      h2('B. Parents and carers'), table([0.4, 0.6], [[[{ bold: 'B1. Name' }], ['Tia Cole']]]),
      p('DOB - 09/07/2020'), p('School/nursery -'), p('Registered GP - Fenwick Surgery'), p('Plan - Weekly reading sessions (KB, within 6 weeks)'),
    ];
    const r = await record('lettered', form, format);
    expect(r.fields['child.name'].value).toBe('Ruby Cole');
    expect(r.fields['parent.name'].value).toBe('Tia Cole');
    expect(r.fields['child.dob'].value).toBe('09/07/2020');
    expect(r.fields['services.school']?.value ?? '').toBe('');
    expect(r.fields['services.gp'].value).toBe('Fenwick Surgery');
    expect(r.actions.map(({ what, who, when }) => ({ what, who, when }))).toEqual([{ what: 'Weekly reading sessions', who: 'KB', when: 'within 6 weeks' }]);
  });
});

describe('legacy Word text fields and saved emails', () => {
  it('answers in legacy FORMTEXT fields are read; an empty one (five en spaces) is blank', async () => {
    const form = [table([0.4, 0.6], [[[{ bold: 'GP' }], [{ answer: 'Fenwick Surgery' }]], [[{ bold: 'Family composition' }], [{ placeholder: '' }]]])];
    const r = await record('legacy-text', form, 'docx', { legacyText: true });
    expect(r.fields['services.gp'].value).toBe('Fenwick Surgery');
    expect(r.fields['family.composition'].value.trim()).toBe('');
  });

  it.each(['docx', 'pdf'] as const)("an email's sender is the assessor; its sent date is not the assessment's; 'X - who - when' actions (%s)", async (format) => {
    const form = [p('From: Dana Fry <dana.fry@example.org>'), p('Sent: Wednesday 20 August 2025 16:42'), p('Subject: EHA - Ruby Cole'), p('Date of assessment: 17/08/2025'), p('My role: Family Support Worker'), p('Action 1: Weekly reading sessions - Dana Fry - within 6 weeks')];
    const r = await record('email', form, format);
    expect(r.fields['assessor.combined'].value).toMatch(/^Dana Fry/);
    expect(r.fields['assessor.role'].value).toBe('Family Support Worker');
    expect(r.fields['assessment.date'].value).toBe('17/08/2025');
    expect(r.actions.map(({ what, who, when }) => ({ what, who, when }))).toEqual([{ what: 'Weekly reading sessions', who: 'Dana Fry', when: 'within 6 weeks' }]);
  });
});

describe('older templates: Wingdings boxes, abbreviated labels, tracked changes, chronologies', () => {
  it.each(['docx', 'pdf'] as const)('Wingdings boxes are ticks; "P/C tel.", "Disab.?", "Date of asst." are their questions; "SECTION 2 - PARENTS / CARERS" is a section (%s)', async (format) => {
    const form = [table([0.3, 0.7], [
      [lbl('SECTION 1 - CHILD / YOUNG PERSON')],
      [lbl('Disab.?'), [{ ticks: [{ label: 'Y', checked: false }, { label: 'N', checked: true }] }]],
      [lbl('Other sibs on this CAF'), ['Amelia 10/10/2008, Idris 28/06/2008']],
      [lbl('SECTION 2 - PARENTS / CARERS')],
      [lbl('P/C name'), ['Tia Cole']],
      [lbl('P/C tel.'), ['07700 900123']],
      [lbl('H/hold members'), ['Tia Cole (mother); Ruby (daughter)']],
      [lbl('Date of asst.'), ['03/03/2025']],
      [lbl('Reason for asst.'), ['Ruby has missed school.']],
      [lbl('Parents & carers'), ['Mum manages the routines well.']],
    ])];
    const bytes = format === 'docx' ? writeDocx(form, { tickStyle: 'wingdings' }) : await writePdf(form, { tickStyle: 'wingdings' });
    const r = extractRecord(await readDocument(write(dir, `wingdings.${format}`, bytes)), matcher);
    expect(r.fields['child.disability'].value).toBe('☐ Y ☒ N');
    expect(r.fields['parent.name'].value).toBe('Tia Cole');
    expect(r.fields['parent.phone'].value).toBe('07700 900123');
    expect(r.fields['family.composition'].value).toMatch(/^Tia Cole/);
    expect(r.fields['assessment.date'].value).toBe('03/03/2025');
    expect(r.fields.reason.value).toBe('Ruby has missed school.');
    expect(r.fields['domain.parenting'].value).toBe('Mum manages the routines well.');
    expect(deriveFacts(r, agencies, levels).children).toBe(3);
  });

  it('text a reviewer deleted with track changes on is gone; what they inserted stands', async () => {
    const form = [table([0.4, 0.6], [
      [lbl('Who was at the assessment meeting?'), [{ tracked: { del: 'Mum' } }]],
      [lbl('GP practice'), [{ tracked: { del: 'Riverside Medical Centre' } }]],
      [lbl('Consent to share information'), [{ tracked: { del: 'Verbal', ins: 'Written - consent form signed' } }]],
    ])];
    const f = (await record('tracked', form, 'docx')).fields;
    expect(f['assessment.present'].value).toBe('');
    expect(f['services.gp'].value).toBe('');
    expect(f['consent.given'].value).toBe('Written - consent form signed');
  });

  it.each(['docx', 'pdf'] as const)("a chronology's dates are not the assessment's; a manager's comments are not the child's view (%s)", async (format) => {
    const form = [
      h2('Significant events (chronology)'),
      table([0.16, 0.6, 0.24], [[lbl('Date'), lbl('Event'), lbl('Source')], [['24/10/2024'], ['Two missed immunisation appointments'], ['GP']]]),
      h2('This assessment'),
      table([0.38, 0.62], [[lbl('Date this assessment was completed'), ['']], [lbl('People spoken to at the assessment'), ['Mum and Ruby']], [lbl('Areas of concern'), ['Ruby needs a settled bedtime.']]]),
      h2('Manager sign-off'),
      table([0.38, 0.62], [[lbl('Manager comments'), ["Ruby's own views still to be gathered."]]]),
    ];
    const f = await fields('chronology', form, format);
    expect(f['assessment.date']?.value ?? '').toBe('');
    expect(f['assessment.present'].value).toBe('Mum and Ruby');
    expect(f['summary.needs'].value).toBe('Ruby needs a settled bedtime.');
    expect(f['services.gp']?.value ?? '').toBe('');
    expect(f['comment.child']?.value ?? '').toBe('');
  });
});

describe('case-system prints and reports written as prose', () => {
  it.each(['docx', 'pdf'] as const)('"Question | Answer | Answered by | Date": each row a question and its answer, a blank one too; who typed it and when are not answers (%s)', async (format) => {
    const form = [table([0.28, 0.42, 0.17, 0.13], [
      [lbl('Question'), lbl('Answer'), lbl('Answered by'), lbl('Date')],
      [['Registered GP'], ['Fenwick Surgery'], ['Dana Fry'], ['11/06/2025']],
      [['Assessment date'], [''], [''], ['']],
      [['Attendees'], ['Mum and Ruby'], ['Dana Fry'], ['12/06/2025']],
      [['Strengths'], [''], [''], ['']],
      [['Reason for request'], ['Ruby has missed 19 sessions this term and mum has asked for help with mornings.'], ['Dana Fry'], ['12/06/2025']],
    ])];
    const r = await record('audit-columns', form, format);
    expect(r.fields['services.gp'].value).toBe('Fenwick Surgery');
    expect(r.fields['assessment.date'].value).toBe('');
    expect(r.fields['assessment.present'].value).toBe('Mum and Ruby');
    expect(r.fields.reason.value).toMatch(/^Ruby has missed 19 sessions/);
    expect(r.actions).toEqual([]);
  });

  it.each(['docx', 'pdf'] as const)("a report's sentences tell the date, the parent and how to reach her; its next numbered paragraph is an item of its own (%s)", async (format) => {
    const form = [
      h2('1. Introduction'), p('1.1 I completed this assessment with the family on 13 July 2025 at the family home.'),
      h2('2. The family'), p('2.1 Household: Lisa Osei (mother); Jayden (son).'), p('2.2 Lisa Osei is Jayden’s mother and can be contacted on 07450 320741 or at 63 Tanner Street, Elmstead KM7 4QT.'),
      h2('3. Background'), p('3.1 The chronology shows the assessment was discussed on 2 May 2025 with school.'),
    ];
    const f = await fields('prose-report', form, format);
    expect(f['assessment.date'].value).toBe('13 July 2025');
    expect(f['family.composition'].value).toBe('Lisa Osei (mother); Jayden (son).');
    expect(f['parent.name'].value).toBe('Lisa Osei');
    expect(f['parent.phone'].value).toBe('07450 320741');
    expect(f['parent.address'].value).toBe('63 Tanner Street, Elmstead KM7 4QT');
  });

  it.each(['docx', 'pdf'] as const)("a date in a sentence that does not say the assessment was done then is no assessment date (%s)", async (format) => {
    const form = [h2('Background'), p('The assessment was discussed with school on 2 May 2025.'), p('I can be contacted on 01632 960123.')];
    const f = await fields('prose-not', form, format);
    expect(f['assessment.date']?.value ?? '').toBe('');
    expect(f['parent.phone']?.value ?? '').toBe('');
  });
});

describe('scans read by OCR, choices marked out, headers that name the case', () => {
  it.each(['docx', 'pdf'] as const)('misread labels are their questions; "IXI" is a ticked box; a date with an O in it is a date (%s)', async (format) => {
    const form = [table([0.38, 0.62], [
      [['Ethn1city'], ['WBRI']],
      [['Date assessrnent started'], ['O3/O4/2025']],
      [['Farnily cornposition / household rnembers'], ['Mum, Ruby and her brother']],
      [['Does the child have a disabi1ity?'], ['[ ] Yes  IXI No']],
    ])];
    const r = await record('ocr', form, format);
    expect(r.fields['child.ethnicity'].value).toBe('WBRI');
    expect(r.fields['assessment.date'].value).toBe('O3/O4/2025');
    expect(parseDate(r.fields['assessment.date'].value)).toBe('2025-04-03');
    expect(r.fields['family.composition'].value).toBe('Mum, Ruby and her brother');
    expect(r.fields['child.disability'].value).toBe('☐ Yes ☒ No');
  });

  it.each(['docx', 'pdf'] as const)('the option highlighted (in a PDF, set in bold) is the one chosen; options with none chosen are blank (%s)', async (format) => {
    const form = [table([0.38, 0.62], [
      [[{ bold: 'Gender' }], [{ ticks: [{ label: 'Male', checked: false }, { label: 'Female', checked: true }] }]],
      [[{ bold: 'Consent to share' }], [{ ticks: [{ label: 'Yes', checked: false }, { label: 'No', checked: false }] }]],
    ]), p('Signed (parent / carer): ____________________   Date: __________')];
    const bytes = format === 'docx' ? writeDocx(form, { tickStyle: 'highlight' }) : await writePdf(form, { tickStyle: 'highlight' });
    const r = extractRecord(await readDocument(write(dir, `highlight.${format}`, bytes)), matcher);
    expect(r.fields['child.gender'].value).toBe('☐ Male ☒ Female');
    expect(fieldValue(r, 'consent.given')).toBe('');
    expect(fieldValue(r, 'consent.signature')).toBe('');
  });

  it.each(['docx', 'pdf'] as const)("a running header that names the case gives the child's name and date of birth; a marking does not (%s)", async (format) => {
    const form = [
      { t: 'running' as const, header: 'Child: Ruby Cole    DOB: 03/04/2015    Ref: EH104522', footer: 'OFFICIAL-SENSITIVE    Page {page} of {pages}' },
      table([0.38, 0.62], [[[{ bold: 'Gender' }], ['Female']], [[{ bold: 'Assessment completed on' }], ['12/05/2025']]]),
      p('Verbal consent taken by Dana Fry on 12/05/2025.'),
    ];
    const r = await record('case-header', form, format);
    expect(r.fields['child.name'].value).toBe('Ruby Cole');
    expect(r.fields['child.dob'].value).toBe('03/04/2015');
    expect(r.fields['consent.how'].value).toBe('Verbal consent taken');
    expect(JSON.stringify(r)).not.toContain('OFFICIAL');
  });
});

describe('everyday templates in new words', () => {
  it.each(['docx', 'pdf'] as const)('where some cells are bold they are the questions: "School | Kingsmere Academy | Doctor | Kingsmere Health Centre" (%s)', async (format) => {
    const form = [table([0.2, 0.3, 0.2, 0.3], [
      [[{ bold: 'Pupil' }], ['Reuben Cole'], [{ bold: 'DOB' }], ['03/05/2013']],
      [[{ bold: 'School' }], ['Kingsmere Academy'], [{ bold: 'Doctor' }], ['Kingsmere Health Centre']],
    ]), p({ bold: 'Siblings on this plan:' }), p('Isla Cole (09/08/2023)')];
    const f = await fields('bold-asks', form, format);
    expect(f['services.school'].value).toBe('Kingsmere Academy');
    expect(f['services.gp'].value).toBe('Kingsmere Health Centre');
  });

  it("where no assessor is named, the health visitor the form names gives the agency", async () => {
    const r = await record('hv-agency', [table([0.38, 0.62], [[[{ bold: 'Health visitor / practitioner' }], ['Amina Quayle - Health Visitor, Kingsmere Community Health NHS Trust']]])], 'docx');
    expect(deriveFacts(r, agencies, levels).agency).toBe('Health');
  });

  it('a question wrapped over two PDF lines is one question, its second line no answer', async () => {
    const form = [table([0.3, 0.7], [[[{ bold: 'Consent obtained to share (verbal / written)' }], ['Obtained']], [[{ bold: 'Seen with' }], ['Mum']]])];
    const r = await record('wrapped-question', form, 'pdf');
    expect(r.fields['consent.how'].value).toBe('Obtained');
    expect(r.fields['consent.given']).toBeUndefined();
  });
});

describe('whole-family tables and requests for help', () => {
  it.each(['docx', 'pdf'] as const)("a family table's focus child is the child; each adult's consent in a table of its own (%s)", async (format) => {
    const form = [
      table([0.3, 0.3, 0.2, 0.2], [[lbl('Name'), lbl('Relationship / role'), lbl('Date of birth'), lbl('Gender')], [['Finley Mirza'], ['Child (focus of assessment)'], ['01/08/2015'], ['Male']], [['Donna Mirza'], ['Mother'], [''], ['Female']]]),
      table([0.38, 0.62], [[lbl('Family members present'), ['Mum and Finley']], [lbl('Best phone number for the family'), ['07700 900123']]]),
      table([0.3, 0.35, 0.35], [[lbl('Adult'), lbl('Consent to share'), lbl('How given')], [['Donna Mirza'], ['Yes'], ['Signed']]]),
    ];
    const r = await record('whole-family', form, format);
    const facts = deriveFacts(r, agencies, levels);
    expect(facts.child.gender).toBe('male');
    expect(r.fields['parent.name'].value).toBe('Donna Mirza');
    expect(r.fields['parent.phone'].value).toBe('07700 900123');
    expect(r.fields['assessment.present'].value).toBe('Mum and Finley');
    expect(r.fields['consent.given'].value).toBe('Yes');
    expect(r.fields['consent.how'].value).toBe('Signed');
  });

  it.each(['docx', 'pdf'] as const)('"Your name" under "Person making the request" is the assessor (%s)', async (format) => {
    const form = [h2('Section A: Person making the request'), table([0.38, 0.62], [[lbl('Your name'), ['Imran Okonkwo']], [lbl('Job title'), ['Family Support Worker']]]), h2('Section C: Parent or carer'), table([0.38, 0.62], [[lbl('Name'), ['Precious Okonkwo']]])];
    const f = await fields('requester', form, format);
    expect(f['assessor.name'].value).toBe('Imran Okonkwo');
    expect(f['parent.name'].value).toBe('Precious Okonkwo');
  });
});

describe('who was there, in words no wording names', () => {
  it.each(['docx', 'pdf'] as const)('a question of who, answered with people, is who was present; a key = value line beside a blank one is no answer (%s)', async (format) => {
    const asked = await fields('who-came', [table([0.38, 0.62], [[[{ bold: 'Who came along to the visit?' }], ['Mum, Ruby and her nan']]])], format);
    expect(asked['assessment.present'].value).toBe('Mum, Ruby and her nan');
    const keyed = await fields('who-keyed', [p('present ='), p('worker = Kwame Pemberton; Youth Worker')], format);
    expect(keyed['assessment.present']?.value ?? '').toBe('');
  });
});

describe('consent asked twice, reasons in other words', () => {
  it.each(['docx', 'pdf'] as const)("the young person's consent and then the parent's: the second says how (%s)", async (format) => {
    const form = [table([0.38, 0.62], [
      [[{ bold: 'What brought the young person to the service?' }], ['Leo told his teacher he is often left to look after his brothers.']],
      [[{ bold: 'Young person consents to information sharing' }], ['Yes']],
      [[{ bold: 'Parent / carer consents to information sharing' }], ['Yes (consent form signed)']],
    ])];
    const f = await fields('two-consents', form, format);
    expect(f.reason.value).toMatch(/^Leo told his teacher/);
    expect(f['consent.given'].value).toBe('Yes');
    expect(f['consent.how'].value).toBe('Yes (consent form signed)');
  });
});

describe("a form's title", () => {
  it.each(['docx', 'pdf'] as const)('asks nothing, though its words hint at a question (%s)', async (format) => {
    const form = [h1('Request for family support - submitted form'), p('Reference FH-68586. Questions marked * were required.'), p({ bold: 'What support are you asking for? *' }), p('')];
    const f = await fields('title-hint', form, format);
    expect(f.reason?.value ?? '').toBe('');
  });
});

describe("councils' published templates", () => {
  it.each(['docx', 'pdf'] as const)('the person completing the form side by side, then the key person of concern: each name is its own (%s)', async (format) => {
    const form = [
      h2('Person completing this form'),
      table([0.22, 0.28, 0.22, 0.28], [
        [lbl('Forename(s)'), ['Donna'], lbl('Surname'), ['Fairweather']],
        [lbl('Role'), ['Youth Worker'], lbl('Organisation name'), ['Elmstead Youth Service']],
        [lbl('Tel contact number (inc STD)'), ['01632 102801'], lbl('Email'), ['donna.fairweather@kingsmere.example.org']],
      ]),
      h2('Details of key person of concern'),
      table([0.22, 0.28, 0.22, 0.28], [[lbl('Forename(s)'), ['Tomasz'], lbl('Surname'), ['Bellamy']], [lbl('Date of birth'), ['17/12/2014'], lbl('Gender'), ['Male']]]),
      table([0.44, 0.56], [[lbl('Please enter contact details for the adult with primary care responsibility.'), ['Kelly Bellamy, 80 Tanner Street, Elmstead KM7 8QT']]]),
    ];
    const r = await record('key-person', form, format);
    expect(r.fields['assessor.name'].value).toBe('Donna Fairweather');
    expect(r.fields['assessor.role'].value).toBe('Youth Worker');
    expect(r.fields['assessor.org'].value).toBe('Elmstead Youth Service');
    expect(r.fields['child.given'].value).toBe('Tomasz');
    expect(r.fields['parent.contact'].value).toMatch(/^Kelly Bellamy/);
    // The assessor's number is no parent's, though "Tel contact number" could be anyone's.
    expect(r.fields['parent.phone']).toBeUndefined();
    expect(deriveFacts(r, agencies, levels).agency).toBe('Youth service');
  });

  it.each(['docx', 'pdf'] as const)('a Present column says who was there, and a list with the class teacher is no household (%s)', async (format) => {
    const people = (marks: string[]) => [
      h2('Family and professionals involved'),
      table([0.4, 0.35, 0.25], [[lbl('Name'), lbl('Relationship / role'), lbl('Present')], [['Kelly Bellamy'], ['Mother'], [marks[0]]], [['Tomasz Bellamy'], ['Child'], [marks[1]]], [['Ruth Okafor'], ['Class teacher'], [marks[2]]]]),
    ];
    const some = await record('present-some', people(['Yes', 'No', 'Yes']), format);
    expect(some.fields['assessment.present'].value).toBe('Kelly Bellamy – Mother; Ruth Okafor – Class teacher');
    expect(some.fields['family.composition']?.value ?? '').toBe('');
    expect((await record('present-none', people(['No', 'No', 'No']), format)).fields['assessment.present'].value).toMatch(/^None/);
    expect((await record('present-blank', people(['', '', '']), format)).fields['assessment.present'].value).toBe('');
  });

  it.each(['docx', 'pdf'] as const)('consent as Part A: the question asked in its own words answers, not the guidance under the heading; a blank "who" is no cue for the next question (%s)', async (format) => {
    const form = [
      h2('Part A Consent'),
      p('This section confirms your consent for the author to liaise with other professionals during this process and to share information with other agencies.'),
      table([0.55, 0.45], [
        [lbl('Who is involved in completing this assessment?'), ['']],
        [lbl('Are you happy for the information on this assessment to be stored and shared with other relevant professionals and agencies?'), [{ ticks: [{ label: 'Yes', checked: true }, { label: 'No', checked: false }] }]],
        [lbl('Who would you like to receive a copy?'), ['Mum']],
      ]),
      h2('Part B Family background and information'),
      p(lbl('Details of all children in your family')[0]),
      table([0.3, 0.2, 0.2, 0.3], [[lbl('Name'), lbl('DoB / due date'), lbl('Gender'), lbl('Ethnicity')], [['Callum Wisniewski'], ['23/02/2015'], ['Male'], ['White British']], [['Mia Wisniewski'], ['04/06/2019'], ['Female'], ['']]]),
      table([0.35, 0.65], [[lbl('What has happened that means you need some help?'), ['Callum has missed 20 days of school since September.']]]),
    ];
    const r = await record('part-a', form, format);
    expect(r.fields['consent.given'].value).toBe('☒ Yes ☐ No');
    expect(r.fields['assessment.present']?.value ?? '').toBe('');
    // A table of children whose due date is a baby's is no action plan.
    expect(r.actions).toEqual([]);
    expect(r.childRows).toHaveLength(2);
    expect(r.fields['child.dob'].value).toBe('23/02/2015');
    expect(r.fields.reason.value).toMatch(/^Callum has missed/);
  });

  it('a heading with a question of its own under it: a hint answers where the heading left the question blank', async () => {
    const form = [h2('Information sharing'), table([0.5, 0.5], [[lbl('The family agree to information being shared with the professionals named here'), ['Agreed verbally at the visit']]])];
    const f = await fields('sharing-heading', form, 'docx');
    expect(f['consent.given'].value).toBe('Agreed verbally at the visit');
  });
});

describe('blocks of cells for each adult, and a form the child speaks', () => {
  const two = (a: string, av: string, b: string, bv: string) => [lbl(a), [av], lbl(b), [bv]];
  it.each(['docx', 'pdf'] as const)('a children table with its formats in the headers; the main parent and the lead professional by their blocks (%s)', async (format) => {
    const form = [
      h2('Children / young people’s details'),
      table([0.3, 0.2, 0.15, 0.15, 0.2], [[lbl('Name'), lbl('Date of birth dd/mm/yy'), lbl('Gender (M/F)'), lbl('Disabilities'), lbl('Ethnicity')], [['Jayden Wisniewski'], ['05/07/2013'], ['M'], ['N'], ['WBRI']], [['Amy Wisniewski'], ['01/02/2016'], ['F'], ['N'], ['']]]),
      h2('Main parent / carer'),
      table([0.25, 0.25, 0.25, 0.25], [two('Name', 'Lisa Wisniewski', 'Relationship to child(ren)', 'Mother'), two('Address (if different from above)', '', 'Telephone number', '')]),
      h2('Other adult family / household member or significant other'),
      table([0.25, 0.25, 0.25, 0.25], [two('Name', 'Darren Latimer', 'Relationship to child(ren)', "Mum's partner")]),
      h2('Name of lead professional completing the assessment'),
      table([0.25, 0.25, 0.25, 0.25], [two('Name', 'Lee Kowalczyk', 'Date', '22/11/2025'), two('Position', 'Inclusion Manager', 'Organisation', "St Aidan's C of E Primary")]),
    ];
    const r = await record('adult-blocks', form, format);
    expect(r.childRows).toHaveLength(2);
    expect(r.fields['child.name'].value).toBe('Jayden Wisniewski');
    expect(r.fields['child.disability'].value).toBe('N');
    expect(deriveFacts(r, agencies, levels).child.gender).toBe('male');
    expect(r.fields['parent.name'].value).toBe('Lisa Wisniewski');
    // The next block's title is no answer to the parent's blank questions above it.
    expect(r.fields['parent.address']?.value ?? '').toBe('');
    expect(r.fields['assessor.name'].value).toBe('Lee Kowalczyk');
    expect(r.fields['assessor.role'].value).toBe('Inclusion Manager');
  });

  it.each(['docx', 'pdf'] as const)('where the child speaks, "you" is the child; who helped fill it in was there (%s)', async (format) => {
    const form = [
      h2('About me'),
      table([0.4, 0.6], [
        [lbl('I like to be called'), ['Jay']],
        [lbl('Who helped me fill in this plan?'), ['Mum and my teacher']],
        [lbl('My health, development and learning'), ['I have asthma and I find reading hard.']],
        [lbl('What I need help with'), ['Reading and sleeping.']],
        [lbl('Is there anything else you want to tell us?'), ['I want to go to football club.']],
        [lbl('What my parent / carer thinks'), ['He needs help with reading.']],
      ]),
    ];
    const f = await fields('child-speaks', form, format);
    expect(f['assessment.present'].value).toBe('Mum and my teacher');
    expect(f['comment.child'].value).toBe('I want to go to football club.');
    expect(f['comment.parent'].value).toBe('He needs help with reading.');
  });

  it.each(['docx', 'pdf'] as const)('what the parent wants is their view; family not living at home is no household; full names in a list are children each (%s)', async (format) => {
    const form = [table([0.4, 0.6], [
      [lbl('Child/ren’s / young person’s name/s'), ['Leah Bellamy, Ethan Bellamy']],
      [lbl('Other family members not living in the family home'), ['Maternal grandparents (weekly contact)']],
      [lbl('What does the parent/carer want to happen?'), ['I want the children to sleep through the night.']],
    ])];
    const r = await record('parent-wants', form, format);
    expect(r.fields['comment.parent'].value).toMatch(/^I want the children/);
    expect(r.fields['family.composition']?.value ?? '').toBe('');
    expect(deriveFacts(r, agencies, levels).children).toBe(2);
  });
});

describe('fields typed in place, questions with their boxes, wrapped headers', () => {
  it.each(['docx', 'pdf'] as const)('"Name: … Position: …" runs several to a line are a field each; a label left blank runs on to the next (%s)', async (format) => {
    const form = [
      h2('Person undertaking the assessment'),
      p({ bold: 'Name:' }, ' Donna Quayle', '    ', { bold: 'Position:' }, ' Health Visitor'),
      h2('Main parent / carer'),
      p({ bold: 'Name:' }, ' Precious Harcourt', '    ', { bold: 'Relationship to children:' }, ' Mother'),
      p({ bold: 'Address:' }, ' ', '    ', { bold: 'Mobile:' }, ' 07102 052728'),
    ];
    const f = await fields('inline-runs', form, format);
    expect(f['assessor.name'].value).toBe('Donna Quayle');
    expect(f['assessor.role'].value).toBe('Health Visitor');
    expect(f['parent.name'].value).toBe('Precious Harcourt');
    expect(f['parent.phone'].value).toBe('07102 052728');
    expect(f['parent.address']?.value ?? '').toBe('');
  });

  it.each(['docx', 'pdf'] as const)('a question with its boxes on one line; consent given verbally said in a sentence after it (%s)', async (format) => {
    const form = [
      p('Is the family aware of the assessment? ', { ticks: [{ label: 'Yes', checked: true }, { label: 'No', checked: false }] }),
      p('Has the consent to share information form been signed? ', { ticks: [{ label: 'Yes', checked: false }, { label: 'No', checked: true }] }),
      p('Consent given verbally at the visit; form to follow.'),
    ];
    const f = await fields('boxed-question', form, format);
    // A PDF prints the boxes on a line of their own, and the sentence then runs on from them.
    expect(f['consent.given'].value).toMatch(/^☐ Yes ☒ No/);
    expect(`${f['consent.how']?.value ?? ''} ${f['consent.given'].value}`).toMatch(/Consent given verbally/);
  });

  it.each(['docx', 'pdf'] as const)("an empty table's header is no questions; the family members asked for are the household, parents and all; the form's title asks nothing (%s)", async (format) => {
    const form = [
      h1('Common Assessment for Children & Families'),
      p('Where check boxes appear, insert an X in those that apply.'),
      p(lbl('Details of other family members (including siblings) and connected persons')[0]),
      table([0.3, 0.3, 0.2, 0.2], [[lbl('Name'), lbl('Relationship'), lbl('Telephone number'), lbl('Living in home Y/N')], [['Sana Haddad'], ['Mother'], ['07606 352968'], ['Y']], [['Paul Haddad'], ['Father, lives separately'], [''], ['N']]]),
      p(lbl('Professionals involved')[0]),
      table([0.3, 0.3, 0.2, 0.2], [[lbl('Name'), lbl('Relationship'), lbl('Telephone number'), lbl('Living in home Y/N')]]),
    ];
    const r = await record('asked-household', form, format);
    expect(r.fields['family.composition'].value).toMatch(/^Sana Haddad – Mother/);
    expect(r.fields['child.siblings']).toBeUndefined();
    expect(Object.values(r.fields).map((f) => f.value)).not.toContain('Relationship');
  });

  it('a header wrapped over lines in a PDF is one header, its rows read under it', async () => {
    const form = [table([0.2, 0.16, 0.24, 0.24, 0.16], [
      [lbl('Family name'), lbl('Forename'), lbl('Relationship to other subjects'), lbl('Address and telephone'), lbl('DOB')],
      [['Penhaligon'], ['Aisha'], ['Subject'], ['44 Larkspur Road'], ['08/09/2014']],
      [['Penhaligon'], ['Idris'], ['Brother'], [''], ['01/02/2017']],
    ])];
    const r = await record('wrapped-header', form, 'pdf');
    // The subject is the child assessed; his brother is family around him.
    expect(r.childRows).toHaveLength(1);
    expect(r.fields['child.dob'].value).toBe('08/09/2014');
    expect(r.fields['family.composition'].value).toMatch(/Idris – Brother/);
  });

  it('"Click here to enter text." is a blank answer the lines below do not fill', async () => {
    const form = [table([0.3, 0.7], [[lbl('Present'), [{ placeholder: 'Click here to enter text.' }]]]), p('Where there is more than one child please give details of all children.')];
    const f = await fields('shown-blank', form, 'pdf');
    expect(f['assessment.present'].value).toBe('');
  });
});

describe('a meeting record with attendance and apologies', () => {
  const people = (attended: string[], apologies: string[]) => [
    h2('Meeting attendance'),
    table([0.35, 0.35, 0.15, 0.15], [[lbl('Name'), lbl('Agency / relationship'), lbl('Attended'), lbl('Apologies')], [['Claire Fairweather'], ['Parent'], [attended[0]], [apologies[0]]], [['Ruth Okafor'], ['Class teacher'], [attended[1]], [apologies[1]]]]),
  ];
  it.each(['docx', 'pdf'] as const)('ticks under "Attended" say who was there; apologies from all is none; no marks at all is blank (%s)', async (format) => {
    expect((await fields('attended', people(['✓', ''], ['', '✓']), format))['assessment.present'].value).toBe('Claire Fairweather – Parent');
    expect((await fields('apologies', people(['', ''], ['✓', '✓']), format))['assessment.present'].value).toMatch(/^None/);
    expect((await fields('unmarked', people(['', ''], ['', '']), format))['assessment.present'].value).toBe('');
  });
});

describe('prompts left in boxes, run-in headings put to the family', () => {
  it.each(['docx', 'pdf'] as const)("a box that keeps the template's bracketed prompt is blank (%s)", async (format) => {
    const form = [table([0.35, 0.65], [[lbl('People present'), ['(List everyone present at the assessment, or write none)']], [lbl('Child’s comments'), ['(Record the child’s own words here)']], [lbl('Parent / carer’s comments'), ['He needs help with reading.']]])];
    const r = await record('prompts-left', form, format);
    expect(fieldValue(r, 'assessment.present')).toBe('');
    expect(fieldValue(r, 'comment.child')).toBe('');
    expect(fieldValue(r, 'comment.parent')).toBe('He needs help with reading.');
  });

  it.each(['docx', 'pdf'] as const)('run-in headings in words of their own: "Background", "Who we met", "Why we are working with you" (%s)', async (format) => {
    const run = (q: string, a: string) => p({ bold: `${q}:` }, ` ${a}`);
    const form = [
      run('Child', 'Kai Ashdown'),
      run('Background', 'White British'),
      run('Who we met', 'Both parents'),
      run('Why we are working with you', 'Kai has missed 20 days of school since September.'),
      run('How your child is doing', 'Kai is making expected progress in maths.'),
      run('What your child told us', 'I like football.'),
    ];
    const f = await fields('run-in', form, format);
    expect(f['child.ethnicity'].value).toBe('White British');
    expect(f['assessment.present'].value).toBe('Both parents');
    expect(f.reason.value).toMatch(/^Kai has missed/);
  });
});

describe('a consent page of its own', () => {
  it.each(['docx', 'pdf'] as const)('the statement ticked, not the instruction under the heading, answers; who took verbal consent says how (%s)', async (format) => {
    const form = [
      h2('Consent to share information'),
      p('Please read the statements below with the family and tick one.'),
      p({ ticks: [{ label: 'I give consent for the information in this assessment to be shared with the agencies named in the plan', checked: true }] }),
      p({ ticks: [{ label: 'I do not give consent for this information to be shared', checked: false }] }),
      table([0.4, 0.6], [[lbl('Signature'), ['']], [lbl('Where consent was given verbally, the name of the practitioner who took it and the date'), ['Paul Bellamy, 07/06/2025']]]),
    ];
    const f = await fields('consent-page', form, format);
    expect(f['consent.given'].value).toMatch(/^☒ I give consent/);
    expect(f['consent.how'].value).toBe('Paul Bellamy, 07/06/2025');
  });
});

describe('closures, second parents', () => {
  it.each(['docx', 'pdf'] as const)("who came to the closing meeting, and when it closed, are no assessment's (%s)", async (format) => {
    const form = [table([0.35, 0.65], [[lbl('Date of assessment'), ['']], [lbl('Present at the assessment'), ['']], [lbl('Date of closure'), ['12/12/2025']], [lbl('Present at the closure meeting'), ['Mum and the lead professional']]])];
    const f = await fields('closure', form, format);
    expect(fieldValue(await record('closure', form, format), 'assessment.present')).toBe('');
    expect(f['assessment.date']?.value ?? '').toBe('');
  });

  it.each(['docx', 'pdf'] as const)("the same question for a second parent is a question, not the first one's answer; 'Not seen' is no view (%s)", async (format) => {
    const form = [table([0.35, 0.65], [[lbl('Parent / carer 2’s view'), ['Not seen']], [lbl('Consent (parent / carer 1)'), ['Signed']], [lbl('Consent (parent / carer 2)'), ['Not asked']]])];
    const r = await record('second-parent', form, format);
    expect(r.fields['consent.given'].value).toBe('Signed');
    expect(fieldValue(r, 'comment.parent')).toBe('');
  });
});

describe("the parent's own words, a review beside the assessment", () => {
  it.each(['docx', 'pdf'] as const)('where the parent speaks ("My child\'s name", "What I think"), "I" is the parent and "my child" the child (%s)', async (format) => {
    const form = [table([0.4, 0.6], [
      [lbl('My name'), ['Joanne Haddad']],
      [lbl('How you can contact me'), ['07272 470211']],
      [lbl('My child’s name'), ['Kai Haddad']],
      [lbl('Our doctor'), ['Mill Lane Surgery']],
      [lbl('Who lives with us'), ['Me, Kai and his sister Amy']],
      [lbl('What I think'), ['I want help with his sleep.']],
      [lbl('What my child says'), ['I like football.']],
    ])];
    const f = await fields('parent-speaks', form, format);
    expect(f['parent.name'].value).toBe('Joanne Haddad');
    expect(f['child.name'].value).toBe('Kai Haddad');
    expect(f['services.gp'].value).toBe('Mill Lane Surgery');
    expect(f['comment.parent'].value).toBe('I want help with his sleep.');
    expect(f['comment.child'].value).toBe('I like football.');
  });

  it.each(['docx', 'pdf'] as const)("a column for the assessment and one for its review: the assessment's answers are read (%s)", async (format) => {
    const form = [table([0.3, 0.35, 0.35], [
      [[''], lbl('At assessment'), lbl('At review')],
      [lbl('Date'), ['05/10/2025'], ['15/12/2025']],
      [lbl('Present'), ['Mum and Leo'], ['Mum and the worker']],
      [lbl('Child’s views'), ['School is ok but reading is hard.'], ['I like my new reading group.']],
    ])];
    const f = await fields('review-columns', form, format);
    expect(f['assessment.date'].value).toBe('05/10/2025');
    expect(f['assessment.present'].value).toBe('Mum and Leo');
    expect(f['comment.child'].value).toBe('School is ok but reading is hard.');
  });
});

describe('an age instead of a date of birth, scores and their reasons, three houses', () => {
  const facts = async (name: string, form: Element[], format: 'docx' | 'pdf') => deriveFacts(await record(name, form, format), agencies, levels);

  it.each(['docx', 'pdf'] as const)('a child given by age ("2 years 5 months") is in the age band it says, named by the bare "Name" above it (%s)', async (format) => {
    const form = [h1('School Nursing Service'), h2('Early Help Assessment'), table([0.3, 0.7], [
      [lbl('Name'), ['Jayden Fairweather']],
      [lbl('Age'), ['2 years 5 months']],
      [lbl('Sex'), ['M']],
      [lbl('Seen on'), ['05.01.25']],
      [lbl('Seen by'), ['Lee Ashdown (School Nurse), Ashford Vale School Nursing Service']],
    ])];
    const r = await record(`age-${format}`, form, format);
    expect(fieldValue(r, 'child.name')).toBe('Jayden Fairweather');
    expect(fieldValue(r, 'assessor.name')).toBe('');
    expect(fieldValue(r, 'assessment.date')).toBe('05.01.25');
    expect(fieldValue(r, 'assessor.combined')).toContain('Lee Ashdown');
    const f = await facts(`age-facts-${format}`, form, format);
    expect(f.child).toMatchObject({ ageBand: '0-3', age: 2 });
  });

  it.each(['docx', 'pdf'] as const)("who scaled things and why: the child's row is the child's view, the parent's the parent's, a worker's neither (%s)", async (format) => {
    const form = [table([0.25, 0.15, 0.6], [
      [lbl('Who'), lbl('Score (0-10)'), lbl('Why they gave that score')],
      [['Child / young person'], [''], ['']],
      [['Parent / carer'], ['4'], ['I agree with the plan and I will go to the parenting group.']],
      [['Worker'], ['6'], ['Progress depends on the plan below.']],
    ])];
    const r = await record(`scaling-${format}`, form, format);
    expect(fieldValue(r, 'comment.child')).toBe('');
    expect(fieldValue(r, 'comment.parent')).toContain('I will go to the parenting group');
    expect(fieldValue(r, 'assessor.name')).toBe('');
  });

  it.each(['docx', 'pdf'] as const)("the child's three houses are the child's words; left empty, the heading's note on how to fill them is no view (%s)", async (format) => {
    const houses = (good: string) => [
      h2('The child’s voice: my three houses'),
      p('Completed with the child, in their own words.'),
      table([0.34, 0.33, 0.33], [[lbl('House of good things'), lbl('House of worries'), lbl('House of dreams')], [[good], [good ? 'Getting told off.' : ''], ['']]]),
      h2('What the adults think'),
      table([0.34, 0.33, 0.33], [[lbl('What are we worried about?'), lbl('What is working well?'), lbl('What needs to happen?')], [['Sleep.'], ['Mum asks for help.'], ['A routine.']]]),
    ];
    expect(fieldValue(await record(`houses-${format}`, houses('I like my bike.'), format), 'comment.child')).toBe('I like my bike.');
    expect(fieldValue(await record(`no-houses-${format}`, houses(''), format), 'comment.child')).toBe('');
  });
});

describe('plans in sentences, the focus child marked, dot leaders', () => {
  it.each(['docx', 'pdf'] as const)('next steps written as sentences are the actions, "I" the assessor; a consent told in a sentence says how (%s)', async (format) => {
    const form = [
      h2('Who I spoke to'),
      h2('Why we are involved'),
      p('Leo is often late for school.'),
      h2('Next steps'),
      p('I will arrange a Team Around the Child meeting (by half term). Mum will attend the Triple P parenting group (weekly from next Monday). The housing officer will apply for a transfer by 30 June 2025.'),
      p('Level of need: Level 2'),
      p('The parent gave consent to share verbally, at the visit.'),
    ];
    const r = await record(`sentences-${format}`, form, format);
    expect(r.actions.map(({ what, who, when }) => ({ what, who, when }))).toEqual([
      { what: 'arrange a Team Around the Child meeting', who: 'I', when: 'by half term' },
      { what: 'attend the Triple P parenting group', who: 'Mum', when: 'weekly from next Monday' },
      { what: 'apply for a transfer', who: 'The housing officer', when: 'by 30 June 2025' },
    ]);
    expect(fieldValue(r, 'assessment.present')).toBe('');
    expect(fieldValue(r, 'reason')).toBe('Leo is often late for school.');
    expect(fieldValue(r, 'consent.how')).toMatch(/consent to share verbally/);
  });

  it.each(['docx', 'pdf'] as const)('the child a "Main focus" column marks is the child, though listed after an older sibling (%s)', async (format) => {
    const form = [table([0.3, 0.2, 0.15, 0.2, 0.15], [
      [lbl('Name'), lbl('DOB'), lbl('Gender'), lbl('School / nursery'), lbl('Main focus')],
      [['Amy Cole'], ['03/04/2011'], ['F'], ['Elmstead Academy'], ['']],
      [['Kai Cole'], ['12/09/2019'], ['M'], ['Larkspur Primary School'], ['✓']],
    ])];
    const r = await record(`focus-${format}`, form, format);
    expect(fieldValue(r, 'child.name')).toBe('Kai Cole');
    expect(fieldValue(r, 'services.school')).toBe('Larkspur Primary School');
    expect(deriveFacts(r, agencies, levels).child.gender).toBe('male');
  });

  it.each(['docx', 'pdf'] as const)('"Consent to share ..... ✓" is a yes, "..... ✗" a no (%s)', async (format) => {
    const ticked = await record(`leader-yes-${format}`, [p('Name ............ Kai Cole'), p('Consent to share ............ ✓')], format);
    const crossed = await record(`leader-no-${format}`, [p('Name ............ Kai Cole'), p('Consent to share ............ ✗')], format);
    expect(fieldValue(ticked, 'consent.given')).toBe('☒');
    expect(fieldValue(crossed, 'consent.given')).toBe('No');
  });
});

describe("a manager's sign-off, views asked whether, a contacts table", () => {
  it.each(['docx', 'pdf'] as const)("the manager's signature and comments are not the family's; 'views obtained? No' is no view (%s)", async (format) => {
    const form = [
      table([0.35, 0.65], [
        [lbl('Child’s views obtained?'), ['No']],
        [lbl('If yes, the child’s views'), ['']],
        [lbl('If not, why not?'), ['Too young to give views']],
        [lbl('Parent / carer’s views obtained?'), ['Yes']],
        [lbl('If yes, the parent / carer’s views'), ['I want help with his sleep.']],
        [lbl('Consent to share'), ['Verbal']],
      ]),
      h2('Manager sign-off'),
      table([0.35, 0.65], [[lbl('Manager’s name'), ['Colin Ferris']], [lbl('Manager’s comments'), ['Agreed. Review in six weeks.']], [lbl('Signature'), ['C. F.']], [lbl('Date'), ['11/01/2025']]]),
    ];
    const r = await record(`manager-${format}`, form, format);
    expect(fieldValue(r, 'comment.child')).toBe('');
    expect(fieldValue(r, 'comment.parent')).toBe('I want help with his sleep.');
    expect(fieldValue(r, 'consent.signature')).toBe('');
    expect(fieldValue(r, 'manager.signoff')).not.toBe('');
  });

  it.each(['docx', 'pdf'] as const)("in one contacts table for family and professionals, the GP's and the school's rows answer those questions (%s)", async (format) => {
    const form = [table([0.25, 0.25, 0.2, 0.3], [
      [lbl('Name'), lbl('Relationship / role'), lbl('Phone'), lbl('Address / notes')],
      [['Lisa Thornbury'], ['Mother'], ['07034 671863'], ['71 Station Approach, Northbridge KM7 6QT']],
      [['Riverside Medical Centre'], ['GP'], ['01632 400100'], ['']],
      [[''], ['School / setting'], [''], ['']],
      [['Steven Kowalczyk'], ['Head of Year 9, Kingsmere Academy'], ['01632 151709'], ['Lead practitioner']],
    ])];
    const r = await record(`contacts-${format}`, form, format);
    expect(fieldValue(r, 'services.gp')).toContain('Riverside Medical Centre');
    expect(fieldValue(r, 'services.school')).toBe('');
    expect(fieldValue(r, 'parent.phone')).toBe('07034 671863');
  });
});

describe('dates month first, a parent reached by email, compound labels', () => {
  it.each(['docx', 'pdf'] as const)('"Mar 12, 2025" is a date: the assessment\'s, and the age it gives (%s)', async (format) => {
    const form = [table([0.35, 0.65], [[lbl('Date of birth'), ['Sep 9, 2016']], [lbl('Assessment date'), ['Mar 12, 2025']]])];
    const r = await record(`month-first-${format}`, form, format);
    expect(deriveFacts(r, agencies, levels)).toMatchObject({ assessmentDate: '2025-03-12', child: { age: 8, ageBand: '7-9' } });
  });

  it.each(['docx', 'pdf'] as const)("the parent's email under the family's heading is a way to reach them (%s)", async (format) => {
    const form = [h2('About the family'), table([0.35, 0.65], [[lbl('Parent / carer'), ['Lisa Thornbury (Mother)']], [lbl('Email'), ['lisa.thornbury@mailbox.example']]])];
    const r = await record(`email-${format}`, form, format);
    expect(fieldValue(r, 'parent.contact')).toBe('lisa.thornbury@mailbox.example');
  });

  it.each(['docx', 'pdf'] as const)('several questions to a cell are answered in turn; a blank part keeps its slash; other children stay siblings (%s)', async (format) => {
    const form = [table([0.4, 0.6], [
      [lbl('Child: name / DOB / gender'), ['Idris Osei / 09/09/2016 / M']],
      [lbl('Ethnicity / religion / first language'), ['White British / not recorded / English']],
      [lbl('School / GP'), ['Elmstead Junior School / Riverside Medical Centre']],
      [lbl('Other children: name / DOB'), ['Kai Osei / 03/04/2019']],
      [lbl('Parent / carer: name / relationship'), ['Beata Osei / Mother']],
      [lbl('Development / parenting / family and environment'), ['/ Parents share the care. / The flat is small.']],
    ])];
    const r = await record(`compound-${format}`, form, format);
    expect(fieldValue(r, 'child.name')).toBe('Idris Osei');
    expect(fieldValue(r, 'child.dob')).toBe('09/09/2016');
    expect(fieldValue(r, 'child.ethnicity')).toBe('White British');
    expect(fieldValue(r, 'services.gp')).toBe('Riverside Medical Centre');
    expect(fieldValue(r, 'services.school')).toBe('Elmstead Junior School');
    expect(fieldValue(r, 'parent.relationship')).toBe('Mother');
    expect(fieldValue(r, 'domain.development')).toBe('');
    expect(fieldValue(r, 'domain.family')).toBe('The flat is small.');
    expect(deriveFacts(r, agencies, levels).children).toBe(2);
  });
});

describe('a copy redacted for audit, a consent log', () => {
  it.each(['docx', 'pdf'] as const)('a birth given as month and year gives the age, except in the birth month itself (%s)', async (format) => {
    const form = [table([0.35, 0.65], [
      [lbl('Child’s name'), ['[REDACTED]']],
      [lbl('Date of birth (month / year)'), ['03/2015']],
      [lbl('Other children in the assessment'), ['[REDACTED] (born June 2021)']],
      [lbl('Date of assessment'), ['12/05/2025']],
    ])];
    const r = await record(`month-year-${format}`, form, format);
    const facts = deriveFacts(r, agencies, levels);
    expect(facts.child).toMatchObject({ age: 10, ageBand: '10-12' });
    expect(deriveProfile(r, facts, { version: 1, categories: [] }).children.map((c) => c.ageBand)).toEqual(['10-12', '0-3']);
    const inBirthMonth = await record(`month-year-march-${format}`, [table([0.35, 0.65], [[lbl('Date of birth (month / year)'), ['March 2015']], [lbl('Date of assessment'), ['12/03/2025']]])], format);
    expect(deriveFacts(inBirthMonth, agencies, levels).child.ageBand).toBe('unknown');
  });

  const log = (rows: string[][]) => [
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], [['Arrange a Team Around the Child meeting'], ['Health Visitor'], ['By half term']]]),
    h2('Consent log'),
    table([0.2, 0.3, 0.3, 0.2], [[lbl('Date'), lbl('Decision'), lbl('How'), lbl('By')], ...rows.map((r) => r.map((c) => [c]))]),
  ];

  it.each(['docx', 'pdf'] as const)('a log of consent decisions under the consent heading is no action plan: its latest decision answers (%s)', async (format) => {
    const r = await record(`consent-log-${format}`, log([
      ['20/06/2025', 'Consent withdrawn', 'Told the worker she no longer agrees', 'Mother'],
      ['03/03/2025', 'Consent to share given', 'Verbally, by phone', 'Mother'],
    ]), format);
    expect(r.actions.map((a) => a.what)).toEqual(['Arrange a Team Around the Child meeting']);
    expect(fieldValue(r, 'consent.given')).toBe('20/06/2025 – Consent withdrawn – Told the worker she no longer agrees – Mother');
    const signed = await record(`consent-log-signed-${format}`, log([['27/10/2025', 'Consent to share given', 'Signed the consent form', 'Mother']]), format);
    expect(fieldValue(signed, 'consent.given')).toContain('Signed the consent form');
    expect(signed.actions).toHaveLength(1);
  });
});

describe('radio buttons, two columns of text, list items wrapped', () => {
  const radio = (question: string, options: string[], chosen: string | null): Element[] => [p({ bold: question }), p({ ticks: options.map((o) => ({ label: o, checked: o === chosen })) })];

  it.each(['docx', 'pdf'] as const)('radio buttons are boxes: the filled one chosen, none filled none chosen (%s)', async (format) => {
    const form = [...radio('Gender', ['Male', 'Female', 'Prefer not to say'], 'Female'), ...radio('How was consent given?', ['Written', 'Verbal'], null)];
    const bytes = format === 'docx' ? writeDocx(form, { tickStyle: 'radio' }) : await writePdf(form, { tickStyle: 'radio' });
    const r = extractRecord(await readDocument(write(dir, `radio.${format}`, bytes)), matcher);
    expect(fieldValue(r, 'child.gender')).toBe('☐ Male ☒ Female ☐ Prefer not to say');
    expect(r.fields['consent.how']?.value).toBe('☐ Written ☐ Verbal');
  });

  const leaflet: Element[] = [
    h1('Early Help Record'),
    h2('Child'),
    ...['Name: Leo Harcourt', 'DOB: 20/10/2010', 'Gender: Male', 'Ethnicity: Black African', 'School: Kingsmere Academy', 'GP: Riverside Medical Centre'].map((l) => p(l)),
    h2('Family'),
    p({ bold: 'Parent / carer: ' }, 'Precious Harcourt (Mother)'),
    p({ bold: 'Household: ' }, 'Precious Harcourt (mother); Leo (son); Darren Latimer (mum’s partner)'),
    h2('Assessment'),
    p({ bold: 'Reason: ' }, 'Leo disclosed to his class teacher that he is often left to look after his sisters in the evening, and his attendance has fallen to 84% this term.'),
    p({ bold: 'Development: ' }, 'Leo was diagnosed with asthma in 2023 and uses his inhaler twice daily (GP summary). At school he is making expected progress in maths but his writing is a year behind (spring data).'),
    p({ bold: 'Parenting: ' }, 'Mum is warm with Leo and praises him often, which I saw during the visit on 14 February. She finds mornings hard because she has three children to get to two schools.'),
    p({ bold: 'Strengths: ' }, 'Leo is a happy and friendly child who enjoys school and his football club on Saturdays.'),
    p({ bold: 'Needs: ' }, 'Leo needs a regular bedtime and help with his writing; his teacher has logged six missed homeworks since January.'),
    p({ bold: 'Risks: ' }, 'Without a change in routine his attendance is likely to keep falling.'),
    p({ bold: 'Outcomes: ' }, 'By the review in 12 weeks, Leo will be in school on time four days in five.'),
    p({ bold: 'Child’s views: ' }, 'I want to stop getting into trouble and I like my football club.'),
    p({ bold: 'Parent’s views: ' }, 'I agree with the plan and I will go to the parenting group.'),
    p({ bold: 'Consent: ' }, 'Written (signed)'),
    h2('Plan'),
    p('• Set up daily reading sessions with a teaching assistant - Beata Fairweather - By half term'),
    p('• Attend the Triple P parenting group (8 weeks) - Mum - Within 6 weeks'),
  ];

  it.each(['docx', 'pdf'] as const)('a page in two columns is read down the left column and then the right, a list item whole over its lines (%s)', async (format) => {
    const bytes = format === 'docx' ? writeDocx(leaflet, { tickStyle: 'glyph', columns: 2 }) : await writePdf(leaflet, { tickStyle: 'glyph', columns: 2, fontSize: 11 });
    const r = extractRecord(await readDocument(write(dir, `columns.${format}`, bytes)), matcher);
    expect(fieldValue(r, 'child.ethnicity')).toBe('Black African');
    expect(fieldValue(r, 'summary.strengths').replace(/\s+/g, ' ')).toBe('Leo is a happy and friendly child who enjoys school and his football club on Saturdays.');
    expect(fieldValue(r, 'consent.given') || fieldValue(r, 'consent.how')).toBe('Written (signed)');
    expect(r.actions.map((a) => [a.who, a.when])).toEqual([['Beata Fairweather', 'By half term'], ['Mum', 'Within 6 weeks']]);
    if (format === 'pdf') expect(r.fields['summary.strengths'].location).toMatch(/column/);
  });

  it('a two-column table is no page of two columns: its rows stay rows', async () => {
    const form = [table([0.5, 0.5], Array.from({ length: 12 }, (_, i) => [lbl(`Question ${i + 1}`), [`Answer ${i + 1} is written here at some length so that it wraps.`]]))];
    const doc = await readDocument(write(dir, 'half-table.pdf', await writePdf(form, { tickStyle: 'glyph' })));
    expect(doc.blocks.some((b) => b.kind === 'line' && b.cells.length === 2 && b.cells[0].text === 'Question 1')).toBe(true);
  });
});

describe('a signature pasted in, a reviewer\'s comments, an ecomap', () => {
  const signed = (parent: boolean): Element[] => [
    table([0.35, 0.65], [[lbl('Child’s full name'), ['Ruby Cole']], [lbl('Date of birth'), ['03/04/2015']], [lbl('Date of assessment'), ['12/03/2025']]]),
    h2('Consent and signatures'),
    table([0.35, 0.65], [
      [lbl('Consent to share information'), [{ ticks: [{ label: 'Yes', checked: true }, { label: 'No', checked: false }] }]],
      [lbl('Parent / carer signature'), parent ? [{ image: 'signature' }] : ['']],
      [lbl('Practitioner signature'), [{ image: 'signature' }]],
    ]),
  ];

  it.each(['docx', 'pdf'] as const)("a picture in the parent's signature box is their signature; the practitioner's is not the family's (%s)", async (format) => {
    expect(fieldValue(await record(`sig-image-${format}`, signed(true), format), 'consent.signature')).toBe('[image]');
    expect(fieldValue(await record(`sig-practitioner-${format}`, signed(false), format), 'consent.signature')).toBe('');
  });

  const commented: Element[] = [
    table([0.35, 0.65], [
      [lbl('Name'), ['Oliver Mirza']],
      [lbl('GP'), [{ comment: 'GP practice? Check with the health visitor.' }]],
      [lbl('School'), ['Beacon Hill School']],
      [lbl('Reason'), ['Health visitor concerned about Oliver’s weight, which has dropped from the 50th to the 9th centile.']],
      [lbl('Child’s views'), [{ comment: 'The child’s own words are missing. Please see the child and add them before this goes to panel.' }]],
      [lbl('Parent / carer’s views'), ['I agree with what has been written.']],
    ]),
  ];

  it.each(['docx', 'pdf'] as const)("a reviewer's comment beside a blank answer leaves it blank (%s)", async (format) => {
    const bytes = format === 'docx' ? writeDocx(commented, { tickStyle: 'glyph' }) : await writePdf(commented, { tickStyle: 'glyph', markup: true });
    const doc = await readDocument(write(dir, `commented.${format}`, bytes));
    const r = extractRecord(doc, matcher);
    expect(fieldValue(r, 'services.gp')).toBe('');
    expect(fieldValue(r, 'comment.child')).toBe('');
    expect(fieldValue(r, 'comment.parent')).toBe('I agree with what has been written.');
    if (format === 'pdf') expect(doc.warnings.join(' ')).toMatch(/2 reviewer's comment/);
  });

  it.each(['docx', 'pdf'] as const)('an ecomap\'s list of connections names the GP and the school (%s)', async (format) => {
    const form = [
      h2('About the child'),
      p({ bold: 'Name: ' }, 'Freya Osei'),
      h2("Ecomap: Freya's connections"),
      p('Each connection, who they are, and how strong the link is.'),
      p('• Elmstead Junior School (school) - some contact'),
      p('• Riverside Medical Centre (GP) - strong link'),
      p('• Maternal grandmother (family) - strong link'),
    ];
    const r = await record(`ecomap-${format}`, form, format);
    expect(fieldValue(r, 'services.school')).toBe('Elmstead Junior School');
    expect(fieldValue(r, 'services.gp')).toBe('Riverside Medical Centre');
  });
});

describe('a footer that dates the form, options struck through, cells merged down a column', () => {
  const body: Element[] = [
    h1('Early Help Assessment'),
    table([0.35, 0.65], [[lbl('Name'), ['Ruby Cole']], [lbl('Date of birth'), ['03/04/2015']], [lbl('Reason for assessment'), ['Ruby is missing school most Mondays.']]]),
  ];
  const footer = { header: 'Early Help Assessment    Ref EH-10452', footer: 'Assessment completed 12/03/2025 by Donna Thornbury, Family Support Worker, Kingsmere Family Support Team    Page {page} of {pages}' };

  it.each(['docx', 'pdf'] as const)('a running footer that says when and by whom the form was completed answers both, once (%s)', async (format) => {
    const r = await record(`footer-dated-${format}`, body, format, { running: footer });
    expect(deriveFacts(r, agencies, levels).assessmentDate).toBe('2025-03-12');
    expect(fieldValue(r, 'assessor.combined')).toBe('Donna Thornbury, Family Support Worker, Kingsmere Family Support Team');
    expect(fieldValue(r, 'reason')).toBe('Ruby is missing school most Mondays.');
  });

  const deleted: Element[] = [
    p('Delete as appropriate.'),
    table([0.4, 0.6], [choose('Gender', ['Male', 'Female'], 'Female'), choose('Consent to share information', ['Yes', 'No'], 'Yes'), choose('Consent given', ['Written', 'Verbal'], null)]),
  ];

  it.each(['docx', 'pdf'] as const)('options struck through are the ones not chosen; none struck is no answer (%s)', async (format) => {
    const bytes = format === 'docx' ? writeDocx(deleted, { tickStyle: 'struck' }) : await writePdf(deleted, { tickStyle: 'struck' });
    const r = extractRecord(await readDocument(write(dir, `struck.${format}`, bytes)), matcher);
    expect(fieldValue(r, 'child.gender')).toBe('☐ Male ☒ Female');
    expect(fieldValue(r, 'consent.given')).toBe('☒ Yes ☐ No');
    expect(fieldValue(r, 'consent.how')).toBe('');
  });

  it.each(['docx', 'pdf'] as const)("a section's name merged down beside its questions heads each of them (%s)", async (format) => {
    const M = [{ merged: true as const }];
    const form = [table([0.2, 0.3, 0.5], [
      [lbl('The child'), lbl('Name'), ['Ruby Cole']],
      [M, lbl('Date of birth'), ['03/04/2015']],
      [lbl('Parent / carer'), lbl('Name'), ['Tia Cole (Mother)']],
      [M, lbl('Telephone'), ['07700 900123']],
    ])];
    const r = await record(`merged-${format}`, form, format);
    expect(fieldValue(r, 'child.name')).toBe('Ruby Cole');
    expect(fieldValue(r, 'parent.name')).toBe('Tia Cole (Mother)');
    expect(fieldValue(r, 'parent.phone')).toBe('07700 900123');
  });
});

describe('boxes drawn on the page, answers in text boxes', () => {
  const form: Element[] = [table([0.4, 0.6], [
    [lbl('Child’s name'), ['Finley Kowalczyk']],
    choose('Gender', ['Male', 'Female', 'Not known'], 'Male'),
    choose('Has the family consented to information being shared?', ['Yes', 'No'], 'Yes'),
    choose('How was consent given?', ['Written', 'Verbal'], null),
  ])];

  it.each(['docx', 'pdf'] as const)('a box drawn as a square is a box, ticked where a cross is drawn in it (%s)', async (format) => {
    const bytes = format === 'docx' ? writeDocx(form, { tickStyle: 'vector' }) : await writePdf(form, { tickStyle: 'vector' });
    const r = extractRecord(await readDocument(write(dir, `vector.${format}`, bytes)), matcher);
    expect(fieldValue(r, 'child.gender')).toBe('☒ Male ☐ Female ☐ Not known');
    expect(fieldValue(r, 'consent.given')).toBe('☒ Yes ☐ No');
    expect(fieldValue(r, 'consent.how')).toBe('');
  });

  it.each(['docx', 'pdf'] as const)("an answer in a text box beside its question is that question's answer (%s)", async (format) => {
    const q = (question: string, a: string): Element => p({ bold: question }, { box: a });
    const r = await record(`text-boxes-${format}`, [h2('The child'), q('Child’s name', 'Ruby Cole'), q('Date of birth', '03/04/2015'), q('GP', 'Riverside Medical Centre'), q('Reason for assessment', 'Ruby is missing school most Mondays.')], format);
    expect(fieldValue(r, 'child.name')).toBe('Ruby Cole');
    expect(fieldValue(r, 'services.gp')).toBe('Riverside Medical Centre');
    expect(fieldValue(r, 'reason')).toBe('Ruby is missing school most Mondays.');
  });
});

describe('wide grids on landscape pages, footnotes, a page printed sideways', () => {
  const grid: Element[] = [
    table([0.15, 0.25, 0.3, 0.3], [
      [lbl('Date of assessment'), lbl('Completed by'), lbl('Role and agency'), lbl('Who was present')],
      [['12/03/2025'], ['Donna Thornbury'], ['Family Support Worker, Kingsmere Family Support Team'], ['Mum and Ruby']],
    ]),
    table([0.34, 0.33, 0.33], [[lbl('What is working well'), lbl('What we are worried about'), lbl('Risks')], [['Mum is warm with Ruby.'], ['Ruby needs to be in school every day.'], ['Low risk.']]]),
    table([0.5, 0.5], [[lbl('What the child says'), lbl('What the parent / carer says')], [[''], ['']]]),
    table([0.06, 0.44, 0.2, 0.12, 0.18], [[lbl('No.'), lbl('Action'), lbl('Who will do it'), lbl('By when'), lbl('Progress')], [['1'], ['Refer to the parenting group'], ['Donna Thornbury'], ['By 30/04/2025'], ['']]]),
    table([0.16, 0.28, 0.36, 0.2], [[lbl('Level of need'), lbl('Consent to share information'), lbl('How consent was given'), lbl('Date')], [['2'], ['Yes'], ['Verbally, at the meeting'], ['12/03/2025']]]),
  ];

  it.each(['docx', 'pdf'] as const)('questions in a row of headings are answered by the row beneath, not read as a plan; a one-row consent record answers its other questions (%s)', async (format) => {
    const r = await record(`landscape-${format}`, grid, format, { landscape: true });
    expect(fieldValue(r, 'assessor.combined')).toBe('Donna Thornbury');
    expect(fieldValue(r, 'assessment.present')).toBe('Mum and Ruby');
    expect(r.actions.map((a) => a.what)).toEqual(['Refer to the parenting group']);
    expect(fieldValue(r, 'level.need')).toBe('2');
    expect(fieldValue(r, 'consent.how')).toBe('Verbally, at the meeting');
    expect(fieldValue(r, 'consent.date')).toBe('12/03/2025');
    expect(fieldValue(r, 'assessment.date')).toBe('12/03/2025');
    // "What we are worried about" beside "Risks" asks for the needs; two questions over a blank row are unanswered.
    expect(fieldValue(r, 'summary.needs')).toBe('Ruby needs to be in school every day.');
    expect(fieldValue(r, 'summary.risks')).toBe('Low risk.');
    expect(fieldValue(r, 'comment.child')).toBe('');
  });

  const noted: Element[] = [
    table([0.35, 0.65], [
      [lbl('Child’s name'), ['Ruby Cole']],
      [lbl('Ethnicity'), ['Pakistani', { note: 'As described by the family.' }]],
      [lbl('Consent to share information'), ['Yes', { note: 'Given verbally at the meeting; a signed form is to follow.' }]],
    ]),
  ];

  it.each(['docx', 'pdf'] as const)("a footnote is read into the answer where its number stands, not left at the page's foot (%s)", async (format) => {
    const r = await record(`footnotes-${format}`, noted, format);
    expect(fieldValue(r, 'consent.given')).toBe('Yes [note: Given verbally at the meeting; a signed form is to follow.]');
    expect(deriveFacts(r, agencies, levels).child.ethnicity).toBe('Pakistani');
    expect(r.unplaced.map((u) => u.value).join(' ')).not.toContain('As described');
  });

  it('a landscape page printed sideways on portrait paper is read along its lines', async () => {
    const form: Element[] = [
      table([0.35, 0.65], [[lbl('Child’s name'), ['Ruby Cole']]]),
      { t: 'landscape' },
      table([0.3, 0.4, 0.15, 0.15], [[lbl('What we want to achieve'), lbl('What will happen'), lbl('Who'), lbl('When')], [['Ruby is in school every day by July.'], ['Daily reading with a teaching assistant'], ['Me'], ['Weekly']]]),
      table([0.5, 0.5], [[lbl('What the child thinks'), lbl('What the parent / carer thinks')], [['School is ok.'], ['I want help with mornings.']]]),
    ];
    const r = await record('sideways', form, 'pdf', { sideways: true });
    expect(fieldValue(r, 'child.name')).toBe('Ruby Cole');
    expect(r.actions.map((a) => [a.what, a.who, a.when])).toEqual([['Daily reading with a teaching assistant', 'Me', 'Weekly']]);
    // A plan's column of outcomes answers for them where the form asks for none elsewhere.
    expect(fieldValue(r, 'summary.outcomes')).toBe('Ruby is in school every day by July.');
    expect(fieldValue(r, 'comment.child')).toBe('School is ok.');
    expect(fieldValue(r, 'comment.parent')).toBe('I want help with mornings.');
  });
});

describe('a long table with its header repeated, a timeline plan, consent service by service', () => {
  const long = (n: number): Element[] => [
    {
      t: 'table',
      widths: [0.18, 0.3, 0.52],
      repeatHeader: true,
      rows: [
        [lbl('Section'), lbl('Question'), lbl('Response')],
        [['1. The child'], lbl('Full name'), ['Ruby Cole']],
        ...Array.from({ length: n }, (_, i) => [[''], lbl(`Note ${i + 1}`), ['Ruby talked about her week at school and what she enjoys doing with her friends at the weekend.']]),
        [['2. Views'], lbl('Child / young person'), ['School is ok.']],
        [[''], lbl('Parent / carer'), ['I want help with mornings.']],
      ],
    },
  ];

  it.each(['docx', 'pdf'] as const)('"Section | Question | Response" rows are questions and answers under each section, the header repeated on a new page read once (%s)', async (format) => {
    const r = await record(`repeated-${format}`, long(60), format);
    expect(fieldValue(r, 'child.name')).toBe('Ruby Cole');
    expect(fieldValue(r, 'comment.child')).toBe('School is ok.');
    expect(fieldValue(r, 'comment.parent')).toBe('I want help with mornings.');
    expect(r.unplaced.some((u) => /\bResponse\b/.test(u.value))).toBe(false);
  });

  it.each(['docx', 'pdf'] as const)('a plan as a timeline: each "who: what" under a stretch of time is an action for then (%s)', async (format) => {
    const form: Element[] = [
      table([0.34, 0.33, 0.33], [
        [lbl('In the next 4 weeks'), lbl('Weeks 5 to 8'), lbl('By the review (12 weeks)')],
        [['Me: Refer to the parenting group\nMum: Attend the first session'], ['Housing officer: Visit the flat'], ['']],
      ]),
    ];
    const r = await record(`timeline-${format}`, form, format);
    expect(r.actions.map((a) => [a.who, a.what, a.when]).sort()).toEqual([
      ['Housing officer', 'Visit the flat', 'Weeks 5 to 8'],
      ['Me', 'Refer to the parenting group', 'In the next 4 weeks'],
      ['Mum', 'Attend the first session', 'In the next 4 weeks'],
    ]);
  });

  const byService = (yes: boolean[]): Element[] => [
    table([0.35, 0.65], [[lbl('GP'), ['']], [lbl('School'), ['']]]),
    h2('Consent to share information'),
    p('I agree to the information in this assessment being shared with the services ticked below.'),
    table([0.5, 0.25, 0.25], [[lbl('Service'), lbl('Yes'), lbl('No')], ...['School or nursery', 'GP and health services'].map((s, i) => [[s], [{ ticks: [{ label: '', checked: yes[i] }] }], [{ ticks: [{ label: '', checked: false }] }]])]),
  ];

  it.each(['docx', 'pdf'] as const)('consent ticked service by service answers the consent question, not the services (%s)', async (format) => {
    const given = await record(`by-service-${format}`, byService([true, false]), format);
    expect(fieldValue(given, 'consent.given')).toBe('☒ Yes ☐ No');
    expect(given.fields['consent.given'].label).toBe('Consent to share with School or nursery');
    expect(fieldValue(given, 'services.gp')).toBe('');
    expect(fieldValue(given, 'services.school')).toBe('');
    const blank = await record(`by-service-blank-${format}`, byService([false, false]), format);
    // Every box left empty: the question asked and left blank.
    expect(blank.fields['consent.given'].value).toBe('☐ Yes ☐ No');
    expect(fieldValue(blank, 'consent.given')).toBe('');
  });
});

describe('answers in italics under plain questions, an audit trail of signatures', () => {
  it.each(['docx', 'pdf'] as const)('a question on a line of its own takes the next line as its answer, though a dash splits it (%s)', async (format) => {
    const qa = (q: string, a: string): Element[] => [p(q), p({ italic: a })];
    const r = await record(`italic-${format}`, [h2('About the child'), ...qa('Name of the child', 'Ruby Cole'), ...qa('Ethnicity', 'White - Other European'), ...qa('Does the child have a disability?', 'Yes - ADHD (diagnosed 2023)'), ...qa('GP', 'Riverside Medical Centre')], format);
    expect(fieldValue(r, 'child.ethnicity')).toBe('White - Other European');
    expect(fieldValue(r, 'child.disability')).toBe('Yes - ADHD (diagnosed 2023)');
    expect(fieldValue(r, 'services.gp')).toBe('Riverside Medical Centre');
  });

  const trail = (events: string[][]): Element[] => [
    table([0.35, 0.65], [[lbl('Consent to share information'), ['Agreed']]]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], [['Refer to the parenting group'], ['Me'], ['By half term']]]),
    h2('Audit trail'),
    table([0.5, 0.25, 0.25], [[lbl('Event'), lbl('By'), lbl('Date and time')], ...events.map((e) => e.map((c) => [c]))]),
  ];

  it.each(['docx', 'pdf'] as const)("a portal's audit trail is no plan; the family signing in it says how consent was given (%s)", async (format) => {
    const r = await record(`trail-${format}`, trail([['Sent to the family for signature', 'Dana Fry', '03/03/2025'], ['Signed electronically (verified by email link)', 'Tia Cole', '04/03/2025 14:02'], ['Submitted', 'Dana Fry', '04/03/2025']]), format);
    expect(r.actions.map((a) => a.what)).toEqual(['Refer to the parenting group']);
    expect(fieldValue(r, 'consent.how')).toBe('Signed electronically (verified by email link) – Tia Cole – 04/03/2025 14:02');
    const asked = await record(`trail-asked-${format}`, trail([['Sent to the family for signature', 'Dana Fry', '03/03/2025']]), format);
    expect(fieldValue(asked, 'consent.how')).toBe('');
  });
});

describe("answers typed over a flat PDF, dates in digit boxes, a contents list", () => {
  it("a flat PDF filled in with a reader's add-text tool has its answers in text annotations", async () => {
    const form: Element[] = [table([0.38, 0.62], [[lbl('Child’s full name'), [{ answer: 'Ruby Cole' }]], [lbl('Ethnicity'), [{ answer: 'White British' }]], [lbl('Reason for assessment'), [{ answer: 'Ruby is missing school most Mondays.' }]], [lbl('GP'), ['']]])];
    const r = await record('typed-on', form, 'pdf', { annotated: true });
    expect(fieldValue(r, 'child.name')).toBe('Ruby Cole');
    expect(fieldValue(r, 'child.ethnicity')).toBe('White British');
    expect(fieldValue(r, 'reason')).toBe('Ruby is missing school most Mondays.');
    expect(fieldValue(r, 'services.gp')).toBe('');
  });

  it.each(['docx', 'pdf'] as const)('dates one digit to a box are read as the dates they spell (%s)', async (format) => {
    const boxes = (q: string, digits: string) => [lbl(q), ...digits.split('').map((d) => [d.trim()])];
    const form: Element[] = [table([0.36, ...Array(8).fill(0.08)], [[lbl('Name of child'), ['Ruby Cole']], boxes('Date of birth', '03042015'), boxes('Date of assessment', '12032025'), boxes('Date consent given', '        ')])];
    const r = await record(`digit-boxes-${format}`, form, format);
    expect(fieldValue(r, 'child.dob')).toBe('03/04/2015');
    expect(deriveFacts(r, agencies, levels).assessmentDate).toBe('2025-03-12');
  });

  it.each(['docx', 'pdf'] as const)("a contents list's entries, led by dots to their page, answer nothing (%s)", async (format) => {
    const form: Element[] = [
      h2('Contents'),
      p(`2. Family composition ${'.'.repeat(40)} 2`),
      p(`5. Child’s views ${'.'.repeat(40)} 4`),
      h2('2. Family composition'),
      table([1], [[['']]]),
      h2('5. Child’s views'),
      table([1], [[['School is ok.']]]),
    ];
    const r = await record(`contents-${format}`, form, format);
    expect(fieldValue(r, 'family.composition')).toBe('');
    expect(fieldValue(r, 'comment.child')).toBe('School is ok.');
  });
});

describe('text pasted from a web page, a typeset print, date pickers', () => {
  it.each(['docx', 'pdf'] as const)('zero-width and no-break spaces and soft hyphens in labels and answers are read past (%s)', async (format) => {
    const line = (q: string, a: string): Element => p({ bold: `${q}:` }, ' ', a);
    const form = [line('\u200bEthn\u00adicity', '\u200bWhite\u00a0British'), line('House\u00adhold\u00a0members', 'Tia Cole (mother); Ruby (daughter)'), line('School /\u200b setting', 'Larkspur\u00a0Primary School')];
    const r = await record(`pasted-${format}`, form, format);
    expect(fieldValue(r, 'child.ethnicity')).toBe('White British');
    expect(fieldValue(r, 'family.composition')).toBe('Tia Cole (mother); Ruby (daughter)');
    expect(fieldValue(r, 'services.school')).toBe('Larkspur Primary School');
  });

  it("a typeset print's ligatures and hyphenated line ends read as their words", async () => {
    const form: Element[] = [table([0.36, 0.64], [[lbl('Family profile: who lives in the household'), ['Tia Cole (mother); Ruby (daughter); the difficulties identified by the school staff are significant']], [lbl('Identified needs'), ['Ruby needs a settled morning routine, with support for mum to plan it.']]])];
    const r = await record('typeset', form, 'pdf', { typeset: true });
    expect(fieldValue(r, 'family.composition')).toContain('difficulties identified');
    expect(fieldValue(r, 'summary.needs')).toBe('Ruby needs a settled morning routine, with support for mum to plan it.');
  });

  it.each(['docx', 'pdf'] as const)("a date picker's date with its weekday is a date (%s)", async (format) => {
    const form: Element[] = [table([0.38, 0.62], [[lbl('Date of assessment'), [{ answer: 'Wednesday, 12 March 2025' }]], [lbl('Gender'), [{ placeholder: 'Choose an item.' }]]])];
    const r = await record(`picker-${format}`, form, format);
    expect(deriveFacts(r, agencies, levels).assessmentDate).toBe('2025-03-12');
    expect(fieldValue(r, 'child.gender')).toBe('');
  });
});

describe("a web system's export to Word, hidden guidance, justified text", () => {
  const form: Element[] = [
    h2('About the child'),
    table([0.38, 0.62], [[lbl('Ethnic origin'), ['White British']], [lbl('Main contact'), ['Tia Cole – Mother']], [lbl('Main contact phone'), ['07700 900123']], choose('Disability', ['Yes', 'No'], 'No')]),
    h2('Reason for assessment'),
    p('Ruby is missing school most Mondays.'),
  ];

  it('a Word document that holds its form as an HTML page (an altChunk) is read from that page', async () => {
    const r = await record('html-chunk', form, 'docx', { htmlChunk: true });
    expect(fieldValue(r, 'child.ethnicity')).toBe('White British');
    expect(fieldValue(r, 'parent.name')).toBe('Tia Cole – Mother');
    expect(fieldValue(r, 'parent.phone')).toBe('07700 900123');
    expect(fieldValue(r, 'child.disability')).toMatch(/☒ No/);
    expect(fieldValue(r, 'reason')).toBe('Ruby is missing school most Mondays.');
  });

  it.each(['docx', 'pdf'] as const)("a template's hidden guidance and example answers are not read as answers (%s)", async (format) => {
    const hidden: Element[] = [
      p({ hidden: 'Guidance for practitioners: complete every section with the family.' }),
      table([0.38, 0.62], [
        [[{ bold: 'Ethnicity' }, { hidden: ' Guidance: as the family describe it' }], [{ hidden: 'Example: White British ' }, 'Mixed White and Black Caribbean']],
        [[{ bold: 'GP' }, { hidden: ' Guidance: name and practice' }], [{ hidden: 'Example: Dr Smith, High Street Surgery ' }, '']],
        [[{ bold: 'Reason for assessment' }], ['Ruby is missing school most Mondays.']],
      ]),
    ];
    const r = await record(`hidden-${format}`, hidden, format);
    expect(fieldValue(r, 'child.ethnicity')).toBe('Mixed White and Black Caribbean');
    expect(fieldValue(r, 'services.gp')).toBe('');
    expect(JSON.stringify(r)).not.toContain('Guidance');
  });
});

describe('columns headed sideways, sections as shaded bands, questions bold by style', () => {
  const up = (s: string) => [{ vertical: s }];
  const box = (checked: boolean) => [{ ticks: [{ label: '', checked }] }];

  it.each(['docx', 'pdf'] as const)('a grid whose option columns are headed in text turned up the page is answered by the boxes ticked under them (%s)', async (format) => {
    const form: Element[] = [
      h2('Consent to share information'),
      table([0.4, 0.15, 0.15, 0.15, 0.15], [
        [lbl('Consent'), up('Given in writing'), up('Given verbally'), up('Given, how not noted'), up('Refused')],
        [['Parent / carer'], box(false), box(false), box(true), box(false)],
      ]),
      table([0.55, 0.15, 0.15, 0.15], [
        [lbl('Who took part'), up('Present'), up('Sent views'), up('Not present')],
        [['Mother'], box(true), box(false), box(false)],
        [['Ruby'], box(false), box(true), box(false)],
      ]),
      table([0.55, 0.15, 0.15, 0.15], [
        [lbl('Disability or additional needs'), up('Yes'), up('No'), up('Prefers not to say')],
        [[''], box(false), box(true), box(false)],
      ]),
      h2('Plan'),
      table([0.46, 0.22, 0.2, 0.12], [[lbl('Action'), lbl('Who'), lbl('By when'), up('Reviewed')], [['Refer to school nursing'], ['School nurse'], ['By 1 June'], box(false)]]),
    ];
    const r = await record(`vertical-${format}`, form, format);
    expect(fieldValue(r, 'consent.given')).toBe('Parent / carer ☐ Given in writing ☐ Given verbally ☒ Given, how not noted ☐ Refused');
    expect(fieldValue(r, 'assessment.present')).toBe('Mother ☒ Present ☐ Sent views ☐ Not present; Ruby ☐ Present ☒ Sent views ☐ Not present');
    expect(fieldValue(r, 'child.disability')).toBe('☐ Yes ☒ No ☐ Prefers not to say');
    expect(r.actions.map((a) => [a.what, a.who])).toEqual([['Refer to school nursing', 'School nurse']]);
  });

  it.each(['docx', 'pdf'] as const)("a shaded band naming a section asks its question, the row under it only labelled as its answer (%s)", async (format) => {
    const band = (s: string) => [[{ band: s }]];
    const r = await record(`bands-${format}`, [
      table([0.35, 0.65], [
        band('Child’s views'),
        [['Comments'], ['I like my teacher but I get told off at dinner.']],
        band('Consent to share information'),
        [['Consent given'], ['Yes']],
        [['How'], ['Verbal']],
      ]),
    ], format);
    expect(fieldValue(r, 'comment.child')).toBe('I like my teacher but I get told off at dinner.');
    expect(fieldValue(r, 'consent.given')).toBe('Yes');
  });

  it('questions bold through a character style (Word\'s "Strong") are read as bold questions', async () => {
    const r = await record('styled-bold', [
      h2('About the child'),
      p({ bold: 'School or nursery' }),
      p('UPN B961083833826'),
      h2('The assessment'),
      p({ bold: 'Who took part' }),
      p('Both parents'),
    ], 'docx', { styledBold: true });
    expect(fieldValue(r, 'services.school')).toBe('UPN B961083833826');
    expect(fieldValue(r, 'assessment.present')).toBe('Both parents');
  });
});

describe('a draft marked across its pages, a form filled by mail merge', () => {
  const form: Element[] = [
    h2('Details from the case record'),
    table([0.34, 0.66], [
      [lbl('Child’s name'), [{ merge: 'Child_Forename', value: 'Ruby' }, ' ', { merge: 'Child_Surname', value: 'Cole' }]],
      [lbl('Ethnicity'), [{ merge: 'Child_Ethnicity', value: null }]],
      [lbl('GP'), [{ merge: 'GP_Practice', value: 'Riverside Surgery' }]],
      [lbl('Contact telephone'), [{ merge: 'Main_Contact_Phone', value: '07700 900123' }]],
      [lbl('School'), [{ merge: 'School_Name', value: null }]],
    ]),
    h2('The assessment'),
    table([0.34, 0.66], [[lbl('Reason for the assessment'), ['Ruby is missing school most Mondays; mum calls it «the Monday thing».']]]),
  ];

  it.each(['docx', 'pdf'] as const)("reads merge fields' values, and a field the record had no value for («School_Name») as blank (%s)", async (format) => {
    const r = await record(`merge-${format}`, form, format);
    expect(fieldValue(r, 'child.name')).toBe('Ruby Cole');
    expect(fieldValue(r, 'services.gp')).toBe('Riverside Surgery');
    expect(fieldValue(r, 'parent.phone')).toBe('07700 900123');
    expect(fieldValue(r, 'child.ethnicity')).toBe('');
    expect(fieldValue(r, 'services.school')).toBe('');
    // Words quoted between guillemets are no field.
    expect(fieldValue(r, 'reason')).toContain('«the Monday thing»');
  });
});

describe("a template's drop-down lists, a report exported as text frames, a print stamped with its date", () => {
  const lists: Element[] = [
    h2('Child'),
    table([0.4, 0.6], [
      [lbl('Ethnicity'), [{ dropdown: ['Please select', 'White British', 'Pakistani'], chosen: 2 }]],
      [lbl('Disability'), [{ dropdown: ['Select one', 'Yes', 'No', 'Prefer not to say'], chosen: 0 }]],
      [lbl('Consent to share information'), [{ dropdown: ['-- Select --', 'Yes - written', 'Yes - verbal', 'No'], chosen: 2 }]],
    ]),
  ];

  it.each(['docx', 'pdf'] as const)("reads a drop-down's chosen entry as the answer, and its prompt left chosen as a blank (%s)", async (format) => {
    const r = await record(`dropdowns-${format}`, lists, format, { legacyText: true });
    expect(fieldValue(r, 'child.ethnicity')).toBe('Pakistani');
    expect(fieldValue(r, 'child.disability')).toBe('');
    expect(fieldValue(r, 'consent.given')).toContain('verbal');
  });

  const report: Element[] = [
    h1('Early Help Assessment Report'),
    h2('Child'),
    table([0.3, 0.7], [
      [lbl('Ethnicity:'), ['Black Caribbean']],
      [lbl('GP:'), ['Dr Osei, Canal Street Practice']],
    ]),
    h2('Assessment'),
    table([0.3, 0.7], [
      [lbl('Reason:'), ['School have raised concerns about Jayden’s attendance, which has fallen to 81% this term, and about his low mood since his grandfather died.']],
      [lbl('Child’s view:'), ['He says he misses his grandad and finds mornings hard.']],
    ]),
  ];

  it("pairs each frame of a report exported to Word with the label beside it, though all the labels come first", async () => {
    const r = await record('frames', report, 'docx', { frames: true });
    expect(fieldValue(r, 'child.ethnicity')).toBe('Black Caribbean');
    expect(fieldValue(r, 'services.gp')).toBe('Dr Osei, Canal Street Practice');
    expect(fieldValue(r, 'reason')).toContain('attendance, which has fallen to 81%');
    expect(fieldValue(r, 'comment.child')).toBe('He says he misses his grandad and finds mornings hard.');
  });

  it.each(['docx', 'pdf'] as const)('takes no assessment date from when the form was printed or last saved (%s)', async (format) => {
    const printed: Element[] = [
      { t: 'running', header: '14/05/2026, 10:42    Early Help Assessment | Family Hub Portal', footer: 'https://familyhub.example.gov.uk/cases/48213/assessment/print    {page}/{pages}' },
      h1('Early Help Assessment'),
      p('Status: Submitted    Last saved: 02/03/2026 16:03'),
      p({ bold: 'Assessment date' }),
      p(''),
      p({ bold: 'Practitioner' }),
      p('Amira Haddad, Family Support Worker, Northgate Family Hub'),
    ];
    const r = await record(`printed-${format}`, printed, format);
    expect(fieldValue(r, 'assessment.date')).toBe('');
  });
});

describe('options listed with boxes for bullets', () => {
  const form: Element[] = [
    h2('Consent'),
    p({ bold: 'Consent to share information' }),
    p({ ticks: [{ label: 'Given in writing (form signed)', checked: false }, { label: 'Given verbally', checked: false }, { label: 'Given', checked: true }, { label: 'Refused', checked: false }] }),
    p({ bold: 'Does the child have a disability?' }),
    p({ ticks: [{ label: 'Yes', checked: false }, { label: 'No', checked: true }, { label: 'Prefer not to say', checked: false }] }),
  ];

  it.each(['docx', 'pdf'] as const)('answers each question with the option whose bullet is ticked (%s)', async (format) => {
    const r = await record(`bullets-${format}`, form, format, { tickStyle: 'bullets' });
    expect(fieldValue(r, 'consent.given')).toMatch(/☒ Given(?! verbally| in writing)/);
    expect(fieldValue(r, 'consent.given')).not.toMatch(/☒ Given (verbally|in writing)/);
    expect(fieldValue(r, 'child.disability')).toContain('☒ No');
  });
});

describe("a template filled through its custom XML part, worksheets embedded as objects, letter-spaced headings", () => {
  const answered: Element[] = [
    h2('Assessment'),
    table([0.35, 0.65], [
      [lbl('Assessment date'), [{ answer: '03/04/2025' }]],
      [lbl('Registered GP'), [{ answer: 'Riverside Medical Centre' }]],
      [lbl('Parent / carer’s views'), [{ placeholder: 'Click or tap here to enter text.' }]],
      choose('Consent to share information', ['Written consent', 'Verbal consent', 'Refused'], 'Verbal consent'),
    ]),
  ];

  it("reads each bound control's value from the custom XML part, though the document's text still shows placeholders and empty boxes", async () => {
    const r = await record('bound', answered, 'docx', { tickStyle: 'control', bound: true });
    expect(fieldValue(r, 'assessment.date')).toBe('03/04/2025');
    expect(fieldValue(r, 'services.gp')).toBe('Riverside Medical Centre');
    expect(fieldValue(r, 'comment.parent')).toBe('');
    expect(fieldValue(r, 'consent.given')).toMatch(/☒ Verbal consent/);
    expect(fieldValue(r, 'consent.given')).not.toMatch(/☒ (Written|Refused)/);
  });

  const planned: Element[] = [
    h2('Household'),
    { t: 'table', widths: [0.6, 0.4], sheet: true, rows: [[lbl('Who lives in the household'), lbl('Notes')], [['Sam Cole (mother)'], ['']], [['Ruby (daughter)'], ['']]] },
    h2('Family plan'),
    { t: 'table', widths: [0.5, 0.25, 0.25], sheet: true, rows: [[lbl('What will happen'), lbl('Who will do it'), lbl('By when')], [['Refer to the family support worker'], ['Health visitor'], ['Within 2 weeks']]] },
  ];

  it.each(['docx', 'pdf'] as const)('reads the household and the plan from worksheets embedded in the form (%s)', async (format) => {
    const r = await record(`sheet-${format}`, planned, format);
    expect(fieldValue(r, 'family.composition')).toContain('Sam Cole (mother)');
    expect(r.actions.map((a) => [a.what, a.who, a.when])).toEqual([['Refer to the family support worker', 'Health visitor', 'Within 2 weeks']]);
  });

  const spaced: Element[] = [h1('Our Family Assessment'), h2('Doctor (GP)'), p('Riverside Medical Centre'), h2('What the parent or carer says'), p('We want help with mornings.'), h2('Why we are meeting'), p('')];

  it.each(['docx', 'pdf'] as const)('reads questions set as letter-spaced capitals (%s)', async (format) => {
    const r = await record(`spaced-${format}`, spaced, format, { letterSpaced: true });
    expect(fieldValue(r, 'services.gp')).toBe('Riverside Medical Centre');
    expect(fieldValue(r, 'comment.parent')).toBe('We want help with mornings.');
  });

  it('keeps a scale of single digits as it is printed', async () => {
    const r = await record('scale', [h2('Doctor (GP)'), p('Riverside Medical Centre'), table([0.4, 0.6], [[lbl('How worried are you?'), ['1 2 3 4 5']]])], 'pdf', { letterSpaced: true });
    expect(r.fields['services.gp']?.value).toBe('Riverside Medical Centre');
    expect(JSON.stringify(r)).toContain('1 2 3 4 5');
  });
});

describe('a record assembled from section documents, a form printed two pages to a sheet, Family Help wording', () => {
  const sections: Element[] = [
    h1('Early Help Record'),
    h2('Case summary'),
    table([0.35, 0.65], [[lbl('Child / young person'), ['Ruby Cole']], [lbl('GP'), ['Riverside Medical Centre']]]),
    h2('Assessment'),
    table([0.35, 0.65], [[lbl('Assessment completed on'), ['03/04/2025']], [lbl('Views of the parent / carer'), [{ placeholder: 'Click or tap here to enter text.' }]]]),
    h2('Consent'),
    table([0.35, 0.65], [choose('Consent to share information', ['Written', 'Verbal', 'Declined'], 'Verbal')]),
  ];

  it('reads each section a case system imports as a whole Word document (altChunk) where it stands', async () => {
    const r = await record('assembled', sections, 'docx', { tickStyle: 'control', assembled: true });
    expect(fieldValue(r, 'services.gp')).toBe('Riverside Medical Centre');
    expect(fieldValue(r, 'assessment.date')).toBe('03/04/2025');
    expect(fieldValue(r, 'comment.parent')).toBe('');
    expect(fieldValue(r, 'consent.given')).toMatch(/☒ Verbal/);
  });

  // Long enough for two pages, so that the sheet's right half holds the second.
  const long: Element[] = [
    { t: 'running', header: 'OFFICIAL-SENSITIVE when complete', footer: 'Early Help Assessment v4.2    Page {page} of {pages}' },
    h1('Early Help Assessment (EHA)'),
    table([0.35, 0.65], [
      [lbl('GP practice'), ['Riverside Medical Centre']],
      ...Array.from({ length: 22 }, (_, i): Cell[] => [lbl(`Development note ${i + 1}`), ['Ruby has settled well at nursery and is making friends; her speech is coming on since the referral to speech and language therapy in the spring.']]),
      [lbl('Child / young person’s comments'), ['I like nursery and my friend Amir.']],
      [lbl('Parent / carer’s comments'), ['We want help with mornings.']],
    ]),
  ];

  it('reads a sheet of two pages side by side page by page, left then right, without their running headers', async () => {
    const bytes = await writePdf(long, { tickStyle: 'glyph', pagesPerSheet: 2 });
    const doc = await readDocument(write(dir, 'two-per-sheet.pdf', bytes));
    const lines = doc.blocks.filter((b) => b.kind === 'line');
    expect(lines.some((l) => l.kind === 'line' && l.half === 'right')).toBe(true);
    expect(JSON.stringify(doc.blocks)).not.toContain('OFFICIAL-SENSITIVE');
    const r = extractRecord(doc, matcher);
    expect(fieldValue(r, 'services.gp')).toBe('Riverside Medical Centre');
    expect(fieldValue(r, 'comment.child')).toBe('I like nursery and my friend Amir.');
    expect(fieldValue(r, 'comment.parent')).toBe('We want help with mornings.');
  });

  const familyHelp: Element[] = [
    h2('The family network'),
    table([0.38, 0.62], [[lbl('Parent or carer'), ['Sam Cole (mother)']], [lbl('Best way to contact'), ['07700 900123']]]),
    h2('Our assessment'),
    table([0.38, 0.62], [[lbl('What will life look like when things are better?'), ['Ruby will be at nursery on time every day by the review.']]]),
  ];

  it.each(['docx', 'pdf'] as const)("takes 'Best way to contact' as the parent's contact and the life it looks forward to as the outcomes (%s)", async (format) => {
    const r = await record(`family-help-${format}`, familyHelp, format);
    expect(fieldValue(r, 'parent.contact')).toBe('07700 900123');
    expect(fieldValue(r, 'summary.outcomes')).toBe('Ruby will be at nursery on time every day by the review.');
  });
});

describe("grids of paired details, a Circle of Support's question prompts", () => {
  const grid: Element[] = [
    h2('Children / Young Peoples Details'),
    table([0.22, 0.14, 0.1, 0.18, 0.16, 0.2], [
      [lbl('Name'), lbl('Date of Birth dd/mm/yy'), lbl('Gender (M/F)'), lbl('Disabilities'), lbl('Ethnicity'), lbl('School/Nursery/College')],
      [['Leo Quayle'], ['14/05/19'], ['M'], ['None'], ['White British'], ['Larkspur Primary School']],
    ]),
    h2('Main Parent / Carer'),
    table([0.2, 0.3, 0.2, 0.3], [
      [lbl('Name'), ['Precious Quayle'], lbl('Gender (M/F)'), ['F']],
      [lbl('Relationship to child(ren)'), ['Mother'], lbl('Date of Birth'), ['02/03/1990']],
    ]),
    h2('Other professionals involved'),
    table([0.3, 0.4, 0.3], [[lbl('Name'), lbl('Role / agency'), lbl('Contact')], [['Riverside Medical Centre'], ['GP practice'], ['']]]),
  ];

  it.each(['docx', 'pdf'] as const)("keeps the child's details from the children's table, the parent's gender and birth date beside their name to the parent (%s)", async (format) => {
    const r = await record(`paired-${format}`, grid, format);
    expect(parseDate(fieldValue(r, 'child.dob'))).toBe('2019-05-14');
    expect(fieldValue(r, 'child.gender')).toBe('M');
    expect(fieldValue(r, 'services.gp')).toContain('Riverside Medical Centre');
  });

  const circle: Element[] = [
    h2('Putting it together'),
    table([0.32, 0.68], [
      [lbl('Children’s questions: what do you like about your family, and what would you change?'), ['I like our dog. I would change the shouting.']],
      [lbl('Parents’ and carers’ questions: what would you like to be different?'), ['Calmer mornings before school.']],
    ]),
  ];

  it.each(['docx', 'pdf'] as const)("reads the children's and the parents' own question prompts as their views (%s)", async (format) => {
    const r = await record(`circle-${format}`, circle, format);
    expect(fieldValue(r, 'comment.child')).toBe('I like our dog. I would change the shouting.');
    expect(fieldValue(r, 'comment.parent')).toBe('Calmer mornings before school.');
  });
});

describe("a Child's Plan, UNOCINI, a clinical system's template", () => {
  const unocini: Element[] = [
    h2('Section 1: Child / Young Person’s Details'),
    table([0.3, 0.7], [[lbl('D.O.B.'), ['05/02/2013']], [lbl('G.P.'), ['Riverside Medical Centre']], [lbl('Why is a Child’s Plan needed?'), ['Finley has missed 20 days of school this term.']]]),
    h2('Section 3: Assessment'),
    table([0.3, 0.7], [[lbl('Child / Young Person’s Views'), ['I don’t like it when mum and dad shout. I want to go to bed at the same time as my friends do on school nights.']]]),
    h2('Completed by'),
    table([0.2, 0.3, 0.2, 0.3], [
      [lbl('Name'), ['Precious Thornbury'], lbl('Designation'), ['Family Support Worker']],
      [lbl('Agency'), ['Kingsmere Family Support Team'], lbl('Date'), ['10/10/2025']],
    ]),
  ];

  it.each(['docx', 'pdf'] as const)("reads dotted abbreviations, a question wrapped after a possessive, and pairs whose answer reads as a column's name (%s)", async (format) => {
    const r = await record(`unocini-${format}`, unocini, format);
    expect(parseDate(fieldValue(r, 'child.dob'))).toBe('2013-02-05');
    expect(fieldValue(r, 'services.gp')).toBe('Riverside Medical Centre');
    expect(fieldValue(r, 'reason')).toBe('Finley has missed 20 days of school this term.');
    expect(fieldValue(r, 'comment.child')).toMatch(/^I don’t like it when mum and dad shout\. .*school nights\.$/);
    expect(fieldValue(r, 'assessor.role')).toBe('Family Support Worker');
    expect(parseDate(fieldValue(r, 'assessment.date'))).toBe('2025-10-10');
  });

  it.each(['docx', 'pdf'] as const)("takes a clinical entry's 'Recorded by' for the assessor, but not who recorded verbal consent (%s)", async (format) => {
    const r = await record(`recorded-${format}`, [
      p('Recorded by: Imran Pemberton (Health Visitor), Kingsmere Community Health NHS Trust'),
      h2('Consent'),
      table([0.4, 0.6], [[lbl('Where consent was given verbally, recorded by (name and date)'), ['Claire Osei, 01/03/2025']]]),
    ], format);
    expect(fieldValue(r, 'assessor.combined')).toBe('Imran Pemberton (Health Visitor), Kingsmere Community Health NHS Trust');
    expect(fieldValue(r, 'consent.how')).toBe('Claire Osei, 01/03/2025');
  });
});

describe('Wingdings 2 boxes, a two-part assessment, a family network meeting', () => {
  const boxes: Element[] = [
    h2('Consent'),
    table([0.35, 0.65], [choose('Consent to share information', ['Yes', 'No'], 'Yes'), choose('Consent given', ['Written', 'Verbal'], 'Written')]),
  ];

  it.each(['docx', 'pdf'] as const)('reads boxes typed as Wingdings 2 symbols (%s)', async (format) => {
    const r = await record(`wingdings2-${format}`, boxes, format, { tickStyle: 'wingdings2' });
    expect(fieldValue(r, 'consent.how')).toMatch(/☒ Written ☐ Verbal/);
  });

  const network: Element[] = [
    h2('Part 1'),
    table([0.35, 0.65], [[lbl('What are the emerging needs?'), ['Jayden’s weight has dropped below the 9th centile.']]]),
    h2('What we talked about'),
    table([0.35, 0.65], [
      [lbl('What the family network is good at'), ['His aunt lives two streets away and has him after school.']],
      [lbl('What the family network wants for the child'), ['Jayden will be back on the 25th centile by the review.']],
    ]),
  ];

  it.each(['docx', 'pdf'] as const)("reads emerging needs as the reason, and what a family network is good at and wants for the child as strengths and outcomes (%s)", async (format) => {
    const r = await record(`network-${format}`, network, format);
    expect(fieldValue(r, 'reason')).toBe('Jayden’s weight has dropped below the 9th centile.');
    expect(fieldValue(r, 'family.composition')).toBe('');
    expect(fieldValue(r, 'summary.strengths')).toBe('His aunt lives two streets away and has him after school.');
    expect(fieldValue(r, 'summary.outcomes')).toBe('Jayden will be back on the 25th centile by the review.');
    expect(fieldValue(r, 'comment.child')).toBe('');
  });

  it.each(['docx', 'pdf'] as const)('reads why the family network was brought together as the reason (%s)', async (format) => {
    const r = await record(`brought-${format}`, [table([0.35, 0.65], [[lbl('Why the family network was brought together'), ['Health visitor concerned about Jayden’s weight.']]])], format);
    expect(fieldValue(r, 'reason')).toBe('Health visitor concerned about Jayden’s weight.');
  });
});

describe('a review done as the assessment, a family at home, consent to share with a service', () => {
  const review: Element[] = [
    h1('Integrated Review and Early Help Assessment'),
    table([0.35, 0.65], [
      [lbl('Family at home'), ['Amina Mirza (mother); Jayden (son)']],
      [lbl('Date of review'), ['12/03/2025']],
      [lbl('Who was at the review'), ['Mum, health visitor, nursery key person']],
      [lbl('Family and home'), ['The family rent a two-bedroom flat.']],
      choose('Consent to share with health and the setting', ['Written', 'Verbal', 'No'], 'Verbal'),
    ]),
  ];

  it.each(['docx', 'pdf'] as const)("takes a review's date and people for the assessment's where the form asks no assessment date (%s)", async (format) => {
    const r = await record(`review-${format}`, review, format);
    expect(parseDate(fieldValue(r, 'assessment.date'))).toBe('2025-03-12');
    expect(fieldValue(r, 'assessment.present')).toBe('Mum, health visitor, nursery key person');
    expect(fieldValue(r, 'family.composition')).toBe('Amina Mirza (mother); Jayden (son)');
    expect(fieldValue(r, 'domain.family')).toBe('The family rent a two-bedroom flat.');
    expect(fieldValue(r, 'consent.given')).toMatch(/☒ Verbal/);
  });

  it('keeps a review apart where the form asks the assessment date too', async () => {
    const r = await record('review-and-assessment', [table([0.35, 0.65], [[lbl('Date of assessment'), ['03/01/2025']], [lbl('Date of review'), ['12/03/2025']]])], 'docx');
    expect(parseDate(fieldValue(r, 'assessment.date'))).toBe('2025-01-03');
  });
});

describe('questions printed beneath their answers, cells set in the middle of their rows, the child called by name', () => {
  const box = (answer: string, caption: string): Cell => [answer, { caption }];
  const boxes: Element[] = [
    h2('Section 1: The child'),
    table([0.4, 0.3, 0.3], [
      [box('Leo Haddad', 'Child’s full name'), box('29/02/2020', 'Date of birth'), box('Male', 'Gender')],
      [box('White British', 'Ethnic origin'), box('Somali', 'First language'), ['', { caption: 'Religion' }]],
      [box('Kingsmere Academy', 'School, nursery or college'), box('Kingsmere Health Centre', 'GP surgery')],
    ]),
    h2('Section 2: Parents and carers'),
    table([0.4, 0.3, 0.3], [[box('Lisa Haddad', 'Parent / carer name'), box('Mother', 'Relationship to child'), box('07427 380732', 'Telephone')], [box('Lisa Haddad (mother); Leo (son)', 'Everyone living in the household')]]),
    h2('Section 3: Consent'),
    table([0.4, 0.3, 0.3], [[box('Verbal', 'Consent to share information (written / verbal)'), ['', { caption: 'Signature of parent / carer' }], ['', { caption: 'Date' }]]]),
  ];

  it.each(['docx', 'pdf'] as const)('reads each answer written over the question printed small beneath it (%s)', async (format) => {
    const r = await record(`boxes-${format}`, boxes, format);
    expect(fieldValue(r, 'child.name')).toBe('Leo Haddad');
    expect(fieldValue(r, 'child.ethnicity')).toBe('White British');
    expect(fieldValue(r, 'child.religion')).toBe('');
    expect(fieldValue(r, 'services.school')).toBe('Kingsmere Academy');
    expect(fieldValue(r, 'services.gp')).toBe('Kingsmere Health Centre');
    expect(fieldValue(r, 'parent.phone')).toBe('07427 380732');
    expect(fieldValue(r, 'family.composition')).toBe('Lisa Haddad (mother); Leo (son)');
    expect(fieldValue(r, 'consent.given')).toBe('Verbal');
  });

  it('reads a table of labels beside answers as it always has, though a few answers have a second line', async () => {
    const r = await record('not-boxes', [table([0.4, 0.6], [[lbl('Child’s name'), ['Leo Haddad']], [lbl('Household'), ['Lisa Haddad (mother)\nLeo (son)']], [lbl('GP'), ['Mill Lane Surgery']]])], 'docx');
    expect(fieldValue(r, 'child.name')).toBe('Leo Haddad');
    expect(fieldValue(r, 'services.gp')).toBe('Mill Lane Surgery');
  });

  const centred: Element[] = [
    h2('Part 1 - About the child or young person'),
    {
      t: 'table',
      widths: [0.45, 0.55],
      middle: true,
      rows: [
        [lbl('Full name of the child or young person this assessment is about'), ['Freya Mirza']],
        [lbl('Gender of the child or young person as they or their family describe it'), ['Female']],
        [lbl('Name of the GP practice the child or young person is registered with'), ['Kingsmere Health Centre']],
        [lbl('Name of the parent or carer and their relationship to the child or young person'), ['Lisa Mirza (Mother)']],
        [lbl('Telephone number on which the parent or carer is best contacted'), ['07588 138035']],
        [lbl('What strengths and protective factors does the family have?'), ['Freya has a good relationship with mum.']],
        [lbl('What are the risks if these needs are not met?'), ['Dad’s drinking at weekends means Freya sometimes misses meals and her football; she told school she worries about him.']],
        [lbl('Name, job title and agency of the practitioner completing this assessment'), ['Steven Ashdown, Family Support Worker, Kingsmere Family Support Team']],
        [lbl('Signature of the parent or carer giving consent'), ['Lisa Mirza']],
      ],
    },
  ];

  it.each(['docx', 'pdf'] as const)('reads long questions by what they ask, their answers set level with their middles (%s)', async (format) => {
    const r = await record(`centred-${format}`, centred, format);
    expect(fieldValue(r, 'child.name')).toBe('Freya Mirza');
    expect(fieldValue(r, 'child.gender')).toBe('Female');
    expect(fieldValue(r, 'services.gp')).toBe('Kingsmere Health Centre');
    expect(fieldValue(r, 'parent.name')).toBe('Lisa Mirza (Mother)');
    expect(fieldValue(r, 'parent.phone')).toBe('07588 138035');
    expect(fieldValue(r, 'summary.strengths')).toBe('Freya has a good relationship with mum.');
    expect(fieldValue(r, 'summary.risks')).toMatch(/^Dad’s drinking at weekends .* worries about him\.$/);
    expect(fieldValue(r, 'assessor.combined')).toBe('Steven Ashdown, Family Support Worker, Kingsmere Family Support Team');
    expect(fieldValue(r, 'consent.signature')).toBe('Lisa Mirza');
    expect(fieldValue(r, 'consent.given')).toBe('');
  });

  it('keeps a table whose answers start with their questions as it is printed', async () => {
    const r = await record('top-aligned', [table([0.45, 0.55], [[lbl('Reason for assessment'), ['Ruby is missing school most Mondays and is often late on other days; her teacher has noticed she is tired.']], [lbl('Strengths'), ['Ruby loves football.']], [lbl('Needs'), ['Help with routines at home.']], [lbl('Risks'), ['Missing more school.']]])], 'pdf');
    expect(fieldValue(r, 'reason')).toMatch(/^Ruby is missing school .* she is tired\.$/);
    expect(fieldValue(r, 'summary.strengths')).toBe('Ruby loves football.');
    expect(fieldValue(r, 'summary.needs')).toBe('Help with routines at home.');
  });

  it('reads a form again for its names only where a label reads otherwise with them', () => {
    const names = { child: 'Ruby', parent: 'Tia' };
    expect(callsByName(['Ruby’s attendance is poor', 'Ruby', 'Tia Cole (mother)'], names, matcher)).toBe(false);
    expect(callsByName(['What life is like for Ruby', 'Ruby sleeps poorly'], names, matcher)).toBe(true);
    expect(callsByName(['In Tia’s words'], names, matcher)).toBe(true);
  });

  it.each(['docx', 'pdf'] as const)("reads a heading that calls the child or the parent by name as the child's or the parent's (%s)", async (format) => {
    const r = await record(`named-${format}`, [
      h2('Who this is about'),
      table([0.35, 0.65], [[lbl('Name'), ['Amelia Ashdown']], [lbl('Birthday'), ['22 December 2024']]]),
      h2('The grown-ups'),
      table([0.35, 0.65], [[lbl('Main carer'), ['Amina Ashdown, Mother']], [lbl('Best number'), ['07627 178638']], [lbl('Where the family lives'), ['79 Beacon Walk, Ashford Vale KM9 8QT']]]),
      h2('What life is like'),
      table([0.35, 0.65], [
        [lbl('Why are we here?'), ['Health visitor concerned about Amelia’s weight.']],
        [lbl('What life is like for Amelia'), ['Amelia sleeps poorly, waking three times a night.']],
        [lbl('How the adults care for Amelia'), ['Parents share the care.']],
        [lbl('What could happen if nothing changes'), ['Her weight may keep falling.']],
        [lbl('In Amelia’s words'), ['']],
        [lbl('In Amina’s words'), ['I want help with bedtimes.']],
      ]),
    ], format);
    expect(fieldValue(r, 'child.name')).toBe('Amelia Ashdown');
    expect(parseDate(fieldValue(r, 'child.dob'))).toBe('2024-12-22');
    expect(fieldValue(r, 'parent.phone')).toBe('07627 178638');
    expect(fieldValue(r, 'parent.address')).toBe('79 Beacon Walk, Ashford Vale KM9 8QT');
    expect(fieldValue(r, 'reason')).toBe('Health visitor concerned about Amelia’s weight.');
    expect(fieldValue(r, 'domain.development')).toBe('Amelia sleeps poorly, waking three times a night.');
    expect(fieldValue(r, 'domain.parenting')).toBe('Parents share the care.');
    expect(fieldValue(r, 'summary.risks')).toBe('Her weight may keep falling.');
    expect(fieldValue(r, 'comment.child')).toBe('');
    expect(fieldValue(r, 'comment.parent')).toBe('I want help with bedtimes.');
  });
});

describe("a record of support in a family hub's words, a pupil passport in the child's voice", () => {
  it.each(['docx', 'pdf'] as const)("reads a record of support's own wordings (%s)", async (format) => {
    const r = await record(`support-${format}`, [
      h2('Child or young person'),
      table([0.35, 0.65], [[lbl('Full name'), ['Jayden Fairweather']], [lbl('Identity'), ['Black African']], [lbl('Gender identity'), ['Male']]]),
      h2('Main contact'),
      table([0.35, 0.65], [[lbl('Main contact'), ['Claire Fairweather (Mother)']], [lbl('Main contact’s address'), ['45 Mill Lane, Northbridge KM7 5QT']]]),
      h2('What we found'),
      table([0.35, 0.65], [
        [lbl('The story so far'), ['School asked for help with Jayden’s attendance.']],
        [lbl('Child’s world: learning, health, feelings'), ['Jayden is behind with reading.']],
        [lbl('How the family look after the children'), ['Parents share the care.']],
        [lbl('Things that help'), ['Jayden’s aunt lives nearby.']],
        [lbl('What might get worse'), ['Jayden may miss more school.']],
        [lbl('Voice of the child'), ['']],
      ]),
    ], format);
    expect(fieldValue(r, 'child.ethnicity')).toBe('Black African');
    expect(fieldValue(r, 'child.gender')).toBe('Male');
    expect(fieldValue(r, 'parent.address')).toBe('45 Mill Lane, Northbridge KM7 5QT');
    expect(fieldValue(r, 'reason')).toBe('School asked for help with Jayden’s attendance.');
    expect(fieldValue(r, 'domain.development')).toBe('Jayden is behind with reading.');
    expect(fieldValue(r, 'domain.parenting')).toBe('Parents share the care.');
    expect(fieldValue(r, 'summary.strengths')).toBe('Jayden’s aunt lives nearby.');
    expect(fieldValue(r, 'summary.risks')).toBe('Jayden may miss more school.');
    expect(fieldValue(r, 'comment.child')).toBe('');
  });

  it.each(['docx', 'pdf'] as const)("reads a pupil passport's questions in the child's voice (%s)", async (format) => {
    const r = await record(`passport-${format}`, [
      h2('All about me'),
      table([0.35, 0.65], [
        [lbl('My name'), ['Amelia Pemberton']],
        [lbl('My birthday'), ['6 January 2017']],
        [lbl('My school'), ['St Aidan’s C of E Primary']],
        [lbl('My grown-up'), ['Sana Pemberton (Mother)']],
        [lbl('How to contact my grown-up'), ['07901 497400']],
        [lbl('Things I find hard'), ['Amelia needs a safe place to talk.']],
        [lbl('What I think'), ['I like my teacher.']],
      ]),
    ], format);
    expect(fieldValue(r, 'child.name')).toBe('Amelia Pemberton');
    expect(fieldValue(r, 'parent.name')).toBe('Sana Pemberton (Mother)');
    expect(fieldValue(r, 'parent.contact') || fieldValue(r, 'parent.phone')).toBe('07901 497400');
    expect(fieldValue(r, 'summary.needs')).toBe('Amelia needs a safe place to talk.');
    expect(fieldValue(r, 'comment.child')).toBe('I like my teacher.');
  });
});

describe("a young person's own plan, a meeting's minutes, a care profile's areas", () => {
  it.each(['docx', 'pdf'] as const)("reads a plan in the young person's voice, 'their number' the parent's named before it (%s)", async (format) => {
    const r = await record(`my-plan-${format}`, [
      h2('Me'),
      table([0.35, 0.65], [[lbl('Name'), ['Idris Okafor']], [lbl('My parent or carer'), ['Grace Okafor (Mother)']], [lbl('Their number'), ['07318 555092']]]),
      h2('My story'),
      table([0.35, 0.65], [[lbl('What’s going on for me'), ['I keep getting into trouble at school.']], [lbl('What gets in the way'), ['Idris needs help with mornings.']], [lbl('Support at home'), ['Mum is warm with Idris.']]]),
    ], format);
    expect(fieldValue(r, 'parent.phone')).toBe('07318 555092');
    expect(fieldValue(r, 'reason')).toBe('I keep getting into trouble at school.');
    expect(fieldValue(r, 'summary.needs')).toBe('Idris needs help with mornings.');
    expect(fieldValue(r, 'domain.parenting')).toBe('Mum is warm with Idris.');
    expect(fieldValue(r, 'family.composition')).toBe('');
  });

  it.each(['docx', 'pdf'] as const)("reads a meeting's agenda items as the sections they name (%s)", async (format) => {
    const r = await record(`minutes-${format}`, [
      h1('Team Around the Child - Minutes'),
      table([0.3, 0.7], [[lbl('Child'), ['Poppy Wisniewski, born 05/01/2023, Female']]]),
      h2('Item 4 - Views'),
      table([0.3, 0.7], [[lbl('Child'), ['I like nursery.']], [lbl('Parent / carer'), ['Mum wants help with sleep.']]]),
    ], format);
    expect(fieldValue(r, 'comment.child')).toBe('I like nursery.');
    expect(fieldValue(r, 'comment.parent')).toBe('Mum wants help with sleep.');
  });

  it('takes no area of care for the school', async () => {
    const r = await record('care-areas', [table([0.35, 0.65], [[lbl('Education setting'), ['']], [lbl('Stimulation and education'), ['2 See strengths.']]])], 'pdf');
    expect(fieldValue(r, 'services.school')).toBe('');
  });
});

describe("an EHC plan's sections, a ward's referral", () => {
  it('takes no question from the end of a sentence carried on from the line above, nor a word of three letters for an abbreviation', () => {
    expect(matcher.field('household is chaotic and the children are out of control.', null)).toBeNull();
    expect(matcher.field('Version no.', null)).toBeNull();
    expect(matcher.field('NOK telephone', null)?.id).toBe('parent.phone');
  });

  it.each(['docx', 'pdf'] as const)("reads a ward's and an EHC plan's own wordings (%s)", async (format) => {
    const r = await record(`ward-${format}`, [
      table([0.35, 0.65], [
        [lbl('Patient name'), ['Tomasz Osei']],
        [lbl('Current placement'), ['Larkspur Primary School']],
        [lbl('Next of kin'), ['Kelly Osei (Mother)']],
        [lbl('NOK telephone'), ['07582 067989']],
        [lbl('NOK address'), ['10 Tanner Street, Ashford Vale KM7 7QT']],
        [lbl('Coordinator'), ['Tariq Pemberton, Outreach Worker, Northbridge Children’s Centre']],
        [lbl('Contributors'), ['Mum and the class teacher']],
        [lbl('Care at home'), ['Parents share the care.']],
        [lbl('Social circumstances'), ['The family rent privately and have rent arrears of about £900 (mum’s account). Dad works long hours. The household is chaotic and the children are out of control.']],
        [lbl('Safeguarding concerns'), ['See needs.']],
        [lbl('Version no.'), ['1']],
      ]),
    ], format);
    expect(fieldValue(r, 'services.school')).toBe('Larkspur Primary School');
    expect(fieldValue(r, 'parent.name')).toBe('Kelly Osei (Mother)');
    expect(fieldValue(r, 'parent.phone')).toBe('07582 067989');
    expect(fieldValue(r, 'parent.address')).toBe('10 Tanner Street, Ashford Vale KM7 7QT');
    expect(fieldValue(r, 'assessor.combined')).toBe('Tariq Pemberton, Outreach Worker, Northbridge Children’s Centre');
    expect(fieldValue(r, 'assessment.present')).toBe('Mum and the class teacher');
    expect(fieldValue(r, 'domain.parenting')).toBe('Parents share the care.');
    expect(fieldValue(r, 'domain.family')).toMatch(/^The family rent privately .* out of control\.$/);
    expect(fieldValue(r, 'summary.risks')).toBe('See needs.');
    expect(fieldValue(r, 'family.composition')).toBe('');
  });
});

describe('notes in Markdown, a police notification, a tenancy assessment', () => {
  it.each(['docx', 'pdf'] as const)('reads notes pasted in Markdown as the headings and labels their marks stand for (%s)', async (format) => {
    const r = await record(`markdown-${format}`, [
      p('# Early Help Assessment - visit summary'),
      p('## Details'),
      p('**Child:** Amelia Bellamy'),
      p('**Ethnicity:** White British'),
      p('**Attendees:** '),
      p('### Why we met'),
      p('School asked for help with Amelia’s attendance, which has fallen to 82% this term.'),
      p('## Next steps'),
      p('- [ ] Arrange a Team Around the Child meeting (Owner: Head of Year 9 (Imran Penhaligon); Due: By 2025-06-23)'),
    ], format);
    expect(fieldValue(r, 'child.name')).toBe('Amelia Bellamy');
    expect(fieldValue(r, 'child.ethnicity')).toBe('White British');
    expect(fieldValue(r, 'assessment.present')).toBe('');
    expect(fieldValue(r, 'reason')).toMatch(/^School asked for help/);
    expect(r.actions.map(({ what, who, when }) => ({ what, who, when }))).toEqual([
      { what: 'Arrange a Team Around the Child meeting', who: 'Head of Year 9 (Imran Penhaligon)', when: 'By 2025-06-23' },
    ]);
  });

  it('takes no incident a police notification reports for the assessment, and reads its wordings', () => {
    expect(matcher.field('Persons present at incident', null)).toBeNull();
    expect(matcher.field('Date of incident', null)).toBeNull();
    expect(matcher.field('Present at visit', null)?.id).toBe('assessment.present');
    expect(matcher.field('Subject child', null)?.id).toBe('child.name');
    expect(matcher.field('Occupants', null)?.id).toBe('family.composition');
    expect(matcher.field('Child’s account', null)?.id).toBe('comment.child');
    expect(matcher.field('Parent / guardian’s account', null)?.id).toBe('comment.parent');
  });

  it.each(['docx', 'pdf'] as const)("reads a tenancy assessment's lead tenant as the parent, its priority as the level of need (%s)", async (format) => {
    const r = await record(`tenancy-${format}`, [
      table([0.35, 0.65], [
        [lbl('Lead tenant'), ['Kelly Bellamy (Mother)']],
        [lbl('Tenant’s phone'), ['07582 067989']],
        [lbl('Property address'), ['10 Tanner Street, Ashford Vale KM7 7QT']],
        [lbl('Tenant’s view'), ['I want the arrears sorted so we can stay here.']],
        [lbl('Priority'), ['Level 2 - Targeted / early help']],
      ]),
    ], format);
    expect(fieldValue(r, 'parent.name')).toBe('Kelly Bellamy (Mother)');
    expect(fieldValue(r, 'parent.phone')).toBe('07582 067989');
    expect(fieldValue(r, 'comment.parent')).toBe('I want the arrears sorted so we can stay here.');
    expect(fieldValue(r, 'level.need')).toBe('Level 2 - Targeted / early help');
  });
});

describe('a part typed into one box, a probation assessment, a request asked in full', () => {
  it('reads a box a whole part was typed into, a question to a line, as the page it would have been', async () => {
    const box = ['Name: Amy Latimer', 'Due date: 03/09/2025', 'Telephone: 07770 486551', '', 'WHY THE ASSESSMENT IS HAPPENING', 'Mum asked for help with the baby’s sleep and her own low mood.', '', 'PLAN', '1. Referral to the perinatal team - Health Visitor - by 1 July'].join('\n');
    const r = await record('typed-box', [table([1], [[[{ bold: '1. The child and family' }]], [[box]]])], 'docx');
    expect(fieldValue(r, 'child.name')).toBe('Amy Latimer');
    expect(fieldValue(r, 'child.dob')).toBe('03/09/2025');
    expect(fieldValue(r, 'parent.phone')).toBe('07770 486551');
    expect(fieldValue(r, 'reason')).toBe('Mum asked for help with the baby’s sleep and her own low mood.');
    expect(r.actions.map(({ what, who, when }) => ({ what, who, when }))).toEqual([{ what: 'Referral to the perinatal team', who: 'Health Visitor', when: 'by 1 July' }]);
  });

  it('reads a box of one answer over several lines as that answer', async () => {
    const words = 'I like school.\nI don’t like it when mum and dad shout.\nI want to go to bed later.';
    const r = await record('answer-box', [h2('Child’s views'), table([1], [[[words]]])], 'docx');
    expect(fieldValue(r, 'comment.child')).toBe(words);
  });

  it('reads a probation assessment’s and a request’s own wordings', () => {
    expect(matcher.field('Due date', null)?.id).toBe('child.dob');
    expect(matcher.field('Review due date', null)?.id).not.toBe('child.dob');
    expect(matcher.field('Person on probation', null)?.id).toBe('parent.name');
    expect(matcher.field('Person on probation’s view', null)?.id).toBe('comment.parent');
    expect(matcher.field('The child’s lived experience', null)?.id).toBe('domain.development');
    expect(matcher.field('Child’s lived experience, in their words where possible', null)?.id).toBe('comment.child');
    expect(matcher.field('Who is making this request?', null)?.id).toBe('assessor.combined');
  });

  it.each(['docx', 'pdf'] as const)('reads a table of children headed "Child" (%s)', async (format) => {
    const r = await record(`child-column-${format}`, [
      table([0.3, 0.16, 0.14, 0.4], [
        [lbl('Child'), lbl('DOB'), lbl('Gender'), lbl('School / education')],
        [['Ruby Latimer'], ['04/05/2016'], ['Female'], ['Larkspur Primary School']],
        [['Leo Latimer'], ['11/02/2019'], ['Male'], ['']],
      ]),
    ], format);
    expect(r.childRows).toHaveLength(2);
  });

  it('runs a question broken off after "a" on into the next line, though that line asks a question too', async () => {
    const r = await record('broken-after-article', [
      table([0.4, 0.6], [
        [lbl('Which school do they attend?'), ['']],
        [lbl('Is the young person registered with a GP? Which practice?'), ['Dr Anand, Mill Lane Surgery']],
        [lbl('Who is their parent or carer?'), ['Marta Mirza (Mother)']],
      ]),
    ], 'pdf');
    expect(fieldValue(r, 'services.gp')).toBe('Dr Anand, Mill Lane Surgery');
  });
});

describe('dates written as people say them', () => {
  it('reads "the 4th of March 2025" as a date', () => {
    expect(parseDate('Tuesday the 4th of March 2025')).toBe('2025-03-04');
    expect(parseDate('by the 10th of May, 2025')).toBe('2025-05-10');
    expect(parseDate('of March 2025')).toBeNull();
  });

  it.each(['docx', 'pdf'] as const)('takes "We met on …" for the assessment date and "Born on …" for the birth (%s)', async (format) => {
    const r = await record(`spoken-dates-${format}`, [
      table([0.35, 0.65], [
        [lbl('Young person’s full name'), ['Ruby Haddad']],
        [lbl('Born on'), ['the 12th of January 2016']],
        [lbl('We met on'), ['Saturday the 6th of September 2025']],
      ]),
    ], format);
    expect(fieldValue(r, 'child.dob')).toBe('the 12th of January 2016');
    expect(fieldValue(r, 'assessment.date')).toBe('Saturday the 6th of September 2025');
  });
});

describe('wave 77: service families, Traveller education, assessments through an interpreter', () => {
  it('reads a form’s title as no question, though it says how the assessment was completed', async () => {
    const r = await record('title-completed-with', [
      h1('Early Help Assessment (completed with an interpreter)'),
      p('Resettlement and Early Help Partnership. Read each part back to the family through the interpreter before they agree it.'),
      p({ bold: 'Practitioner' }),
      p('Imran Haddad, Youth Worker, Elmstead Youth Service'),
    ], 'docx');
    expect(fieldValue(r, 'assessor.combined')).toBeFalsy();
    expect(fieldValue(r, 'assessor.name')).toBe('Imran Haddad, Youth Worker, Elmstead Youth Service');
  });

  it('reads a Home Office reference as no officer', () => {
    expect(matcher.field('Home Office reference', null, 0)?.id).not.toBe('assessor.name');
    expect(matcher.field('Welfare officer', null)?.id).toBe('assessor.name');
  });

  it('reads the date a family arrived in the UK as no assessment date', () => {
    expect(matcher.question('Date the family arrived in the UK', 0)?.id).not.toBe('assessment.date');
    expect(matcher.field('Date of arrival in the UK', null, 0)?.id).not.toBe('assessment.date');
  });

  it.each(['docx', 'pdf'] as const)('parts a step’s owner from its timescale at the last comma (%s)', async (format) => {
    const r = await record(`who-comma-when-${format}`, [
      h2('Next steps'),
      p('• Set up daily reading sessions with a teaching assistant - Outreach Worker, By half term'),
      p('• Apply for housing transfer on medical grounds - Mum, Dad, By 2025-08-10'),
    ], format);
    expect(r.actions.map((a) => [a.who, a.when])).toEqual([['Outreach Worker', 'By half term'], ['Mum, Dad', 'By 2025-08-10']]);
  });

  it.each(['docx', 'pdf'] as const)('reads a consent question of four options as one question, not as consent to share with a service (%s)', async (format) => {
    const r = await record(`consent-four-options-${format}`, [
      h2('5. Consent'),
      table([0.35, 0.65], [
        [lbl('The family agree to this assessment being shared with the unit welfare officer and the local authority'), [{ ticks: [{ label: 'Yes - signed', checked: false }, { label: 'Yes - verbally', checked: true }, { label: 'Yes', checked: false }, { label: 'No', checked: false }] }]],
        [lbl('Date signed'), ['']],
      ]),
    ], format);
    expect(fieldValue(r, 'consent.given')).toMatch(/☒ Yes - verbally/);
  });

  it('takes a question that asks what, its preposition at the end, as whole: a blank answer leaves it blank', async () => {
    const r = await record('stranded-preposition', [
      p({ bold: 'Present:' }),
      p({ bold: 'What the family asked for help with' }),
      p({ bold: 'How the child is doing: health, learning, feelings' }),
      p('Oliver seems happy.'),
      p({ bold: 'In the parents’ words' }),
      p({ bold: 'Next steps' }),
    ], 'pdf');
    expect(fieldValue(r, 'comment.parent')).toBeFalsy();
    expect(fieldValue(r, 'domain.development')).toBe('Oliver seems happy.');
  });
});

describe('wave 78: a pre-assessment checklist, a case system’s edit stamps, a workbook printed with its headings', () => {
  it('reads a case system’s stamp of who last changed a part as no answer to the question above it', async () => {
    const r = await record('edit-stamp', [
      h2('Assessment'),
      table([0.35, 0.65], [
        [lbl('Assessment date'), ['12/05/2025']],
        [lbl('Present at assessment'), ['']],
      ]),
      p({ italic: 'Last updated by Kelly Mirza on 27/05/2025 at 16:20' }),
      h2('Reason for assessment'),
      p('Mum asked for help with Ruby’s sleep.'),
    ], 'pdf');
    expect(fieldValue(r, 'assessment.present')).toBeFalsy();
    expect(fieldValue(r, 'reason')).toBe('Mum asked for help with Ruby’s sleep.');
  });

  it('reads a workbook printed with its row and column headings without them', async () => {
    let n = 1;
    const row = (q: string, a: string) => [[String(++n)], [q], [a]];
    const r = await record('sheet-headings', [{
      t: 'table', repeatHeader: true, widths: [0.06, 0.34, 0.6], rows: [
        [[''], ['A'], ['B']],
        [['1'], ['EARLY HELP ASSESSMENT'], ['']],
        row('Child name', 'Callum Quayle'),
        row('DOB', '12/09/2022'),
        row('GP', 'Riverside Medical Centre'),
        row('Assessment date', '03/03/2025'),
        row('Present', 'Mum, Callum'),
        row('ACTION PLAN', ''),
        row('What will happen', 'Who and by when'),
        row('Set up daily reading sessions', 'Paul Bellamy / Within 6 weeks'),
      ],
    }], 'pdf');
    expect(fieldValue(r, 'child.name')).toBe('Callum Quayle');
    expect(fieldValue(r, 'assessment.present')).toBe('Mum, Callum');
    expect(r.actions.map((a) => [a.what, a.who, a.when])).toEqual([['Set up daily reading sessions', 'Paul Bellamy', 'Within 6 weeks']]);
  });

  it.each(['docx', 'pdf'] as const)('reads a plan of two columns, who and when sharing the second (%s)', async (format) => {
    const r = await record(`who-and-when-${format}`, [
      h2('Action plan'),
      table([0.5, 0.5], [
        [lbl('What will happen'), lbl('Who and by when')],
        [['Set up daily reading sessions with a teaching assistant'], ['Paul Bellamy / Within 6 weeks']],
        [['Apply for housing transfer on medical grounds'], ['Housing officer, by 2025-04-03']],
      ]),
    ], format);
    expect(r.actions.map((a) => [a.what, a.who, a.when])).toEqual([
      ['Set up daily reading sessions with a teaching assistant', 'Paul Bellamy', 'Within 6 weeks'],
      ['Apply for housing transfer on medical grounds', 'Housing officer', 'by 2025-04-03'],
    ]);
  });
});

describe('wave 79: indicators of need, a charity’s client assessment, a Meitheal', () => {
  it('reads a charity’s client as the parent and their dependants as the children', () => {
    expect(matcher.field('Client name', null)?.id).toBe('parent.name');
    expect(matcher.field('Client address', null)?.id).toBe('parent.address');
    expect(matcher.field('Client’s view', null)?.id).toBe('comment.parent');
    expect(matcher.field('Dependant’s view', null)?.id).toBe('comment.child');
    expect(matcher.field('Dependent’s date of birth', null)?.id).toBe('child.dob');
    expect(matcher.field('Substance misuse or dependency', null, 0)?.id).not.toBe('child.name');
  });

  it('reads "Family make-up" as the household', () => {
    expect(matcher.field('Family make-up', null)?.id).toBe('family.composition');
    expect(matcher.field('Make-up of the household', null)?.id).toBe('family.composition');
  });

  it('reads a date whose label names a part of the assessment as a date, not as that part', async () => {
    expect(matcher.field('Date of strengths and needs identification', null, 0)?.id).not.toBe('summary.strengths');
    expect(matcher.field('Date and reason for referral', null)?.id).toBe('reason');
    const r = await record('date-of-findings', [
      table([0.35, 0.65], [
        [lbl('Lead practitioner'), ['Lisa Harcourt, Outreach Worker']],
        [lbl('Date of strengths and needs identification'), ['10/12/2025']],
        [lbl('Strengths identified'), ['Freya is a happy and friendly child who enjoys school.']],
      ]),
    ], 'docx');
    expect(fieldValue(r, 'assessment.date')).toBe('10/12/2025');
    expect(fieldValue(r, 'summary.strengths')).toBe('Freya is a happy and friendly child who enjoys school.');
  });
});

describe('wave 80: Roman numerals, a youth justice prevention assessment, small capitals', () => {
  it('reads a question numbered in Roman numerals as the question', () => {
    expect(['iv) Ethnicity', '(ix) Needs', 'xii. Views of the child', '(i) Full name'].map(normaliseLabel)).toEqual(['ethnicity', 'needs', 'views of the child', 'full name']);
    expect(normaliseLabel('Vision and hearing')).toBe('vision and hearing');
    expect(matcher.field('xiii) Views of the parent or carer', null)?.id).toBe('comment.parent');
  });

  it('starts a new question at each numbered line of a PDF, though its number opens in lower case', async () => {
    const r = await record('numbered-lines', [
      table([0.4, 0.6], [
        [lbl('(i) Full name'), ['Yusuf Fairweather']],
        [lbl('(ii) Date of birth'), ['08/07/2024']],
        [lbl('(iii) Gender'), ['Male']],
        [lbl('iv) Disability'), ['']],
        [lbl('v) GP'), ['Kingsmere Health Centre']],
      ]),
    ], 'pdf');
    expect(fieldValue(r, 'child.dob')).toBe('08/07/2024');
    expect(fieldValue(r, 'child.gender')).toBe('Male');
    expect(fieldValue(r, 'services.gp')).toBe('Kingsmere Health Centre');
  });

  it('reads the date of an arrest or police contact as no assessment date, and "Assessment completed" as the assessment date', () => {
    expect(matcher.question('Date of arrest or police contact', 0)?.id).not.toBe('assessment.date');
    expect(matcher.field('Date of arrest or police contact', null, 0)?.id).not.toBe('assessment.date');
    expect(matcher.field('Assessment completed', null)?.id).toBe('assessment.date');
    expect(matcher.field('Assessment completed by', null)?.id).toBe('assessor.combined');
  });
});

describe('wave 81: a case system’s dates and lines, a web form’s marks and counts, questions named after the family', () => {
  it.each(['docx', 'pdf'] as const)('reads an action printed a part to a line, "Action 1", "Owner", "Due" (%s)', async (format) => {
    const r = await record(`action-lines-${format}`, [
      h2('PLAN'),
      p('Action 1: Arrange a Team Around the Child meeting'),
      p('Owner: Family Support Worker (Lee Penhaligon)'),
      p('Due: Weekly from next Monday'),
      p('Action 2: Apply for housing transfer on medical grounds'),
      p('Owner: Housing officer'),
      p('Due: By 10-Aug-2025'),
    ], format);
    expect(r.actions.map((a) => [a.what, a.who, a.when])).toEqual([
      ['Arrange a Team Around the Child meeting', 'Family Support Worker (Lee Penhaligon)', 'Weekly from next Monday'],
      ['Apply for housing transfer on medical grounds', 'Housing officer', 'By 10-Aug-2025'],
    ]);
  });

  it('reads the "Key adult" as the parent, and "Consent Date" as the date consent was given', () => {
    expect(matcher.section('KEY ADULT')?.id).toBe('parent');
    expect(matcher.field('Consent Date', null)?.id).toBe('consent.date');
    expect(matcher.field('Consent To Share', null)?.id).toBe('consent.given');
  });

  it.each(['docx', 'pdf'] as const)('reads a web form’s count of the characters left in a box as no answer (%s)', async (format) => {
    const r = await record(`character-count-${format}`, [
      p({ bold: 'Who was present? (required)' }),
      p(''),
      p({ italic: '2000 characters remaining' }),
      p({ bold: 'Reason for assessment (required)' }),
      p('Mum asked for help with Ruby’s sleep.'),
      p({ italic: '1963 characters remaining' }),
    ], format);
    expect(fieldValue(r, 'assessment.present')).toBeFalsy();
    expect(fieldValue(r, 'reason')).toBe('Mum asked for help with Ruby’s sleep.');
  });

  it('reads a question that names the child or the parent after its question word', async () => {
    const r = await record('named-after-wh', [
      table([0.35, 0.65], [
        [lbl('Name'), ['Ruby Cole']],
        [lbl('Parent / carer'), ['Donna Cole (Mother)']],
        [lbl('What Ruby says'), ['I like school.']],
        [lbl('What Donna told us'), ['I need help with the housing.']],
      ]),
    ], 'docx');
    expect(fieldValue(r, 'comment.child')).toBe('I like school.');
    expect(fieldValue(r, 'comment.parent')).toBe('I need help with the housing.');
  });
});

describe('wave 82: consent in the practitioner’s words, a home visit record, a record’s many dates', () => {
  it('reads a visit record’s "Seen" as who was seen, and "Child seen alone?" as no list of people', () => {
    expect(matcher.field('Seen', null)?.id).toBe('assessment.present');
    expect(matcher.field('Seen on', null)?.id).toBe('assessment.date');
    expect(matcher.field('Child seen alone?', null)?.id).not.toBe('assessment.present');
  });

  it('reads the date a worker was allocated as no worker and no assessment date', async () => {
    expect(matcher.field('Date allocated to worker', null, 0)?.id).not.toBe('assessor.name');
    const r = await record('allocated', [
      table([0.35, 0.65], [
        [lbl('Date of referral'), ['02/04/2025']],
        [lbl('Date allocated to worker'), ['14/04/2025']],
        [lbl('Date of assessment'), ['']],
        [lbl('Allocated worker'), ['Lee Penhaligon, Family Support Worker']],
      ]),
    ], 'docx');
    expect(fieldValue(r, 'assessor.name')).toBe('Lee Penhaligon, Family Support Worker');
    expect(fieldValue(r, 'assessment.date')).toBeFalsy();
  });
});

describe('wave 83: questions about the parent by their part in the family, a covering letter, choices typed in capitals', () => {
  it('reads "Mum’s mobile" and "Mother’s views" as the parent’s, and "Mum’s health" as no detail of the parent', () => {
    expect(matcher.field('Mum’s name', null)?.id).toBe('parent.name');
    expect(matcher.field('Mum’s address', null)?.id).toBe('parent.address');
    expect(matcher.field('Mother’s mobile', null)?.id).toBe('parent.phone');
    expect(matcher.field('Mum’s views', null)?.id).toBe('comment.parent');
    expect(matcher.field('Mum’s health', null, 0)?.id).not.toBe('parent.name');
    expect(matcher.field('Father’s involvement', null, 0)?.id).not.toBe('parent.name');
  });

  it('reads a letterhead naming a school as no question about the school', async () => {
    const r = await record('letterhead', [
      p('Kingsmere Academy'),
      p('25 May 2025'),
      p('Early Help Hub, Kingsmere Council'),
      table([0.35, 0.65], [
        [lbl('Name of child'), ['Ruby Cole']],
        [lbl('School'), ['']],
      ]),
    ], 'docx');
    expect(fieldValue(r, 'services.school')).toBeFalsy();
  });

  it('reads options typed with the chosen one in capitals as that choice, but not a question pairing an acronym with a word', () => {
    expect(capitalChoice('yes / NO / rather not say')).toBe('☐ yes ☒ NO ☐ rather not say');
    expect(capitalChoice('YES / no - Autism (diagnosed 2023)')).toBe('☒ YES ☐ no - Autism (diagnosed 2023)');
    expect(capitalChoice('written / verbal')).toBe('written / verbal');
    expect(capitalChoice('Yes / No')).toBe('Yes / No');
    expect(capitalChoice('and/or')).toBe('and/or');
  });

  it.each(['docx', 'pdf'] as const)('reads the disability, gender and consent chosen in capitals (%s)', async (format) => {
    const r = await record(`caps-choice-${format}`, [
      table([0.35, 0.65], [
        [lbl('SEN / disability'), ['yes / NO / rather not say']],
        [lbl('Gender'), ['male / FEMALE / not known']],
        [lbl('Consent to share given'), ['YES / no']],
        [lbl('How consent was given'), ['written / VERBAL']],
      ]),
    ], format);
    expect(fieldValue(r, 'child.disability')).toBe('☐ yes ☒ NO ☐ rather not say');
    expect(fieldValue(r, 'child.gender')).toBe('☐ male ☒ FEMALE ☐ not known');
    expect(fieldValue(r, 'consent.how')).toBe('☐ written ☒ VERBAL');
  });
});

describe('a level of need offered as options', () => {
  const level = (value: string) => deriveFacts({ ...base, fields: { 'level.need': { label: 'Level of need', value, location: 'table 2, row 14' } } }, agencies, levels).levelOfNeed;
  it('gives no level where every level is offered and none chosen, and the one chosen where it is', () => {
    expect(level('universal / targeted / complex / acute')).toBe('unknown');
    expect(level(capitalChoice('universal / TARGETED / complex / acute'))).toBe('2');
    expect(level('Targeted')).toBe('2');
  });
});
