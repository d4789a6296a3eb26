import type { z } from 'zod';
import type { Facts } from '../extract/derive.js';
import type { CafRecord, Evidence } from '../extract/record.js';

export interface CheckContext {
  record: CafRecord;
  facts: Facts;
}

/** What a checklist check found: the value, what it looked at and why, and the excerpt. */
export interface ChecklistFinding {
  value: string;
  /** the canonical field the value rests on */
  field: string | null;
  reason: string;
  evidence: Evidence | null;
}

/** A test case shipped with a check: a form fragment and the value it must give. */
export interface CheckExample<O> {
  name: string;
  fields: Record<string, string>;
  actions?: { what: string; who: string; when: string }[];
  facts?: Partial<Facts['child']>;
  options?: Partial<O>;
  expect: string;
}

export interface ChecklistCheck<O = Record<string, unknown>> {
  kind: string;
  options: z.ZodType<O>;
  /** every value the check can give; the JSON contract promises no other */
  values: readonly string[];
  run(ctx: CheckContext, options: O): ChecklistFinding;
  examples: CheckExample<O>[];
}

/** Declared with the check's own option type, stored in the registry without it. */
export const defineCheck = <O>(c: ChecklistCheck<O>) => c as unknown as ChecklistCheck<Record<string, unknown>>;
