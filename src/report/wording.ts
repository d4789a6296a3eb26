// The report's sentences, written once for every renderer (HTML, Markdown, Word) so the three
// versions say the same thing. Plain text: each renderer escapes it as its format needs.
import type { ReportModel } from './model.js';

/** A label cut to `max` characters, an ellipsis marking the cut, for a chart or a column that
 *  has no room for it whole (the table beside it gives it in full). */
export const shortened = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export const wording = {
  notice: (m: ReportModel) =>
    m.method.identified ? 'Internal copy: names and file names are shown.' : 'Anonymised: forms are named by pseudonym; names, dates of birth, addresses and numbers in excerpts are masked.',
  sample: (m: ReportModel) =>
    `${m.sample.forms} forms were audited${m.sample.failed ? ` (${m.sample.failed} could not be read)` : ''}, in respect of ${m.sample.children} children. Assessments are dated ${m.sample.from ?? '—'} to ${m.sample.to ?? '—'}.`,
  perChild: 'Counted per child: a form covering siblings counts each child.',
  grading: 'Each aspect is graded good, satisfactory or poor on what the text says: evidence and its source, impact on the child, measures and timescales.',
  noIssues: 'No weak practice was flagged.',
  recommendations: (m: ReportModel) => (m.recommendations.length ? m.recommendations : ['None: every item was well completed.']),
  method: (m: ReportModel) => {
    const mod = m.method.moderation;
    return `Forms were read and judged by cafqa with the rule set ${m.ruleset.name} (${m.ruleset.id} v${m.ruleset.version}). Moderation: ${mod.formsModerated} forms fully moderated; of ${mod.judgements} judgements ${mod.confirmed} confirmed, ${mod.overridden} overridden, ${mod.dismissed} flags dismissed, ${mod.pending} not yet moderated.`;
  },
  failures: (m: ReportModel) => (m.failures.length ? `Files that could not be audited: ${m.failures.map((f) => `${f.label} ${f.n}`).join(', ')}.` : ''),
};
