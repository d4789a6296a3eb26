import { describe, expect, it } from 'vitest';
import { abbreviates } from '../../src/extract/abbreviations.js';

describe('abbreviations', () => {
  it.each([
    ['FSW', 'Family Support Worker'],
    ['HV', 'Health Visitor'],
    ['HoY 9', 'Head of Year 9'],
    ['Inc. Mgr', 'Inclusion Manager'],
  ])('%s stands for %s', (short, long) => expect(abbreviates(short, long)).toBe(true));

  it.each([
    ['SN', 'Health Visitor'],
    ['Mum', 'Manager'],
    ['HoY 8', 'Head of Year 9'],
    ['FS', 'Family Support Worker'],
    ['Family Support Worker', 'Family Support Worker'],
  ])('%s does not stand for %s', (short, long) => expect(abbreviates(short, long)).toBe(false));
});
