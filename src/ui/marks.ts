// Symbols as well as colour, so a judgement reads the same on a monochrome terminal.
export const GOOD_VALUES = new Set(['present', 'recorded', 'written', 'not-applicable', 'good']);

export function markOf(kind: string, value: string): { mark: string; color: string } {
  if (kind === 'flag') return value === 'dismissed' ? { mark: '⚐', color: 'gray' } : { mark: '⚑', color: 'yellow' };
  if (kind === 'rubric') return value === 'good' ? { mark: '●', color: 'green' } : value === 'satisfactory' ? { mark: '◐', color: 'yellow' } : { mark: '○', color: 'red' };
  return GOOD_VALUES.has(value) ? { mark: '✓', color: 'green' } : { mark: '✗', color: 'red' };
}

export const STATUS_MARK: Record<string, string> = { pending: '·', accepted: '=', overridden: '≠', dismissed: '×' };
