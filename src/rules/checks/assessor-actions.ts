// "Assessor to do" (seed 000 §4.3.10, seed 004 §4): the action plan says what the person who
// completed the form will do themself, not only what others will.
import { z } from 'zod';
import { abbreviates } from '../../extract/abbreviations.js';
import { ocrFold } from '../../extract/misreadings.js';
import { assessorStandIns, fieldValue } from '../../extract/record.js';
import { defineCheck } from '../check.js';

const Options = z.object({
  /** fields naming the assessor as a person: their surname alone also counts */
  names: z.array(z.string()).default(['assessor.name', 'assessor.combined']),
  /** fields naming the assessor's role or service */
  roles: z.array(z.string()).default(['assessor.role', 'assessor.org']),
  /** where the form names no assessor, the practitioner it does name stands in */
  fallback: z.array(z.string()).default(['lead.professional', 'services.hv']),
});

const FIRST_PERSON = /^(me|myself|i|i will|assessor|the assessor|caf assessor|author|the worker completing (this|the) (form|caf))\b/i;

/** Names, surnames, roles and services the assessor could be called by in the "who" column. */
function identities(values: string[], withSurnames: boolean): string[] {
  const out = new Set<string>();
  for (const v of values) {
    v.split(/[,()/;]| - |\. /).forEach((part, i) => {
      const p = part.replace(/^\s*(tel|telephone|email)\b.*$/i, '').trim().toLowerCase();
      if (p.length >= 4) out.add(p);
      const words = p.split(/\s+/);
      // A surname on its own ("Ms Okonkwo") is how actions often name the worker. Only the
      // first part of "Name, role, service" is a person's name: "… Nursing Service" has none.
      if (withSurnames && i === 0 && words.length >= 2 && words[words.length - 1].length >= 3 && /^[a-z'-]+$/.test(words[words.length - 1])) out.add(words[words.length - 1]);
      // Plans name their owners by initials too ("KB" for Kwame Bellamy).
      if (withSurnames && i === 0 && words.length >= 2 && words.length <= 3 && words.every((w) => /^[a-z'-]{2,}$/.test(w))) out.add(words.map((w) => w[0]).join(''));
    });
  }
  return [...out];
}

export default defineCheck<z.infer<typeof Options>>({
  kind: 'assessor-actions',
  options: Options,
  values: ['present', 'missing'],
  run({ record }, o) {
    const values = (fields: string[]) => fields.map((f) => fieldValue(record, f)).filter(Boolean);
    const named = values(o.names).length > 0;
    // A lead professional of the assessor's name gives the assessor's role too.
    const roles = identities([...values(o.roles), ...assessorStandIns(record, o.names, o.fallback)], false);
    // "Lead Practitioner (LP)": the short name the form itself gives the assessor.
    const given = (named ? o.names : o.fallback).filter((id) => fieldValue(record, id)).flatMap((id) => /\(([A-Z]{2,4})\)/.exec(record.fields[id].label)?.[1].toLowerCase() ?? []);
    const ids = [...identities(values(named ? o.names : o.fallback), true), ...roles, ...given];
    // A scanned plan's "Scliool Nursc (Lee Penhallgon)" is the School Nurse: names and roles are
    // compared as OCR folds them.
    const folded = ids.map(ocrFold);
    const mine = record.actions.find((a) => {
      const said = a.who.replace(/\s+/g, ' ').trim();
      if (!said) return false;
      if (FIRST_PERSON.test(said)) return true;
      const who = ocrFold(said);
      if (folded.some((id) => new RegExp(`\\b${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(who) || (who.length >= 4 && id.includes(who)))) return true;
      // "FSW (Harcourt)", "Inc. Mgr": the role as plans shorten it.
      return a.who.split(/[,()/;]/).some((part) => roles.some((role) => abbreviates(part, role)));
    });
    if (mine) {
      const stand = named ? '' : ' (the form names no assessor; the practitioner it names is taken as the assessor)';
      return { value: 'present', field: 'actions', reason: `an action falls to the assessor (${mine.who})${stand}`, evidence: { text: `${mine.what} — ${mine.who}${mine.when ? `, ${mine.when}` : ''}`, location: mine.location } };
    }
    return {
      value: 'missing',
      field: 'actions',
      reason: record.actions.length ? `none of the ${record.actions.length} actions falls to the assessor` : 'no action plan found',
      evidence: record.actions[0] ? { text: record.actions.map((a) => `${a.what} — ${a.who}`).join('; '), location: record.actions[0].location } : null,
    };
  },
  examples: [
    { name: 'by name', fields: { 'assessor.name': 'Sana Okonkwo' }, actions: [{ what: 'Arrange a TAC meeting', who: 'Sana Okonkwo', when: 'By half term' }], expect: 'present' },
    { name: 'by initials', fields: { 'assessor.name': 'Kwame Bellamy' }, actions: [{ what: 'Home visit', who: 'KB', when: 'Weekly' }], expect: 'present' },
    { name: 'by surname', fields: { 'assessor.name': 'Sana Okonkwo' }, actions: [{ what: 'Home visit', who: 'Ms Okonkwo', when: 'Weekly' }], expect: 'present' },
    { name: 'by role', fields: { 'assessor.role': 'Family Support Worker' }, actions: [{ what: 'Home visit', who: 'Family support worker', when: 'Weekly' }], expect: 'present' },
    { name: 'no assessor named: the lead professional stands in', fields: { 'lead.professional': 'Kwame Osei' }, actions: [{ what: 'Home visit', who: 'Kwame Osei', when: 'Weekly' }], expect: 'present' },
    { name: 'the role given where the assessor is lead professional', fields: { 'assessor.combined': 'Tariq Okonkwo', 'lead.professional': "Tariq Okonkwo, Outreach Worker (Northbridge Children's Centre)" }, actions: [{ what: 'Home visit', who: 'Outreach Worker', when: 'Weekly' }], expect: 'present' },
    { name: 'another lead professional\'s role', fields: { 'assessor.combined': 'Tariq Okonkwo', 'lead.professional': 'Sana Bellamy, Health Visitor' }, actions: [{ what: 'Sleep review', who: 'Health Visitor', when: '' }], expect: 'missing' },
    { name: 'by the short name the form gives the assessor', fields: { 'assessor.name': 'Lisa Ashdown, Outreach Worker' }, labels: { 'assessor.name': 'Lead Practitioner (LP)' }, actions: [{ what: 'Chair the review', who: 'LP', when: 'In 6 weeks' }], expect: 'present' },
    { name: 'by the initials of the role', fields: { 'assessor.role': 'Family Support Worker' }, actions: [{ what: 'Home visit', who: 'FSW (Harcourt)', when: 'Weekly' }], expect: 'present' },
    { name: 'by the role shortened', fields: { 'assessor.role': 'Inclusion Manager' }, actions: [{ what: 'Reading sessions', who: 'Inc. Mgr', when: 'Daily' }], expect: 'present' },
    { name: 'another role\'s initials', fields: { 'assessor.role': 'Health Visitor' }, actions: [{ what: 'Sleep review', who: 'SN', when: '' }], expect: 'missing' },
    { name: 'the role as a scan misread it', fields: { 'assessor.role': 'School Nurse' }, actions: [{ what: 'Sleep review', who: 'Scliool Nursc', when: '' }], expect: 'present' },
    { name: 'first person', fields: {}, actions: [{ what: 'Home visit', who: 'Me', when: 'Weekly' }], expect: 'present' },
    { name: 'a service is not the assessor\'s service', fields: { 'assessor.org': 'Elmstead Youth Service' }, actions: [{ what: 'Speech assessment', who: 'SALT service', when: '' }], expect: 'missing' },
    { name: 'name, role and service in one answer: the service has no surname', fields: { 'assessor.name': 'Marta Bellamy; School Nurse; Ashford Vale School Nursing Service' }, actions: [{ what: 'Speech assessment', who: 'SALT service', when: '' }], expect: 'missing' },
    { name: 'only others', fields: { 'assessor.name': 'Sana Okonkwo', 'assessor.role': 'Health Visitor' }, actions: [{ what: 'Parenting group', who: 'Mum', when: '8 weeks' }, { what: 'Assessment', who: 'SALT service', when: '' }], expect: 'missing' },
    { name: 'no plan', fields: { 'assessor.name': 'Sana Okonkwo' }, actions: [], expect: 'missing' },
  ],
});
