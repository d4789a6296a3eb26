// The sentences of one answer on the form, each with its features and where it stands.
import type { CafRecord, Evidence } from '../../extract/record.js';
import { fieldValue } from '../../extract/record.js';
import { REDACTION } from '../../extract/values.js';
import type { CheckContext } from '../check.js';
import { type TextFeatures, features, hasAny } from './features.js';
import { sentences } from './sentences.js';

export interface Sentence {
  text: string;
  f: TextFeatures;
  /** names the child (or "the child", "the baby"), not only a pronoun that may be the parent's */
  namesChild: boolean;
}

export interface Passage {
  field: string;
  text: string;
  sentences: Sentence[];
  location: string;
  /** blank, or an answer that is no answer ("see file", "as above") */
  empty: boolean;
}

export function passage(ctx: CheckContext, field: string): Passage {
  const text = fieldValue(ctx.record, field);
  const location = ctx.record.fields[field]?.location ?? '';
  const names = [...ctx.childNames, 'the child', 'the baby', 'the young person', 'the children'];
  const ss = sentences(text).map((s) => ({ text: s, f: features(s, ctx.lex, ctx.childNames), namesChild: hasAny(s.toLowerCase(), names.map((n) => n.toLowerCase())) }));
  const bare = text.trim().replace(/[.\s]+$/, '').toLowerCase();
  return { field, text, sentences: ss, location, empty: !text.trim() || ctx.lex.blankish.includes(bare) };
}

export const excerpt = (p: Passage, s?: Sentence): Evidence => ({ text: (s?.text ?? p.text).slice(0, 300), location: p.location || p.field });

/** The child's first names as the form gives them, for telling the child's sentences apart. */
export function childNamesOf(record: CafRecord): string[] {
  const names = new Set<string>();
  const given = fieldValue(record, 'child.given');
  const full = fieldValue(record, 'child.name');
  for (const part of [given, full.split(/,/)[0]]) {
    const first = part.trim().split(/\s+/)[0];
    if (first && /^[A-Z][a-z'-]+$/.test(first) && !/^(unborn|baby|the)$/i.test(first)) names.add(first);
  }
  // A copy redacted for audit puts its mark where the child's name was, in the answers too.
  const mark = REDACTION.exec(given || full)?.[0];
  if (mark) names.add(mark);
  for (const row of record.childRows) {
    const first = Object.values(row.cells)[0]?.trim().split(/\s+/)[0];
    if (first && /^[A-Z][a-z'-]+$/.test(first)) names.add(first);
  }
  return [...names];
}
