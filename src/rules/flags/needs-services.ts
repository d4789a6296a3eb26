// Needs confused with services (seed 000 §1.2): "needs a referral to CAMHS" names a response, not
// what the child needs.
import { z } from 'zod';
import { defineFlag } from '../check.js';
import { passage } from '../text/passage.js';
import { needsAService } from '../rubric/needs.js';

const Options = z.object({ field: z.string().default('summary.needs') });

export default defineFlag<z.infer<typeof Options>>({
  kind: 'needs-services',
  options: Options,
  run(ctx, o) {
    const p = passage(ctx, o.field);
    const s = p.sentences.find((x) => needsAService(x, ctx.lex));
    return s ? [{ message: 'a service is given where a need should be', evidence: { text: s.text, location: p.location || o.field } }] : [];
  },
  examples: [
    { name: 'referral as a need', fields: { 'summary.needs': 'Kai needs a referral to CAMHS.' }, expect: true },
    { name: 'worker as a need', fields: { 'summary.needs': 'Kai needs a Family Support Worker and a SALT assessment.' }, expect: true },
    { name: 'a need', fields: { 'summary.needs': 'Kai needs a safe place to talk about the arguments at home.' }, expect: false },
  ],
});
