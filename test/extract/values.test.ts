import { describe, expect, it } from 'vitest';
import { answerText, parseDate, parseTicks, REDACTION, statedYears, VERBAL_CONSENT, WRITTEN_CONSENT, yearsSinceMonth } from '../../src/extract/values.js';
import { chosenOptions, normaliseTicks, withoutStruck } from '../../src/ingest/ticks.js';
import { withoutWritingLines } from '../../src/ingest/placeholders.js';
import { isBlank } from '../../src/extract/record.js';
import { meantWords, ocrFold } from '../../src/extract/misreadings.js';

describe('tick boxes', () => {
  it('reads boxes before their options', () => {
    expect(parseTicks('☒ Male ☐ Female ☐ Not known')).toEqual({ checked: ['Male'], unchecked: ['Female', 'Not known'] });
  });
  it('reads boxes after their options', () => {
    expect(parseTicks('Yes ☐ No ☒')).toEqual({ checked: ['No'], unchecked: ['Yes'] });
  });
  it('folds every way of marking a box to one notation', () => {
    expect(normaliseTicks('[x] Written [ ] Verbal')).toBe('☒ Written ☐ Verbal');
    expect(normaliseTicks('☑ Yes □ No ✓ Maybe')).toBe('☒ Yes ☐ No ☒ Maybe');
    // A cross that is the whole answer says no; beside an option it marks it.
    expect(normaliseTicks('Consent to share ........ ✗')).toBe('Consent to share ........ No');
    expect(normaliseTicks('✗')).toBe('No');
    // Radio buttons: a filled one beside an empty one is chosen; alone, "●" is a bullet.
    expect(normaliseTicks('● Male ○ Female ○ Prefer not to say')).toBe('☒ Male ☐ Female ☐ Prefer not to say');
    expect(normaliseTicks('◉ Yes ○ No')).toBe('☒ Yes ☐ No');
    expect(normaliseTicks('● Attend the parenting group')).toBe('● Attend the parenting group');
    expect(normaliseTicks('● Written', true)).toBe('☒ Written');
    // Wingdings 2's boxes: its private-use codes, or the letters a PDF gives without its map,
    // read as boxes only where an empty one ("£") stands alone beside them.
    expect(normaliseTicks('\uF052 Yes \uF0A3 No')).toBe('☒ Yes ☐ No');
    expect(normaliseTicks('R Written £ Verbal')).toBe('☒ Written ☐ Verbal');
    expect(normaliseTicks('£ Male R Female £ Not known')).toBe('☐ Male ☒ Female ☐ Not known');
    expect(normaliseTicks('Rent arrears of £900; R Cole to ring the landlord')).toBe('Rent arrears of £900; R Cole to ring the landlord');
    // Struck through: the options not chosen, or a correction that is no answer.
    expect(withoutStruck([{ text: 'Yes' }, { text: ' / ' }, { text: 'No', struck: true }])).toBe('☒ Yes ☐ No');
    expect(withoutStruck([{ text: 'Verbal', struck: true }, { text: ' Written' }])).toBe(' Written');
    expect(normaliseTicks('Yes ✗ No ☐')).toBe('Yes ☒ No ☐');
    expect(normaliseTicks('✗ Written')).toBe('☒ Written');
  });
  it('reads Wingdings boxes as Word and PDFs give them, a letter only where it stands alone', () => {
    expect(normaliseTicks('🗹 Written 🞎 Verbal')).toBe('☒ Written ☐ Verbal');
    expect(normaliseTicks('\uF0FE Y \uF0A8 N')).toBe('☒ Y ☐ N');
    expect(normaliseTicks('þ M ¨ F')).toBe('☒ M ☐ F');
    expect(normaliseTicks('tick (þ) where it applies; Þórunn')).toBe('tick (þ) where it applies; Þórunn');
  });
  it('reads OCR\'s "IXI" for a ticked box, and a marked option of "Yes / No" as the ticked one', () => {
    expect(normaliseTicks('IXI Yes [] No')).toBe('☒ Yes ☐ No');
    expect(chosenOptions([{ text: 'Male / ', marked: false }, { text: 'Female', marked: true }, { text: ' / Not known', marked: false }])).toBe('☐ Male ☒ Female ☐ Not known');
    expect(chosenOptions([{ text: 'Yes / No', marked: false }])).toBeNull();
    expect(chosenOptions([{ text: 'Yes / No', marked: true }])).toBeNull();
    expect(chosenOptions([{ text: 'Mum and dad ', marked: false }, { text: 'shout', marked: true }])).toBeNull();
  });
  it('takes options printed with none chosen, fillers and writing lines for blanks', () => {
    for (const v of ['Yes / No', 'Written / Verbal', '1 / 2 / 3 / 4', 'N/K', 'Not asked', 'TBC', 'See referral form', 'Not answered']) expect(isBlank(v)).toBe(true);
    for (const v of ['Yes', 'None known', 'Rather not say']) expect(isBlank(v)).toBe(false);
    // The template's own bracketed guidance left in the box; a word or two in brackets may answer.
    for (const v of ["(Record the child's own words here)", '(Written, verbal or refused)', '(Name and address of the GP practice)']) expect(isBlank(v)).toBe(true);
    for (const v of ['(verbal)', '(none)', 'Mum (verbal)']) expect(isBlank(v)).toBe(false);
    expect(withoutWritingLines('Signed: D. Harcourt______ Date: ________').replace(/\s+/g, ' ').trim()).toBe('Signed: D. Harcourt Date:');
  });
  it('reads a misread or mistyped word as the word it was meant to be', () => {
    const known = new Map([['ethnicity', 1], ['assessment', 2], ['disability', 1], ['father', 1], ['think', 1]]);
    expect(meantWords('ethnlcity', known)).toEqual(['ethnicity']);
    expect(meantWords('assessrnent', known)).toEqual(['assessment']);
    expect(meantWords('dissability', known)).toEqual(['disability']);
    expect(meantWords('rather', known)).toEqual([]);
    expect(ocrFold('Scliool Nursc')).toBe(ocrFold('School Nurse'));
    expect(ocrFold('Fami1y Supp0rt')).toBe(ocrFold('Famlly Support'));
  });
  it('gives no ticks for plain text and the ticked words for boxes', () => {
    expect(parseTicks('Yes')).toBeNull();
    expect(answerText('☐ Level 1 ☒ Level 2')).toBe('Level 2');
  });
});

describe('dates', () => {
  it.each([
    ['12/03/2025', '2025-03-12'],
    ['12.03.25', '2025-03-12'],
    ['3rd March 2025', '2025-03-03'],
    ['2025-03-12', '2025-03-12'],
    ['EDD 01/02/2026', '2026-02-01'],
    ['O3/O4/2025', '2025-04-03'],
  ])('%s → %s (day first)', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each([['TBC'], ['within 6 weeks'], ['by half term'], ['']])('%s is no date', (text) => expect(parseDate(text)).toBeNull());
});

describe('dates', () => {
  it.each([['12/03/2025', '2025-03-12'], ['12 March 2025', '2025-03-12'], ['Mar 12, 2025', '2025-03-12'], ['March 12th 2025', '2025-03-12'], ['12-Mar-2025', '2025-03-12'], ['Year 9 2025', null]] as const)('"%s" is %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});

describe('stated ages', () => {
  it.each([['7 years 3 months', 7], ['2 yrs', 2], ['8 months', 0], ['30 months', 2], ['6 weeks', 0], ['7', 7], ['16y', 16], ['', null], ['Year 3', null], ['Unborn', null]] as const)('"%s" is %s whole years', (text, years) => {
    expect(statedYears(text)).toBe(years);
  });
});


describe('births given as month and year', () => {
  it.each([['03/2015', 10], ['3.2015', 10], ['March 2015', 10], ['born Sept 2020', 4], ['12/2015', 9], ['05/2015', null], ['May 2015', null], ['12/03/2015', null], ['12 March 2015', null], ['2015', null]] as const)('"%s" at 12 May 2025 is %s whole years', (text, years) => {
    expect(yearsSinceMonth(text, '2025-05-12')).toBe(years);
  });
});

describe('redaction marks', () => {
  it.each(['[REDACTED]', '[name removed]', '[number removed]', '█████', 'XXXXX', 'Redacted'])('"%s" marks something taken out', (text) => {
    expect(REDACTION.test(text)).toBe(true);
  });
  it.each(['xx', 'Not known', 'X', 'Removed from the school roll in May', 'Mill Lane'])('"%s" is no redaction', (text) => {
    expect(REDACTION.test(text)).toBe(false);
  });
});

describe('how consent was given, as forms word it', () => {
  it('reads a family saying so as verbal consent, and a signature as written', () => {
    expect(VERBAL_CONSENT.test('Yes, I said so')).toBe(true);
    expect(VERBAL_CONSENT.test('Agreed by word of mouth')).toBe(true);
    expect(VERBAL_CONSENT.test('Yes, I have signed')).toBe(false);
    expect(WRITTEN_CONSENT.test('Yes, I have signed')).toBe(true);
  });
});
