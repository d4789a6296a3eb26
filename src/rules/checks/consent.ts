// Consent to share (seed 000 §4.3.2): written (signed, or recorded as written), verbal, only "yes"
// (so it is not clear which), or none (blank, no, refused).
import { z } from 'zod';
import { evidenceOf, fieldValue } from '../../extract/record.js';
import { answerText, parseTicks, VERBAL_CONSENT, WRITTEN_CONSENT, withoutUntickedText } from '../../extract/values.js';
import { defineCheck } from '../check.js';

const Options = z.object({
  given: z.array(z.string()).default(['consent.given']),
  how: z.array(z.string()).default(['consent.how']),
  signature: z.array(z.string()).default(['consent.signature']),
});

const NOT_SIGNED = /\b(not signed|unsigned|declined to sign|refused to sign|not yet signed|awaiting signature|signed [\w\s]{0,20}to follow|to be signed)\b/i;
const YES = /^\s*(yes|y|given|agreed|obtained|consent (given|obtained|agreed)|consent: yes)\b/i;
const AGREES = /\b(consent|agree|permission)/i;
/** Consent told in a sentence ("The family consented to this assessment being shared.", "Mum is
 *  happy for this to be shared"), which says yes, though not how; "not given", "did not want it
 *  shared" say no. */
const CONSENTED = /\b(consented|gave (their |her |his )?consent|(happy|content|willing) (for|to)\b[^.]{0,60}\bshar(e|ed|ing)\b|consent( to share( information)?)? (was |has been |is )?(given|obtained|agreed)|agreed to (this|the|information|sharing|share)|^\s*(you|they|she|he|the family|parents?|mum|dad|carers?) agreed\.?\s*$)/i;
/** The last word on consent was no: given and then withdrawn, or declined when asked. Being told
 *  one may withdraw it ("they may withdraw consent at any time") is not withdrawing it. */
const REFUSED = /\bconsent( to share( information)?)? (was |has been |is )?(withdr\w*|declined|refused|revoked)\b|(?<!\b(may|can|could|might|right to|free to|able to|how to) )\b(withdr\w*|declined|refused|revoked) (\w+ ){0,2}consent\b/i;
const NEGATED = /\b(no|not|never|declined|refused|withdrew|withdrawn|didn't|doesn't|won't)\b/i;

/** The answer without what an empty box offers. For "written" the whole unticked option goes
 *  ("☐ Permission form returned and signed" is no signature); for "verbal" only its first words, since
 *  a note may follow the box ("☐ I agree … Consent given verbally"). */
const withoutUntickedOptions = (value: string) => withoutUntickedLines(value).replace(/☐\s*([^\s☒☐]+\s*){0,3}/g, ' ').replace(/☒/g, ' ');
/** Where each box has a line of its own, an empty box offers the whole line ("☐ Parent / carer
 *  gave verbal consent to sharing"); a single box may be followed by a note of what happened. */
const withoutUntickedLines = (value: string) => (value.split('\n').filter((l) => /^\s*[☐☒]/.test(l)).length >= 2 ? value.replace(/^\s*☐[^☒\n]*$/gm, ' ') : value);

/** The answer after the question where the answer repeats it ("Consent to share information: yes"). */
const afterQuestion = (value: string) => value.replace(/^[^:\n]*\b(consent\w*|agree\w*|permission|shar(e|ing))\b[^:\n]*:\s*(?=\S)/i, '');

/** Yes, in words or by a box ticked on its own with no option beside it ("Consent to share ..... ✓"). */
const saysYes = (value: string) => YES.test(answerText(afterQuestion(value))) || /^\s*☒\s*$/.test(value);

const consentedInWords = (value: string) => {
  const text = withoutUntickedText(value);
  return CONSENTED.test(text) && !NEGATED.test(text);
};

export default defineCheck<z.infer<typeof Options>>({
  kind: 'consent',
  options: Options,
  values: ['written', 'verbal', 'unspecified', 'none'],
  run({ record }, o) {
    const first = (ids: string[]) => ids.find((id) => fieldValue(record, id));
    const how = first(o.how);
    const given = first(o.given);
    const sig = first(o.signature);
    const ev = (id: string | undefined) => (id ? evidenceOf(record, id) ?? null : null);
    const refused = [given, how].find((id) => id && REFUSED.test(withoutUntickedText(fieldValue(record, id))));
    if (refused) return { value: 'none', field: refused, reason: 'consent is recorded as withdrawn or declined', evidence: ev(refused) };
    const ticked = how ? parseTicks(fieldValue(record, how))?.checked.join(' ') ?? '' : '';
    if (WRITTEN_CONSENT.test(ticked)) return { value: 'written', field: how!, reason: 'the written / signed box is ticked', evidence: ev(how) };
    if (VERBAL_CONSENT.test(ticked)) return { value: 'verbal', field: how!, reason: 'the verbal box is ticked', evidence: ev(how) };
    for (const id of [how, given, sig].filter((x): x is string => !!x)) {
      const value = fieldValue(record, id);
      // How consent was given, as one statement with its box left empty ("☐ Consent was given
      // verbally and recorded by the worker"): that is the way it was not given.
      if (id === how && /^\s*☐/.test(value) && (value.match(/[☐☒]/g) ?? []).length === 1) continue;
      // A yes to a question that names the method ("Was verbal consent given? (Y / N)": "Y").
      const asked = record.fields[id].label.replace(NOT_SIGNED, ' ').replace(/\bif not signed\b/i, ' ');
      // A question naming both ("Written (signed) or verbal? Record which.") says neither.
      const verbalAsked = VERBAL_CONSENT.test(asked), writtenAsked = WRITTEN_CONSENT.test(asked);
      const yesToIt = saysYes(value);
      // Who took verbal consent and when, given where the form asks it, says it was verbal.
      const toldOf = !!value.trim() && !/^\s*(no|n|not|none)\b/i.test(answerText(value)) && id === how;
      if ((yesToIt || toldOf) && verbalAsked && !writtenAsked) return { value: 'verbal', field: id, reason: yesToIt ? 'the question about verbal consent is answered yes' : 'who took verbal consent, and when, is recorded', evidence: ev(id) };
      if (yesToIt && writtenAsked && !verbalAsked) return { value: 'written', field: id, reason: 'the question about written or signed consent is answered yes', evidence: ev(id) };
      if (VERBAL_CONSENT.test(withoutUntickedOptions(value))) return { value: 'verbal', field: id, reason: 'consent is recorded as verbal', evidence: ev(id) };
      const text = withoutUntickedText(value);
      if (WRITTEN_CONSENT.test(text) && !NOT_SIGNED.test(text)) return { value: 'written', field: id, reason: 'consent is recorded as written or signed', evidence: ev(id) };
    }
    if (sig && !NOT_SIGNED.test(fieldValue(record, sig)) && !/^\s*(no|n)\b/i.test(fieldValue(record, sig))) {
      return { value: 'written', field: sig, reason: 'the consent is signed', evidence: ev(sig) };
    }
    // A ticked statement of consent ("☒ I give my consent for this to be shared") is a yes.
    // Words in brackets explain the box ("Consent given (method not recorded)"); they do not deny it.
    const statement = given ? parseTicks(fieldValue(record, given))?.checked.find((t) => AGREES.test(t) && !/\b(not|don't|do not|refuse)\b/i.test(t.replace(/\([^)]*\)/g, ' '))) : undefined;
    // "Yes" to whether, or to a "written or verbal?" question that then says neither.
    const yes = statement ? given : [given, how].find((id) => id && (saysYes(fieldValue(record, id)) || consentedInWords(fieldValue(record, id))));
    if (yes) {
      return { value: 'unspecified', field: yes, reason: 'only "yes" is recorded: not clear whether consent was written or verbal', evidence: ev(yes) };
    }
    const asked = [...o.given, ...o.how].find((id) => record.fields[id]);
    return {
      value: 'none',
      field: asked ?? o.given[0],
      reason: given ? 'consent is recorded as not given' : asked ? 'the consent section is blank' : 'no consent question or answer found',
      evidence: ev(given ?? asked),
    };
  },
  examples: [
    { name: 'written box ticked', fields: { 'consent.given': '☒ Yes ☐ No', 'consent.how': '☒ Written ☐ Verbal' }, expect: 'written' },
    { name: 'verbal box ticked', fields: { 'consent.given': '☒ Yes ☐ No', 'consent.how': '☐ Written ☒ Verbal' }, expect: 'verbal' },
    { name: 'who took verbal consent, and when', fields: { 'consent.how': 'Paul Bellamy, 07/06/2025' }, labels: { 'consent.how': 'Where consent was given verbally, the name of the practitioner who took it and the date' }, expect: 'verbal' },
    { name: 'agreed, said to the family', fields: { 'consent.given': 'You agreed' }, expect: 'unspecified' },
    { name: 'happy for it to be shared', fields: { 'consent.given': 'Mum is happy for this to be shared' }, expect: 'unspecified' },
    { name: 'not happy for it to be shared', fields: { 'consent.given': 'Mum is not happy for this to be shared' }, expect: 'none' },
    { name: 'not agreed, said to the family', fields: { 'consent.given': 'You did not agree' }, expect: 'none' },
    { name: 'signature only', fields: { 'consent.signature': 'D. Harcourt' }, expect: 'written' },
    { name: 'a signature pasted in as a picture', fields: { 'consent.signature': '[image]' }, expect: 'written' },
    { name: 'signed in words', fields: { 'consent.given': 'Written consent - signed by mum on 3 March 2025' }, expect: 'written' },
    { name: 'verbal, explicitly not signed', fields: { 'consent.given': 'Agreed verbally by phone on 02.05.25 (not signed)' }, expect: 'verbal' },
    { name: 'only yes', fields: { 'consent.given': 'Yes' }, expect: 'unspecified' },
    { name: 'yes after the question, repeated in the answer', fields: { 'consent.given': 'Consent to share information: yes' }, expect: 'unspecified' },
    { name: 'a box ticked on its own', fields: { 'consent.given': '☒' }, expect: 'unspecified' },
    { name: 'declined after the question', fields: { 'consent.given': 'Consent to share information: declined' }, expect: 'none' },
    { name: 'a log of decisions, its latest one: given, no method', fields: { 'consent.given': '27/10/2025 – Consent to share given – Mother' }, expect: 'unspecified' },
    { name: 'a log of decisions, its latest one: withdrawn', fields: { 'consent.given': '20/06/2025 – Consent withdrawn – Told the worker she no longer agrees – Mother' }, expect: 'none' },
    { name: 'consent obtained, no method', fields: { 'consent.given': 'Consent obtained' }, expect: 'unspecified' },
    { name: 'signed form: N, verbal: Y', fields: { 'consent.signature': 'N', 'consent.given': 'Y' }, labels: { 'consent.signature': 'Consent form signed? (Y / N)', 'consent.given': 'If not signed, was verbal consent given? (Y / N)' }, expect: 'verbal' },
    { name: 'signed form: Y', fields: { 'consent.signature': 'Y' }, labels: { 'consent.signature': 'Consent form signed? (Y / N)' }, expect: 'written' },
    { name: 'signed form: N, nothing else', fields: { 'consent.signature': 'N' }, labels: { 'consent.signature': 'Consent form signed? (Y / N)' }, expect: 'none' },
    { name: 'yes to a question naming both methods', fields: { 'consent.how': 'Yes' }, labels: { 'consent.how': 'Consent: written (signed) or verbal? Record which.' }, expect: 'unspecified' },
    { name: 'the parent told the worker', fields: { 'consent.given': 'Yes - I told my worker' }, expect: 'verbal' },
    { name: 'over the phone, signed form to follow', fields: { 'consent.given': 'Mother gave consent over the phone; a signed form is to follow.' }, expect: 'verbal' },
    { name: 'agreed, signed form still to follow', fields: { 'consent.given': 'Agreed; signed form to follow' }, expect: 'unspecified' },
    { name: 'agreed, signed electronically in the audit trail', fields: { 'consent.given': 'Agreed', 'consent.how': 'Signed electronically (verified by email link) – Tia Cole – 04/03/2025 14:02' }, expect: 'written' },
    { name: 'agreed, verbal consent in the audit trail', fields: { 'consent.given': 'Agreed', 'consent.how': 'Verbal consent recorded (by telephone) – Dana Fry – 04/03/2025 10:15' }, expect: 'verbal' },
    { name: 'the verbal statement left unticked, the form signed', fields: { 'consent.given': '☒ Yes ☐ No', 'consent.how': '☐ Consent was given verbally and recorded by the worker', 'consent.signature': 'Marta Harcourt' }, expect: 'written' },
    { name: 'yes to sharing, the verbal statement left unticked', fields: { 'consent.given': '☒ Yes ☐ No', 'consent.how': '☐ Consent was given verbally and recorded by the worker' }, expect: 'unspecified' },
    { name: 'yes, a footnote saying it was verbal', fields: { 'consent.given': 'Yes [note: Given verbally at the meeting; a signed form is to follow.]' }, expect: 'verbal' },
    { name: 'yes, a footnote saying the form is signed', fields: { 'consent.given': 'Yes [note: Signed consent form held on the family’s file.]' }, expect: 'written' },
    { name: 'unticked statement, verbal in words', fields: { 'consent.given': '☐ I give my consent for this to be shared Consent given verbally over the phone' }, expect: 'verbal' },
    { name: 'neither method box ticked', fields: { 'consent.given': '☐ Yes ☒ No', 'consent.how': '☐ In writing ☐ Verbally' }, expect: 'none' },
    { name: 'in writing', fields: { 'consent.given': '☒ Yes ☐ No', 'consent.how': '☒ In writing ☐ Verbally' }, expect: 'written' },
    { name: 'method in words', fields: { 'consent.given': 'Y', 'consent.how': 'Written (signed form scanned)' }, expect: 'written' },
    { name: 'signature question answered no, verbal instead', fields: { 'consent.signature': 'No - verbal consent only' }, expect: 'verbal' },
    { name: 'unticked signed statement', fields: { 'consent.given': '☐ Parental permission form returned and signed' }, expect: 'none' },
    { name: 'ticked statement', fields: { 'consent.given': '☒ I give my consent for this information to be shared' }, expect: 'unspecified' },
    { name: 'unticked statement', fields: { 'consent.given': '☐ I give my consent for this information to be shared' }, expect: 'none' },
    { name: 'yes box, how blank', fields: { 'consent.given': '☒ Yes ☐ No', 'consent.how': '☐ Written ☐ Verbal' }, expect: 'unspecified' },
    { name: 'consent told in a sentence', fields: { 'consent.given': '8.1 The family consented to this assessment being shared.' }, expect: 'unspecified' },
    { name: 'agreed to share: no', fields: { 'consent.given': 'Parent agreed to share: no' }, expect: 'none' },
    { name: 'no consent told in a sentence', fields: { 'consent.given': '8.1 Consent to share was not given.' }, expect: 'none' },
    { name: 'a box a line, the signed one ticked', fields: { 'consent.given': '☒ Parent / carer has signed to consent to sharing\n☐ Parent / carer gave verbal consent to sharing' }, expect: 'written' },
    { name: 'a ticked statement that explains itself in brackets', fields: { 'consent.given': '☐ Parent / carer has signed\n☒ Consent to share given (method not recorded)' }, expect: 'unspecified' },
    { name: 'told consent may be withdrawn, the written box ticked', fields: { 'consent.given': 'The parent has been told that they may withdraw consent at any time.', 'consent.how': '☒ Consent given in writing (signed below) ☐ Consent given verbally ☐ Consent given, how not recorded' }, expect: 'written' },
    { name: 'told consent may be withdrawn, how not recorded', fields: { 'consent.given': 'The parent has been told that they may withdraw consent at any time.', 'consent.how': '☐ Consent given in writing (signed below) ☐ Consent given verbally ☒ Consent given, how not recorded' }, expect: 'unspecified' },
    { name: 'declined to sign', fields: { 'consent.given': 'No - parent declined to sign' }, expect: 'none' },
    { name: 'blank', fields: { 'consent.given': '☐ Yes ☐ No', 'consent.signature': '' }, expect: 'none' },
    { name: 'refused', fields: { 'consent.given': 'N', 'consent.how': 'Refused' }, expect: 'none' },
  ],
});
