import type { z } from 'zod';
import type { Facts } from '../extract/derive.js';
import type { CafRecord, Evidence } from '../extract/record.js';
import type { Lexicons } from './text/lexicons.js';

export interface CheckContext {
  record: CafRecord;
  facts: Facts;
  lex: Lexicons;
  /** the child's names as written on the form, so sentences about the child can be told apart */
  childNames: string[];
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
  /** how the form words a field's question, where that matters; else the field's id */
  labels?: Record<string, string>;
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

export const GRADES = ['good', 'satisfactory', 'poor'] as const;

/** Checklist values that count as complete: the item is there, or does not apply. */
export const COMPLETE = new Set(['present', 'recorded', 'written', 'not-applicable']);
export type GradeValue = (typeof GRADES)[number];

/** A rubric judgement: the grade, the features that decided it, and the excerpts. */
export interface RubricFinding {
  grade: GradeValue;
  reasons: string[];
  evidence: Evidence[];
  /** nothing was written for this aspect at all (a 0 in scorings that count absence apart) */
  absent?: boolean;
}

export interface RubricExample {
  name: string;
  fields: Record<string, string>;
  expect: GradeValue;
}

export interface RubricCheck<O = Record<string, unknown>> {
  kind: string;
  options: z.ZodType<O>;
  run(ctx: CheckContext, options: O): RubricFinding;
  examples: RubricExample[];
}

/** A text flag: advice to the auditor, with the sentence that raised it. */
export interface FlagFinding {
  message: string;
  evidence: Evidence;
}

export interface FlagExample {
  name: string;
  fields: Record<string, string>;
  children?: number;
  /** whether the flag must be raised */
  expect: boolean;
}

export interface FlagCheck<O = Record<string, unknown>> {
  kind: string;
  options: z.ZodType<O>;
  run(ctx: CheckContext, options: O): FlagFinding[];
  examples: FlagExample[];
}

export const defineRubric = <O>(c: RubricCheck<O>) => c as unknown as RubricCheck<Record<string, unknown>>;
export const defineFlag = <O>(c: FlagCheck<O>) => c as unknown as FlagCheck<Record<string, unknown>>;
