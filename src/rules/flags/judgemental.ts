// Judgemental language (seed 000 §1.2; seed 004 "non-judgemental"): a verdict on a person in
// everyday words, not backed by what happened. A parent's own words about herself, or a word in
// quotes, is not the practitioner's judgement.
import { type FlagFinding, defineFlag } from '../check.js';
import { termRegex } from '../text/features.js';
import { passage } from '../text/passage.js';
import { REPORTED, ScopeOptions, inQuotes } from './scope.js';

export default defineFlag({
  kind: 'judgemental',
  options: ScopeOptions,
  run(ctx, o) {
    const out: FlagFinding[] = [];
    for (const field of o.fields) {
      const p = passage(ctx, field);
      for (const s of p.sentences) {
        const term = ctx.lex.judgemental.find((t) => termRegex(t).test(s.text));
        if (!term || REPORTED.test(s.text) || inQuotes(s.text, termRegex(term))) continue;
        out.push({ message: `"${term}" is an opinion about a person, with no evidence of what happened`, evidence: { text: s.text, location: p.location || field } });
      }
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
