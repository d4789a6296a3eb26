// Symbols as well as colour, so a judgement reads the same on a monochrome terminal.
import { COMPLETE } from '../rules/check.js';

export function markOf(kind: string, value: string): { mark: string; color: string } {
  if (kind === 'flag') return value === 'dismissed' ? { mark: '⚐', color: 'gray' } : { mark: '⚑', color: 'yellow' };
  if (kind === 'rubric') return value === 'good' ? { mark: '●', color: 'green' } : value === 'satisfactory' ? { mark: '◐', color: 'yellow' } : { mark: '○', color: 'red' };
  return COMPLETE.has(value) ? { mark: '✓', color: 'green' } : { mark: '✗', color: 'red' };
}

export const STATUS_MARK: Record<string, string> = { pending: '·', accepted: '=', overridden: '≠', dismissed: '×' };
