// Matches a form's label wording to a canonical field. Labels are compared as sets of stemmed
// words, so word order, punctuation, numbering and plurals do not matter, and a label that adds
// words to a known one ("Registered GP" against "GP") still matches, at a lower score.
import { readFileSync } from 'node:fs';
import { stemmer } from 'stemmer';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const LabelTableSchema = z.object({
  version: z.literal(1),
  sections: z.record(z.string(), z.array(z.string()).min(1)),
  fields: z.record(
    z.string(),
    z.object({ aliases: z.array(z.string()).default([]), scoped: z.record(z.string(), z.array(z.string())).default({}) }),
  ),
  columns: z.record(z.string(), z.array(z.string()).min(1)),
});
export type LabelTable = z.infer<typeof LabelTableSchema>;

const STOP = new Set(['the', 'a', 'an', 'of', 'or', 'and', 'to', 'is', 'are', 'for', 'in', 'on', 'this', 'if', 'any', 'by', 'with', 'your', 'was', 'be', 'at', 'please', 'it', 'has', 'have', 'do', 'does']);
const KEEP_SHORT = new Set(['by', 'who', 'when', 'what']);

/** Lower-case words without punctuation or leading numbering ("3.", "Section 4:", "Part A -"). */
export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^\s*(section|part|step)\s+\w+\s*[:.\-–]\s*/, '')
    .replace(/^\s*\(?\d+[.)]?\s+/, '')
    .replace(/&/g, ' and ')
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function labelTokens(label: string, keepQuestionWords = false): string[] {
  const words = normaliseLabel(label).split(' ').filter(Boolean);
  const kept = words.filter((w) => !STOP.has(w) || (keepQuestionWords && KEEP_SHORT.has(w)));
  return (kept.length ? kept : words).map((w) => stemmer(w));
}

/** 1 for the same words; containment and overlap score lower, so a closer wording wins. */
export function similarity(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const A = new Set(a), B = new Set(b);
  let common = 0;
  for (const t of A) if (B.has(t)) common++;
  if (common === 0) return 0;
  if (common === A.size && common === B.size) return 1;
  const dice = (2 * common) / (A.size + B.size);
  // The label holds every word of the alias and adds a few: "registered gp" ⊇ "gp". Each extra
  // word costs, so a sentence that happens to contain "assessment" and "complete" is no label.
  if (common === B.size) return Math.max(dice, 0.9 - 0.08 * (A.size - common));
  return dice;
}

interface Compiled {
  id: string;
  tokens: string[];
  section?: string;
}

export interface LabelMatch {
  id: string;
  score: number;
}

export class LabelMatcher {
  private readonly fields: Compiled[] = [];
  private readonly sections: Compiled[] = [];
  private readonly columns: Compiled[] = [];

  constructor(readonly table: LabelTable) {
    for (const [id, f] of Object.entries(table.fields)) {
      for (const a of f.aliases) this.fields.push({ id, tokens: labelTokens(a) });
      for (const [section, as] of Object.entries(f.scoped)) for (const a of as) this.fields.push({ id, tokens: labelTokens(a), section });
    }
    for (const [id, as] of Object.entries(table.sections)) for (const a of as) this.sections.push({ id, tokens: labelTokens(a) });
    for (const [id, as] of Object.entries(table.columns)) for (const a of as) this.columns.push({ id, tokens: labelTokens(a, true) });
  }

  private best(list: Compiled[], tokens: string[], section?: string | null): LabelMatch | null {
    let best: LabelMatch | null = null;
    for (const c of list) {
      if (c.section && c.section !== section) continue;
      // Under its own heading a scoped wording beats a general one of the same score.
      const s = similarity(tokens, c.tokens) + (c.section ? 0.01 : 0);
      if (!best || s > best.score) best = { id: c.id, score: s };
    }
    return best;
  }

  field(label: string, section: string | null, min = 0.66): LabelMatch | null {
    const m = this.best(this.fields, labelTokens(label), section);
    return m && m.score >= min ? m : null;
  }

  section(text: string, min = 0.8): LabelMatch | null {
    const m = this.best(this.sections, labelTokens(text));
    return m && m.score >= min ? m : null;
  }

  column(header: string, min = 0.8): LabelMatch | null {
    const tokens = labelTokens(header, true);
    let best: LabelMatch | null = null;
    for (const c of this.columns) {
      const A = new Set(tokens), B = new Set(c.tokens);
      const common = [...A].filter((t) => B.has(t)).length;
      const s = common === 0 ? 0 : (2 * common) / (A.size + B.size);
      if (!best || s > best.score) best = { id: c.id, score: s };
    }
    return best && best.score >= min ? best : null;
  }
}

export function loadLabelTable(path: string): LabelTable {
  return LabelTableSchema.parse(parseYaml(readFileSync(path, 'utf8')));
}
