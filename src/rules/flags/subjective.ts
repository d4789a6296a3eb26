// Subjective terms (seed 004: "there are not always common views of terms such as 'aggressive',
// 'disruptive', 'violent'"): the word with no example of what actually happened.
import { type FlagFinding, defineFlag } from '../check.js';
import { hasAny } from '../text/features.js';
import { ScopeOptions, termSentences } from './scope.js';

export default defineFlag({
  kind: 'subjective',
  options: ScopeOptions,
  run(ctx, o) {
    const out: FlagFinding[] = [];
    for (const { p, s, i, term, location } of termSentences(ctx, o.fields, ctx.lex.subjective)) {
      // An example in the same sentence, or one that starts the next ("For example, …").
      const next = p.sentences[i + 1]?.text ?? '';
      if (hasAny(s.text, ctx.lex.examples) || s.f.fact || /^(for example|e\.g\.|for instance)/i.test(next)) continue;
      out.push({ message: `"${term}" with no example of what happened: record the behaviour itself`, evidence: { text: s.text, location } });
    }
    return out;
  },
  examples: [
    { name: 'bare label', fields: { 'domain.development': 'Kai is very aggressive and disruptive.' }, expect: true },
    { name: 'bare label about home', fields: { 'domain.family': 'Home life is chaotic.' }, expect: true },
    { name: 'quoted and followed by what happened', fields: { 'domain.development': 'The school log describes Kai as "disruptive": on 3 March he threw a chair.' }, expect: false },
    { name: 'with an example', fields: { 'domain.development': 'Kai was aggressive towards staff, for example kicking a teaching assistant.' }, expect: false },
    { name: "an adult's past, dated", fields: { 'domain.family': 'Dad had a violent relationship with a previous partner in 2015; no incidents since.' }, expect: false },
    { name: "mum's own word", fields: { 'domain.parenting': 'Mum describes her own week as "chaotic" because of her shifts.' }, expect: false },
  ],
});
