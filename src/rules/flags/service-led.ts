// Service-led assessments (seed 000 §1.2): completed "with a particular service in mind".
import { type FlagFinding, defineFlag } from '../check.js';
import { hasAny } from '../text/features.js';
import { passage } from '../text/passage.js';
import { ScopeOptions } from './scope.js';

const PURPOSE = /\b(caf|assessment|form|this|completed|done|written|referral)\b/i;

export default defineFlag({
  kind: 'service-led',
  options: ScopeOptions.extend({ fields: ScopeOptions.shape.fields.default(['reason']) }),
  run(ctx, o) {
    const out: FlagFinding[] = [];
    for (const field of o.fields) {
      const p = passage(ctx, field);
      const s = p.sentences.find((x) => PURPOSE.test(x.text) && hasAny(x.text, ctx.lex.serviceLed) && (x.f.service || /\bplace\b/i.test(x.text)));
      if (s) out.push({ message: 'the assessment is written to obtain a particular service, not from the needs', evidence: { text: s.text, location: p.location || field } });
    }
    return out;
  },
  examples: [
    { name: 'for a referral', fields: { reason: 'This CAF has been completed to get Kai a referral to CAMHS.' }, expect: true },
    { name: 'for a place', fields: { reason: 'Assessment completed in order to obtain a place at the specialist nursery.' }, expect: true },
    { name: 'needs-led reason', fields: { reason: "School referred after Kai's attendance fell to 82% this term." }, expect: false },
  ],
});
