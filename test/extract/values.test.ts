import { describe, expect, it } from 'vitest';
import { answerText, parseDate, parseTicks } from '../../src/extract/values.js';
import { normaliseTicks } from '../../src/ingest/ticks.js';

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
  });
  it('reads Wingdings boxes as Word and PDFs give them, a letter only where it stands alone', () => {
    expect(normaliseTicks('🗹 Written 🞎 Verbal')).toBe('☒ Written ☐ Verbal');
    expect(normaliseTicks('\uF0FE Y \uF0A8 N')).toBe('☒ Y ☐ N');
    expect(normaliseTicks('þ M ¨ F')).toBe('☒ M ☐ F');
    expect(normaliseTicks('tick (þ) where it applies; Þórunn')).toBe('tick (þ) where it applies; Þórunn');
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
  ])('%s → %s (day first)', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each([['TBC'], ['within 6 weeks'], ['by half term'], ['']])('%s is no date', (text) => expect(parseDate(text)).toBeNull());
});
