// The level of detail in the assessment (seed 000 §4.4): all three domains covered with specific,
// evidenced content is good; covered but generic or partly evidenced is satisfactory; several
// domains blank or "see file" is poor. A domain counts as specific by what it cites (a source, a
// count, a date, someone's words), never by its length.
import { z } from 'zod';
import { defineRubric } from '../check.js';
import { type Passage, excerpt, passage } from '../text/passage.js';

const Options = z.object({
  domains: z
    .array(z.object({ field: z.string(), label: z.string() }))
    .min(1)
    .default([
      { field: 'domain.development', label: 'development of the child' },
      { field: 'domain.parenting', label: 'parents and carers' },
      { field: 'domain.family', label: 'family and environment' },
    ]),
});

function specific(p: Passage): boolean {
  const evidenced = p.sentences.filter((s) => s.f.fact || s.f.source);
  return evidenced.some((s) => s.f.fact) || evidenced.length >= 2;
}

export default defineRubric<z.infer<typeof Options>>({
  kind: 'domain-detail',
  options: Options,
  run(ctx, o) {
    const ps = o.domains.map((d) => ({ ...d, p: passage(ctx, d.field) }));
    const blank = ps.filter((d) => d.p.empty);
    const spec = ps.filter((d) => !d.p.empty && specific(d.p));
    const generic = ps.filter((d) => !d.p.empty && !specific(d.p));
    const reasons = [
      `${spec.length} of ${ps.length} domains have specific, evidenced content${spec.length ? ` (${spec.map((d) => d.label).join(', ')})` : ''}`,
      ...(generic.length ? [`${generic.length} ${generic.length === 1 ? 'is' : 'are'} general, with no source, count, date or quoted words (${generic.map((d) => d.label).join(', ')})`] : []),
      ...(blank.length ? [`${blank.length} ${blank.length === 1 ? 'is' : 'are'} blank or "see file" (${blank.map((d) => d.label).join(', ')})`] : []),
    ];
    const evidence = ps.filter((d) => !d.p.empty).map((d) => excerpt(d.p, d.p.sentences[0]));
    const grade = blank.length >= 2 ? 'poor' : blank.length === 0 && spec.length >= 2 ? 'good' : 'satisfactory';
    return { grade, reasons, evidence, absent: blank.length === ps.length };
  },
  examples: [
    {
      name: 'three evidenced domains',
      fields: {
        'domain.development': 'Immunisations up to date (GP record, March). Reading two years behind (teacher assessment).',
        'domain.parenting': 'Mum gets the children to school on time; she says bedtime slips to 11pm on late shifts.',
        'domain.family': 'Two-bedroom flat with damp (seen on home visit, 3 March).',
      },
      expect: 'good',
    },
    { name: 'covered but generic', fields: { 'domain.development': 'Doing well generally.', 'domain.parenting': 'Mum says things are fine at home.', 'domain.family': 'No concerns.' }, expect: 'satisfactory' },
    { name: 'long but unevidenced is not good', fields: { 'domain.development': 'He is a lovely, kind and caring boy who is always smiling and gets on with everyone around him and loves his family very much indeed.', 'domain.parenting': 'Mum is a very caring and loving mother who always puts the children first and works hard.', 'domain.family': 'The family are close and supportive of each other and spend lots of time together.' }, expect: 'satisfactory' },
    { name: 'two blank', fields: { 'domain.development': 'No concerns.', 'domain.parenting': 'See file.', 'domain.family': '' }, expect: 'poor' },
  ],
});
