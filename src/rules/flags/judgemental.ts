// Judgemental language (seed 000 §1.2; seed 004 "non-judgemental"): a verdict on a person in
// everyday words, not backed by what happened. A parent's own words about herself, or a word in
// quotes, is not the practitioner's judgement.
import { type FlagFinding, defineFlag } from '../check.js';
import { ScopeOptions, termSentences } from './scope.js';

export default defineFlag({
  kind: 'judgemental',
  options: ScopeOptions,
  run(ctx, o) {
    const out: FlagFinding[] = [];
    for (const { s, term, location } of termSentences(ctx, o.fields, ctx.lex.judgemental)) {
      out.push({ message: `"${term}" is an opinion about a person, with no evidence of what happened`, evidence: { text: s.text, location } });
    }
    return out;
  },
  examples: [
    { name: 'verdict on mum', fields: { 'domain.parenting': 'Mum is lazy and does not bother with routines.' }, expect: true },
    { name: 'labelling siblings', fields: { 'domain.family': 'The older brothers are known troublemakers on the estate.' }, expect: true },
    { name: "mum's own words", fields: { 'domain.parenting': 'Mum said: "I know I can be lazy about bedtimes."' }, expect: false },
    { name: 'self-description', fields: { 'domain.family': 'Dad described himself as "useless with paperwork" and asked for help.' }, expect: false },
    { name: 'neutral', fields: { 'domain.parenting': 'Mum has kept every appointment since January.' }, expect: false },
  ],
});
