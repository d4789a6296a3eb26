// Several children on one form (seed 000 §4.2: one CAF should be completed for each child).
import { z } from 'zod';
import { defineFlag } from '../check.js';

export default defineFlag({
  kind: 'multiple-children',
  options: z.object({}),
  run(ctx) {
    if (ctx.facts.children < 2) return [];
    const r = ctx.record;
    const where = r.childRows[1]?.location ?? r.siblings[0]?.location ?? r.fields['child.name']?.location ?? r.fields['child.given']?.location ?? '';
    const text = r.siblings[0] ? `${r.siblings[0].label}: ${r.siblings.map((s) => s.value).join('; ')}` : `${r.childRows.length || ctx.facts.children} children on this form`;
    return [{ message: `${ctx.facts.children} children are assessed on one form; each child should have their own`, evidence: { text, location: where } }];
  },
  examples: [
    { name: 'two children', fields: {}, children: 2, expect: true },
    { name: 'one child', fields: {}, children: 1, expect: false },
  ],
});
