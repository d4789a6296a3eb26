// Parent-focused needs (seed 000 §1.2; seed 004 §4: "indicating that the parent is 'anxious' or
// 'depressed' and not including … the impact of this on the child"): the needs are the parent's,
// and nothing says what they mean for the child.
import { z } from 'zod';
import { defineFlag } from '../check.js';
import { hasAny } from '../text/features.js';
import { passage } from '../text/passage.js';

const Options = z.object({ field: z.string().default('summary.needs') });

export default defineFlag<z.infer<typeof Options>>({
  kind: 'parent-focused',
  options: Options,
  run(ctx, o) {
    const p = passage(ctx, o.field);
    if (p.empty || p.sentences.some((s) => s.namesChild || s.f.impact)) return [];
    const parental = p.sentences.find((s) => s.f.parent && hasAny(s.text, ctx.lex.parentNeeds));
    return parental ? [{ message: "the needs recorded are the parent's, with no impact on the child stated", evidence: { text: parental.text, location: p.location || o.field } }] : [];
  },
  examples: [
    { name: "parent's needs only", fields: { 'child.given': 'Kai', 'summary.needs': 'Mum needs support with her anxiety and depression.' }, expect: true },
    { name: 'with the impact on the child', fields: { 'child.given': 'Kai', 'summary.needs': "Mum's low mood means Kai is often late; Kai needs a settled morning routine." }, expect: false },
    { name: "the child's needs", fields: { 'child.given': 'Kai', 'summary.needs': 'Kai needs help with reading.' }, expect: false },
  ],
});
