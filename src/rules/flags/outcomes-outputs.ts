// Outcomes confused with outputs (seed 000 §1.2): "attend parenting course" is something done;
// an outcome says what will be different for the child.
import { z } from 'zod';
import { defineFlag } from '../check.js';
import { passage } from '../text/passage.js';
import { isOutput } from '../rubric/outcomes.js';

const Options = z.object({ field: z.string().default('summary.outcomes') });

export default defineFlag<z.infer<typeof Options>>({
  kind: 'outcomes-outputs',
  options: Options,
  run(ctx, o) {
    const p = passage(ctx, o.field);
    const outputs = p.sentences.filter((s) => isOutput(s, ctx.lex));
    return outputs.length && outputs.length * 2 >= p.sentences.length
      ? [{ message: `${outputs.length} of ${p.sentences.length} outcomes are outputs (services or tasks), not changes for the child`, evidence: { text: outputs[0].text, location: p.location || o.field } }]
      : [];
  },
  examples: [
    { name: 'outputs', fields: { 'summary.outcomes': 'Attend parenting course. Referral to CAMHS.' }, expect: true },
    { name: 'an outcome', fields: { 'child.given': 'Kai', 'summary.outcomes': "Kai's attendance will be above 95% by July." }, expect: false },
  ],
});
