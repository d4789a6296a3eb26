// Layout families of completed CAFs. The extractor was written against the first three (dev); the
// holdout families came in waves, each written and measured before any change was made for it, so
// a wave's first figure is what a council bringing its own template should expect (README).
import type { Case, Child, Rng } from './fiction.js';
import { pick } from './fiction.js';
import { type Cell, type Element, type Run, h1, h2, p, table } from './model.js';

export type Family =
  | 'national-2009' | 'eha-council' | 'export-a' | 'national-2006' | 'council-b' | 'export-b' | 'eha-sos' | 'export-c' | 'hv-eha' | 'family-plan' | 'step-down' | 'school-eh' | 'tac-record'
  | 'jaff' | 'qa-export' | 'youth-eh'
  | 'ehm-print' | 'hv-health-needs' | 'pastoral-eh'
  | 'parenting-record' | 'label-above' | 'request-form'
  | 'please-state' | 'colon-cells' | 'bilingual'
  | 'multi-agency' | 'q-and-a-lines' | 'plain-columns'
  | 'notes-column' | 'guidance-notes' | 'numbered-rows'
  | 'two-up' | 'tick-lists' | 'bullet-plan'
  | 'one-big-table' | 'yes-no-columns' | 'coded-export'
  | 'sentence-prompts' | 'side-sections' | 'field-names'
  | 'household-rows' | 'sos-mapping' | 'answer-boxes'
  | 'person-columns' | 'child-sections' | 'domain-elements'
  | 'nested-tables' | 'tick-present' | 'plain-label-above'
  | 'about-me' | 'case-step-print' | 'school-mis'
  | 'signature-page' | 'narrative-sections' | 'portal-print'
  | 'meeting-record' | 'ini-export' | 'needs-matrix'
  | 'parent-addressed' | 'antenatal' | 'three-up'
  | 'help-text-cells' | 'six-column-plan' | 'review-form'
  | 'services-ticked' | 'one-page-profile' | 'early-years'
  | 'referral-and-assessment' | 'all-caps-print' | 'tabbed-lines'
  | 'sectioned-letters' | 'hv-review-print' | 'team-around-family'
  | 'legacy-fields' | 'emailed-assessment'
  | 'subquestions' | 'young-adult'
  | 'symbol-ticks' | 'chronology-led' | 'tracked-review'
  | 'filler-answers' | 'narrative-report' | 'audit-columns'
  | 'ocr-scan' | 'highlight-choices' | 'header-identity'
  | 'family-health-needs' | 'pupil-support-plan' | 'single-assessment'
  | 'multi-agency-eha' | 'whole-family' | 'request-and-assessment'
  | 'prevention-assessment' | 'nursery-early-help' | 'send-early-help'
  | 'county-story' | 'childrens-centre' | 'supporting-families'
  | 'early-help-conversation' | 'attendance-support' | 'web-form-print'
  | 'emotional-wellbeing' | 'kinship-care' | 'college-support'
  | 'young-carers' | 'domestic-abuse-support' | 'plan-first'
  | 'family-outline' | 'present-column' | 'part-a-consent'
  | 'worried-columns' | 'adult-blocks' | 'disability-plan'
  | 'scored-domains' | 'inline-fields' | 'families-first'
  | 'taf-attendance' | 'school-request' | 'wellbeing-goals'
  | 'template-prompts' | 'continuation-sheet' | 'run-in-headings'
  | 'consent-statements' | 'census-ticks' | 'health-contact'
  | 'closure-summary' | 'two-parents' | 'bulleted-cells'
  | 'parent-voice' | 'review-columns' | 'professionals-table'
  | 'three-houses' | 'age-stated' | 'scaling-questions'
  | 'narrative-plan' | 'focus-column' | 'dot-leaders'
  | 'manager-signoff' | 'family-ethnicity' | 'key-contacts'
  | 'month-first-dates' | 'email-contact' | 'compound-labels'
  | 'redacted' | 'shared-care' | 'consent-log'
  | 'radio-choices' | 'row-breaks' | 'two-columns'
  | 'signature-image' | 'ecomap-lines' | 'review-comments'
  | 'footer-dated' | 'struck-options' | 'merged-sections'
  | 'vector-ticks' | 'text-boxes' | 'vector-census'
  | 'landscape-grid' | 'footnotes' | 'rotated-plan'
  | 'repeated-headers' | 'timeline-plan' | 'consent-by-agency'
  | 'italic-answers' | 'e-signature' | 'address-blocks'
  | 'typed-on-pdf' | 'digit-boxes' | 'contents-page'
  | 'typeset-print' | 'pasted-text' | 'picker-controls'
  | 'html-export' | 'hidden-guidance' | 'justified-text'
  | 'vertical-headers' | 'shaded-bands' | 'styled-labels'
  | 'draft-watermark' | 'merge-fields' | 'strict-ooxml'
  | 'legacy-dropdowns' | 'framed-report' | 'print-stamped'
  | 'checklist-bullets' | 'print-driver' | 'repeating-sections'
  | 'bound-controls' | 'embedded-sheet' | 'spaced-headings'
  | 'assembled-record' | 'two-per-sheet' | 'family-help'
  | 'paired-grid' | 'circle-of-support' | 'step-print'
  | 'girfec-plan' | 'unocini' | 'clinical-template'
  | 'wingdings-two' | 'two-part-eha' | 'family-network'
  | 'your-family' | 'bold-answers' | 'integrated-review'
  | 'label-below' | 'centred-cells' | 'life-is-like'
  | 'right-aligned' | 'record-of-support' | 'pupil-passport'
  | 'my-plan' | 'tac-minutes' | 'care-profile'
  | 'ehcp-sections' | 'hospital-referral' | 'ai-notes' | 'police-notice' | 'tenancy-support' | 'boxed-record' | 'probation-family' | 'mhst-request' | 'spoken-dates' | 'community-welfare'
  | 'armed-forces' | 'traveller-education' | 'interpreter-led'
  | 'pre-assessment' | 'edit-stamps' | 'workbook-print'
  | 'indicator-matrix' | 'client-assessment' | 'meitheal'
  | 'roman-numbered' | 'turnaround' | 'small-caps'
  | 'system-dates' | 'required-marks' | 'named-views'
  | 'consent-notes' | 'visit-record' | 'many-dates'
  | 'kin-labels' | 'cover-letter' | 'caps-choice';
export const DEV_FAMILIES: Family[] = ['national-2009', 'eha-council', 'export-a'];
/** In the order of their waves: 1 national-2006 … export-b; 2 eha-sos … hv-eha; 3 family-plan,
 *  step-down; 4 school-eh, tac-record; 5 jaff … youth-eh; 6 ehm-print … pastoral-eh; 7 parenting-record … request-form; 8 please-state …
 *  bilingual; 9 multi-agency … plain-columns; 10 notes-column
 *  … numbered-rows; 11 two-up … bullet-plan; 12 one-big-table
 *  … coded-export; 13 sentence-prompts … field-names; 14 household-rows … answer-boxes; 15
 *  person-columns … domain-elements; 16 nested-tables … plain-label-above; 17 about-me … school-mis;
 *  18 signature-page … portal-print; 19 meeting-record … needs-matrix; 20 parent-addressed …
 *  three-up; 21 help-text-cells … review-form; 22 services-ticked … early-years; 23
 *  referral-and-assessment … tabbed-lines; 24 sectioned-letters … team-around-family; 25
 *  legacy-fields, emailed-assessment; 26 subquestions, young-adult; 27 symbol-ticks …
 *  tracked-review; 28 filler-answers … audit-columns; 29 ocr-scan … header-identity; 30
 *  family-health-needs … single-assessment; 31 multi-agency-eha … request-and-assessment; 32
 *  prevention-assessment … send-early-help; 33 county-story … supporting-families; 34
 *  early-help-conversation … web-form-print; 35 emotional-wellbeing … college-support; 36 young-carers …
 *  plan-first; 37 family-outline … part-a-consent; 38 worried-columns … disability-plan; 39
 *  scored-domains … families-first; 40 taf-attendance … wellbeing-goals; 41
 *  template-prompts … run-in-headings; 42 consent-statements … health-contact; 43
 *  closure-summary … bulleted-cells; 44 parent-voice … professionals-table; 45 three-houses …
 *  scaling-questions; 46 narrative-plan … dot-leaders; 47
 *  manager-signoff … key-contacts; 48 month-first-dates …
 *  compound-labels; 49 redacted … consent-log; 50 radio-choices …
 *  two-columns; 51 signature-image … review-comments; 52
 *  footer-dated … merged-sections; 53 vector-ticks …
 *  vector-census; 54 landscape-grid …
 *  rotated-plan; 55 repeated-headers …
 *  consent-by-agency; 56 italic-answers …
 *  address-blocks; 57 typed-on-pdf …
 *  contents-page; 58 typeset-print …
 *  picker-controls; 59 html-export and on, three to a wave; 65 assembled-record … family-help; 66 paired-grid … step-print; 67 girfec-plan … clinical-template; 68 wingdings-two … family-network; 69 your-family … integrated-review. */
export const HOLDOUT_FAMILIES: Family[] = ['national-2006', 'council-b', 'export-b', 'eha-sos', 'export-c', 'hv-eha', 'family-plan', 'step-down', 'school-eh', 'tac-record', 'jaff', 'qa-export', 'youth-eh', 'ehm-print', 'hv-health-needs', 'pastoral-eh', 'parenting-record', 'label-above', 'request-form', 'please-state', 'colon-cells', 'bilingual', 'multi-agency', 'q-and-a-lines', 'plain-columns', 'notes-column', 'guidance-notes', 'numbered-rows', 'two-up', 'tick-lists', 'bullet-plan', 'one-big-table', 'yes-no-columns', 'coded-export', 'sentence-prompts', 'side-sections', 'field-names', 'household-rows', 'sos-mapping', 'answer-boxes', 'person-columns', 'child-sections', 'domain-elements', 'nested-tables', 'tick-present', 'plain-label-above', 'about-me', 'case-step-print', 'school-mis', 'signature-page', 'narrative-sections', 'portal-print', 'meeting-record', 'ini-export', 'needs-matrix', 'parent-addressed', 'antenatal', 'three-up', 'help-text-cells', 'six-column-plan', 'review-form', 'services-ticked', 'one-page-profile', 'early-years', 'referral-and-assessment', 'all-caps-print', 'tabbed-lines', 'sectioned-letters', 'hv-review-print', 'team-around-family', 'legacy-fields', 'emailed-assessment', 'subquestions', 'young-adult', 'symbol-ticks', 'chronology-led', 'tracked-review', 'filler-answers', 'narrative-report', 'audit-columns', 'ocr-scan', 'highlight-choices', 'header-identity', 'family-health-needs', 'pupil-support-plan', 'single-assessment', 'multi-agency-eha', 'whole-family', 'request-and-assessment', 'prevention-assessment', 'nursery-early-help', 'send-early-help', 'county-story', 'childrens-centre', 'supporting-families', 'early-help-conversation', 'attendance-support', 'web-form-print', 'emotional-wellbeing', 'kinship-care', 'college-support', 'young-carers', 'domestic-abuse-support', 'plan-first', 'family-outline', 'present-column', 'part-a-consent', 'worried-columns', 'adult-blocks', 'disability-plan', 'scored-domains', 'inline-fields', 'families-first', 'taf-attendance', 'school-request', 'wellbeing-goals', 'template-prompts', 'continuation-sheet', 'run-in-headings', 'consent-statements', 'census-ticks', 'health-contact', 'closure-summary', 'two-parents', 'bulleted-cells', 'parent-voice', 'review-columns', 'professionals-table', 'three-houses', 'age-stated', 'scaling-questions', 'narrative-plan', 'focus-column', 'dot-leaders', 'manager-signoff', 'family-ethnicity', 'key-contacts', 'month-first-dates', 'email-contact', 'compound-labels', 'redacted', 'shared-care', 'consent-log', 'radio-choices', 'row-breaks', 'two-columns', 'signature-image', 'ecomap-lines', 'review-comments', 'footer-dated', 'struck-options', 'merged-sections', 'vector-ticks', 'text-boxes', 'vector-census', 'landscape-grid', 'footnotes', 'rotated-plan', 'repeated-headers', 'timeline-plan', 'consent-by-agency', 'italic-answers', 'e-signature', 'address-blocks', 'typed-on-pdf', 'digit-boxes', 'contents-page', 'typeset-print', 'pasted-text', 'picker-controls', 'html-export', 'hidden-guidance', 'justified-text', 'vertical-headers', 'shaded-bands', 'styled-labels', 'draft-watermark', 'merge-fields', 'strict-ooxml', 'legacy-dropdowns', 'framed-report', 'print-stamped', 'checklist-bullets', 'print-driver', 'repeating-sections', 'bound-controls', 'embedded-sheet', 'spaced-headings', 'assembled-record', 'two-per-sheet', 'family-help', 'paired-grid', 'circle-of-support', 'step-print', 'girfec-plan', 'unocini', 'clinical-template', 'wingdings-two', 'two-part-eha', 'family-network', 'your-family', 'bold-answers', 'integrated-review', 'label-below', 'centred-cells', 'life-is-like', 'right-aligned', 'record-of-support', 'pupil-passport', 'my-plan', 'tac-minutes', 'care-profile', 'ehcp-sections', 'hospital-referral', 'ai-notes', 'police-notice', 'tenancy-support', 'boxed-record', 'probation-family', 'mhst-request', 'spoken-dates', 'community-welfare', 'armed-forces', 'traveller-education', 'interpreter-led', 'pre-assessment', 'edit-stamps', 'workbook-print', 'indicator-matrix', 'client-assessment', 'meitheal', 'roman-numbered', 'turnaround', 'small-caps', 'system-dates', 'required-marks', 'named-views', 'consent-notes', 'visit-record', 'many-dates', 'kin-labels', 'cover-letter', 'caps-choice'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type DateStyle = 'dmy' | 'long' | 'iso' | 'short';
export function fmtDate(iso: string | null, style: DateStyle): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  if (style === 'long') return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (style === 'iso') return iso;
  if (style === 'short') return `${d}.${m}.${y.slice(2)}`;
  return `${d}/${m}/${y}`;
}

const PLACEHOLDERS = ['Click here to enter text.', 'Click or tap here to enter text.'];

/** An answer box: filled, or an untouched content control showing its placeholder. */
function ans(rng: Rng, text: string | null | undefined): Run {
  return text ? { answer: text } : { placeholder: pick(rng, PLACEHOLDERS) };
}
const dateAns = (text: string | null): Run => (text ? { answer: text } : { placeholder: 'Click here to enter a date.' });
const lbl = (s: string): Cell => [{ bold: s }];
const txt = (s: string | null | undefined): Cell => [s ?? ''];

const genderWord = (c: Child) => (c.gender === 'male' ? 'Male' : c.gender === 'female' ? 'Female' : 'Unknown');
const childName = (c: Child) => `${c.given} ${c.family}`;

function needLevel(c: Case, style: 'word' | 'tier' | 'digit'): string {
  if (!c.levelOfNeed) return '';
  const names = ['', 'Universal', 'Targeted / early help', 'Complex / multi-agency', 'Acute / safeguarding'];
  if (style === 'tier') return `Tier ${c.levelOfNeed}`;
  if (style === 'digit') return String(c.levelOfNeed);
  return `Level ${c.levelOfNeed} - ${names[c.levelOfNeed]}`;
}

function nationalConsent(rng: Rng, c: Case): Cell[][] {
  const k = c.consent.kind;
  return [
    [lbl('Has the parent/carer or young person agreed to this information being recorded and shared?'), [{ ticks: [{ label: 'Yes', checked: k !== 'none' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
    [lbl('How was consent given?'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }] }]],
    [lbl('Signature of parent/carer'), [ans(rng, c.consent.signature)]],
    [lbl('Date'), [dateAns(k === 'written' ? fmtDate(c.consent.date, 'dmy') : null)]],
  ];
}

function schoolText(c: Case): string | null {
  if (c.school.kind === 'recorded') return c.school.name;
  if (c.school.kind === 'upn-only') return `UPN ${c.children[0].upn}`;
  return null;
}

/** The disability answer as most forms word it: yes with its detail, and the form's own words for
 *  no and for rather not say. */
const disabilityText = (c: Case, no = 'No', ratherNot = 'Rather not say'): string =>
  c.disability ? { yes: `Yes - ${c.disabilityDetail}`, no, 'rather not say': ratherNot }[c.disability] : '';

/** A form whose school details are missing has no UPN either; with a UPN alone it is "upn-only". */
const upnOf = (c: Case) => (c.school.kind === 'missing' || c.children[0].unborn ? null : c.children[0].upn);

// ---------------------------------------------------------------------------------------------
// dev: the national CAF form, 2009 wording, as two-column tables

function national2009(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const childRows: Cell[][] = [
    [lbl('Given name(s)'), [ans(rng, c.children.map((k) => k.given).join(', '))]],
    [lbl('Family name'), [ans(rng, ch.family)]],
    [lbl('Address and postcode'), [ans(rng, c.address)]],
    [lbl('Date of birth or expected date of delivery'), [dateAns(fmtDate(ch.dob, 'dmy') + (ch.unborn ? ' (EDD)' : ''))]],
    [lbl('Gender'), [{ ticks: [{ label: 'Male', checked: ch.gender === 'male' }, { label: 'Female', checked: ch.gender === 'female' }, { label: 'Not known', checked: ch.gender === 'unknown' }] }]],
    [lbl('Unique pupil number (UPN) or ULN'), [ans(rng, upnOf(c))]],
    [lbl('Ethnicity'), [ans(rng, c.ethnicity)]],
    [lbl('First language'), [ans(rng, c.language)]],
    [lbl('Religion'), [ans(rng, c.religion)]],
    [lbl('Does the child or young person have a disability?'), [{ ticks: ['Yes', 'No', 'Rather not say'].map((o) => ({ label: o, checked: c.disability === o.toLowerCase() })) }, c.disabilityDetail ? ` ${c.disabilityDetail}` : '']],
  ];
  const els: Element[] = [
    h1('Common Assessment Framework for Children and Young People'),
    p('Assessment form. Please complete with the child, young person and family.'),
    h2('Details of the child or young person being assessed'),
    table([0.38, 0.62], childRows),
  ];
  if (c.children.length > 1) {
    els.push(p({ bold: 'Other children in the family included in this assessment' }));
    els.push(table([0.4, 0.3, 0.3], [[lbl('Name'), lbl('Date of birth'), lbl('Gender')], ...c.children.slice(1).map((k) => [txt(childName(k)), txt(fmtDate(k.dob, 'dmy')), txt(genderWord(k))])]));
  }
  els.push(
    h2('Assessment information'),
    table([0.38, 0.62], [
      [lbl('Date assessment started'), [dateAns(fmtDate(c.assessmentDate, 'dmy'))]],
      [lbl('Who was present at the assessment?'), [ans(rng, c.present.text)]],
    ]),
    h2('Details of the person undertaking the assessment'),
    table([0.38, 0.62], [
      [lbl('Name'), [ans(rng, c.assessor.name)]],
      [lbl('Organisation / service'), [ans(rng, c.assessor.org)]],
      [lbl('Role'), [ans(rng, c.assessor.role)]],
      [lbl('Telephone'), [ans(rng, c.assessor.phone)]],
      [lbl('Email'), [ans(rng, c.assessor.email)]],
    ]),
    h2('Parents / carers details'),
    table([0.38, 0.62], [
      [lbl('Name'), [ans(rng, c.parent?.name)]],
      [lbl('Relationship to the child'), [ans(rng, c.parent?.relationship)]],
      [lbl('Address (if different)'), [ans(rng, c.parent?.address)]],
      [lbl('Telephone'), [ans(rng, c.parent?.phone)]],
    ]),
    h2('Family composition / household members'),
    table([1], [[[ans(rng, c.familyComposition)]]]),
    h2('Services working with the child or young person'),
    table([0.38, 0.62], [
      [lbl('Service'), lbl('Name and contact details')],
      [lbl('GP'), [ans(rng, c.gp)]],
      [lbl('School / early years setting'), [ans(rng, schoolText(c))]],
      [lbl('Health visitor / school nurse'), [ans(rng, null)]],
    ]),
    h2('What has led to this assessment?'),
    table([1], [[[ans(rng, c.reason)]]]),
    h2('1. Development of the child or young person'),
    table([1], [[[ans(rng, c.domains.development)]]]),
    h2('2. Parents and carers'),
    table([1], [[[ans(rng, c.domains.parenting)]]]),
    h2('3. Family and environmental factors'),
    table([1], [[[ans(rng, c.domains.family)]]]),
    h2('Conclusions, solutions and actions'),
    table([0.38, 0.62], [
      [lbl('What are the strengths?'), [ans(rng, c.strengths)]],
      [lbl('What are the needs?'), [ans(rng, c.needs)]],
      [lbl('What are the risks?'), [ans(rng, c.risks)]],
      [lbl('Desired outcomes'), [ans(rng, c.outcomes)]],
    ]),
    h2('Actions and services to be provided'),
    table([0.5, 0.25, 0.25], [[lbl('Agreed action'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.38, 0.62], [
      [lbl("Child or young person's comments on the assessment and actions identified"), [ans(rng, c.childComment)]],
      [lbl("Parent or carer's comments on the assessment and actions identified"), [ans(rng, c.parentComment)]],
      [lbl('Level of need'), [{ ticks: [1, 2, 3, 4].map((n) => ({ label: `Level ${n}`, checked: c.levelOfNeed === n })) }]],
      [lbl('Lead professional'), [ans(rng, c.assessor.name)]],
    ]),
    h2('Consent for information storage and information sharing'),
    p('I understand the information that is recorded on this form and that it will be stored and used for the purpose of providing services to the child or young person.'),
    table([0.38, 0.62], nationalConsent(rng, c)),
  );
  return els;
}

// ---------------------------------------------------------------------------------------------
// dev: a council's Early Help Assessment with headings, "Label: value" lines and a child table

function ehaConsent(c: Case): string {
  const who = c.parent?.name.split(' ')[0] ?? 'Mum';
  switch (c.consent.kind) {
    case 'written': return `Written consent - signed by ${c.consent.signature} on ${fmtDate(c.consent.date, 'long')}`;
    case 'verbal': return `Verbal consent given by ${who} during the home visit`;
    case 'unspecified': return 'Yes';
    case 'none': return '';
  }
}

function ehaCouncil(c: Case, rng: Rng): Element[] {
  const lv = (label: string, value: string | null | undefined): Element => p({ bold: `${label}: ` }, value ?? '');
  const section = (title: string, body: string | null | undefined): Element[] => [h2(title), p(body ?? '')];
  return [
    h1('Early Help Assessment (EHA)'),
    lv('Date assessment started', fmtDate(c.assessmentDate, 'long')),
    lv('Who is involved in completing this assessment?', c.present.text),
    h2('Children and young people'),
    table([0.28, 0.16, 0.12, 0.2, 0.24], [
      [lbl('Name'), lbl('Date of birth'), lbl('Gender'), lbl('Ethnicity'), lbl('School / setting')],
      ...c.children.map((k, i) => [
        txt(k.unborn ? 'Unborn baby' : childName(k)),
        txt(k.unborn ? `EDD ${fmtDate(k.dob, 'dmy')}` : fmtDate(k.dob, 'dmy')),
        txt(k.unborn ? '' : genderWord(k)),
        txt(c.ethnicity),
        txt(i === 0 ? schoolText(c) : ''),
      ]),
    ]),
    lv('First language', c.language),
    lv('Religion', c.religion),
    p({ bold: 'Disability: ' }, { ticks: ['Yes', 'No', 'Rather not say'].map((o) => ({ label: o, checked: c.disability === o.toLowerCase() })) }),
    h2('Family details'),
    lv('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    lv('Contact number', c.parent?.phone),
    lv('Address', c.parent?.address),
    ...section('Family composition', c.familyComposition),
    h2('Professionals involved'),
    table([0.3, 0.4, 0.3], [
      [lbl('Role'), lbl('Name'), lbl('Contact')],
      [txt('GP'), txt(c.gp), txt(c.gp ? '01632 960111' : '')],
      [txt('School'), txt(schoolText(c)), txt('')],
      [txt('Health Visitor'), txt(''), txt('')],
    ]),
    ...section('Reasons for EHA', c.reason),
    ...section("Child's development", c.domains.development),
    ...section('Parenting capacity', c.domains.parenting),
    ...section('Family and environment', c.domains.family),
    ...section('What is working well?', c.strengths),
    ...section('What are we worried about?', c.risks),
    ...section('What does the child need?', c.needs),
    ...section('What needs to happen?', c.outcomes),
    h2('Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('What'), lbl('Who'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    ...section("Child's voice - what does the child want to happen?", c.childComment),
    ...section("Parent / carer's views", c.parentComment),
    lv('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    h2('Consent to share information'),
    lv('Consent', ehaConsent(c)),
    h2('Completed by'),
    lv('Name', c.assessor.name),
    lv('Role', c.assessor.role),
    lv('Organisation', c.assessor.org),
    lv('Telephone', c.assessor.phone),
  ];
}

// ---------------------------------------------------------------------------------------------
// dev: a case-management system export, "Label: value" lines under upper-case headers

function exportA(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const lv = (label: string, value: string | null | undefined): Element => p(`${label}: ${value ?? ''}`);
  const consent = { written: 'Written', verbal: 'Verbal', unspecified: '', none: pick(rng, ['', 'Refused']) }[c.consent.kind];
  return [
    p('EARLY HELP MODULE - ASSESSMENT RECORD (EXPORTED)'),
    p('CHILD DETAILS'),
    ...c.children.flatMap((k, i) => [
      lv(i ? `Sibling ${i} Name` : 'Forename', i ? childName(k) : k.given),
      ...(i ? [lv(`Sibling ${i} DOB`, fmtDate(k.dob, 'dmy'))] : [lv('Surname', k.family)]),
    ]),
    lv('DOB', fmtDate(ch.dob, 'dmy') + (ch.unborn ? ' (expected)' : '')),
    lv('Gender', genderWord(ch)),
    lv('Ethnicity', c.ethnicity),
    lv('Language', c.language),
    lv('Religion', c.religion),
    lv('Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
    lv('UPN', upnOf(c)),
    p('ASSESSMENT'),
    lv('Assessment Date', fmtDate(c.assessmentDate, 'dmy')),
    lv('Persons Present', c.present.text),
    lv('Assessment Reason', c.reason),
    p('CARERS'),
    lv('Carer 1 Name', c.parent?.name),
    lv('Carer 1 Relationship', c.parent?.relationship),
    lv('Carer 1 Phone', c.parent?.phone),
    lv('Carer 1 Address', c.parent?.address),
    p('HOUSEHOLD'),
    lv('Household Members', c.familyComposition),
    p('AGENCIES INVOLVED'),
    lv('GP Practice', c.gp),
    lv('School', c.school.kind === 'recorded' ? c.school.name : ''),
    p('DOMAINS'),
    lv('Child Development', c.domains.development),
    lv('Parenting Capacity', c.domains.parenting),
    lv('Family & Environment', c.domains.family),
    p('ANALYSIS'),
    lv('Strengths', c.strengths),
    lv('Needs', c.needs),
    lv('Risks', c.risks),
    lv('Desired Outcomes', c.outcomes),
    p('ACTION PLAN'),
    ...c.actions.map((a, i) => lv(`Action ${i + 1}`, `${a.what}; Owner: ${a.who}; Due: ${a.when}`)),
    p('VIEWS'),
    lv('Child View', c.childComment),
    lv('Parent View', c.parentComment),
    p('CONSENT'),
    lv('Consent To Share', c.consent.kind === 'none' ? 'N' : 'Y'),
    lv('Consent Type', consent),
    lv('Consent Signed By', c.consent.signature),
    p('OUTCOME'),
    lv('Level Of Need', needLevel(c, 'digit')),
    p('WORKER'),
    lv('Worker Name', c.assessor.name),
    lv('Worker Role', c.assessor.role),
    lv('Team', c.assessor.org),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout: the 2006 national form wording, legacy tick boxes, fillable in PDF

function national2006(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  return [
    h1('Common Assessment Form'),
    h2('Section 1: Identifying details'),
    table([0.4, 0.6], [
      [lbl('Name of child / young person / unborn baby'), [ans(rng, c.children.map(childName).join(' and '))]],
      [lbl('DOB / EDD'), [dateAns(fmtDate(ch.dob, 'long'))]],
      [lbl('Male / Female'), [{ ticks: [{ label: 'M', checked: ch.gender === 'male' }, { label: 'F', checked: ch.gender === 'female' }] }]],
      [lbl('Home address'), [ans(rng, c.address)]],
      [lbl('Ethnic origin'), [ans(rng, c.ethnicity)]],
      [lbl('Main language spoken at home'), [ans(rng, c.language)]],
      [lbl('Faith'), [ans(rng, c.religion)]],
      [lbl('Any disability?'), [{ ticks: ['Yes', 'No', 'Rather not say'].map((o) => ({ label: o, checked: c.disability === o.toLowerCase() })) }]],
      [lbl('Pupil number'), [ans(rng, upnOf(c))]],
    ]),
    table([0.4, 0.6], [
      [lbl('Date of assessment'), [dateAns(fmtDate(c.assessmentDate, 'long'))]],
      [lbl('People present at assessment'), [ans(rng, c.present.text)]],
      [lbl('Assessment carried out by'), [ans(rng, `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}. Tel ${c.assessor.phone}`)]],
    ]),
    h2('Section 2: Parent / carer and household'),
    table([0.4, 0.6], [
      [lbl('Parent / carer name'), [ans(rng, c.parent?.name)]],
      [lbl('Contact details of parent / carer'), [ans(rng, [c.parent?.phone, c.parent?.address].filter(Boolean).join(', '))]],
      [lbl('Household (names, relationship to child)'), [ans(rng, c.familyComposition)]],
    ]),
    h2('Section 3: Other agencies'),
    table([0.4, 0.6], [
      [lbl("Child's doctor (GP)"), [ans(rng, c.gp)]],
      [lbl('Education setting'), [ans(rng, schoolText(c))]],
    ]),
    h2('Section 4: Assessment'),
    table([0.4, 0.6], [
      [lbl('Reason for undertaking this assessment'), [ans(rng, c.reason)]],
      [lbl('Development of the baby, child or young person'), [ans(rng, c.domains.development)]],
      [lbl('Parents & carers'), [ans(rng, c.domains.parenting)]],
      [lbl('Family & environmental factors'), [ans(rng, c.domains.family)]],
    ]),
    h2('Section 5: Summary'),
    table([0.4, 0.6], [
      [lbl('Summary of strengths'), [ans(rng, c.strengths)]],
      [lbl('Summary of needs / concerns'), [ans(rng, c.needs)]],
      [lbl('Risk factors'), [ans(rng, c.risks)]],
      [lbl('What outcomes are wanted?'), [ans(rng, c.outcomes)]],
    ]),
    h2('Section 6: Planned actions'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Responsible person'), lbl('Timescale')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.4, 0.6], [
      [lbl('Comments by the child / young person'), [ans(rng, c.childComment)]],
      [lbl('Comments by the parent / carer'), [ans(rng, c.parentComment)]],
      [lbl('Threshold'), [{ ticks: [1, 2, 3, 4].map((n) => ({ label: String(n), checked: c.levelOfNeed === n })) }]],
    ]),
    h2('Section 7: Consent'),
    table([0.4, 0.6], [
      [lbl('Consent to share obtained'), [{ ticks: [{ label: 'Yes', checked: k !== 'none' }, { label: 'No', checked: false }] }]],
      [lbl('Type of consent'), [{ ticks: [{ label: 'Signed', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }] }]],
      [lbl('Signed by parent / carer'), [ans(rng, c.consent.signature)]],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout: another council's record with its own wording, a household table and deleted options

function councilB(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const consent = {
    written: `Parent/carer signature: ${c.consent.signature}   Date: ${fmtDate(c.consent.date, 'short')}`,
    verbal: `Agreed verbally by phone on ${fmtDate(c.consent.date ?? '2025-05-02', 'short')} (not signed)`,
    unspecified: 'Yes',
    none: pick(rng, ['', 'No - parent declined to sign']),
  }[c.consent.kind];
  const household = c.familyComposition
    ? c.familyComposition.split('; ').map((m) => {
        const match = /^(.*?) \((.*)\)$/.exec(m);
        return [txt(match ? match[1] : m), txt(match ? match[2] : '')];
      })
    : [[txt(''), txt('')]];
  return [
    h1('Family Early Help Record'),
    p('Part A - About the child'),
    table([0.35, 0.65], [
      [lbl("Child's full name"), txt(childName(ch))],
      [lbl('Date of birth'), txt(ch.unborn ? `Due ${fmtDate(ch.dob, 'short')}` : fmtDate(ch.dob, 'short'))],
      [lbl('Sex'), [{ ticks: [{ label: 'Boy', checked: ch.gender === 'male' }, { label: 'Girl', checked: ch.gender === 'female' }] }]],
      [lbl('Ethnic background'), txt(c.ethnicity)],
      [lbl('Language(s) spoken'), txt(c.language)],
      [lbl('Religion / belief'), txt(c.religion)],
      [lbl('Does the child have a disability or SEN?'), [{ ticks: ['Yes', 'No', 'Rather not say'].map((o) => ({ label: o, checked: c.disability === o.toLowerCase() })) }]],
      [lbl('Nursery / school attended'), txt(schoolText(c))],
      [lbl('Family doctor'), txt(c.gp)],
    ]),
    ...(c.children.length > 1 ? [p(`Brothers and sisters covered by this record: ${c.children.slice(1).map((k) => `${childName(k)} (${fmtDate(k.dob, 'short')})`).join(', ')}`)] : []),
    p('Part B - The assessment'),
    table([0.35, 0.65], [
      [lbl('Date assessment completed'), txt(fmtDate(c.assessmentDate, 'short'))],
      [lbl('Those present'), txt(c.present.text)],
      [lbl('Practitioner'), txt(`${c.assessor.name} (${c.assessor.role})`)],
      [lbl('Agency'), txt(c.assessor.org)],
      [lbl('Main carer'), txt(c.parent ? `${c.parent.name}, ${c.parent.relationship.toLowerCase()}` : '')],
      [lbl("Main carer's phone / address"), txt([c.parent?.phone, c.parent?.address].filter(Boolean).join(' / '))],
    ]),
    p('Who lives in the household?'),
    table([0.5, 0.5], [[lbl('Name'), lbl('Relationship to child')], ...household]),
    table([0.35, 0.65], [
      [lbl('Reason for assessment'), txt(c.reason)],
      [lbl('Health and development of the child'), txt(c.domains.development)],
      [lbl('How the parents / carers meet the child\'s needs'), txt(c.domains.parenting)],
      [lbl('Wider family, housing, money and community'), txt(c.domains.family)],
      [lbl('Strengths and protective factors'), txt(c.strengths)],
      [lbl('Unmet needs'), txt(c.needs)],
      [lbl('Concerns and risks'), txt(c.risks)],
      [lbl('Agreed outcomes'), txt(c.outcomes)],
    ]),
    p('Plan'),
    table([0.45, 0.3, 0.25], [[lbl('Task'), lbl('Person responsible'), lbl('Deadline')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.35, 0.65], [
      [lbl('In the child\'s own words'), txt(c.childComment)],
      [lbl('Parent / carer view of the assessment'), txt(c.parentComment)],
      [lbl('Level of need'), txt(needLevel(c, 'tier'))],
      [lbl('Information sharing agreement'), txt(consent)],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout: a second case system, label and value in columns with no colon, Title Case sections

function exportB(c: Case): Element[] {
  const ch = c.children[0];
  const row = (label: string, value: string | null | undefined): Cell[] => [txt(label), txt(value ?? '')];
  const consent = { written: 'Signed consent on file', verbal: 'Verbal', unspecified: 'Yes', none: 'No' }[c.consent.kind];
  const section = (title: string, rows: Cell[][]): Element[] => [p({ bold: title }), table([0.32, 0.68], rows)];
  return [
    h1('Early Help Assessment Summary Report'),
    ...section('Subject', [
      row('Subject Name', childName(ch)),
      row('Date of Birth', fmtDate(ch.dob, 'iso')),
      row('Sex', genderWord(ch)),
      row('Ethnic Origin', c.ethnicity),
      row('Preferred Language', c.language),
      row('Faith', c.religion),
      row('Disabled', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      row('UPN', upnOf(c)),
      ...c.children.slice(1).map((k, i) => row(`Linked Child ${i + 1}`, `${childName(k)}, born ${fmtDate(k.dob, 'iso')}`)),
    ]),
    ...section('Assessment Details', [
      row('Assessment Completed On', fmtDate(c.assessmentDate, 'iso')),
      row('Present During Assessment', c.present.text),
      row('Assessing Worker', c.assessor.name),
      row('Worker Job Title', c.assessor.role),
      row('Worker Service', c.assessor.org),
      row('Presenting Issues', c.reason),
    ]),
    ...section('Family', [
      row('Primary Carer', c.parent?.name),
      row('Carer Telephone', c.parent?.phone),
      row('Carer Address', c.parent?.address),
      row('Household Composition', c.familyComposition),
    ]),
    ...section('Professional Network', [row('Registered GP', c.gp), row('Education Provider', schoolText(c))]),
    ...section('Assessment Domains', [
      row("Child's Developmental Needs", c.domains.development),
      row('Parenting Capacity', c.domains.parenting),
      row('Family and Environmental Factors', c.domains.family),
    ]),
    ...section('Analysis', [
      row('Protective Factors', c.strengths),
      row('Areas of Need', c.needs),
      row('Risk Indicators', c.risks),
      row('Intended Outcomes', c.outcomes),
    ]),
    p({ bold: 'Tasks' }),
    table([0.5, 0.25, 0.25], [[lbl('Task Description'), lbl('Assigned To'), lbl('Target Date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    ...section('Views', [row("Young Person's Views", c.childComment), row('Parent/Carer Views', c.parentComment)]),
    ...section('Governance', [row('Information Sharing Consent', consent), row('Threshold Level', needLevel(c, 'digit'))]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (added later): a Signs of Safety early help assessment and plan, family table first

function ehaSos(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const consentLine = {
    written: [{ ticks: [{ label: 'I give my consent for this information to be shared', checked: true }] }, `   Signed: ${c.consent.signature}`] as Run[],
    verbal: [{ ticks: [{ label: 'I give my consent for this information to be shared', checked: false }] }, '   Consent given verbally over the phone'] as Run[],
    unspecified: [{ ticks: [{ label: 'I give my consent for this information to be shared', checked: true }] }] as Run[],
    none: [{ ticks: [{ label: 'I give my consent for this information to be shared', checked: false }] }] as Run[],
  }[c.consent.kind];
  return [
    h1('Early Help Assessment and Plan'),
    h2('1. About the family'),
    table([0.3, 0.2, 0.2, 0.3], [
      [lbl('Name'), lbl('Relationship'), lbl('Date of birth'), lbl('Lives at home?')],
      ...c.children.map((k, i) => [txt(k.unborn ? 'Unborn baby' : childName(k)), txt(i === 0 ? 'Subject' : 'Sibling (also assessed)'), txt(k.unborn ? `EDD ${fmtDate(k.dob, 'dmy')}` : fmtDate(k.dob, 'dmy')), txt('Yes')]),
      ...(c.familyComposition && c.parent ? [[txt(c.parent.name), txt(c.parent.relationship), txt(''), txt('Yes')]] : []),
    ]),
    table([0.35, 0.65], [
      [lbl('Gender identity'), txt(genderWord(ch))],
      [lbl('Ethnic group'), txt(c.ethnicity)],
      [lbl('Home language'), txt(c.language)],
      [lbl('Religion (optional)'), txt(c.religion)],
      [lbl('Special educational needs / disability'), [{ ticks: ['Yes', 'No', 'Rather not say'].map((o) => ({ label: o, checked: c.disability === o.toLowerCase() })) }]],
      [lbl('Main parent / carer'), txt(c.parent?.name)],
      [lbl('Phone number'), txt(c.parent?.phone)],
      [lbl('Home address'), txt(c.parent?.address)],
      [lbl('GP name and surgery'), txt(c.gp)],
      [lbl('Nursery / school / college'), txt(schoolText(c))],
    ]),
    h2('2. The assessment'),
    table([0.35, 0.65], [
      [lbl('Date EHA completed'), txt(fmtDate(c.assessmentDate, 'long'))],
      [lbl('People who contributed to this assessment'), txt(c.present.text)],
      [lbl('Lead practitioner'), txt(c.assessor.name)],
      [lbl('Lead practitioner role and agency'), txt(`${c.assessor.role}, ${c.assessor.org}`)],
      [lbl('Why is early help needed?'), txt(c.reason)],
    ]),
    h2("3. The child's world"),
    table([0.35, 0.65], [
      [lbl('How is the child developing?'), txt(c.domains.development)],
      [lbl("How well are the child's needs met by parents / carers?"), txt(c.domains.parenting)],
      [lbl('Family life, home and community'), txt(c.domains.family)],
    ]),
    h2('4. Analysis'),
    table([0.35, 0.65], [
      [lbl("What's going well?"), txt(c.strengths)],
      [lbl('What are we worried about?'), txt(c.risks)],
      [lbl('What help does the child need?'), txt(c.needs)],
      [lbl('What would success look like?'), txt(c.outcomes)],
    ]),
    h2('5. Views'),
    table([0.35, 0.65], [
      [lbl('What does the child say?'), txt(c.childComment)],
      [lbl('What do the parents / carers say?'), txt(c.parentComment)],
    ]),
    h2('6. Plan'),
    table([0.4, 0.3, 0.3], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    p({ bold: 'Early help level: ' }, needLevel(c, pick(rng, ['word', 'tier'] as const))),
    h2('7. Consent'),
    p(...consentLine),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (added later): a third case system, dot leaders between field and value

function exportC(c: Case): Element[] {
  const ch = c.children[0];
  const lv = (label: string, value: string | null | undefined): Element => p(`${label} ${'.'.repeat(Math.max(3, 34 - label.length))} ${value ?? ''}`);
  const consentMethod = { written: 'Written (signed form scanned)', verbal: 'Verbal', unspecified: '', none: '' }[c.consent.kind];
  return [
    p('=== EARLY HELP EPISODE: ASSESSMENT ==='),
    p('--- Person Details ---'),
    lv('Full Name', childName(ch)),
    lv('Date Of Birth', ch.unborn ? '' : fmtDate(ch.dob, 'dmy')),
    lv('Expected Due Date', ch.unborn ? fmtDate(ch.dob, 'dmy') : ''),
    lv('Gender', genderWord(ch)),
    lv('Ethnicity Code', c.ethnicity),
    lv('First Language', c.language),
    lv('Religion', c.religion),
    lv('Disability Status', c.disability ? { yes: 'Disabled', no: 'Not disabled', 'rather not say': 'Declined to say' }[c.disability] : ''),
    lv('UPN', upnOf(c)),
    ...c.children.slice(1).map((k, i) => lv(`Sibling ${i + 1}`, `${childName(k)} (${fmtDate(k.dob, 'dmy')})`)),
    p('--- Episode ---'),
    lv('EHA Start Date', fmtDate(c.assessmentDate, 'dmy')),
    lv('Involved In Assessment', c.present.text),
    lv('Referral Reason', c.reason),
    lv('Early Help Level', needLevel(c, 'digit')),
    p('--- Carer ---'),
    lv('Main Carer Name', c.parent?.name),
    lv('Main Carer Contact No', c.parent?.phone),
    lv('Main Carer Address', c.parent?.address),
    lv('Household', c.familyComposition),
    p('--- Agencies ---'),
    lv('GP Name', c.gp),
    lv('Education Establishment', c.school.kind === 'recorded' ? c.school.name : ''),
    p('--- Assessment ---'),
    lv('Child Health & Development', c.domains.development),
    lv('Parenting', c.domains.parenting),
    lv('Family & Community', c.domains.family),
    lv('Strengths', c.strengths),
    lv('Needs', c.needs),
    lv('Risks', c.risks),
    lv('Outcomes Sought', c.outcomes),
    p('--- Plan ---'),
    ...c.actions.map((a, i) => lv(`Action ${i + 1}`, `${a.what} | Responsible: ${a.who} | Target: ${a.when}`)),
    p('--- Voice ---'),
    lv("Young Person's Wishes And Feelings", c.childComment),
    lv("Carer's Wishes And Feelings", c.parentComment),
    p('--- Consent ---'),
    lv('Consent Obtained (Y/N)', c.consent.kind === 'none' ? 'N' : 'Y'),
    lv('Consent Method', consentMethod),
    p('--- Recorded By ---'),
    lv('Worker', `${c.assessor.name} (${c.assessor.role})`),
    lv('Worker Team', c.assessor.org),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (added later): a health visiting early help form about a baby or young child

function hvEha(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const consent = {
    written: `Consent form signed by ${c.consent.signature}`,
    verbal: 'Verbal consent obtained',
    unspecified: 'Consent: yes',
    none: pick(rng, ['', 'Not obtained']),
  }[c.consent.kind];
  return [
    h1('Health Visiting Service: Early Help Assessment'),
    table([0.35, 0.65], [
      [lbl("Baby / child's name"), [ans(rng, childName(ch))]],
      [lbl('Date of birth / EDD'), [dateAns(fmtDate(ch.dob, 'dmy'))]],
      [lbl('Boy / girl'), [{ ticks: [{ label: 'Boy', checked: ch.gender === 'male' }, { label: 'Girl', checked: ch.gender === 'female' }] }]],
      [lbl('Ethnicity (DfE code)'), [ans(rng, c.ethnicity)]],
      [lbl('Language spoken at home'), [ans(rng, c.language)]],
      [lbl('Faith / religion'), [ans(rng, c.religion)]],
      [lbl('Any disability or long-term condition?'), [{ ticks: ['Yes', 'No', 'Rather not say'].map((o) => ({ label: o, checked: c.disability === o.toLowerCase() })) }, c.disabilityDetail ? ` ${c.disabilityDetail}` : '']],
      [lbl('Brothers / sisters also on this form'), [ans(rng, c.children.slice(1).map((k) => `${childName(k)} ${fmtDate(k.dob, 'dmy')}`).join('; ') || null)]],
      [lbl("Mother's name"), [ans(rng, c.parent?.name)]],
      [lbl("Mother's mobile"), [ans(rng, c.parent?.phone)]],
      [lbl('Address'), [ans(rng, c.parent?.address)]],
      [lbl('Who lives in the home?'), [ans(rng, c.familyComposition)]],
      [lbl('GP practice'), [ans(rng, c.gp)]],
      [lbl('Nursery / school (if any)'), [ans(rng, schoolText(c))]],
    ]),
    table([0.35, 0.65], [
      [lbl('Date of contact'), [dateAns(fmtDate(c.assessmentDate, 'dmy'))]],
      [lbl('Present at contact'), [ans(rng, c.present.text)]],
      [lbl('Health visitor'), [ans(rng, `${c.assessor.name}, ${c.assessor.role}`)]],
      [lbl('Base / team'), [ans(rng, c.assessor.org)]],
      [lbl('Reason for early help'), [ans(rng, c.reason)]],
      [lbl('Health and development'), [ans(rng, c.domains.development)]],
      [lbl('Parenting and care'), [ans(rng, c.domains.parenting)]],
      [lbl('Home environment and support network'), [ans(rng, c.domains.family)]],
      [lbl('Family strengths'), [ans(rng, c.strengths)]],
      [lbl("Child's needs"), [ans(rng, c.needs)]],
      [lbl('Identified risks'), [ans(rng, c.risks)]],
      [lbl('Goals for the family'), [ans(rng, c.outcomes)]],
    ]),
    p({ bold: 'Plan' }),
    table([0.5, 0.25, 0.25], [[lbl('What will happen'), lbl('Who will do it'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.35, 0.65], [
      [lbl("Mother's comments"), [ans(rng, c.parentComment)]],
      [lbl("Child's comments (if old enough)"), [ans(rng, c.childComment)]],
      [lbl('Level of need'), [{ ticks: [1, 2, 3, 4].map((n) => ({ label: String(n), checked: c.levelOfNeed === n })) }]],
      [lbl('Consent to share'), [ans(rng, consent)]],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (third wave): a voluntary sector family support plan, young people in a table

function familyPlan(c: Case, rng: Rng): Element[] {
  const consentRows: Cell[][] = {
    written: [[lbl('Signature obtained?'), txt('Yes')], [lbl('Parent / guardian signature'), txt(c.consent.signature)]],
    verbal: [[lbl('Signature obtained?'), txt('No - verbal consent only')], [lbl('Parent / guardian signature'), txt('')]],
    unspecified: [[lbl('Signature obtained?'), txt('')], [lbl('Happy for information to be shared?'), txt('Yes')]],
    none: [[lbl('Signature obtained?'), txt('No')], [lbl('Parent / guardian signature'), txt('')]],
  }[c.consent.kind];
  return [
    h1('Family Support Plan and Assessment'),
    p('Keep this record with the family file. Complete every box; write "none" where nothing applies.'),
    h2('Young people'),
    table([0.22, 0.22, 0.16, 0.14, 0.26], [
      [lbl('First name'), lbl('Surname'), lbl('DOB'), lbl('Gender'), lbl('Ethnicity')],
      ...c.children.map((k) => [txt(k.unborn ? 'Baby' : k.given), txt(k.family), txt(k.unborn ? `due ${fmtDate(k.dob, 'dmy')}` : fmtDate(k.dob, 'dmy')), txt(k.unborn ? '' : genderWord(k)), txt(c.ethnicity)]),
    ]),
    table([0.35, 0.65], [
      [lbl('First language / interpreter needed?'), txt(`${c.language}; no interpreter`)],
      [lbl('Religion'), txt(c.religion)],
      [lbl('Disability or additional needs?'), txt(c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : '')],
      [lbl('Assessment date (dd/mm/yyyy)'), txt(fmtDate(c.assessmentDate, 'dmy'))],
      [lbl('Attendees'), txt(c.present.text)],
      [lbl('Parent / guardian name'), txt(c.parent?.name)],
      [lbl('Parent / guardian tel.'), txt(c.parent?.phone)],
      [lbl('Parent / guardian address'), txt(c.parent?.address)],
      [lbl('Family tree / household'), txt(c.familyComposition)],
      [lbl('GP and surgery address'), txt(c.gp)],
      [lbl('School / nursery name'), txt(schoolText(c))],
      [lbl('Keyworker'), txt(c.assessor.name)],
      [lbl('Keyworker role'), txt(c.assessor.role)],
      [lbl('Keyworker organisation'), txt(c.assessor.org)],
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      [lbl('Presenting concerns'), txt(c.reason)],
      [lbl("The child's health & wellbeing"), txt(c.domains.development)],
      [lbl('Parenting'), txt(c.domains.parenting)],
      [lbl('Family & environment'), txt(c.domains.family)],
      [lbl('Resilience / strengths'), txt(c.strengths)],
      [lbl('Key needs'), txt(c.needs)],
      [lbl('Key risks / vulnerabilities'), txt(c.risks)],
      [lbl('Desired outcomes (SMART)'), txt(c.outcomes)],
    ]),
    h2('Support plan'),
    table([0.5, 0.25, 0.25], [[lbl('Objective'), lbl('Lead'), lbl('Timescale')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.35, 0.65], [
      [lbl('Voice of the child'), txt(c.childComment)],
      [lbl('Voice of the parent / carer'), txt(c.parentComment)],
      [lbl('Level (1-4)'), txt(c.levelOfNeed ? String(c.levelOfNeed) : '')],
    ]),
    h2('Consent'),
    table([0.35, 0.65], consentRows),
    p(pick(rng, ['Thank you for working with us.', 'Review in 12 weeks.'])),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (third wave): a step-down assessment written as questions, answers below each

function stepDown(c: Case): Element[] {
  const ch = c.children[0];
  const qa = (q: string, a: string | null | undefined): Element[] => [p({ bold: q }), p(a ?? '')];
  const consent = {
    written: 'Yes - consent form signed and on file',
    verbal: 'Yes, verbally (phone call with mum)',
    unspecified: 'Yes',
    none: 'Not yet asked',
  }[c.consent.kind];
  return [
    h1('Step-down to Early Help: Assessment Summary'),
    ...qa('Child', `${childName(ch)}, ${ch.unborn ? `expected ${fmtDate(ch.dob, 'long')}` : `born ${fmtDate(ch.dob, 'long')}`}, ${genderWord(ch).toLowerCase()}`),
    ...(c.children.length > 1 ? qa('Other children in the family covered by this summary', c.children.slice(1).map((k) => `${childName(k)} (born ${fmtDate(k.dob, 'long')})`).join('; ')) : []),
    ...qa('Ethnicity', c.ethnicity),
    ...qa('Does the child have any disability?', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
    ...qa('When was the assessment done?', fmtDate(c.assessmentDate, 'long')),
    ...qa('Who took part?', c.present.text),
    ...qa('Why are we involved?', c.reason),
    ...qa('Parent or carer, and how to contact them', c.parent ? [c.parent.name, c.parent.phone, c.parent.address].filter(Boolean).join(', ') : ''),
    ...qa('Who is in the family?', c.familyComposition),
    ...qa('Which GP is the child registered with?', c.gp),
    ...qa('Which school or nursery does the child attend?', schoolText(c)),
    ...qa("What do we know about the child's development?", c.domains.development),
    ...qa('How are the parents managing?', c.domains.parenting),
    ...qa("What else is happening in the family's life?", c.domains.family),
    ...qa('What is going well for this family?', c.strengths),
    ...qa('What does the child need from us?', c.needs),
    ...qa('What could go wrong if nothing changes?', c.risks),
    ...qa('What do we want to be different in three months?', c.outcomes),
    p({ bold: 'Who will do what, and by when?' }),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    ...qa('What did the child tell us?', c.childComment),
    ...qa('What did the parents tell us?', c.parentComment),
    ...qa('Have the family agreed to share this information?', consent),
    ...qa('Level of need', needLevel(c, 'word')),
    ...qa('Written by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fourth wave): a school's own early help record, pupil profile first

function schoolEh(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const consent = {
    written: [{ ticks: [{ label: 'Parental permission form returned and signed', checked: true }] }] as Run[],
    verbal: [{ ticks: [{ label: 'Parental permission form returned and signed', checked: false }] }, ' Parent gave permission verbally at the meeting'] as Run[],
    unspecified: ['Parental permission: Y'] as Run[],
    none: [{ ticks: [{ label: 'Parental permission form returned and signed', checked: false }] }] as Run[],
  }[c.consent.kind];
  return [
    h1('School Early Help Record'),
    h2('Pupil profile'),
    table([0.4, 0.6], [
      [lbl('Pupil'), txt(childName(ch))],
      [lbl('D.O.B.'), txt(fmtDate(ch.dob, 'short'))],
      [lbl('M / F'), txt(ch.gender === 'male' ? 'M' : ch.gender === 'female' ? 'F' : '')],
      [lbl('Ethnicity (SIMS)'), txt(c.ethnicity)],
      [lbl('EAL / home language'), txt(c.language)],
      [lbl('SEND status'), txt(c.disability ? { yes: 'Yes - EHCP / SEN support', no: 'No SEND', 'rather not say': 'Parent preferred not to say' }[c.disability] : '')],
      [lbl('UPN'), txt(upnOf(c))],
      [lbl('School'), txt(c.school.kind === 'recorded' ? c.school.name : '')],
      [lbl("Pupil's doctor"), txt(c.gp)],
      ...(c.children.length > 1 ? [[lbl('Siblings included'), txt(c.children.slice(1).map((k) => `${childName(k)} (${fmtDate(k.dob, 'short')})`).join(', '))]] : []),
    ]),
    h2('Home'),
    table([0.4, 0.6], [
      [lbl('Parent / carer 1'), txt(c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : '')],
      [lbl('Contact details'), txt([c.parent?.phone, c.parent?.address].filter(Boolean).join('; '))],
      [lbl('Household members'), txt(c.familyComposition)],
    ]),
    h2('Early help meeting'),
    table([0.4, 0.6], [
      [lbl('Meeting date'), txt(fmtDate(c.assessmentDate, 'dmy'))],
      [lbl('In attendance'), txt(c.present.text)],
      [lbl('Staff member leading'), txt(`${c.assessor.name} - ${c.assessor.role}`)],
      [lbl('Why has school started early help?'), txt(c.reason)],
      [lbl('Learning and development'), txt(c.domains.development)],
      [lbl('Parenting'), txt(c.domains.parenting)],
      [lbl('Home and community'), txt(c.domains.family)],
      [lbl('What is going well'), txt(c.strengths)],
      [lbl("Pupil's needs"), txt(c.needs)],
      [lbl('Risks'), txt(c.risks)],
      [lbl('Targets'), txt(c.outcomes)],
    ]),
    h2('Actions agreed'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Owner'), lbl('Review date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.4, 0.6], [
      [lbl('Pupil voice'), txt(c.childComment)],
      [lbl('Parent voice'), txt(c.parentComment)],
      [lbl('Stage'), txt(c.levelOfNeed ? pick(rng, [`Stage ${c.levelOfNeed}`, `Level ${c.levelOfNeed}`]) : '')],
    ]),
    p(...consent),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fourth wave): a Team Around the Family record exported as label / value lines

function tacRecord(c: Case): Element[] {
  const ch = c.children[0];
  const lv = (label: string, value: string | null | undefined): Element => p(`${label} - ${value ?? ''}`);
  const consent = { written: 'Signed', verbal: 'Given verbally', unspecified: 'Yes', none: 'Refused' }[c.consent.kind];
  return [
    p('TEAM AROUND THE FAMILY - INITIAL ASSESSMENT'),
    p('About the young person'),
    lv('Name', childName(ch)),
    lv('Born', ch.unborn ? `due ${fmtDate(ch.dob, 'long')}` : fmtDate(ch.dob, 'long')),
    lv('Gender', genderWord(ch)),
    lv('Ethnicity', c.ethnicity),
    lv('Language', c.language),
    lv('Disabled', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
    ...c.children.slice(1).map((k, i) => lv(`Other child ${i + 1}`, `${childName(k)}, born ${fmtDate(k.dob, 'long')}`)),
    p('The assessment'),
    lv('Assessment date', fmtDate(c.assessmentDate, 'long')),
    lv('People at the assessment', c.present.text),
    lv('Practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    lv('Reason for involvement', c.reason),
    p('Family and network'),
    lv('Parent', c.parent?.name),
    lv('Parent phone', c.parent?.phone),
    lv('Parent address', c.parent?.address),
    lv('Family network', c.familyComposition),
    lv('GP', c.gp),
    lv('School or setting', schoolText(c)),
    p('Findings'),
    lv('Child development', c.domains.development),
    lv('Parenting capacity', c.domains.parenting),
    lv('Family and environment', c.domains.family),
    lv('Strengths', c.strengths),
    lv('Needs', c.needs),
    lv('Risks', c.risks),
    lv('Outcomes wanted', c.outcomes),
    p('Plan'),
    ...c.actions.map((a, i) => lv(`Step ${i + 1}`, `${a.what}; lead: ${a.who}; by: ${a.when}`)),
    lv("Child's view", c.childComment),
    lv("Parent's view", c.parentComment),
    lv('Consent to share', consent),
    lv('Level of need', needLevel(c, 'tier')),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifth wave): a joint family assessment with short answers side by side in four-column
// rows, a row of questions over their answers, and numbered questions in bold above their answers

function jaff(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const consent = { written: 'Yes - signed consent form attached', verbal: 'Yes - verbal consent given', unspecified: 'Yes', none: pick(rng, ['No', '']) }[c.consent.kind];
  const q = (label: string, answer: string | null | undefined): Element[] => [p({ bold: label }), p(answer ?? '')];
  return [
    h1('Joint Assessment Family Framework (JAFF)'),
    h2('1. Family member details'),
    table([0.2, 0.3, 0.2, 0.3], [
      [lbl('Surname'), txt(ch.family), lbl('Forename(s)'), txt(ch.given)],
      [lbl('Date of birth / EDD'), txt(fmtDate(ch.dob, 'dmy')), lbl('Gender'), txt(genderWord(ch))],
      [lbl('Ethnic identity'), txt(c.ethnicity), lbl('Home language'), txt(c.language)],
      [lbl('Religion'), txt(c.religion), lbl('Disability / additional learning needs'), txt(c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : '')],
      [lbl('Registered GP practice'), txt(c.gp), lbl('School / pre-school'), txt(schoolText(c))],
    ]),
    ...(c.children.length > 1 ? [p(`Other children included in this assessment: ${c.children.slice(1).map((k) => `${childName(k)} (${fmtDate(k.dob, 'dmy')})`).join(', ')}`)] : []),
    h2('2. Parent(s) / carer(s)'),
    table([0.2, 0.3, 0.2, 0.3], [
      [lbl('Name'), txt(c.parent?.name), lbl('Relationship to child'), txt(c.parent?.relationship)],
      [lbl('Telephone'), txt(c.parent?.phone), lbl('Address'), txt(c.parent?.address)],
    ]),
    ...q('Who else lives in the home?', c.familyComposition),
    h2('3. About this assessment'),
    table([0.3, 0.35, 0.35], [
      [lbl('Date of JAFF assessment'), lbl('Lead worker'), lbl('Organisation')],
      [txt(fmtDate(c.assessmentDate, 'dmy')), txt(`${c.assessor.name} (${c.assessor.role})`), txt(c.assessor.org)],
    ]),
    table([0.4, 0.6], [[lbl('Family members and professionals contributing'), [ans(rng, c.present.text)]]]),
    h2('4. Why is a JAFF assessment being carried out?'),
    p(c.reason ?? ''),
    h2('5. Assessment'),
    ...q("5.1 Child / young person's development and wellbeing", c.domains.development),
    ...q('5.2 Parenting capacity', c.domains.parenting),
    ...q('5.3 Family, environment and community', c.domains.family),
    h2('6. Analysis'),
    table([0.4, 0.6], [
      [lbl("What's working well"), txt(c.strengths)],
      [lbl("What we're worried about"), txt(c.risks)],
      [lbl('Identified needs'), txt(c.needs)],
      [lbl('Outcomes the family want to achieve'), txt(c.outcomes)],
    ]),
    h2('7. Family plan'),
    table([0.5, 0.25, 0.25], [[lbl('What will we do?'), lbl('Who is responsible?'), lbl('Target date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('8. Views'),
    table([0.4, 0.6], [
      [lbl("Child or young person's views"), txt(c.childComment)],
      [lbl("Parent / carer's views"), txt(c.parentComment)],
    ]),
    h2('9. Level of need and consent'),
    table([0.4, 0.6], [
      [lbl('Threshold level'), txt(needLevel(c, 'word'))],
      [lbl('Consent to share information'), txt(consent)],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifth wave): a case system's form output, every answer beside its whole question

function qaExport(c: Case): Element[] {
  const ch = c.children[0];
  const consent = { written: 'Yes - written (signed form scanned to file)', verbal: 'Yes - verbal', unspecified: 'Yes', none: 'No' }[c.consent.kind];
  const qa = (q: string, a: string | null | undefined): Cell[] => [txt(q), txt(a ?? '')];
  return [
    h1('Early Help Assessment - Form Output'),
    table([0.5, 0.5], [
      [lbl('Question'), lbl('Answer')],
      qa('What is the name of the child or young person?', childName(ch)),
      qa('What is their date of birth?', ch.unborn ? `Expected ${fmtDate(ch.dob, 'iso')}` : fmtDate(ch.dob, 'iso')),
      qa('What is their gender?', genderWord(ch)),
      qa('How would the family describe their ethnicity?', c.ethnicity),
      qa('What language is spoken at home?', c.language),
      qa('Does the child have a disability?', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      qa('Which school, college or nursery do they attend?', schoolText(c)),
      qa('Who is their GP?', c.gp),
      ...c.children.slice(1).map((k) => qa('Which other children does this assessment cover?', `${childName(k)}, ${fmtDate(k.dob, 'iso')}`)),
      qa('On what date was the assessment completed?', fmtDate(c.assessmentDate, 'iso')),
      qa('Who contributed to the assessment?', c.present.text),
      qa('Who completed the assessment?', `${c.assessor.name}, ${c.assessor.role}`),
      qa('Which organisation do they work for?', c.assessor.org),
      qa('Who is the main parent or carer?', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
      qa('How can they be contacted?', [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')),
      qa('Who lives in the household?', c.familyComposition),
      qa('Why is early help being offered?', c.reason),
      qa('How is the child developing?', c.domains.development),
      qa("How well are the parents able to meet the child's needs?", c.domains.parenting),
      qa('What is happening in the wider family and community?', c.domains.family),
      qa('What strengths does the family have?', c.strengths),
      qa('What needs have been identified?', c.needs),
      qa('What are the risks if things do not change?', c.risks),
      qa('What does the family want to achieve?', c.outcomes),
      qa('What does the child or young person think?', c.childComment),
      qa('What do the parents or carers think?', c.parentComment),
      qa('What level of need has been agreed?', c.levelOfNeed ? String(c.levelOfNeed) : ''),
      qa('Has consent been given to share information?', consent),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Planned action'), lbl('Person responsible'), lbl('Review by')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifth wave): a youth service's assessment written to the young person, with coded
// question numbers ("A4") and a consent statement to tick

function youthEh(c: Case): Element[] {
  const ch = c.children[0];
  const lv = (label: string, value: string | null | undefined): Element => p(`${label}: ${value ?? ''}`);
  const consent: Element[] = {
    written: [p({ ticks: [{ label: 'I agree to my information being shared with the services named in this plan (signed copy on file)', checked: true }] })],
    verbal: [p({ ticks: [{ label: 'I agree to my information being shared with the services named in this plan', checked: true }] }, ' (agreed verbally, not signed)')],
    unspecified: [lv('F4 Consent', 'Yes')],
    none: [p({ ticks: [{ label: 'I agree to my information being shared with the services named in this plan', checked: false }] })],
  }[c.consent.kind];
  return [
    p('YOUTH SUPPORT SERVICE - EARLY HELP ASSESSMENT'),
    p('SECTION A: ABOUT YOU'),
    lv('A1 Your name', childName(ch)),
    lv('A2 Date of birth', ch.unborn ? `due ${fmtDate(ch.dob, 'dmy')}` : fmtDate(ch.dob, 'dmy')),
    lv('A3 Gender', genderWord(ch)),
    lv('A4 How do you describe your ethnicity?', c.ethnicity),
    lv('A5 First language', c.language),
    lv('A6 Do you have a disability or long-term health condition?', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
    lv('A7 School, college or training provider', schoolText(c)),
    lv("A8 Doctor's surgery", c.gp),
    ...(c.children.length > 1 ? [lv('A9 Brothers or sisters also being assessed', c.children.slice(1).map((k) => `${childName(k)} (${fmtDate(k.dob, 'dmy')})`).join(', '))] : []),
    p('SECTION B: YOUR FAMILY'),
    lv('B1 Parent or carer name', c.parent?.name),
    lv('B2 Parent or carer phone number', c.parent?.phone),
    lv('B3 Parent or carer address', c.parent?.address),
    lv('B4 Who do you live with?', c.familyComposition),
    p('SECTION C: THE ASSESSMENT'),
    lv('C1 Date we met', fmtDate(c.assessmentDate, 'dmy')),
    lv('C2 Who else was there?', c.present.text),
    lv('C3 Your worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    lv('C4 What made you or others ask for help?', c.reason),
    p('SECTION D: WHAT WE TALKED ABOUT'),
    lv('D1 Health, learning and development', c.domains.development),
    lv('D2 Support from parents or carers', c.domains.parenting),
    lv('D3 Family, home and community', c.domains.family),
    lv('D4 What is good in your life right now?', c.strengths),
    lv('D5 What do you need help with?', c.needs),
    lv('D6 What worries us', c.risks),
    lv('D7 What do you want to change?', c.outcomes),
    p('SECTION E: YOUR PLAN'),
    table([0.5, 0.25, 0.25], [[lbl('What'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    p('SECTION F: VIEWS AND CONSENT'),
    lv('F1 In your words', c.childComment),
    lv('F2 What your parent or carer said', c.parentComment),
    lv('F3 Level of need', needLevel(c, 'digit')),
    ...consent,
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixth wave): a case system's printed episode, Title Case prompts in bordered tables,
// services in a professionals' network table

function ehmPrint(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const consent = { written: 'Written - signed form held', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['Not given', '']) }[c.consent.kind];
  const row = (label: string, value: string | null | undefined): Cell[] => [lbl(label), txt(value ?? '')];
  const network = [
    ...(c.gp ? [[txt('GP'), txt(c.gp), txt('')]] : []),
    ...(schoolText(c) ? [[txt('Education'), txt(schoolText(c)), txt('')]] : []),
    [txt(c.assessor.role), txt(`${c.assessor.name}, ${c.assessor.org}`), txt(c.assessor.phone)],
  ];
  return [
    h1('Early Help Episode - Assessment (printed)'),
    h2('Subject Details'),
    table([0.35, 0.65], [
      row('Subject', childName(ch)),
      row('Subject DOB', ch.unborn ? `EDD ${fmtDate(ch.dob, 'dmy')}` : fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity Code', c.ethnicity),
      row('Main Language', c.language),
      row('Disability Status', c.disability ? { yes: 'Disabled', no: 'Not disabled', 'rather not say': 'Declined to say' }[c.disability] : ''),
      ...c.children.slice(1).map((k, i) => row(`Additional Subject ${i + 1}`, `${childName(k)} (DOB ${fmtDate(k.dob, 'dmy')})`)),
    ]),
    h2('Episode Details'),
    table([0.35, 0.65], [
      row('Assessment Start Date', fmtDate(c.assessmentDate, 'dmy')),
      row('Attendees', c.present.text),
      row('Worker Responsible', c.assessor.name),
      row('Team', c.assessor.org),
      row('Reason For Episode', c.reason),
    ]),
    h2('Family Members'),
    table([0.35, 0.65], [
      row('Primary Carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Primary Carer Contact', [c.parent?.phone, c.parent?.address].filter(Boolean).join(' / ')),
      row('Household Composition', c.familyComposition),
    ]),
    h2('Professionals Network'),
    table([0.25, 0.5, 0.25], [[lbl('Professional'), lbl('Name / Agency'), lbl('Contact')], ...network]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row("Child's Developmental Needs", c.domains.development),
      row('Parenting Capacity', c.domains.parenting),
      row('Family And Environmental Factors', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Desired Outcomes', c.outcomes),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Responsible'), lbl('Target Date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Views And Consent'),
    table([0.35, 0.65], [
      row('Views Of Child', c.childComment),
      row('Views Of Parent/Carer', c.parentComment),
      row('Level Of Need', needLevel(c, 'tier')),
      row('Consent Type', consent),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixth wave): a health visiting record of additional need, for an infant, in the
// words health visitors use

function hvHealthNeeds(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const level = c.levelOfNeed ? ['', 'Universal', 'Universal Plus', 'Universal Partnership Plus', 'Safeguarding'][c.levelOfNeed] : '';
  return [
    h1('Family Health Needs Assessment - Additional Support'),
    table([0.3, 0.7], [
      [lbl("Infant's name"), [ans(rng, childName(ch))]],
      [lbl('Infant DOB / EDD'), [ans(rng, fmtDate(ch.dob, 'long'))]],
      [lbl('Sex'), [{ ticks: [{ label: 'M', checked: ch.gender === 'male' }, { label: 'F', checked: ch.gender === 'female' }] }]],
      [lbl('Ethnicity'), [ans(rng, c.ethnicity)]],
      [lbl('Language'), [ans(rng, c.language)]],
      [lbl('Disability or long-term condition'), [{ ticks: ['Yes', 'No', 'Rather not say'].map((o) => ({ label: o, checked: c.disability === o.toLowerCase() })) }]],
      [lbl('Named GP'), [ans(rng, c.gp)]],
      [lbl("Nursery / children's centre / school"), [ans(rng, schoolText(c))]],
      ...(c.children.length > 1 ? [[lbl('Siblings also in this assessment'), [ans(rng, c.children.slice(1).map((x) => `${childName(x)} ${fmtDate(x.dob, 'long')}`).join('; '))]]] : []),
    ]),
    h2('Mother / main carer'),
    table([0.3, 0.7], [
      [lbl('Name'), [ans(rng, c.parent?.name)]],
      [lbl('Contact number'), [ans(rng, c.parent?.phone)]],
      [lbl('Address'), [ans(rng, c.parent?.address)]],
      [lbl('Household'), [ans(rng, c.familyComposition)]],
    ]),
    h2('Contact'),
    table([0.3, 0.7], [
      [lbl('Date of contact'), [dateAns(fmtDate(c.assessmentDate, 'long'))]],
      [lbl('Present at contact'), [ans(rng, c.present.text)]],
      [lbl('Practitioner'), [ans(rng, `${c.assessor.name}, ${c.assessor.role}`)]],
      [lbl('Base'), [ans(rng, c.assessor.org)]],
    ]),
    h2('Assessment'),
    table([0.3, 0.7], [
      [lbl('Reason for additional support'), [ans(rng, c.reason)]],
      [lbl('Health and development review findings'), [ans(rng, c.domains.development)]],
      [lbl('Parenting observations'), [ans(rng, c.domains.parenting)]],
      [lbl('Family circumstances'), [ans(rng, c.domains.family)]],
      [lbl('Family strengths'), [ans(rng, c.strengths)]],
      [lbl('Identified health needs'), [ans(rng, c.needs)]],
      [lbl('Risk factors'), [ans(rng, c.risks)]],
      [lbl('Goals agreed with family'), [ans(rng, c.outcomes)]],
    ]),
    h2('Care plan'),
    table([0.5, 0.25, 0.25], [[lbl('Intervention'), lbl('Practitioner'), lbl('Review date')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.3, 0.7], [
      [lbl("Child's voice (observed)"), [ans(rng, c.childComment)]],
      [lbl("Mother's / carer's comments"), [ans(rng, c.parentComment)]],
      [lbl('Service level'), [ans(rng, level)]],
      [lbl('Consent to share with other agencies'), [{ ticks: [{ label: 'Yes', checked: k !== 'none' }, { label: 'No', checked: k === 'none' }] }]],
      [lbl('Consent recorded'), [{ ticks: [{ label: 'Verbal', checked: k === 'verbal' }, { label: 'Written', checked: k === 'written' }] }]],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixth wave): a secondary school's pastoral early help form, each question in a shaded
// row with its answer in the row beneath

function pastoralEh(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const consent = {
    written: 'Parent has signed the consent section (copy in pastoral file).',
    verbal: 'Parent agreed by telephone; signature to follow.',
    unspecified: 'Yes',
    none: pick(rng, ['Parent has not agreed to information being shared.', '']),
  }[c.consent.kind];
  const qa = (q: string, a: string | null | undefined): Cell[][] => [[lbl(q)], [txt(a ?? '')]];
  return [
    h1('Pastoral Support - Early Help Assessment'),
    table([1], [
      ...qa('Student name', childName(ch)),
      ...qa('Date of birth', fmtDate(ch.dob, 'dmy')),
      ...qa('Gender', genderWord(ch)),
      ...qa('Ethnicity', c.ethnicity),
      ...qa('Home language', c.language),
      ...qa('Does the student have SEND or a disability?', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      ...qa('UPN', upnOf(c)),
      ...qa('Current school', c.school.kind === 'recorded' ? c.school.name : ''),
      ...qa("Student's GP", c.gp),
      ...(c.children.length > 1 ? qa('Siblings included in this assessment', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join(', ')) : []),
    ]),
    table([1], [
      ...qa('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
      ...qa('Parent / carer phone and address', [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')),
      ...qa('Who lives at home?', c.familyComposition),
    ]),
    table([1], [
      ...qa('Date of early help meeting', fmtDate(c.assessmentDate, 'dmy')),
      ...qa('Present at meeting', c.present.text),
      ...qa('Completed by (name and role)', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      ...qa('What are the concerns that have led to this assessment?', c.reason),
      ...qa('Learning, health and development', c.domains.development),
      ...qa('How parents / carers are meeting the student\'s needs', c.domains.parenting),
      ...qa('Family and community', c.domains.family),
      ...qa('Strengths', c.strengths),
      ...qa('What support does the student need?', c.needs),
      ...qa('What are the risks?', c.risks),
      ...qa('What would success look like?', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Agreed action'), lbl('Staff / agency'), lbl('By')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([1], [
      ...qa("Student's views", c.childComment),
      ...qa("Parent / carer's views", c.parentComment),
      ...qa('Level of need', needLevel(c, 'word')),
      ...qa('Consent to share information', consent),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventh wave): a parenting team's record written as paragraphs, each opening with its
// question in bold and no colon

function parentingRecord(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const para = (q: string, a: string | null | undefined): Element => p({ bold: `${q} ` }, a ?? '');
  const consent = { written: 'Signed consent obtained', verbal: 'Verbal consent obtained', unspecified: 'Yes', none: pick(rng, ['Declined', '']) }[c.consent.kind];
  return [
    h1('Parenting Support Team - Family Assessment'),
    h2('The child'),
    para('Name of child', childName(ch)),
    para('Date of birth', ch.unborn ? `EDD ${fmtDate(ch.dob, 'long')}` : fmtDate(ch.dob, 'long')),
    para('Gender', genderWord(ch)),
    para('Ethnicity', c.ethnicity),
    para('Language', c.language),
    para('Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
    para('School or nursery', schoolText(c)),
    para('GP', c.gp),
    ...(c.children.length > 1 ? [para('Other children in this assessment', c.children.slice(1).map((k) => `${childName(k)} (${fmtDate(k.dob, 'long')})`).join(', '))] : []),
    h2('The family'),
    para('Parent or carer', c.parent ? `${c.parent.name}, ${c.parent.relationship.toLowerCase()}` : ''),
    para('Phone', c.parent?.phone),
    para('Address', c.parent?.address),
    para('Household members', c.familyComposition),
    h2('This assessment'),
    para('Date of assessment', fmtDate(c.assessmentDate, 'long')),
    para('Present', c.present.text),
    para('Parenting practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    para('Reason for referral', c.reason),
    para("Child's development", c.domains.development),
    para('Parenting', c.domains.parenting),
    para('Family and environment', c.domains.family),
    para('Strengths', c.strengths),
    para('Needs', c.needs),
    para('Risks', c.risks),
    para('Outcomes', c.outcomes),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Views'),
    para("Child's view", c.childComment),
    para("Parent's view", c.parentComment),
    para('Level of need', needLevel(c, 'word')),
    para('Consent', consent),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventh wave): a form whose every question sits above its answer box, in a one-column
// grid (a fillable PDF puts the answer in a field on the line below)

function labelAbove(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const box = (q: string, a: string | null | undefined): Cell[][] => [[lbl(q)], [[ans(rng, a)]]];
  return [
    h1('Early Help Assessment Form'),
    h2('Section A - Child'),
    table([1], [
      ...box('Full name', childName(ch)),
      ...box('Date of birth (or expected due date)', fmtDate(ch.dob, 'dmy')),
      ...box('Gender', genderWord(ch)),
      ...box('Ethnic origin', c.ethnicity),
      ...box('Preferred language', c.language),
      ...box('Any disability?', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      ...box('School / setting attended', schoolText(c)),
      ...box('GP surgery', c.gp),
      ...(c.children.length > 1 ? box('Other children included', c.children.slice(1).map((x) => `${childName(x)} ${fmtDate(x.dob, 'dmy')}`).join('; ')) : []),
    ]),
    h2('Section B - Parents and household'),
    table([1], [
      ...box('Parent / carer name and relationship', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      ...box('Parent / carer telephone', c.parent?.phone),
      ...box('Parent / carer address', c.parent?.address),
      ...box('Other household members', c.familyComposition),
    ]),
    h2('Section C - Assessment'),
    table([1], [
      ...box('Date assessment completed', fmtDate(c.assessmentDate, 'dmy')),
      ...box('Who was present?', c.present.text),
      ...box('Assessor name, role and agency', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      ...box('Reason for this assessment', c.reason),
      ...box("Child's health and development", c.domains.development),
      ...box('Parenting capacity', c.domains.parenting),
      ...box('Family and environmental factors', c.domains.family),
      ...box('Strengths', c.strengths),
      ...box('Needs', c.needs),
      ...box('Risks', c.risks),
      ...box('Desired outcomes', c.outcomes),
    ]),
    h2('Section D - Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Lead person'), lbl('Timescale')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    h2('Section E - Views, level and consent'),
    table([1], [
      ...box("Child / young person's comments", c.childComment),
      ...box("Parent / carer's comments", c.parentComment),
      ...box('Level of need (1-4)', c.levelOfNeed ? String(c.levelOfNeed) : ''),
      [lbl('Consent to share information')],
      [[{ ticks: [{ label: 'Yes - written', checked: k === 'written' }, { label: 'Yes - verbal', checked: k === 'verbal' }, { label: 'Yes (method not recorded)', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventh wave): a busy request-for-support form with abbreviated prompts and options
// struck through

function requestForm(c: Case): Element[] {
  const ch = c.children[0];
  const yn = (v: boolean | null) => [{ ticks: [{ label: 'Y', checked: v === true }, { label: 'N', checked: v === false }] }] as Run[];
  const k = c.consent.kind;
  return [
    h1('Request for Early Help - Assessment'),
    table([0.22, 0.28, 0.22, 0.28], [
      [lbl('Child name'), txt(childName(ch)), lbl('D.O.B.'), txt(fmtDate(ch.dob, 'short'))],
      [lbl('M/F'), txt(ch.gender === 'male' ? 'M' : ch.gender === 'female' ? 'F' : '')],
      [lbl('Ethnicity'), txt(c.ethnicity), lbl('1st language'), txt(c.language)],
      [lbl('Disabled?'), txt(c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''), lbl('UPN'), txt(upnOf(c))],
      [lbl('School'), txt(c.school.kind === 'recorded' ? c.school.name : ''), lbl('GP'), txt(c.gp)],
    ].map((r) => (r.length === 2 ? [...r, txt(''), txt('')] : r))),
    ...(c.children.length > 1 ? [p(`Siblings: ${c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'short')})`).join(', ')}`)] : []),
    table([0.22, 0.28, 0.22, 0.28], [
      [lbl('Parent/carer'), txt(c.parent?.name), lbl('Tel.'), txt(c.parent?.phone)],
      [lbl('Address'), txt(c.parent?.address), lbl('Household'), txt(c.familyComposition)],
    ]),
    table([0.22, 0.28, 0.22, 0.28], [
      [lbl('Date of assessment'), txt(fmtDate(c.assessmentDate, 'short')), lbl('Present'), txt(c.present.text)],
      [lbl('Referrer'), txt(`${c.assessor.name} (${c.assessor.role})`), lbl('Agency'), txt(c.assessor.org)],
    ]),
    table([0.3, 0.7], [
      [lbl('Reason for request'), txt(c.reason)],
      [lbl('Child development'), txt(c.domains.development)],
      [lbl('Parenting'), txt(c.domains.parenting)],
      [lbl('Family & environment'), txt(c.domains.family)],
      [lbl('Strengths'), txt(c.strengths)],
      [lbl('Needs'), txt(c.needs)],
      [lbl('Risks'), txt(c.risks)],
      [lbl('Outcomes sought'), txt(c.outcomes)],
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.3, 0.7], [
      [lbl("Child's comments"), txt(c.childComment)],
      [lbl("Parent's comments"), txt(c.parentComment)],
      [lbl('Level of need'), txt(needLevel(c, 'digit'))],
      [lbl('Consent given?'), yn(k === 'none' ? false : true)],
      [lbl('Written / verbal'), txt(k === 'written' ? 'Written' : k === 'verbal' ? 'Verbal' : '')],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eighth wave): a children's centre form whose prompts are instructions ("Please
// state …") rather than labels

function pleaseState(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1("Children's Centre Family Support - Early Help Assessment"),
    table([0.45, 0.55], [
      row("Please give the child's full name", childName(ch)),
      row("Please state the child's date of birth or due date", fmtDate(ch.dob, 'long')),
      row("Please state the child's gender", genderWord(ch)),
      row("Please record the family's ethnic background", c.ethnicity),
      row('Please state the main language spoken at home', c.language),
      row('Please say whether the child has a disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      row('Please name the nursery, school or other setting the child attends', schoolText(c)),
      row("Please give the name of the child's GP practice", c.gp),
      ...(c.children.length > 1 ? [row('Please list any brothers or sisters also covered by this assessment', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'long')})`).join('; '))] : []),
      row('Please give the name of the parent or carer', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
      row("Please give the parent or carer's phone number and address", [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')),
      row('Please list everyone who lives in the household', c.familyComposition),
      row('Please give the date the assessment was completed', fmtDate(c.assessmentDate, 'long')),
      row('Please list who took part in the assessment', c.present.text),
      row('Please give your name, role and organisation', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Please describe what has led to this assessment', c.reason),
      row("Please describe the child's development", c.domains.development),
      row("Please describe how the parents or carers meet the child's needs", c.domains.parenting),
      row('Please describe family and environmental factors', c.domains.family),
      row("Please describe the family's strengths", c.strengths),
      row("Please describe the child's and family's needs", c.needs),
      row('Please describe any risks', c.risks),
      row('Please describe the outcomes the family want', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Agreed action'), lbl('Responsible person'), lbl('Review date')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.45, 0.55], [
      row("Please record the child's views", c.childComment),
      row("Please record the parent or carer's views", c.parentComment),
      row('Please state the level of need', needLevel(c, 'word')),
      [lbl('Has the parent or carer consented to information being shared?'), [{ ticks: [{ label: 'Yes', checked: k !== 'none' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      [lbl('If yes, please state how consent was given'), [{ ticks: [{ label: 'In writing', checked: k === 'written' }, { label: 'Verbally', checked: k === 'verbal' }] }]],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eighth wave): a case system that prints several "Label: value" cells on a row

function colonCells(c: Case): Element[] {
  const ch = c.children[0];
  const kv = (label: string, value: string | null | undefined): Cell => [`${label}: ${value ?? ''}`];
  const consent = { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: 'Not obtained' }[c.consent.kind];
  return [
    h1('EARLY HELP ASSESSMENT - CASE PRINT'),
    p({ bold: 'CHILD' }),
    table([0.34, 0.33, 0.33], [
      [kv('Name', childName(ch)), kv('DOB', fmtDate(ch.dob, 'dmy')), kv('Gender', genderWord(ch))],
      [kv('Ethnicity', c.ethnicity), kv('Language', c.language), kv('Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : '')],
      [kv('School', schoolText(c)), kv('GP', c.gp), kv('Level', c.levelOfNeed ? `Level ${c.levelOfNeed}` : '')],
    ]),
    ...c.children.slice(1).map((x) => p(`Sibling: ${childName(x)}, DOB ${fmtDate(x.dob, 'dmy')}`)),
    p({ bold: 'CARER' }),
    table([0.34, 0.33, 0.33], [[kv('Carer', c.parent?.name), kv('Carer Tel', c.parent?.phone), kv('Carer Address', c.parent?.address)]]),
    p(`Household: ${c.familyComposition ?? ''}`),
    p({ bold: 'ASSESSMENT' }),
    table([0.34, 0.33, 0.33], [[kv('Assessment Date', fmtDate(c.assessmentDate, 'dmy')), kv('Worker', c.assessor.name), kv('Team', c.assessor.org)]]),
    p(`Present: ${c.present.text}`),
    p(`Reason: ${c.reason ?? ''}`),
    p(`Development: ${c.domains.development ?? ''}`),
    p(`Parenting: ${c.domains.parenting ?? ''}`),
    p(`Family/Environment: ${c.domains.family ?? ''}`),
    p(`Strengths: ${c.strengths ?? ''}`),
    p(`Needs: ${c.needs ?? ''}`),
    p(`Risks: ${c.risks ?? ''}`),
    p(`Outcomes: ${c.outcomes ?? ''}`),
    p({ bold: 'PLAN' }),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Owner'), lbl('Due')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    p({ bold: 'VIEWS AND CONSENT' }),
    p(`Child View: ${c.childComment ?? ''}`),
    p(`Carer View: ${c.parentComment ?? ''}`),
    p(`Consent: ${consent}`),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eighth wave): a bilingual Welsh and English form, each label in both languages

function bilingual(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (cy: string, en: string, a: string | null | undefined): Cell[] => [lbl(`${cy} / ${en}`), [ans(rng, a)]];
  return [
    h1('Asesiad Cymorth Cynnar / Early Help Assessment'),
    h2('Manylion y plentyn / Child details'),
    table([0.45, 0.55], [
      row('Enw', 'Name', childName(ch)),
      row('Dyddiad geni', 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Rhyw', 'Gender', genderWord(ch)),
      row('Ethnigrwydd', 'Ethnicity', c.ethnicity),
      row('Iaith gyntaf', 'First language', c.language),
      row('Anabledd', 'Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      row('Ysgol', 'School', schoolText(c)),
      row('Meddyg teulu', 'GP', c.gp),
      ...(c.children.length > 1 ? [row('Plant eraill', 'Other children in this assessment', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Rhieni / Parents'),
    table([0.45, 0.55], [
      row('Enw rhiant neu ofalwr', 'Parent or carer name', c.parent?.name),
      row('Ffôn', 'Telephone', c.parent?.phone),
      row('Cyfeiriad', 'Address', c.parent?.address),
      row('Aelodau’r aelwyd', 'Household members', c.familyComposition),
    ]),
    h2('Yr asesiad / The assessment'),
    table([0.45, 0.55], [
      row('Dyddiad yr asesiad', 'Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Yn bresennol', 'Present', c.present.text),
      row('Ymarferydd', 'Practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Rheswm dros yr asesiad', 'Reason for assessment', c.reason),
      row('Datblygiad y plentyn', "Child's development", c.domains.development),
      row('Gallu rhianta', 'Parenting capacity', c.domains.parenting),
      row('Teulu ac amgylchedd', 'Family and environment', c.domains.family),
      row('Cryfderau', 'Strengths', c.strengths),
      row('Anghenion', 'Needs', c.needs),
      row('Risgiau', 'Risks', c.risks),
      row('Canlyniadau', 'Outcomes', c.outcomes),
    ]),
    h2('Cynllun gweithredu / Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Cam gweithredu / Action'), lbl('Pwy / Who'), lbl('Erbyn pryd / By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.45, 0.55], [
      row('Barn y plentyn', "Child's views", c.childComment),
      row('Barn y rhiant', "Parent's views", c.parentComment),
      row('Lefel angen', 'Level of need', needLevel(c, 'tier')),
      [lbl('Caniatâd i rannu / Consent to share'), [{ ticks: [{ label: 'Ysgrifenedig / Written', checked: k === 'written' }, { label: 'Llafar / Verbal', checked: k === 'verbal' }, { label: 'Do / Yes', checked: k === 'unspecified' }, { label: 'Naddo / No', checked: k === 'none' && rng() < 0.5 }] }]],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (ninth wave): a safeguarding partnership's multi-agency assessment, its own prompts
// throughout and the domains broken into their elements

function multiAgency(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const [health, learning] = (c.domains.development ?? '').split(/(?<=\.)\s+/, 2);
  return [
    h1('Multi-Agency Early Help Assessment (EHA)'),
    h2('Child / young person'),
    table([0.4, 0.6], [
      row("Child/Young Person's Full Name", childName(ch)),
      row('DoB', fmtDate(ch.dob, 'dmy')),
      row('Sex at birth', genderWord(ch)),
      row('Ethnic group (as defined by family)', c.ethnicity),
      row('Main language spoken', c.language),
      row('Any SEND? (Y/N)', c.disability ? { yes: 'Y', no: 'N', 'rather not say': 'Prefer not to say' }[c.disability] : ''),
      row('Education provider', schoolText(c)),
      row('Registered doctor', c.gp),
      ...(c.children.length > 1 ? [row('Other children covered by this EHA', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Family'),
    table([0.4, 0.6], [
      row('Parent/carer 1', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact no.', c.parent?.phone),
      row('Home address', c.parent?.address),
      row('Family members living at the address', c.familyComposition),
    ]),
    h2('About this EHA'),
    table([0.4, 0.6], [
      row('Date EHA started', fmtDate(c.assessmentDate, 'dmy')),
      row('People involved in this EHA', c.present.text),
      row('Lead practitioner', `${c.assessor.name}, ${c.assessor.role}`),
      row("Lead practitioner's agency", c.assessor.org),
      row('What are the reasons for this Early Help Assessment?', c.reason),
    ]),
    h2('Assessment'),
    table([0.4, 0.6], [
      row('Health', health ?? ''),
      row('Education and learning', learning ?? ''),
      row('Parenting and family relationships', c.domains.parenting),
      row('Housing, employment and finance', c.domains.family),
      row("Strengths / what's working", c.strengths),
      row('Areas of need', c.needs),
      row('Worries / risks', c.risks),
      row('What does the family want to change?', c.outcomes),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Target'), lbl('Lead'), lbl('Date to be achieved')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.4, 0.6], [
      row('What the child/young person says', c.childComment),
      row('What parents/carers say', c.parentComment),
      row('Threshold level', needLevel(c, 'tier')),
      [lbl('Has the family given informed consent for this EHA to be shared?'), [{ ticks: [{ label: 'Y', checked: k !== 'none' }, { label: 'N', checked: k === 'none' && rng() < 0.5 }] }]],
      [lbl('Consent obtained by'), [{ ticks: [{ label: 'Signature', checked: k === 'written' }, { label: 'Verbal agreement', checked: k === 'verbal' }] }]],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (ninth wave): an online form's export, each question on a "Q:" line and its answer on
// the "A:" line below

function qAndALines(c: Case): Element[] {
  const ch = c.children[0];
  const consent = { written: 'Yes, signed', verbal: 'Yes, verbally', unspecified: 'Yes', none: 'No' }[c.consent.kind];
  const qa = (q: string, a: string | null | undefined): Element[] => [p(`Q: ${q}`), p(`A: ${a ?? ''}`)];
  return [
    h1('Early Help Assessment - submitted form'),
    ...qa("What is the child's name?", childName(ch)),
    ...qa("What is the child's date of birth?", fmtDate(ch.dob, 'long')),
    ...qa("What is the child's gender?", genderWord(ch)),
    ...qa("What is the child's ethnicity?", c.ethnicity),
    ...qa('What language does the family speak at home?', c.language),
    ...qa('Does the child have a disability?', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
    ...qa('Which school or nursery does the child go to?', schoolText(c)),
    ...qa("Who is the child's GP?", c.gp),
    ...(c.children.length > 1 ? qa('Are any other children included in this assessment?', c.children.slice(1).map((x) => `${childName(x)}, ${fmtDate(x.dob, 'long')}`).join('; ')) : []),
    ...qa("What is the parent or carer's name?", c.parent?.name),
    ...qa("What is the parent or carer's phone number?", c.parent?.phone),
    ...qa("What is the parent or carer's address?", c.parent?.address),
    ...qa('Who lives in the household?', c.familyComposition),
    ...qa('When was the assessment completed?', fmtDate(c.assessmentDate, 'long')),
    ...qa('Who was present?', c.present.text),
    ...qa('Who completed the assessment (name, role, agency)?', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    ...qa('Why is this assessment needed?', c.reason),
    ...qa("How is the child's development?", c.domains.development),
    ...qa('How are the parents or carers managing?', c.domains.parenting),
    ...qa("What is the family's situation?", c.domains.family),
    ...qa('What is going well?', c.strengths),
    ...qa('What help is needed?', c.needs),
    ...qa('What are the risks?', c.risks),
    ...qa('What should be different after the support?', c.outcomes),
    p('Q: What will happen next?'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    ...qa('What does the child think?', c.childComment),
    ...qa('What does the parent or carer think?', c.parentComment),
    ...qa('What is the level of need?', needLevel(c, 'digit')),
    ...qa('Has consent to share been given?', consent),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (ninth wave): an early years setting's form set in one plain face, labels no bolder
// than their answers

function plainColumns(c: Case): Element[] {
  const ch = c.children[0];
  const consent = { written: 'Parent agreed to share: yes (signed)', verbal: 'Parent agreed to share: yes (verbal)', unspecified: 'Parent agreed to share: yes', none: 'Parent agreed to share: no' }[c.consent.kind];
  const row = (q: string, a: string | null | undefined): Cell[] => [txt(q), txt(a ?? '')];
  return [
    h1('Early Years Early Help Assessment'),
    table([0.35, 0.65], [
      row('Name of baby/child', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Boy/Girl', ch.gender === 'male' ? 'Boy' : ch.gender === 'female' ? 'Girl' : ''),
      row('Ethnicity', c.ethnicity),
      row('Languages at home', c.language),
      row('Additional needs / disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      row('Setting attended', schoolText(c)),
      row('Doctor', c.gp),
      ...(c.children.length > 1 ? [row('Brothers/sisters in this assessment', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent/carer', c.parent?.name),
      row('Phone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Who lives with the child', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Who was there', c.present.text),
      row('Key person / practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Why we are doing this assessment', c.reason),
      row('How the child is developing', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Home and family', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('What we want to achieve', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[txt('What we will do'), txt('Who'), txt('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.35, 0.65], [
      row("Child's voice", c.childComment),
      row("Parent's views", c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Consent', consent),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (tenth wave): a quality-checked record with a third column for the worker's notes on
// each answer

function notesColumn(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const consent = { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: 'No' }[c.consent.kind];
  const note = (a: string | null | undefined, n: string) => (a ? n : '');
  const row = (q: string, a: string | null | undefined, n = ''): Cell[] => [lbl(q), [ans(rng, a)], txt(note(a, n))];
  return [
    h1('Early Help Assessment Record'),
    table([0.3, 0.45, 0.25], [
      [lbl('Question'), lbl('Answer'), lbl('Notes')],
      row("Child's name", childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy'), 'seen red book'),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity, 'as described by parent'),
      row('First language', c.language),
      row('Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      row('School / nursery', schoolText(c), 'checked with setting'),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings in this assessment', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
      row('Parent / carer contact details', [c.parent?.phone, c.parent?.address].filter(Boolean).join(', '), 'mobile preferred'),
      row('Household', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present at assessment', c.present.text),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason for assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row("Child's views", c.childComment, 'in own words'),
      row("Parent's views", c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
      row('Consent to share', consent, c.consent.kind === 'written' ? 'form on file' : ''),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (tenth wave): a form that keeps its guidance notes between the questions

function guidanceNotes(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const q = (label: string, guidance: string | null, a: string | null | undefined): Element[] => [
    p({ bold: label }),
    ...(guidance ? [p(`Guidance: ${guidance}`)] : []),
    p(a ?? ''),
  ];
  return [
    h1('Early Help Assessment'),
    p('Complete every section with the family. Guidance notes are in each section.'),
    h2('1. The child'),
    ...q('Name', null, childName(ch)),
    ...q('Date of birth', null, fmtDate(ch.dob, 'long')),
    ...q('Gender', null, genderWord(ch)),
    ...q('Ethnicity (as the family describe it)', "Record the family's own description, not your view.", c.ethnicity),
    ...q('Language spoken at home', null, c.language),
    ...q('Disability', 'Yes, no, or prefer not to say.', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
    ...q('School or early years setting', 'For children of school age, the school on roll.', schoolText(c)),
    ...q('GP', null, c.gp),
    ...(c.children.length > 1 ? q('Other children included', null, c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'long')})`).join('; ')) : []),
    h2('2. The family'),
    ...q('Parent / carer name', null, c.parent?.name),
    ...q('Parent / carer telephone', null, c.parent?.phone),
    ...q('Parent / carer address', null, c.parent?.address),
    ...q('Family composition', 'Everyone living in the home, and important adults who do not.', c.familyComposition),
    h2('3. The assessment'),
    ...q('Date of assessment', null, fmtDate(c.assessmentDate, 'long')),
    ...q('Who was present', 'Write "none" if you met no one from the family.', c.present.text),
    ...q('Completed by', 'Name, role and agency.', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    ...q('Reason for the assessment', 'What has led to this assessment, in the family\'s words as well as yours.', c.reason),
    ...q('Development of the child', null, c.domains.development),
    ...q('Parents and carers', null, c.domains.parenting),
    ...q('Family and environment', null, c.domains.family),
    ...q('Strengths', 'What is working well, with examples.', c.strengths),
    ...q('Needs', 'What the child needs, not the service you will offer.', c.needs),
    ...q('Risks', null, c.risks),
    ...q('Desired outcomes', 'What will be different for the child, and how will we know?', c.outcomes),
    h2('4. Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    h2('5. Views and consent'),
    ...q("Child's comments", null, c.childComment),
    ...q("Parent / carer's comments", null, c.parentComment),
    ...q('Level of need', null, needLevel(c, 'word')),
    p({ bold: 'Consent' }),
    p('Guidance: explain what will be shared, with whom and why.'),
    p({ ticks: [{ label: 'Consent given in writing', checked: k === 'written' }] }),
    p({ ticks: [{ label: 'Consent given verbally', checked: k === 'verbal' }] }),
    ...(k === 'unspecified' ? [p('Consent: yes')] : []),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (tenth wave): the national form's numbering in a column of its own

function numberedRows(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  let n = 0;
  let section = 0;
  const sec = (title: string): Element => {
    section++;
    n = 0;
    return h2(`${section}. ${title}`);
  };
  const row = (q: string, a: Cell): Cell[] => [txt(`${section}.${++n}`), lbl(q), a];
  const text = (a: string | null | undefined): Cell => [ans(rng, a)];
  return [
    h1('Common Assessment Framework'),
    sec('Child or young person'),
    table([0.08, 0.37, 0.55], [
      row('Name', text(childName(ch))),
      row('Date of birth / EDD', text(fmtDate(ch.dob, 'dmy'))),
      row('Gender', [{ ticks: [{ label: 'Male', checked: ch.gender === 'male' }, { label: 'Female', checked: ch.gender === 'female' }] }]),
      row('Ethnicity', text(c.ethnicity)),
      row('First language', text(c.language)),
      row('Disability', [{ ticks: ['Yes', 'No', 'Rather not say'].map((o) => ({ label: o, checked: c.disability === o.toLowerCase() })) }]),
      row('School / setting', text(schoolText(c))),
      row('GP', text(c.gp)),
      ...(c.children.length > 1 ? [row('Other children in this assessment', text(c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')))] : []),
    ]),
    sec('Parents / carers'),
    table([0.08, 0.37, 0.55], [
      row('Name', text(c.parent?.name)),
      row('Telephone', text(c.parent?.phone)),
      row('Address', text(c.parent?.address)),
      row('Household members', text(c.familyComposition)),
    ]),
    sec('Assessment'),
    table([0.08, 0.37, 0.55], [
      row('Date of assessment', text(fmtDate(c.assessmentDate, 'dmy'))),
      row('People present', text(c.present.text)),
      row('Assessor', text(`${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`)),
      row('Reason for assessment', text(c.reason)),
      row('Development of the child', text(c.domains.development)),
      row('Parents and carers', text(c.domains.parenting)),
      row('Family and environment', text(c.domains.family)),
      row('Strengths', text(c.strengths)),
      row('Needs', text(c.needs)),
      row('Risks', text(c.risks)),
      row('Outcomes', text(c.outcomes)),
    ]),
    sec('Actions'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    sec('Views and consent'),
    table([0.08, 0.37, 0.55], [
      row("Child's comments", text(c.childComment)),
      row("Parent's comments", text(c.parentComment)),
      row('Level of need', text(needLevel(c, 'digit'))),
      row('Consent to share', [{ ticks: [{ label: 'Yes', checked: k !== 'none' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]),
      row('Consent given', [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }] }]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eleventh wave): two questions to a row all the way down, long answers included

function twoUp(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const consent = { written: 'Yes - written', verbal: 'Yes - verbal', unspecified: 'Yes', none: 'No' }[c.consent.kind];
  const two = (q1: string, a1: string | null | undefined, q2: string, a2: string | null | undefined): Cell[] => [lbl(q1), [ans(rng, a1)], lbl(q2), [ans(rng, a2)]];
  return [
    h1('Early Help Assessment (EHA)'),
    table([0.17, 0.33, 0.17, 0.33], [
      two('Child', childName(ch), 'Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
      two('Date of birth', fmtDate(ch.dob, 'dmy'), 'Contact', [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')),
      two('Gender', genderWord(ch), 'Household', c.familyComposition),
      two('Ethnicity', c.ethnicity, 'Language', c.language),
      two('Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : '', 'School', schoolText(c)),
      two('GP', c.gp, 'Level of need', needLevel(c, 'tier')),
      two('Assessment date', fmtDate(c.assessmentDate, 'dmy'), 'Present', c.present.text),
      two('Worker', `${c.assessor.name}, ${c.assessor.role}`, 'Service', c.assessor.org),
      two('Reason', c.reason, 'Development', c.domains.development),
      two('Parenting', c.domains.parenting, 'Family and environment', c.domains.family),
      two('Strengths', c.strengths, 'Needs', c.needs),
      two('Risks', c.risks, 'Outcomes', c.outcomes),
      two("Child's view", c.childComment, "Parent's view", c.parentComment),
      two('Consent', consent, 'Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eleventh wave): a form that offers a box for nearly every answer, ethnicity included

function tickLists(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const ethnicities = ['White British', 'White Other', 'Black African', 'Mixed', 'Asian Pakistani', 'Other'];
  const ethnicityBoxes = c.ethnicity && !ethnicities.includes(c.ethnicity) ? [c.ethnicity, ...ethnicities.slice(0, 4)] : ethnicities;
  const row = (q: string, a: Cell): Cell[] => [lbl(q), a];
  return [
    h1('Early Help Assessment - tick box record'),
    table([0.3, 0.7], [
      row('Child name', [ans(rng, childName(ch))]),
      row('Date of birth', [ans(rng, fmtDate(ch.dob, 'dmy'))]),
      row('Gender', [{ ticks: ['Male', 'Female', 'Not known'].map((g) => ({ label: g, checked: genderWord(ch) === g || (g === 'Not known' && genderWord(ch) === 'Unknown') })) }]),
      row('Ethnicity', [{ ticks: ethnicityBoxes.map((e) => ({ label: e, checked: e === c.ethnicity })) }]),
      row('First language', [ans(rng, c.language)]),
      row('Disability', [{ ticks: ['Yes', 'No', 'Prefer not to say'].map((o) => ({ label: o, checked: c.disability === (o === 'Prefer not to say' ? 'rather not say' : o.toLowerCase()) })) }]),
      row('School / setting', [ans(rng, schoolText(c))]),
      row('GP', [ans(rng, c.gp)]),
      ...(c.children.length > 1 ? [row('Other children in this assessment', [ans(rng, c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))])] : []),
      row('Parent / carer', [ans(rng, c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : '')]),
      row('Parent / carer phone', [ans(rng, c.parent?.phone)]),
      row('Parent / carer address', [ans(rng, c.parent?.address)]),
      row('Household members', [ans(rng, c.familyComposition)]),
      row('Date of assessment', [dateAns(fmtDate(c.assessmentDate, 'dmy'))]),
      row('Who was present', [ans(rng, c.present.text)]),
      row('Completed by', [ans(rng, `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`)]),
      row('Reason for assessment', [ans(rng, c.reason)]),
      row('Development', [ans(rng, c.domains.development)]),
      row('Parenting', [ans(rng, c.domains.parenting)]),
      row('Family and environment', [ans(rng, c.domains.family)]),
      row('Strengths', [ans(rng, c.strengths)]),
      row('Needs', [ans(rng, c.needs)]),
      row('Risks', [ans(rng, c.risks)]),
      row('Outcomes', [ans(rng, c.outcomes)]),
      row("Child's views", [ans(rng, c.childComment)]),
      row("Parent / carer's views", [ans(rng, c.parentComment)]),
      row('Level of need', [{ ticks: [1, 2, 3, 4].map((n) => ({ label: `Level ${n}`, checked: c.levelOfNeed === n })) }]),
      row('Consent to share', [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes, method not recorded', checked: k === 'unspecified' }, { label: 'Refused', checked: k === 'none' && rng() < 0.5 }] }]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Responsible'), lbl('Timescale')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eleventh wave): a review-style write-up, headings with colons and the plan as bullets

function bulletPlan(c: Case): Element[] {
  const ch = c.children[0];
  const consent = { written: 'Written consent given (form signed).', verbal: 'Verbal consent given.', unspecified: 'Yes.', none: 'Consent not given.' }[c.consent.kind];
  const sec = (title: string, body: string | null | undefined): Element[] => [p({ bold: `${title}:` }), p(body ?? '')];
  return [
    h1('Early Help Assessment Summary'),
    p(`Child: ${childName(ch)}`),
    p(`Date of birth: ${fmtDate(ch.dob, 'long')}`),
    p(`Gender: ${genderWord(ch)}`),
    p(`Ethnicity: ${c.ethnicity ?? ''}`),
    p(`Language: ${c.language ?? ''}`),
    p(`Disability: ${c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''}`),
    p(`School: ${schoolText(c) ?? ''}`),
    p(`GP: ${c.gp ?? ''}`),
    ...c.children.slice(1).map((x) => p(`Sibling also assessed: ${childName(x)}, ${fmtDate(x.dob, 'long')}`)),
    p(`Parent/carer: ${c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''}`),
    p(`Contact: ${[c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')}`),
    p(`Date of assessment: ${fmtDate(c.assessmentDate, 'long')}`),
    p(`Present: ${c.present.text}`),
    p(`Assessor: ${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    ...sec('Who lives at home', c.familyComposition ? c.familyComposition.split('; ').map((m) => `• ${m}`).join('\n') : ''),
    ...sec('Why we are involved', c.reason),
    ...sec("The child's development", c.domains.development),
    ...sec('Parenting', c.domains.parenting),
    ...sec('Family and environment', c.domains.family),
    ...sec("What's going well", c.strengths),
    ...sec('What the child needs', c.needs),
    ...sec("What we're worried about", c.risks),
    ...sec('What we want to achieve', c.outcomes),
    p({ bold: 'Plan:' }),
    ...c.actions.map((a) => p(`• ${a.what} - ${a.who || 'to be agreed'} - ${a.when || 'no date'}`)),
    ...sec("Child's view", c.childComment),
    ...sec("Parent's view", c.parentComment),
    ...sec('Level of need', needLevel(c, 'word')),
    ...sec('Consent', consent),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twelfth wave): the whole form as one Word table, its section titles as rows across it

function oneBigTable(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const consent = { written: 'Yes - signed', verbal: 'Yes - verbal only', unspecified: 'Yes', none: pick(rng, ['No', '']) }[c.consent.kind];
  const title = (t: string): Cell[] => [lbl(t.toUpperCase()), txt('')];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Assessment'),
    table([0.35, 0.65], [
      title('Section 1 - About the child'),
      row('Full name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Language', c.language),
      row('Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      row('Education setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings included', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      title('Section 2 - Family'),
      row('Name', c.parent?.name),
      row('Relationship', c.parent?.relationship),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
      title('Section 3 - Assessment'),
      row('Date', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Name', c.assessor.name),
      row('Role', c.assessor.role),
      row('Agency', c.assessor.org),
      row('Reason', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      title('Section 4 - Views and consent'),
      row('Child', c.childComment),
      row('Parent / carer', c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Consent to share', consent),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Lead'), lbl('Review')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twelfth wave): yes / no questions answered with an X in a column, details beside

function yesNoColumns(c: Case): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const yn = (q: string, yes: boolean | null, details: string | null | undefined): Cell[] => [lbl(q), txt(yes === true ? 'X' : ''), txt(yes === false ? 'X' : ''), txt(details ?? '')];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a ?? '')];
  return [
    h1('Early Help Assessment Checklist'),
    table([0.35, 0.65], [
      row('Name of child', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Language', c.language),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children assessed', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent?.name),
      row('Parent / carer telephone', c.parent?.phone),
      row('Parent / carer address', c.parent?.address),
      row('Household', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason for assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row("Child's comments", c.childComment),
      row("Parent's comments", c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
    ]),
    table([0.4, 0.1, 0.1, 0.4], [
      [lbl('Question'), lbl('Yes'), lbl('No'), lbl('Details')],
      yn('Does the child have a disability?', c.disability === 'yes' ? true : c.disability === 'no' ? false : null, c.disability === 'rather not say' ? 'Parent preferred not to say' : ''),
      yn('Has the family consented to information sharing?', k === 'none' ? null : true, { written: 'Written consent form signed', verbal: 'Verbal consent', unspecified: '', none: '' }[k]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twelfth wave): a health record template's printout, clinical codes in the labels

function codedExport(c: Case): Element[] {
  const ch = c.children[0];
  const coded = (label: string, code: string, value: string | null | undefined): Element => p(`${label} (${code}) : ${value ?? ''}`);
  const consent = { written: 'Consent given - written', verbal: 'Consent given - verbal', unspecified: 'Consent given', none: 'Consent refused' }[c.consent.kind];
  return [
    p('TEMPLATE: EARLY HELP ASSESSMENT'),
    coded('Patient name', 'PN01', childName(ch)),
    coded('Date of birth', 'DOB', fmtDate(ch.dob, 'dmy')),
    coded('Gender', 'SEX', genderWord(ch)),
    coded('Ethnic category', 'XaJQe', c.ethnicity),
    coded('Main spoken language', 'XaG5k', c.language),
    coded('Disability', 'XaKEm', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
    coded('School', 'SCH', schoolText(c)),
    coded('Registered GP', 'GP', c.gp),
    ...c.children.slice(1).map((x, i) => coded(`Sibling ${i + 1}`, 'SIB', `${childName(x)}, ${fmtDate(x.dob, 'dmy')}`)),
    coded('Main carer', 'CAR', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
    coded('Main carer telephone', 'CART', c.parent?.phone),
    coded('Main carer address', 'CARA', c.parent?.address),
    coded('Household composition', 'XaMb5', c.familyComposition),
    coded('Date of assessment', 'EHA1', fmtDate(c.assessmentDate, 'dmy')),
    coded('Present at assessment', 'EHA2', c.present.text),
    coded('Assessing clinician', 'EHA3', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    coded('Reason for assessment', 'EHA4', c.reason),
    coded('Child development', 'EHA5', c.domains.development),
    coded('Parenting capacity', 'EHA6', c.domains.parenting),
    coded('Family and environment', 'EHA7', c.domains.family),
    coded('Strengths', 'EHA8', c.strengths),
    coded('Needs', 'EHA9', c.needs),
    coded('Risks', 'EHA10', c.risks),
    coded('Outcomes', 'EHA11', c.outcomes),
    ...c.actions.map((a, i) => coded(`Action ${i + 1}`, 'ACT', `${a.what}; who: ${a.who}; by: ${a.when}`)),
    coded('Child view', 'EHA12', c.childComment),
    coded('Parent view', 'EHA13', c.parentComment),
    coded('Level of need', 'EHA14', needLevel(c, 'tier')),
    coded('Information sharing consent', 'XaKRv', consent),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirteenth wave): prompts written as the start of a sentence the answer finishes

function sentencePrompts(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const consent = { written: 'given in writing', verbal: 'given verbally', unspecified: 'yes', none: pick(rng, ['not given', '']) }[c.consent.kind];
  const say = (prompt: string, a: string | null | undefined): Element => p({ bold: `${prompt} ` }, a ?? '');
  return [
    h1('Early Help Assessment'),
    say("The child's name is:", childName(ch)),
    say('Their date of birth is:', fmtDate(ch.dob, 'long')),
    say('Their gender is:', genderWord(ch)),
    say('Their ethnicity is:', c.ethnicity),
    say('The language spoken at home is:', c.language),
    say('Does the child have a disability?', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
    say('The school or nursery they attend is:', schoolText(c)),
    say('Their GP is:', c.gp),
    ...(c.children.length > 1 ? [say('Other children in this assessment are:', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'long')})`).join('; '))] : []),
    say('The parent or carer is:', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
    say('They can be contacted on:', [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')),
    say('The people who live in the home are:', c.familyComposition),
    say('The assessment took place on:', fmtDate(c.assessmentDate, 'long')),
    say('The people who attended were:', c.present.text),
    say('The assessment was completed by:', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    say('The reason for the assessment is:', c.reason),
    say("The child's development:", c.domains.development),
    say('Parenting:', c.domains.parenting),
    say('Family and environment:', c.domains.family),
    say('The strengths are:', c.strengths),
    say('The needs are:', c.needs),
    say('The risks are:', c.risks),
    say('The outcomes we want are:', c.outcomes),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    say('The child says:', c.childComment),
    say('The parent or carer says:', c.parentComment),
    say('The level of need is:', needLevel(c, 'word')),
    say('Consent to share information was:', consent),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirteenth wave): a three-column form whose first column names the section once, on
// the first row of its questions

function sideSections(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const block = (section: string, rows: [string, Cell][]): Cell[][] => rows.map(([q, a], i) => [i === 0 ? lbl(section) : txt(''), lbl(q), a]);
  const text = (a: string | null | undefined): Cell => [ans(rng, a)];
  return [
    h1('Early Help Assessment'),
    table([0.2, 0.3, 0.5], [
      ...block('Child', [
        ['Name', text(childName(ch))],
        ['Date of birth', text(fmtDate(ch.dob, 'dmy'))],
        ['Gender', text(genderWord(ch))],
        ['Ethnicity', text(c.ethnicity)],
        ['Language', text(c.language)],
        ['Disability', text(c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : '')],
        ['School', text(schoolText(c))],
        ['GP', text(c.gp)],
        ...(c.children.length > 1 ? [['Siblings included', text(c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] as [string, Cell]] : []),
      ]),
      ...block('Parent / carer', [
        ['Name', text(c.parent?.name)],
        ['Telephone', text(c.parent?.phone)],
        ['Address', text(c.parent?.address)],
        ['Household', text(c.familyComposition)],
      ]),
      ...block('Assessment', [
        ['Date', text(fmtDate(c.assessmentDate, 'dmy'))],
        ['Present', text(c.present.text)],
        ['Assessor', text(`${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`)],
        ['Reason', text(c.reason)],
        ['Development', text(c.domains.development)],
        ['Parenting', text(c.domains.parenting)],
        ['Family and environment', text(c.domains.family)],
        ['Strengths', text(c.strengths)],
        ['Needs', text(c.needs)],
        ['Risks', text(c.risks)],
        ['Outcomes', text(c.outcomes)],
      ]),
      ...block('Views', [
        ['Child', text(c.childComment)],
        ['Parent / carer', text(c.parentComment)],
      ]),
      ...block('Decision', [
        ['Level of need', text(needLevel(c, 'tier'))],
        ['Consent to share', [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      ]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirteenth wave): a database export that prints its field names

function fieldNames(c: Case): Element[] {
  const ch = c.children[0];
  const f = (name: string, value: string | null | undefined): Element => p(`${name}: ${value ?? ''}`);
  const consent = { written: 'WRITTEN', verbal: 'VERBAL', unspecified: 'Y', none: 'N' }[c.consent.kind];
  return [
    p('eha_assessment_export'),
    f('child_full_name', childName(ch)),
    f('child_dob', fmtDate(ch.dob, 'iso')),
    f('child_gender', genderWord(ch)),
    f('ethnicity_code', c.ethnicity),
    f('first_language', c.language),
    f('disability_flag', c.disability ? { yes: 'Y', no: 'N', 'rather not say': 'Declined' }[c.disability] : ''),
    f('school_name', schoolText(c)),
    f('gp_practice', c.gp),
    ...c.children.slice(1).map((x, i) => f(`sibling_${i + 1}`, `${childName(x)} ${fmtDate(x.dob, 'iso')}`)),
    f('carer_name', c.parent?.name),
    f('carer_phone', c.parent?.phone),
    f('carer_address', c.parent?.address),
    f('household_members', c.familyComposition),
    f('assessment_date', fmtDate(c.assessmentDate, 'iso')),
    f('persons_present', c.present.text),
    f('worker_name', c.assessor.name),
    f('worker_role', c.assessor.role),
    f('worker_team', c.assessor.org),
    f('referral_reason', c.reason),
    f('dev_needs', c.domains.development),
    f('parenting_capacity', c.domains.parenting),
    f('family_environment', c.domains.family),
    f('strengths', c.strengths),
    f('needs', c.needs),
    f('risks', c.risks),
    f('desired_outcomes', c.outcomes),
    ...c.actions.map((a, i) => f(`action_${i + 1}`, `${a.what} | owner: ${a.who} | due: ${a.when}`)),
    f('child_views', c.childComment),
    f('carer_views', c.parentComment),
    f('level_of_need', c.levelOfNeed ? String(c.levelOfNeed) : ''),
    f('consent_to_share', consent),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fourteenth wave): a council's EHA and family plan with a row per person: children,
// parents, professionals, each in a table of their own

function householdRows(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const disability = c.disability ? { yes: `Yes${c.disabilityDetail ? ` - ${c.disabilityDetail}` : ''}`, no: 'No', 'rather not say': 'Prefer not to say' }[c.disability] : '';
  const childRow = (x: Child, i: number): Cell[] => [[ans(rng, childName(x))], [ans(rng, fmtDate(x.dob, 'dmy') + (x.unborn ? ' (EDD)' : ''))], [ans(rng, genderWord(x))], [ans(rng, c.ethnicity)], [ans(rng, schoolText(c))], [ans(rng, i === 0 ? disability : '')]];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const method = { written: 'Signed consent form', verbal: 'Verbal', unspecified: '', none: '' }[k];
  return [
    h1('Early Help Assessment and Family Plan'),
    p('Complete every section with the family. Where a section does not apply, say why.'),
    h2('Section 1: Children and young people in this assessment'),
    table([0.22, 0.14, 0.1, 0.16, 0.22, 0.16], [[lbl('Full name'), lbl('DOB / EDD'), lbl('Gender'), lbl('Ethnicity'), lbl('School / setting'), lbl('Disability / SEND')], ...c.children.map(childRow)]),
    h2('Section 2: Parents and carers'),
    table([0.25, 0.2, 0.2, 0.35], [[lbl('Name'), lbl('Relationship to child'), lbl('Contact number'), lbl('Address')], [[ans(rng, c.parent?.name)], [ans(rng, c.parent?.relationship)], [ans(rng, c.parent?.phone)], [ans(rng, c.parent?.address)]]]),
    table([0.35, 0.65], [row('Who else lives in the household?', c.familyComposition)]),
    h2('Section 3: Professionals working with the family'),
    table([0.3, 0.7], [[lbl('Professional'), lbl('Name and contact details')], [txt('GP'), [ans(rng, c.gp)]], [txt('Health visitor / school nurse'), [ans(rng, null)]], [txt('Other'), [ans(rng, null)]]]),
    h2('Section 4: The assessment'),
    table([0.35, 0.65], [
      row('Date of this assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Who contributed to this assessment?', c.present.text),
      row('Lead practitioner', c.assessor.name),
      row('Job title', c.assessor.role),
      row('Agency', c.assessor.org),
      row('Why is early help needed now?', c.reason),
      row('Health, learning and development', c.domains.development),
      row('Parenting and relationships', c.domains.parenting),
      row('Home, money and community', c.domains.family),
      row('What is working well?', c.strengths),
      row('What does the family need?', c.needs),
      row('What are we worried could happen?', c.risks),
      row('What do we want to be different?', c.outcomes),
    ]),
    h2('Section 5: Family plan'),
    table([0.08, 0.5, 0.22, 0.2], [[lbl('No.'), lbl('Action'), lbl('Lead person'), lbl('Target date')], ...c.actions.map((a, i) => [txt(String(i + 1)), [ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    h2('Section 6: Views'),
    table([0.35, 0.65], [row('Views of the child or young person, in their own words', c.childComment), row('Views of parents / carers', c.parentComment)]),
    h2('Section 7: Agreement'),
    table([0.35, 0.65], [
      row('Level of need', needLevel(c, 'word')),
      row('Does the family agree to this assessment being shared?', k === 'none' ? pick(rng, ['No', '']) : 'Yes'),
      row('How was agreement recorded?', method),
      row('Parent / carer signature', k === 'written' ? c.consent.signature : null),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fourteenth wave): a Signs of Safety mapping, the three columns side by side, the
// child's details as questions over answers, the child's view as the three houses

function sosMapping(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const over = (qs: string[], as: (string | null | undefined)[]): Cell[][] => [qs.map(lbl), as.map((a) => [ans(rng, a)])];
  const disability = c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Not disclosed' }[c.disability] : '';
  const agree = { written: 'Yes - signed copy held on file', verbal: 'Yes - agreed verbally', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k];
  return [
    h1('Early Help Mapping and Plan'),
    h2('About the child'),
    table([1 / 3, 1 / 3, 1 / 3], [
      ...over(['Name', 'Date of birth', 'Gender'], [childName(ch), fmtDate(ch.dob, 'long'), genderWord(ch)]),
      ...over(['Ethnicity', 'First language', 'Disability'], [c.ethnicity, c.language, disability]),
      ...over(['School / nursery', 'UPN', 'GP'], [schoolText(c), upnOf(c), c.gp]),
    ]),
    ...(c.children.length > 1 ? [p({ bold: 'Brothers and sisters also in this mapping: ' }, c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'long')})`).join('; '))] : []),
    h2('Family'),
    table([1 / 3, 1 / 3, 1 / 3], over(['Parent / carer', 'Telephone', 'Address'], [c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : '', c.parent?.phone, c.parent?.address])),
    p({ bold: 'Family network (who is in the family and who helps):' }),
    p({ answer: c.familyComposition ?? '' }),
    h2('The mapping'),
    table([0.5, 0.5], [
      ...over(['Date of mapping', 'Who was at the mapping?'], [fmtDate(c.assessmentDate, 'long'), c.present.text]),
      ...over(['Facilitated by', 'Why are we meeting?'], [`${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`, c.reason]),
    ]),
    table([1 / 3, 1 / 3, 1 / 3], [
      [lbl('What are we worried about?'), lbl("What's working well?"), lbl('What needs to happen?')],
      [[ans(rng, [c.needs, c.risks].filter(Boolean).join('\n'))], [ans(rng, c.strengths)], [ans(rng, c.outcomes)]],
    ]),
    table([0.35, 0.65], [
      [lbl("Child's health and development"), [ans(rng, c.domains.development)]],
      [lbl('How parents meet the needs'), [ans(rng, c.domains.parenting)]],
      [lbl('Family and community'), [ans(rng, c.domains.family)]],
    ]),
    h2("The child's view: three houses"),
    p({ answer: c.childComment ?? '' }),
    h2("Parent's view"),
    p({ answer: c.parentComment ?? '' }),
    h2('Next steps'),
    table([0.5, 0.25, 0.25], [[lbl('Step'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.5, 0.5], [
      [lbl('Scaling (0-10) and level of need'), [ans(rng, c.levelOfNeed ? `Scaled at ${c.levelOfNeed * 2} out of 10. ${needLevel(c, 'word')}` : '')]],
      [lbl('Family agree to information being shared'), [ans(rng, agree)]],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fourteenth wave): each question a paragraph with its answer in a box (a one-cell
// table) below it; census boxes for ethnicity and a consent page of statements to tick

function answerBoxes(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const qa = (q: string, a: string | null | undefined): Element[] => [p({ bold: q }), table([1], [[[ans(rng, a)]]])];
  const census = ['White British', 'White Irish', 'Any other White background', 'Mixed White and Black Caribbean', 'Black African', 'Black Caribbean', 'Pakistani', 'Bangladeshi', 'Any other ethnic group'];
  const boxes = c.ethnicity && !census.includes(c.ethnicity) ? [...census.slice(0, 8), c.ethnicity] : census;
  const boxRows: Cell[][] = [0, 3, 6].map((i) => boxes.slice(i, i + 3).map((e) => [{ ticks: [{ label: e, checked: e === c.ethnicity }] }]));
  return [
    h1('Early Help Assessment'),
    p('Part A - About the child or young person'),
    ...qa('Name of child or young person', childName(ch)),
    ...qa('Date of birth (or expected date of delivery)', fmtDate(ch.dob, 'dmy')),
    p({ bold: 'Gender' }, ' ', { ticks: ['Male', 'Female', 'Other / not known'].map((g) => ({ label: g, checked: genderWord(ch) === g || (g === 'Other / not known' && ch.gender === 'unknown') })) }),
    p({ bold: 'Ethnicity (tick one)' }),
    table([1 / 3, 1 / 3, 1 / 3], boxRows),
    ...qa('First language', c.language),
    p({ bold: 'Does the child have a disability or special educational need?' }, ' ', { ticks: [{ label: 'Yes', checked: c.disability === 'yes' }, { label: 'No', checked: c.disability === 'no' }, { label: 'Prefer not to say', checked: c.disability === 'rather not say' }] }),
    ...qa('School, college or early years setting', schoolText(c)),
    ...qa('Name of GP or surgery', c.gp),
    ...(c.children.length > 1 ? qa('Other children included in this assessment (name and date of birth)', c.children.slice(1).map((x) => `${childName(x)}, ${fmtDate(x.dob, 'dmy')}`).join('\n')) : []),
    p('Part B - Parents and carers'),
    ...qa('Name of parent or carer', c.parent?.name),
    ...qa('Their telephone number', c.parent?.phone),
    ...qa('Their address, if different from the child', c.parent?.address),
    ...qa('Everyone who lives in the household', c.familyComposition),
    p('Part C - The assessment'),
    ...qa('Date the assessment was completed', fmtDate(c.assessmentDate, 'dmy')),
    ...qa('Who took part in the assessment?', c.present.text),
    ...qa('Your name, role and organisation', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    ...qa('What are the reasons for this assessment?', c.reason),
    ...qa("The child's development", c.domains.development),
    ...qa('Parenting', c.domains.parenting),
    ...qa('Family and environment', c.domains.family),
    ...qa('Strengths', c.strengths),
    ...qa('Needs', c.needs),
    ...qa('Risks', c.risks),
    ...qa('Outcomes the family wants', c.outcomes),
    p('Part D - Plan'),
    table([0.5, 0.25, 0.25], [[lbl('What will be done'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    p('Part E - Views'),
    ...qa('What does the child or young person say?', c.childComment),
    ...qa('What do the parents or carers say?', c.parentComment),
    ...qa('Level of need', needLevel(c, 'tier')),
    p('Part F - Consent'),
    p({ ticks: [{ label: 'I agree to the information in this form being shared with the services named in the plan.', checked: k !== 'none' }] }),
    p({ ticks: [{ label: 'I do not agree to this information being shared.', checked: k === 'none' && rng() < 0.5 }] }),
    p({ bold: 'Consent was given' }, ' ', { ticks: [{ label: 'in writing', checked: k === 'written' }, { label: 'verbally', checked: k === 'verbal' }] }),
    ...qa('Signed (parent / carer)', k === 'written' ? c.consent.signature : null),
    ...qa('Date', k === 'written' ? fmtDate(c.consent.date, 'dmy') : null),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifteenth wave): tables turned on their side, a column per child and per parent, the
// questions down the first column; the worker signs off at the end

function personColumns(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const n = c.children.length;
  const across = (q: string, values: (string | null | undefined)[]): Cell[] => [lbl(q), ...values.map((v) => [ans(rng, v)] as Cell)];
  const disability = c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Prefers not to say' }[c.disability] : '';
  const w = (cols: number) => [0.28, ...Array(cols).fill(0.72 / cols)];
  const carers = [c.parent, null];
  return [
    h1('Early Help Assessment'),
    h2('The children'),
    table(w(n), [
      [txt(''), ...c.children.map((_, i) => lbl(`Child ${i + 1}`))],
      across('Name', c.children.map(childName)),
      across('Date of birth / EDD', c.children.map((x) => fmtDate(x.dob, 'dmy'))),
      across('Gender', c.children.map(genderWord)),
      across('Ethnicity', c.children.map(() => c.ethnicity)),
      across('School / setting', c.children.map((_, i) => (i === 0 ? schoolText(c) : null))),
      across('Disability', c.children.map((_, i) => (i === 0 ? disability : null))),
      across('GP', c.children.map(() => c.gp)),
    ]),
    h2('Parents and carers'),
    table(w(2), [
      [txt(''), lbl('Parent / carer 1'), lbl('Parent / carer 2')],
      across('Name', carers.map((x) => x?.name)),
      across('Relationship to the children', carers.map((x) => x?.relationship)),
      across('Phone', carers.map((x) => x?.phone)),
      across('Address', carers.map((x) => x?.address)),
    ]),
    table([0.28, 0.72], [across('Others in the household', [c.familyComposition])]),
    h2('Assessment'),
    table([0.28, 0.72], [
      across('Date', [fmtDate(c.assessmentDate, 'dmy')]),
      across('Present', [c.present.text]),
      across('Reason for assessment', [c.reason]),
      across('Development', [c.domains.development]),
      across('Parenting', [c.domains.parenting]),
      across('Family and environment', [c.domains.family]),
      across('Strengths', [c.strengths]),
      across('Needs', [c.needs]),
      across('Risks', [c.risks]),
      across('Outcomes', [c.outcomes]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.28, 0.72], [
      across("Children's views", [c.childComment]),
      across("Parents' views", [c.parentComment]),
      across('Level of need', [needLevel(c, 'digit')]),
    ]),
    h2('Sign-off'),
    table(w(2), [
      [txt(''), lbl('Practitioner'), lbl('Parent / carer')],
      across('Name', [`${c.assessor.name} (${c.assessor.role}, ${c.assessor.org})`, c.parent?.name]),
      across('Consent to share', ['', { written: 'Yes (signed below)', verbal: 'Yes (given verbally)', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]]),
      across('Signature', ['', k === 'written' ? c.consent.signature : '']),
      across('Date', [fmtDate(c.assessmentDate, 'dmy'), k === 'written' ? fmtDate(c.consent.date, 'dmy') : '']),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifteenth wave): the same questions for each child in a section of its own

function childSections(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const disability = c.disability ? { yes: `Yes${c.disabilityDetail ? `: ${c.disabilityDetail}` : ''}`, no: 'No', 'rather not say': 'Rather not say' }[c.disability] : '';
  const childSection = (x: Child, i: number): Element[] => [
    h2(`Child ${i + 1}`),
    table([0.35, 0.65], [
      row('Name', childName(x)),
      row('Date of birth', fmtDate(x.dob, 'long')),
      row('Gender', genderWord(x)),
      row('Ethnicity', c.ethnicity),
      row('Disability', i === 0 ? disability : ''),
      row('School or nursery', i === 0 ? schoolText(c) : ''),
      row('UPN', i === 0 ? upnOf(c) : ''),
    ]),
  ];
  return [
    h1('Family Early Help Assessment'),
    p('One assessment for the whole family. Complete a section for each child.'),
    ...c.children.flatMap(childSection),
    h2('Family'),
    table([0.35, 0.65], [
      row('Main carer', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
      row('Main carer contact number', c.parent?.phone),
      row('Main carer address', c.parent?.address),
      row('Family members and who lives at home', c.familyComposition),
      row('Family GP', c.gp),
    ]),
    h2('About this assessment'),
    table([0.35, 0.65], [
      row('Assessment date', fmtDate(c.assessmentDate, 'long')),
      row('Family members and professionals who took part', c.present.text),
      row('Worker', c.assessor.name),
      row('Role and agency', `${c.assessor.role}, ${c.assessor.org}`),
      row('What prompted this assessment?', c.reason),
    ]),
    h2('What we found'),
    table([0.35, 0.65], [
      row("The children's development", c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
    ]),
    h2('Family plan'),
    table([0.35, 0.65], [row('What the family want to achieve', c.outcomes)]),
    table([0.45, 0.3, 0.25], [[lbl('Support'), lbl('Provided by'), lbl('Timescale')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    h2('What the family say'),
    table([0.35, 0.65], [row('The children', c.childComment), row('Parents / carers', c.parentComment)]),
    h2('Level of need and consent'),
    table([0.35, 0.65], [
      row('Level of need', needLevel(c, 'tier')),
      [lbl('Consent'), [{ ticks: [{ label: 'Written consent given', checked: k === 'written' }, { label: 'Verbal consent given', checked: k === 'verbal' }, { label: 'Consent given', checked: k === 'unspecified' }, { label: 'Consent not given', checked: k === 'none' && rng() < 0.5 }] }]],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifteenth wave): the 2006 form's assessment elements each on a row of their own, and
// consent recorded in the worker's own words

function domainElements(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const elements = (title: string, names: string[], text: string | null): Element[] => [
    p({ bold: title }),
    table([0.35, 0.65], names.map((n, i) => row(n, i === 0 ? text : ''))),
  ];
  const consent = {
    written: `${c.parent?.relationship ?? 'Parent'} signed the consent form on ${fmtDate(c.consent.date ?? c.assessmentDate, 'dmy')}.`,
    verbal: `${c.parent?.relationship ?? 'Parent'} gave consent over the phone; a signed form is to follow.`,
    unspecified: 'Consent obtained.',
    none: pick(rng, [`${c.parent?.relationship ?? 'Parent'} did not consent to information being shared.`, '']),
  }[k];
  return [
    h1('Common Assessment'),
    table([0.35, 0.65], [
      row('Child or young person', `${childName(ch)}, ${genderWord(ch).toLowerCase()}`),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Ethnic background', c.ethnicity),
      row('Language', c.language),
      [lbl('Disability'), [{ ticks: [{ label: 'Yes', checked: c.disability === 'yes' }, { label: 'No', checked: c.disability === 'no' }, { label: 'Not disclosed', checked: c.disability === 'rather not say' }] }]],
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join(', '))] : []),
      row('Parent or carer', c.parent?.name),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Lead worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason for assessment', c.reason),
    ]),
    ...elements('1. Development of the child', ['Health', 'Emotional and behavioural development', 'Identity', 'Family and social relationships', 'Self-care skills', 'Learning'], c.domains.development),
    ...elements('2. Parents and carers', ['Basic care', 'Safety', 'Emotional warmth', 'Stimulation', 'Guidance and boundaries', 'Stability'], c.domains.parenting),
    ...elements('3. Family and environment', ['Family history and functioning', 'Wider family', 'Housing', 'Employment and income', 'Social integration', 'Community resources'], c.domains.family),
    table([0.35, 0.65], [row('Strengths', c.strengths), row('Needs', c.needs), row('Risks', c.risks), row('Outcomes', c.outcomes)]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Lead'), lbl('Date')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.35, 0.65], [
      row("Child or young person's comments", c.childComment),
      row("Parent or carer's comments", c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Consent', consent),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixteenth wave): one outer table of sections, the children and the plan as tables
// nested in its cells

function nestedTables(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const nest = (widths: number[], rows: Cell[][]): Cell => [{ nested: { widths, rows } }];
  // Only the children: a list of the whole household would answer family composition itself.
  const children = [[lbl('Name'), lbl('Date of birth'), lbl('Gender')], ...c.children.map((x) => [txt(childName(x)), txt(fmtDate(x.dob, 'dmy')), txt(genderWord(x))])];
  return [
    h1('Early Help Assessment'),
    table([0.3, 0.7], [
      row('Child', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Rather not say' }[c.disability] : ''),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      [lbl('Children in this assessment'), nest([0.45, 0.3, 0.25], children)],
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
      row('Parent / carer phone', c.parent?.phone),
      row('Parent / carer address', c.parent?.address),
      row('Others in the household', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason for assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      [lbl('Action plan'), nest([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])])],
      row("Child's views", c.childComment),
      row("Parent's views", c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      [lbl('Consent'), nest([0.5, 0.5], [
        [lbl('Consent to share given?'), txt(k === 'none' ? pick(rng, ['No', '']) : 'Yes')],
        [lbl('How?'), txt({ written: 'Signed form', verbal: 'Verbally', unspecified: '', none: '' }[k])],
      ])],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixteenth wave): who was present and consent as boxes to tick, two questions on one
// line, gender as a letter, dates with the weekday, ethnicity as code and words

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const withWeekday = (iso: string | null) => (iso ? `${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]} ${fmtDate(iso, 'long')}` : '');

function tickPresent(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const t = c.present.text.toLowerCase();
  const people = [
    { label: 'The child', checked: c.present.kind === 'recorded' && t.includes(ch.given.toLowerCase()) },
    { label: 'Mother', checked: /mum|mother|both parents/.test(t) },
    { label: 'Father', checked: /dad|both parents/.test(t) },
    { label: 'Teacher', checked: /teacher/.test(t) },
    { label: 'None - completed from records', checked: c.present.kind === 'none' },
  ];
  const codes: Record<string, string> = { 'White British': 'WBRI', 'Black African': 'BAFR', Pakistani: 'APKN', 'Mixed White and Black Caribbean': 'MWBC', 'White - Other European': 'WOTH' };
  const ethnicity = c.ethnicity ? (codes[c.ethnicity] ? `${codes[c.ethnicity]} - ${c.ethnicity}` : c.ethnicity) : '';
  const row = (q: string, a: Cell): Cell[] => [lbl(q), a];
  const a = (v: string | null | undefined): Cell => [ans(rng, v)];
  return [
    h1('Early Help Assessment Record'),
    table([0.3, 0.7], [
      row('Name', a(childName(ch))),
      row('DOB', a(fmtDate(ch.dob, 'dmy'))),
      row('M / F', a(ch.gender === 'male' ? 'M' : ch.gender === 'female' ? 'F' : '')),
      row('Ethnicity (code)', a(ethnicity)),
      row('SEN / disability', [{ ticks: [{ label: 'Yes', checked: c.disability === 'yes' }, { label: 'No', checked: c.disability === 'no' }, { label: 'Not disclosed', checked: c.disability === 'rather not say' }] }]),
      row('School / setting', a(schoolText(c))),
      row('GP', a(c.gp)),
      ...(c.children.length > 1 ? [row('Siblings', a(c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')))] : []),
      row('Parent / carer', a(c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : '')),
      row('Contact', a([c.parent?.phone, c.parent?.address].filter(Boolean).join(' / '))),
      row('Family composition', a(c.familyComposition)),
    ]),
    table([0.3, 0.7], [
      row('Date of assessment', a(withWeekday(c.assessmentDate))),
      row('Who was present?', [{ ticks: people }]),
      row('Assessor', a(`${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`)),
      row('Reason', a(c.reason)),
      row('Development', a(c.domains.development)),
      row('Parenting', a(c.domains.parenting)),
      row('Family and environment', a(c.domains.family)),
      row('Strengths', a(c.strengths)),
      row('Needs', a(c.needs)),
      row('Risks', a(c.risks)),
      row('Outcomes', a(c.outcomes)),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((x) => [a(x.what), a(x.who), a(x.when)])]),
    table([0.3, 0.7], [
      row("Child's comments", a(c.childComment)),
      row("Parent's comments", a(c.parentComment)),
      row('Level', a(needLevel(c, 'digit'))),
    ]),
    p({ bold: 'Consent obtained:' }, ' ', { ticks: [{ label: 'Yes', checked: k !== 'none' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }, '    ', { bold: 'Method:' }, ' ', { ticks: [{ label: 'Signed', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }] }),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixteenth wave): a case system's print view in one plain face, each label over its
// answer, two to a row

function plainLabelAbove(c: Case): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const pair = (q1: string, a1: string | null | undefined, q2: string, a2: string | null | undefined): Cell[][] => [[txt(q1), txt(q2)], [txt(a1), txt(a2)]];
  const wide = (q: string, a: string | null | undefined): Cell[][] => [[txt(q)], [txt(a)]];
  const consent = { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: 'No' }[k];
  return [
    p('Early Help Assessment - print view'),
    table([0.5, 0.5], [
      ...pair('Person name', childName(ch), 'Date of birth', fmtDate(ch.dob, 'dmy')),
      ...pair('Gender', genderWord(ch), 'Ethnicity', c.ethnicity),
      ...pair('Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : '', 'First language', c.language),
      ...pair('Education provider', schoolText(c), 'GP practice', c.gp),
      ...(c.children.length > 1 ? wide('Other children in this assessment', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')) : []),
      ...pair('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : '', 'Parent / carer phone', c.parent?.phone),
      ...wide('Parent / carer address', c.parent?.address),
      ...wide('Household members', c.familyComposition),
      ...pair('Assessment date', fmtDate(c.assessmentDate, 'dmy'), 'Present at assessment', c.present.text),
      ...pair('Worker', c.assessor.name, 'Worker team', `${c.assessor.role}, ${c.assessor.org}`),
      ...wide('Reason for assessment', c.reason),
      ...wide('Child development', c.domains.development),
      ...wide('Parenting capacity', c.domains.parenting),
      ...wide('Family and environment', c.domains.family),
      ...wide('Strengths', c.strengths),
      ...wide('Needs', c.needs),
      ...wide('Risks', c.risks),
      ...wide('Outcomes', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[txt('Action'), txt('Responsible'), txt('Target date')], ...c.actions.map((x) => [txt(x.what), txt(x.who), txt(x.when)])]),
    table([0.5, 0.5], [
      ...wide("Child's views", c.childComment),
      ...wide("Parent / carer's views", c.parentComment),
      ...pair('Level of need', needLevel(c, 'tier'), 'Consent to share', consent),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventeenth wave): an assessment written in the family's voice ("About me", "My
// family"), answers as paragraphs under headings, people in tables

function aboutMe(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const say = (heading: string, text: string | null | undefined): Element[] => [h2(heading), p({ answer: text ?? '' })];
  const ageOf = (x: Child) => (x.dob && c.assessmentDate && !x.unborn ? String(Math.max(0, Number(c.assessmentDate.slice(0, 4)) - Number(x.dob.slice(0, 4)))) : '');
  const family = [
    [lbl('Name'), lbl('Relationship to me'), lbl('Age'), lbl('Lives with me?')],
    ...(c.parent ? [[txt(c.parent.name), txt(c.parent.relationship), txt(''), txt('Yes')]] : []),
    ...c.children.slice(1).map((x) => [txt(childName(x)), txt(x.gender === 'female' ? 'Sister' : 'Brother'), txt(ageOf(x)), txt('Yes')]),
  ];
  return [
    h1('Early Help Assessment and Plan'),
    h2('About me'),
    table([0.4, 0.6], [
      [lbl('My name is'), [ans(rng, childName(ch))]],
      [lbl('My date of birth is'), [ans(rng, fmtDate(ch.dob, 'long'))]],
      [lbl('I am a'), [ans(rng, ch.gender === 'male' ? 'Boy' : ch.gender === 'female' ? 'Girl' : '')]],
      [lbl('My ethnicity is'), [ans(rng, c.ethnicity)]],
      [lbl('The language I speak at home is'), [ans(rng, c.language)]],
      [lbl('Do I have a disability?'), [ans(rng, c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'I would rather not say' }[c.disability] : '')]],
      [lbl('My school or nursery is'), [ans(rng, schoolText(c))]],
    ]),
    h2('My family'),
    ...(family.length > 1 ? [table([0.35, 0.3, 0.1, 0.25], family)] : []),
    table([0.4, 0.6], [
      [lbl('How to contact my family'), [ans(rng, [c.parent?.phone, c.parent?.address].filter(Boolean).join(', '))]],
      [lbl('Who lives in my home'), [ans(rng, c.familyComposition)]],
    ]),
    h2('People who help my family'),
    table([0.3, 0.4, 0.3], [[lbl('Role'), lbl('Name / place'), lbl('Phone')], [txt('GP'), [ans(rng, c.gp)], txt('')], [txt('Early help worker'), [ans(rng, `${c.assessor.name}, ${c.assessor.org}`)], txt(c.assessor.phone)]]),
    h2('This assessment'),
    table([0.4, 0.6], [
      [lbl('Date we met'), [ans(rng, fmtDate(c.assessmentDate, 'long'))]],
      [lbl('Who was there'), [ans(rng, c.present.text)]],
      [lbl('Written by'), [ans(rng, `${c.assessor.name} (${c.assessor.role})`)]],
    ]),
    ...say("What's happening for us", c.reason),
    ...say('My health and how I am growing and learning', c.domains.development),
    ...say('How my family look after me', c.domains.parenting),
    ...say('My home and community', c.domains.family),
    ...say("What's going well", c.strengths),
    ...say('What we need help with', c.needs),
    ...say("What we're worried about", c.risks),
    ...say('What needs to change', c.outcomes),
    h2('My plan'),
    table([0.5, 0.25, 0.25], [[lbl('What will happen'), lbl('Who will help'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    ...say('What I think', c.childComment),
    ...say('What my family think', c.parentComment),
    ...say('How much help we need', needLevel(c, 'word')),
    h2('Sharing this assessment'),
    p('I understand who this assessment will be shared with and why.'),
    table([0.4, 0.6], [
      [lbl('Signed (parent / carer)'), [ans(rng, k === 'written' ? c.consent.signature : null)]],
      [lbl('Date'), [dateAns(k === 'written' ? fmtDate(c.consent.date, 'dmy') : null)]],
    ]),
    p({ ticks: [{ label: 'Verbal consent given (record the date and who gave it)', checked: k === 'verbal' }] }),
    ...(k === 'unspecified' ? [p('Consent: yes')] : k === 'none' && rng() < 0.5 ? [p('Consent: declined')] : []),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventeenth wave): a case system's step printout: the step's details on one line of
// "Key: value" pairs parted by bars, then a Question | Answer table

function caseStepPrint(c: Case): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const qa = (q: string, a: string | null | undefined): Cell[] => [txt(q), txt(a ?? '')];
  return [
    p({ bold: 'Early Help Assessment (step 4.2)' }),
    p(`Person: ${childName(ch)} | Worker: ${c.assessor.name} | Team: ${c.assessor.org} | Role: ${c.assessor.role} | Completed: ${fmtDate(c.assessmentDate, 'dmy')}`),
    table([0.5, 0.5], [
      [lbl('Question'), lbl('Answer')],
      qa("What is the child's date of birth?", fmtDate(ch.dob, 'dmy')),
      qa("What is the child's gender?", genderWord(ch)),
      qa("What is the child's ethnicity?", c.ethnicity),
      qa('Does the child have a disability?', c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Prefer not to say' }[c.disability] : ''),
      qa('Which school or setting does the child attend?', schoolText(c)),
      qa('Who is the GP?', c.gp),
      ...(c.children.length > 1 ? [qa('Are other children included in this assessment? Give names and dates of birth.', c.children.slice(1).map((x) => `${childName(x)} ${fmtDate(x.dob, 'dmy')}`).join('; '))] : []),
      qa('Who is the main parent or carer?', c.parent ? `${c.parent.name}, ${c.parent.relationship.toLowerCase()}` : ''),
      qa('How can they be contacted?', [c.parent?.phone, c.parent?.address].filter(Boolean).join('; ')),
      qa('Who lives in the household?', c.familyComposition),
      qa('Who was present at the assessment?', c.present.text),
      qa('Why is the assessment being done?', c.reason),
      qa("What did you find about the child's development?", c.domains.development),
      qa("What did you find about the parents' capacity?", c.domains.parenting),
      qa('What did you find about the family and environment?', c.domains.family),
      qa('What are the strengths?', c.strengths),
      qa('What are the needs?', c.needs),
      qa('What are the risks?', c.risks),
      qa('What outcomes are wanted?', c.outcomes),
      qa('What does the child say?', c.childComment),
      qa('What does the parent or carer say?', c.parentComment),
      qa('What is the level of need?', needLevel(c, 'tier')),
      qa('Has the family agreed to information being shared, and how was this recorded?', { written: 'Yes - signed consent form on file', verbal: 'Yes - verbal consent', unspecified: 'Yes', none: 'No' }[k]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Planned action'), lbl('Assigned to'), lbl('Due')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventeenth wave): a school's record filled from its management system, the system's
// own field names ("Legal forename", "Priority 1 contact"), and notes in the school's words

function schoolMis(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Pupil Early Help Record'),
    h2('Pupil details (from the MIS)'),
    table([0.3, 0.2, 0.3, 0.2], [
      [lbl('Legal forename'), [ans(rng, ch.given)], lbl('Legal surname'), [ans(rng, ch.family)]],
      [lbl('DOB'), [ans(rng, fmtDate(ch.dob, 'short'))], lbl('Sex'), [ans(rng, ch.gender === 'male' ? 'M' : ch.gender === 'female' ? 'F' : '')]],
      [lbl('UPN'), [ans(rng, upnOf(c))], lbl('Ethnicity'), [ans(rng, c.ethnicity)]],
      [lbl('SEN status'), [ans(rng, c.disability ? { yes: 'K - SEN support', no: 'N - No special educational need', 'rather not say': 'Not disclosed' }[c.disability] : '')], lbl('EAL'), [ans(rng, c.language === 'English' ? 'No' : `Yes (${c.language})`)]],
    ]),
    table([0.3, 0.7], [
      row('School', c.school.kind === 'recorded' ? c.school.name : ''),
      row('Medical practice', c.gp),
      ...(c.children.length > 1 ? [row('Siblings (also on this record)', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'short')})`).join(', '))] : []),
    ]),
    h2('Contacts'),
    table([0.3, 0.7], [
      row('Priority 1 contact', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Priority 1 telephone', c.parent?.phone),
      row('Priority 1 address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    h2('Early help'),
    table([0.3, 0.7], [
      row('Date of EHA meeting', fmtDate(c.assessmentDate, 'short')),
      row('Attendees', c.present.text),
      row('Staff member', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Concerns raised', c.reason),
      row('Learning and development', c.domains.development),
      row('Home and parenting', c.domains.parenting),
      row('Family circumstances', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Targets', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Intervention'), lbl('Staff'), lbl('Review date')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.3, 0.7], [
      row('Pupil voice', c.childComment),
      row('Parent voice', c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
      row('Parental consent received', { written: 'Y (signed form in file)', verbal: 'Y (verbal, phone call)', unspecified: 'Y', none: pick(rng, ['N', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eighteenth wave): each section its own table under a title row across it, dates with
// ordinals, and consent as a table of signatures

const ordinal = (iso: string | null) => {
  if (!iso) return '';
  const d = Number(iso.slice(8, 10));
  const suffix = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
  return `${d}${suffix} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
};

function signaturePage(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const section = (title: string, rows: [string, string | null | undefined][]): Element => table([0.35, 0.65], [[lbl(title.toUpperCase())], ...rows.map(([q, a]) => [lbl(q), [ans(rng, a)]] as Cell[])]);
  return [
    h1('Early Help Assessment'),
    section('Section 1 - Child', [
      ['Full name', childName(ch)],
      ['Date of birth', ordinal(ch.dob)],
      ['Gender', genderWord(ch)],
      ['Ethnicity', c.ethnicity],
      ['Disability (if applicable)', c.disability ? { yes: `Yes${c.disabilityDetail ? ` - ${c.disabilityDetail}` : ''}`, no: 'No', 'rather not say': 'Rather not say' }[c.disability] : ''],
      ['School / nursery (if applicable)', schoolText(c)],
      ['GP', c.gp],
      ...(c.children.length > 1 ? [['Brothers / sisters in this assessment', c.children.slice(1).map((x) => `${childName(x)}, ${ordinal(x.dob)}`).join('; ')] as [string, string]] : []),
    ]),
    section('Section 2 - Family', [
      ['Parent / carer', c.parent?.name],
      ['Relationship', c.parent?.relationship],
      ['Telephone', c.parent?.phone],
      ['Address', c.parent?.address],
      ['Household', c.familyComposition],
    ]),
    section('Section 3 - Assessment', [
      ['Date of assessment', ordinal(c.assessmentDate)],
      ['Present', c.present.text],
      ['Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`],
      ['Reason for assessment', c.reason],
      ['Development', c.domains.development],
      ['Parenting', c.domains.parenting],
      ['Family and environment', c.domains.family],
      ['Strengths', c.strengths],
      ['Needs', c.needs],
      ['Risks', c.risks],
      ['Outcomes', c.outcomes],
    ]),
    table([0.5, 0.25, 0.25], [[lbl('ACTION PLAN')], [lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    section('Section 4 - Views', [
      ["Child / young person's views", c.childComment],
      ["Parent / carer's views", c.parentComment],
      ['Level of need', needLevel(c, 'word')],
    ]),
    h2('Signatures'),
    p('By signing, the family agree to this assessment being shared with the services named in the plan.'),
    table([0.25, 0.3, 0.25, 0.2], [
      [lbl('Who'), lbl('Name'), lbl('Signature'), lbl('Date')],
      [txt('Parent / carer'), txt(c.parent?.name ?? ''), txt(k === 'written' ? c.consent.signature ?? '' : ''), txt(k === 'written' ? ordinal(c.consent.date) : '')],
      [txt('Practitioner'), txt(c.assessor.name), txt(c.assessor.name), txt(ordinal(c.assessmentDate))],
    ]),
    p({ ticks: [{ label: 'Consent given verbally by the parent / carer (no signature)', checked: k === 'verbal' }] }),
    ...(k === 'unspecified' ? [p('Consent to share: Yes')] : []),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eighteenth wave): answers written at length under headings, with lists and their own
// "Health: …" lines inside them, and dates as "03-Mar-2025"

const dashDate = (iso: string | null) => (iso ? `${iso.slice(8, 10)}-${MONTHS[Number(iso.slice(5, 7)) - 1].slice(0, 3)}-${iso.slice(0, 4)}` : '');

function narrativeSections(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const part = (heading: string, text: string | null | undefined): Element[] => [p({ bold: heading }), ...(text ? text.split(/(?<=\.)\s+(?=[A-Z])/).map((sentence) => p(sentence)) : [p({ answer: '' })])];
  const bullets = (xs: (string | null | undefined)[]) => xs.filter(Boolean).map((x) => p(`• ${x}`));
  return [
    h1('Early Help Assessment'),
    h2('1. The child'),
    p({ bold: 'Name: ' }, childName(ch)),
    p({ bold: 'Date of birth: ' }, dashDate(ch.dob)),
    p({ bold: 'Gender: ' }, genderWord(ch)),
    p({ bold: 'Ethnic origin (please state): ' }, c.ethnicity ?? ''),
    p({ bold: 'Disability (please tick): ' }, { ticks: [{ label: 'Yes', checked: c.disability === 'yes' }, { label: 'No', checked: c.disability === 'no' }, { label: 'Prefer not to say', checked: c.disability === 'rather not say' }] }),
    p({ bold: 'School or setting: ' }, schoolText(c) ?? ''),
    p({ bold: 'GP: ' }, c.gp ?? ''),
    ...(c.children.length > 1 ? [p({ bold: 'Other children: ' }, c.children.slice(1).map((x) => `${childName(x)} (${dashDate(x.dob)})`).join('; '))] : []),
    h2('2. The family'),
    p({ bold: 'Parent or carer: ' }, c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
    p({ bold: 'Phone: ' }, c.parent?.phone ?? ''),
    p({ bold: 'Address: ' }, c.parent?.address ?? ''),
    ...part('Who lives in the family home', c.familyComposition),
    h2('3. The assessment'),
    p({ bold: 'Date: ' }, dashDate(c.assessmentDate)),
    p({ bold: 'Who took part: ' }, c.present.text),
    p({ bold: 'Completed by: ' }, `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    ...part('Why this assessment is being done', c.reason),
    ...part("The child's development", c.domains.development ? `Health and learning: ${c.domains.development}` : null),
    ...part('Parenting', c.domains.parenting),
    ...part('Family and environment', c.domains.family),
    ...part('What is going well', c.strengths),
    p({ bold: 'What the family need' }),
    ...bullets([c.needs, c.risks ? `Risk: ${c.risks}` : null]),
    ...part('What we want to achieve', c.outcomes),
    h2('4. The plan'),
    ...c.actions.map((a, i) => p(`${i + 1}. ${a.what} (${a.who}, ${a.when})`)),
    h2('5. Views'),
    ...part('In the child’s words', c.childComment),
    ...part('In the parent’s words', c.parentComment),
    p({ bold: 'Level of need: ' }, needLevel(c, 'tier')),
    p({ bold: 'Consent: ' }, { written: 'Signed consent form received', verbal: 'Agreed verbally at the visit', unspecified: 'Yes', none: pick(rng, ['Not given', '']) }[k]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eighteenth wave): an online portal's printout: each question a shaded row across the
// page with its answer in the row below, a submission stamp, the declaration at the end

function portalPrint(c: Case): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const q = (question: string, answer: string | null | undefined): Cell[][] => [[lbl(question)], [txt(answer ?? '')]];
  const stamp = c.assessmentDate ? `${c.assessmentDate} 14:22` : '';
  return [
    p({ bold: 'Early Help Portal - Assessment' }),
    p(`Reference: EH-${String(ch.upn).slice(1, 7)}    Submitted: ${stamp}`),
    table([1], [
      ...q('Child full name', childName(ch)),
      ...q('Child date of birth', fmtDate(ch.dob, 'iso')),
      ...q('Child gender', genderWord(ch)),
      ...q('Child ethnicity', c.ethnicity),
      ...q('Does the child have a disability or additional need?', c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Prefer not to say' }[c.disability] : ''),
      ...q('Education setting', schoolText(c)),
      ...q('GP surgery', c.gp),
      ...(c.children.length > 1 ? q('Other children included', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'iso')})`).join('; ')) : []),
      ...q('Parent / carer name', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
      ...q('Parent / carer phone', c.parent?.phone),
      ...q('Parent / carer address', c.parent?.address),
      ...q('Household members', c.familyComposition),
      ...q('Who contributed to the assessment?', c.present.text),
      ...q('Practitioner completing the assessment', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      ...q('Reason for the assessment', c.reason),
      ...q("Child's development", c.domains.development),
      ...q('Parenting', c.domains.parenting),
      ...q('Family and environment', c.domains.family),
      ...q('Strengths', c.strengths),
      ...q('Needs', c.needs),
      ...q('Risks', c.risks),
      ...q('Outcomes', c.outcomes),
      ...q("Child's views", c.childComment),
      ...q("Parent / carer's views", c.parentComment),
      ...q('Level of need', needLevel(c, 'digit')),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Owner'), lbl('Target date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    p({ bold: 'Declaration' }),
    table([1], [
      ...q('I confirm the family has consented to this assessment being shared', k === 'none' ? 'No' : 'Yes'),
      ...q('Type of consent', { written: 'Written', verbal: 'Verbal', unspecified: '', none: '' }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (nineteenth wave): the assessment as the record of a meeting: the child on one line,
// those present in a table of their own, decisions and actions

function meetingRecord(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const t = c.present.text.toLowerCase();
  const attendees: Cell[][] = c.present.kind === 'recorded'
    ? [
        ...(/mum|mother|both parents/.test(t) ? [[txt(c.parent?.name ?? 'Mother'), txt('Mother'), txt('Family')]] : []),
        ...(/dad|both parents/.test(t) ? [[txt('Father'), txt('Father'), txt('Family')]] : []),
        ...(t.includes(ch.given.toLowerCase()) ? [[txt(ch.given), txt('Child'), txt('Family')]] : []),
        ...(/teacher/.test(t) ? [[txt('Class teacher'), txt('Teacher'), txt(schoolText(c) ?? 'School')]] : []),
      ]
    : [];
  return [
    h1('Early Help Assessment Meeting'),
    p(`Child: ${childName(ch)}   DOB: ${fmtDate(ch.dob, 'dmy')}   Gender: ${genderWord(ch)}`),
    table([0.3, 0.7], [
      [lbl('Meeting date'), [ans(rng, fmtDate(c.assessmentDate, 'dmy'))]],
      [lbl('Chaired by'), [ans(rng, `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`)]],
      [lbl('Ethnicity'), [ans(rng, c.ethnicity)]],
      [lbl('Disability'), [ans(rng, c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Rather not say' }[c.disability] : '')]],
      [lbl('School'), [ans(rng, schoolText(c))]],
      [lbl('GP'), [ans(rng, c.gp)]],
      ...(c.children.length > 1 ? [[lbl('Siblings'), [ans(rng, c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join(', '))]] as Cell[]] : []),
      [lbl('Parent / carer'), [ans(rng, c.parent ? `${c.parent.name}, ${c.parent.phone ?? ''}${c.parent.address ? `, ${c.parent.address}` : ''}`.replace(/, $/, '') : '')]],
      [lbl('Household'), [ans(rng, c.familyComposition)]],
    ]),
    p({ bold: 'Attendees' }),
    ...(attendees.length ? [table([0.35, 0.3, 0.35], [[lbl('Name'), lbl('Role'), lbl('Agency')], ...attendees])] : [p(c.present.kind === 'none' ? 'None' : '')]),
    p({ bold: 'Apologies' }),
    p('None received.'),
    table([0.3, 0.7], [
      [lbl('Purpose of the meeting'), [ans(rng, c.reason)]],
      [lbl('Development'), [ans(rng, c.domains.development)]],
      [lbl('Parenting'), [ans(rng, c.domains.parenting)]],
      [lbl('Family and environment'), [ans(rng, c.domains.family)]],
      [lbl('Strengths'), [ans(rng, c.strengths)]],
      [lbl('Needs'), [ans(rng, c.needs)]],
      [lbl('Risks'), [ans(rng, c.risks)]],
      [lbl('Agreed outcomes'), [ans(rng, c.outcomes)]],
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Owner'), lbl('Deadline')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.3, 0.7], [
      [lbl("Young person's views"), [ans(rng, c.childComment)]],
      [lbl("Family's views"), [ans(rng, c.parentComment)]],
      [lbl('Level of need agreed'), [ans(rng, needLevel(c, 'word'))]],
      [lbl('Consent reconfirmed'), [ans(rng, { written: 'Yes (signed)', verbal: 'Yes (verbal)', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k])]],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (nineteenth wave): a system's text export, "key = value" under [section] markers

function iniExport(c: Case): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const kv = (key: string, value: string | null | undefined): Element => p(`${key} = ${value ?? ''}`);
  return [
    p('; early help assessment export v2'),
    p('[child]'),
    kv('name', childName(ch)),
    kv('dob', fmtDate(ch.dob, 'iso')),
    kv('gender', ch.gender === 'male' ? 'm' : ch.gender === 'female' ? 'f' : 'u'),
    kv('ethnicity', c.ethnicity),
    kv('disability', c.disability ? { yes: 'y', no: 'n', 'rather not say': 'declined' }[c.disability] : ''),
    kv('school', schoolText(c)),
    kv('gp', c.gp),
    ...c.children.slice(1).map((x, i) => kv(`sibling${i + 1}`, `${childName(x)} ${fmtDate(x.dob, 'iso')}`)),
    p('[carer]'),
    kv('name', c.parent?.name),
    kv('phone', c.parent?.phone),
    kv('address', c.parent?.address),
    kv('household', c.familyComposition),
    p('[assessment]'),
    kv('date', fmtDate(c.assessmentDate, 'iso')),
    kv('present', c.present.text),
    kv('worker', `${c.assessor.name}; ${c.assessor.role}; ${c.assessor.org}`),
    kv('reason', c.reason),
    kv('development', c.domains.development),
    kv('parenting', c.domains.parenting),
    kv('family_environment', c.domains.family),
    kv('strengths', c.strengths),
    kv('needs', c.needs),
    kv('risks', c.risks),
    kv('outcomes', c.outcomes),
    ...c.actions.map((a, i) => kv(`action${i + 1}`, `${a.what} | owner: ${a.who} | due: ${a.when}`)),
    kv('child_view', c.childComment),
    kv('parent_view', c.parentComment),
    kv('level', c.levelOfNeed ? String(c.levelOfNeed) : ''),
    kv('consent', { written: 'y (written)', verbal: 'y (verbal)', unspecified: 'y', none: 'n' }[k]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (nineteenth wave): the assessment as a matrix of areas, each ticked no / some /
// significant concern with the worker's comments beside

function needsMatrix(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const level = (text: string | null) => (text ? (rng() < 0.5 ? 1 : 2) : 0);
  const matrixRow = (area: string, text: string | null): Cell[] => {
    const l = level(text);
    return [lbl(area), txt(l === 0 ? 'X' : ''), txt(l === 1 ? 'X' : ''), txt(l === 2 ? 'X' : ''), [ans(rng, text)]];
  };
  return [
    h1('Early Help Assessment'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Rather not say' }[c.disability] : ''),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent?.name),
      row('Phone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason for assessment', c.reason),
    ]),
    table([0.25, 0.1, 0.1, 0.12, 0.43], [
      [lbl('Area'), lbl('No concern'), lbl('Some concern'), lbl('Significant concern'), lbl('Comments')],
      matrixRow('Health and development', c.domains.development),
      matrixRow('Parenting', c.domains.parenting),
      matrixRow('Family and environment', c.domains.family),
    ]),
    table([0.35, 0.65], [row('Strengths', c.strengths), row('Needs', c.needs), row('Risks', c.risks), row('Outcomes', c.outcomes)]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.35, 0.65], [
      row("Child's views", c.childComment),
      row("Parent's views", c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
      row('Consent form signed? (Y / N)', k === 'written' ? 'Y' : k === 'none' ? pick(rng, ['N', '']) : 'N'),
      row('If not signed, was verbal consent given? (Y / N)', k === 'verbal' ? 'Y' : k === 'unspecified' ? '' : 'N'),
      ...(k === 'unspecified' ? [row('Consent', 'Yes')] : []),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twentieth wave): a form the parent fills in, every question put to "you"

function parentAddressed(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const ask = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help: About You and Your Family'),
    p('Please fill in this form with your early help worker.'),
    table([0.4, 0.6], [
      ask("Your child's name", childName(ch)),
      ask("Your child's date of birth", fmtDate(ch.dob, 'dmy')),
      ask('Is your child a boy or a girl?', ch.gender === 'male' ? 'Boy' : ch.gender === 'female' ? 'Girl' : ''),
      ask("Your child's ethnic background", c.ethnicity),
      ask('Does your child have a disability?', c.disability ? { yes: 'Yes', no: 'No', 'rather not say': "I'd rather not say" }[c.disability] : ''),
      ask("Your child's school or nursery", schoolText(c)),
      ask("Your family's doctor", c.gp),
      ...(c.children.length > 1 ? [ask('Your other children in this plan', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      ask('Your name', c.parent?.name),
      ask('Your relationship to the child', c.parent?.relationship),
      ask('Your phone number', c.parent?.phone),
      ask('Your address', c.parent?.address),
      ask('Who lives with you?', c.familyComposition),
    ]),
    table([0.4, 0.6], [
      ask('When did you meet your worker?', fmtDate(c.assessmentDate, 'dmy')),
      ask('Who else was there?', c.present.text),
      ask('Your worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      ask('Why did you ask for help?', c.reason),
      ask("How is your child's health and learning?", c.domains.development),
      ask('How are things with parenting?', c.domains.parenting),
      ask('How are things at home and in your area?', c.domains.family),
      ask('What is going well for your family?', c.strengths),
      ask('What help do you need?', c.needs),
      ask('What worries you?', c.risks),
      ask('What would you like to change?', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('What we will do'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.4, 0.6], [
      ask('What does your child say?', c.childComment),
      ask('What do you think of this plan?', c.parentComment),
      ask('Level of need (worker to complete)', needLevel(c, 'word')),
      ask('Are you happy for us to share this form with the people in your plan?', { written: 'Yes - I have signed the consent form', verbal: 'Yes - I told my worker', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twentieth wave): a midwife's and health visitor's antenatal early help form, the
// mother first, the baby due

function antenatal(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Antenatal and Early Years Early Help Assessment'),
    h2("Mother's details"),
    table([0.35, 0.65], [
      row("Mother's name", c.parent?.name),
      row('Contact telephone', c.parent?.phone),
      row('Home address', c.parent?.address),
      row('Others in the home', c.familyComposition),
      row('GP practice', c.gp),
    ]),
    h2('Baby / child'),
    table([0.35, 0.65], [
      row('Name (or "Baby" + surname if unborn)', ch.unborn ? `Baby ${ch.family}` : childName(ch)),
      row(ch.unborn ? 'Expected date of delivery' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Sex (if known)', ch.gender === 'unknown' ? '' : genderWord(ch)),
      row('Ethnicity of baby', c.ethnicity),
      row('Any known disability or condition', c.disability ? { yes: `Yes${c.disabilityDetail ? ` - ${c.disabilityDetail}` : ''}`, no: 'None known', 'rather not say': 'Mother preferred not to say' }[c.disability] : ''),
      row('Nursery / school (older children)', schoolText(c)),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Date of contact', fmtDate(c.assessmentDate, 'dmy')),
      row('Present at contact', c.present.text),
      row('Midwife / health visitor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason for early help', c.reason),
      row("Baby's health and development", c.domains.development),
      row('Parenting and attachment', c.domains.parenting),
      row('Home, family and support network', c.domains.family),
      row('Protective factors', c.strengths),
      row('Needs identified', c.needs),
      row('Risk factors', c.risks),
      row('Outcomes', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Care plan'), lbl('Responsible'), lbl('Timescale')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.35, 0.65], [
      row('Voice of the child / observations of baby', c.childComment),
      row("Mother's views", c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
      [lbl('Consent to share'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Given - type not recorded', checked: k === 'unspecified' }, { label: 'Declined', checked: k === 'none' && rng() < 0.5 }] }]],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twentieth wave): three questions to a row, each label beside its answer

function threeUp(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const a = (v: string | null | undefined): Cell => [ans(rng, v)];
  const row = (...pairs: [string, string | null | undefined][]): Cell[] => pairs.flatMap(([q, v]) => [lbl(q), a(v)]);
  const w = [0.12, 0.213, 0.12, 0.213, 0.12, 0.214];
  const wide = (q: string, v: string | null | undefined): Element => table([0.2, 0.8], [[lbl(q), a(v)]]);
  return [
    h1('Early Help Assessment'),
    table(w, [
      row(['Name', childName(ch)], ['DOB', fmtDate(ch.dob, 'dmy')], ['Gender', genderWord(ch)]),
      row(['Ethnicity', c.ethnicity], ['Language', c.language], ['Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : '']),
      row(['School', schoolText(c)], ['UPN', upnOf(c)], ['GP', c.gp]),
      row(['Carer', c.parent?.name], ['Carer tel', c.parent?.phone], ['Carer address', c.parent?.address]),
      row(['Date', fmtDate(c.assessmentDate, 'dmy')], ['Present', c.present.text], ['Level of need', needLevel(c, 'digit')]),
      row(['Worker', c.assessor.name], ['Role', c.assessor.role], ['Service', c.assessor.org]),
    ]),
    ...(c.children.length > 1 ? [wide('Siblings on this form', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    wide('Household', c.familyComposition),
    wide('Reason', c.reason),
    wide('Development', c.domains.development),
    wide('Parenting', c.domains.parenting),
    wide('Family and environment', c.domains.family),
    wide('Strengths', c.strengths),
    wide('Needs', c.needs),
    wide('Risks', c.risks),
    wide('Outcomes', c.outcomes),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By'), lbl('Date')], ...c.actions.map((x) => [a(x.what), a(x.who), a(x.when)])]),
    wide("Child's view", c.childComment),
    wide("Parent's view", c.parentComment),
    wide('Consent', { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-first wave): each question's cell carries its own help text under it

function helpTextCells(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, help: string, a: string | null | undefined): Cell[] => [[{ bold: q }, `\n${help}`], [ans(rng, a)]];
  return [
    h1('Early Help Assessment'),
    table([0.4, 0.6], [
      row('Child', 'Full name as on the birth certificate.', childName(ch)),
      row('Date of birth', 'Or the expected date of delivery for an unborn baby.', fmtDate(ch.dob, 'dmy')),
      row('Gender', 'As the child or family describe it.', genderWord(ch)),
      row('Ethnicity', 'Use the family’s own description or the census category.', c.ethnicity),
      row('Disability', 'Record yes, no or that the family would rather not say.', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      row('School / setting', 'Include nurseries and colleges.', schoolText(c)),
      row('GP', 'Name of the practice.', c.gp),
      ...(c.children.length > 1 ? [row('Other children', 'Brothers and sisters included in this assessment.', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', 'The main carer and their relationship to the child.', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
      row('Contact details', 'A phone number and an address for the parent / carer.', [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')),
      row('Household', 'Everyone who lives in the home, and others important to the child.', c.familyComposition),
      row('Date of assessment', 'The date the assessment was completed with the family.', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', 'Who took part, including the child where they did.', c.present.text),
      row('Completed by', 'Your name, role and service.', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason for assessment', 'What are the family’s concerns? What has led to this assessment now?', c.reason),
      row('Development', 'Health, learning, emotional wellbeing, identity and self-care.', c.domains.development),
      row('Parenting', 'Basic care, safety, warmth, guidance and stability.', c.domains.parenting),
      row('Family and environment', 'Family history, wider family, housing, money and community.', c.domains.family),
      row('Strengths', 'What is working well? Give examples.', c.strengths),
      row('Needs', 'What does the child need? Be specific.', c.needs),
      row('Risks', 'What could happen if nothing changes?', c.risks),
      row('Outcomes', 'What will be different for the child? How will we know?', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.4, 0.6], [
      row("Child's views", 'In their own words where possible.', c.childComment),
      row("Parent / carer's views", 'In their own words where possible.', c.parentComment),
      row('Level of need', 'Use the local threshold document.', needLevel(c, 'word')),
      row('Consent', 'Written (signed) or verbal? Record which.', { written: 'Written - signed', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-first wave): an outcome-led plan of six columns, need and outcome before each
// action, a RAG rating after

function sixColumnPlan(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const rag = ['Green', 'Amber', 'Red'];
  return [
    h1('Early Help Assessment and Outcome Plan'),
    table([0.35, 0.65], [
      row('Name of child', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent?.name),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Lead practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason for assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Overall outcomes', c.outcomes),
    ]),
    table([0.14, 0.18, 0.26, 0.16, 0.14, 0.12], [
      [lbl('Need'), lbl('Outcome'), lbl('Action'), lbl('Who'), lbl('By when'), lbl('RAG')],
      ...c.actions.map((a, i) => [txt(`Need ${i + 1}`), txt(i === 0 ? 'Better attendance' : 'Family feel supported'), [ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)], txt(pick(rng, rag))]),
    ]),
    table([0.35, 0.65], [
      row("Child's comments", c.childComment),
      row("Parent's comments", c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
      row('Consent', { written: 'Yes - written', verbal: 'Yes - verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-first wave): a review of the plan that carries the assessment's details, the
// review's own date above the assessment's

function reviewForm(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const review = c.assessmentDate ? fmtDate(new Date(Date.parse(`${c.assessmentDate}T00:00:00Z`) + 42 * 864e5).toISOString().slice(0, 10), 'dmy') : '14/11/2025';
  return [
    h1('Early Help Assessment and Review'),
    table([0.35, 0.65], [
      row('Date of this review', review),
      row('Date of original assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Child', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
      row('Parent / carer contact', [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')),
      row('Household', c.familyComposition),
      row('Present at the assessment', c.present.text),
      row('Present at this review', 'Mum and the lead practitioner'),
      row('Lead practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason for the assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Progress since the assessment', 'Some progress; see the plan below.'),
    ]),
    table([0.45, 0.2, 0.2, 0.15], [[lbl('Action'), lbl('Who'), lbl('When'), lbl('Done?')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)], txt(pick(rng, ['Yes', 'No', 'Partly']))])]),
    table([0.35, 0.65], [
      row("Child's comments", c.childComment),
      row("Parent's comments", c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Consent to share (from the assessment)', { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-second wave): the services involved as boxes ticked, each with its name

function servicesTicked(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const service = (name: string, detail: string | null | undefined): Element => p({ ticks: [{ label: `${name}${detail ? `: ${detail}` : ''}`, checked: !!detail }] });
  return [
    h1('Early Help Assessment'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent?.name),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    p({ bold: 'Services involved (tick and name each)' }),
    service('GP', c.gp),
    service('School / nursery', schoolText(c)),
    service('Health visitor', null),
    service('Social care', null),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason for assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.35, 0.65], [
      row("Child's views", c.childComment),
      row("Parent's views", c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      [lbl('Consent'), [{ ticks: [{ label: 'Signed', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes (type not recorded)', checked: k === 'unspecified' }] }]],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-second wave): a one-page profile ("What is important to me") before the
// assessment's details

function onePageProfile(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('One-page profile and Early Help Assessment'),
    table([1 / 3, 1 / 3, 1 / 3], [
      [lbl('What people like and admire about me'), lbl('What is important to me'), lbl('How best to support me')],
      [[ans(rng, c.strengths)], [ans(rng, c.childComment)], [ans(rng, c.outcomes)]],
    ]),
    h2('About me'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('My family'),
    table([0.35, 0.65], [
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
      row('Contact details', [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')),
      row('Household', c.familyComposition),
      row("My family's view", c.parentComment),
    ]),
    h2('The assessment'),
    table([0.35, 0.65], [
      row('Date', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Needs', c.needs),
      row('Risks', c.risks),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.35, 0.65], [
      row('Level of need', needLevel(c, 'tier')),
      row('Consent to share', { written: 'Yes - signed', verbal: 'Yes - verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-second wave): an early years setting's form: key person, setting, the
// parent's wishes, the two-year check

function earlyYears(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Years Early Help Assessment'),
    table([0.35, 0.65], [
      row("Child's full name", childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'long')),
      row('Boy / girl', ch.gender === 'male' ? 'Boy' : ch.gender === 'female' ? 'Girl' : ''),
      row('Ethnicity', c.ethnicity),
      row('Home language', c.language),
      row('SEND', c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Not disclosed' }[c.disability] : ''),
      row('Setting attended', schoolText(c)),
      row('GP / health visitor', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'long')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name}, ${c.parent.relationship.toLowerCase()}` : ''),
      row('Parent / carer contact', [c.parent?.phone, c.parent?.address].filter(Boolean).join(' - ')),
      row("Who is at home with the child?", c.familyComposition),
      row('Date completed', fmtDate(c.assessmentDate, 'long')),
      row('People involved in completing this', c.present.text),
      row('Key person', `${c.assessor.name} (${c.assessor.role}, ${c.assessor.org})`),
      row('Why are you completing this assessment?', c.reason),
      row('Prime areas (communication, physical, personal, social and emotional)', c.domains.development),
      row('Parenting and home learning', c.domains.parenting),
      row('Family circumstances', c.domains.family),
      row('What is going well?', c.strengths),
      row('What are the needs?', c.needs),
      row('Any risks?', c.risks),
      row('What do we want to achieve?', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Next steps'), lbl('Who'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.35, 0.65], [
      row('The child (observations and voice)', c.childComment),
      row("Parent's wishes and views", c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Parental consent', { written: 'Given - signed', verbal: 'Given - verbally', unspecified: 'Given', none: pick(rng, ['Not given', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-third wave): the referral and the assessment on one form, each with its own
// person and date

function referralAndAssessment(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const referred = c.assessmentDate ? fmtDate(new Date(Date.parse(`${c.assessmentDate}T00:00:00Z`) - 21 * 864e5).toISOString().slice(0, 10), 'dmy') : '02/09/2025';
  return [
    h1('Request for Early Help and Assessment'),
    h2('Part 1: Referral'),
    table([0.35, 0.65], [
      row('Date of referral', referred),
      row('Referrer name', 'Jo Marsh'),
      row('Referrer role and agency', 'School nurse, Kingsmere School Nursing'),
      row('Reason for referral', c.reason),
    ]),
    h2('Part 2: The child and family'),
    table([0.35, 0.65], [
      row('Child', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent?.name),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    h2('Part 3: Assessment'),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Assessment completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.35, 0.65], [
      row("Child's views", c.childComment),
      row("Parent's views", c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Consent', { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-third wave): an old case system's print in capitals, labels and answers alike

function allCapsPrint(c: Case): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const up = (v: string | null | undefined) => (v ?? '').toUpperCase();
  const row = (q: string, a: string | null | undefined): Cell[] => [txt(q.toUpperCase()), txt(up(a))];
  return [
    p('EARLY HELP ASSESSMENT RECORD'),
    table([0.35, 0.65], [
      row('Child name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', c.disability ?? ''),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} ${fmtDate(x.dob, 'dmy')}`).join('; '))] : []),
      row('Carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Carer telephone', c.parent?.phone),
      row('Carer address', c.parent?.address),
      row('Household', c.familyComposition),
      row('Assessment date', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[txt('ACTION'), txt('WHO'), txt('WHEN')], ...c.actions.map((a) => [txt(up(a.what)), txt(up(a.who)), txt(up(a.when))])]),
    table([0.35, 0.65], [
      row('Child view', c.childComment),
      row('Parent view', c.parentComment),
      row('Level of need', c.levelOfNeed ? `LEVEL ${c.levelOfNeed}` : ''),
      row('Consent', { written: 'YES - WRITTEN', verbal: 'YES - VERBAL', unspecified: 'YES', none: 'NO' }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-third wave): a Word form typed as lines, the label and its answer parted by
// tabs, not a table

function tabbedLines(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const line = (q: string, a: string | null | undefined): Element => p({ bold: `${q}:` }, '\t\t', a ? { answer: a } : { placeholder: pick(rng, PLACEHOLDERS) });
  return [
    h1('Early Help Assessment'),
    h2('Child'),
    line('Name', childName(ch)),
    line('Date of birth', fmtDate(ch.dob, 'dmy')),
    line('Gender', genderWord(ch)),
    line('Ethnicity', c.ethnicity),
    line('Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
    line('School', schoolText(c)),
    line('GP', c.gp),
    ...(c.children.length > 1 ? [line('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    h2('Parent / carer'),
    line('Name', c.parent?.name),
    line('Phone', c.parent?.phone),
    line('Address', c.parent?.address),
    line('Household', c.familyComposition),
    h2('Assessment'),
    line('Date', fmtDate(c.assessmentDate, 'dmy')),
    line('Present', c.present.text),
    line('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    line('Reason', c.reason),
    line('Development', c.domains.development),
    line('Parenting', c.domains.parenting),
    line('Family and environment', c.domains.family),
    line('Strengths', c.strengths),
    line('Needs', c.needs),
    line('Risks', c.risks),
    line('Outcomes', c.outcomes),
    h2('Plan'),
    ...c.actions.map((a, i) => line(`Action ${i + 1}`, `${a.what}; who: ${a.who}; by: ${a.when}`)),
    h2('Views and consent'),
    line("Child's view", c.childComment),
    line("Parent's view", c.parentComment),
    line('Level of need', needLevel(c, 'tier')),
    line('Consent', { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-fourth wave): sections lettered A to F, questions lettered within them ("B3")

function sectionedLetters(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  let n = 0;
  const row = (section: string, q: string, a: string | null | undefined): Cell[] => [lbl(`${section}${++n}. ${q}`), [ans(rng, a)]];
  const part = (letter: string, title: string, rows: [string, string | null | undefined][]): Element[] => {
    n = 0;
    return [h2(`${letter}. ${title}`), table([0.4, 0.6], rows.map(([q, a]) => row(letter, q, a)))];
  };
  return [
    h1('Early Help Assessment'),
    ...part('A', 'The child', [
      ['Name', childName(ch)], ['Date of birth', fmtDate(ch.dob, 'dmy')], ['Gender', genderWord(ch)], ['Ethnicity', c.ethnicity],
      ['Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''], ['School', schoolText(c)], ['GP', c.gp],
      ...(c.children.length > 1 ? [['Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')] as [string, string]] : []),
    ]),
    ...part('B', 'Parents and carers', [['Name', c.parent?.name], ['Telephone', c.parent?.phone], ['Address', c.parent?.address], ['Household', c.familyComposition]]),
    ...part('C', 'The assessment', [['Date', fmtDate(c.assessmentDate, 'dmy')], ['Present', c.present.text], ['Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`], ['Reason', c.reason]]),
    ...part('D', 'Findings', [['Development', c.domains.development], ['Parenting', c.domains.parenting], ['Family and environment', c.domains.family], ['Strengths', c.strengths], ['Needs', c.needs], ['Risks', c.risks], ['Outcomes', c.outcomes]]),
    h2('E. Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    ...part('F', 'Views and consent', [["Child's views", c.childComment], ["Parent's views", c.parentComment], ['Level of need', needLevel(c, 'word')], ['Consent', { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]]]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-fourth wave): a health record's printout, each entry "Label - value" under a
// dated contact heading

function hvReviewPrint(c: Case): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const e = (label: string, value: string | null | undefined): Element => p(`${label} - ${value ?? ''}`);
  return [
    p({ bold: 'CHILD HEALTH RECORD - EARLY HELP ASSESSMENT' }),
    p(`Contact: ${fmtDate(c.assessmentDate, 'dmy')}  ${c.assessor.name} (${c.assessor.role}, ${c.assessor.org})`),
    e('Patient', childName(ch)),
    e('DOB', fmtDate(ch.dob, 'dmy')),
    e('Sex', genderWord(ch)),
    e('Ethnic group', c.ethnicity),
    e('Disability', c.disability ?? ''),
    e('School/nursery', schoolText(c)),
    e('Registered GP', c.gp),
    ...c.children.slice(1).map((x) => e('Sibling', `${childName(x)} ${fmtDate(x.dob, 'dmy')}`)),
    e('Main carer', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
    e('Carer contact', [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')),
    e('Household', c.familyComposition),
    e('Present', c.present.text),
    e('Reason for EHA', c.reason),
    e('Child health and development', c.domains.development),
    e('Parenting', c.domains.parenting),
    e('Family and environment', c.domains.family),
    e('Strengths', c.strengths),
    e('Needs', c.needs),
    e('Risks', c.risks),
    e('Outcomes', c.outcomes),
    ...c.actions.map((a) => e('Plan', `${a.what} (${a.who}, ${a.when})`)),
    e('Voice of child', c.childComment),
    e('Parent view', c.parentComment),
    e('Level of need', needLevel(c, 'tier')),
    e('Consent to share', { written: 'Written consent obtained', verbal: 'Verbal consent obtained', unspecified: 'Consent obtained', none: 'Declined' }[k]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-fourth wave): a Team Around the Family record: the family's members in one
// table, the plan's owners as initials, the lead professional named

function teamAroundFamily(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const initials = (name: string) => name.split(/\s+/).map((w) => w[0]).join('');
  return [
    h1('Team Around the Family: Assessment and Plan'),
    table([0.3, 0.2, 0.2, 0.3], [
      [lbl('Family member'), lbl('Relationship'), lbl('Date of birth'), lbl('Notes')],
      ...c.children.map((x, i) => [txt(childName(x)), txt(i === 0 ? 'Subject child' : 'Sibling (also assessed)'), txt(fmtDate(x.dob, 'dmy')), txt(i === 0 ? `${genderWord(x)}; ${c.ethnicity ?? ''}` : '')]),
      ...(c.parent ? [[txt(c.parent.name), txt(c.parent.relationship), txt(''), txt([c.parent.phone, c.parent.address].filter(Boolean).join(', '))]] : []),
    ]),
    table([0.35, 0.65], [
      row('Ethnicity', c.ethnicity),
      row('Disability', c.disability ? c.disability[0].toUpperCase() + c.disability.slice(1) : ''),
      row('School', schoolText(c)),
      row('GP', c.gp),
      row('Others in the household', c.familyComposition),
      row('Date of TAF assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Lead professional', `${c.assessor.name} (${initials(c.assessor.name)}), ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Owner'), lbl('Timescale')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who === c.assessor.name || a.who.includes(c.assessor.name) ? initials(c.assessor.name) : a.who)], [ans(rng, a.when)]])]),
    table([0.35, 0.65], [
      row("Child's views", c.childComment),
      row("Parent's views", c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Consent', { written: 'Signed', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-fifth wave): a pre-2010 Word template, its answers in legacy text form fields,
// section headings in shaded rows, consent as two questions

function legacyFields(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const banner = (t: string): Cell[] => [lbl(t)];
  return [
    h1('Common Assessment Framework - Assessment Form'),
    table([0.4, 0.6], [
      banner('1. Details of the child or young person'),
      row('Forename(s)', c.children.map((x) => x.given).join(' and ')),
      row('Surname', ch.family),
      row('Date of birth / EDD', fmtDate(ch.dob, 'dmy')),
      row('Male / female', ch.gender === 'unknown' ? '' : genderWord(ch)),
      row('Ethnic origin', c.ethnicity),
      row('Disability (yes / no / rather not say)', c.disability ?? ''),
      row('School / early years setting', schoolText(c)),
      row('UPN', upnOf(c)),
      row('GP', c.gp),
      banner('2. Parents / carers'),
      row('Name', c.parent?.name),
      row('Relationship', c.parent?.relationship),
      row('Address', c.parent?.address),
      row('Telephone', c.parent?.phone),
      row('Family composition', c.familyComposition),
      banner('3. Assessment information'),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Others present', c.present.text),
      row('Name of assessor', c.assessor.name),
      row('Agency and role', `${c.assessor.org}, ${c.assessor.role}`),
      row('What has led to this assessment?', c.reason),
      banner('4. Assessment'),
      row('Development of the child', c.domains.development),
      row('Parents and carers', c.domains.parenting),
      row('Family and environmental factors', c.domains.family),
      banner('5. Conclusions'),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Desired outcomes', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Agreed action'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.4, 0.6], [
      row("Child or young person's comments", c.childComment),
      row("Parent or carer's comments", c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
      row('Has consent been given to share this information?', k === 'none' ? pick(rng, ['No', '']) : 'Yes'),
      row('If yes, was it written or verbal?', { written: 'Written', verbal: 'Verbal', unspecified: '', none: '' }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-fifth wave): an assessment sent as an email and saved: the message's own header
// (From, Sent, Subject) above the practitioner's "Label: value" lines

function emailedAssessment(c: Case): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const line = (label: string, value: string | null | undefined): Element => p(`${label}: ${value ?? ''}`);
  const sent = c.assessmentDate ? new Date(Date.parse(`${c.assessmentDate}T00:00:00Z`) + 3 * 864e5).toISOString().slice(0, 10) : '2025-11-20';
  return [
    p(`From: ${c.assessor.name} <${c.assessor.email}>`),
    p(`Sent: ${withWeekday(sent)} 16:42`),
    p('To: Early Help Hub'),
    p(`Subject: EHA - ${childName(ch)}`),
    p('Hello, please find the early help assessment below. Thanks.'),
    line('Child', childName(ch)),
    line('DOB', fmtDate(ch.dob, 'dmy')),
    line('Gender', genderWord(ch)),
    line('Ethnicity', c.ethnicity),
    line('Disability', c.disability ?? ''),
    line('School', schoolText(c)),
    line('GP', c.gp),
    ...(c.children.length > 1 ? [line('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    line('Mum / carer', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
    line('Contact', [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')),
    line('Household', c.familyComposition),
    line('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
    line('Present', c.present.text),
    line('My role', `${c.assessor.role}, ${c.assessor.org}`),
    line('Reason', c.reason),
    line('Development', c.domains.development),
    line('Parenting', c.domains.parenting),
    line('Family and environment', c.domains.family),
    line('Strengths', c.strengths),
    line('Needs', c.needs),
    line('Risks', c.risks),
    line('Outcomes', c.outcomes),
    ...c.actions.map((a, i) => line(`Action ${i + 1}`, `${a.what} - ${a.who} - ${a.when}`)),
    line("Child's view", c.childComment),
    line("Parent's view", c.parentComment),
    line('Level of need', needLevel(c, 'word')),
    line('Consent', { written: 'signed consent form attached', verbal: 'verbal consent given', unspecified: 'yes', none: 'not given' }[k]),
    p(`Kind regards, ${c.assessor.name.split(' ')[0]}`),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-sixth wave): questions numbered "4a)", "4b)", each yes / no question with an
// "If yes, give details" row under it

function subquestions(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Assessment'),
    table([0.45, 0.55], [
      row('1a) Child’s name', childName(ch)),
      row('1b) Date of birth', fmtDate(ch.dob, 'dmy')),
      row('1c) Gender', genderWord(ch)),
      row('1d) Ethnicity', c.ethnicity),
      row('2a) Does the child have a disability?', c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Rather not say' }[c.disability] : ''),
      row('2b) If yes, give details', c.disability === 'yes' ? c.disabilityDetail ?? 'See health records' : ''),
      row('3a) Does the child attend a school or setting?', c.school.kind === 'missing' ? '' : 'Yes'),
      row('3b) If yes, which?', schoolText(c)),
      row('3c) GP', c.gp),
      ...(c.children.length > 1 ? [row('3d) Other children in this assessment', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('4a) Parent / carer', c.parent?.name),
      row('4b) Telephone', c.parent?.phone),
      row('4c) Address', c.parent?.address),
      row('4d) Household', c.familyComposition),
      row('5a) Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('5b) Who was present?', c.present.text),
      row('5c) Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('5d) Reason for assessment', c.reason),
      row('6a) Development', c.domains.development),
      row('6b) Parenting', c.domains.parenting),
      row('6c) Family and environment', c.domains.family),
      row('7a) Strengths', c.strengths),
      row('7b) Needs', c.needs),
      row('7c) Risks', c.risks),
      row('7d) Outcomes', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('8) Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.45, 0.55], [
      row("9a) Child's views", c.childComment),
      row("9b) Parent's views", c.parentComment),
      row('10) Level of need', needLevel(c, 'word')),
      row('11a) Has the family consented to sharing?', k === 'none' ? pick(rng, ['No', '']) : 'Yes'),
      row('11b) If yes, how?', { written: 'In writing', verbal: 'Verbally', unspecified: '', none: '' }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-sixth wave): a youth service's form for an older young person, education,
// training or employment in place of school, the young person's own words

function youngAdult(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Young People’s Early Help Assessment'),
    table([0.38, 0.62], [
      row('Young person', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender identity', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability or long-term condition', c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Prefers not to say' }[c.disability] : ''),
      row('School, college, training or employment', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Brothers / sisters also included', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer or trusted adult', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
      row('Their phone', c.parent?.phone),
      row('Their address', c.parent?.address),
      row('Who the young person lives with', c.familyComposition),
      row('Date', fmtDate(c.assessmentDate, 'dmy')),
      row('Who was involved', c.present.text),
      row('Youth worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Why we are working together', c.reason),
      row('Health and wellbeing', c.domains.development),
      row('Family relationships and support', c.domains.parenting),
      row('Home, money and community', c.domains.family),
      row('What is going well', c.strengths),
      row('What support is needed', c.needs),
      row('Worries and risks', c.risks),
      row('Goals', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Step'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.38, 0.62], [
      row('In my own words (young person)', c.childComment),
      row('Parent / carer comments', c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
      row('Young person / parent agree to sharing', { written: 'Yes - signed', verbal: 'Yes - verbally', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-seventh wave): an older council's Word template with Wingdings tick boxes and
// abbreviated labels, its plan naming owners by the abbreviations of their roles

const ROLE_ABBREVIATIONS: Record<string, string> = {
  'Family Support Worker': 'FSW', 'Health Visitor': 'HV', 'School Nurse': 'SN', SENCO: 'SENCo', 'Inclusion Manager': 'Inc. Mgr',
  'Head of Year 9': 'HoY 9', 'Outreach Worker': 'OW', 'Youth Worker': 'YW',
};

function symbolTicks(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const ticks = (options: [string, boolean][]): Cell => [{ ticks: options.map(([label, checked]) => ({ label, checked })) }];
  const abbreviated = (who: string) => {
    const role = c.assessor.role, short = ROLE_ABBREVIATIONS[role] ?? role;
    return who === role ? short : who.startsWith(`${role} (`) ? `${short} (${c.assessor.name.split(' ')[1]})` : who;
  };
  return [
    h1('CAF - Assessment Record'),
    p('Kingsmere Children’s Trust. Type into the boxes and tick (þ) where it applies.'),
    table([0.3, 0.7], [
      [lbl('SECTION 1 - CHILD / YOUNG PERSON')],
      row('Name', childName(ch)),
      row('D.O.B. / E.D.D.', fmtDate(ch.dob, 'dmy')),
      [lbl('M / F'), ticks([['M', ch.gender === 'male'], ['F', ch.gender === 'female']])],
      row('Ethnic origin', c.ethnicity),
      row('Lang.', c.language),
      [lbl('Disab.?'), ticks([['Y', c.disability === 'yes'], ['N', c.disability === 'no'], ['Not stated', c.disability === 'rather not say']])],
      row('UPN', upnOf(c)),
      row('Sch. / nursery', c.school.kind === 'recorded' ? c.school.name : ''),
      row('Dr / surgery', c.gp),
      ...(c.children.length > 1 ? [row('Other sibs on this CAF', c.children.slice(1).map((x) => `${x.given} ${fmtDate(x.dob, 'dmy')}`).join(', '))] : []),
      [lbl('SECTION 2 - PARENTS / CARERS')],
      row('P/C name', c.parent?.name),
      row('Rel. to child', c.parent?.relationship),
      row('P/C tel.', c.parent?.phone),
      row('P/C addr. (if diff.)', c.parent?.address),
      row('H/hold members', c.familyComposition),
      [lbl('SECTION 3 - ASSESSMENT')],
      row('Date of asst.', fmtDate(c.assessmentDate, 'dmy')),
      row('Those present', c.present.text),
      row('Completed by', c.assessor.name),
      row('Designation', c.assessor.role),
      row('Agency', c.assessor.org),
      row('Tel. / e-mail', `${c.assessor.phone} / ${c.assessor.email}`),
      row('Reason for asst.', c.reason),
      [lbl('SECTION 4 - ASSESSMENT')],
      row('Dev. of CYP', c.domains.development),
      row('Parents & carers', c.domains.parenting),
      row('Family & env.', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes wanted', c.outcomes),
    ]),
    p({ bold: 'SECTION 5 - PLAN' }),
    table([0.55, 0.2, 0.25], [[lbl('Action'), lbl('By who'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(abbreviated(a.who)), txt(a.when)])]),
    table([0.3, 0.7], [
      [lbl('SECTION 6 - VIEWS')],
      row('CYP’s views', c.childComment),
      row('P/C’s views', c.parentComment),
      [lbl('Level of need'), ticks([1, 2, 3, 4].map((n) => [`L${n}`, c.levelOfNeed === n]))],
      [lbl('SECTION 7 - CONSENT')],
      [lbl('Consent to share?'), ticks([['Y', k !== 'none'], ['N', k === 'none' && rng() < 0.6]])],
      [lbl('Written / verbal'), ticks([['Written', k === 'written'], ['Verbal', k === 'verbal']])],
      row('P/C signature', c.consent.signature),
      row('Date', k === 'written' ? fmtDate(c.consent.date, 'dmy') : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-seventh wave): an assessment that opens with a chronology of significant events
// (dates that are not the assessment's), a professionals table and a manager's sign-off

function chronologyLed(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const ref = Date.parse(c.assessmentDate ?? '2025-06-15');
  const before = (days: number) => fmtDate(new Date(ref - days * 86_400_000).toISOString().slice(0, 10), 'dmy');
  const events: [string, string, string][] = [
    [before(240), 'Police attended a verbal argument at the home; no further action', 'Police notification'],
    [before(150), 'Two missed immunisation appointments', 'GP'],
    [before(60), 'Attendance letter sent home (attendance 86%)', 'Education welfare'],
    [before(21), `Request for early help received from ${c.assessor.org}`, 'Early Help Hub'],
  ];
  const disability = c.disability === 'yes' ? `Yes - ${c.disabilityDetail}` : c.disability === 'no' ? 'No' : c.disability === 'rather not say' ? 'Prefer not to say' : '';
  const manager = !c.childComment ? `${ch.unborn ? 'Mum' : ch.given}’s own views still to be gathered - please see ${ch.unborn ? 'her' : 'them'} at the first review.` : 'Clear chronology and analysis; level of need agreed.';
  return [
    h1('Early Help Assessment'),
    p('Form EH2. Complete the chronology first: it shows why help is needed now.'),
    h2('Significant events (chronology)'),
    table([0.16, 0.6, 0.24], [[lbl('Date'), lbl('Event'), lbl('Source')], ...events.map((e) => e.map((x) => txt(x)))]),
    h2('About the child'),
    table([0.38, 0.62], [
      row('Full name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy') + (ch.unborn ? ' (expected)' : '')),
      row('Sex', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Main language', c.language),
      row('Any disability or additional needs?', disability),
      row('UPN', upnOf(c)),
      ...(c.children.length > 1 ? [row('Brothers and sisters included in this assessment', c.children.slice(1).map((x) => `${childName(x)}, ${fmtDate(x.dob, 'dmy')}`).join('; '))] : []),
    ]),
    h2('Parents and carers'),
    table([0.28, 0.2, 0.2, 0.32], [
      [lbl('Name'), lbl('Relationship'), lbl('Phone'), lbl('Address (if not the child’s)')],
      [txt(c.parent?.name), txt(c.parent?.relationship), txt(c.parent?.phone), txt(c.parent?.address)],
      [txt(''), txt(''), txt(''), txt('')],
    ]),
    h2('Household'),
    p(c.familyComposition ?? ''),
    h2('Professionals involved'),
    table([0.3, 0.4, 0.3], [
      [lbl('Agency'), lbl('Name'), lbl('Contact details')],
      [txt('GP'), txt(c.gp), txt('')],
      [txt('School / nursery'), txt(c.school.kind === 'recorded' ? c.school.name : ''), txt('')],
      [txt('Health visitor / school nurse'), txt(''), txt('')],
      [txt('Other'), txt(''), txt('')],
    ]),
    h2('This assessment'),
    table([0.38, 0.62], [
      row('Date this assessment was completed', fmtDate(c.assessmentDate, 'long')),
      row('People spoken to at the assessment', c.present.text),
      row('Lead practitioner', c.assessor.name),
      row('Job title', c.assessor.role),
      row('Organisation', c.assessor.org),
      row('Contact', c.assessor.phone),
      row('Presenting issues', c.reason),
    ]),
    h2('Assessment'),
    table([0.38, 0.62], [
      row('The child’s developmental needs', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family and environmental factors', c.domains.family),
      row('Strengths', c.strengths),
      row('Areas of concern', c.needs),
      row('Risks / vulnerabilities', c.risks),
      row('What we want to achieve', c.outcomes),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('What'), lbl('Who'), lbl('Timescale')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    h2('Views'),
    table([0.38, 0.62], [
      row('Views of the child', c.childComment),
      row('Views of the parent(s)', c.parentComment),
    ]),
    h2('Information sharing'),
    table([0.38, 0.62], [
      row('The family agree to information being shared with the professionals named here', { written: `Agreed. Signed consent held on file (${fmtDate(c.consent.date, 'dmy')})`, verbal: 'Agreed verbally at the visit', unspecified: 'Agreed', none: pick(rng, ['Not agreed', '']) }[k]),
      row('Threshold level', needLevel(c, 'digit')),
    ]),
    h2('Manager sign-off'),
    table([0.38, 0.62], [
      row('Manager comments', manager),
      row('Manager', 'Lorraine Fitch, Early Help Team Manager'),
      row('Date signed off', c.assessmentDate ? before(-7) : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-seventh wave): a family hub's assessment reviewed by a manager with Word's track
// changes on (deletions that no longer stand, insertions that do); the PDF is printed without markup

function trackedReview(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const changed = (q: string, del: string | undefined, ins: string | null | undefined): Cell[] => [lbl(q), [{ tracked: { del, ins: ins ?? undefined } }]];
  const consent = { written: 'Written - consent form signed by mum', verbal: 'Verbal - given by mum on the phone', unspecified: 'Yes', none: pick(rng, ['Declined', '']) }[k];
  const level = needLevel(c, 'word');
  return [
    h1('Family Hub - Family Assessment'),
    table([0.4, 0.6], [
      [lbl('About the child')],
      row('Name of child / young person', childName(ch)),
      row('DOB', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity (as described by the family)', c.ethnicity),
      row('Does the child have a disability or SEND?', disabilityText(c, 'No', 'Family would rather not say')),
      c.school.kind === 'recorded' || !c.gp ? row('Education setting', schoolText(c)) : changed('Education setting', 'Larkspur Primary', schoolText(c)),
      c.gp ? row('GP practice', c.gp) : changed('GP practice', 'Riverside Medical Centre (wrong family - removed)', null),
      ...(c.children.length > 1 ? [row('Other children in the family', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      [lbl('About the family')],
      row('Main parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact number', c.parent?.phone),
      row('Address if different from the child', c.parent?.address),
      row('Who lives at home?', c.familyComposition),
      [lbl('The assessment')],
      c.assessmentDate ? changed('Date of family assessment', 'TBC', fmtDate(c.assessmentDate, 'dmy')) : row('Date of family assessment', ''),
      c.present.kind === 'blank' ? changed('Who was at the assessment meeting?', 'Mum', '') : changed('Who was at the assessment meeting?', 'Mum', c.present.text),
      row('Family hub worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Why is the family being offered support?', c.reason),
      row('Child’s development and wellbeing', c.domains.development),
      row('Parenting and relationships', c.domains.parenting),
      row('Home, money and community', c.domains.family),
      row('What is going well?', c.strengths),
      row('What are we worried about?', c.needs),
      row('What could go wrong if nothing changes?', c.risks),
      row('What does the family want to be different?', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Lead'), lbl('Review date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.4, 0.6], [
      row('Child’s view (in their words)', c.childComment),
      row('Parent / carer view', c.parentComment),
      level ? changed('Level of support', 'Level 1 - Universal', level) : row('Level of support', ''),
      k === 'written' ? changed('Consent to share information', 'Verbal', consent) : k === 'none' ? changed('Consent to share information', 'Yes - verbal', consent) : row('Consent to share information', consent),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-eighth wave): a form whose gaps are filled the way practitioners fill them
// ("N/K", "TBC", "Not asked", "See referral form") rather than left blank

function fillerAnswers(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined, fillers: string[]): Cell[] => [lbl(q), txt(a || pick(rng, fillers))];
  const UNKNOWN = ['N/K', 'n/k', 'Not known', 'Unknown', 'TBC', 'To be confirmed'];
  return [
    h1('Early Help Assessment (EHA)'),
    h2('Child'),
    table([0.35, 0.65], [
      row('Forename(s)', ch.given, UNKNOWN),
      row('Surname', ch.family, UNKNOWN),
      row('DOB', fmtDate(ch.dob, 'dmy'), ['N/K', 'Not known']),
      row('Sex', genderWord(ch), UNKNOWN),
      row('Ethnic group', c.ethnicity, ['Not asked', 'N/K', 'Not known', 'Not recorded']),
      row('Disabled?', c.disability ? { yes: `Yes - ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Rather not say' }[c.disability] : null, ['Not asked', 'N/K', 'TBC']),
      row('UPN', upnOf(c), ['N/K', 'N/A', '-']),
      row('Education provider', c.school.kind === 'recorded' ? c.school.name : null, ['TBC', 'N/K', 'Not known', 'Awaiting info']),
      row('GP surgery', c.gp, ['N/K', 'Not known', 'TBC', 'Awaiting info']),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '), ['N/A'])] : []),
    ]),
    h2('Parent / carer'),
    table([0.35, 0.65], [
      row('Full name', c.parent?.name, ['N/K', 'Not known']),
      row('Relationship', c.parent?.relationship, ['N/K', '-']),
      row('Contact number', c.parent?.phone, ['N/K', 'No number given', 'TBC', 'Not known']),
      row('Address', c.parent?.address, ['N/K', 'Not given']),
      row('Who lives in the household?', c.familyComposition, ['TBC', 'N/K', 'Not discussed']),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Date of EHA', fmtDate(c.assessmentDate, 'dmy'), ['TBC', 'N/K', 'Not recorded']),
      [lbl('Present at EHA'), txt(c.present.text || pick(rng, ['', '-']))],
      row('EHA completed by', c.assessor.name, UNKNOWN),
      row('Role', c.assessor.role, UNKNOWN),
      row('Service', c.assessor.org, UNKNOWN),
      row('Reason for EHA', c.reason, ['See referral form', 'TBC', 'As per referral']),
      row('Child’s development', c.domains.development, ['Nil', 'No concerns', 'N/A']),
      row('Parenting capacity', c.domains.parenting, ['Nil', 'No concerns', 'N/A']),
      row('Family and environment', c.domains.family, ['Nil', 'No concerns', 'N/A']),
      row('Strengths', c.strengths, ['TBC', 'N/A']),
      row('Needs', c.needs, ['TBC', 'N/A']),
      row('Risks', c.risks, ['None identified', 'N/A']),
      row('Outcomes', c.outcomes, ['TBC', 'N/A']),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Views'),
    table([0.35, 0.65], [
      row('Views of child', c.childComment, ['Not obtained', 'Not asked', 'N/A', 'Not gathered yet']),
      row('Views of parent / carer', c.parentComment, ['None given', 'Not obtained', 'N/A', 'Not recorded']),
      row('Level of need', needLevel(c, 'digit'), ['TBC', 'Not agreed', 'N/K']),
      row('Consent to share', { written: 'Yes - signed', verbal: 'Yes - verbal', unspecified: 'Yes', none: '' }[k], ['Not discussed', 'Not obtained', 'N/K', 'No']),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-eighth wave): the assessment written up as a report, numbered paragraphs under
// headings; the date and the consent told in sentences, the child's views under the child's name

function narrativeReport(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const who = ch.unborn ? 'the baby' : ch.given;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const els: Element[] = [
    h1('Early Help Assessment Report'),
    table([0.3, 0.7], [
      row('Child', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'long')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', c.disability ? { yes: `Yes: ${c.disabilityDetail}`, no: 'None', 'rather not say': 'Family preferred not to say' }[c.disability] : ''),
      row('UPN', upnOf(c)),
      row('School', c.school.kind === 'recorded' ? c.school.name : ''),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Also covered by this report', c.children.slice(1).map((x) => `${childName(x)} (born ${fmtDate(x.dob, 'long')})`).join(', '))] : []),
      row('Report author', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Level of need', needLevel(c, 'word')),
    ]),
    h2('1. Introduction'),
    p(c.assessmentDate ? `1.1 I completed this assessment with the family on ${fmtDate(c.assessmentDate, 'long')} at the family home.` : '1.1 I completed this assessment with the family at the family home.'),
  ];
  if (c.present.kind !== 'blank') els.push(p(`1.2 Present: ${c.present.text}.`));
  els.push(h2('2. The family'));
  if (c.familyComposition) els.push(p(`2.1 Household: ${c.familyComposition}.`));
  if (c.parent) {
    const reach = [c.parent.phone && `on ${c.parent.phone}`, c.parent.address && `at ${c.parent.address}`].filter(Boolean).join(' or ');
    els.push(p(`2.2 ${c.parent.name} is ${who}’s ${c.parent.relationship.toLowerCase()}${reach ? ` and can be contacted ${reach}` : ''}.`));
  }
  els.push(
    h2('3. Reason for the assessment'),
    p(c.reason ? `3.1 ${c.reason}` : ''),
    h2('4. Assessment'),
    p({ bold: 'Development' }), p(c.domains.development ?? ''),
    p({ bold: 'Parenting' }), p(c.domains.parenting ?? ''),
    p({ bold: 'Family and environment' }), p(c.domains.family ?? ''),
    p({ bold: 'Strengths' }), p(c.strengths ?? ''),
    p({ bold: 'Needs' }), p(c.needs ?? ''),
    p({ bold: 'Risks' }), p(c.risks ?? ''),
    p({ bold: 'What we want to change' }), p(c.outcomes ?? ''),
  );
  let n = 5;
  if (c.childComment) els.push(h2(`${n++}. ${ch.unborn ? 'The child' : ch.given}’s views`), p(`${n - 1}.1 ${c.childComment}`));
  if (c.parentComment) els.push(h2(`${n++}. Mum’s views`), p(`${n - 1}.1 ${c.parentComment}`));
  els.push(
    h2(`${n++}. Plan`),
    table([0.5, 0.25, 0.25], [[lbl('What will happen'), lbl('Who'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2(`${n}. Consent`),
    p(`${n}.1 ${{
      written: `${c.consent.signature} signed the consent form on ${fmtDate(c.consent.date, 'long')}; it is held on the file.`,
      verbal: 'Mum gave verbal consent to this assessment and to it being shared with the services named.',
      unspecified: 'The family consented to this assessment being shared.',
      none: pick(rng, ['Consent to share was not given.', 'Mum did not want the assessment shared.']),
    }[k]}`),
  );
  return els;
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-eighth wave): a case system's print with who answered each question and when
// beside every answer, and the date it was printed

function auditColumns(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const ref = Date.parse(c.assessmentDate ?? '2025-06-15');
  const stamp = (days: number) => fmtDate(new Date(ref + days * 86_400_000).toISOString().slice(0, 10), 'dmy');
  const row = (q: string, a: string | null | undefined): Cell[] => (a ? [txt(q), txt(a), txt(c.assessor.name), txt(stamp(Math.floor(rng() * 4)))] : [txt(q), txt(''), txt(''), txt('')]);
  return [
    h1('Early Help Assessment'),
    p(`Printed ${stamp(40)} 09:14. Status: Authorised.`),
    table([0.28, 0.42, 0.17, 0.13], [
      [lbl('Question'), lbl('Answer'), lbl('Answered by'), lbl('Date')],
      row('Child / young person name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School or setting', schoolText(c)),
      row('Registered GP', c.gp),
      ...(c.children.length > 1 ? [row('Linked children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Primary carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Primary carer phone', c.parent?.phone),
      row('Primary carer address', c.parent?.address),
      row('Household members', c.familyComposition),
      row('Assessment date', fmtDate(c.assessmentDate, 'dmy')),
      row('Attendees', c.present.text),
      row('Assessing worker', c.assessor.name),
      row('Worker role', c.assessor.role),
      row('Worker team', c.assessor.org),
      row('Reason for request', c.reason),
      row('Child development', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family & environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Desired outcomes', c.outcomes),
    ]),
    table([0.45, 0.3, 0.25], [[lbl('Action'), lbl('Responsible'), lbl('Target date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.28, 0.42, 0.17, 0.13], [
      [lbl('Question'), lbl('Answer'), lbl('Answered by'), lbl('Date')],
      row('Child views', c.childComment),
      row('Parent/carer views', c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Consent type', { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['Refused', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-ninth wave): a paper form filled in by hand, scanned and read back by OCR (a
// searchable PDF, or the scan converted to Word): misread letters in labels and answers, boxes
// read as "[X]" or "IXI", nothing in bold

/** What OCR makes of a typed word now and then: rn for m, 1 for l, c for e, 0 for o … */
function ocr(rng: Rng, text: string, rate = 0.25): string {
  const swaps: [RegExp, string][] = [[/rn/, 'm'], [/m/, 'rn'], [/l/, '1'], [/i/, 'l'], [/e/, 'c'], [/o/, '0'], [/cl/, 'd'], [/h/, 'li'], [/t/, 'f']];
  return text
    .split(/(\s+)/)
    .map((w) => {
      if (!/[a-z]{4,}/.test(w) || rng() >= rate) return w;
      const options = swaps.filter(([re]) => re.test(w));
      if (!options.length) return w;
      const [re, to] = pick(rng, options);
      return w.replace(re, to);
    })
    .join('')
    // a zero read as a capital O
    .replace(/\b0(?=\d)/g, (d) => (rng() < 0.2 ? 'O' : d));
}

function ocrScan(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const o = (s: string | null | undefined) => ocr(rng, s ?? '');
  const row = (q: string, a: string | null | undefined): Cell[] => [txt(o(q)), txt(o(a))];
  const box = (checked: boolean) => (checked ? pick(rng, ['[X]', '[x]', 'IXI', '[X]']) : pick(rng, ['[ ]', '[]', '[ ]']));
  const ticks = (options: [string, boolean][]): string => options.map(([label, on]) => `${box(on)} ${label}`).join('  ');
  return [
    p(o('Common Assessment Framework - Assessment form')),
    table([0.38, 0.62], [
      row('Given name(s)', ch.given),
      row('Family name', ch.family),
      row('Date of birth or expected date of delivery', fmtDate(ch.dob, 'dmy')),
      [txt(o('Gender')), txt(ticks([['Male', ch.gender === 'male'], ['Female', ch.gender === 'female']]))],
      row('Ethnicity', c.ethnicity),
      [txt(o('Does the child have a disability?')), txt(ticks([['Yes', c.disability === 'yes'], ['No', c.disability === 'no'], ['Rather not say', c.disability === 'rather not say']]))],
      row('UPN', upnOf(c)),
      row('School / early years setting', c.school.kind === 'recorded' ? c.school.name : ''),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children in the family included in this assessment', c.children.slice(1).map((x) => `${childName(x)} ${fmtDate(x.dob, 'dmy')}`).join('; '))] : []),
      row('Parent / carer name', c.parent?.name),
      row('Relationship to the child', c.parent?.relationship),
      row('Telephone', c.parent?.phone),
      row('Address (if different)', c.parent?.address),
      row('Family composition / household members', c.familyComposition),
      row('Date assessment started', fmtDate(c.assessmentDate, 'dmy')),
      row('Who was present at the assessment?', c.present.text),
      row('Name of person undertaking the assessment', c.assessor.name),
      row('Role', c.assessor.role),
      row('Organisation', c.assessor.org),
      row('What has led to this assessment?', c.reason),
      row('Development of the child', c.domains.development),
      row('Parents and carers', c.domains.parenting),
      row('Family and environmental factors', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Desired outcomes', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[txt(o('Agreed action')), txt('By whom'), txt('By when')], ...c.actions.map((a) => [txt(o(a.what)), txt(o(a.who)), txt(o(a.when))])]),
    table([0.38, 0.62], [
      row('Child or young person’s comments', c.childComment),
      row('Parent or carer’s comments', c.parentComment),
      [txt(o('Level of need')), txt(ticks([1, 2, 3, 4].map((n) => [`Level ${n}`, c.levelOfNeed === n])))],
      [txt(o('Consent to share information')), txt(ticks([['Yes', k !== 'none'], ['No', k === 'none' && rng() < 0.5]]))],
      [txt(o('How was consent given?')), txt(ticks([['Written', k === 'written'], ['Verbal', k === 'verbal']]))],
      row('Signature of parent / carer', c.consent.signature),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-ninth wave): "highlight as appropriate": the chosen option of "Yes / No"
// highlighted, a signature line of underscores

function highlightChoices(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const choose = (q: string, options: [string, boolean][]): Cell[] => [lbl(q), [{ ticks: options.map(([label, checked]) => ({ label, checked })) }]];
  const line = (value: string | null | undefined, n: number) => (value ? `${value}${'_'.repeat(Math.max(4, n - value.length))}` : '_'.repeat(n));
  return [
    h1('Family Support Assessment'),
    p('Highlight the answer that applies.'),
    table([0.38, 0.62], [
      row('Child’s full name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      choose('Gender', [['Male', ch.gender === 'male'], ['Female', ch.gender === 'female'], ['Not known', ch.gender === 'unknown']]),
      row('Ethnicity', c.ethnicity),
      choose('Does the child have a disability?', [['Yes', c.disability === 'yes'], ['No', c.disability === 'no'], ['Prefer not to say', c.disability === 'rather not say']]),
      row('School / nursery attended', schoolText(c)),
      row('GP and surgery', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Mother / father / carer name', c.parent?.name),
      row('Telephone', c.parent?.phone),
      row('Home address (if different)', c.parent?.address),
      row('Everyone living in the home', c.familyComposition),
      row('Date of assessment visit', fmtDate(c.assessmentDate, 'dmy')),
      row('Who was there?', c.present.text),
      row('Worker name and agency', `${c.assessor.name} (${c.assessor.role}), ${c.assessor.org}`),
      row('Why is support needed?', c.reason),
      row('Child’s health and development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family, home and community', c.domains.family),
      row('What is working well?', c.strengths),
      row('What needs to change?', c.needs),
      row('Risks', c.risks),
      row('Hoped-for outcomes', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Task'), lbl('Who will do it'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.38, 0.62], [
      row('What the child says', c.childComment),
      row('What mum / dad / carer says', c.parentComment),
      choose('Level of need', [1, 2, 3, 4].map((n) => [String(n), c.levelOfNeed === n])),
      choose('Consent to share', [['Yes', k !== 'none'], ['No', k === 'none' && rng() < 0.6]]),
      choose('Consent given', [['Written', k === 'written'], ['Verbal', k === 'verbal']]),
    ]),
    p(`Signed (parent / carer): ${line(c.consent.signature, 28)}   Date: ${line(k === 'written' ? fmtDate(c.consent.date, 'dmy') : null, 12)}`),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (twenty-ninth wave): a case system's print that names the child only in the running
// header of every page; consent as a declaration signed on a line

function headerIdentity(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const ref = `EH${String(Math.floor(rng() * 1e6)).padStart(6, '0')}`;
  const consent: Element[] = {
    written: [p(`Signed: ${c.consent.signature}________   Date: ${fmtDate(c.consent.date, 'dmy')}____`)],
    verbal: [p('Signed: ____________________   Date: __________'), p(`Verbal consent taken by ${c.assessor.name} on ${fmtDate(c.consent.date, 'dmy') || 'the day of the visit'}.`)],
    unspecified: [p('Signed: ____________________   Date: __________'), p('Consent to share: Yes')],
    none: [p('Signed: ____________________   Date: __________')],
  }[k];
  return [
    { t: 'running', header: `Child: ${childName(ch)}    DOB: ${fmtDate(ch.dob, 'dmy') || 'not recorded'}    Ref: ${ref}`, footer: 'Printed from the Early Help Module    Page {page} of {pages}' },
    h1('Early Help Assessment'),
    h2('Child and family'),
    table([0.38, 0.62], [
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('Education setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children in this assessment', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Parent / carer phone', c.parent?.phone),
      row('Parent / carer address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    h2('The assessment'),
    table([0.38, 0.62], [
      row('Assessment completed on', fmtDate(c.assessmentDate, 'dmy')),
      row('People involved in the assessment', c.present.text),
      row('Key worker', c.assessor.name),
      row('Key worker service', `${c.assessor.role}, ${c.assessor.org}`),
      row('Request for support reason', c.reason),
      row('Child’s needs - development', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family & environmental factors', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Owner'), lbl('Due')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.38, 0.62], [
      row('The child’s voice', c.childComment),
      row('The parent’s voice', c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
    ]),
    h2('Consent'),
    p('I agree to this assessment being shared with the services named in it.'),
    ...consent,
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirtieth wave): everyday templates in words not met before. A health visiting team's
// family health needs assessment

function familyHealthNeeds(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Family Health Needs Assessment'),
    h2('Baby / child'),
    table([0.38, 0.62], [
      row('Name', childName(ch)),
      row('DOB / EDD', fmtDate(ch.dob, 'dmy')),
      row('NHS number', `${400 + Math.floor(rng() * 500)} ${100 + Math.floor(rng() * 800)} ${1000 + Math.floor(rng() * 8000)}`),
      row('Sex', genderWord(ch)),
      row('Ethnic category', c.ethnicity),
      row('Long-term condition or disability', c.disability ? { yes: `Yes: ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Parent did not wish to say' }[c.disability] : ''),
      row('Registered GP practice', c.gp),
      row('Nursery / school', schoolText(c)),
      ...(c.children.length > 1 ? [row('Siblings also assessed', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Parents'),
    table([0.38, 0.62], [
      row('Parent 1', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
      row('Contact telephone', c.parent?.phone),
      row('Address if not as above', c.parent?.address),
      row('Parent 2', ''),
      row('Others living in the household', c.familyComposition),
    ]),
    h2('Contact'),
    table([0.38, 0.62], [
      row('Date of contact', fmtDate(c.assessmentDate, 'dmy')),
      row('Seen with', c.present.text),
      row('Health visitor / practitioner', `${c.assessor.name} - ${c.assessor.role}, ${c.assessor.org}`),
      row('Presenting concerns', c.reason),
    ]),
    h2('Assessment'),
    table([0.38, 0.62], [
      row('Health and development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and social circumstances', c.domains.family),
      row('Protective factors', c.strengths),
      row('Identified health needs', c.needs),
      row('Risk factors', c.risks),
      row('Expected outcomes', c.outcomes),
    ]),
    h2('Plan of care'),
    table([0.5, 0.25, 0.25], [[lbl('Intervention'), lbl('Responsible'), lbl('Review')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.38, 0.62], [
      row('Parent’s views on the plan', c.parentComment),
      row('Child’s views (where appropriate)', c.childComment),
      row('Universal / Universal Plus / Partnership Plus', c.levelOfNeed ? ['', 'Universal', 'Universal Plus', 'Universal Partnership Plus', 'Universal Partnership Plus (safeguarding)'][c.levelOfNeed] : ''),
      row('Consent obtained to share (verbal / written)', { written: 'Written', verbal: 'Verbal', unspecified: 'Obtained', none: pick(rng, ['Not obtained', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirtieth wave): a secondary school's pupil support plan used as its early help
// assessment

function pupilSupportPlan(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Pupil Support Plan (Early Help)'),
    table([0.2, 0.3, 0.2, 0.3], [
      [lbl('Pupil'), [ans(rng, childName(ch))], lbl('DOB'), [ans(rng, fmtDate(ch.dob, 'dmy'))]],
      [lbl('Gender'), [ans(rng, genderWord(ch))], lbl('Ethnicity'), [ans(rng, c.ethnicity)]],
      [lbl('SEN / disability'), [ans(rng, disabilityText(c, 'None', 'Not disclosed'))], lbl('UPN'), [ans(rng, upnOf(c))]],
      [lbl('School'), [ans(rng, c.school.kind === 'recorded' ? c.school.name : '')], lbl('Doctor'), [ans(rng, c.gp)]],
    ]),
    ...(c.children.length > 1 ? [p({ bold: 'Siblings on this plan: ' }, c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    h2('Home'),
    table([0.38, 0.62], [
      row('Main contact at home', c.parent ? `${c.parent.name}, ${c.parent.relationship.toLowerCase()}` : ''),
      row('Home phone / mobile', c.parent?.phone),
      row('Home address', c.parent?.address),
      row('Who the pupil lives with', c.familyComposition),
    ]),
    h2('Meeting'),
    table([0.38, 0.62], [
      row('Date of support meeting', fmtDate(c.assessmentDate, 'dmy')),
      row('Attended by', c.present.text),
      row('Plan written by', `${c.assessor.name} (${c.assessor.role}, ${c.assessor.org})`),
      row('Why are we meeting?', c.reason),
    ]),
    h2('What we know'),
    table([0.38, 0.62], [
      row('Learning, health and wellbeing', c.domains.development),
      row('Support from home', c.domains.parenting),
      row('Family, housing and money', c.domains.family),
      row('Pupil’s strengths', c.strengths),
      row('Barriers to learning and wellbeing', c.needs),
      row('Safeguarding concerns or risks', c.risks),
      row('Targets', c.outcomes),
    ]),
    h2('Support to be put in place'),
    table([0.5, 0.25, 0.25], [[lbl('Support'), lbl('Staff member / agency'), lbl('Start / review')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.38, 0.62], [
      row('Pupil voice', c.childComment),
      row('Parent / carer voice', c.parentComment),
      row('Early help level', needLevel(c, 'digit')),
      row('Parent / carer permission to share with other agencies', { written: 'Yes - permission slip signed', verbal: 'Yes - agreed on the phone', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirtieth wave): a single assessment in social care's words, each part under its
// own heading, answers as paragraphs

function singleAssessment(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const part = (title: string, body: string | null | undefined): Element[] => [h2(title), p(body ?? '')];
  return [
    h1('Single Assessment (Early Help)'),
    table([0.38, 0.62], [
      [lbl('Child’s name'), txt(childName(ch))],
      [lbl('Date of birth'), txt(fmtDate(ch.dob, 'long'))],
      [lbl('Gender'), txt(genderWord(ch))],
      [lbl('Ethnic origin'), txt(c.ethnicity)],
      [lbl('Disabled child?'), txt(c.disability ? { yes: `Yes (${c.disabilityDetail})`, no: 'No', 'rather not say': 'Rather not say' }[c.disability] : '')],
      [lbl('Educational establishment'), txt(schoolText(c))],
      [lbl('General practitioner'), txt(c.gp)],
      ...(c.children.length > 1 ? [[lbl('Other children subject to this assessment'), txt(c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'long')})`).join(', '))]] : []),
      [lbl('Person with parental responsibility'), txt(c.parent?.name)],
      [lbl('Relationship'), txt(c.parent?.relationship)],
      [lbl('Contact details'), txt([c.parent?.phone, c.parent?.address].filter(Boolean).join(', '))],
      [lbl('Date assessment commenced'), txt(fmtDate(c.assessmentDate, 'long'))],
      [lbl('Allocated worker'), txt(`${c.assessor.name}, ${c.assessor.role}`)],
      [lbl('Team'), txt(c.assessor.org)],
    ]),
    ...part('Family’s composition', c.familyComposition),
    ...part('Persons consulted during the assessment', c.present.text),
    ...part('Reason for assessment / presenting issues', c.reason),
    ...part('Child’s developmental needs', c.domains.development),
    ...part('Parenting capacity', c.domains.parenting),
    ...part('Family and environmental factors', c.domains.family),
    ...part('Strengths and resilience', c.strengths),
    ...part('Analysis of needs', c.needs),
    ...part('Analysis of risk', c.risks),
    ...part('Desired outcomes for the child', c.outcomes),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Responsible person'), lbl('Timescale')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    ...part('Child’s wishes and feelings', c.childComment),
    ...part('Parent / carer’s views', c.parentComment),
    ...part('Outcome of assessment (level of need)', needLevel(c, 'word')),
    ...part('Information sharing consent', { written: 'Signed consent form on file.', verbal: 'Verbal consent given by mum.', unspecified: 'Consent given.', none: pick(rng, ['Consent declined.', '']) }[k]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-first wave): a multi-agency early help assessment with a table of the agencies
// involved, each with its worker and contact

function multiAgencyEha(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Multi-Agency Early Help Assessment (MAEHA)'),
    h2('1. Details of child / young person'),
    table([0.38, 0.62], [
      row('Forename', ch.given),
      row('Surname', ch.family),
      row('D.O.B', fmtDate(ch.dob, 'dmy')),
      row('Male / female', genderWord(ch)),
      row('Ethnic background', c.ethnicity),
      row('Any additional needs or disability?', c.disability ? { yes: `Yes. ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Not disclosed by family' }[c.disability] : ''),
      row('Unique Pupil Number', upnOf(c)),
      ...(c.children.length > 1 ? [row('Other children in the household this assessment covers', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('2. Parents / carers and household'),
    table([0.38, 0.62], [
      row('Name of parent / carer', c.parent?.name),
      row('Relationship to child / young person', c.parent?.relationship),
      row('Contact number', c.parent?.phone),
      row('Address, if different from the child’s', c.parent?.address),
      row('Members of the household', c.familyComposition),
    ]),
    h2('3. Agencies currently involved'),
    table([0.3, 0.35, 0.35], [
      [lbl('Agency'), lbl('Worker'), lbl('Contact')],
      [txt('GP surgery'), txt(c.gp), txt(c.gp ? '01632 960500' : '')],
      [txt('Education'), txt(c.school.kind === 'recorded' ? c.school.name : ''), txt('')],
      [txt('Health visitor / school nurse'), txt(''), txt('')],
      [txt('Other'), txt(''), txt('')],
    ]),
    h2('4. This assessment'),
    table([0.38, 0.62], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Names of people contributing to the assessment', c.present.text),
      row('Lead agency and practitioner', `${c.assessor.org} - ${c.assessor.name} (${c.assessor.role})`),
      row('What are the concerns and why is an assessment needed now?', c.reason),
    ]),
    h2('5. Assessment'),
    table([0.38, 0.62], [
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Family’s strengths', c.strengths),
      row('Summary of needs', c.needs),
      row('Summary of risks', c.risks),
      row('What would a good outcome look like?', c.outcomes),
    ]),
    h2('6. Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Lead'), lbl('Completion date')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    h2('7. Views'),
    table([0.38, 0.62], [
      row('Child / young person’s views of the assessment', c.childComment),
      row('Parent / carer’s views of the assessment', c.parentComment),
    ]),
    h2('8. Level of need and consent'),
    table([0.38, 0.62], [
      row('Level of need on the continuum', needLevel(c, 'word')),
      row('Consent to share information', { written: 'Yes', verbal: 'Yes', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
      row('Consent recorded as', { written: 'Signature (below)', verbal: 'Verbal', unspecified: '', none: '' }[k]),
      row('Parent / carer signature', c.consent.signature),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-first wave): a whole-family assessment: everyone in a household table with
// their part in the assessment, each adult's consent in its own row

function wholeFamily(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const people: Cell[][] = [
    ...c.children.map((x, i) => [txt(childName(x)), txt(i === 0 ? 'Child (focus of assessment)' : x.unborn ? 'Unborn sibling' : 'Sibling (included)'), txt(fmtDate(x.dob, 'dmy')), txt(i === 0 ? genderWord(x) : '')]),
    // The household, where the form records it; otherwise only the child it is about.
    ...(c.parent && c.familyComposition ? [[txt(c.parent.name), txt(c.parent.relationship), txt(''), txt('Female')]] : []),
  ];
  return [
    h1('Whole Family Assessment'),
    p('Everyone in the family is part of this assessment. List them all.'),
    table([0.3, 0.3, 0.2, 0.2], [[lbl('Name'), lbl('Relationship / role'), lbl('Date of birth'), lbl('Gender')], ...people]),
    table([0.38, 0.62], [
      row('Others in the household or close family', c.familyComposition),
      row('Family address', c.parent?.address),
      row('Best phone number for the family', c.parent?.phone),
      row('Ethnicity of the child', c.ethnicity),
      row('Child’s disability or special educational needs', disabilityText(c, 'No', 'Would rather not say')),
      row('Child’s school / setting', schoolText(c)),
      row('Family GP', c.gp),
      row('Assessment date', fmtDate(c.assessmentDate, 'long')),
      row('Family members present', c.present.text),
      row('Family worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Why the family needs support', c.reason),
      row('The children’s needs', c.domains.development),
      row('The adults as parents', c.domains.parenting),
      row('Home, money, work and community', c.domains.family),
      row('Family strengths', c.strengths),
      row('What the family needs help with', c.needs),
      row('Risks to the children', c.risks),
      row('What the family wants to achieve', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('What we will do'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.38, 0.62], [
      row('What the children say', c.childComment),
      row('What the adults say', c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
    ]),
    table([0.3, 0.35, 0.35], [
      [lbl('Adult'), lbl('Consent to share'), lbl('How given')],
      [txt(c.parent?.name ?? 'Adult 1'), txt(k === 'none' ? pick(rng, ['No', '']) : 'Yes'), txt({ written: 'Signed', verbal: 'Verbally', unspecified: '', none: '' }[k])],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-first wave): a request for early help that carries the assessment, the
// referrer's details first

function requestAndAssessment(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Request and Assessment'),
    h2('Section A: Person making the request'),
    table([0.38, 0.62], [
      row('Your name', c.assessor.name),
      row('Job title', c.assessor.role),
      row('Organisation', c.assessor.org),
      row('Phone', c.assessor.phone),
      row('Date of request', c.assessmentDate ? fmtDate(new Date(Date.parse(c.assessmentDate) - 9 * 86_400_000).toISOString().slice(0, 10), 'dmy') : ''),
    ]),
    h2('Section B: The child'),
    table([0.38, 0.62], [
      row('Child’s name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School or nursery', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Section C: Parent or carer'),
    table([0.38, 0.62], [
      row('Name', c.parent?.name),
      row('Relationship', c.parent?.relationship),
      row('Phone', c.parent?.phone),
      row('Address if different', c.parent?.address),
      row('Who lives at home', c.familyComposition),
    ]),
    h2('Section D: Assessment'),
    table([0.38, 0.62], [
      row('Date the assessment was done', fmtDate(c.assessmentDate, 'dmy')),
      row('Who took part', c.present.text),
      row('What led to this request?', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes wanted', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By'), lbl('Date')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    h2('Section E: Views and consent'),
    table([0.38, 0.62], [
      row('The child’s views', c.childComment),
      row('The parent’s views', c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Does the family know about and agree to this request?', { written: 'Yes - signed consent attached', verbal: 'Yes - verbal consent', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-second wave): everyday templates again. A youth prevention service's
// assessment, the young person's and the parent's consent asked apart

function preventionAssessment(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Prevention and Early Help Assessment'),
    h2('Young person'),
    table([0.38, 0.62], [
      row('Full name', childName(ch)),
      row('DOB', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity (self-defined)', c.ethnicity),
      row('Learning difficulty or disability', disabilityText(c, 'None', 'Chose not to say')),
      row('School / college / training provider', schoolText(c)),
      row('Registered with a GP?', c.gp ? `Yes - ${c.gp}` : ''),
      ...(c.children.length > 1 ? [row('Siblings also being supported', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Parent or carer'),
    table([0.38, 0.62], [
      row('Name', c.parent?.name),
      row('Relationship', c.parent?.relationship),
      row('Best contact number', c.parent?.phone),
      row('Address if different', c.parent?.address),
      row('Who else lives in the home?', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.38, 0.62], [
      row('Date completed', fmtDate(c.assessmentDate, 'dmy')),
      row('Who was seen?', c.present.text),
      row('Prevention worker', `${c.assessor.name} (${c.assessor.role}, ${c.assessor.org})`),
      row('What brought the young person to the service?', c.reason),
      row('Health, learning and emotional wellbeing', c.domains.development),
      row('Relationships with parents / carers', c.domains.parenting),
      row('Home, friends and neighbourhood', c.domains.family),
      row('Positive factors', c.strengths),
      row('Areas for support', c.needs),
      row('Risk of harm or offending', c.risks),
      row('What the young person wants to achieve', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Intervention plan'), lbl('Worker'), lbl('Target date')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.38, 0.62], [
      row('Young person’s comments', c.childComment),
      row('Parent / carer’s comments', c.parentComment),
      row('Level of intervention', needLevel(c, 'tier')),
      row('Young person consents to information sharing', k === 'none' ? pick(rng, ['No', '']) : 'Yes'),
      row('Parent / carer consents to information sharing', { written: 'Yes (consent form signed)', verbal: 'Yes (by phone)', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-second wave): a nursery's early help assessment, the child's key person as the
// assessor, the child's views as what the setting has seen

function nurseryEarlyHelp(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Assessment - Early Years'),
    table([0.38, 0.62], [
      row('Child', childName(ch)),
      row('Born', fmtDate(ch.dob, 'long')),
      row('Boy / girl', ch.gender === 'male' ? 'Boy' : ch.gender === 'female' ? 'Girl' : ''),
      row('Ethnicity', c.ethnicity),
      row('Any SEND or medical needs?', c.disability ? { yes: `Yes: ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Parent preferred not to say' }[c.disability] : ''),
      row('Setting attended', schoolText(c)),
      row('Family doctor', c.gp),
      ...(c.children.length > 1 ? [row('Brothers or sisters in this assessment', c.children.slice(1).map((x) => `${childName(x)} (born ${fmtDate(x.dob, 'long')})`).join('; '))] : []),
      row('Parent / carer', c.parent?.name),
      row('Parent / carer telephone', c.parent?.phone),
      row('Parent / carer address', c.parent?.address),
      row('Family members at home', c.familyComposition),
      row('Date of meeting with parent', fmtDate(c.assessmentDate, 'long')),
      row('Those at the meeting', c.present.text),
      row('Key person / practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason for early help', c.reason),
      row('Learning and development', c.domains.development),
      row('Care at home', c.domains.parenting),
      row('The wider family and community', c.domains.family),
      row('What is going well for the child', c.strengths),
      row('What the child needs', c.needs),
      row('Concerns', c.risks),
      row('Hopes for the child', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Next steps'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.38, 0.62], [
      row('The child’s voice (what the child has said or shown us)', c.childComment),
      row('Parent’s contribution', c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Parent agrees to this being shared', { written: 'Yes, signed', verbal: 'Yes, agreed verbally', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-second wave): a SENCO's early help assessment with the child's special
// educational needs set out first, consent as boxes of its own

function sendEarlyHelp(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Assessment (SEND)'),
    h2('Pupil information'),
    table([0.38, 0.62], [
      row('Pupil name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      [lbl('SEN support / EHCP / disability'), [{ ticks: [{ label: 'SEN support', checked: c.disability === 'yes' }, { label: 'No SEN', checked: c.disability === 'no' }, { label: 'Not disclosed', checked: c.disability === 'rather not say' }] }]],
      row('UPN', upnOf(c)),
      row('School', c.school.kind === 'recorded' ? c.school.name : ''),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Family'),
    table([0.38, 0.62], [
      row('Parent / carer name', c.parent?.name),
      row('Mobile', c.parent?.phone),
      row('Address (if not the pupil’s)', c.parent?.address),
      row('Family members', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.38, 0.62], [
      row('Date', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('SENCO / assessor', `${c.assessor.name}, ${c.assessor.role}`),
      row('Setting', c.assessor.org),
      row('Presenting needs', c.reason),
      row('Cognition, learning and health', c.domains.development),
      row('Parenting and home', c.domains.parenting),
      row('Family circumstances', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes sought', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Provision / action'), lbl('Responsible'), lbl('Review')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.38, 0.62], [
      row('Pupil’s views', c.childComment),
      row('Parent / carer’s views', c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
    ]),
    p({ bold: 'Consent' }),
    p({ ticks: [{ label: 'Parent / carer has signed to consent to sharing', checked: k === 'written' }] }),
    p({ ticks: [{ label: 'Parent / carer gave verbal consent to sharing', checked: k === 'verbal' }] }),
    p({ ticks: [{ label: 'Consent to share given (method not recorded)', checked: k === 'unspecified' }] }),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-third wave): everyday templates again. A county's early help assessment in
// Signs of Safety's words, the family's members in a table with their school

function countyStory(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Assessment (EHA)'),
    h2('1. Family details'),
    table([0.3, 0.2, 0.2, 0.3], [
      [lbl('Name'), lbl('Date of birth'), lbl('Relationship'), lbl('School / setting')],
      ...c.children.map((x, i) => [txt(childName(x)), txt(fmtDate(x.dob, 'dmy')), txt(i === 0 ? 'Subject of EHA' : 'Sibling (also assessed)'), txt(i === 0 && c.school.kind === 'recorded' ? c.school.name : '')]),
    ]),
    table([0.38, 0.62], [
      row('Gender of child', genderWord(ch)),
      row('Ethnicity of child', c.ethnicity),
      row('Disability / additional needs of child', disabilityText(c)),
      row('UPN', upnOf(c)),
      row('GP surgery', c.gp),
      row('Parent / carer with parental responsibility', c.parent?.name),
      row('Parent / carer mobile', c.parent?.phone),
      row('Parent / carer address', c.parent?.address),
      row('Others in the family network', c.familyComposition),
    ]),
    h2('2. About this EHA'),
    table([0.38, 0.62], [
      row('EHA start date', fmtDate(c.assessmentDate, 'dmy')),
      row('Participants', c.present.text),
      row('Lead practitioner', `${c.assessor.name} (${c.assessor.role})`),
      row('Lead agency', c.assessor.org),
      row('Reason for the EHA', c.reason),
    ]),
    h2('3. The family’s story'),
    table([0.38, 0.62], [
      row('Child’s development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and community', c.domains.family),
    ]),
    h2('4. What’s working well?'), p(c.strengths ?? ''),
    h2('5. What are we worried about?'), p(c.risks ?? ''),
    h2('6. What needs to happen?'),
    table([0.38, 0.62], [row('Needs', c.needs), row('Goals', c.outcomes)]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    h2('7. Voices'),
    table([0.38, 0.62], [
      row('Child’s voice', c.childComment),
      row('Parent’s voice', c.parentComment),
      row('Scale (0 = not safe, 10 = safe): family', String(3 + Math.floor(rng() * 6))),
      row('Level of need', needLevel(c, 'word')),
    ]),
    h2('8. Family consent'),
    p({ ticks: [{ label: 'I / we agree to the information in this EHA being shared with the people named in it.', checked: k !== 'none' }] }),
    table([0.38, 0.62], [
      row('Signed (parent / carer)', c.consent.signature),
      row('If not signed, how was consent given?', k === 'verbal' ? 'Verbally, by phone' : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-third wave): a children's centre's family assessment

function childrensCentre(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Children’s Centre Family Assessment'),
    table([0.2, 0.3, 0.2, 0.3], [
      [lbl('Child'), txt(childName(ch)), lbl('D.o.B.'), txt(fmtDate(ch.dob, 'dmy'))],
      [lbl('Sex'), txt(genderWord(ch)), lbl('Ethnic group'), txt(c.ethnicity)],
      [lbl('Additional needs'), txt(c.disability ? { yes: c.disabilityDetail ?? 'Yes', no: 'None', 'rather not say': 'Not said' }[c.disability] : ''), lbl('Nursery / school'), txt(schoolText(c))],
      [lbl('Doctor’s surgery'), txt(c.gp), lbl('Registered at centre'), txt(pick(rng, ['Yes', 'No']))],
    ]),
    ...(c.children.length > 1 ? [p({ bold: 'Other children: ' }, c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    table([0.2, 0.3, 0.2, 0.3], [
      [lbl('Main carer'), txt(c.parent?.name), lbl('Tel'), txt(c.parent?.phone)],
      [lbl('Address'), txt(c.parent?.address), lbl('Household'), txt(c.familyComposition)],
      [lbl('Assessment date'), txt(fmtDate(c.assessmentDate, 'dmy')), lbl('Present'), txt(c.present.text)],
      [lbl('Family worker'), txt(c.assessor.name), lbl('Service'), txt(`${c.assessor.role}, ${c.assessor.org}`)],
    ]),
    table([0.38, 0.62], [
      row('Why has the family come to us?', c.reason),
      row('Child’s health and development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family, home and money', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Support offered'), lbl('Worker'), lbl('Date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.38, 0.62], [
      row('What does the child like / dislike? (child’s view)', c.childComment),
      row('Carer’s comments', c.parentComment),
      row('Level', needLevel(c, 'digit')),
      row('Carer consents to sharing', { written: 'Yes - signed form', verbal: 'Yes - verbally', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-third wave): a Supporting Families assessment, its plan set against the
// programme's headline outcomes

function supportingFamilies(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const headlines = ['Getting a good education', 'Good early years development', 'Improved mental and physical health', 'Family relationships'];
  return [
    h1('Supporting Families - Family Assessment'),
    h2('The family'),
    table([0.38, 0.62], [
      row('Lead child', childName(ch)),
      row('Lead child DOB', fmtDate(ch.dob, 'dmy')),
      row('Lead child gender', genderWord(ch)),
      row('Lead child ethnicity', c.ethnicity),
      row('Lead child disability', c.disability ? { yes: `Yes (${c.disabilityDetail})`, no: 'No', 'rather not say': 'Prefer not to say' }[c.disability] : ''),
      row('Lead child school', schoolText(c)),
      row('Lead child GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children in the family', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Lead adult', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Lead adult phone', c.parent?.phone),
      row('Lead adult address', c.parent?.address),
      row('Family members', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.38, 0.62], [
      row('Assessment date', fmtDate(c.assessmentDate, 'dmy')),
      row('Family members taking part', c.present.text),
      row('Keyworker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Why the family was identified', c.reason),
      row('Children’s development and wellbeing', c.domains.development),
      row('Parenting and family relationships', c.domains.parenting),
      row('Housing, work and money', c.domains.family),
      row('Family strengths', c.strengths),
      row('Family needs', c.needs),
      row('Risks', c.risks),
      row('Family outcomes', c.outcomes),
    ]),
    h2('Family plan'),
    table([0.3, 0.3, 0.2, 0.2], [[lbl('Headline outcome'), lbl('Action'), lbl('Lead'), lbl('By')], ...c.actions.map((a, i) => [txt(headlines[i % headlines.length]), txt(a.what), txt(a.who), txt(a.when)])]),
    h2('What the family say'),
    table([0.38, 0.62], [
      row('Children', c.childComment),
      row('Adults', c.parentComment),
    ]),
    table([0.38, 0.62], [
      row('Level of need', needLevel(c, 'tier')),
      row('Family agreement to share', { written: 'Signed agreement on file', verbal: 'Agreed verbally', unspecified: 'Agreed', none: pick(rng, ['Not agreed', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-fourth wave): everyday templates again. A one-page "early help conversation"
// record, the short form some councils use before a full assessment

function earlyHelpConversation(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Conversation Record'),
    table([0.2, 0.3, 0.2, 0.3], [
      [lbl('Child'), [ans(rng, childName(ch))], lbl('DOB'), [dateAns(fmtDate(ch.dob, 'dmy'))]],
      [lbl('Gender'), [ans(rng, genderWord(ch))], lbl('Ethnicity'), [ans(rng, c.ethnicity)]],
      [lbl('SEN / disability'), [ans(rng, c.disability ? { yes: c.disabilityDetail ?? 'Yes', no: 'No', 'rather not say': 'Rather not say' }[c.disability] : '')], lbl('School'), [ans(rng, schoolText(c))]],
      [lbl('GP'), [ans(rng, c.gp)], lbl('Date'), [dateAns(fmtDate(c.assessmentDate, 'dmy'))]],
      [lbl('Parent / carer'), [ans(rng, c.parent?.name)], lbl('Phone'), [ans(rng, c.parent?.phone)]],
    ]),
    table([0.38, 0.62], [
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer address', c.parent?.address),
      row('Who is in the family?', c.familyComposition),
      row('Conversation with', c.present.text),
      row('Practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('What prompted this conversation?', c.reason),
      row('How is the child doing?', c.domains.development),
      row('How are the parents doing?', c.domains.parenting),
      row('Anything at home affecting the family?', c.domains.family),
      row('What is going well?', c.strengths),
      row('What help is needed?', c.needs),
      row('Any worries about safety?', c.risks),
      row('What would make things better?', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Agreed next steps'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.38, 0.62], [
      row('What the child thinks', c.childComment),
      row('What the parent thinks', c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Consent to share (how given)', { written: 'Yes (signed below)', verbal: 'Yes (verbal)', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
      row('Signature', c.consent.signature),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-fourth wave): an education welfare service's attendance support assessment

function attendanceSupport(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Attendance Support - Early Help Assessment'),
    h2('Pupil'),
    table([0.38, 0.62], [
      row('Name of pupil', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity code', c.ethnicity),
      row('SEND', disabilityText(c, 'No', 'Not disclosed')),
      row('UPN', upnOf(c)),
      row('School on roll', c.school.kind === 'recorded' ? c.school.name : ''),
      row('Attendance this year', `${80 + Math.floor(rng() * 15)}%`),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings (also supported)', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Home'),
    table([0.38, 0.62], [
      row('Parent / carer responsible for attendance', c.parent?.name),
      row('Telephone', c.parent?.phone),
      row('Correspondence address', c.parent?.address),
      row('Household composition', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.38, 0.62], [
      row('Date of home visit / meeting', fmtDate(c.assessmentDate, 'dmy')),
      row('Those spoken with', c.present.text),
      row('Education welfare officer', `${c.assessor.name} (${c.assessor.role}), ${c.assessor.org}`),
      row('Reason for involvement', c.reason),
      row('Pupil’s wellbeing and learning', c.domains.development),
      row('Parental support for attendance', c.domains.parenting),
      row('Family and home circumstances', c.domains.family),
      row('Positives', c.strengths),
      row('Barriers to attendance (needs)', c.needs),
      row('Risks (including missing education)', c.risks),
      row('Attendance targets / outcomes', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Owner'), lbl('Review by')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.38, 0.62], [
      row('Pupil’s comments', c.childComment),
      row('Parent’s comments', c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
      row('Consent', { written: 'Written consent obtained', verbal: 'Verbal consent obtained', unspecified: 'Obtained', none: pick(rng, ['Not obtained', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-fourth wave): a family hub's online form, printed from the browser: each
// question over its answer, required ones starred, the rest marked "(optional)"

function webFormPrint(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const q = (label: string, answer: string | null | undefined): Element[] => [p({ bold: label }), p(answer || pick(rng, ['', 'Not answered']))];
  return [
    h1('Request for family support - submitted form'),
    p(`Reference FH-${String(Math.floor(rng() * 1e5)).padStart(5, '0')}. Questions marked * were required.`),
    h2('About the child'),
    ...q('Child’s full name *', childName(ch)),
    ...q('Date of birth *', fmtDate(ch.dob, 'dmy')),
    ...q('Gender (optional)', genderWord(ch)),
    ...q('Ethnicity (optional)', c.ethnicity),
    ...q('Does the child have a disability? (optional)', disabilityText(c, 'No', 'Prefer not to say')),
    ...q('School or nursery (optional)', schoolText(c)),
    ...q('GP practice (optional)', c.gp),
    ...(c.children.length > 1 ? q('Other children in the family (optional)', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')) : []),
    h2('About you'),
    ...q('Parent or carer name *', c.parent?.name),
    ...q('Contact phone *', c.parent?.phone),
    ...q('Address (if different from the child’s) (optional)', c.parent?.address),
    ...q('Who lives in your home? (optional)', c.familyComposition),
    h2('The assessment'),
    ...q('Date of assessment *', fmtDate(c.assessmentDate, 'dmy')),
    ...q('Who was present? (optional)', c.present.text),
    ...q('Family hub practitioner *', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    ...q('What support are you asking for? *', c.reason),
    ...q('Child’s development', c.domains.development),
    ...q('Parenting', c.domains.parenting),
    ...q('Family and environment', c.domains.family),
    ...q('Strengths', c.strengths),
    ...q('Needs', c.needs),
    ...q('Risks', c.risks),
    ...q('Outcomes', c.outcomes),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    ...q('Child’s views (optional)', c.childComment),
    ...q('Parent / carer’s views (optional)', c.parentComment),
    ...q('Level of need (practitioner use)', needLevel(c, 'word')),
    ...q('I agree to my information being shared with the services named *', { written: 'Yes - I have signed the consent form', verbal: 'Yes - agreed by phone', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-fifth wave): everyday templates again. An emotional wellbeing early help
// assessment from a school's mental health support team

function emotionalWellbeing(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Emotional Wellbeing - Early Help Assessment'),
    table([0.38, 0.62], [
      row('Child / young person', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender identity', genderWord(ch)),
      row('Ethnic background', c.ethnicity),
      row('Neurodiversity, disability or long-term condition', disabilityText(c, 'None known', 'Prefers not to say')),
      row('School / college', schoolText(c)),
      row('GP surgery', c.gp),
      ...(c.children.length > 1 ? [row('Siblings included', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent?.name),
      row('Parent / carer contact number', c.parent?.phone),
      row('Parent / carer address (if different)', c.parent?.address),
      row('Family living at home', c.familyComposition),
      row('Date of initial assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('People at the initial assessment', c.present.text),
      row('Mental health practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Presenting difficulties', c.reason),
      row('SDQ total difficulties score', String(8 + Math.floor(rng() * 20))),
      row('Wellbeing, health and learning', c.domains.development),
      row('Support at home', c.domains.parenting),
      row('Family and social context', c.domains.family),
      row('Protective factors', c.strengths),
      row('Identified needs', c.needs),
      row('Risk assessment', c.risks),
      row('Goals (in the young person’s words where possible)', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Intervention'), lbl('Practitioner'), lbl('Sessions / review')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.38, 0.62], [
      row('Young person’s view of the plan', c.childComment),
      row('Parent / carer’s view of the plan', c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Consent for sharing with school and GP', { written: 'Given in writing', verbal: 'Given verbally', unspecified: 'Given', none: pick(rng, ['Not given', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-fifth wave): a kinship care team's assessment, the carer's details first, the
// child's under "The child in our care"

function kinshipCare(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Kinship Care - Family Support Assessment'),
    h2('Carer'),
    table([0.38, 0.62], [
      row('Carer’s name', c.parent?.name),
      row('Relationship to the child', c.parent?.relationship),
      row('Carer’s phone', c.parent?.phone),
      row('Carer’s address', c.parent?.address),
      row('Everyone in the carer’s household', c.familyComposition),
    ]),
    h2('The child in our care'),
    table([0.38, 0.62], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School / nursery', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters also in our care', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Assessment'),
    table([0.38, 0.62], [
      row('Assessment visit date', fmtDate(c.assessmentDate, 'dmy')),
      row('Present at the visit', c.present.text),
      row('Kinship support worker', `${c.assessor.name} (${c.assessor.role}, ${c.assessor.org})`),
      row('Why support is needed', c.reason),
      row('The child’s needs and development', c.domains.development),
      row('Caring for the child', c.domains.parenting),
      row('Home, money and family network', c.domains.family),
      row('What is going well', c.strengths),
      row('Support needs', c.needs),
      row('Risks', c.risks),
      row('What we hope for', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Support'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.38, 0.62], [
      row('The child’s wishes and feelings', c.childComment),
      row('The carer’s views', c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
      row('Carer’s consent to share', { written: 'Signed', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-fifth wave): a further education college's student support assessment

function collegeSupport(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Student Support Assessment (Early Help)'),
    table([0.2, 0.3, 0.2, 0.3], [
      [lbl('Student'), [ans(rng, childName(ch))], lbl('DOB'), [ans(rng, fmtDate(ch.dob, 'dmy'))]],
      [lbl('Gender'), [ans(rng, genderWord(ch))], lbl('Ethnicity'), [ans(rng, c.ethnicity)]],
      [lbl('LDD / disability'), [ans(rng, disabilityText(c, 'No', 'Not declared'))], lbl('ULN'), [ans(rng, upnOf(c))]],
      [lbl('Provider'), [ans(rng, c.school.kind === 'recorded' ? c.school.name : '')], lbl('GP'), [ans(rng, c.gp)]],
    ]),
    ...(c.children.length > 1 ? [p({ bold: 'Siblings: ' }, c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    table([0.38, 0.62], [
      row('Emergency contact / parent', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
      row('Their phone number', c.parent?.phone),
      row('Their address', c.parent?.address),
      row('Student lives with', c.familyComposition),
      row('Date of support meeting', fmtDate(c.assessmentDate, 'dmy')),
      row('Present at meeting', c.present.text),
      row('Student support officer', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason for referral to student support', c.reason),
      row('Health, wellbeing and study', c.domains.development),
      row('Support from family', c.domains.parenting),
      row('Housing, money and travel', c.domains.family),
      row('Strengths', c.strengths),
      row('Support needs', c.needs),
      row('Risks', c.risks),
      row('Goals', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('By')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.38, 0.62], [
      row('Student’s comments', c.childComment),
      row('Parent / carer’s comments', c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
      row('Student / parent consent to share', { written: 'Yes - signed', verbal: 'Yes - verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-sixth wave): everyday templates again. A young carers service's assessment:
// who the young person cares for is not who lives with them

function youngCarers(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Young Carers Assessment'),
    table([0.38, 0.62], [
      row('Young carer’s name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Does the young carer have a disability?', disabilityText(c)),
      row('School / college', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters (also young carers)', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Who does the young carer care for?', pick(rng, ['Mum (long-term illness)', 'Younger brother (autism)', 'Grandmother'])),
      row('Parent / guardian', c.parent?.name),
      row('Parent / guardian phone', c.parent?.phone),
      row('Parent / guardian address', c.parent?.address),
      row('Who lives with the young carer?', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Young carers worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('How did the young carer come to us?', c.reason),
      row('Health, education and wellbeing', c.domains.development),
      row('Parenting and caring at home', c.domains.parenting),
      row('Family and community', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks (including inappropriate caring)', c.risks),
      row('Outcomes', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Support plan'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.38, 0.62], [
      row('Young carer’s views', c.childComment),
      row('Parent / guardian’s views', c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Consent to share', { written: 'Yes (written)', verbal: 'Yes (verbal)', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-sixth wave): a domestic abuse service's family support assessment, the parent
// first as the person supported, the children after

function domesticAbuseSupport(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Family Support Assessment - Domestic Abuse Service'),
    h2('Adult supported'),
    table([0.38, 0.62], [
      row('Name', c.parent?.name),
      row('Relationship to the children', c.parent?.relationship),
      row('Safe contact number', c.parent?.phone),
      row('Safe address (do not share)', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    h2('Children'),
    table([0.3, 0.2, 0.2, 0.3], [
      [lbl('Child’s name'), lbl('Date of birth'), lbl('Gender'), lbl('School / nursery')],
      ...c.children.map((x, i) => [txt(childName(x)), txt(fmtDate(x.dob, 'dmy')), txt(genderWord(x)), txt(i === 0 ? schoolText(c) : '')]),
    ]),
    table([0.38, 0.62], [
      row('Ethnicity of the child', c.ethnicity),
      row('Disability of the child', disabilityText(c)),
      row('Children’s GP', c.gp),
    ]),
    h2('Assessment'),
    table([0.38, 0.62], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Outreach worker', `${c.assessor.name} (${c.assessor.role}), ${c.assessor.org}`),
      row('Reason for referral', c.reason),
      row('Impact on the children', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Housing, money and support network', c.domains.family),
      row('Strengths and protective factors', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Safety and support plan'), lbl('Lead'), lbl('By')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.38, 0.62], [
      row('What the children told us', c.childComment),
      row('What the parent told us', c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
      row('Consent to share (safe to share?)', { written: 'Yes - signed', verbal: 'Yes - verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-sixth wave): a form in an unusual order: consent and plan first, the family's
// details last

function planFirst(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Plan and Assessment'),
    h2('Agreement'),
    table([0.38, 0.62], [
      row('Family’s agreement to share', { written: 'Signed by parent', verbal: 'Verbal agreement', unspecified: 'Agreed', none: pick(rng, ['Not agreed', '']) }[k]),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present at assessment', c.present.text),
    ]),
    h2('Our plan'),
    table([0.5, 0.25, 0.25], [[lbl('What'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.38, 0.62], [row('What we want to achieve', c.outcomes)]),
    h2('Why we are involved'),
    p(c.reason ?? ''),
    h2('What we found'),
    table([0.38, 0.62], [
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
    ]),
    h2('Voices'),
    table([0.38, 0.62], [row('Child', c.childComment), row('Parent / carer', c.parentComment)]),
    h2('Worker'),
    table([0.38, 0.62], [row('Name', c.assessor.name), row('Role', c.assessor.role), row('Service', c.assessor.org)]),
    h2('Child'),
    table([0.38, 0.62], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Parent / carer'),
    table([0.38, 0.62], [
      row('Name', c.parent?.name),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
      row('Level of need', needLevel(c, 'tier')),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-seventh wave, after councils' published templates): a "common assessment for
// children & families" whose family outline has tables of the adults and the children, and a
// services table that asks which family member each service works with

function familyOutline(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const ticks = (opts: [string, boolean][]): Cell => [{ ticks: opts.map(([label, checked]) => ({ label, checked })) }];
  const contact = [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ');
  return [
    h1('Common Assessment for Children & Families'),
    p('If you are completing this form electronically, boxes will expand to fit your text. Where check boxes appear, insert an X in those that apply.'),
    table([0.4, 0.6], [
      row('Date assessment / assessment update', fmtDate(c.assessmentDate, 'dmy')),
      row('Version no.', '1'),
      row('Name of person completing assessment', c.assessor.name),
      row('Role', c.assessor.role),
      row('Organisation', c.assessor.org),
      row('Contact telephone no.', c.assessor.phone),
    ]),
    h2('Identifying details of child'),
    p('Record details of unborn baby, infant, child or young person being assessed.'),
    table([0.4, 0.6], [
      row('Given name', ch.given),
      row('Family name', ch.family),
      row('AKA / previous names', ''),
      [lbl('Gender'), ticks([['Male', ch.gender === 'male'], ['Female', ch.gender === 'female'], ['Unknown', ch.gender === 'unknown']])],
      row('Date of birth or estimated due date (dd/mm/yyyy)', fmtDate(ch.dob, 'dmy')),
      row('Address / postcode', c.address),
      row('Ethnicity', c.ethnicity),
      row('Child’s first language', c.language),
      [lbl('Is the child or young person disabled?'), ticks([['Yes', c.disability === 'yes'], ['No', c.disability === 'no'], ['Prefer not to say', c.disability === 'rather not say']])],
      row('If ‘Yes’ give details', c.disabilityDetail),
    ]),
    h2('Family outline'),
    p({ bold: 'Adults in the family' }),
    table([0.3, 0.25, 0.45], [
      [lbl('Name'), lbl('Relationship'), lbl('Contact details')],
      ...(c.parent ? [[txt(c.parent.name), txt(c.parent.relationship), txt(contact)]] : [[txt(''), txt(''), txt('')]]),
    ]),
    p({ bold: 'Children in the family' }),
    table([0.35, 0.2, 0.15, 0.3], [
      [lbl('Name'), lbl('DOB / EDD'), lbl('Gender'), lbl('School attended')],
      ...c.children.map((x, i) => [txt(childName(x)), txt(fmtDate(x.dob, 'dmy')), txt(genderWord(x)), txt(i === 0 ? schoolText(c) : '')]),
    ]),
    table([0.4, 0.6], [row('Everyone who lives in the home', c.familyComposition)]),
    p({ bold: 'Services working with the child / family' }),
    table([0.25, 0.3, 0.2, 0.25], [
      [lbl('Service'), lbl('Named person / practice'), lbl('Contact details'), lbl('Which family member are you working with?')],
      [txt('GP'), txt(c.gp), txt(''), txt(c.gp ? 'Whole family' : '')],
      [txt('Health visitor / school nurse'), txt(''), txt(''), txt('')],
    ]),
    h2('Reason for assessment'),
    p(c.reason ?? ''),
    h2('CAF assessment'),
    table([0.4, 0.6], [
      row('People taking part in the assessment', c.present.text),
      row('Development of the child or young person', c.domains.development),
      row('Parents and carers', c.domains.parenting),
      row('Family and environmental factors', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Desired outcomes', c.outcomes),
    ]),
    h2('Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who is responsible'), lbl('Timescale')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.4, 0.6], [
      row('Comments of the child or young person', c.childComment),
      row('Comments of the parent / carer', c.parentComment),
      row('Level of need', needLevel(c, 'word')),
    ]),
    h2('Consent statement'),
    p('I understand the information recorded on this form and that it will be shared with the services named above.'),
    table([0.4, 0.6], [
      row('Signature of parent / carer', k === 'written' ? c.consent.signature : ''),
      [lbl('Consent obtained'), ticks([['Written', k === 'written'], ['Verbal', k === 'verbal'], ['Yes', k === 'unspecified'], ['Refused', k === 'none' && rng() < 0.5]])],
      row('Date', fmtDate(c.consent.date, 'dmy')),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-seventh wave, after councils' published templates): the person completing the
// form first, the "key person of concern", and who was present as a Yes / No column of the table
// of everyone involved

function presentColumn(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const t = c.present.text.toLowerCase();
  const two = (a: string, av: string | null | undefined, b: string, bv: string | null | undefined): Cell[] => [lbl(a), [ans(rng, av)], lbl(b), [ans(rng, bv)]];
  const ticks = (opts: [string, boolean][]): Cell => [{ ticks: opts.map(([label, checked]) => ({ label, checked })) }];
  const [first, ...rest] = c.assessor.name.split(' ');
  const was = (yes: boolean) => (c.present.kind === 'blank' ? '' : yes ? 'Yes' : 'No');
  const mum = /mum|mother|both parents/.test(t);
  const people: Cell[][] = [
    ...(c.parent ? [[txt(c.parent.name), txt(c.parent.relationship), txt(was(c.present.kind === 'recorded' && mum))]] : []),
    ...c.children.map((x) => [txt(childName(x)), txt('Child'), txt(was(c.present.kind === 'recorded' && !x.unborn && t.includes(x.given.toLowerCase())))]),
    [txt(''), txt('Father'), txt(was(c.present.kind === 'recorded' && /dad|both parents/.test(t)))],
    [txt(''), txt('Class teacher'), txt(was(c.present.kind === 'recorded' && /teacher/.test(t)))],
  ];
  return [
    h1('EHA Early Help Assessment'),
    p('NOTE: SEE APPENDIX A FOR THRESHOLD GUIDANCE TO SUPPORT COMPLETION OF THE FORM.'),
    h2('Safeguarding'),
    p('Is the child experiencing or at risk of significant harm? ', { ticks: [{ label: 'Yes', checked: false }, { label: 'No', checked: true }] }),
    h2('Person completing this form'),
    table([0.22, 0.28, 0.22, 0.28], [
      two('Forename(s)', first, 'Surname', rest.join(' ')),
      two('Role', c.assessor.role, 'Organisation name', c.assessor.org),
      two('Tel contact number (inc STD)', c.assessor.phone, 'Email', c.assessor.email),
      two('Date assessment started', fmtDate(c.assessmentDate, 'dmy'), 'Lead professional (if different)', ''),
    ]),
    h2('Details of key person of concern'),
    table([0.22, 0.28, 0.22, 0.28], [
      two('Forename(s)', ch.given, 'Surname', ch.family),
      two('Date of birth', fmtDate(ch.dob, 'dmy'), 'Gender', genderWord(ch)),
      two('Ethnicity', c.ethnicity, 'First language', c.language),
      two('Disability', disabilityText(c, 'No', 'Prefer not to say'), 'School / setting', schoolText(c)),
      two('Home address', c.address, 'GP', c.gp),
    ]),
    table([0.44, 0.56], [
      [lbl('Please enter contact details for the adult with primary care responsibility.'), [ans(rng, [c.parent?.name, c.parent?.phone, c.parent?.address].filter(Boolean).join(', '))]],
      [lbl('Others living in the household'), [ans(rng, c.familyComposition)]],
    ]),
    h2('Family and professionals involved'),
    p('Please enter everyone involved in the assessment and whether they were present.'),
    table([0.4, 0.35, 0.25], [[lbl('Name'), lbl('Relationship / role'), lbl('Present')], ...people]),
    ...(c.present.kind === 'none' ? [p('No one was present: completed from records. None.')] : []),
    h2('Assessment'),
    table([0.35, 0.65], [
      [lbl('Why is an early help assessment needed?'), [ans(rng, c.reason)]],
      [lbl('Child’s development'), [ans(rng, c.domains.development)]],
      [lbl('Parenting capacity'), [ans(rng, c.domains.parenting)]],
      [lbl('Family and environment'), [ans(rng, c.domains.family)]],
      [lbl('Strengths'), [ans(rng, c.strengths)]],
      [lbl('Needs'), [ans(rng, c.needs)]],
      [lbl('Risks'), [ans(rng, c.risks)]],
      [lbl('What do we want to achieve?'), [ans(rng, c.outcomes)]],
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.35, 0.65], [
      [lbl('Child / young person’s views'), [ans(rng, c.childComment)]],
      [lbl('Parent / carer’s views'), [ans(rng, c.parentComment)]],
      [lbl('Level of need'), [ans(rng, needLevel(c, 'digit'))]],
      [lbl('Has consent been obtained to share this assessment?'), ticks([['Yes', k !== 'none'], ['No', k === 'none' && rng() < 0.5]])],
      [lbl('How was consent given?'), ticks([['In writing', k === 'written'], ['Verbally', k === 'verbal']])],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-seventh wave, after councils' published templates): consent as Part A, asked
// of the family in their own words, the family's background after it

function partAConsent(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const yesNo = (yes: boolean, no: boolean): Cell => [{ ticks: [{ label: 'Yes', checked: yes }, { label: 'No', checked: no }] }];
  const refused = k === 'none' && rng() < 0.5;
  return [
    h1('Early Help Assessment'),
    p('The aim of this Early Help Assessment is to work with you and those around you, to help understand what is going on and to decide on the best way forward.'),
    h2('Part A Consent'),
    p('This section confirms your consent for the author to liaise with other professionals during this process and to share information with other agencies.'),
    table([0.55, 0.45], [
      row('Who is involved in completing this assessment?', c.present.text),
      [lbl('Are you happy for the information on this assessment to be stored and shared with other relevant professionals and agencies?'), yesNo(k !== 'none', refused)],
      row('Who would you like to receive a copy?', c.parent ? 'Mum' : ''),
      row('Is there anyone you do not want to see this assessment?', 'No'),
      row('Family signatures and printed name', k === 'written' ? `${c.consent.signature} (signed)` : k === 'verbal' ? 'Agreed verbally, not signed' : ''),
      row('Date', fmtDate(c.consent.date, 'dmy')),
      row('Author’s signature', c.assessor.name),
    ]),
    h2('Part B Family background and information'),
    table([0.35, 0.65], [row('Date assessment started', fmtDate(c.assessmentDate, 'dmy'))]),
    p({ bold: 'Details of all children in your family' }),
    table([0.25, 0.15, 0.12, 0.2, 0.28], [
      [lbl('Name'), lbl('DoB / due date'), lbl('Gender'), lbl('Ethnicity'), lbl('Name of school or educational setting')],
      ...c.children.map((x, i) => [txt(childName(x)), txt(fmtDate(x.dob, 'dmy')), txt(genderWord(x)), txt(i === 0 ? c.ethnicity : ''), txt(i === 0 ? schoolText(c) : '')]),
    ]),
    table([0.35, 0.65], [
      row('Main family address', c.parent?.address),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Best number to contact the family', c.parent?.phone),
      row('Who lives in the family home?', c.familyComposition),
      row('Does your child have a disability or additional need?', disabilityText(c, 'No', 'Would rather not say')),
      row('GP practice', c.gp),
      row('Lead professional', `${c.assessor.name}, ${c.assessor.role} (${c.assessor.org})`),
    ]),
    h2('Part C The assessment'),
    table([0.35, 0.65], [
      row('What has happened that means you need some help?', c.reason),
      row('Health and development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('What would you like to be different?', c.outcomes),
    ]),
    h2('Part D Family plan'),
    table([0.5, 0.25, 0.25], [[lbl('What needs to happen'), lbl('Who will do it'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Part E Your views'),
    table([0.35, 0.65], [
      row('What the child or young person says', c.childComment),
      row('What the parent or carer says', c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
    ]),
    p('If you are sending this form by email can you confirm that you have consent to share it? ', { ticks: [{ label: 'Yes', checked: k !== 'none' }, { label: 'No', checked: refused }] }),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-eighth wave, after councils' published templates): sections of the child's
// details with the household in words of its own, and Signs of Safety columns with their prompts
// printed above the answers

function worriedColumns(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Assessment and Plan'),
    p('A set of guidance notes has been produced to support professionals with the completion of the Early Help Assessment and Plan.'),
    h2('Section 1 Detail of child / children / young person'),
    table([0.4, 0.6], [
      row('Child/ren’s / young person’s name/s', c.children.map(childName).join(', ')),
      row('Date of birth', c.children.map((x) => fmtDate(x.dob, 'dmy')).join(', ')),
      row('Gender', genderWord(ch)),
      row('Ethnic background', c.ethnicity),
      row('Language or communication needs', `${c.language}${c.disability === 'yes' ? `; ${c.disabilityDetail}` : ''}`),
      row('Any disability? (yes / no / prefer not to say)', c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Prefer not to say' }[c.disability] : ''),
      row('Names of parent/carers', c.parent ? `${c.parent.name} (${c.parent.relationship.toLowerCase()})` : ''),
      row('Parent/carer phone and address', [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')),
      row('Other people within the household', c.familyComposition),
      row('Other family members not living in the family home', pick(rng, ['Maternal grandparents (weekly contact)', 'None known', 'Father (lives in Kingsmere)'])),
      row('School / nursery / college', schoolText(c)),
      row('Family doctor', c.gp),
      row('Name and contact details of other professionals involved', pick(rng, ['None', 'Health visitor (Northbridge clinic)', 'CAMHS (waiting list)'])),
      row('What does the child/young person want to happen?', c.childComment),
      row('What does the parent/carer want to happen?', c.parentComment),
    ]),
    h2('Section 2 Thinking about the child or children that you are worried about (your assessment)'),
    table([0.4, 0.6], [
      row('Date of this assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Completed by (name, role, agency)', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Family members and professionals who took part', c.present.text),
      row('Why are we worried? What has brought the family to early help?', c.reason),
    ]),
    table([0.34, 0.33, 0.33], [
      [lbl('What are we worried about?'), lbl('What is working well?'), lbl('What needs to happen?')],
      [['For example: at this moment in time, what are you most worried about?'], ['For example: what works well now to support the family?'], ['For example: what would make things better?']],
      [[ans(rng, [c.needs, c.risks].filter(Boolean).join(' '))], [ans(rng, c.strengths)], [ans(rng, c.outcomes)]],
    ]),
    table([0.4, 0.6], [
      row('Child’s health and development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family, home and community', c.domains.family),
      row('Scaling: level of need', needLevel(c, 'digit')),
      row('Are they willing to accept help (consent)?', { written: 'Yes - consent form signed', verbal: 'Yes - agreed verbally', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    h2('Early Help Family Plan'),
    table([0.5, 0.25, 0.25], [[lbl('What will happen'), lbl('Who'), lbl('Timescale')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-eighth wave, after councils' published templates): blocks of label cells for
// each adult (the main parent, other household members), the children in a table with their
// disabilities, and the lead professional who completed it last

function adultBlocks(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const two = (a: string, av: string | null | undefined, b: string, bv: string | null | undefined): Cell[] => [lbl(a), txt(av), lbl(b), txt(bv)];
  const disab = (i: number) => (i === 0 && c.disability ? { yes: `Y (${c.disabilityDetail})`, no: 'N', 'rather not say': 'Not disclosed' }[c.disability] : i === 0 ? '' : 'N');
  const [other] = (c.familyComposition ?? '').split('; ').slice(-1);
  return [
    h1('Early Help Assessment & Support Plan for Children & Families'),
    table([0.25, 0.25, 0.25, 0.25], [two('Ref number', `EH${Math.floor(rng() * 1e5)}`, 'Date assessment started', fmtDate(c.assessmentDate, 'dmy'))]),
    h2('Children / young people’s details'),
    table([0.25, 0.14, 0.1, 0.17, 0.14, 0.2], [
      [lbl('Name'), lbl('Date of birth dd/mm/yy'), lbl('Gender (M/F)'), lbl('Disabilities'), lbl('Ethnicity'), lbl('School / nursery / college')],
      ...c.children.map((x, i) => [txt(childName(x)), txt(fmtDate(x.dob, 'dmy')), txt(x.gender === 'male' ? 'M' : x.gender === 'female' ? 'F' : ''), txt(disab(i)), txt(i === 0 ? c.ethnicity : ''), txt(i === 0 ? schoolText(c) : '')]),
    ]),
    h2('Main parent / carer'),
    table([0.25, 0.25, 0.25, 0.25], [
      two('Name', c.parent?.name, 'Relationship to child(ren)', c.parent?.relationship),
      two('Address (if different from above)', c.parent?.address, 'Telephone number', c.parent?.phone),
    ]),
    h2('Other adult family / household member or significant other'),
    table([0.25, 0.25, 0.25, 0.25], [two('Name', c.familyComposition ? other.replace(/\s*\(.*$/, '') : '', 'Relationship to child(ren)', c.familyComposition ? /\((.*)\)/.exec(other)?.[1] ?? '' : '')]),
    table([0.4, 0.6], [[lbl('Everyone living in the home'), txt(c.familyComposition)], [lbl('GP'), txt(c.gp)]]),
    h2('Name of lead professional completing the assessment'),
    table([0.25, 0.25, 0.25, 0.25], [
      two('Name', c.assessor.name, 'Date', fmtDate(c.assessmentDate, 'dmy')),
      two('Position', c.assessor.role, 'Organisation', c.assessor.org),
      two('Email', c.assessor.email, 'Telephone number', c.assessor.phone),
    ]),
    h2('The assessment'),
    table([0.4, 0.6], [
      [lbl('People seen for this assessment'), txt(c.present.text)],
      [lbl('What are the concerns that have led to this assessment?'), txt(c.reason)],
      [lbl('Child’s development'), txt(c.domains.development)],
      [lbl('Parenting capacity'), txt(c.domains.parenting)],
      [lbl('Family and environment'), txt(c.domains.family)],
      [lbl('Strengths'), txt(c.strengths)],
      [lbl('Needs'), txt(c.needs)],
      [lbl('Risks'), txt(c.risks)],
      [lbl('What difference will the support make?'), txt(c.outcomes)],
      [lbl('The child’s views'), txt(c.childComment)],
      [lbl('The parent / carer’s views'), txt(c.parentComment)],
      [lbl('Level of need'), txt(needLevel(c, 'word'))],
    ]),
    h2('Support plan'),
    table([0.5, 0.25, 0.25], [[lbl('Support to be provided'), lbl('Provided by'), lbl('Start date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Information sharing and consent'),
    p('This assessment is important so that we can gather your thoughts, wishes and concerns and work together to put in place a plan that will help you and your family. It may be necessary for your information to be shared between council departments and other relevant organisations.'),
    table([0.4, 0.6], [
      [lbl('Parent / carer signature'), txt(k === 'written' ? c.consent.signature : '')],
      [lbl('Consent given'), txt({ written: 'Yes', verbal: 'Yes, verbally (by telephone)', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k])],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-eighth wave, after councils' published templates): an assessment and plan for
// children with disabilities, put to the child ("I like to be called"), a services table that asks
// whom the worker consulted

function disabilityPlan(c: Case, rng: Rng): Element[] {
  const ch = c.children[0];
  const k = c.consent.kind;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Assessment and Plan'),
    p('For children and young people with disabilities. To be completed with the child and / or parent and carer.'),
    table([0.4, 0.6], [row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')), row('Date of plan', fmtDate(c.assessmentDate, 'dmy'))]),
    h2('Personal details'),
    table([0.4, 0.6], [
      row('Full name', childName(ch)),
      row('I like to be called', ch.unborn ? '' : ch.given),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Boy / girl', ch.gender === 'male' ? 'Boy' : ch.gender === 'female' ? 'Girl' : ''),
      row('Home address', c.address),
      row('Home language', c.language),
      row('Ethnic group', c.ethnicity),
      row('Parent / carers name(s)', c.parent?.name),
      row('Contact telephone number(s)', c.parent?.phone),
      row('Who else lives at home?', c.familyComposition),
      row('Describe child’s disability (if any)', c.disability ? { yes: c.disabilityDetail, no: 'No disability', 'rather not say': 'Family prefer not to say' }[c.disability] : ''),
      row('Early help worker co-ordinating this plan', `${c.assessor.name} (${c.assessor.role}, ${c.assessor.org})`),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Services involved with this child and family'),
    table([0.3, 0.4, 0.3], [
      [lbl('Service / organisation'), lbl('Contact details'), lbl('Consulted as part of this assessment? Please give date.')],
      [txt('GP (family doctor)'), txt(c.gp), txt(c.gp ? 'No' : '')],
      [txt('Setting or school attended'), txt(schoolText(c)), txt('')],
      [txt('Health visitor or midwife'), txt(''), txt('')],
    ]),
    h2('About me'),
    table([0.4, 0.6], [
      row('Who helped me fill in this plan?', c.present.text),
      row('Why do we need some help now?', c.reason),
      row('My health, development and learning', c.domains.development),
      row('How my family look after me', c.domains.parenting),
      row('My home and community', c.domains.family),
      row('What is going well', c.strengths),
      row('What I need help with', c.needs),
      row('What worries people', c.risks),
      row('What we want to happen', c.outcomes),
      row('Is there anything else you want to tell us?', c.childComment),
      row('What my parent / carer thinks', c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
    ]),
    h2('My plan'),
    table([0.5, 0.25, 0.25], [[lbl('What will be done'), lbl('Who will do it'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    h2('Agreement'),
    table([0.4, 0.6], [
      row('We agree to this plan being shared with the services above', { written: 'Yes - signed by parent', verbal: 'Yes (verbal)', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
      row('Signed (parent / carer)', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-ninth wave, after councils' published templates): a case system's assessment
// whose domains each carry their own prompt, a score and a plan table of their own

function scoredDomains(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const two = (a: string, av: string | null | undefined, b: string, bv: string | null | undefined): Cell[] => [lbl(a), txt(av), lbl(b), txt(bv)];
  const score = (): Cell => [{ ticks: [1, 2, 3, 4, 5].map((n) => ({ label: String(n), checked: n === 2 })) }];
  const composition = c.familyComposition ? c.familyComposition.split('; ') : [];
  const members: Cell[][] = [
    ...c.children.map((x) => [txt(x.family), txt(x.unborn ? 'Unborn' : x.given), txt('Child (subject)'), txt(fmtDate(x.dob, 'dmy'))]),
    ...composition.filter((m) => !/\((son|daughter)\)|unborn/.test(m)).map((m) => {
      const [who, rel] = [m.replace(/\s*\(.*$/, ''), /\((.*)\)/.exec(m)?.[1] ?? ''];
      const named = /^[A-Z]/.test(who) && who.includes(' ');
      return [txt(named ? who.split(' ').slice(1).join(' ') : ''), txt(named ? who.split(' ')[0] : who), txt(rel), txt('')];
    }),
  ];
  // The plan is split among the domains: the assessor's own step under the first.
  const plans = [c.actions.slice(0, 1), c.actions.slice(1, 2), c.actions.slice(2)];
  const domain = (n: string, title: string, prompt: string, text: string | null, plan: Case['actions']): Element[] => [
    h2(`${n}) ${title} – Consider:`),
    p(prompt),
    table([0.3, 0.7], [[lbl('Strengths and needs'), txt(text)], [lbl('Score'), score()]]),
    table([0.2, 0.3, 0.2, 0.15, 0.15], [[lbl('Needs'), lbl('Actions'), lbl('People responsible'), lbl('Outcomes'), lbl('Completion date')], ...plan.map((a) => [txt(''), txt(a.what), txt(a.who), txt(''), txt(a.when)])]),
  ];
  return [
    h1('Early Help Assessment and Plan'),
    p('Please complete this form electronically. Once completed the final page must be printed, signed and all documentation emailed.'),
    table([0.25, 0.25, 0.25, 0.25], [
      two('Family name and case file number', `${c.children[0].family} / LL${Math.floor(rng() * 1e6)}`, 'Start date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      two('Main address of family', c.parent?.address, 'Date assessment completed', ''),
      two('Date of initial family support meeting', '', 'Attending the meeting', c.present.text),
      two('Main carer', c.parent?.name, 'Main carer’s phone', c.parent?.phone),
    ]),
    h2('Family details'),
    table([0.25, 0.25, 0.3, 0.2], [[lbl('Last name'), lbl('First name'), lbl('Relationship'), lbl('DOB')], ...members]),
    table([0.3, 0.7], [
      [lbl('Gender of the child'), txt(genderWord(c.children[0]))],
      [lbl('Ethnicity'), txt(c.ethnicity)],
      [lbl('Additional needs / disability'), txt(c.disability ? { yes: `Yes: ${c.disabilityDetail}`, no: 'None', 'rather not say': 'Family would rather not say' }[c.disability] : '')],
      [lbl('School'), txt(schoolText(c))],
      [lbl('GP'), txt(c.gp)],
      [lbl('Assessing worker'), txt(`${c.assessor.name} - ${c.assessor.role}, ${c.assessor.org}`)],
    ]),
    h2('Reason for assessment'),
    p(c.reason ?? ''),
    ...domain('1a', 'Family, parenting and household relationships', 'Household composition, separated parents and relationship between them, extended family members. Parenting basic care, boundaries and structure.', c.domains.parenting, plans[0]),
    ...domain('1b', 'Accommodation and income', 'Is the home suitable to the needs of the family? Any financial difficulties?', c.domains.family, plans[1]),
    ...domain('2a', 'The child’s health, learning and development', 'Physical and emotional health, learning, attendance and behaviour.', c.domains.development, plans[2]),
    h2('Summary'),
    table([0.3, 0.7], [
      [lbl('Strengths'), txt(c.strengths)],
      [lbl('Needs'), txt(c.needs)],
      [lbl('Risks'), txt(c.risks)],
      [lbl('Outcomes we want'), txt(c.outcomes)],
      [lbl('Child’s views'), txt(c.childComment)],
      [lbl('Family’s views'), txt(c.parentComment)],
      [lbl('Level of need'), txt(needLevel(c, 'word'))],
    ]),
    h2('Family agreement'),
    table([0.3, 0.7], [
      [lbl('Signed by the family'), txt(k === 'written' ? c.consent.signature : '')],
      [lbl('Consent to share'), txt({ written: 'Written', verbal: 'Verbal', unspecified: 'Given', none: pick(rng, ['Not given', '']) }[k])],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-ninth wave, after councils' published templates): numbered parts of
// "Label: value" runs, several to a line, the way a form's fields print when typed in place

function inlineFields(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const runs = (...pairs: [string, string | null | undefined][]): Element => p(...pairs.flatMap(([q, a], i) => [...(i ? ['    '] : []), { bold: `${q}:` } as Run, ` ${a ?? ''}`]));
  return [
    h1('Early Help Assessment (EHA)'),
    p('A unique identifying number for the family must be obtained as you commence this assessment.'),
    h2('1 Assessment details'),
    runs(['EHA UIN', `UIN${Math.floor(rng() * 1e5)}`], ['Date started', fmtDate(c.assessmentDate, 'dmy')], ['Date complete', '']),
    h2('Person undertaking the assessment'),
    runs(['Name', c.assessor.name], ['Position', c.assessor.role]),
    runs(['Organisation', c.assessor.org], ['Telephone no', c.assessor.phone]),
    h2('2 Family composition and details'),
    p({ bold: 'Main parent / carer' }),
    runs(['Name', c.parent?.name], ['Relationship to children', c.parent?.relationship]),
    runs(['Address', c.parent?.address], ['Mobile', c.parent?.phone]),
    runs(['Others in the household', c.familyComposition]),
    p({ bold: 'Child' }),
    runs(['Name', childName(ch)], ['DOB', fmtDate(ch.dob, 'dmy')], ['Gender (M/F)', ch.gender === 'male' ? 'M' : ch.gender === 'female' ? 'F' : '']),
    runs(['Ethnicity', c.ethnicity], ['Disability', c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Prefer not to say' }[c.disability] : '']),
    runs(['School / setting', schoolText(c)], ['GP', c.gp]),
    ...(c.children.length > 1 ? [runs(['Other children in the family', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')])] : []),
    h2('3 The assessment'),
    runs(['Who was spoken to', c.present.text]),
    table([0.3, 0.7], [
      [lbl('Reason for the assessment'), [ans(rng, c.reason)]],
      [lbl('Child assessment'), [ans(rng, c.domains.development)]],
      [lbl('Parenting'), [ans(rng, c.domains.parenting)]],
      [lbl('Family and environment'), [ans(rng, c.domains.family)]],
      [lbl('Strengths'), [ans(rng, c.strengths)]],
      [lbl('Needs'), [ans(rng, c.needs)]],
      [lbl('Risks'), [ans(rng, c.risks)]],
      [lbl('What we want to be different'), [ans(rng, c.outcomes)]],
    ]),
    h2('4 Voice of the child and family'),
    runs(['Child', c.childComment]),
    runs(['Parent / carer', c.parentComment]),
    h2('5 Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Lead'), lbl('Target date')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    runs(['Level of need', needLevel(c, 'digit')]),
    runs(['Information sharing and storage agreement', { written: 'Signed', verbal: 'Verbal agreement recorded', unspecified: 'Agreed', none: pick(rng, ['Not agreed', '']) }[k]]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (thirty-ninth wave, after councils' published templates): "Part 1 Background
// information" with the children in a wide table, ethnicity circled from the council's codes,
// the other family members with a "Living in home" column, and consent asked as two questions

function familiesFirst(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const two = (a: string, av: string | null | undefined, b: string, bv: string | null | undefined): Cell[] => [lbl(a), [ans(rng, av)], lbl(b), [ans(rng, bv)]];
  const disabled = c.disability ? { yes: 'Y', no: 'N', 'rather not say': 'Not said' }[c.disability] : '';
  const codes = ['A1 White British', 'A3 White European', 'B1 White/Black Caribbean', 'B4 Other Mixed', 'C2 Asian Pakistani', 'D2 Black African', 'F1 Not stated'];
  const code = (e: string | null) => (!e ? null : /british|wbri/i.test(e) ? codes[0] : /european|woth/i.test(e) ? codes[1] : /caribbean|mwbc/i.test(e) ? codes[2] : /mixed/i.test(e) ? codes[3] : /pakistani|apkn/i.test(e) ? codes[4] : /african|bafr/i.test(e) ? codes[5] : null);
  const others = (c.familyComposition ?? '').split('; ').filter((m) => m && !/\((son|daughter)\)|unborn/.test(m));
  return [
    h1('Early Help Assessment for children, young people and family services'),
    p('Ensure you have obtained parental / young person’s consent to do an EHA - please use the leaflet.'),
    h2('Part 1 Background information'),
    table([0.2, 0.3, 0.2, 0.3], [
      two('This form completed by', c.assessor.name, 'Role', c.assessor.role),
      two('Organisation', c.assessor.org, 'Phone no', c.assessor.phone),
      two('Date', fmtDate(c.assessmentDate, 'dmy'), 'Present', c.present.text),
    ]),
    p('Where there is more than one child subject to the Early Help Assessment please give details of all children.'),
    table([0.16, 0.14, 0.16, 0.22, 0.12, 0.08, 0.12], [
      [lbl('Family name'), lbl('Forename'), lbl('Relationship to other subjects'), lbl('Address and telephone'), lbl('DOB'), lbl('Gender M/F'), lbl('Is child disabled Y/N')],
      ...c.children.map((x, i) => [txt(x.family), txt(x.unborn ? 'Unborn' : x.given), txt(i === 0 ? 'Subject' : x.gender === 'female' ? 'Sister' : 'Brother'), txt(i === 0 ? c.address : ''), txt(fmtDate(x.dob, 'dmy')), txt(x.gender === 'male' ? 'M' : x.gender === 'female' ? 'F' : ''), txt(i === 0 ? disabled : 'N')]),
    ]),
    p({ bold: 'Child’s ethnicity (please circle one)' }),
    ...(code(c.ethnicity) || !c.ethnicity ? [p({ ticks: codes.map((x) => ({ label: x, checked: x === code(c.ethnicity) })) })] : [p({ ticks: codes.map((x) => ({ label: x, checked: false })) }), p(`Other: ${c.ethnicity}`)]),
    table([0.3, 0.7], [
      [lbl('Child’s school'), [ans(rng, schoolText(c))]],
      [lbl('Parent / carer'), [ans(rng, c.parent ? `${c.parent.name} (${c.parent.relationship})` : '')]],
      [lbl('Parent / carer’s address and telephone'), [ans(rng, [c.parent?.address, c.parent?.phone].filter(Boolean).join(', '))]],
    ]),
    p({ bold: 'Details of other family members (including siblings) and connected persons' }),
    table([0.3, 0.3, 0.2, 0.2], [
      [lbl('Name'), lbl('Relationship'), lbl('Telephone number'), lbl('Living in home Y/N')],
      ...(c.familyComposition && c.parent ? [[txt(c.parent.name), txt('Mother'), txt(c.parent.phone), txt('Y')]] : []),
      ...others.filter((m) => !c.parent || !m.startsWith(c.parent.name)).map((m) => [txt(m.replace(/\s*\(.*$/, '')), txt(/\((.*)\)/.exec(m)?.[1] ?? ''), txt(''), txt(/lives separately|visits/.test(m) ? 'N' : 'Y')]),
    ]),
    p({ bold: 'Professionals involved with the child and family' }),
    table([0.25, 0.35, 0.4], [[lbl('Agency'), lbl('Name'), lbl('Address / email / telephone')], [txt('GP'), txt(c.gp), txt('')], [txt('Health visitor'), txt(''), txt('')], [txt('Mental health'), txt(''), txt('')]]),
    p('Is the family aware of the assessment? ', { ticks: [{ label: 'Yes', checked: true }, { label: 'No', checked: false }] }),
    p('Has the consent to share information form been signed? ', { ticks: [{ label: 'Yes', checked: k === 'written' }, { label: 'No', checked: k !== 'written' && k !== 'unspecified' }] }),
    ...(k === 'verbal' ? [p('Consent given verbally at the visit; form to follow.')] : k === 'unspecified' ? [p('Consent to share: agreed.')] : []),
    h2('Reasons for EHA'),
    p(c.reason ?? ''),
    h2('Part 2 Assessment'),
    table([0.3, 0.7], [
      [lbl('Development of the child'), [ans(rng, c.domains.development)]],
      [lbl('Parents and carers'), [ans(rng, c.domains.parenting)]],
      [lbl('Family and environment'), [ans(rng, c.domains.family)]],
      [lbl('Strengths'), [ans(rng, c.strengths)]],
      [lbl('Needs'), [ans(rng, c.needs)]],
      [lbl('Risks'), [ans(rng, c.risks)]],
      [lbl('What do you hope to see happen as a result of this early help assessment?'), [ans(rng, c.outcomes)]],
      [lbl('Child / young person’s comments'), [ans(rng, c.childComment)]],
      [lbl('Parent / carer’s comments'), [ans(rng, c.parentComment)]],
      [lbl('Type and level of need'), [ans(rng, needLevel(c, 'tier'))]],
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fortieth wave): a team around the family meeting's record, attendance and apologies
// ticked by name, and a plan whose owner is the lead practitioner by initials ("LP")

function tafAttendance(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const t = c.present.text.toLowerCase();
  const mark = (yes: boolean) => (c.present.kind === 'blank' ? '' : yes ? '✓' : '');
  const apology = (yes: boolean) => (c.present.kind === 'blank' || yes ? '' : '✓');
  const mum = c.present.kind === 'recorded' && /mum|mother|both parents/.test(t);
  const teacher = c.present.kind === 'recorded' && /teacher/.test(t);
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const lp = (who: string) => (who === c.assessor.name || who === 'Me' || who.includes(c.assessor.role) ? 'LP' : who);
  return [
    h1('Team Around the Family - Assessment and Meeting Record'),
    table([0.35, 0.65], [
      row('Child', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('SEND / disability', disabilityText(c, 'No', 'Prefer not to say')),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer and contact number', c.parent ? [c.parent.name, c.parent.phone].filter(Boolean).join(', ') : ''),
      row('Home address', c.parent?.address),
      row('Household', c.familyComposition),
      row('Lead Practitioner (LP)', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of TAF meeting / assessment', fmtDate(c.assessmentDate, 'dmy')),
    ]),
    h2('Meeting attendance'),
    table([0.35, 0.35, 0.15, 0.15], [
      [lbl('Name'), lbl('Agency / relationship'), lbl('Attended'), lbl('Apologies')],
      [txt(c.parent?.name ?? 'Parent'), txt('Parent'), txt(mark(mum)), txt(apology(mum))],
      [txt(''), txt('Class teacher'), txt(mark(teacher)), txt(apology(teacher))],
      [txt(c.assessor.name), txt(`${c.assessor.role} (LP, chair)`), txt(''), txt('')],
    ]),
    ...(c.present.kind === 'none' ? [p('Attendance: none - assessment completed from records before the meeting.')] : []),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Why is the family being offered early help?', c.reason),
      row('Child’s development', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('What’s going well', c.strengths),
      row('What needs to change', c.needs),
      row('Risks', c.risks),
      row('Family’s goals', c.outcomes),
      row('Child’s voice', c.childComment),
      row('Parent / carer’s voice', c.parentComment),
      row('Threshold level', needLevel(c, 'word')),
    ]),
    h2('TAF plan'),
    table([0.4, 0.2, 0.2, 0.2], [[lbl('Action'), lbl('Owner'), lbl('Deadline'), lbl('RAG')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, lp(a.who))], [ans(rng, a.when)], txt('Amber')])]),
    table([0.35, 0.65], [row('Family consent to the plan being shared', { written: 'Yes - consent form signed', verbal: 'Yes - verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fortieth wave): a school's request for early help from its information system: year
// and tutor group, attendance, SEN status by code, contacts by priority

function schoolRequest(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const sen = c.disability ? { yes: `K - SEN support (${c.disabilityDetail})`, no: 'N - no SEN', 'rather not say': 'Parent declined to say' }[c.disability] : '';
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Request for Early Help Support'),
    p('Completed by the school. Attach the pupil’s attendance certificate.'),
    table([0.25, 0.25, 0.25, 0.25], [
      [lbl('Pupil name'), txt(childName(ch)), lbl('Date of birth'), txt(fmtDate(ch.dob, 'dmy'))],
      [lbl('Year group'), txt(ch.unborn ? '' : 'Year 5'), lbl('Tutor group'), txt('5H')],
      [lbl('Sex'), txt(ch.gender === 'male' ? 'M' : ch.gender === 'female' ? 'F' : ''), lbl('Ethnic code'), txt(c.ethnicity)],
      [lbl('SEN status (N / K / E)'), txt(sen), lbl('Attendance % (this year)'), txt('88.5%')],
    ]),
    table([0.35, 0.65], [
      row('School', schoolText(c)),
      row('Doctor’s surgery (from admission form)', c.gp),
      ...(c.children.length > 1 ? [row('Siblings (any school)', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Contacts'),
    table([0.2, 0.3, 0.25, 0.25], [
      [lbl('Priority'), lbl('Contact name'), lbl('Relationship'), lbl('Telephone')],
      [txt('1'), txt(c.parent?.name), txt(c.parent?.relationship), txt(c.parent?.phone)],
    ]),
    table([0.35, 0.65], [row('Contact address', c.parent?.address), row('Pupil lives with', c.familyComposition)]),
    h2('Request'),
    table([0.35, 0.65], [
      row('Staff member making the request', `${c.assessor.name} (${c.assessor.role}), ${c.assessor.org}`),
      row('Date of meeting with the family', fmtDate(c.assessmentDate, 'dmy')),
      row('Meeting held with', c.present.text),
      row('What are the school’s concerns?', c.reason),
      row('Learning and development', c.domains.development),
      row('Home and parenting', c.domains.parenting),
      row('Family circumstances', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('What would success look like?', c.outcomes),
      row('Pupil voice', c.childComment),
      row('Parent voice', c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Support the school will put in / request'), lbl('Staff / service'), lbl('Review')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.35, 0.65], [row('Parental consent for this request', { written: 'Signed consent form attached', verbal: 'Given verbally by phone', unspecified: 'Yes', none: pick(rng, ['Not yet', '']) }[k])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fortieth wave): a Signs of Wellbeing assessment: worries and the wellbeing goal, the
// child's three houses, the family network meeting

function wellbeingGoals(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const say = (heading: string, text: string | null | undefined): Element[] => [h2(heading), p({ answer: text ?? '' })];
  return [
    h1('Signs of Wellbeing - Early Help Assessment'),
    table([0.3, 0.7], [
      [lbl('Child / young person'), [ans(rng, childName(ch))]],
      [lbl('DOB'), [ans(rng, fmtDate(ch.dob, 'dmy'))]],
      [lbl('Gender'), [ans(rng, genderWord(ch))]],
      [lbl('Ethnicity'), [ans(rng, c.ethnicity)]],
      [lbl('Any disability or additional needs?'), [ans(rng, disabilityText(c, 'No', 'Would rather not say'))]],
      [lbl('Education setting'), [ans(rng, schoolText(c))]],
      [lbl('GP'), [ans(rng, c.gp)]],
      ...(c.children.length > 1 ? [[lbl('Brothers / sisters'), [ans(rng, c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))]] as Cell[]] : []),
      [lbl('Parent / carer'), [ans(rng, c.parent?.name)]],
      [lbl('How to reach them'), [ans(rng, [c.parent?.phone, c.parent?.address].filter(Boolean).join(', '))]],
      [lbl('Family network (who lives at home)'), [ans(rng, c.familyComposition)]],
      [lbl('Practitioner'), [ans(rng, `${c.assessor.name}, ${c.assessor.role} (${c.assessor.org})`)]],
      [lbl('Date of family network meeting'), [ans(rng, fmtDate(c.assessmentDate, 'dmy'))]],
      [lbl('People who came to the family network meeting'), [ans(rng, c.present.text)]],
    ]),
    ...say('What has brought us here?', c.reason),
    ...say('What’s working well?', c.strengths),
    ...say('Worry statement', [c.needs, c.risks].filter(Boolean).join(' ')),
    ...say('Wellbeing goal', c.outcomes),
    h2('Life domains'),
    table([0.3, 0.7], [
      [lbl('Health and development'), [ans(rng, c.domains.development)]],
      [lbl('Parenting'), [ans(rng, c.domains.parenting)]],
      [lbl('Home and community'), [ans(rng, c.domains.family)]],
    ]),
    ...say('Three houses (the child’s own words)', c.childComment),
    ...say('Family’s own words', c.parentComment),
    h2('Next steps'),
    table([0.5, 0.25, 0.25], [[lbl('Next step'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.3, 0.7], [
      [lbl('Level of need'), [ans(rng, needLevel(c, 'tier'))]],
      [lbl('Family agree to share this assessment'), [{ ticks: [{ label: 'Yes', checked: k !== 'none' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      [lbl('How'), [{ ticks: [{ label: 'Signed', checked: k === 'written' }, { label: 'Verbally', checked: k === 'verbal' }] }]],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-first wave): a form whose blank boxes still hold the template's own prompts in
// brackets ("(Record the child's own words here)"), left as the practitioner found them

function templatePrompts(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const or = (text: string | null | undefined, prompt: string) => (text ? text : `(${prompt})`);
  const row = (q: string, a: string | null | undefined, prompt: string): Cell[] => [lbl(q), txt(or(a, prompt))];
  return [
    h1('Early Help Assessment'),
    p('Delete the guidance in brackets as you complete each box.'),
    table([0.35, 0.65], [
      row('Child’s full name', childName(ch), 'First name and surname'),
      row('Date of birth', fmtDate(ch.dob, 'dmy'), 'dd/mm/yyyy, or the expected date of delivery'),
      row('Gender', genderWord(ch), 'Male, female or unknown'),
      row('Ethnicity', c.ethnicity, 'As the family describe it'),
      row('Disability', c.disability ? { yes: `Yes - ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Rather not say' }[c.disability] : null, 'Yes, no or rather not say; if yes, give details'),
      row('School or setting', schoolText(c), 'Name of school, nursery or college, and the UPN'),
      row('GP', c.gp, 'Name and address of the GP practice'),
      ...(c.children.length > 1 ? [row('Other children in the family', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '), 'Names and dates of birth')] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : null, 'Name and relationship to the child'),
      row('Parent / carer contact details', [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ') || null, 'Telephone number and address'),
      row('Family composition', c.familyComposition, 'Everyone living in the household and their relationship to the child'),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy') || null, 'The date the assessment was completed'),
      row('People present', c.present.text || null, 'List everyone present at the assessment, or write none'),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`, 'Name, role and agency'),
      row('Reason for the assessment', c.reason, 'What has led to this assessment?'),
      row('Development of the child', c.domains.development, 'Health, education, emotional development, identity'),
      row('Parents and carers', c.domains.parenting, 'Basic care, safety, warmth, stimulation, guidance'),
      row('Family and environment', c.domains.family, 'Family history, housing, income, community'),
      row('Strengths', c.strengths, 'What is working well for the child and family?'),
      row('Needs', c.needs, 'What does the child need?'),
      row('Risks', c.risks, 'What are the risks if nothing changes?'),
      row('Outcomes', c.outcomes, 'What will be different for the child, and by when?'),
      row('Child’s comments', c.childComment, 'Record the child’s own words here'),
      row('Parent / carer’s comments', c.parentComment, 'Record the parent’s or carer’s own words here'),
      row('Level of need', needLevel(c, 'digit') || null, '1, 2, 3 or 4'),
      row('Consent', { written: 'Written - signed form on file', verbal: 'Verbal', unspecified: 'Yes', none: null }[k], 'Written, verbal or refused'),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-first wave): a printed form whose long answers go on to a continuation sheet at
// the end ("See continuation sheet"), with a submission checklist of its own at the top

function continuationSheet(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const long = (text: string | null | undefined) => !!text && text.length > 120;
  const box = (text: string | null | undefined) => (long(text) ? 'See continuation sheet' : text);
  const carried: [string, string | null][] = [['3.1 What has led to this assessment?', c.reason], ['4.2 What are the needs?', c.needs], ['5.1 Child or young person’s comments', c.childComment]];
  return [
    h1('Common Assessment Form'),
    p({ bold: 'Before you submit:' }, ' ', { ticks: [{ label: 'Chronology attached', checked: true }, { label: 'Manager informed', checked: true }, { label: 'Genogram attached', checked: false }] }),
    h2('1. Child'),
    table([0.35, 0.65], [
      row('1.1 Name', childName(ch)),
      row('1.2 Date of birth', fmtDate(ch.dob, 'dmy')),
      row('1.3 Gender', genderWord(ch)),
      row('1.4 Ethnicity', c.ethnicity),
      row('1.5 Disability', disabilityText(c)),
      row('1.6 School', schoolText(c)),
      row('1.7 GP', c.gp),
      ...(c.children.length > 1 ? [row('1.8 Other children on this form', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('2. Family'),
    table([0.35, 0.65], [
      row('2.1 Parent / carer', c.parent?.name),
      row('2.2 Telephone', c.parent?.phone),
      row('2.3 Address', c.parent?.address),
      row('2.4 Household members', c.familyComposition),
    ]),
    h2('3. Assessment'),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Those present', c.present.text),
      row('Assessor', `${c.assessor.name} (${c.assessor.role}), ${c.assessor.org}`),
      row('3.1 What has led to this assessment?', box(c.reason)),
      row('3.2 Development', c.domains.development),
      row('3.3 Parenting', c.domains.parenting),
      row('3.4 Family and environment', c.domains.family),
    ]),
    h2('4. Summary'),
    table([0.35, 0.65], [row('4.1 Strengths', c.strengths), row('4.2 What are the needs?', box(c.needs)), row('4.3 Risks', c.risks), row('4.4 Outcomes', c.outcomes)]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    h2('5. Views and consent'),
    table([0.35, 0.65], [
      row('5.1 Child or young person’s comments', box(c.childComment)),
      row('5.2 Parent or carer’s comments', c.parentComment),
      row('5.3 Level of need', needLevel(c, 'word')),
      row('5.4 Consent to share', { written: 'Written (signed)', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    ...(carried.some(([, t]) => long(t)) ? [h2('Continuation sheet'), ...carried.filter(([, t]) => long(t)).flatMap(([q, t]) => [p({ bold: `${q} (continued)` }), p(t ?? '')])] : []),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-first wave): an early help "offer" letter-style assessment addressed to the
// family, the answers in sentences under short bold run-in headings ("Who we met:")

function runInHeadings(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const run = (q: string, a: string | null | undefined): Element => p({ bold: `${q}:` }, ` ${a ?? ''}`);
  return [
    h1('Our Early Help Assessment with your family'),
    run('Child', childName(ch)),
    run('Born', fmtDate(ch.dob, 'long')),
    run('Boy or girl', ch.gender === 'male' ? 'Boy' : ch.gender === 'female' ? 'Girl' : ''),
    run('Background', c.ethnicity),
    run('Any disability', disabilityText(c, 'No', 'You would rather not say')),
    run('School or nursery', schoolText(c)),
    run('Doctor', c.gp),
    ...(c.children.length > 1 ? [run('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    run('Parent / carer', c.parent?.name),
    run('Your phone', c.parent?.phone),
    run('Your address', c.parent?.address),
    run('Who lives at home', c.familyComposition),
    run('When we met', fmtDate(c.assessmentDate, 'long')),
    run('Who we met', c.present.text),
    run('Your worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    h2('What we talked about'),
    run('Why we are working with you', c.reason),
    run('How your child is doing', c.domains.development),
    run('Being a parent', c.domains.parenting),
    run('Home and money', c.domains.family),
    run('What is going well', c.strengths),
    run('What needs to get better', c.needs),
    run('What worries us', c.risks),
    run('What we are aiming for', c.outcomes),
    run('What your child told us', c.childComment),
    run('What you told us', c.parentComment),
    run('Level of support', needLevel(c, 'word')),
    h2('Who will do what'),
    table([0.5, 0.25, 0.25], [[lbl('What'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    run('Sharing your information', { written: 'You signed the consent form', verbal: 'You agreed verbally', unspecified: 'You agreed', none: pick(rng, ['You did not agree', '']) }[k]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-second wave): a consent page of its own at the end, with a statement to agree
// and one to refuse, each adult's name, signature and date, and a line for consent taken verbally

function consentStatements(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Assessment'),
    table([0.35, 0.65], [
      row('Name of child', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnic origin', c.ethnicity),
      row('Does the child have a disability?', disabilityText(c)),
      row('Nursery / school / college', schoolText(c)),
      row('Registered GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children in the household', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer name', c.parent?.name),
      row('Parent / carer telephone', c.parent?.phone),
      row('Parent / carer address', c.parent?.address),
      row('Others in the home', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present at the assessment', c.present.text),
      row('Assessment completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason for assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s comments', c.childComment),
      row('Parent / carer’s comments', c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    h2('Consent to share information'),
    p('Please read the statements below with the family and tick one.'),
    p({ ticks: [{ label: 'I give consent for the information in this assessment to be shared with the agencies named in the plan', checked: k !== 'none' }] }),
    p({ ticks: [{ label: 'I do not give consent for this information to be shared', checked: k === 'none' && rng() < 0.5 }] }),
    table([0.4, 0.6], [
      row('Name of parent / carer', k === 'none' ? '' : c.parent?.name),
      row('Signature', k === 'written' ? c.consent.signature : ''),
      row('Date', fmtDate(c.consent.date, 'dmy')),
      row('Where consent was given verbally, the name of the practitioner who took it and the date', k === 'verbal' ? `${c.assessor.name}, ${fmtDate(c.consent.date, 'dmy')}` : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-second wave): a paper-style form: the census list of ethnic groups to tick over
// several lines, writing lines for answers, names of those present on a line of their own

/** The census list of ethnic groups, as paper forms print it to tick. */
const CENSUS_GROUPS = ['White: English / Welsh / Scottish / Northern Irish / British', 'White: Irish', 'White: Gypsy or Irish Traveller', 'White: any other White background', 'Mixed: White and Black Caribbean', 'Mixed: White and Black African', 'Mixed: White and Asian', 'Mixed: any other mixed background', 'Asian: Indian', 'Asian: Pakistani', 'Asian: Bangladeshi', 'Asian: Chinese', 'Black: African', 'Black: Caribbean', 'Other ethnic group'];
/** The census group a case's ethnicity falls in, as its index; -1 where none is ticked. */
const censusGroupOf = (e: string) => (/british|wbri/i.test(e) ? 0 : /european|woth/i.test(e) ? 3 : /caribbean|mwbc/i.test(e) ? 4 : /mixed/i.test(e) ? 7 : /pakistani|apkn/i.test(e) ? 9 : /african|bafr/i.test(e) ? 12 : -1);

function censusTicks(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const groups = CENSUS_GROUPS;
  const pickGroup = censusGroupOf(c.ethnicity ?? '');
  const line = (q: string, a: string | null | undefined): Element => p({ bold: q }, ' ', a ? a : '______________________');
  return [
    h1('Early Help Assessment Form'),
    p('Please write clearly in black ink, or type.'),
    h2('About the child'),
    line('Name:', childName(ch)),
    line('Date of birth:', fmtDate(ch.dob, 'dmy')),
    line('Sex:', genderWord(ch)),
    p({ bold: 'Ethnic group (tick one):' }),
    p({ ticks: groups.slice(0, 8).map((g, i) => ({ label: g, checked: i === pickGroup })) }),
    p({ ticks: groups.slice(8).map((g, i) => ({ label: g, checked: i + 8 === pickGroup })) }),
    line('Disability (yes / no / prefer not to say):', c.disability ? { yes: `Yes, ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Prefer not to say' }[c.disability] : null),
    line('School:', schoolText(c)),
    line('GP:', c.gp),
    ...(c.children.length > 1 ? [line('Other children:', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    h2('About the family'),
    line('Parent or carer:', c.parent ? `${c.parent.name} (${c.parent.relationship})` : null),
    line('Phone:', c.parent?.phone),
    line('Address:', c.parent?.address),
    line('Who lives in the household:', c.familyComposition),
    h2('The assessment'),
    line('Date:', fmtDate(c.assessmentDate, 'dmy')),
    line('Name(s) and relationship of those present:', c.present.text),
    line('Completed by (name, job, agency):', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    line('Why is this assessment being done?', c.reason),
    line('The child’s development:', c.domains.development),
    line('Parenting:', c.domains.parenting),
    line('Family and environment:', c.domains.family),
    line('Strengths:', c.strengths),
    line('Needs:', c.needs),
    line('Risks:', c.risks),
    line('Outcomes hoped for:', c.outcomes),
    line('What the child says:', c.childComment),
    line('What the parent or carer says:', c.parentComment),
    line('Level of need (1 - 4):', needLevel(c, 'digit')),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    line('Consent to share (written / verbal / none):', { written: 'Written', verbal: 'Verbal', unspecified: 'Given', none: null }[k]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-second wave): a health service's early help record: NHS number, the health
// visiting contact as the assessment, "present at contact", a competence question before consent

function healthContact(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Health Early Help Record'),
    table([0.25, 0.25, 0.25, 0.25], [
      [lbl('NHS number'), txt(`${400 + Math.floor(rng() * 500)} ${100 + Math.floor(rng() * 800)} ${1000 + Math.floor(rng() * 8000)}`), lbl('Surname'), txt(ch.family)],
      [lbl('Forename'), txt(ch.unborn ? 'Unborn' : ch.given), lbl('DOB / EDD'), txt(fmtDate(ch.dob, 'dmy'))],
      [lbl('Sex'), txt(genderWord(ch)), lbl('Ethnicity'), txt(c.ethnicity)],
    ]),
    table([0.35, 0.65], [
      row('Long-term condition / disability', c.disability ? { yes: c.disabilityDetail, no: 'None', 'rather not say': 'Declined to say' }[c.disability] : ''),
      row('Registered GP practice', c.gp),
      row('Education setting', schoolText(c)),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Main carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Main carer’s mobile', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household members', c.familyComposition),
    ]),
    h2('Contact'),
    table([0.35, 0.65], [
      row('Date of contact', fmtDate(c.assessmentDate, 'dmy')),
      row('Type of contact', 'Home visit'),
      row('Present at contact', c.present.text),
      row('Practitioner', `${c.assessor.name} (${c.assessor.role}, ${c.assessor.org})`),
      row('Reason for early help', c.reason),
      row('Child’s health and development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s voice', c.childComment),
      row('Parent’s voice', c.parentComment),
      row('Universal / Universal Plus / Universal Partnership Plus', needLevel(c, 'word')),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Plan'), lbl('Responsible'), lbl('Review date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.35, 0.65], [
      row('Is the young person Gillick competent to consent?', 'Not applicable'),
      row('Consent to share with other agencies', { written: 'Yes - written consent on file', verbal: 'Yes - verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-third wave): an assessment with its closure summary on the same form: the dates
// of the last review and of closure, and who came to the closure meeting, beside the assessment's

function closureSummary(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const later = (days: number) => (c.assessmentDate ? fmtDate(new Date(Date.parse(`${c.assessmentDate}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10), 'dmy') : '12/12/2025');
  return [
    h1('Early Help Assessment and Closure Summary'),
    h2('Part 1: The assessment'),
    table([0.35, 0.65], [
      row('Child', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent?.name),
      row('Contact telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present at the assessment', c.present.text),
      row('Lead professional', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason for the assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent / carer’s views', c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Consent', { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    h2('Part 2: Closure'),
    table([0.35, 0.65], [
      row('Date of last review', later(84)),
      row('Date of closure', later(120)),
      row('Present at the closure meeting', 'Mum and the lead professional'),
      row('Reason for closure', 'Outcomes achieved'),
      row('What has changed for the child?', 'Attendance is up to 96% and bedtimes are settled.'),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-third wave): a block for each parent or carer, the second one's contact unknown

function twoParents(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Early Help Assessment'),
    h2('Child or young person'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Parent / carer 1'),
    table([0.35, 0.65], [row('Name', c.parent?.name), row('Relationship', c.parent?.relationship), row('Telephone', c.parent?.phone), row('Address', c.parent?.address)]),
    h2('Parent / carer 2'),
    table([0.35, 0.65], [row('Name', `${pick(rng, ['Darren', 'Paul', 'Tariq'])} ${ch.family}`), row('Relationship', 'Father (does not live with the child)'), row('Telephone', 'Not known'), row('Address', 'Not known')]),
    h2('Household'),
    table([0.35, 0.65], [row('Who lives in the home', c.familyComposition)]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Date', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Why now?', c.reason),
      row('Child’s development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s view', c.childComment),
      row('Parent / carer 1’s view', c.parentComment),
      row('Parent / carer 2’s view', 'Not seen'),
      row('Level of need', needLevel(c, 'tier')),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.35, 0.65], [row('Consent (parent / carer 1)', { written: 'Signed', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]), row('Consent (parent / carer 2)', 'Not asked')]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-third wave): answers as bulleted lists inside the cells, the way practitioners
// type them into a template's boxes

function bulletedCells(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const bullets = (text: string | null | undefined, by: RegExp) => (text ? text.split(by).map((s) => s.trim()).filter(Boolean).map((s) => `• ${s}`).join('\n') : '');
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Family Early Help Assessment'),
    table([0.35, 0.65], [
      row('Child’s name', childName(ch)),
      row('DOB', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability / SEN', disabilityText(c)),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', bullets(c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '), /;\s*/))] : []),
      row('Parent / carer', c.parent?.name),
      row('Parent / carer contact', bullets([c.parent?.phone, c.parent?.address].filter(Boolean).join('|'), /\|/)),
      row('Household', bullets(c.familyComposition, /;\s*/)),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', bullets(c.present.text, /,\s*|\s+and\s+/)),
      row('Worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Reason for assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', bullets(c.strengths, /(?<=\.)\s+/)),
      row('Needs', bullets(c.needs, /(?<=\.)\s+/)),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s comments', c.childComment),
      row('Parent / carer’s comments', c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
      row('Consent', { written: 'Written (signed)', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-fourth wave): the family's own assessment, written in the parent's voice ("My
// child's name", "How you can contact me", "What I think"), the worker's part after it

function parentVoice(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Our Family’s Early Help Assessment'),
    p('This part is filled in by the parent or carer, with help from the worker if you want it.'),
    h2('About us'),
    table([0.4, 0.6], [
      row('My name', c.parent?.name),
      row('I am the child’s', c.parent?.relationship),
      row('How you can contact me', [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')),
      row('My child’s name', childName(ch)),
      row('My child’s date of birth', fmtDate(ch.dob, 'dmy')),
      row('My child is a', ch.gender === 'male' ? 'Boy' : ch.gender === 'female' ? 'Girl' : ''),
      row('Our ethnic background', c.ethnicity),
      row('Does my child have a disability?', disabilityText(c, 'No', 'I would rather not say')),
      row('My child’s school or nursery', schoolText(c)),
      row('Our doctor', c.gp),
      ...(c.children.length > 1 ? [row('My other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Who lives with us', c.familyComposition),
      row('What I think', c.parentComment),
      row('What my child says', c.childComment),
    ]),
    h2('The worker’s assessment'),
    table([0.4, 0.6], [
      row('Worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('People present', c.present.text),
      row('Why the family asked for help', c.reason),
      row('Child’s development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Level of need', needLevel(c, 'word')),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('What will happen'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.4, 0.6], [row('I agree to this being shared', { written: 'Yes - I have signed the consent form', verbal: 'Yes - I told my worker', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-fourth wave): an assessment reviewed in place, a column for the assessment and
// one for the review beside each question; the review's answers are the review's

function reviewColumns(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined, r: string | null | undefined): Cell[] => [lbl(q), txt(a), txt(r)];
  return [
    h1('Early Help Assessment and Review'),
    table([0.35, 0.65], [
      [lbl('Child'), txt(childName(ch))],
      [lbl('Date of birth'), txt(fmtDate(ch.dob, 'dmy'))],
      [lbl('Gender'), txt(genderWord(ch))],
      [lbl('Ethnicity'), txt(c.ethnicity)],
      [lbl('Disability'), txt(disabilityText(c))],
      [lbl('School'), txt(schoolText(c))],
      [lbl('GP'), txt(c.gp)],
      ...(c.children.length > 1 ? [[lbl('Siblings'), txt(c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] as Cell[]] : []),
      [lbl('Parent / carer'), txt(c.parent?.name)],
      [lbl('Phone'), txt(c.parent?.phone)],
      [lbl('Address'), txt(c.parent?.address)],
      [lbl('Household'), txt(c.familyComposition)],
      [lbl('Worker'), txt(`${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`)],
    ]),
    table([0.3, 0.35, 0.35], [
      [lbl(''), lbl('At assessment'), lbl('At review')],
      row('Date', fmtDate(c.assessmentDate, 'dmy'), '15/12/2025'),
      row('Present', c.present.text, 'Mum and the worker'),
      row('Reason / progress', c.reason, 'Some progress: attendance improving.'),
      row('Development', c.domains.development, 'No change.'),
      row('Parenting', c.domains.parenting, 'Routines are better.'),
      row('Family and environment', c.domains.family, 'Housing application made.'),
      row('Strengths', c.strengths, 'Mum is engaging well.'),
      row('Needs', c.needs, 'Reading support continues.'),
      row('Risks', c.risks, 'None new.'),
      row('Outcomes', c.outcomes, 'Partly met.'),
      row('Child’s views', c.childComment, 'I like my new reading group.'),
      row('Parent / carer’s views', c.parentComment, 'Things are a bit easier.'),
      row('Level of need', needLevel(c, 'digit'), '1'),
      row('Consent', { written: 'Written (signed)', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k], 'Yes'),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-fourth wave): a professionals table with a row for each service, a column for
// who is lead, and the GP and school named only there

function professionalsTable(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Assessment'),
    table([0.35, 0.65], [
      row('Child’s name', childName(ch)),
      row('DOB', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent?.name),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    h2('Professionals involved'),
    table([0.25, 0.35, 0.25, 0.15], [
      [lbl('Service'), lbl('Name / organisation'), lbl('Telephone'), lbl('Lead?')],
      [txt('GP'), txt(c.gp), txt(c.gp ? '01632 400100' : ''), txt('')],
      [txt('School / nursery'), txt(schoolText(c)), txt(''), txt('')],
      [txt(c.assessor.role), txt(`${c.assessor.name}, ${c.assessor.org}`), txt(c.assessor.phone), txt('Yes')],
    ]),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Who was present?', c.present.text),
      row('Assessment completed by', `${c.assessor.name}, ${c.assessor.role}`),
      row('Reason for assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s comments', c.childComment),
      row('Parent / carer’s comments', c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
      row('Consent to share', { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-fifth wave, after the Signs of Safety "three houses" tool): the child's voice
// in three houses (good things, worries, dreams) beside the adults' own three columns, which ask
// the same questions of the worker and the family

const HOUSE_WORRIES = ['When Mum and Dad shout.', 'Getting told off at school.', 'That we might have to move again.', 'Being on my own at break.'];
const HOUSE_DREAMS = ['To have my own bedroom.', 'To go swimming every week.', 'That everyone is happy at home.', 'To be a vet when I grow up.'];

function threeHouses(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const voice = c.childComment;
  return [
    h1('Early Help Assessment'),
    p('Using the Signs of Safety approach: what are we worried about, what is working well, and what needs to happen?'),
    h2('About the family'),
    table([0.35, 0.65], [
      row('Child / young person', childName(ch)),
      row('Date of birth / EDD', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability or SEN', disabilityText(c, 'No', 'Parent would rather not say')),
      row('Nursery / school / college', schoolText(c)),
      row('GP surgery', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact number', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Family network', c.familyComposition),
    ]),
    h2('The assessment'),
    table([0.35, 0.65], [
      row('Date of the assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Worker', `${c.assessor.name}, ${c.assessor.role}`),
      row('Agency', c.assessor.org),
      row('Who took part', c.present.text),
      row('What led to this assessment?', c.reason),
      row('How is the child doing? (health, learning, development)', c.domains.development),
      row('How are the parents / carers managing?', c.domains.parenting),
      row('Family, home and community', c.domains.family),
    ]),
    h2('The child’s voice: my three houses'),
    p('Completed with the child, in their own words.'),
    table([0.34, 0.33, 0.33], [
      [lbl('House of good things'), lbl('House of worries'), lbl('House of dreams')],
      [txt(voice), txt(voice ? pick(rng, HOUSE_WORRIES) : ''), txt(voice ? pick(rng, HOUSE_DREAMS) : '')],
    ]),
    h2('What the adults think'),
    table([0.34, 0.33, 0.33], [
      [lbl('What are we worried about?'), lbl('What is working well?'), lbl('What needs to happen?')],
      [txt(c.needs), txt(c.strengths), txt(c.outcomes)],
    ]),
    table([0.35, 0.65], [
      row('Risks', c.risks),
      row('What do the parents / carers say?', c.parentComment),
      row('Level of need on the continuum', needLevel(c, 'tier')),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('What needs to happen'), lbl('Who'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    h2('Family agreement'),
    k === 'written' ? p(`Signed by parent / carer: ${c.consent.signature}    Date: ${fmtDate(c.consent.date, 'dmy')}`)
      : k === 'verbal' ? p('The parent agreed to information being shared, by phone; not signed.')
        : k === 'unspecified' ? p('Consent to share information: yes')
          : p(`Consent to share information: ${pick(rng, ['declined', ''])}`),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-fifth wave): a school nursing service's assessment that gives the child's age,
// not a date of birth, and the brothers and sisters by age

function ageText(dob: string | null, at: string | null, unborn: boolean): string {
  if (unborn) return dob ? `Unborn (EDD ${fmtDate(dob, 'dmy')})` : 'Unborn';
  if (!dob || !at) return '';
  const [by, bm, bd] = dob.split('-').map(Number);
  const [ay, am, ad] = at.split('-').map(Number);
  const months = (ay - by) * 12 + (am - bm) - (ad < bd ? 1 : 0);
  if (months < 24) return `${months} months`;
  return `${Math.floor(months / 12)} years${months % 12 ? ` ${months % 12} months` : ''}`;
}

function ageStated(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const age = ageText(ch.dob, c.assessmentDate, ch.unborn);
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('School Nursing Service'),
    h2('Early Help Assessment'),
    table([0.3, 0.7], [
      row('Name', childName(ch)),
      // Without an assessment date the age cannot be given, so the form falls back to the date of birth.
      age ? row('Age', age) : row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Sex', ch.gender === 'male' ? 'M' : ch.gender === 'female' ? 'F' : 'Not recorded'),
      row('Ethnic group', c.ethnicity),
      row('Disability / additional needs', disabilityText(c, 'None', 'Declined to say')),
      row('Setting', schoolText(c)),
      row('GP practice', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${x.given}, ${ageText(x.dob, c.assessmentDate, x.unborn) || fmtDate(x.dob, 'dmy')}`).join('; '))] : []),
      row('Parent / carer and contact number', c.parent ? [`${c.parent.name} (${c.parent.relationship})`, c.parent.phone].filter(Boolean).join(' - ') : ''),
      row('Home address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    table([0.3, 0.7], [
      row('Seen on', fmtDate(c.assessmentDate, 'short')),
      row('Seen by', `${c.assessor.name} (${c.assessor.role}), ${c.assessor.org}`),
      row('Others seen', c.present.text),
      row('Presenting issue', c.reason),
      row('Health and development', c.domains.development),
      row('Home and parenting', c.domains.parenting),
      row('Family and community', c.domains.family),
      row('Positives', c.strengths),
      row('Concerns', c.needs),
      row('Risks', c.risks),
      row('Goals', c.outcomes),
      row('Young person’s own words', c.childComment),
      row('Parent / carer’s words', c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
      row('Consent to share obtained', { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Plan'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-fifth wave): scaling questions put to each person (a score out of ten and why),
// the household as a table, and consent recorded person by person

function scalingQuestions(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const two = (a: string, av: string | null | undefined, b: string, bv: string | null | undefined): Cell[] => [lbl(a), txt(av), lbl(b), txt(bv)];
  const composition = c.familyComposition ? c.familyComposition.split('; ') : [];
  const score = () => String(3 + Math.floor(rng() * 5));
  return [
    h1('Family Support Assessment'),
    h2('Section 1: Family details'),
    table([0.2, 0.3, 0.2, 0.3], [
      two('Child’s name', childName(ch), 'Date of birth', fmtDate(ch.dob, 'dmy')),
      two('Gender', genderWord(ch), 'Ethnicity', c.ethnicity),
      two('Disability', c.disability ? { yes: `Yes (${c.disabilityDetail})`, no: 'No', 'rather not say': 'Rather not say' }[c.disability] : '', 'School', schoolText(c)),
      two('GP', c.gp, 'Main carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      two('Phone', c.parent?.phone, 'Address', c.parent?.address),
    ]),
    h2('Who lives in the family home'),
    table([0.5, 0.5], [
      [lbl('Name'), lbl('Relationship to the child')],
      ...composition.map((m) => [txt(m.replace(/\s*\(.*$/, '')), txt(/\((.*)\)/.exec(m)?.[1] ?? '')]),
    ]),
    ...(c.children.length > 1 ? [table([0.3, 0.7], [[lbl('Other children on this assessment'), txt(c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))]])] : []),
    h2('Section 2: Assessment'),
    table([0.3, 0.7], [
      [lbl('Date of assessment'), txt(fmtDate(c.assessmentDate, 'long'))],
      [lbl('Completed by'), txt(`${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`)],
      [lbl('Present at the assessment'), txt(c.present.text)],
      [lbl('Why is the family being assessed?'), txt(c.reason)],
      [lbl('The child’s needs'), txt(c.domains.development)],
      [lbl('Parenting'), txt(c.domains.parenting)],
      [lbl('Family and environment'), txt(c.domains.family)],
      [lbl('What is going well'), txt(c.strengths)],
      [lbl('Worries'), txt(c.needs)],
      [lbl('Risks'), txt(c.risks)],
      [lbl('Goals'), txt(c.outcomes)],
      [lbl('Level of need'), txt(needLevel(c, 'word'))],
    ]),
    h2('Scaling'),
    p('On a scale of 0 to 10, where 10 means things are as good as they could be and 0 means they could not be worse, where would each person put things today?'),
    table([0.25, 0.15, 0.6], [
      [lbl('Who'), lbl('Score (0-10)'), lbl('Why they gave that score')],
      [txt('Child / young person'), txt(c.childComment ? score() : ''), txt(c.childComment)],
      [txt('Parent / carer'), txt(c.parentComment ? score() : ''), txt(c.parentComment)],
      [txt('Worker'), txt(score()), txt('Based on this assessment; progress depends on the plan below.')],
    ]),
    h2('Section 3: Plan'),
    table([0.5, 0.25, 0.25], [[lbl('What needs to happen'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Section 4: Consent'),
    table([0.3, 0.2, 0.25, 0.25], [
      [lbl('Name'), lbl('Consent to share (Y/N)'), lbl('How given'), lbl('Date')],
      [txt(c.parent?.name ?? 'Parent / carer'), txt({ written: 'Y', verbal: 'Y', unspecified: 'Y', none: pick(rng, ['N', '']) }[k]), txt({ written: 'Signed', verbal: 'Verbally', unspecified: '', none: '' }[k]), txt(k === 'written' ? fmtDate(c.consent.date, 'dmy') : '')],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-sixth wave): a school's record written up in paragraphs: a pen picture of the
// family in prose, and the next steps as sentences ("I will …", "Mum will …")

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

function narrativePlan(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  // "Speech and language therapy assessment" is a service, not something done: it is provided.
  const done = (what: string) => (/^(set|carry|arrange|complete|refer|attend|apply)\b/i.test(what) ? lowerFirst(what) : `provide a ${lowerFirst(what)}`);
  const steps = c.actions.map((a, i) => `${c.assessorActs && i === 0 ? 'I' : a.who} will ${done(a.what)} (${lowerFirst(a.when)}).`);
  const others = c.children.slice(1).map((x) => `${x.unborn ? 'an unborn baby' : x.given} (born ${fmtDate(x.dob, 'long')})`);
  return [
    h1('Early Help Record'),
    table([0.3, 0.7], [
      row('Pupil', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('SEND', disabilityText(c, 'No', 'Parent prefers not to say')),
      row('School', schoolText(c)),
      row('GP', c.gp),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact', [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')),
      row('Written by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date', fmtDate(c.assessmentDate, 'dmy')),
    ]),
    h2('Pen picture'),
    p([c.familyComposition ? `${ch.unborn ? 'The baby' : ch.given}'s household: ${c.familyComposition}.` : '', others.length ? `This record also covers ${others.join(' and ')}.` : ''].filter(Boolean).join(' ')),
    h2('Who I spoke to'),
    p(c.present.text),
    h2('Why we are involved'),
    p(c.reason ?? ''),
    h2('What is happening for the child'),
    p(c.domains.development ?? ''),
    h2('Parenting'),
    p(c.domains.parenting ?? ''),
    h2('Family and environment'),
    p(c.domains.family ?? ''),
    h2('Strengths'),
    p(c.strengths ?? ''),
    h2('Needs'),
    p(c.needs ?? ''),
    h2('Risks'),
    p(c.risks ?? ''),
    h2('What we want to achieve'),
    p(c.outcomes ?? ''),
    h2('What the child says'),
    p(c.childComment ?? ''),
    h2('What the parent says'),
    p(c.parentComment ?? ''),
    h2('Next steps'),
    p(steps.join(' ')),
    p(`Level of need: ${needLevel(c, 'word')}`),
    p({ written: `The parent signed the consent to share form${c.consent.date ? ` on ${fmtDate(c.consent.date, 'long')}` : ''}.`, verbal: 'The parent gave consent to share verbally, at the visit.', unspecified: 'Consent to share: yes.', none: pick(rng, ['Consent to share: not given.', 'Consent to share:']) }[k]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-sixth wave): the children listed oldest first, the child this assessment is
// about marked in a column of its own ("Main focus") rather than put first

function focusColumn(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const order = c.children.map((x, i) => ({ x, i })).sort((a, b) => (a.x.dob ?? '9999').localeCompare(b.x.dob ?? '9999'));
  const disabled = c.disability ? { yes: c.disabilityDetail ?? 'Yes', no: 'None', 'rather not say': 'Not disclosed' }[c.disability] : '';
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Assessment'),
    h2('The children'),
    table([0.22, 0.14, 0.1, 0.24, 0.16, 0.14], [
      [lbl('Name'), lbl('DOB'), lbl('Gender'), lbl('School / nursery'), lbl('Additional needs'), lbl('Main focus')],
      ...order.map(({ x, i }) => [txt(x.unborn ? 'Unborn baby' : childName(x)), txt(fmtDate(x.dob, 'dmy')), txt(x.gender === 'male' ? 'M' : x.gender === 'female' ? 'F' : ''), txt(i === 0 ? schoolText(c) : ''), txt(i === 0 ? disabled : ''), txt(i === 0 ? '✓' : '')]),
    ]),
    table([0.35, 0.65], [
      row('Ethnicity of the main focus child', c.ethnicity),
      row('GP', c.gp),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Others in the household', c.familyComposition),
    ]),
    h2('The assessment'),
    table([0.35, 0.65], [
      row('Assessment date', fmtDate(c.assessmentDate, 'dmy')),
      row('Practitioner', `${c.assessor.name}, ${c.assessor.role}`),
      row('Service', c.assessor.org),
      row('Present', c.present.text),
      row('Reason for the assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent’s views', c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
      row('Consent', { written: 'Signed', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-sixth wave): a case system's print with dot leaders between each label and its
// value ("Ethnicity ........ White British"), sections in capitals, consent signed electronically

function dotLeaders(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const line = (label: string, value: string | null | undefined) => p(`${label} ${'.'.repeat(Math.max(4, 34 - label.length))} ${value ?? ''}`);
  return [
    h1('EARLY HELP ASSESSMENT - PRINTED RECORD'),
    p('CHILD'),
    line('Name', childName(ch)),
    line('Date of birth', fmtDate(ch.dob, 'dmy')),
    line('Gender', genderWord(ch)),
    line('Ethnicity', c.ethnicity),
    line('Disability', c.disability ? { yes: `Yes (${c.disabilityDetail})`, no: 'No', 'rather not say': 'Prefers not to say' }[c.disability] : ''),
    line('School', schoolText(c)),
    line('GP', c.gp),
    ...(c.children.length > 1 ? [line('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    p('PARENT / CARER'),
    line('Name', c.parent?.name),
    line('Relationship', c.parent?.relationship),
    line('Telephone', c.parent?.phone),
    line('Address', c.parent?.address),
    line('Household', c.familyComposition),
    p('ASSESSMENT'),
    line('Date', fmtDate(c.assessmentDate, 'dmy')),
    line('Worker', `${c.assessor.name} (${c.assessor.role}, ${c.assessor.org})`),
    line('Present', c.present.text),
    line('Reason', c.reason),
    line('Development', c.domains.development),
    line('Parenting', c.domains.parenting),
    line('Family and environment', c.domains.family),
    line('Strengths', c.strengths),
    line('Needs', c.needs),
    line('Risks', c.risks),
    line('Outcomes', c.outcomes),
    line('Child’s views', c.childComment),
    line('Parent’s views', c.parentComment),
    line('Level of need', needLevel(c, 'digit')),
    p('PLAN'),
    ...c.actions.map((a, i) => line(`Action ${i + 1}`, `${a.what} - ${a.who} - ${a.when}`)),
    p('CONSENT'),
    line('Consent to share', { written: `Electronically signed by ${c.consent.signature} on ${fmtDate(c.consent.date, 'dmy')} 14:22`, verbal: 'Recorded by the practitioner: verbal', unspecified: '✓', none: pick(rng, ['✗', '']) }[k]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-seventh wave): a manager's sign-off at the end (the manager's name, comments and
// signature, none of them the family's), and the views asked as "obtained? / if not, why not"

const MANAGERS = ['Harriet Okafor', 'Desmond Pike', 'Mariam Siddiqui', 'Colin Ferris'];

function managerSignoff(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const yn = (v: string | null) => (v ? 'Yes' : 'No');
  const young = !ch.unborn && !!ch.dob && !!c.assessmentDate && Number(c.assessmentDate.slice(0, 4)) - Number(ch.dob.slice(0, 4)) < 4;
  return [
    h1('Early Help Assessment'),
    table([0.35, 0.65], [
      row('Child’s name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children included', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Parent / carer phone', c.parent?.phone),
      row('Parent / carer address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text),
      row('Reason', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
    ]),
    h2('Views'),
    table([0.35, 0.65], [
      row('Child’s views obtained?', yn(c.childComment)),
      row('If yes, the child’s views', c.childComment),
      row('If not, why not?', c.childComment ? '' : young ? 'Too young to give views' : 'Child did not want to take part'),
      row('Parent / carer’s views obtained?', yn(c.parentComment)),
      row('If yes, the parent / carer’s views', c.parentComment),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    table([0.35, 0.65], [
      row('Level of need', needLevel(c, 'word')),
      row('Consent to share', { written: 'Written - form signed', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    h2('Manager sign-off'),
    table([0.35, 0.65], [
      row('Manager’s name', pick(rng, MANAGERS)),
      row('Manager’s comments', 'Agreed. A good assessment; review the plan in six weeks.'),
      row('Signature', pick(rng, MANAGERS).split(' ').map((w) => w[0]).join('. ') + '.'),
      row('Date', fmtDate(c.assessmentDate, 'dmy')),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-seventh wave): a family members table with each person's ethnicity (the child's
// only in the child's own row, the parent's in theirs), the GP asked under "Health"

function familyEthnicity(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const parentEthnicity = pick(rng, ['White British', 'White Irish', 'Black African', 'Asian Pakistani', 'Mixed White and Black Caribbean']);
  const others = (c.familyComposition ?? '').split('; ').filter((m) => m && !/\((son|daughter)\)|unborn|mother\)/.test(m));
  return [
    h1('Early Help Assessment'),
    h2('Family members'),
    table([0.26, 0.18, 0.14, 0.1, 0.2, 0.12], [
      [lbl('Name'), lbl('Relationship to the child'), lbl('DOB'), lbl('Gender'), lbl('Ethnicity'), lbl('Lives at home')],
      ...c.children.map((x, i) => [txt(x.unborn ? 'Unborn baby' : childName(x)), txt(i === 0 ? 'Subject' : 'Sibling (also assessed)'), txt(fmtDate(x.dob, 'dmy')), txt(x.gender === 'male' ? 'M' : x.gender === 'female' ? 'F' : ''), txt(c.ethnicity), txt('Yes')]),
      ...(c.parent && c.familyComposition ? [[txt(c.parent.name), txt(c.parent.relationship), txt(''), txt(/father/i.test(c.parent.relationship) ? 'M' : 'F'), txt(parentEthnicity), txt('Yes')]] : []),
      ...others.map((m) => [txt(m.replace(/\s*\(.*$/, '')), txt(/\((.*)\)/.exec(m)?.[1] ?? ''), txt(''), txt(''), txt(''), txt(/lives separately/.test(m) ? 'No' : 'Yes')]),
    ]),
    table([0.35, 0.65], [
      row('Main parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact telephone', c.parent?.phone),
      row('Home address', c.parent?.address),
      row('Disability (child)', disabilityText(c)),
      row('Education setting', schoolText(c)),
    ]),
    h2('Health'),
    table([0.35, 0.65], [
      row('Registered GP practice', c.gp),
      row('Health visitor / school nurse', ''),
      row('Health needs', c.disability === 'yes' ? c.disabilityDetail : 'None known'),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Assessment date', fmtDate(c.assessmentDate, 'long')),
      row('Assessor', `${c.assessor.name} - ${c.assessor.role}, ${c.assessor.org}`),
      row('Those present', c.present.text),
      row('Why is an assessment needed?', c.reason),
      row('Child’s development', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family and environmental factors', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('The child’s view', c.childComment),
      row('The parent’s view', c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
      row('Consent given', { written: 'Yes, signed', verbal: 'Yes, verbally', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-seventh wave): one "Key contacts" table for family and professionals alike,
// the parent's number, the GP and the school named only there

function keyContacts(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Family Early Help Assessment'),
    table([0.35, 0.65], [
      row('Child / young person', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      ...(c.children.length > 1 ? [row('Siblings on this assessment', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Who lives in the home', c.familyComposition),
    ]),
    h2('Key contacts'),
    table([0.25, 0.25, 0.2, 0.3], [
      [lbl('Name'), lbl('Relationship / role'), lbl('Phone'), lbl('Address / notes')],
      ...(c.parent ? [[txt(c.parent.name), txt(c.parent.relationship), txt(c.parent.phone), txt(c.parent.address)]] : []),
      [txt(c.gp ?? ''), txt('GP'), txt(c.gp ? '01632 400100' : ''), txt('')],
      [txt(schoolText(c) ?? ''), txt('School / setting'), txt(''), txt('')],
      [txt(c.assessor.name), txt(`${c.assessor.role}, ${c.assessor.org}`), txt(c.assessor.phone), txt('Lead practitioner')],
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Date', fmtDate(c.assessmentDate, 'dmy')),
      row('Completed by', `${c.assessor.name}, ${c.assessor.role}`),
      row('Present', c.present.text),
      row('What has led to this assessment?', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s comments', c.childComment),
      row('Parent’s comments', c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
      row('Consent', { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-eighth wave): a case system's export that prints dates month first
// ("Mar 12, 2025"), as systems set up for another locale do

const monthFirst = (iso: string | null) => (iso ? `${MONTHS[Number(iso.slice(5, 7)) - 1].slice(0, 3)} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}` : '');

function monthFirstDates(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Early Help Assessment - Case Summary'),
    p(`Printed ${monthFirst('2025-11-20')} by the case management system`),
    h2('Subject'),
    table([0.35, 0.65], [
      row('Full name', childName(ch)),
      row(ch.unborn ? 'Expected delivery date' : 'Date of birth', monthFirst(ch.dob)),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c, 'No', 'Declined')),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${monthFirst(x.dob)})`).join('; '))] : []),
    ]),
    h2('Family'),
    table([0.35, 0.65], [
      row('Primary carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Phone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Assessment date', monthFirst(c.assessmentDate)),
      row('Worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text),
      row('Reason', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child views', c.childComment),
      row('Parent views', c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
      row('Consent', { written: `Signed ${monthFirst(c.consent.date)}`.trim(), verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Task'), lbl('Assigned to'), lbl('Due')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-eighth wave): a parent reached by email and text rather than a phone number,
// the family's preferred way of contact asked

function emailContact(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const email = c.parent?.phone ? `${c.parent.name.toLowerCase().replace(/[^a-z]+/g, '.')}@mailbox.example` : '';
  return [
    h1('Early Help Assessment'),
    h2('About the child'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School / nursery', schoolText(c)),
      row('Doctor', c.gp),
      ...(c.children.length > 1 ? [row('Brothers / sisters on this assessment', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('About the family'),
    table([0.35, 0.65], [
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Email', email),
      row('Preferred contact', email ? pick(rng, ['Email', 'Text message to the number held by school']) : ''),
      row('Home address', c.parent?.address),
      row('Living at home', c.familyComposition),
    ]),
    h2('The assessment'),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'long')),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}`),
      row('Organisation', c.assessor.org),
      row('Present', c.present.text),
      row('What has led to this assessment?', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s voice', c.childComment),
      row('Parent’s voice', c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Consent to share', { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-eighth wave): compound labels, several questions to a cell and their answers
// together ("Name / DOB / Gender" › "Ruby Cole / 03/04/2015 / Female")

function compoundLabels(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const sex = ch.gender === 'male' ? 'M' : ch.gender === 'female' ? 'F' : 'Not known';
  const or = (v: string | null | undefined) => v || 'not recorded';
  return [
    h1('Early Help Assessment'),
    table([0.4, 0.6], [
      row('Child: name / DOB / gender', `${childName(ch)} / ${fmtDate(ch.dob, 'dmy') || 'DOB not known'} / ${sex}`),
      row('Ethnicity / religion / first language', `${or(c.ethnicity)} / ${or(c.religion)} / ${c.language}`),
      row('Disability (Y/N, details)', c.disability ? { yes: `Y - ${c.disabilityDetail}`, no: 'N', 'rather not say': 'Rather not say' }[c.disability] : ''),
      row('School / GP', `${or(schoolText(c))} / ${or(c.gp)}`),
      ...(c.children.length > 1 ? [row('Other children: name / DOB', c.children.slice(1).map((x) => `${childName(x)} / ${fmtDate(x.dob, 'dmy')}`).join('; '))] : []),
      row('Parent / carer: name / relationship', c.parent ? `${c.parent.name} / ${c.parent.relationship}` : ''),
      row('Phone / address', c.parent && (c.parent.phone || c.parent.address) ? `${or(c.parent.phone)} / ${or(c.parent.address)}` : ''),
      row('Household', c.familyComposition),
      row('Assessment date / assessor', `${fmtDate(c.assessmentDate, 'dmy') || 'date not recorded'} / ${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text),
    ]),
    table([0.4, 0.6], [
      row('Reason for assessment', c.reason),
      row('Development / parenting / family and environment', [c.domains.development, c.domains.parenting, c.domains.family].map((d) => d ?? '').join(' / ')),
      row('Strengths', c.strengths),
      row('Needs / risks', `${c.needs ?? ''} / ${c.risks ?? ''}`),
      row('Outcomes', c.outcomes),
      row('Views: child', c.childComment),
      row('Views: parent / carer', c.parentComment),
      row('Level of need / consent', `${needLevel(c, 'digit') || 'not recorded'} / ${{ written: 'written', verbal: 'verbal', unspecified: 'yes', none: pick(rng, ['no', 'not recorded']) }[k]}`),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-ninth wave): a copy redacted before it was shared for a multi-agency audit: the
// family's names blacked out (professionals' kept), dates of birth cut to month and year, the
// parent's number and address removed but marked as given

function redacted(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const mark = pick(rng, ['[REDACTED]', '█████', 'XXXXX', '[name removed]']);
  const fam = ch.family;
  const names = [...new Set([c.parent?.name, ...c.children.map(childName), ...c.children.filter((x) => !x.unborn).map((x) => x.given), 'Darren Latimer'].filter((s): s is string => !!s))]
    .sort((a, b) => b.length - a.length);
  const hide = (s: string | null | undefined) =>
    (s ?? '')
      .replace(new RegExp(`\\b[A-Z][a-z]+ ${fam}\\b`, 'g'), mark)
      .replace(new RegExp(names.map((n) => `\\b${n}\\b`).join('|'), 'g'), mark)
      .replace(new RegExp(`\\b${fam}\\b`, 'g'), mark);
  const monthYear = (iso: string | null) => (iso ? pick(rng, [`${iso.slice(5, 7)}/${iso.slice(0, 4)}`, `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`]) : '');
  const gone = (v: string | null | undefined, what: string) => (v ? pick(rng, [mark, `[${what} removed]`]) : '');
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(hide(a))];
  return [
    h1('Early Help Assessment'),
    p('REDACTED COPY. The family’s personal details have been removed before this assessment was shared for the multi-agency audit; practitioners’ names are kept.'),
    h2('1. The child'),
    table([0.35, 0.65], [
      row('Child’s name', childName(ch)),
      row(ch.unborn ? 'Expected date of delivery (month / year)' : 'Date of birth (month / year)', monthYear(ch.dob)),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c, 'No', 'Prefers not to say')),
      row('School / setting', schoolText(c)),
      row('GP practice', c.gp),
      ...(c.children.length > 1 ? [row('Other children in the assessment', c.children.slice(1).map((x) => `${mark} (born ${monthYear(x.dob)})`).join('; '))] : []),
    ]),
    h2('2. Parents and carers'),
    table([0.35, 0.65], [
      row('Name', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      [lbl('Telephone'), txt(gone(c.parent?.phone, 'number'))],
      [lbl('Address'), txt(gone(c.parent?.address, 'address'))],
      row('Family members and who lives at home', c.familyComposition),
    ]),
    h2('3. The assessment'),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text),
      row('Reason for the assessment', c.reason),
      row('Development of the child', c.domains.development),
      row('Parents and carers', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes wanted', c.outcomes),
      row('The child’s views', c.childComment),
      row('The parent’s / carer’s views', c.parentComment),
      row('Level of need', needLevel(c, 'word')),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [txt(hide(a.what)), txt(hide(a.who)), txt(a.when)])]),
    h2('4. Consent'),
    table([0.35, 0.65], [
      row('Consent to share', { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
      [lbl('Signed'), txt(k === 'written' ? mark : '')],
      row('Date', k === 'written' ? fmtDate(c.consent.date, 'dmy') : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-ninth wave): a child in shared care, living between two households: each home a
// block of its own (who lives there, the address, the phone), the parents' views and consent apart

function sharedCare(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const n = ch.unborn ? 'the baby' : ch.given;
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const dad = `${pick(rng, ['Kwame', 'Piotr', 'Steven', 'Imran'])} ${ch.family}`;
  const dadPhone = c.parent?.phone ? `07${Math.floor(rng() * 1e3).toString().padStart(3, '0')} ${Math.floor(rng() * 1e6).toString().padStart(6, '0')}` : 'Not known';
  return [
    h1('Early Help Assessment: child living across two homes'),
    h2('The child'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School / nursery', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters in this assessment', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Care arrangement', pick(rng, [`${n} lives with mum in the week and with dad every other weekend`, `Week on, week off between mum's and dad's homes`, `Mum's home Monday to Thursday, dad's Friday to Sunday`])),
    ]),
    h2('Home 1'),
    table([0.35, 0.65], [
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Address', c.parent?.address),
      row('Phone', c.parent?.phone),
      row('Who lives here', c.familyComposition),
    ]),
    h2('Home 2'),
    table([0.35, 0.65], [
      row('Parent / carer', `${dad} (Father)`),
      row('Address', c.parent?.address ? 'Flat 4, 12 Tanner Street, Northbridge' : 'Not known'),
      row('Phone', dadPhone),
      row('Who lives here', c.familyComposition ? `${dad} and his partner` : ''),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'long')),
      row('Practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Who took part', c.present.text),
      row('Why is this assessment being done?', c.reason),
      row('The child’s development', c.domains.development),
      row('Parenting in each home', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('What is working well', c.strengths),
      row('What needs to change', c.needs),
      row('Risks', c.risks),
      row('What we want to achieve', c.outcomes),
      row(`What ${n} says`, c.childComment),
      row('What mum says', c.parentComment),
      row('What dad says', c.parentComment ? pick(rng, ['Dad agrees that the two homes need the same routines.', 'Dad wants to be kept up to date by email.']) : ''),
      row('Level of need', needLevel(c, 'tier')),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    h2('Consent'),
    table([0.3, 0.25, 0.25, 0.2], [
      [lbl('Parent'), lbl('Consent given?'), lbl('How'), lbl('Date')],
      [txt('Home 1'), txt(k === 'none' ? pick(rng, ['No', '']) : 'Yes'), txt({ written: 'Signed form', verbal: 'Verbally', unspecified: '', none: '' }[k]), txt(k === 'written' || k === 'verbal' ? fmtDate(c.consent.date, 'dmy') : '')],
      [txt('Home 2'), txt('Not yet asked'), txt(''), txt('')],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (forty-ninth wave): consent kept as a dated log of decisions (given, how, withdrawn),
// and services asked as yes / no questions with the name after ("Registered with a GP? Yes –")

function consentLog(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const yesName = (v: string | null) => (v ? `Yes – ${v}` : pick(rng, ['Not known', '']));
  const who = c.parent ? c.parent.relationship : 'Parent';
  const given = fmtDate(c.consent.date ?? c.assessmentDate, 'dmy');
  const entries: string[][] = {
    written: [[given, 'Consent to share given', 'Signed the consent form', who]],
    verbal: [[given, 'Consent to share given', 'Verbally, at the visit', who]],
    unspecified: [[given, 'Consent to share given', '', who]],
    none: pick(rng, [
      [[given, 'Consent to share given', 'Verbally, by phone', who], [fmtDate(c.assessmentDate ?? '2025-06-20', 'dmy'), 'Consent withdrawn', 'Told the worker she no longer agrees', who]],
      [[given, 'Consent to share declined', '', who]],
      [],
    ]),
  }[k];
  return [
    h1('Early Help Assessment and Plan'),
    h2('Child'),
    table([0.4, 0.6], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Does the child have a disability?', c.disability ? { yes: `Yes – ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Rather not say' }[c.disability] : ''),
      row('Attending a school or setting?', c.school.kind === 'recorded' ? `Yes – ${c.school.name}` : ''),
      row('UPN', upnOf(c)),
      row('Registered with a GP?', yesName(c.gp)),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Family'),
    table([0.4, 0.6], [
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact number', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.4, 0.6], [
      row('Assessment date', fmtDate(c.assessmentDate, 'dmy')),
      row('Worker', `${c.assessor.name} (${c.assessor.role}), ${c.assessor.org}`),
      row('Present', c.present.text),
      row('Reason', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent’s views', c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Consent log'),
    table([0.2, 0.3, 0.3, 0.2], [[lbl('Date'), lbl('Decision'), lbl('How'), lbl('By')], ...entries.map((e) => e.map(txt))]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fiftieth wave): an online form's print with its choices as radio buttons ("● Yes
// ○ No"), one chosen or none, the questions above their options

function radioChoices(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const q = (text: string, a: string | null | undefined): Element[] => [p({ bold: text }), p(a || '')];
  const choose = (text: string, options: string[], chosen: string | null): Element[] => [p({ bold: text }), p({ ticks: options.map((o) => ({ label: o, checked: o === chosen })) })];
  return [
    h1('Request for Early Help and Assessment'),
    p(`Submitted online ${fmtDate('2025-11-20', 'dmy')}. Reference EH-${Math.floor(rng() * 90000 + 10000)}`),
    h2('About the child or young person'),
    ...q('Full name', childName(ch)),
    ...q('Date of birth', fmtDate(ch.dob, 'dmy')),
    ...choose('Gender', ['Male', 'Female', 'Prefer not to say'], ch.gender === 'male' ? 'Male' : ch.gender === 'female' ? 'Female' : null),
    ...q('Ethnicity', c.ethnicity),
    ...choose('Does the child have a disability?', ['Yes', 'No', 'Prefer not to say'], c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Prefer not to say' }[c.disability] : null),
    ...(c.disability === 'yes' ? q('If yes, please give details', c.disabilityDetail) : []),
    ...q('School, college or setting', schoolText(c)),
    ...q('GP practice', c.gp),
    ...(c.children.length > 1 ? q('Other children in the family to include', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')) : []),
    h2('Parent or carer'),
    ...q('Name and relationship to the child', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    ...q('Telephone', c.parent?.phone),
    ...q('Address', c.parent?.address),
    ...q('Who lives in the household?', c.familyComposition),
    h2('The assessment'),
    ...q('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
    ...q('Your name, role and organisation', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    ...q('Who was present?', c.present.text),
    ...q('What has led to this request?', c.reason),
    ...q('Development of the child', c.domains.development),
    ...q('Parenting', c.domains.parenting),
    ...q('Family and environment', c.domains.family),
    ...q('Strengths', c.strengths),
    ...q('Needs', c.needs),
    ...q('Risks', c.risks),
    ...q('Outcomes', c.outcomes),
    ...q('The child’s views', c.childComment),
    ...q('The parent’s or carer’s views', c.parentComment),
    ...choose('Level of need', ['1', '2', '3', '4'], c.levelOfNeed ? String(c.levelOfNeed) : null),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Consent'),
    ...choose('Has the family agreed to this information being shared?', ['Yes', 'No'], k === 'none' ? pick(rng, ['No', null]) : 'Yes'),
    ...choose('How was consent given?', ['Written', 'Verbal'], k === 'written' ? 'Written' : k === 'verbal' ? 'Verbal' : null),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fiftieth wave): a long form printed with its rows allowed to break across pages: an
// answer starts at the foot of one page and goes on at the top of the next, under the running
// header, with the page's footer between

function rowBreaks(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  // Answers written at length, as a long form's are, so that rows reach the foot of a page; the
  // graded answers stay as the case has them.
  const said = ['This was discussed with the family at the visit and they agreed with it.', 'The family and the school gave the same account.', 'This has been the picture for most of the last term.', 'Both parents were asked about this separately and said much the same.'];
  const more = (s: string | null) => (s ? `${s} ${pick(rng, said)} ${pick(rng, said)}` : s);
  return [
    h1('Early Help Assessment'),
    table([0.3, 0.7], [
      row('Child’s name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Assessment by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text),
      row('Background and history', `The family moved to ${pick(rng, ['Kingsmere', 'Northbridge', 'Elmstead'])} in ${2016 + Math.floor(rng() * 7)} and have had no earlier involvement with early help. ${pick(rng, said)} ${pick(rng, said)} Housing, money and health were each talked through at the visit, and the family named the school as the service they trust most.`),
      row('Reason for the assessment', more(c.reason)),
      row('Development of the child', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family and environmental factors', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s comments', c.childComment),
      row('Parent / carer’s comments', c.parentComment),
      row('Level of need', needLevel(c, 'word')),
      row('Consent', { written: `Written - signed ${fmtDate(c.consent.date, 'dmy')}`, verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fiftieth wave): a leaflet-style form set in two columns of "Label: value" lines; a PDF
// prints the left column's lines beside the right's

function twoColumns(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const line = (q: string, a: string | null | undefined): Element => p({ bold: `${q}: ` }, a ?? '');
  return [
    h1('Early Help Record'),
    h2('Child'),
    line('Name', childName(ch)),
    line('DOB', fmtDate(ch.dob, 'dmy')),
    line('Gender', genderWord(ch)),
    line('Ethnicity', c.ethnicity),
    line('Disability', disabilityText(c)),
    line('School', schoolText(c)),
    line('GP', c.gp),
    ...(c.children.length > 1 ? [line('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    h2('Family'),
    line('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    line('Phone', c.parent?.phone),
    line('Address', c.parent?.address),
    line('Household', c.familyComposition),
    h2('Assessment'),
    line('Date', fmtDate(c.assessmentDate, 'dmy')),
    line('Worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    line('Present', c.present.text),
    line('Reason', c.reason),
    line('Development', c.domains.development),
    line('Parenting', c.domains.parenting),
    line('Family and environment', c.domains.family),
    line('Strengths', c.strengths),
    line('Needs', c.needs),
    line('Risks', c.risks),
    line('Outcomes', c.outcomes),
    line('Child’s views', c.childComment),
    line('Parent’s views', c.parentComment),
    line('Level of need', needLevel(c, 'tier')),
    line('Consent', { written: 'Written (signed)', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    h2('Plan'),
    ...c.actions.map((a) => p(`• ${a.what} - ${a.who} - ${a.when}`)),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-first wave): signatures pasted in as pictures, the parent's where consent was
// signed and the practitioner's always, with no name typed beside either

function signatureImage(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Assessment'),
    table([0.35, 0.65], [
      row('Child’s full name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School / nursery', schoolText(c)),
      row('GP surgery', c.gp),
      ...(c.children.length > 1 ? [row('Siblings included', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact telephone', c.parent?.phone),
      row('Home address', c.parent?.address),
      row('Family composition', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present at the assessment', c.present.text),
      row('Reason for assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent / carer’s views', c.parentComment),
      row('Level of need', needLevel(c, 'word')),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
    h2('Consent and signatures'),
    table([0.35, 0.65], [
      [lbl('Consent to share information'), [{ ticks: [{ label: 'Yes', checked: k !== 'none' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      ...(k === 'verbal' ? [[lbl('If consent was not signed, how was it given?'), txt('Verbally, by telephone')]] : []),
      [lbl('Parent / carer signature'), k === 'written' ? [{ image: 'signature' as const }] : txt('')],
      [lbl('Date'), txt(k === 'written' ? fmtDate(c.consent.date, 'dmy') : '')],
      [lbl('Practitioner signature'), [{ image: 'signature' as const }]],
      [lbl('Date'), txt(fmtDate(c.assessmentDate, 'dmy'))],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-first wave): an ecomap written out as lines, each of the family's connections
// with who they are and how strong the link is; the GP and the school named only there

function ecomapLines(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const line = (q: string, a: string | null | undefined): Element => p({ bold: `${q}: ` }, a ?? '');
  const link = () => pick(rng, ['strong link', 'some contact', 'a link under strain', 'weak link']);
  const n = ch.unborn ? 'the baby' : ch.given;
  const links = [
    ...(c.school.kind === 'recorded' ? [`${c.school.name} (school) - ${link()}`] : []),
    ...(c.gp ? [`${c.gp} (GP) - ${link()}`] : []),
    `Maternal grandmother (family) - ${link()}`,
    `${c.assessor.org} (${c.assessor.role}) - ${link()}`,
    ...(c.children.length > 1 ? [] : [`Football club (community) - ${link()}`]),
  ];
  return [
    h1('Family Early Help Assessment'),
    h2('About the child'),
    line('Name', childName(ch)),
    line('Date of birth', fmtDate(ch.dob, 'dmy')),
    line('Gender', genderWord(ch)),
    line('Ethnicity', c.ethnicity),
    line('Disability', disabilityText(c)),
    ...(c.school.kind === 'upn-only' ? [line('UPN', c.children[0].upn)] : []),
    ...(c.children.length > 1 ? [line('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    h2('Parent / carer'),
    line('Name', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    line('Phone', c.parent?.phone),
    line('Address', c.parent?.address),
    line('Who lives at home', c.familyComposition),
    h2(`Ecomap: ${n}'s connections`),
    p('Each connection, who they are, and how strong the link is.'),
    ...links.map((l) => p(`• ${l}`)),
    h2('Assessment'),
    line('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
    line('Assessed by', `${c.assessor.name}, ${c.assessor.role}`),
    line('Present', c.present.text),
    line('Why we are assessing', c.reason),
    line('Development', c.domains.development),
    line('Parenting', c.domains.parenting),
    line('Family and environment', c.domains.family),
    line('Strengths', c.strengths),
    line('Needs', c.needs),
    line('Risks', c.risks),
    line('Outcomes', c.outcomes),
    line(`${ch.unborn ? 'The child' : ch.given}'s views`, c.childComment),
    line('Parent / carer’s views', c.parentComment),
    line('Level of need', needLevel(c, 'tier')),
    line('Consent', { written: 'Signed', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-first wave): a draft returned by a manager with comments on it: Word comments in
// the document, and in the PDF printed with markup a balloon beside each answer commented on,
// the answers left blank among them

function reviewComments(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined, note?: string): Cell[] => [lbl(q), [...(a ? [a] : []), ...(note ? [{ comment: note }] : [])]];
  const ifBlank = (a: string | null | undefined, note: string) => (a ? undefined : note);
  return [
    h1('Early Help Assessment (draft for sign-off)'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity, ifBlank(c.ethnicity, 'Ethnicity is needed for the monitoring return. Please ask mum.')),
      row('Disability', disabilityText(c), ifBlank(c.disability, 'Please record whether the child has a disability, even if the answer is no.')),
      row('School', schoolText(c)),
      row('GP', c.gp, ifBlank(c.gp, 'GP practice? Check with the health visitor.')),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Phone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition, ifBlank(c.familyComposition, 'Who lives in the home? Mum told us about a partner at the last visit.')),
      row('Assessment date', fmtDate(c.assessmentDate, 'dmy')),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text),
      row('Reason', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs, pick(rng, [undefined, 'Good: these are the child’s needs, not services.'])),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment, ifBlank(c.childComment, 'The child’s own words are missing. Please see the child and add them before this goes to panel.')),
      row('Parent / carer’s views', c.parentComment, ifBlank(c.parentComment, 'Mum’s views need adding: what does she think of the plan?')),
      row('Level of need', needLevel(c, 'digit')),
      row('Consent', { written: 'Written - consent form signed', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k], k === 'none' ? 'No consent recorded: we cannot share this without it.' : undefined),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-second wave): the date of the assessment and who completed it given only in the
// form's running footer, beside the page number, as a case system stamps its prints

function footerDated(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const by = `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`;
  return [
    { t: 'running', header: `Early Help Assessment    Ref EH-${Math.floor(rng() * 90000 + 10000)}`, footer: c.assessmentDate ? `Assessment completed ${fmtDate(c.assessmentDate, 'dmy')} by ${by}    Page {page} of {pages}` : `Assessment completed by ${by} (date not entered)    Page {page} of {pages}` },
    h1('Early Help Assessment'),
    h2('Child'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Family'),
    table([0.35, 0.65], [row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''), row('Phone', c.parent?.phone), row('Address', c.parent?.address), row('Household', c.familyComposition)]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent’s views', c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
      row('Consent', { written: 'Written', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-second wave): a paper form's "delete as appropriate", the options not chosen
// struck through ("Yes / N̶o̶"), none struck where the question was left

function struckOptions(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const choose = (q: string, options: string[], chosen: string | null): Cell[] => [lbl(q), [{ ticks: options.map((o) => ({ label: o, checked: o === chosen })) }]];
  return [
    h1('Early Help Assessment'),
    p('Delete as appropriate.'),
    table([0.4, 0.6], [
      row('Child’s name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      choose('Gender', ['Male', 'Female'], ch.gender === 'male' ? 'Male' : ch.gender === 'female' ? 'Female' : null),
      row('Ethnicity', c.ethnicity),
      choose('Does the child have a disability?', ['Yes', 'No', 'Prefer not to say'], c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Prefer not to say' }[c.disability] : null),
      ...(c.disability === 'yes' ? [row('If yes, details', c.disabilityDetail)] : []),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household members', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s comments', c.childComment),
      row('Parent / carer’s comments', c.parentComment),
      choose('Level of need', ['1', '2', '3', '4'], c.levelOfNeed ? String(c.levelOfNeed) : null),
      choose('Consent to share information', ['Yes', 'No'], k === 'none' ? pick(rng, ['No', null]) : 'Yes'),
      choose('Consent given', ['Written', 'Verbal'], k === 'written' ? 'Written' : k === 'verbal' ? 'Verbal' : null),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-second wave): one table of three columns, each section's name in a cell merged
// down beside its questions (Word's vertical merge), the questions and answers beside it

function mergedSections(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const M: Cell = [{ merged: true }];
  const section = (name: string, rows: [string, string | null | undefined][]): Cell[][] => rows.map(([q, a], i) => [i ? M : lbl(name), lbl(q), [ans(rng, a)]]);
  return [
    h1('Early Help Assessment'),
    table([0.2, 0.3, 0.5], [
      ...section('The child', [
        ['Name', childName(ch)],
        ['Date of birth', fmtDate(ch.dob, 'dmy')],
        ['Gender', genderWord(ch)],
        ['Ethnicity', c.ethnicity],
        ['Disability', disabilityText(c)],
        ['School', schoolText(c)],
        ['GP', c.gp],
        ...(c.children.length > 1 ? [['Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')] as [string, string]] : []),
      ]),
      ...section('Parent / carer', [
        ['Name', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''],
        ['Telephone', c.parent?.phone],
        ['Address', c.parent?.address],
        ['Household', c.familyComposition],
      ]),
      ...section('Assessment', [
        ['Date', fmtDate(c.assessmentDate, 'dmy')],
        ['Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`],
        ['Present', c.present.text],
        ['Reason', c.reason],
        ['Development', c.domains.development],
        ['Parenting', c.domains.parenting],
        ['Family and environment', c.domains.family],
        ['Strengths', c.strengths],
        ['Needs', c.needs],
        ['Risks', c.risks],
        ['Outcomes', c.outcomes],
        ['Level of need', needLevel(c, 'word')],
      ]),
      ...section('Views', [
        ['Child', c.childComment],
        ['Parent / carer', c.parentComment],
      ]),
      ...section('Consent', [
        ['Consent to share', { written: 'Yes', verbal: 'Yes', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]],
        ['How given', { written: 'Signed consent form', verbal: 'Verbally', unspecified: '', none: '' }[k]],
      ]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-third wave): a web form printed from the browser, its checkboxes drawn on the
// page as squares and a tick as a drawn cross, no box in the text at all (Word: checkbox controls)

function vectorTicks(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const choose = (q: string, options: string[], chosen: string | null): Cell[] => [lbl(q), [{ ticks: options.map((o) => ({ label: o, checked: o === chosen })) }]];
  return [
    h1('Early Help Assessment - online form'),
    p(`Submitted ${fmtDate('2025-11-20', 'dmy')} 14:32`),
    table([0.4, 0.6], [
      row('Child’s name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      choose('Gender', ['Male', 'Female', 'Not known'], ch.gender === 'male' ? 'Male' : ch.gender === 'female' ? 'Female' : 'Not known'),
      row('Ethnicity', c.ethnicity),
      choose('Does the child have a disability?', ['Yes', 'No', 'Prefer not to say'], c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Prefer not to say' }[c.disability] : null),
      ...(c.disability === 'yes' ? [row('Disability details', c.disabilityDetail)] : []),
      row('School or setting', schoolText(c)),
      row('GP practice', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text),
      row('Reason for the assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent or carer’s views', c.parentComment),
      choose('Level of need', ['1', '2', '3', '4'], c.levelOfNeed ? String(c.levelOfNeed) : null),
      choose('Has the family consented to information being shared?', ['Yes', 'No'], k === 'none' ? pick(rng, ['No', null]) : 'Yes'),
      choose('How was consent given?', ['Written', 'Verbal'], k === 'written' ? 'Written' : k === 'verbal' ? 'Verbal' : null),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-third wave): a Word form built of text boxes, each answer typed into a box beside
// its question rather than into a table (a PDF prints each box as a frame)

function textBoxes(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const q = (question: string, a: string | null | undefined): Element => p({ bold: question }, { box: a ?? '' });
  return [
    h1('Early Help Assessment'),
    h2('The child'),
    q('Child’s name', childName(ch)),
    q('Date of birth', fmtDate(ch.dob, 'dmy')),
    q('Gender', genderWord(ch)),
    q('Ethnicity', c.ethnicity),
    q('Disability', disabilityText(c)),
    q('School / nursery', schoolText(c)),
    q('GP', c.gp),
    ...(c.children.length > 1 ? [q('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    h2('The family'),
    q('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    q('Phone', c.parent?.phone),
    q('Address', c.parent?.address),
    q('Who lives at home', c.familyComposition),
    h2('The assessment'),
    q('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
    q('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    q('Who was present', c.present.text),
    q('Reason for assessment', c.reason),
    q('Development', c.domains.development),
    q('Parenting', c.domains.parenting),
    q('Family and environment', c.domains.family),
    q('Strengths', c.strengths),
    q('Needs', c.needs),
    q('Risks', c.risks),
    q('Outcomes', c.outcomes),
    q('Child’s views', c.childComment),
    q('Parent / carer’s views', c.parentComment),
    q('Level of need', needLevel(c, 'tier')),
    q('Consent', { written: 'Written - signed', verbal: 'Verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-third wave): a paper form's census list and other choices as drawn boxes, the
// family's details on writing lines

function vectorCensus(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const pickGroup = censusGroupOf(c.ethnicity ?? '');
  const line = (q: string, a: string | null | undefined): Element => p({ bold: q }, ' ', a ? a : '______________________');
  const choose = (q: string, options: string[], chosen: string | null): Element[] => [p({ bold: q }), p({ ticks: options.map((o) => ({ label: o, checked: o === chosen })) })];
  return [
    h1('Early Help Assessment'),
    h2('About the child'),
    line('Name:', childName(ch)),
    line('Date of birth:', fmtDate(ch.dob, 'dmy')),
    ...choose('Sex:', ['Male', 'Female', 'Not known'], ch.gender === 'male' ? 'Male' : ch.gender === 'female' ? 'Female' : 'Not known'),
    p({ bold: 'Ethnic group (tick one):' }),
    ...[0, 4, 8, 12].map((from) => p({ ticks: CENSUS_GROUPS.slice(from, from + 4).map((g, i) => ({ label: g, checked: from + i === pickGroup })) })),
    ...(pickGroup < 0 && c.ethnicity ? [line('Other (please state):', c.ethnicity)] : []),
    ...choose('Disability:', ['Yes', 'No', 'Prefer not to say'], c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Prefer not to say' }[c.disability] : null),
    ...(c.disability === 'yes' ? [line('If yes, details:', c.disabilityDetail)] : []),
    line('School:', schoolText(c)),
    line('GP:', c.gp),
    ...(c.children.length > 1 ? [line('Other children:', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    h2('About the family'),
    line('Parent or carer:', c.parent ? `${c.parent.name} (${c.parent.relationship})` : null),
    line('Phone:', c.parent?.phone),
    line('Address:', c.parent?.address),
    line('Who lives in the household:', c.familyComposition),
    h2('The assessment'),
    line('Date:', fmtDate(c.assessmentDate, 'dmy')),
    line('Present:', c.present.text),
    line('Completed by:', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    line('Why is this assessment being done?', c.reason),
    line('Development:', c.domains.development),
    line('Parenting:', c.domains.parenting),
    line('Family and environment:', c.domains.family),
    line('Strengths:', c.strengths),
    line('Needs:', c.needs),
    line('Risks:', c.risks),
    line('Outcomes:', c.outcomes),
    line('What the child says:', c.childComment),
    line('What the parent or carer says:', c.parentComment),
    ...choose('Level of need:', ['1', '2', '3', '4'], c.levelOfNeed ? String(c.levelOfNeed) : null),
    ...choose('Consent to share:', ['Yes', 'No'], k === 'none' ? pick(rng, ['No', null]) : 'Yes'),
    ...choose('Consent given:', ['In writing', 'Verbally'], k === 'written' ? 'In writing' : k === 'verbal' ? 'Verbally' : null),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-fourth wave): a form set landscape as wide grids, each part's questions a row of
// column headings with the answers in the row beneath, consent and its method among them

function landscapeGrid(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const [ch, ...others] = c.children;
  const heads = (...s: string[]): Cell[] => s.map(lbl);
  const vals = (...s: (string | null | undefined)[]): Cell[] => s.map(txt);
  const disability = disabilityText(c, 'No', 'Prefers not to say');
  return [
    h1('Early Help Assessment and Family Plan'),
    h2('1. The children'),
    table([0.16, 0.12, 0.1, 0.16, 0.16, 0.16, 0.14], [
      heads('Name', 'Date of birth', 'Gender', 'Ethnicity', 'Disability', 'School / setting', 'GP'),
      vals(childName(ch), ch.unborn ? `Due ${fmtDate(ch.dob, 'dmy')}` : fmtDate(ch.dob, 'dmy'), genderWord(ch), c.ethnicity, disability, schoolText(c), c.gp),
      ...others.map((x) => vals(childName(x), fmtDate(x.dob, 'dmy'), genderWord(x), '', '', '', '')),
    ]),
    h2('2. Parents and carers'),
    table([0.25, 0.2, 0.2, 0.35], [heads('Name', 'Relationship to the child', 'Telephone', 'Address'), vals(c.parent?.name, c.parent?.relationship, c.parent?.phone, c.parent?.address)]),
    table([0.25, 0.75], [[lbl('Who lives in the household'), txt(c.familyComposition)]]),
    h2('3. The assessment'),
    table([0.15, 0.25, 0.3, 0.3], [
      heads('Date of assessment', 'Completed by', 'Role and agency', 'Who was present'),
      vals(fmtDate(c.assessmentDate, pick(rng, ['dmy', 'long'] as const)), c.assessor.name, `${c.assessor.role}, ${c.assessor.org}`, c.present.text),
    ]),
    table([0.25, 0.75], [
      [lbl('Why is this assessment being done?'), txt(c.reason)],
      [lbl('Development of the child'), txt(c.domains.development)],
      [lbl('Parents and carers'), txt(c.domains.parenting)],
      [lbl('Family and environment'), txt(c.domains.family)],
    ]),
    table([0.34, 0.33, 0.33], [heads('What is working well', 'What we are worried about', 'Risks'), vals(c.strengths, c.needs, c.risks)]),
    table([0.5, 0.5], [heads('What the child says', 'What the parent / carer says'), vals(c.childComment, c.parentComment)]),
    h2('4. The plan'),
    table([0.25, 0.75], [[lbl('What we want to change'), txt(c.outcomes)]]),
    table([0.06, 0.44, 0.2, 0.12, 0.18], [heads('No.', 'Action', 'Who will do it', 'By when', 'Progress at review'), ...c.actions.map((a, i) => vals(String(i + 1), a.what, a.who, a.when, ''))]),
    h2('5. Level of need and consent'),
    table([0.16, 0.28, 0.36, 0.2], [
      heads('Level of need', 'Consent to share information', 'How consent was given', 'Date'),
      vals(needLevel(c, 'digit'), k === 'none' ? pick(rng, ['No', '']) : 'Yes', { written: 'Written - form signed by the parent', verbal: 'Verbally, at the meeting', unspecified: '', none: '' }[k], k === 'written' || k === 'verbal' ? fmtDate(c.consent.date, 'dmy') : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-fourth wave): a form whose assessor puts the detail in footnotes (how consent was
// given, what the disability is, where a fact came from), Word's own notes at the page's foot

function footnotes(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, ...a: (Run | null | undefined)[]): Cell[] => {
    const said = a.filter((r): r is Run => r != null && r !== '');
    return [lbl(q), said.length ? said : ['']];
  };
  const note = (text: string): Run => ({ note: text });
  const disability: Run[] =
    c.disability === 'yes' ? ['Yes', note(c.disabilityDetail ?? 'Details held by the school.')] : c.disability === 'no' ? ['No'] : c.disability ? ['Prefers not to say'] : [];
  const consent: Run[] = {
    written: ['Yes', note(pick(rng, ['Signed consent form held on the family’s file.', `Consent form signed by ${c.parent?.name ?? 'the parent'} on ${fmtDate(c.consent.date, 'dmy')}.`]))],
    verbal: ['Yes', note(pick(rng, ['Given verbally at the meeting; a signed form is to follow.', 'Consent given verbally by telephone.']))],
    unspecified: ['Yes'],
    none: k === 'none' ? [pick(rng, ['No', ''])] : [],
  }[k];
  return [
    h1('Early Help Assessment'),
    h2('Section 1: Details'),
    table([0.35, 0.65], [
      row('Child’s name', childName(ch)),
      row(ch.unborn ? 'Expected date of delivery' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', ...(c.ethnicity ? [c.ethnicity, note('As described by the family.')] : [])),
      row('Disability', ...disability),
      row('School / setting', ...(schoolText(c) ? [schoolText(c)!] : [])),
      row('GP', c.gp ?? ''),
      ...(c.children.length > 1 ? [row('Other children in the family', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact number', c.parent?.phone ?? ''),
      row('Address', c.parent?.address ?? ''),
      row('Family composition', ...(c.familyComposition ? [c.familyComposition, note('From the school’s records, confirmed at the visit.')] : [])),
    ]),
    h2('Section 2: The assessment'),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'long')),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present at the assessment', c.present.text),
      row('Reason for the assessment', ...(c.reason ? [c.reason, note(`Request for support from ${c.assessor.org}.`)] : [])),
      row('Development of the child', c.domains.development),
      row('Parents and carers', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes wanted', c.outcomes),
      row('The child’s views', ...(c.childComment ? [c.childComment, note('In the child’s own words.')] : [])),
      row('The parent / carer’s views', c.parentComment ?? ''),
      row('Level of need', needLevel(c, 'word')),
      row('Consent to share information', ...consent),
    ]),
    h2('Section 3: Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-fourth wave): a portrait form whose plan, views and consent are on a landscape
// page, which the council's print driver puts sideways on the paper and turns for reading

function rotatedPlan(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Early Help Assessment'),
    table([0.35, 0.65], [
      row('Name of child', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', c.disability ? { yes: `Yes: ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Rather not say' }[c.disability] : ''),
      row('School', schoolText(c)),
      row('GP surgery', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Family members at home', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Completed by', `${c.assessor.name} (${c.assessor.role}, ${c.assessor.org})`),
      row('People present', c.present.text),
      row('Why are we doing this assessment?', c.reason),
      row('Development of the child', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family and environmental factors', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Level of need', needLevel(c, pick(rng, ['tier', 'digit'] as const))),
    ]),
    { t: 'landscape' },
    h2('Our plan'),
    table([0.26, 0.34, 0.16, 0.12, 0.12], [
      [lbl('What we want to achieve'), lbl('What will happen'), lbl('Who'), lbl('When'), lbl('Done?')],
      ...c.actions.map((a, i) => [txt(i === 0 ? c.outcomes : ''), txt(a.what), txt(a.who), txt(a.when), txt('')]),
    ]),
    table([0.5, 0.5], [[lbl('What the child or young person thinks'), lbl('What the parent / carer thinks')], [txt(c.childComment), txt(c.parentComment)]]),
    h2('Consent'),
    table([0.6, 0.4], [
      [lbl('I agree to this assessment being shared with the services named in it'), [{ ticks: [{ label: 'Yes', checked: k !== 'none' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      [lbl('Signature of parent / carer'), txt(k === 'written' ? c.consent.signature : '')],
      [lbl('Where consent was given verbally, recorded by (name and date)'), txt(k === 'verbal' ? `${c.assessor.name}, ${fmtDate(c.consent.date, 'dmy')}` : '')],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-fifth wave): the whole form one long table of section, question and response,
// its heading row repeated at the top of every page it runs on to (Word's "repeat as header row")

function repeatedHeaders(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const part = (section: string, rows: [string, string | null | undefined][]): Cell[][] => rows.map(([q, a], i) => [txt(i === 0 ? section : ''), lbl(q), txt(a)]);
  return [
    h1('Early Help Assessment'),
    {
      t: 'table',
      widths: [0.18, 0.3, 0.52],
      repeatHeader: true,
      rows: [
        [lbl('Section'), lbl('Question'), lbl('Response')],
        ...part('1. The child', [
          ['Full name', childName(ch)],
          ['Date of birth', fmtDate(ch.dob, 'dmy')],
          ['Gender', genderWord(ch)],
          ['Ethnic origin', c.ethnicity],
          ['Disability', disabilityText(c)],
          ['School / early years setting', schoolText(c)],
          ['GP', c.gp],
          ...(c.children.length > 1 ? [['Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')] as [string, string]] : []),
        ]),
        ...part('2. The family', [
          ['Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''],
          ['Telephone', c.parent?.phone],
          ['Home address', c.parent?.address],
          ['Household members', c.familyComposition],
        ]),
        ...part('3. The assessment', [
          ['Date of assessment', fmtDate(c.assessmentDate, pick(rng, ['dmy', 'long'] as const))],
          ['Lead practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`],
          ['Who contributed', c.present.text],
          ['Reason for the assessment', c.reason],
          ['Development of the child', c.domains.development],
          ['Parenting capacity', c.domains.parenting],
          ['Family and environment', c.domains.family],
          ['Strengths', c.strengths],
          ['Needs', c.needs],
          ['Risks', c.risks],
          ['Outcomes', c.outcomes],
        ]),
        ...part('4. Views', [
          ['Child / young person', c.childComment],
          ['Parent / carer', c.parentComment],
        ]),
        ...part('5. Agreement', [
          ['Level of need', needLevel(c, 'word')],
          ['Consent to share information', { written: pick(rng, ['Yes - consent form signed', `Yes - signed by ${c.consent.signature}`]), verbal: 'Yes - verbal consent', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]],
        ]),
      ],
    },
    h2('Action plan'),
    { t: 'table', widths: [0.5, 0.25, 0.25], repeatHeader: true, rows: [[lbl('Action'), lbl('Lead'), lbl('Timescale')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])] },
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-fifth wave): the plan as a timeline, a column for each stretch of weeks, each
// action written "who: what" in the column for when

function timelinePlan(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const stretch = (n: number) => c.actions.filter((_, i) => i % 3 === n).map((a) => `${a.who}: ${a.what}`).join('\n');
  return [
    h1('Early Help Assessment and Plan'),
    table([0.35, 0.65], [
      row('Child', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Any disability?', c.disability ? { yes: `Yes (${c.disabilityDetail})`, no: 'No', 'rather not say': 'Prefer not to say' }[c.disability] : ''),
      row('School', schoolText(c)),
      row('Doctor (GP)', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Phone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Who is in the family', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Who was there', c.present.text),
      row('Why are we meeting?', c.reason),
      row('How is the child doing?', c.domains.development),
      row('How are the parents doing?', c.domains.parenting),
      row('Home, family and community', c.domains.family),
      row('What is going well', c.strengths),
      row('What needs to get better', c.needs),
      row('Risks', c.risks),
      row('What we want to be different', c.outcomes),
      row('What the child says', c.childComment),
      row('What the parent / carer says', c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
      row('Has the family agreed to information being shared?', k === 'none' ? pick(rng, ['No', '']) : 'Yes'),
      row('How was agreement recorded?', { written: 'Signed copy on file', verbal: 'Verbally at the meeting', unspecified: '', none: '' }[k]),
    ]),
    h2('Our plan: what happens when'),
    table([0.34, 0.33, 0.33], [
      [lbl('In the next 4 weeks'), lbl('Weeks 5 to 8'), lbl('By the review (12 weeks)')],
      [txt(stretch(0)), txt(stretch(1)), txt(stretch(2))],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-fifth wave): consent asked service by service, a box to tick under "Yes" or "No"
// for each, then signed or marked as given verbally

function consentByAgency(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const box = (checked: boolean): Cell => [{ ticks: [{ label: '', checked }] }];
  const refused = k === 'none' && rng() < 0.6;
  const services = ['School or nursery', 'GP and health services', 'Children’s social care', 'Housing'];
  return [
    h1('Early Help Assessment'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c, 'No', 'Prefers not to say')),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact number', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
      row('Assessment date', fmtDate(c.assessmentDate, 'dmy')),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent / carer’s views', c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
    ]),
    h2('Consent to share information'),
    p('I agree to the information in this assessment being shared with the services ticked below.'),
    table([0.5, 0.25, 0.25], [
      [lbl('Service'), lbl('Yes'), lbl('No')],
      ...services.map((s, i) => [txt(s), box(k !== 'none' && (i < 2 || rng() < 0.5)), box(refused)]),
    ]),
    table([0.35, 0.65], [
      row('Signed (parent / carer)', k === 'written' ? c.consent.signature : ''),
      row('Date', k === 'written' ? fmtDate(c.consent.date, 'dmy') : ''),
    ]),
    p({ ticks: [{ label: 'Consent was given verbally and recorded by the worker', checked: k === 'verbal' }] }),
    h2('Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('What will happen'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-sixth wave): a typed-up template, its questions in the template's plain face and
// each answer typed in italics on the line below, nothing in bold but the headings

function italicAnswers(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const qa = (q: string, a: string | null | undefined): Element[] => [p(q), p({ italic: a ?? '' })];
  return [
    h1('Early Help Assessment'),
    h2('About the child'),
    ...qa('Name of the child', childName(ch)),
    ...qa('Date of birth', fmtDate(ch.dob, 'dmy')),
    ...qa('Gender', genderWord(ch)),
    ...qa('Ethnicity', c.ethnicity),
    ...qa('Does the child have a disability?', disabilityText(c)),
    ...qa('School or nursery', schoolText(c)),
    ...qa('GP', c.gp),
    ...(c.children.length > 1 ? qa('Other children in the family', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')) : []),
    h2('About the family'),
    ...qa('Parent or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    ...qa('Phone number', c.parent?.phone),
    ...qa('Address', c.parent?.address),
    ...qa('Who lives in the household', c.familyComposition),
    h2('The assessment'),
    ...qa('Date of the assessment', fmtDate(c.assessmentDate, pick(rng, ['dmy', 'long'] as const))),
    ...qa('Completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    ...qa('Who was present', c.present.text),
    ...qa('Why is the assessment being done', c.reason),
    ...qa('Development of the child', c.domains.development),
    ...qa('Parenting', c.domains.parenting),
    ...qa('Family and environment', c.domains.family),
    ...qa('Strengths', c.strengths),
    ...qa('Needs', c.needs),
    ...qa('Risks', c.risks),
    ...qa('Outcomes we want', c.outcomes),
    ...qa('What the child thinks', c.childComment),
    ...qa('What the parent or carer thinks', c.parentComment),
    ...qa('Level of need', needLevel(c, 'tier')),
    ...qa('Consent to share information', { written: 'Yes - consent form signed', verbal: 'Yes - given verbally', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    h2('Action plan'),
    table([0.5, 0.25, 0.25], [[['Action'], ['Who'], ['When']], ...c.actions.map((a) => [[{ italic: a.what }], [{ italic: a.who }], [{ italic: a.when }]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-sixth wave): a portal's print with electronic signatures: consent "Agreed", and
// how it was given only in the audit trail at the end (signed electronically, or recorded verbally)

function eSignature(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const when = fmtDate(c.consent.date ?? c.assessmentDate, 'dmy');
  const trail: [string, string, string][] = [
    ['Assessment created', c.assessor.name, fmtDate(c.assessmentDate, 'dmy')],
    ...(k === 'written' || k === 'unspecified' || rng() < 0.5 ? [['Sent to the family for signature', c.assessor.name, when] as [string, string, string]] : []),
    ...(k === 'written' ? [[`Signed electronically (verified by email link)`, c.consent.signature ?? '', `${when} 14:02`] as [string, string, string]] : []),
    ...(k === 'verbal' ? [['Verbal consent recorded (by telephone)', c.assessor.name, `${when} 10:15`] as [string, string, string]] : []),
    ['Submitted', c.assessor.name, when],
  ];
  return [
    h1('Early Help Assessment'),
    p(`Reference EHA-${String(Math.floor(rng() * 90000) + 10000)}    Status: Submitted`),
    table([0.35, 0.65], [
      row('Child', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c, 'No', 'Prefers not to say')),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Phone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
      row('Assessment date', fmtDate(c.assessmentDate, 'dmy')),
      row('Practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent / carer’s views', c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
      row('Consent to share information', k === 'none' ? pick(rng, ['Not agreed', '']) : 'Agreed'),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Audit trail'),
    table([0.5, 0.25, 0.25], [[lbl('Event'), lbl('By'), lbl('Date and time')], ...trail.map((t) => t.map((x) => txt(x)))]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-sixth wave): the family's and the services' details as address blocks, a heading
// over lines with no label of their own, as a letter sets them

function addressBlocks(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const block = (title: string, lines: (string | null | undefined)[]): Element[] => [h2(title), ...lines.filter((l): l is string => !!l).map((l) => p(l))];
  return [
    h1('Early Help Assessment'),
    table([0.35, 0.65], [
      row('Child’s name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    ...block('Parent / carer', c.parent ? [`${c.parent.name} (${c.parent.relationship})`, ...(c.parent.address ?? '').split(', '), c.parent.phone] : []),
    ...block('School', [schoolText(c)]),
    ...block('GP', (c.gp ?? '').split(', ')),
    h2('Household'),
    p(c.familyComposition ?? ''),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Development of the child', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent / carer’s views', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
      row('Consent to share', { written: 'Yes - signed', verbal: 'Yes - verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-seventh wave): a flat PDF of the blank form filled in with a reader's "add text"
// tool, each answer a text annotation laid over the page (Word: the answers typed in)

function typedOnPdf(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), a ? [{ answer: a }] : ['']];
  return [
    h1('Early Help Assessment'),
    p('Please print clearly or type into the boxes.'),
    h2('Section A: the child'),
    table([0.38, 0.62], [
      row('Child’s full name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Section B: the family'),
    table([0.38, 0.62], [
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household members', c.familyComposition),
    ]),
    h2('Section C: the assessment'),
    table([0.38, 0.62], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Completed by (name, role, agency)', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Who was present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Development of the child', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent / carer’s views', c.parentComment),
      row('Level of need', needLevel(c, 'tier')),
      row('Consent to share information (written or verbal?)', { written: 'Yes - written, form signed', verbal: 'Yes - verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    h2('Section D: action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [[{ answer: a.what }], [{ answer: a.who }], [{ answer: a.when }]]), [[''], [''], ['']]]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-seventh wave): a paper form's dates in boxes, one digit to a box (DD MM YYYY),
// as scanned-in templates typed up in Word keep them

function digitBoxes(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const widths = [0.36, ...Array(8).fill(0.08)];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const boxes = (q: string, iso: string | null): Cell[] => [lbl(q), ...(iso ? `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}` : '        ').split('').map((d) => txt(d.trim()))];
  return [
    h1('Early Help Assessment'),
    p('Dates: one digit to a box, DD MM YYYY.'),
    table(widths, [
      row('Name of child', childName(ch)),
      boxes(ch.unborn ? 'Expected date of delivery' : 'Date of birth', ch.dob),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Family composition', c.familyComposition),
      boxes('Date of assessment', c.assessmentDate),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Development of the child', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent / carer’s views', c.parentComment),
      row('Level of need', needLevel(c, 'digit')),
      row('Consent to share', k === 'none' ? pick(rng, ['No', '']) : 'Yes'),
      row('Consent given', { written: 'In writing (signed)', verbal: 'Verbally', unspecified: '', none: '' }[k]),
      boxes('Date consent given', k === 'written' || k === 'verbal' ? c.consent.date : null),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-seventh wave): a long template with a cover and a contents list, each section's
// name led by dots to its page number, before the form itself

function contentsPage(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const contents: [string, number][] = [['1. Child’s details', 2], ['2. Family composition', 2], ['3. Reason for assessment', 3], ['4. The assessment', 3], ['5. Child’s views', 4], ['6. Parent / carer’s views', 4], ['7. Consent to share information', 5], ['8. Action plan', 5]];
  return [
    h1('Early Help Assessment'),
    p('Kingsmere Early Help Partnership'),
    p('Complete every section with the family. Guidance for each section is in the practitioner handbook.'),
    h2('Contents'),
    ...contents.map(([name, page]) => p(`${name} ${'.'.repeat(Math.max(8, 60 - name.length))} ${page}`)),
    h2('1. Child’s details'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
    ]),
    h2('2. Family composition'),
    table([1], [[txt(c.familyComposition)]]),
    h2('3. Reason for assessment'),
    table([1], [[txt(c.reason)]]),
    h2('4. The assessment'),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, pick(rng, ['dmy', 'long'] as const))),
      row('Completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Who was present', c.present.text),
      row('Development of the child', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Level of need', needLevel(c, 'word')),
    ]),
    h2('5. Child’s views'),
    table([1], [[txt(c.childComment)]]),
    h2('6. Parent / carer’s views'),
    table([1], [[txt(c.parentComment)]]),
    h2('7. Consent to share information'),
    table([0.35, 0.65], [
      row('Consent given', k === 'none' ? pick(rng, ['No', '']) : 'Yes'),
      row('Signature of parent / carer', k === 'written' ? c.consent.signature : ''),
      row('If verbal, recorded by', k === 'verbal' ? `${c.assessor.name}, ${fmtDate(c.consent.date, 'dmy')}` : ''),
    ]),
    h2('8. Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-eighth wave): a designer's typeset print of the form: "fi", "ff" and "fl" set as
// ligatures, long words hyphenated where a line breaks

function typesetPrint(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Early Help Assessment: family profile'),
    table([0.36, 0.64], [
      row('Child’s first name', ch.given),
      row('Surname', ch.family),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity (self-identified)', c.ethnicity),
      row('Disability or difficulty affecting daily life', disabilityText(c)),
      row('School / setting', schoolText(c)),
      row('GP surgery', c.gp),
      ...(c.children.length > 1 ? [row('Siblings (first names and dates of birth)', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Main carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Main carer’s telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Family profile: who lives in the household', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'long')),
      row('Officer completing the assessment', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Staff and family present', c.present.text),
      row('Reason for referral: the difficulties identified', c.reason),
      row('Development of the child', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family and environmental factors', c.domains.family),
      row('Strengths and protective factors', c.strengths),
      row('Identified needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes (specific and measurable)', c.outcomes),
      row('The child’s views, first-hand', c.childComment),
      row('The parent / carer’s views', c.parentComment),
      row('Level of need (final)', needLevel(c, 'word')),
      row('Consent to share information confirmed', { written: 'Yes - signed consent form on file', verbal: 'Yes - verbal, confirmed by telephone', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Agreed action'), lbl('Staff member'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-eighth wave): a form typed up from a web page, its words carrying what copying
// from a browser leaves in them: no-break spaces, zero-width spaces, soft hyphens in long words

/** Text as pasted from a browser: no-break spaces between some words, a zero-width space after a
 *  slash and at the start, a soft hyphen inside each long word. */
const pasted = (s: string | null | undefined): string =>
  s ? `\u200b${s.replace(/ (?=\S)/g, (m, i: number) => (i % 3 === 1 ? '\u00a0' : ' ')).replace(/\//g, '/\u200b').replace(/\b([A-Za-z]{5})([a-z]{4,})\b/g, '$1\u00ad$2')}` : '';

function pastedText(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const line = (q: string, a: string | null | undefined): Element => p({ bold: `${pasted(q)}:` }, ' ', pasted(a));
  return [
    h1('Early Help Assessment'),
    h2(pasted('Child details')),
    line('Child name', childName(ch)),
    line('Date of birth', fmtDate(ch.dob, 'long')),
    line('Gender', genderWord(ch)),
    line('Ethnicity', c.ethnicity),
    line('Disability', disabilityText(c)),
    line('School / setting', schoolText(c)),
    line('GP practice', c.gp),
    ...(c.children.length > 1 ? [line('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    h2(pasted('Family details')),
    line('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    line('Contact number', c.parent?.phone),
    line('Address', c.parent?.address),
    line('Household members', c.familyComposition),
    h2(pasted('Assessment')),
    line('Assessment date', fmtDate(c.assessmentDate, 'long')),
    line('Practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    line('Present at assessment', c.present.text),
    line('Reason for assessment', c.reason),
    line('Development of the child', c.domains.development),
    line('Parenting capacity', c.domains.parenting),
    line('Family and environment', c.domains.family),
    line('Strengths', c.strengths),
    line('Needs', c.needs),
    line('Risks', c.risks),
    line('Outcomes', c.outcomes),
    line('Child’s views', c.childComment),
    line('Parent / carer’s views', c.parentComment),
    line('Level of need', needLevel(c, 'tier')),
    line('Consent to share information', { written: 'Yes - written consent (signed)', verbal: 'Yes - verbal consent', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(pasted(a.what)), txt(pasted(a.who)), txt(pasted(a.when))])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-eighth wave): a Word form of drop-down lists and date pickers, its dates shown
// with the weekday ("Wednesday, 12 March 2025"), the lists left unchosen showing "Choose an item."

function pickerControls(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [a ? { answer: a } : { placeholder: 'Click or tap here to enter text.' }]];
  const list = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [a ? { answer: a } : { placeholder: 'Choose an item.' }]];
  // As Word's date picker shows a date: "Wednesday, 12 March 2025".
  const date = (q: string, iso: string | null): Cell[] => [lbl(q), [iso ? { answer: withWeekday(iso).replace(' ', ', ') } : { placeholder: 'Click or tap to enter a date.' }]];
  return [
    h1('Early Help Assessment'),
    table([0.38, 0.62], [
      row('Child’s name', childName(ch)),
      date(ch.unborn ? 'Expected date of delivery' : 'Date of birth', ch.dob),
      list('Gender', ch.gender === 'male' ? 'Male' : ch.gender === 'female' ? 'Female' : null),
      list('Ethnicity', c.ethnicity),
      list('Disability', c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Prefer not to say' }[c.disability] : null),
      ...(c.disability === 'yes' ? [row('Disability details', c.disabilityDetail)] : []),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : null),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Family composition', c.familyComposition),
      date('Date of assessment', c.assessmentDate),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text || null),
      row('Reason for assessment', c.reason),
      row('Development of the child', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent / carer’s views', c.parentComment),
      list('Level of need', c.levelOfNeed ? needLevel(c, 'tier') : null),
      list('Consent to share information', k === 'none' ? pick(rng, ['No', null]) : 'Yes'),
      list('How was consent given?', { written: 'Written (signed)', verbal: 'Verbal', unspecified: null, none: null }[k]),
      date('Date consent given', k === 'written' || k === 'verbal' ? c.consent.date : null),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-ninth wave): a web case system's "export to Word": the form written as an HTML
// page inside the document (an altChunk, as html-docx-js and its kind make them), labels in
// header cells, ticks as the web form's checkboxes

function htmlExport(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const tick = (q: string, options: [string, boolean][]): Cell[] => [lbl(q), [{ ticks: options.map(([label, checked]) => ({ label, checked })) }]];
  const given = k !== 'none';
  return [
    h1('Early Help Assessment – case record export'),
    h2('Subject'),
    table([0.34, 0.66], [
      row('Forename', ch.given),
      row('Surname', ch.family),
      row(ch.unborn ? 'EDD' : 'DOB', fmtDate(ch.dob, 'dmy')),
      row('Sex', genderWord(ch)),
      row('Ethnic origin', c.ethnicity),
      tick('Disability', [['Yes', c.disability === 'yes'], ['No', c.disability === 'no'], ['Not disclosed', c.disability === 'rather not say']]),
      ...(c.disability === 'yes' ? [row('Disability details', c.disabilityDetail)] : []),
      row('Education provider', schoolText(c)),
      row('Registered GP', c.gp),
      ...(c.children.length > 1 ? [row('Linked children', c.children.slice(1).map((x) => `${childName(x)}, DOB ${fmtDate(x.dob, 'dmy')}`).join('\n'))] : []),
    ]),
    h2('Family'),
    table([0.34, 0.66], [
      row('Main contact', c.parent ? `${c.parent.name} – ${c.parent.relationship}` : ''),
      row('Main contact phone', c.parent?.phone),
      row('Home address', c.parent?.address),
      row('Household members', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.34, 0.66], [
      row('Assessment completed on', fmtDate(c.assessmentDate, 'dmy')),
      row('Worker', `${c.assessor.name} (${c.assessor.role}), ${c.assessor.org}`),
      row('Attendees', c.present.text),
      row('Presenting issues', c.reason),
      row('Child development', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('What is going well', c.strengths),
      row('Unmet needs', c.needs),
      row('Risks', c.risks),
      row('Desired outcomes', c.outcomes),
      row('Voice of the child', c.childComment),
      row('Voice of the parent / carer', c.parentComment),
      row('Threshold level', needLevel(c, pick(rng, ['tier', 'digit'] as const))),
    ]),
    h2('Consent'),
    table([0.34, 0.66], [
      tick('Consent obtained', [['Yes', given], ['No', k === 'none' && rng() < 0.6]]),
      tick('Consent type', [['Written', k === 'written'], ['Verbal', k === 'verbal']]),
      row('Consent date', k === 'written' || k === 'verbal' ? fmtDate(c.consent.date, 'dmy') : ''),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Owner'), lbl('Target date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-ninth wave): a council template whose guidance and example answers are hidden
// text (Font › Hidden): Word shows them only with formatting marks on, and never prints them

function hiddenGuidance(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  // The question, with the template's guidance hidden under it; the answer typed after the
  // template's hidden example.
  const row = (q: string, guide: string, example: string, a: string | null | undefined): Cell[] => [[{ bold: q }, { hidden: ` Guidance: ${guide}` }], [{ hidden: `Example: ${example} ` }, a ?? '']];
  return [
    h1('Early Help Assessment'),
    p({ hidden: 'Guidance for practitioners: complete every section with the family. Hidden guidance does not print. Delete nothing.' }),
    table([0.4, 0.6], [
      row('Child’s name', 'full name as known to school.', 'Jayden Smith', childName(ch)),
      row(ch.unborn ? 'Expected date of delivery' : 'Date of birth', 'DD/MM/YYYY.', '01/02/2019', fmtDate(ch.dob, 'dmy')),
      row('Gender', 'as the family describe it.', 'Female', genderWord(ch)),
      row('Ethnicity', 'as the family describe it; do not guess.', 'White British', c.ethnicity),
      row('Disability', 'Yes, No or Rather not say; give details.', 'No', disabilityText(c)),
      row('School / setting', 'name the school or nursery, and the UPN.', 'Oakfield Primary School, UPN A123456789012', schoolText(c)),
      row('GP', 'practice name.', 'Riverside Surgery', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters', 'names and dates of birth.', 'Mia Smith (03/04/2016)', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', 'name and relationship to the child.', 'Sarah Smith (mother)', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Parent / carer telephone', 'a number the family answer.', '07700 900123', c.parent?.phone),
      row('Address', 'the child’s main home.', '12 High Street, Kingsmere', c.parent?.address),
      row('Family composition', 'everyone in the household and their relationship to the child.', 'Mum, stepdad and two younger brothers', c.familyComposition),
      row('Date of assessment', 'the date the assessment was completed.', '14/05/2025', fmtDate(c.assessmentDate, 'dmy')),
      row('Assessment completed by', 'name, role and agency.', 'A. Worker, Family Support Worker, Kingsmere Family Support Team', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Who was present', 'everyone at the assessment meeting; write "none" if no one else.', 'Mum, class teacher and school nurse', c.present.text),
      row('Reason for assessment', 'what has led to this assessment.', 'Concerns about attendance and low mood', c.reason),
      row('Development of the child', 'health, learning, emotional and social development.', 'Meeting milestones; some speech delay', c.domains.development),
      row('Parents and carers', 'basic care, safety, warmth, guidance and boundaries.', 'Mum provides warm and consistent care', c.domains.parenting),
      row('Family and environment', 'housing, income, wider family and community.', 'Overcrowded flat; debt', c.domains.family),
      row('Strengths', 'what is going well for the family.', 'Close to grandparents', c.strengths),
      row('Needs', 'what needs to change.', 'Support with routines', c.needs),
      row('Risks', 'anything that could cause harm.', 'None identified', c.risks),
      row('Outcomes', 'what the family want to achieve.', 'Attendance above 95% by July', c.outcomes),
      row('Child’s comments', 'in the child’s own words.', '“I like my teacher”', c.childComment),
      row('Parent / carer’s comments', 'in the parent’s own words.', '“We need help with mornings”', c.parentComment),
      row('Level of need', '1 universal, 2 early help, 3 targeted, 4 specialist.', 'Level 2', needLevel(c, 'word')),
      row('Consent to share information', 'record whether consent is written (signed) or verbal, and when; if refused, write "No".', 'Yes – written, signed by Mum', { written: 'Yes - written consent, signed', verbal: 'Yes - verbal consent given', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k]),
    ]),
    h2('Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('By when')], [[{ hidden: 'Example: Refer to parenting course' }], [{ hidden: 'Example: Family Support Worker' }], [{ hidden: 'Example: 30/06/2025' }]], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (fifty-ninth wave): a form typed with its text justified, so that a PDF spreads the
// words of each full line out to the cell's edges

function justifiedText(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const said = (q: string, a: string | null | undefined): Element => p({ bold: `${q}: ` }, a ?? '');
  return [
    h1('Early Help Assessment and Plan'),
    table([0.3, 0.7], [
      row('Child', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'long')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School or setting', schoolText(c)),
      row('Doctor (GP)', c.gp),
      ...(c.children.length > 1 ? [row('Other children in the family', c.children.slice(1).map((x) => `${childName(x)}, born ${fmtDate(x.dob, 'long')}`).join('; '))] : []),
      row('Parent or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Who lives with the child', c.familyComposition),
      row('Date of the assessment', fmtDate(c.assessmentDate, 'long')),
      row('Assessment by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('People taking part in the assessment', c.present.text),
    ]),
    h2('The assessment'),
    said('Why this assessment is being done', c.reason),
    said('The child’s development', c.domains.development),
    said('Parenting', c.domains.parenting),
    said('The family and where they live', c.domains.family),
    said('Strengths', c.strengths),
    said('Needs', c.needs),
    said('Risks', c.risks),
    said('What we want to achieve', c.outcomes),
    h2('Views'),
    said('What the child says', c.childComment),
    said('What the parent or carer says', c.parentComment),
    said('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    h2('Consent'),
    p('The practitioner has explained why information is shared, with whom and how it is kept, and the parent or carer has been told that they may withdraw consent at any time by telling the lead professional.'),
    p({ ticks: [{ label: 'Consent given in writing (signed below)', checked: k === 'written' }, { label: 'Consent given verbally', checked: k === 'verbal' }, { label: 'Consent given, how not recorded', checked: k === 'unspecified' }] }),
    table([0.3, 0.7], [row('Signature of parent or carer', k === 'written' ? c.consent.signature : ''), row('Date', k === 'written' || k === 'verbal' ? fmtDate(c.consent.date, 'long') : '')]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('What will be done'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixtieth wave): a form whose grids have their narrow columns headed vertically, the
// headings running up the cell: consent, disability and who took part ticked under them

function verticalHeaders(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const box = (checked: boolean): Cell => [{ ticks: [{ label: '', checked }] }];
  const up = (s: string): Cell => [{ vertical: s }];
  const refused = k === 'none' && rng() < 0.6;
  const people = c.present.kind === 'recorded' ? c.present.text.split(/,\s*|\s+and\s+/).filter(Boolean) : [];
  return [
    h1('Early Help Assessment'),
    h2('Child and family'),
    table([0.35, 0.65], [
      row('Child’s name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Who lives at home', c.familyComposition),
    ]),
    table([0.55, 0.15, 0.15, 0.15], [
      [lbl('Disability or additional needs'), up('Yes'), up('No'), up('Prefers not to say')],
      [txt(c.disability === 'yes' ? c.disabilityDetail : ''), box(c.disability === 'yes'), box(c.disability === 'no'), box(c.disability === 'rather not say')],
    ]),
    h2('The assessment'),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    ]),
    table([0.55, 0.15, 0.15, 0.15], [
      [lbl('Who took part'), up('Present'), up('Sent views'), up('Not present')],
      ...(people.length ? people.map((who) => [txt(who), box(true), box(false), box(false)]) : [[txt(c.present.kind === 'none' ? 'No one: completed from records' : ''), box(false), box(false), box(c.present.kind === 'none')]]),
    ]),
    table([0.35, 0.65], [
      row('Why is the assessment being done?', c.reason),
      row('Health and development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('What we want to achieve', c.outcomes),
      row('What the child says', c.childComment),
      row('What the parent / carer says', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'digit'] as const))),
    ]),
    h2('Consent to share information'),
    table([0.4, 0.15, 0.15, 0.15, 0.15], [
      [lbl('Consent'), up('Given in writing'), up('Given verbally'), up('Given, how not noted'), up('Refused')],
      [txt('Parent / carer'), box(k === 'written'), box(k === 'verbal'), box(k === 'unspecified'), box(refused)],
    ]),
    table([0.35, 0.65], [row('Signature', k === 'written' ? c.consent.signature : ''), row('Date', k === 'written' || k === 'verbal' ? fmtDate(c.consent.date, 'dmy') : '')]),
    h2('Plan'),
    table([0.46, 0.22, 0.2, 0.12], [[lbl('Action'), lbl('Who'), lbl('By when'), up('Reviewed')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when), box(false)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixtieth wave): the whole form one table, each section's name a shaded band across
// it in plain type, and the questions plain too, so that "Name", "Telephone" and "Comments"
// belong to whoever the band above them names

function shadedBands(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [txt(q), txt(a)];
  const band = (s: string): Cell[] => [[{ band: s }]];
  return [
    h1('Early Help Assessment'),
    table([0.35, 0.65], [
      band('Child or young person'),
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, pick(rng, ['dmy', 'long'] as const))),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', c.disability ? { yes: `Yes: ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Prefers not to say' }[c.disability] : ''),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      band('Parent or carer'),
      row('Name', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
      band('Lead professional'),
      row('Name', c.assessor.name),
      row('Role and agency', `${c.assessor.role}, ${c.assessor.org}`),
      row('Telephone', c.assessor.phone),
      band('Assessment'),
      row('Date', fmtDate(c.assessmentDate, 'dmy')),
      row('People involved', c.present.text),
      row('Reason', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Level of need', needLevel(c, pick(rng, ['tier', 'word'] as const))),
      band('Child’s views'),
      row('Comments', c.childComment),
      band('Parent or carer’s views'),
      row('Comments', c.parentComment),
      band('Consent to share information'),
      row('Consent given', k === 'none' ? (rng() < 0.5 ? 'No' : '') : 'Yes'),
      row('How', { written: 'Written (form signed)', verbal: 'Verbal', unspecified: '', none: '' }[k]),
      row('Signed', k === 'written' ? c.consent.signature : ''),
      row('Date', k === 'written' || k === 'verbal' ? fmtDate(c.consent.date, 'dmy') : ''),
    ]),
    table([0.5, 0.25, 0.25], [band('Plan'), [txt('What'), txt('Who'), txt('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixtieth wave): a template built on styles: its questions bold through the "Strong"
// character style, not bold set on the text, each answer in the paragraph below

function styledLabels(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const ask = (q: string, a: string | null | undefined): Element[] => [p({ bold: q }), p(a ?? '')];
  return [
    h1('Early Help Assessment'),
    h2('About the child'),
    ...ask('Full name', childName(ch)),
    ...ask('Date of birth', fmtDate(ch.dob, 'long')),
    ...ask('Gender', genderWord(ch)),
    ...ask('Ethnic background', c.ethnicity),
    ...ask('Any disability?', c.disability ? { yes: `Yes – ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Would rather not say' }[c.disability] : ''),
    ...ask('School or nursery', schoolText(c)),
    ...ask('Doctor', c.gp),
    ...(c.children.length > 1 ? ask('Other children in the family', c.children.slice(1).map((x) => `${childName(x)}, ${fmtDate(x.dob, 'long')}`).join('; ')) : []),
    h2('About the family'),
    ...ask('Parent or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    ...ask('Phone number', c.parent?.phone),
    ...ask('Home address', c.parent?.address),
    ...ask('Who lives in the home', c.familyComposition),
    h2('The assessment'),
    ...ask('Date completed', fmtDate(c.assessmentDate, 'long')),
    ...ask('Completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    ...ask('Who took part', c.present.text),
    ...ask('Why are we doing this assessment?', c.reason),
    ...ask('Health and development', c.domains.development),
    ...ask('Parenting', c.domains.parenting),
    ...ask('Family and home', c.domains.family),
    ...ask('What is going well', c.strengths),
    ...ask('What needs to improve', c.needs),
    ...ask('Worries and risks', c.risks),
    ...ask('What we hope will change', c.outcomes),
    ...ask('What the child told us', c.childComment),
    ...ask('What the parent or carer told us', c.parentComment),
    ...ask('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    h2('Consent'),
    p({ bold: 'How was consent given?' }),
    p({ ticks: [{ label: 'Signed by the parent or carer', checked: k === 'written' }, { label: 'Given verbally', checked: k === 'verbal' }, { label: 'Given (how not recorded)', checked: k === 'unspecified' }, { label: 'Not given', checked: k === 'none' && rng() < 0.5 }] }),
    ...ask('Signature', k === 'written' ? c.consent.signature : ''),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who will do it'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-first wave): a draft, marked so across every page: Word's watermark, a word set
// large and pale on the diagonal behind the text, which a PDF draws letter by letter along it

function draftWatermark(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Early Help Assessment'),
    p('Status: draft for discussion with the family before it goes to the Early Help panel.'),
    h2('1. The child'),
    table([0.34, 0.66], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, pick(rng, ['dmy', 'long'] as const))),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', c.disability ? { yes: `Yes – ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Prefers not to say' }[c.disability] : ''),
      row('School or setting', schoolText(c)),
      row('GP practice', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('2. Parents and carers'),
    table([0.34, 0.66], [
      row('Parent or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Who lives in the household', c.familyComposition),
    ]),
    h2('3. The assessment'),
    table([0.34, 0.66], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Lead practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Who contributed', c.present.text),
      row('Why now?', c.reason),
      row('Health and development', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes wanted', c.outcomes),
      row('The child’s views', c.childComment),
      row('The parent’s views', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'digit'] as const))),
    ]),
    h2('4. Consent'),
    table([0.34, 0.66], [
      [lbl('Consent to share information'), [{ ticks: [{ label: 'Given in writing', checked: k === 'written' }, { label: 'Given verbally', checked: k === 'verbal' }, { label: 'Given (how not recorded)', checked: k === 'unspecified' }, { label: 'Not given', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signed', k === 'written' ? c.consent.signature : ''),
      row('Date', k === 'written' || k === 'verbal' ? fmtDate(c.consent.date, 'dmy') : ''),
    ]),
    h2('5. Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-first wave): a form a case system fills by mail merge: the record's details in
// merge fields, those the record lacks left showing the field's own name («GP_Practice»), the
// practitioner's assessment typed below

function mergeFields(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const merged = (q: string, field: string, value: string | null | undefined): Cell[] => [lbl(q), [{ merge: field, value: value || null }]];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Early Help Assessment'),
    p({ italic: 'The details in section A are taken from the case record; check them with the family.' }),
    h2('A. Details from the case record'),
    table([0.34, 0.66], [
      [lbl('Child’s name'), [{ merge: 'Child_Forename', value: ch.given }, ' ', { merge: 'Child_Surname', value: ch.family }]],
      merged('Date of birth', 'Child_DOB', fmtDate(ch.dob, 'dmy')),
      merged('Gender', 'Child_Gender', genderWord(ch)),
      merged('Ethnicity', 'Child_Ethnicity', c.ethnicity),
      merged('School', 'School_Name', schoolText(c)),
      merged('GP', 'GP_Practice', c.gp),
      ...(c.children.length > 1 ? [merged('Siblings', 'Sibling_List', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      merged('Parent / carer', 'Main_Contact', c.parent ? `${c.parent.name} (${c.parent.relationship})` : null),
      merged('Contact telephone', 'Main_Contact_Phone', c.parent?.phone),
      merged('Address', 'Home_Address', c.parent?.address),
      merged('Lead professional', 'Worker_Name', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      merged('Date of assessment', 'Assessment_Date', fmtDate(c.assessmentDate, 'dmy')),
    ]),
    h2('B. The assessment'),
    table([0.34, 0.66], [
      row('Disability or additional needs', c.disability ? { yes: `Yes: ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Would rather not say' }[c.disability] : ''),
      row('Household', c.familyComposition),
      row('Who was involved', c.present.text),
      row('Reason for the assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s comments', c.childComment),
      row('Parent’s comments', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('C. Consent'),
    table([0.34, 0.66], [
      [lbl('Consent to share'), [{ ticks: [{ label: 'Yes – written', checked: k === 'written' }, { label: 'Yes – verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Parent / carer signature', k === 'written' ? c.consent.signature : ''),
      row('Date', k === 'written' || k === 'verbal' ? fmtDate(c.consent.date, 'dmy') : ''),
    ]),
    h2('D. Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Responsible'), lbl('Timescale')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-first wave): a council template saved as "Strict Open XML Document", whose parts
// name their vocabulary by ISO 29500's own namespaces, not the ones Word writes by default;
// answers in content controls, blanks showing their placeholder

function strictOoxml(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Assessment and Plan'),
    h2('Section 1: Child or young person'),
    table([0.36, 0.64], [
      row('Full name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnic origin', c.ethnicity),
      row('Any disability or SEND?', c.disability ? { yes: `Yes – ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Rather not say' }[c.disability] : ''),
      row('Education setting', schoolText(c)),
      row('GP surgery', c.gp),
      ...(c.children.length > 1 ? [row('Other children in the family', c.children.slice(1).map((x) => `${childName(x)}, born ${fmtDate(x.dob, 'dmy')}`).join('; '))] : []),
    ]),
    h2('Section 2: Family'),
    table([0.36, 0.64], [
      row('Parent or carer name', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Phone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Family members at home', c.familyComposition),
    ]),
    h2('Section 3: Assessment'),
    table([0.36, 0.64], [
      row('Assessment date', fmtDate(c.assessmentDate, 'long')),
      row('Practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Others present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Child’s development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environmental factors', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Desired outcomes', c.outcomes),
      row('Views of the child', c.childComment),
      row('Views of the parent or carer', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Section 4: Consent'),
    table([0.36, 0.64], [
      [lbl('Consent to share information'), [{ ticks: [{ label: 'Yes', checked: k !== 'none' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      [lbl('How consent was given'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }] }]],
      row('Signature', k === 'written' ? c.consent.signature : ''),
      [lbl('Date'), [dateAns(k === 'written' || k === 'verbal' ? fmtDate(c.consent.date, 'dmy') : null)]],
    ]),
    h2('Section 5: Plan'),
    table([0.5, 0.25, 0.25], [[lbl('What will happen'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-second wave): a pre-2010 template protected for forms, its closed questions
// legacy drop-down fields (Word's FORMDROPDOWN) whose first entry is "Please select"; Word keeps
// the chosen entry's number in the field's data, not in the text, and a print shows the entry

function legacyDropdowns(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const SELECT = pick(rng, ['Please select', 'Select one', 'Choose an option'] as const);
  const drop = (entries: string[], chosen: string | null | undefined): Run => {
    const i = chosen ? entries.indexOf(chosen) : -1;
    return { dropdown: [SELECT, ...entries], chosen: i + 1 };
  };
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const census = ['White British', 'White Irish', 'White Other', 'Mixed White and Black Caribbean', 'Mixed White and Asian', 'Black African', 'Black Caribbean', 'Indian', 'Pakistani', 'Bangladeshi', 'Chinese', 'Any other ethnic group'];
  const ethnicities = c.ethnicity && !census.includes(c.ethnicity) ? [...census, c.ethnicity] : census;
  const consent = k === 'written' ? 'Yes - written' : k === 'verbal' ? 'Yes - verbal' : k === 'unspecified' ? 'Yes' : k === 'none' && rng() < 0.5 ? 'No' : null;
  return [
    h1('Common Assessment Framework - Assessment'),
    p({ italic: 'This form is protected: press Tab to move between the grey fields and choose from the lists.' }),
    h2('1. Child or young person'),
    table([0.4, 0.6], [
      row('Name', childName(ch)),
      row('Date of birth / EDD', fmtDate(ch.dob, 'dmy')),
      [lbl('Gender'), [drop(['Male', 'Female'], ch.gender === 'unknown' ? null : genderWord(ch))]],
      [lbl('Ethnicity'), [drop(ethnicities, c.ethnicity)]],
      [lbl('Disability'), [drop(['Yes', 'No', 'Prefer not to say'], c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Prefer not to say' }[c.disability] : null)]],
      ...(c.disability === 'yes' ? [row('If yes, details', c.disabilityDetail)] : []),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings (name and date of birth)', c.children.slice(1).map((x) => `${childName(x)} ${fmtDate(x.dob, 'dmy')}`).join('; '))] : []),
    ]),
    h2('2. Parents / carers'),
    table([0.4, 0.6], [
      row('Name', c.parent?.name),
      [lbl('Relationship to child'), [drop(['Mother', 'Father', 'Step-parent', 'Grandparent', 'Foster carer', 'Other'], c.parent ? (['Mother', 'Father', 'Grandparent'].find((r) => r.toLowerCase() === c.parent!.relationship.toLowerCase()) ?? 'Other') : null)]],
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Family composition', c.familyComposition),
    ]),
    h2('3. Assessment'),
    table([0.4, 0.6], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('People present', c.present.text),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}`),
      row('Agency', c.assessor.org),
      row('Reason for assessment', c.reason),
      row('Development of the child', c.domains.development),
      row('Parents and carers', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Desired outcomes', c.outcomes),
      row('Child or young person’s comments', c.childComment),
      row('Parent / carer’s comments', c.parentComment),
      [lbl('Level of need'), [drop(['Level 1 - Universal', 'Level 2 - Targeted / early help', 'Level 3 - Complex / multi-agency', 'Level 4 - Acute / safeguarding'], c.levelOfNeed ? needLevel(c, 'word') : null)]],
    ]),
    h2('4. Consent'),
    table([0.4, 0.6], [
      [lbl('Consent to share information'), [drop(['Yes - written', 'Yes - verbal', 'Yes', 'No'], consent)]],
      row('Signature of parent / carer', k === 'written' ? c.consent.signature : ''),
      row('Date', k === 'written' || k === 'verbal' ? fmtDate(c.consent.date, 'dmy') : ''),
    ]),
    h2('5. Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-second wave): a case system's report exported to Word "in exact format": every
// label and value a frame placed on the page (Word's text frames), written out a column at a time,
// so the document's order is all the labels and then all the answers; its PDF prints the page

function framedReport(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const tick = (label: string, checked: boolean) => ({ label, checked });
  return [
    h1('Early Help Assessment Report'),
    p(`Case reference EH/${Math.floor(rng() * 900000 + 100000)}    Report: EHA_FULL_v3`),
    h2('Child'),
    table([0.3, 0.7], [
      row('Name:', childName(ch)),
      row('DOB:', fmtDate(ch.dob, 'dmy')),
      row('Gender:', genderWord(ch)),
      row('Ethnicity:', c.ethnicity),
      row('Disability:', disabilityText(c, 'No', 'Prefers not to say')),
      row('School:', schoolText(c)),
      row('GP:', c.gp),
      ...(c.children.length > 1 ? [row('Siblings:', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Family'),
    table([0.3, 0.7], [
      row('Main carer:', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Phone:', c.parent?.phone),
      row('Address:', c.parent?.address),
      row('Household:', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.3, 0.7], [
      row('Assessment date:', fmtDate(c.assessmentDate, 'dmy')),
      row('Worker:', `${c.assessor.name} (${c.assessor.role}, ${c.assessor.org})`),
      row('Present:', c.present.text),
      row('Reason:', c.reason),
      row('Development:', c.domains.development),
      row('Parenting:', c.domains.parenting),
      row('Family/environment:', c.domains.family),
      row('Strengths:', c.strengths),
      row('Needs:', c.needs),
      row('Risks:', c.risks),
      row('Outcomes:', c.outcomes),
      row('Child’s view:', c.childComment),
      row('Parent’s view:', c.parentComment),
      row('Level of need:', needLevel(c, pick(rng, ['word', 'tier'] as const))),
      [lbl('Consent:'), [{ ticks: [tick('Written', k === 'written'), tick('Verbal', k === 'verbal'), tick('Yes (method not recorded)', k === 'unspecified'), tick('Refused', k === 'none' && rng() < 0.5)] }]],
      row('Consent signed by:', k === 'written' ? c.consent.signature : ''),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Owner'), lbl('Due')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-second wave): an assessment printed from a web portal, every page stamped with
// when it was printed (and, by a case system, by whom), with the page's address and when the
// record was last saved: dates that are not the assessment's

function printStamped(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const base = c.assessmentDate ?? '2025-06-15';
  const later = (days: number) => new Date(Date.parse(base) + days * 864e5).toISOString().slice(0, 10);
  const printed = later(20 + Math.floor(rng() * 200));
  const saved = later(1 + Math.floor(rng() * 15));
  const clock = () => `${String(8 + Math.floor(rng() * 10)).padStart(2, '0')}:${String(Math.floor(rng() * 60)).padStart(2, '0')}`;
  const id = Math.floor(rng() * 90000 + 10000);
  const printer = pick(rng, ['j.okafor', 'admin.ehhub', 's.patel2', 'ehm.printuser'] as const);
  const stamp = pick(rng, ['browser', 'system'] as const);
  const running = stamp === 'browser'
    ? { t: 'running' as const, header: `${fmtDate(printed, 'dmy')}, ${clock()}    Early Help Assessment | Family Hub Portal`, footer: `https://familyhub.example.gov.uk/cases/${id}/assessment/print    {page}/{pages}` }
    : { t: 'running' as const, header: `Printed ${fmtDate(printed, 'dmy')} ${clock()} by ${printer}`, footer: `Early Help Portal - case ${id}    Page {page} of {pages}` };
  const q = (label: string, answer: string | null | undefined): Element[] => [p({ bold: label }), p(answer || '')];
  return [
    running,
    h1('Early Help Assessment'),
    p(`Status: ${pick(rng, ['Submitted', 'Completed', 'Authorised'] as const)}    Last saved: ${fmtDate(saved, 'dmy')} ${clock()}`),
    h2('Child details'),
    ...q('Name', childName(ch)),
    ...q('Date of birth', fmtDate(ch.dob, 'dmy')),
    ...q('Gender', genderWord(ch)),
    ...q('Ethnicity', c.ethnicity),
    ...q('Disability', disabilityText(c, 'No', 'Prefer not to say')),
    ...q('School / setting', schoolText(c)),
    ...q('GP surgery', c.gp),
    ...(c.children.length > 1 ? q('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')) : []),
    h2('Parent / carer'),
    ...q('Name and relationship', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    ...q('Phone number', c.parent?.phone),
    ...q('Address', c.parent?.address),
    ...q('Household members', c.familyComposition),
    h2('Assessment'),
    ...q('Assessment date', fmtDate(c.assessmentDate, 'dmy')),
    ...q('Practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    ...q('Who took part', c.present.text),
    ...q('Why is help needed now?', c.reason),
    ...q('Development', c.domains.development),
    ...q('Parenting', c.domains.parenting),
    ...q('Family and environment', c.domains.family),
    ...q('Strengths', c.strengths),
    ...q('Needs', c.needs),
    ...q('Risks', c.risks),
    ...q('Outcomes', c.outcomes),
    ...q('What the child says', c.childComment),
    ...q('What the parent / carer says', c.parentComment),
    ...q('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    h2('Consent'),
    table([0.4, 0.6], [
      [lbl('Consent to share information'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      [lbl('Signed'), txt(k === 'written' ? c.consent.signature : '')],
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-third wave): a form a practitioner's team made in Word without tables, its
// closed questions lists of options whose bullets are boxes, the chosen option's bullet changed
// to a ticked box

function checklistBullets(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const q = (label: string, answer: string | null | undefined): Element[] => [p({ bold: label }), p(answer || '')];
  const opts = (label: string, options: string[], chosen: string | null | undefined): Element[] => [p({ bold: label }), p({ ticks: options.map((o) => ({ label: o, checked: o === chosen })) })];
  return [
    h1('Early Help Assessment'),
    p({ italic: 'Change the bullet of each answer that applies to a ticked box.' }),
    h2('About the child'),
    ...q('Child’s name', childName(ch)),
    ...q('Date of birth', fmtDate(ch.dob, 'dmy')),
    ...opts('Gender', ['Male', 'Female'], ch.gender === 'unknown' ? null : genderWord(ch)),
    ...q('Ethnicity', c.ethnicity),
    ...opts('Does the child have a disability?', ['Yes', 'No', 'Prefer not to say'], c.disability ? { yes: 'Yes', no: 'No', 'rather not say': 'Prefer not to say' }[c.disability] : null),
    ...(c.disability === 'yes' ? q('Details of disability', c.disabilityDetail) : []),
    ...q('School or nursery', schoolText(c)),
    ...q('GP', c.gp),
    ...(c.children.length > 1 ? q('Other children in the family', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')) : []),
    h2('Parents and carers'),
    ...q('Parent or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    ...q('Telephone', c.parent?.phone),
    ...q('Address', c.parent?.address),
    ...q('Who lives at home', c.familyComposition),
    h2('The assessment'),
    ...q('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
    ...q('Completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    ...q('Who was present', c.present.text),
    ...q('Why is this assessment being done?', c.reason),
    ...q('The child’s development', c.domains.development),
    ...q('Parenting', c.domains.parenting),
    ...q('Family and environment', c.domains.family),
    ...q('Strengths', c.strengths),
    ...q('Needs', c.needs),
    ...q('Risks', c.risks),
    ...q('What we want to achieve', c.outcomes),
    ...q('The child’s views', c.childComment),
    ...q('The parent’s or carer’s views', c.parentComment),
    ...opts('Level of need', ['Level 1', 'Level 2', 'Level 3', 'Level 4'], c.levelOfNeed ? `Level ${c.levelOfNeed}` : null),
    h2('Consent'),
    ...opts('Consent to share information', ['Given in writing (form signed)', 'Given verbally', 'Given', 'Refused'], k === 'written' ? 'Given in writing (form signed)' : k === 'verbal' ? 'Given verbally' : k === 'unspecified' ? 'Given' : k === 'none' && rng() < 0.5 ? 'Refused' : null),
    ...q('Signed', k === 'written' ? c.consent.signature : ''),
    h2('Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-third wave): a council's form printed through a PDF printer driver that places
// every letter on its own and writes no spaces: the words stand apart only by where their
// letters are

function printDriver(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Early Help Assessment Form'),
    h2('Part 1 - Child or young person'),
    table([0.35, 0.65], [
      row('Full name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, pick(rng, ['dmy', 'long'] as const))),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School / setting', schoolText(c)),
      row('GP practice', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Part 2 - Family'),
    table([0.35, 0.65], [
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact number', c.parent?.phone),
      row('Home address', c.parent?.address),
      row('Family composition', c.familyComposition),
    ]),
    h2('Part 3 - Assessment'),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('People present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Development of the child', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Desired outcomes', c.outcomes),
      row('Child’s comments', c.childComment),
      row('Parent / carer’s comments', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Part 4 - Consent'),
    table([0.35, 0.65], [
      [lbl('Consent to share'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signature', k === 'written' ? c.consent.signature : ''),
      row('Date', k === 'written' || k === 'verbal' ? fmtDate(c.consent.date, 'dmy') : ''),
    ]),
    h2('Part 5 - Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Lead'), lbl('Review date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-third wave): a Word 2013 template built of content controls: each answer cell a
// rich text control, the household and the plan repeating sections a row to an item, boxes
// ticked with ✔

function repeatingSections(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const members = (c.familyComposition ?? '').split(/;\s*/).filter(Boolean);
  return [
    h1('Early Help Assessment'),
    h2('Child or young person'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      [lbl('Gender'), [{ ticks: [{ label: 'Male', checked: ch.gender === 'male' }, { label: 'Female', checked: ch.gender === 'female' }] }]],
      row('Ethnicity', c.ethnicity),
      [lbl('Disability'), [{ ticks: [{ label: 'Yes', checked: c.disability === 'yes' }, { label: 'No', checked: c.disability === 'no' }, { label: 'Prefer not to say', checked: c.disability === 'rather not say' }] }]],
      row('School or setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Parent or carer'),
    table([0.35, 0.65], [
      row('Name', c.parent?.name),
      row('Relationship to the child', c.parent?.relationship),
      row('Phone', c.parent?.phone),
      row('Address', c.parent?.address),
    ]),
    h2('Household'),
    members.length
      ? table([0.5, 0.25, 0.25], [[lbl('Who lives in the home'), lbl('Age'), lbl('Relationship')], ...members.map((m): Cell[] => [txt(m), txt(''), txt('')])])
      : table([0.5, 0.25, 0.25], [[lbl('Who lives in the home'), lbl('Age'), lbl('Relationship')], [[ans(rng, null)], txt(''), txt('')]]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Who took part', c.present.text),
      row('What has led to this assessment?', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes we want', c.outcomes),
      row('What the child says', c.childComment),
      row('What the parent or carer says', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('Consent'),
    table([0.35, 0.65], [
      [lbl('Consent to share information'), [{ ticks: [{ label: 'Yes, in writing', checked: k === 'written' }, { label: 'Yes, verbally', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signature', k === 'written' ? c.consent.signature : ''),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('What will be done'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-fourth wave): a council's template that its case system fills by writing the
// values into the document's custom XML part, which the content controls are bound to; the file
// is never opened in Word before it is sent, so its own text still shows every placeholder and
// every box unticked (Word puts the bound values in when it opens the file; a PDF printed from
// Word shows them)

function boundControls(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const tick = (q: string, options: [string, boolean][]): Cell[] => [lbl(q), [{ ticks: options.map(([label, checked]) => ({ label, checked })) }]];
  return [
    h1('Early Help Assessment'),
    p({ italic: 'Generated from the case record. Complete any blank sections before the Team Around the Family meeting.' }),
    h2('1. Child or young person'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      tick('Gender', [['Male', ch.gender === 'male'], ['Female', ch.gender === 'female']]),
      row('Ethnic origin', c.ethnicity),
      tick('Disability', [['Yes', c.disability === 'yes'], ['No', c.disability === 'no'], ['Prefer not to say', c.disability === 'rather not say']]),
      ...(c.disability === 'yes' ? [row('Details of disability', c.disabilityDetail)] : []),
      row('Education setting', schoolText(c)),
      row('Registered GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings on this assessment', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('2. Parents and carers'),
    table([0.35, 0.65], [
      row('Parent / carer name', c.parent?.name),
      row('Relationship', c.parent?.relationship),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household members', c.familyComposition),
    ]),
    h2('3. Assessment'),
    table([0.35, 0.65], [
      row('Assessment date', fmtDate(c.assessmentDate, 'dmy')),
      row('Lead practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present at the assessment', c.present.text),
      row('Reason for the assessment', c.reason),
      row('Child’s development', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Desired outcomes', c.outcomes),
      row('Child or young person’s views', c.childComment),
      row('Parent or carer’s views', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('4. Consent'),
    table([0.35, 0.65], [
      tick('Consent to share information', [['Written consent', k === 'written'], ['Verbal consent', k === 'verbal'], ['Yes', k === 'unspecified'], ['Refused', k === 'none' && rng() < 0.5]]),
      row('Signed by parent / carer', k === 'written' ? c.consent.signature : ''),
      row('Date consent given', k === 'written' || k === 'verbal' ? fmtDate(c.consent.date, 'dmy') : ''),
    ]),
    h2('5. Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Responsible'), lbl('Timescale')], ...c.actions.map((a) => [[ans(rng, a.what)], [ans(rng, a.who)], [ans(rng, a.when)]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-fourth wave): a health visiting team's Word form whose household list and action
// plan are kept in Excel and put into the form as embedded worksheets: on the page a picture of
// the cells, the cells themselves in a workbook inside the document

function embeddedSheet(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const members = (c.familyComposition ?? '').split(/;\s*/).filter(Boolean);
  return [
    h1('Early Help Assessment and Family Plan'),
    h2('The child'),
    table([0.35, 0.65], [
      row('Child’s name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, pick(rng, ['dmy', 'long'] as const))),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c)),
      row('School / nursery', schoolText(c)),
      row('GP surgery', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Parent or carer'),
    table([0.35, 0.65], [
      row('Name', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Phone', c.parent?.phone),
      row('Address', c.parent?.address),
    ]),
    h2('Household'),
    { t: 'table', widths: [0.6, 0.4], sheet: true, rows: [[lbl('Who lives in the household'), lbl('Notes')], ...(members.length ? members.map((m): Cell[] => [txt(m), txt('')]) : [[txt(''), txt('')]])] },
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Assessment completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Who was present', c.present.text),
      row('Why is the assessment being done?', c.reason),
      row('Development of the child', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('What is going well', c.strengths),
      row('What needs to change', c.needs),
      row('Risks', c.risks),
      row('What we want to achieve', c.outcomes),
      row('The child’s comments', c.childComment),
      row('The parent’s or carer’s comments', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Consent'),
    table([0.35, 0.65], [
      [lbl('Consent to share information'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Parent’s signature', k === 'written' ? c.consent.signature : ''),
    ]),
    h2('Family plan'),
    { t: 'table', widths: [0.5, 0.25, 0.25], sheet: true, rows: [[lbl('What will happen'), lbl('Who will do it'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])] },
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-fourth wave): a designed form without tables, each question a heading in
// letter-spaced capitals with the answer written under it

function spacedHeadings(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const q = (label: string, answer: string | null | undefined): Element[] => [h2(label), p(answer || '')];
  const opts = (label: string, options: [string, boolean][]): Element[] => [h2(label), p({ ticks: options.map(([l, checked]) => ({ label: l, checked })) })];
  return [
    h1('Our Family Assessment'),
    ...q('Child’s name', childName(ch)),
    ...q('Date of birth', fmtDate(ch.dob, 'long')),
    ...opts('Gender', [['Boy', ch.gender === 'male'], ['Girl', ch.gender === 'female']]),
    ...q('Ethnicity', c.ethnicity),
    ...opts('Disability', [['Yes', c.disability === 'yes'], ['No', c.disability === 'no'], ['Rather not say', c.disability === 'rather not say']]),
    ...(c.disability === 'yes' ? q('About the disability', c.disabilityDetail) : []),
    ...q('School or nursery', schoolText(c)),
    ...q('Doctor (GP)', c.gp),
    ...(c.children.length > 1 ? q('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')) : []),
    ...q('Parent or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    ...q('Phone number', c.parent?.phone),
    ...q('Address', c.parent?.address),
    ...q('Who lives at home', c.familyComposition),
    ...q('Date we met', fmtDate(c.assessmentDate, 'long')),
    ...q('Your worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    ...q('Who was there', c.present.text),
    ...q('Why we are meeting', c.reason),
    ...q('Growing and learning', c.domains.development),
    ...q('Being a parent', c.domains.parenting),
    ...q('Family and home', c.domains.family),
    ...q('What is working well', c.strengths),
    ...q('What we are worried about', c.needs),
    ...q('Risks', c.risks),
    ...q('What we want to happen', c.outcomes),
    ...q('What the child says', c.childComment),
    ...q('What the parent or carer says', c.parentComment),
    ...q('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ...opts('Agreement to share information', [['Yes, signed', k === 'written'], ['Yes, verbally', k === 'verbal'], ['Yes', k === 'unspecified'], ['No', k === 'none' && rng() < 0.5]]),
    ...q('Signature', k === 'written' ? c.consent.signature : ''),
    h2('Our plan'),
    table([0.5, 0.25, 0.25], [[lbl('What will happen'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-fifth wave): a case system's assessment put together from section documents:
// the record's summary is the master template's own text, each later section a whole Word
// document the system drops in (an altChunk of WordprocessingML, as document assembly libraries
// merge files), which Word merges when it opens the file

function assembledRecord(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Early Help Record'),
    p({ italic: 'Case summary produced by the case management system.' }),
    h2('Case summary'),
    table([0.35, 0.65], [
      row('Child / young person', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', c.disability ? { yes: `Yes: ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Prefers not to say' }[c.disability] : ''),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children in this assessment', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Family and household'),
    table([0.35, 0.65], [
      row('Main parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact number', c.parent?.phone),
      row('Home address', c.parent?.address),
      row('Household composition', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Assessment completed on', fmtDate(c.assessmentDate, pick(rng, ['dmy', 'long'] as const))),
      row('Worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present at assessment', c.present.text),
      row('Reason for involvement', c.reason),
      row('Child’s developmental needs', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family and environmental factors', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes sought', c.outcomes),
      row('Views of the child / young person', c.childComment),
      row('Views of the parent / carer', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Consent'),
    table([0.35, 0.65], [
      [lbl('Consent to share information'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'Declined', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signed', k === 'written' ? c.consent.signature : ''),
      row('Date', k === 'written' || k === 'verbal' ? fmtDate(c.consent.date, 'dmy') : ''),
    ]),
    h2('Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-fifth wave): a council's form printed "2 pages per sheet" to save paper: each
// landscape PDF page holds two of the form's pages side by side, shrunk to fit

function twoPerSheet(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const tick = (q: string, options: [string, boolean][]): Cell[] => [lbl(q), [{ ticks: options.map(([label, checked]) => ({ label, checked })) }]];
  return [
    h1('Early Help Assessment (EHA)'),
    h2('Section 1: Details of the child'),
    table([0.35, 0.65], [
      row('Name of child', childName(ch)),
      row('Date of birth / EDD', fmtDate(ch.dob, 'dmy')),
      tick('Gender', [['Male', ch.gender === 'male'], ['Female', ch.gender === 'female']]),
      row('Ethnicity', c.ethnicity),
      row('First language', c.language),
      tick('Does the child have a disability?', [['Yes', c.disability === 'yes'], ['No', c.disability === 'no'], ['Rather not say', c.disability === 'rather not say']]),
      ...(c.disability === 'yes' ? [row('If yes, details', c.disabilityDetail)] : []),
      row('School / early years setting', schoolText(c)),
      row('GP practice', c.gp),
    ]),
    h2('Section 2: Parents, carers and family'),
    table([0.35, 0.65], [
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Family members and household', c.familyComposition),
      ...(c.children.length > 1 ? [row('Siblings included in this EHA', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Section 3: The assessment'),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('People present', c.present.text),
      row('Reason for the assessment', c.reason),
      row('Development of the child', c.domains.development),
      row('Parents and carers', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes we want', c.outcomes),
      row('Child / young person’s comments', c.childComment),
      row('Parent / carer’s comments', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('Section 4: Consent'),
    table([0.35, 0.65], [
      tick('Consent to share', [['Written', k === 'written'], ['Verbal', k === 'verbal'], ['Yes', k === 'unspecified'], ['No', k === 'none' && rng() < 0.5]]),
      row('Parent / carer signature', k === 'written' ? c.consent.signature : ''),
    ]),
    h2('Section 5: Action plan'),
    table([0.45, 0.3, 0.25], [[lbl('What will be done'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-fifth wave): a "Family Help" assessment in the words of the 2025 Families First
// reforms: a lead practitioner, the family network, the child's lived experience, the family's
// and the child's voice

function familyHelp(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const tick = (q: string, options: [string, boolean][]): Cell[] => [lbl(q), [{ ticks: options.map(([label, checked]) => ({ label, checked })) }]];
  return [
    h1('Family Help Assessment and Plan'),
    h2('About the child'),
    table([0.38, 0.62], [
      row('Full name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, pick(rng, ['dmy', 'long'] as const))),
      tick('Sex', [['Male', ch.gender === 'male'], ['Female', ch.gender === 'female']]),
      row('Ethnic background', c.ethnicity),
      tick('Any disability or SEND?', [['Yes', c.disability === 'yes'], ['No', c.disability === 'no'], ['Prefers not to say', c.disability === 'rather not say']]),
      ...(c.disability === 'yes' ? [row('Please describe', c.disabilityDetail)] : []),
      row('Education or childcare setting', schoolText(c)),
      row('GP practice', c.gp),
      ...(c.children.length > 1 ? [row('Other children in the family', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('The family network'),
    table([0.38, 0.62], [
      row('Parent or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Best way to contact', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Who lives with the child', c.familyComposition),
    ]),
    h2('Lead practitioner'),
    table([0.38, 0.62], [
      row('Name and role', `${c.assessor.name}, ${c.assessor.role}`),
      row('Service', c.assessor.org),
    ]),
    h2('Our assessment'),
    table([0.38, 0.62], [
      row('Date of assessment conversation', fmtDate(c.assessmentDate, 'dmy')),
      row('Who contributed', c.present.text),
      row('Why is Family Help being offered?', c.reason),
      row('The child’s lived experience', c.domains.development),
      row('Parenting and care', c.domains.parenting),
      row('Family, home and community', c.domains.family),
      row('What is working well?', c.strengths),
      row('What are we worried about?', c.needs),
      row('Complicating factors and risks', c.risks),
      row('What will life look like when things are better?', c.outcomes),
      row('The child’s voice', c.childComment),
      row('The family’s voice', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('Agreement to share information'),
    table([0.38, 0.62], [
      tick('Has the family agreed?', [['Yes, in writing', k === 'written'], ['Yes, verbally', k === 'verbal'], ['Yes', k === 'unspecified'], ['Not agreed', k === 'none' && rng() < 0.5]]),
      row('Signature of parent or carer', k === 'written' ? c.consent.signature : ''),
    ]),
    h2('Family Help plan'),
    table([0.5, 0.25, 0.25], [[lbl('What we will do'), lbl('Lead person'), lbl('Review date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-sixth wave), after a council's published template: details in grids of two
// label and answer pairs a row, the column headings carrying their own formats ("Date of Birth
// dd/mm/yy", "Gender (M/F)"), home, parent and lead professional each a block of their own

function pairedGrid(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const two = (a: string, av: string | null | undefined, b: string, bv: string | null | undefined): Cell[] => [lbl(a), txt(av), lbl(b), txt(bv)];
  const ddmmyy = (iso: string | null) => (iso ? fmtDate(iso, 'dmy').replace(/\/(\d\d)(\d\d)$/, '/$2') : '');
  const mf = (x: Child) => (x.gender === 'male' ? 'M' : x.gender === 'female' ? 'F' : '');
  const address = c.parent?.address ?? '';
  const postcode = /[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/.exec(address)?.[0] ?? '';
  const parentSex = /mother|grandmother|aunt|stepmother/i.test(c.parent?.relationship ?? '') ? 'F' : /father|grandfather|uncle|stepfather/i.test(c.parent?.relationship ?? '') ? 'M' : '';
  const disability = c.disability ? { yes: c.disabilityDetail ?? 'Yes', no: 'None', 'rather not say': 'Prefer not to say' }[c.disability] : '';
  return [
    h1('Early Help Assessment & Support Plan for Children & Families'),
    table([0.25, 0.25, 0.25, 0.25], [two('Ref Number', `EH${String(Math.floor(rng() * 1e6)).padStart(6, '0')}`, 'Date Assessment Started', fmtDate(c.assessmentDate, 'dmy'))]),
    h2('Children / Young Peoples Details'),
    table([0.22, 0.14, 0.1, 0.18, 0.16, 0.2], [
      [lbl('Name'), lbl('Date of Birth dd/mm/yy'), lbl('Gender (M/F)'), lbl('Disabilities'), lbl('Ethnicity'), lbl('School/Nursery/College')],
      ...c.children.map((x, i): Cell[] => [txt(childName(x)), txt(ddmmyy(x.dob)), txt(mf(x)), txt(i === 0 ? disability : ''), txt(c.ethnicity), txt(i === 0 ? schoolText(c) : '')]),
    ]),
    h2('Primary Home Address'),
    table([0.2, 0.3, 0.2, 0.3], [two('Address', address.replace(postcode, '').replace(/[,\s]+$/, ''), 'Telephone Number', ''), two('Postcode', postcode, 'Mobile Number', c.parent?.phone)]),
    h2('Main Parent / Carer'),
    table([0.2, 0.3, 0.2, 0.3], [
      two('Name', c.parent?.name, 'Gender (M/F)', c.parent ? parentSex : ''),
      two('Relationship to child(ren)', c.parent?.relationship, 'Date of Birth', ''),
      two('Address (if different from above)', '', 'Telephone Number', ''),
    ]),
    h2('Other adult family/household member or significant other'),
    table([0.3, 0.7], [[lbl('Everyone living in the household'), txt(c.familyComposition)]]),
    h2('Name of Lead Professional Completing the Assessment'),
    table([0.2, 0.3, 0.2, 0.3], [
      two('Name', c.assessor.name, 'Date', fmtDate(c.assessmentDate, 'dmy')),
      two('Position', c.assessor.role, 'Organisation', c.assessor.org),
      two('Email', c.assessor.email, 'Telephone Number', c.assessor.phone),
    ]),
    h2('Other professionals involved'),
    table([0.3, 0.4, 0.3], [[lbl('Name'), lbl('Role / agency'), lbl('Contact')], ...(c.gp ? [[txt(c.gp), txt('GP practice'), txt('')]] : [[txt(''), txt(''), txt('')]])]),
    h2('Information Sharing and Consent'),
    p('The council is committed to offering Early Help to children and families as problems begin to emerge. In order to support you and your family, it may be necessary for your information to be shared between council departments and other relevant organisations. Your information will only be shared to make sure that the right support is offered to you and your family.'),
    table([0.4, 0.6], [
      [lbl('Do you agree to your information being shared?'), [{ ticks: [{ label: 'Yes', checked: k !== 'none' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      [lbl('Consent obtained'), [{ ticks: [{ label: 'In writing', checked: k === 'written' }, { label: 'Verbally', checked: k === 'verbal' }] }]],
      [lbl('Signature of parent / carer'), txt(k === 'written' ? c.consent.signature : '')],
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      [lbl('Who has contributed to this assessment?'), txt(c.present.text)],
      [lbl('Why is an Early Help Assessment needed?'), txt(c.reason)],
      [lbl('Child / young person’s development'), txt(c.domains.development)],
      [lbl('Parenting'), txt(c.domains.parenting)],
      [lbl('Family and environment'), txt(c.domains.family)],
      [lbl('Strengths'), txt(c.strengths)],
      [lbl('Needs'), txt(c.needs)],
      [lbl('Risks'), txt(c.risks)],
      [lbl('What do we want to achieve?'), txt(c.outcomes)],
      [lbl('Child / young person’s views'), txt(c.childComment)],
      [lbl('Parent / carer’s views'), txt(c.parentComment)],
      [lbl('Level of need'), txt(needLevel(c, pick(rng, ['word', 'tier'] as const)))],
    ]),
    h2('Support Plan'),
    table([0.5, 0.25, 0.25], [[lbl('What needs to happen'), lbl('Who will do this'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-sixth wave): a "Circle of Support" assessment: each area of family life with the
// family's own score and how ready they feel to change, the children's and the parents' own
// question prompts, "Where do we want to be as a family?" and the steps to get there

function circleOfSupport(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const scored = (n: number): Cell => [{ ticks: [1, 2, 3, 4, 5].map((s) => ({ label: String(s), checked: s === n })) }];
  const area = (title: string, text: string | null): Element[] => [
    h2(title),
    table([0.3, 0.7], [row('What life is like now', text), [lbl('Family’s score'), scored(2 + Math.floor(rng() * 3))], [lbl('Readiness to change'), scored(3 + Math.floor(rng() * 3))]]),
  ];
  return [
    h1('Circle of Support: Early Help Assessment'),
    p({ italic: 'We focus on everyone living in the family home and the wider family connections, to build a clear picture of day to day life.' }),
    h2('Our family'),
    table([0.32, 0.68], [
      row('Child’s name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'long')),
      row('Boy / girl', ch.gender === 'male' ? 'Boy' : ch.gender === 'female' ? 'Girl' : ''),
      row('Ethnic group', c.ethnicity),
      row('Any disability?', c.disability ? { yes: `Yes (${c.disabilityDetail})`, no: 'No', 'rather not say': 'Would rather not say' }[c.disability] : ''),
      row('Nursery, school or college', schoolText(c)),
      row('Doctor’s surgery', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters on this assessment', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Everyone who lives at home', c.familyComposition),
      row('Parent or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Phone', c.parent?.phone),
      row('Home address', c.parent?.address),
    ]),
    h2('About this assessment'),
    table([0.32, 0.68], [
      row('Date of the conversation', fmtDate(c.assessmentDate, 'dmy')),
      row('Family practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Who took part', c.present.text),
      row('What brought us together', c.reason),
    ]),
    ...area('Health, learning and growing up', c.domains.development),
    ...area('Family relationships and parenting', c.domains.parenting),
    ...area('Home, money and where we live', c.domains.family),
    h2('Putting it together'),
    table([0.32, 0.68], [
      row('What is going well for us', c.strengths),
      row('What we need help with', c.needs),
      row('What could get in the way or cause harm', c.risks),
      row('Where do we want to be as a family?', c.outcomes),
      row('Children’s questions: what do you like about your family, and what would you change?', c.childComment),
      row('Parents’ and carers’ questions: what would you like to be different?', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'digit'] as const))),
    ]),
    h2('Sharing our information'),
    table([0.32, 0.68], [
      [lbl('We agree to this assessment being shared with the services named in our plan'), [{ ticks: [{ label: 'Signed below', checked: k === 'written' }, { label: 'Agreed over the phone', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'We do not agree', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signed', k === 'written' ? c.consent.signature : ''),
    ]),
    h2('Steps to get there'),
    table([0.5, 0.25, 0.25], [[lbl('Step'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-sixth wave): a case system's print of an assessment step: the step's own details
// first (subject, worker, started, completed), the group's members as a table with person ids,
// then each question in bold with its answer under it

function stepPrint(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const id = () => String(1000000 + Math.floor(rng() * 8999999));
  const qa = (q: string, a: string | null | undefined): Element[] => [p({ bold: q }), p(a || '')];
  const members = (c.familyComposition ?? '').split(/;\s*/).filter(Boolean);
  const started = c.assessmentDate ? fmtDate(c.assessmentDate, 'dmy') : '';
  return [
    h1('Early Help Assessment'),
    p(`Subject: ${childName(ch)} (${id()})`),
    p(`Worker: ${c.assessor.name}    Team: ${c.assessor.org}`),
    p(`Step: Early Help Assessment    Step ID: ${id()}`),
    p(`Completed: ${started}`),
    h2('Group members'),
    table([0.4, 0.2, 0.4], [[lbl('Name'), lbl('Person ID'), lbl('Relationship to subject')], ...(members.length ? members.map((m): Cell[] => [txt(m.replace(/\s*\(.*$/, '')), txt(id()), txt(/\((.*)\)/.exec(m)?.[1] ?? '')]) : [[txt(''), txt(''), txt('')]])]),
    h2('1. About the child'),
    ...qa('1.1 Date of birth', fmtDate(ch.dob, 'dmy')),
    ...qa('1.2 Gender', genderWord(ch)),
    ...qa('1.3 Ethnicity', c.ethnicity),
    ...qa('1.4 Disability', disabilityText(c, 'No', 'Prefers not to say')),
    ...qa('1.5 Education setting', schoolText(c)),
    ...qa('1.6 GP', c.gp),
    ...(c.children.length > 1 ? qa('1.7 Other children included', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')) : []),
    h2('2. Parent / carer'),
    ...qa('2.1 Name and relationship', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    ...qa('2.2 Contact telephone', c.parent?.phone),
    ...qa('2.3 Address', c.parent?.address),
    h2('3. Assessment'),
    ...qa('3.1 Who was involved', c.present.text),
    ...qa('3.2 Reason for assessment', c.reason),
    ...qa('3.3 Child development', c.domains.development),
    ...qa('3.4 Parenting capacity', c.domains.parenting),
    ...qa('3.5 Family and environmental factors', c.domains.family),
    ...qa('3.6 Strengths', c.strengths),
    ...qa('3.7 Needs', c.needs),
    ...qa('3.8 Risks', c.risks),
    ...qa('3.9 Outcomes', c.outcomes),
    ...qa('3.10 Child’s views', c.childComment),
    ...qa('3.11 Parent / carer’s views', c.parentComment),
    ...qa('3.12 Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    h2('4. Consent'),
    p({ bold: '4.1 Consent to share information' }),
    p({ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'Not given', checked: k === 'none' && rng() < 0.5 }] }),
    ...qa('4.2 Signature', k === 'written' ? c.consent.signature : ''),
    h2('5. Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Responsible'), lbl('Target date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-seventh wave): a Scottish Child's Plan in the words of Getting it right for
// every child: the Named Person, the My World Triangle, the wellbeing indicators (SHANARRI),
// additional support needs, early learning and childcare

function girfecPlan(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const named = c.school.kind === 'recorded' ? `Head Teacher, ${c.school.name}` : 'Health Visitor, Kingsmere Community Health NHS Trust';
  const indicators = ['Safe', 'Healthy', 'Achieving', 'Nurtured', 'Active', 'Respected', 'Responsible', 'Included'];
  return [
    h1('Child’s Plan'),
    p({ italic: 'Getting it right for every child (GIRFEC)' }),
    h2('Child or young person'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'long')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Additional support needs / disability', disabilityText(c, 'No', 'Family prefer not to say')),
      row('School or early learning and childcare setting', schoolText(c)),
      row('GP / health centre', c.gp),
      row('Named Person', named),
      ...(c.children.length > 1 ? [row('Brothers and sisters included in this plan', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Parents and carers'),
    table([0.35, 0.65], [
      row('Name and relationship', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Who lives in the household', c.familyComposition),
    ]),
    h2('About this plan'),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Lead Professional', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present at the child’s planning meeting', c.present.text),
      row('Why is a Child’s Plan needed?', c.reason),
    ]),
    h2('My World Triangle'),
    table([0.35, 0.65], [
      row('How I grow and develop', c.domains.development),
      row('What I need from people who look after me', c.domains.parenting),
      row('My wider world', c.domains.family),
    ]),
    h2('Wellbeing indicators'),
    table([0.4, 0.3, 0.3], [[lbl('Indicator'), lbl('Needs met'), lbl('Needs not met')], ...indicators.map((w): Cell[] => {
      const met = rng() < 0.6;
      return [txt(w), txt(met ? 'X' : ''), txt(met ? '' : 'X')];
    })]),
    h2('Analysis'),
    table([0.35, 0.65], [
      row('Strengths (resilience and protective factors)', c.strengths),
      row('Needs (adversity and vulnerability)', c.needs),
      row('Risks', c.risks),
      row('What outcomes do we want to achieve?', c.outcomes),
      row('Views of the child or young person', c.childComment),
      row('Views of parents / carers', c.parentComment),
      row('Level of support', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('Information sharing'),
    table([0.35, 0.65], [
      [lbl('Have the family agreed to information being shared?'), [{ ticks: [{ label: 'Yes, in writing', checked: k === 'written' }, { label: 'Yes, verbally', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signature', k === 'written' ? c.consent.signature : ''),
    ]),
    h2('Action plan'),
    table([0.45, 0.2, 0.15, 0.2], [[lbl('What needs to happen'), lbl('Who will do this'), lbl('By when'), lbl('Wellbeing indicator')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when), txt(pick(rng, indicators))])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-seventh wave): a Northern Ireland UNOCINI assessment: "Surname", "Forename(s)",
// "D.O.B.", "G.P.", the Health & Care Number, the three domains by their UNOCINI names, the
// Hardiker level, and who completed it by "Designation"

function unocini(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const hcn = () => `${Math.floor(300 + rng() * 600)} ${Math.floor(100 + rng() * 899)} ${Math.floor(1000 + rng() * 8999)}`;
  return [
    h1('UNOCINI Assessment'),
    p({ italic: 'Understanding the Needs of Children in Northern Ireland' }),
    h2('Section 1: Child / Young Person’s Details'),
    table([0.3, 0.7], [
      row('Surname', ch.family),
      row('Forename(s)', c.children.map((x) => x.given).join(', ')),
      row('D.O.B.', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnic origin', c.ethnicity),
      row('Disability', disabilityText(c, 'No', 'Prefer not to say')),
      row('School / pre-school', schoolText(c)),
      row('G.P.', c.gp),
      row('Health & Care Number', hcn()),
    ]),
    h2('Section 2: Parent(s) / Carer(s)'),
    table([0.3, 0.7], [
      row('Name', c.parent?.name),
      row('Relationship to child', c.parent?.relationship),
      row('Telephone No.', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household composition', c.familyComposition),
    ]),
    h2('Section 3: Assessment'),
    table([0.3, 0.7], [
      row('Reason for completing UNOCINI', c.reason),
      row('Persons contributing to this assessment', c.present.text),
      row('Domain 1: Child / Young Person’s Needs', c.domains.development),
      row('Domain 2: Parents’ / Carers’ Capacity to Meet Needs', c.domains.parenting),
      row('Domain 3: Family and Environmental Factors', c.domains.family),
      row('Summary of strengths', c.strengths),
      row('Summary of needs', c.needs),
      row('Risk factors', c.risks),
      row('Desired outcomes', c.outcomes),
      row('Child / Young Person’s Views', c.childComment),
      row('Parent(s) / Carer(s) Views', c.parentComment),
      row('Hardiker level', c.levelOfNeed ? `Level ${c.levelOfNeed}` : ''),
    ]),
    h2('Section 4: Consent'),
    table([0.3, 0.7], [
      [lbl('Has consent been obtained to share information?'), [{ ticks: [{ label: 'Yes', checked: k !== 'none' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      [lbl('Consent obtained'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }] }]],
      row('Signature of parent / carer', k === 'written' ? c.consent.signature : ''),
    ]),
    h2('Section 5: Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Person responsible'), lbl('Timescale')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Completed by'),
    table([0.2, 0.3, 0.2, 0.3], [
      [lbl('Name'), txt(c.assessor.name), lbl('Designation'), txt(c.assessor.role)],
      [lbl('Agency'), txt(c.assessor.org), lbl('Date'), txt(fmtDate(c.assessmentDate, 'dmy'))],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-seventh wave): a health visiting record's template printed from a clinical
// system: the patient's banner, who recorded it and when, then each item answered as
// "Item - answer", an item left unanswered not printed at all

function clinicalTemplate(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const short = (iso: string | null) => (iso ? `${Number(iso.slice(8))} ${MON[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}` : '');
  const item = (q: string, a: string | null | undefined): Element[] => (a ? [p(`${q} - ${a}`)] : []);
  const nhs = `${Math.floor(400 + rng() * 500)} ${Math.floor(100 + rng() * 899)} ${Math.floor(1000 + rng() * 8999)}`;
  const consent = { written: 'Written consent given (form signed)', verbal: 'Verbal consent given', unspecified: 'Consent given', none: rng() < 0.5 ? 'Consent declined' : '' }[k];
  return [
    h1('Early Help Assessment (Template)'),
    p(`${childName(ch).toUpperCase()}    DOB: ${short(ch.dob)}    NHS No: ${nhs}`),
    p(`Recorded by: ${c.assessor.name} (${c.assessor.role}), ${c.assessor.org}    ${c.assessmentDate ? `Date: ${short(c.assessmentDate)} ${10 + Math.floor(rng() * 6)}:${String(Math.floor(rng() * 60)).padStart(2, '0')}` : ''}`.trim()),
    h2('Child'),
    ...item('Gender', genderWord(ch)),
    ...item('Ethnic origin', c.ethnicity),
    ...item('Disability', c.disability ? { yes: `Yes, ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Declined to answer' }[c.disability] : ''),
    ...item('Education setting', schoolText(c)),
    ...item('Registered GP', c.gp),
    ...(c.children.length > 1 ? item('Siblings included', c.children.slice(1).map((x) => `${childName(x)} (${short(x.dob)})`).join('; ')) : []),
    h2('Family'),
    ...item('Main carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    ...item('Carer telephone', c.parent?.phone),
    ...item('Address', c.parent?.address),
    ...item('Household members', c.familyComposition),
    h2('Assessment'),
    ...item('Others present', c.present.kind === 'blank' ? '' : c.present.text),
    ...item('Reason for EHA', c.reason),
    ...item('Child health and development', c.domains.development),
    ...item('Parenting capacity', c.domains.parenting),
    ...item('Family and environment', c.domains.family),
    ...item('Strengths', c.strengths),
    ...item('Needs identified', c.needs),
    ...item('Risks', c.risks),
    ...item('Outcomes agreed', c.outcomes),
    ...item('Child’s views', c.childComment),
    ...item('Parent’s views', c.parentComment),
    ...item('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ...item('Consent to share information', consent),
    h2('Plan'),
    ...c.actions.map((a, i) => p(`${i + 1}. ${a.what} (${a.who}, ${a.when})`)),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-eighth wave): an older council template whose boxes are Wingdings 2 symbols
// (Insert › Symbol: a ticked box and an empty one), the options beside their boxes on one line

function wingdingsTwo(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const tick = (q: string, options: [string, boolean][]): Cell[] => [lbl(q), [{ ticks: options.map(([label, checked]) => ({ label, checked })) }]];
  return [
    h1('Early Help Assessment Form'),
    h2('1. Child / young person'),
    table([0.35, 0.65], [
      row('Full name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      tick('Gender', [['Male', ch.gender === 'male'], ['Female', ch.gender === 'female'], ['Not known', ch.gender === 'unknown']]),
      row('Ethnicity', c.ethnicity),
      tick('Disability', [['Yes', c.disability === 'yes'], ['No', c.disability === 'no'], ['Rather not say', c.disability === 'rather not say']]),
      ...(c.disability === 'yes' ? [row('If yes, please give details', c.disabilityDetail)] : []),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children included', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('2. Parent / carer'),
    table([0.35, 0.65], [
      row('Name', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household members', c.familyComposition),
    ]),
    h2('3. Assessment'),
    table([0.35, 0.65], [
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Assessment completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      tick('Child / young person present', [['Yes', /child|young person|\b(son|daughter)\b/i.test(c.present.text)], ['No', c.present.kind !== 'blank' && !/child|young person|\b(son|daughter)\b/i.test(c.present.text)]]),
      row('Others present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Development of the child', c.domains.development),
      row('Parents and carers', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child / young person’s comments', c.childComment),
      row('Parent / carer’s comments', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('4. Consent'),
    table([0.35, 0.65], [
      tick('Consent to share information', [['Yes', k !== 'none'], ['No', k === 'none' && rng() < 0.5]]),
      tick('Consent given', [['Written', k === 'written'], ['Verbal', k === 'verbal']]),
      row('Signature of parent / carer', k === 'written' ? c.consent.signature : ''),
    ]),
    h2('5. Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-eighth wave), after a council's published template: an assessment in two parts,
// Part 1 the family's details, consent and the emerging needs (areas of need picked from lists),
// Part 2 the in-depth assessment for families with more complex needs

function twoPartEha(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const areas = ['Neglect', 'Domestic abuse', 'Emotional wellbeing', 'School attendance', 'Housing', 'Parenting', 'Children at risk of sexual exploitation'];
  const picked = [pick(rng, areas), pick(rng, areas)];
  return [
    h1('Early Help Assessment'),
    h2('Part 1: Family details, consent and emerging needs'),
    table([0.35, 0.65], [
      row('Child’s name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Does the child have a disability?', disabilityText(c)),
      row('School / setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Who lives at home?', c.familyComposition),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Who was involved?', c.present.text),
    ]),
    table([0.35, 0.65], [
      [lbl('Do you give consent for information to be shared with the services that can help?'), [{ ticks: [{ label: 'Yes - signed', checked: k === 'written' }, { label: 'Yes - verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signed', k === 'written' ? c.consent.signature : ''),
    ]),
    table([0.35, 0.65], [
      row('Area of need identified (1)', picked[0]),
      row('Area of need identified (2)', picked[1]),
      row('What are the emerging needs?', c.reason),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('Part 2: In-depth assessment'),
    p({ italic: 'Complete Part 2 where the family’s needs are more complex and need a multi-agency response.' }),
    table([0.35, 0.65], [
      row('The child’s development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('What would the family like to be different?', c.outcomes),
      row('What does the child say?', c.childComment),
      row('What does the parent / carer say?', c.parentComment),
    ]),
    h2('Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('What will be done'), lbl('By who'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-eighth wave): the record of a family network meeting (Families First): who came,
// the family network and what each of them will do, the lead practitioner's own part in the plan

function familyNetwork(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Family Network Meeting and Early Help Assessment'),
    h2('The child'),
    table([0.35, 0.65], [
      row('Name of child', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Sex', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability or additional needs', disabilityText(c, 'None', 'The family would rather not say')),
      row('School or childcare', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children in the family', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('The family network'),
    table([0.35, 0.65], [
      row('Parent or carer with parental responsibility', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Their phone number', c.parent?.phone),
      row('Their address', c.parent?.address),
      row('Who lives in the home', c.familyComposition),
    ]),
    h2('The meeting'),
    table([0.35, 0.65], [
      row('Date of the meeting', fmtDate(c.assessmentDate, 'long')),
      row('Lead practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Who came to the meeting', c.present.text),
      row('Why the family network was brought together', c.reason),
    ]),
    h2('What we talked about'),
    table([0.35, 0.65], [
      row('How the child is doing', c.domains.development),
      row('Caring for the child', c.domains.parenting),
      row('The family, home and community', c.domains.family),
      row('What the family network is good at', c.strengths),
      row('What the family needs help with', c.needs),
      row('What could go wrong', c.risks),
      row('What the family network wants for the child', c.outcomes),
      row('What the child wanted the meeting to know', c.childComment),
      row('What the parent or carer said', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('Agreement'),
    table([0.35, 0.65], [
      [lbl('The family agree to this record being shared with the people named in the plan'), [{ ticks: [{ label: 'Signed', checked: k === 'written' }, { label: 'Agreed verbally', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'Not agreed', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signature', k === 'written' ? c.consent.signature : ''),
    ]),
    h2('The family network plan'),
    table([0.5, 0.25, 0.25], [[lbl('What will happen'), lbl('Who in the network or which service'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-ninth wave), after a council's published template: "Your Family's Early Help
// Assessment", put to the family, in lettered sections, the last ("H: Moving On") only for the
// final meeting and left blank

function yourFamily(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Your Family’s Early Help Assessment'),
    h2('A: About your family'),
    table([0.38, 0.62], [
      row('Your child’s name', childName(ch)),
      row('Their date of birth', fmtDate(ch.dob, 'dmy')),
      row('Boy or girl', ch.gender === 'male' ? 'Boy' : ch.gender === 'female' ? 'Girl' : ''),
      row('How would you describe their ethnicity?', c.ethnicity),
      row('Do they have a disability?', disabilityText(c, 'No', 'I would rather not say')),
      row('Their school or nursery', schoolText(c)),
      row('Their doctor', c.gp),
      ...(c.children.length > 1 ? [row('Your other children this is about', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Your name', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Your phone number', c.parent?.phone),
      row('Your address', c.parent?.address),
      row('Who lives with you?', c.familyComposition),
    ]),
    h2('B: About this assessment'),
    table([0.38, 0.62], [
      row('Date we met', fmtDate(c.assessmentDate, 'dmy')),
      row('Your lead professional', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Who took part', c.present.text),
      row('What has been happening', c.reason),
    ]),
    h2('C: Your family life'),
    table([0.38, 0.62], [
      row('Your child’s health, learning and development', c.domains.development),
      row('Looking after your children', c.domains.parenting),
      row('Your home, money and community', c.domains.family),
    ]),
    h2('D: Your family’s strengths'),
    p(c.strengths ?? ''),
    h2('E: What you would like to change'),
    table([0.38, 0.62], [
      row('What worries you', c.needs),
      row('What could put your children at risk', c.risks),
      row('What you would like to be different', c.outcomes),
      row('What your child says', c.childComment),
      row('What you say', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('F: Your consent'),
    table([0.38, 0.62], [
      [lbl('Are you happy for us to share this with the people in your plan?'), [{ ticks: [{ label: 'Yes, I have signed', checked: k === 'written' }, { label: 'Yes, I said so', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Your signature', k === 'written' ? c.consent.signature : ''),
    ]),
    h2('G: Your plan'),
    table([0.5, 0.25, 0.25], [[lbl('What will happen'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('H: Moving On (Please complete if this is the final Meeting)'),
    table([0.38, 0.62], [row('What has changed for your family', ''), row('Date of final meeting', '')]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-ninth wave): a portal's assessment summary whose questions are set plain and
// small and whose answers stand out in bold, the other way about from a Word template

function boldAnswers(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [[q], a ? [{ bold: a }] : ['']];
  const consent = { written: 'Yes - written (signed)', verbal: 'Yes - verbal', unspecified: 'Yes', none: rng() < 0.5 ? 'No' : '' }[k];
  return [
    h1('Assessment summary'),
    h2('Child'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability', disabilityText(c, 'No', 'Prefer not to say')),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Parent or carer'),
    table([0.35, 0.65], [
      row('Name', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Phone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Assessment date', fmtDate(c.assessmentDate, 'dmy')),
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('People present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Development of the child', c.domains.development),
      row('Parents and carers', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s comments', c.childComment),
      row('Parent’s comments', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
      row('Consent to share information', consent),
      row('Signed by', k === 'written' ? c.consent.signature : ''),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[['Action'], ['Owner'], ['Due']], ...c.actions.map((a): Cell[] => [[{ bold: a.what }], [{ bold: a.who }], [{ bold: a.when }]])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (sixty-ninth wave): the integrated review at two (a health visitor and the nursery
// together): the prime areas of learning, the questionnaire's scores, the parent's contribution,
// what the child enjoys as their voice

function integratedReview(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Integrated Review and Early Help Assessment'),
    h2('The child'),
    table([0.35, 0.65], [
      row('Child’s name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('SEND or disability', disabilityText(c, 'No', 'Parent would rather not say')),
      row('Setting attended', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Family'),
    table([0.35, 0.65], [
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact number', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Family at home', c.familyComposition),
    ]),
    h2('The review'),
    table([0.35, 0.65], [
      row('Date of review', fmtDate(c.assessmentDate, 'dmy')),
      row('Completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Who was at the review', c.present.text),
      row('Why an early help assessment alongside the review', c.reason),
      row('ASQ-3 scores', `Communication ${30 + Math.floor(rng() * 30)}, Gross motor ${35 + Math.floor(rng() * 25)}, Fine motor ${30 + Math.floor(rng() * 30)}, Problem solving ${30 + Math.floor(rng() * 30)}, Personal-social ${25 + Math.floor(rng() * 35)}`),
      row('Prime areas: communication and language, physical, personal, social and emotional', c.domains.development),
      row('Parenting and home learning', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Areas for support', c.needs),
      row('Risks', c.risks),
      row('Outcomes for the child', c.outcomes),
      row('The child’s voice (what they enjoy, how they responded)', c.childComment),
      row('Parent’s contribution', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('Consent'),
    table([0.35, 0.65], [
      [lbl('Consent to share with health and the setting'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Parent’s signature', k === 'written' ? c.consent.signature : ''),
    ]),
    h2('Next steps'),
    table([0.5, 0.25, 0.25], [[lbl('Next step'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventieth wave): a paper form typed into in Word: each answer written on the line and
// the question printed small beneath it, as a passport form has it; the longer questions in bold
// above their boxes, as usual

function labelBelow(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const box = (a: string | null | undefined, caption: string): Cell => [a ?? '', { caption }];
  const long = (q: string, a: string | null | undefined): Cell[][] => [[lbl(q)], [txt(a)]];
  const consent = { written: 'Written - signed below', verbal: 'Verbal', unspecified: 'Yes', none: rng() < 0.5 ? 'No' : '' }[k];
  return [
    h1('Early Help Assessment'),
    p('Please print clearly in black ink or type into the form. The question is printed beneath each line.'),
    h2('Section 1: The child or young person'),
    table([0.4, 0.3, 0.3], [
      [box(childName(ch), 'Child’s full name'), box(fmtDate(ch.dob, 'dmy'), ch.unborn ? 'Expected date of delivery' : 'Date of birth'), box(genderWord(ch), 'Gender')],
      [box(c.ethnicity, 'Ethnic origin'), box(c.language, 'First language'), box(c.religion, 'Religion')],
      [box(disabilityText(c), 'Disability (yes / no / rather not say)'), box(upnOf(c), 'UPN'), box(needLevel(c, 'digit'), 'Level of need (1-4)')],
      [box(schoolText(c), 'School, nursery or college'), box(c.gp, 'GP surgery')],
      ...(c.children.length > 1 ? [[box(c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '), 'Brothers and sisters included in this assessment (name and date of birth)')]] : []),
    ]),
    h2('Section 2: Parents and carers'),
    table([0.4, 0.3, 0.3], [
      [box(c.parent?.name, 'Parent / carer name'), box(c.parent?.relationship, 'Relationship to child'), box(c.parent?.phone, 'Telephone')],
      [box(c.parent?.address, 'Home address')],
      [box(c.familyComposition, 'Everyone living in the household')],
    ]),
    h2('Section 3: This assessment'),
    table([0.4, 0.3, 0.3], [
      [box(c.assessor.name, 'Name of person completing'), box(c.assessor.role, 'Job title'), box(c.assessor.org, 'Agency')],
      [box(fmtDate(c.assessmentDate, 'dmy'), 'Date of assessment'), box(c.assessor.phone, 'Your telephone'), box(c.assessor.email, 'Your email')],
      [box(c.present.text, 'Names of those present')],
    ]),
    h2('Section 4: The assessment'),
    table([1], [
      ...long('Why is this assessment being done?', c.reason),
      ...long('Development of the child or young person', c.domains.development),
      ...long('Parents and carers', c.domains.parenting),
      ...long('Family and environment', c.domains.family),
      ...long('Strengths', c.strengths),
      ...long('Needs', c.needs),
      ...long('Risks', c.risks),
      ...long('What would you like to be different?', c.outcomes),
      ...long('The child or young person’s view', c.childComment),
      ...long('The parent or carer’s view', c.parentComment),
    ]),
    h2('Section 5: Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who will do it'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Section 6: Consent'),
    table([0.4, 0.3, 0.3], [[box(consent, 'Consent to share information (written / verbal)'), box(k === 'written' ? c.consent.signature : '', 'Signature of parent / carer'), box(k === 'written' ? fmtDate(c.consent.date, 'dmy') : '', 'Date')]]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventieth wave): a form whose questions are long and wrap over lines while their
// answers are short, each cell's text set in the middle of its row (Word's "Center" alignment),
// so that a PDF prints an answer level with the middle of its question

function centredCells(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const mid = (widths: number[], rows: Cell[][]): Element => ({ t: 'table', widths, rows, middle: true });
  return [
    h1('Early Help Assessment and Plan'),
    h2('Part 1 - About the child or young person'),
    mid([0.45, 0.55], [
      row('Full name of the child or young person this assessment is about', childName(ch)),
      row(ch.unborn ? 'Expected date of delivery (if the assessment is about an unborn baby)' : 'Date of birth of the child or young person', fmtDate(ch.dob, 'dmy')),
      row('Gender of the child or young person as they or their family describe it', genderWord(ch)),
      row('Ethnicity of the child or young person as described by the family', c.ethnicity),
      row('First language spoken at home, and whether an interpreter is needed', c.language),
      row('Does the child or young person have a disability or additional need? (yes / no / rather not say)', disabilityText(c)),
      row('Name of the school, nursery or college the child or young person attends', schoolText(c)),
      row('Name of the GP practice the child or young person is registered with', c.gp),
      ...(c.children.length > 1 ? [row('Names and dates of birth of any brothers or sisters also covered by this assessment', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Part 2 - Family'),
    mid([0.45, 0.55], [
      row('Name of the parent or carer and their relationship to the child or young person', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone number on which the parent or carer is best contacted', c.parent?.phone),
      row('Address where the child or young person normally lives', c.parent?.address),
      row('Who else lives in the household with the child or young person?', c.familyComposition),
    ]),
    h2('Part 3 - The assessment'),
    mid([0.45, 0.55], [
      row('Date on which this assessment was completed with the family', fmtDate(c.assessmentDate, 'dmy')),
      row('Name, job title and agency of the practitioner completing this assessment', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Names of everyone who took part in or contributed to this assessment', c.present.text),
      row('What has led to this assessment being completed at this time?', c.reason),
      row('Development of the child or young person: health, learning, emotional wellbeing', c.domains.development),
      row('Parents and carers: how well the child’s needs are met at home', c.domains.parenting),
      row('Family and environment: housing, income, wider family and community', c.domains.family),
      row('What strengths and protective factors does the family have?', c.strengths),
      row('What are the needs that this plan will address?', c.needs),
      row('What are the risks if these needs are not met?', c.risks),
      row('What outcomes does the family want to achieve from this plan?', c.outcomes),
      row('What has the child or young person said about their situation?', c.childComment),
      row('What has the parent or carer said about their situation?', c.parentComment),
      row('Level of need identified at the end of this assessment', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('Part 4 - Plan'),
    mid([0.5, 0.25, 0.25], [[lbl('What will be done to meet the need'), lbl('Who is responsible'), lbl('Target date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Part 5 - Consent'),
    mid([0.45, 0.55], [
      [lbl('Has the parent or carer agreed to this assessment being shared with the agencies named in the plan?'), [{ ticks: [{ label: 'Yes - written', checked: k === 'written' }, { label: 'Yes - verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signature of the parent or carer giving consent', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventieth wave): an assessment in plain words about the child's day-to-day life
// ("What life is like for the child", "What is going well", "What could happen if nothing
// changes"), its people and services in words of its own

function lifeIsLike(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  return [
    h1('Family Early Help Assessment'),
    h2('Who this is about'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row(ch.unborn ? 'Due date' : 'Birthday', fmtDate(ch.dob, 'long')),
      row('Sex', genderWord(ch)),
      row('Identity and heritage', c.ethnicity),
      row('Language at home', c.language),
      row('Additional needs or disability', c.disability ? { yes: `Yes - ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Family would rather not say' }[c.disability] : null),
      row('Nursery / school / college', schoolText(c)),
      row('Family doctor', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters also included', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'long')})`).join('; '))] : []),
    ]),
    h2('The grown-ups'),
    table([0.35, 0.65], [
      row('Main carer', c.parent ? `${c.parent.name}, ${c.parent.relationship}` : null),
      row('Best number', c.parent?.phone),
      row('Where the family lives', c.parent?.address),
      row('Household members', c.familyComposition),
    ]),
    h2('Our conversation'),
    table([0.35, 0.65], [
      row('Date we completed this', fmtDate(c.assessmentDate, 'long')),
      row('Practitioner', `${c.assessor.name} (${c.assessor.role}, ${c.assessor.org})`),
      row('Who we spoke with', c.present.text),
      row('Why are we here?', c.reason),
    ]),
    h2('What life is like'),
    table([0.35, 0.65], [
      row(`What life is like for ${ch.given}`, c.domains.development),
      row(`How the adults care for ${ch.given}`, c.domains.parenting),
      row('Home and community', c.domains.family),
      row('What is going well', c.strengths),
      row('What we need to work on', c.needs),
      row('What could happen if nothing changes', c.risks),
      row('What success will look like', c.outcomes),
      row(`In ${ch.given}’s words`, c.childComment),
      row(c.parent ? `In ${c.parent.name.split(' ')[0]}’s words` : 'In the family’s words', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Our plan'),
    table([0.5, 0.25, 0.25], [[lbl('What we will do'), lbl('Who'), lbl('By')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Agreement to share'),
    table([0.35, 0.65], [
      [lbl('Agreement to share'), [{ ticks: [{ label: 'Signed', checked: k === 'written' }, { label: 'Agreed verbally', checked: k === 'verbal' }, { label: 'Agreed', checked: k === 'unspecified' }, { label: 'Not agreed', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signed', k === 'written' ? c.consent.signature : null),
      row('Date signed', k === 'written' ? fmtDate(c.consent.date, 'long') : null),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-first wave): a designed form whose questions are set flush right against the
// answers beside them, so that in a PDF no two questions start at the same place on the line

function rightAligned(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), [ans(rng, a)]];
  const flush = (rows: Cell[][]): Element => ({ t: 'table', widths: [0.32, 0.68], rows, right: [0] });
  return [
    h1('Early Help Assessment'),
    h2('The child'),
    flush([
      row('Child’s name', childName(ch)),
      row(ch.unborn ? 'Expected date of delivery' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('First language', c.language),
      row('Disability', c.disability ? { yes: `Yes - ${c.disabilityDetail}`, no: 'No', 'rather not say': 'Rather not say' }[c.disability] : null),
      row('School or setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Parent or carer'),
    flush([
      row('Name', c.parent ? `${c.parent.name} (${c.parent.relationship})` : null),
      row('Contact number', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    h2('The assessment'),
    flush([
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Assessed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Development of the child', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent’s views', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Consent'),
    flush([
      [lbl('Consent to share'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signed', k === 'written' ? c.consent.signature : null),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-first wave): an "Early Help Record of Support" in a family hub's own words:
// the lead worker, the family's story so far, the child's world, where the family want to be

function recordOfSupport(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Early Help Record of Support'),
    h2('Child or young person'),
    table([0.35, 0.65], [
      row('Full name', childName(ch)),
      row(ch.unborn ? 'Due' : 'DOB', fmtDate(ch.dob, 'dmy')),
      row('Gender identity', genderWord(ch)),
      row('Identity', c.ethnicity),
      row('Home language', c.language),
      row('Health needs or disability', disabilityText(c, 'No', 'Would rather not say')),
      row('Setting / school', schoolText(c)),
      row('Registered GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings in this record', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Main contact'),
    table([0.35, 0.65], [
      row('Main contact', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Main contact’s phone', c.parent?.phone),
      row('Main contact’s address', c.parent?.address),
      row('Who’s at home', c.familyComposition),
    ]),
    h2('The meeting'),
    table([0.35, 0.65], [
      row('Date of meeting', fmtDate(c.assessmentDate, 'dmy')),
      row('Lead worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Who joined the meeting', c.present.text),
      row('The story so far', c.reason),
    ]),
    h2('What we found'),
    table([0.35, 0.65], [
      row('Child’s world: learning, health, feelings', c.domains.development),
      row('How the family look after the children', c.domains.parenting),
      row('The family’s home and neighbourhood', c.domains.family),
      row('Things that help', c.strengths),
      row('What needs to get better', c.needs),
      row('What might get worse', c.risks),
      row('Where we want to be', c.outcomes),
      row('Voice of the child', c.childComment),
      row('Voice of the family', c.parentComment),
      row('Support level', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('Our plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Lead'), lbl('Review')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Family agreement'),
    table([0.35, 0.65], [
      [lbl('Family agreement'), [{ ticks: [{ label: 'Agreed in writing', checked: k === 'written' }, { label: 'Agreed by phone', checked: k === 'verbal' }, { label: 'Agreed', checked: k === 'unspecified' }, { label: 'Not agreed', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signed by', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-first wave): a primary school's "Pupil Passport" done as the early help
// assessment: the first part in the child's voice ("My name", "Things I find hard", "My
// grown-up"), the school's part after it

function pupilPassport(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Pupil Passport and Early Help Assessment'),
    h2('All about me'),
    table([0.35, 0.65], [
      row('My name', childName(ch)),
      row('My birthday', fmtDate(ch.dob, 'long')),
      row('I am a', ch.gender === 'male' ? 'Boy' : ch.gender === 'female' ? 'Girl' : ''),
      row('My culture and background', c.ethnicity),
      row('The language I speak at home', c.language),
      row('My additional needs', disabilityText(c)),
      row('My school', schoolText(c)),
      row('My doctor', c.gp),
      row('People at home', c.familyComposition),
      ...(c.children.length > 1 ? [row('My brothers and sisters in this plan', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'long')})`).join('; '))] : []),
      row('My grown-up', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('How to contact my grown-up', [c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')),
      row('Things I am good at', c.strengths),
      row('Things I find hard', c.needs),
      row('What I think', c.childComment),
    ]),
    h2('School’s assessment'),
    table([0.35, 0.65], [
      row('Date completed', fmtDate(c.assessmentDate, 'long')),
      row('Completed by (name, role, school)', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Who helped complete this', c.present.text),
      row('Why this passport is being completed', c.reason),
      row('Learning and health', c.domains.development),
      row('How the pupil is looked after at home', c.domains.parenting),
      row('Home and community', c.domains.family),
      row('What worries the adults', c.risks),
      row('What we would like to change', c.outcomes),
      row('What the parent / carer thinks', c.parentComment),
      row('Early help level', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Support plan'),
    table([0.5, 0.25, 0.25], [[lbl('What will happen'), lbl('Who'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Parent / carer consent'),
    table([0.35, 0.65], [
      [lbl('Parent / carer consent to share'), [{ ticks: [{ label: 'Signed', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Parent / carer signature', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-second wave): a youth service's plan written with the young person, its
// questions in their voice ("Where I live", "What gets in the way"), the worker's part after

function myPlan(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('My Plan'),
    h2('Me'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row('Date of birth', fmtDate(ch.dob, 'dmy')),
      row('How I describe my gender', genderWord(ch)),
      row('How I describe my ethnicity', c.ethnicity),
      row('Languages I speak', c.language),
      row('Disability or long-term condition', disabilityText(c, 'No', 'I would rather not say')),
      row('School, college or training', schoolText(c)),
      row('My GP', c.gp),
      row('Where I live', c.parent?.address),
      row('Who I live with', c.familyComposition),
      ...(c.children.length > 1 ? [row('My brothers and sisters in this plan', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('My parent or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Their number', c.parent?.phone),
    ]),
    h2('My story'),
    table([0.35, 0.65], [
      row('What’s going on for me', c.reason),
      row('What I’m good at', c.strengths),
      row('What gets in the way', c.needs),
      row('What could go wrong', c.risks),
      row('Anything else I want to say', c.childComment),
    ]),
    h2('Worker’s part'),
    table([0.35, 0.65], [
      row('Worker', `${c.assessor.name} (${c.assessor.role}, ${c.assessor.org})`),
      row('Date we did this', fmtDate(c.assessmentDate, 'dmy')),
      row('Who else was there', c.present.text),
      row('Health, learning and wellbeing', c.domains.development),
      row('Support at home', c.domains.parenting),
      row('Family, friends and community', c.domains.family),
      row('Where we are aiming', c.outcomes),
      row('What my parent or carer thinks', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Steps'),
    table([0.5, 0.25, 0.25], [[lbl('Step'), lbl('Who'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Sharing my plan'),
    table([0.35, 0.65], [
      [lbl('Can we share this plan?'), [{ ticks: [{ label: 'Yes, I have signed', checked: k === 'written' }, { label: 'Yes, I said so', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signature', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-second wave): the minutes of a Team Around the Child meeting kept as the
// assessment: attendees and apologies, the agenda's items as headings, actions arising

function tacMinutes(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const consent = { written: 'Parent signed the consent form at the meeting.', verbal: 'Parent gave consent verbally at the meeting.', unspecified: 'Consent: yes.', none: rng() < 0.5 ? 'Consent: not given.' : '' }[k];
  return [
    h1('Team Around the Child - Minutes'),
    table([0.3, 0.7], [
      [lbl('Child'), [`${childName(ch)}, ${ch.unborn ? 'due' : 'born'} ${fmtDate(ch.dob, 'dmy')}, ${genderWord(ch)}`]],
      [lbl('Date of meeting'), [fmtDate(c.assessmentDate, 'dmy')]],
      [lbl('Chair'), [`${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`]],
      [lbl('Attendees'), [c.present.text]],
      [lbl('Apologies'), ['Class teacher']],
    ]),
    h2('Item 1 - Background'),
    p(c.reason ?? ''),
    h2('Item 2 - Family details'),
    table([0.3, 0.7], [
      [lbl('Ethnicity'), [c.ethnicity ?? '']],
      [lbl('Disability'), [disabilityText(c)]],
      [lbl('School / setting'), [schoolText(c) ?? '']],
      [lbl('GP'), [c.gp ?? '']],
      [lbl('Parent / carer'), [c.parent ? `${c.parent.name} (${c.parent.relationship})` : '']],
      [lbl('Contact'), [[c.parent?.phone, c.parent?.address].filter(Boolean).join(', ')]],
      [lbl('Household'), [c.familyComposition ?? '']],
      ...(c.children.length > 1 ? [[lbl('Siblings'), [c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')]]] : []),
    ]),
    h2('Item 3 - Discussion'),
    table([0.3, 0.7], [
      [lbl('Development'), [c.domains.development ?? '']],
      [lbl('Parenting'), [c.domains.parenting ?? '']],
      [lbl('Family and environment'), [c.domains.family ?? '']],
      [lbl('Strengths'), [c.strengths ?? '']],
      [lbl('Needs'), [c.needs ?? '']],
      [lbl('Risks'), [c.risks ?? '']],
    ]),
    h2('Item 4 - Views'),
    table([0.3, 0.7], [[lbl('Child'), [c.childComment ?? '']], [lbl('Parent / carer'), [c.parentComment ?? '']]]),
    h2('Item 5 - Agreed outcomes'),
    p(c.outcomes ?? ''),
    h2('Item 6 - Actions arising'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Owner'), lbl('Deadline')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Item 7 - Level of need and consent'),
    p(c.levelOfNeed ? `Level of need agreed: ${needLevel(c, 'word')}.` : ''),
    p(consent),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-second wave): a neglect toolkit in the manner of the Graded Care Profile: the
// areas of care each scored 1 to 5 with its evidence, the parent's own view of their care, the
// child's lived experience

function careProfile(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const score = () => String(1 + Math.floor(rng() * 5));
  return [
    h1('Care Profile and Early Help Assessment'),
    h2('Details'),
    table([0.35, 0.65], [
      row('Child', childName(ch)),
      row(ch.unborn ? 'EDD' : 'D.O.B', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Disability / SEND', disabilityText(c)),
      row('Education setting', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children assessed', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Carer assessed', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Carer’s telephone', c.parent?.phone),
      row('Carer’s address', c.parent?.address),
      row('Household', c.familyComposition),
      row('Practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date(s) of observation', fmtDate(c.assessmentDate, 'dmy')),
      row('Present during observation', c.present.text),
      row('Reason for completing the profile', c.reason),
    ]),
    h2('Areas of care (1 = best, 5 = worst)'),
    table([0.35, 0.1, 0.55], [
      [lbl('Area'), lbl('Score'), lbl('Evidence')],
      [txt('Physical care'), txt(score()), txt(c.domains.development)],
      [txt('Care of safety'), txt(score()), txt(c.domains.family)],
      [txt('Love and care'), txt(score()), txt(c.domains.parenting)],
      [txt('Stimulation and education'), txt(score()), txt(c.strengths ? 'See strengths.' : '')],
    ]),
    h2('Summary'),
    table([0.35, 0.65], [
      row('Strengths observed', c.strengths),
      row('Areas of concern', c.needs),
      row('Impact on the child if care does not improve', c.risks),
      row('Improvements needed', c.outcomes),
      row('Child’s lived experience, in their words where possible', c.childComment),
      row('Parent’s own view of their care', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Improvement'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Consent'),
    table([0.35, 0.65], [
      [lbl('Carer’s consent to the profile being shared'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Carer’s signature', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-third wave): an early help assessment set out in the sections of an education,
// health and care plan: Section A the views, interests and aspirations of the child and the
// parents, Section B the needs, Section E the outcomes, Section F the provision

function ehcpSections(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Early Help Assessment (EHC plan format)'),
    h2('Personal details'),
    table([0.35, 0.65], [
      row('Child or young person', childName(ch)),
      row(ch.unborn ? 'Expected date of delivery' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Sex', genderWord(ch)),
      row('Ethnic background', c.ethnicity),
      row('Home language', c.language),
      row('Disability (Equality Act)', disabilityText(c)),
      row('Current placement', schoolText(c)),
      row('GP practice', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent(s) / carer(s)', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Parent’s telephone', c.parent?.phone),
      row('Parent’s address', c.parent?.address),
      row('Household members', c.familyComposition),
      row('Coordinator', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of assessment meeting', fmtDate(c.assessmentDate, 'dmy')),
      row('Contributors', c.present.text),
      row('Reason for request', c.reason),
    ]),
    h2('Section A: The views, interests and aspirations of the child and their parents'),
    table([0.35, 0.65], [row('The child’s views, interests and aspirations', c.childComment), row('The parents’ views, interests and aspirations', c.parentComment)]),
    h2('Section B: The child’s needs'),
    table([0.35, 0.65], [
      row('Communication and interaction; cognition and learning', c.domains.development),
      row('Care at home', c.domains.parenting),
      row('Family, housing and community', c.domains.family),
      row('Strengths', c.strengths),
      row('Identified needs', c.needs),
      row('Risks', c.risks),
    ]),
    h2('Section E: Outcomes'),
    p(c.outcomes ?? ''),
    h2('Section F: Provision'),
    table([0.5, 0.25, 0.25], [[lbl('Provision'), lbl('Provided by'), lbl('Review date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Level of need and consent'),
    table([0.35, 0.65], [
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
      [lbl('Parental consent to share'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signature of parent', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-third wave): a hospital's early help referral and assessment written in a
// ward's words: the patient, next of kin, the named nurse, the reason for admission

function hospitalReferral(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Early Help Referral and Assessment - Paediatric Ward'),
    h2('Patient'),
    table([0.35, 0.65], [
      row('Patient name', childName(ch)),
      row(ch.unborn ? 'EDD' : 'DOB', fmtDate(ch.dob, 'dmy')),
      row('Sex', genderWord(ch)),
      row('Ethnic category', c.ethnicity),
      row('Interpreter / language', c.language),
      row('Disability or long-term condition', disabilityText(c, 'No', 'Declined to say')),
      row('School / nursery', schoolText(c)),
      row('Registered GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Next of kin'),
    table([0.35, 0.65], [
      row('Next of kin', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('NOK telephone', c.parent?.phone),
      row('NOK address', c.parent?.address),
      row('Others at home', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Named nurse', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of assessment on the ward', fmtDate(c.assessmentDate, 'dmy')),
      row('Present at discussion', c.present.text),
      row('Reason for admission and referral', c.reason),
      row('Health and development', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Social circumstances', c.domains.family),
      row('Protective factors', c.strengths),
      row('Identified needs', c.needs),
      row('Safeguarding concerns', c.risks),
      row('Goals on discharge', c.outcomes),
      row('What the child said', c.childComment),
      row('What the parent said', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Discharge plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Responsible'), lbl('By')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Consent'),
    table([0.35, 0.65], [
      [lbl('Consent to refer and share'), [{ ticks: [{ label: 'Signed', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signature of person with parental responsibility', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-fourth wave): a visit's notes written by an AI note-taking tool and pasted into
// Word as they came out of it: Markdown left as typed ("## Attendees", "**Child:**", "- [ ]"),
// no styles at all, the plan as a checklist of next steps with each one's owner and due date

function aiNotes(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const field = (q: string, a: string | null | undefined): Element => p(`**${q}:** ${a ?? ''}`);
  const part = (title: string, body: string | null | undefined): Element[] => [p(`### ${title}`), p(body ?? '')];
  const step = (a: Case['actions'][number]) => {
    const due = [a.who && `Owner: ${a.who}`, a.when && `Due: ${a.when}`].filter(Boolean).join('; ');
    return p(`- [ ] ${a.what}${due ? ` (${due})` : ''}`);
  };
  const consent = { written: `Written consent given - consent form signed by ${c.consent.signature ?? 'the parent'}`, verbal: 'Verbal consent given during the visit', unspecified: 'Yes', none: pick(rng, ['Not given', '']) }[k];
  return [
    p('# Early Help Assessment - visit summary'),
    p('_Summary generated by NoteAssist from the visit recording, then checked and edited by the practitioner._'),
    p('## Details'),
    field('Child', childName(ch)),
    field(ch.unborn ? 'Due date' : 'DOB', fmtDate(ch.dob, 'dmy')),
    field('Gender', genderWord(ch)),
    field('Ethnicity', c.ethnicity),
    field('First language', c.language),
    field('Disability / SEND', disabilityText(c, 'No', 'Prefer not to say')),
    field('School', schoolText(c)),
    field('GP', c.gp),
    ...(c.children.length > 1 ? [field('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    field('Parent/carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    field('Phone', c.parent?.phone),
    field('Address', c.parent?.address),
    field('Household', c.familyComposition),
    p('## Meeting'),
    field('Date', fmtDate(c.assessmentDate, 'long')),
    field('Practitioner', `${c.assessor.name} (${c.assessor.role}, ${c.assessor.org})`),
    field('Attendees', c.present.text),
    p('## Summary'),
    ...part('Why we met', c.reason),
    ...part('Child’s health and development', c.domains.development),
    ...part('Parenting', c.domains.parenting),
    ...part('Family and home', c.domains.family),
    ...part('What’s going well', c.strengths),
    ...part('Needs identified', c.needs),
    ...part('Risks', c.risks),
    ...part('Agreed outcomes', c.outcomes),
    ...part('Child’s perspective', c.childComment),
    ...part('Parent/carer perspective', c.parentComment),
    p('## Next steps'),
    ...c.actions.map(step),
    p('## Outcome'),
    field('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    field('Consent to share information', consent),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-fourth wave): an early help assessment begun from a police notification of a
// child coming to notice: the notice's own date, officer and people present come first, and are
// not the assessment's

function policeNotice(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const ref = Date.parse(c.assessmentDate ?? '2025-05-20');
  const incident = fmtDate(new Date(ref - 12 * 86_400_000).toISOString().slice(0, 10), 'dmy');
  return [
    h1('Police Notification - Early Help Assessment'),
    h2('Part 1: Police notification'),
    table([0.35, 0.65], [
      row('Notification reference', `CCN/2025/${String(4000 + Math.floor(rng() * 5000))}`),
      row('Date of incident', incident),
      row('Notifying officer', pick(rng, ['PC 4417 D. Harlow', 'PC 2290 R. Okafor', 'DC 1183 L. Brennan'])),
      row('Persons present at incident', pick(rng, ['Mother and child', 'Both parents, the children', 'Father only'])),
      row('Child present at incident', pick(rng, ['Yes', 'No'])),
    ]),
    h2('Part 2: Subject child'),
    table([0.35, 0.65], [
      row('Subject child', childName(ch)),
      row(ch.unborn ? 'Expected date of birth' : 'D.O.B.', fmtDate(ch.dob, 'dmy')),
      row('Sex', genderWord(ch)),
      row('Self-defined ethnicity', c.ethnicity),
      row('Language spoken at home', c.language),
      row('Disability', disabilityText(c, 'No', 'Not disclosed')),
      row('School attended', schoolText(c)),
      row('GP surgery', c.gp),
      ...(c.children.length > 1 ? [row('Other children at the address', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / guardian', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Tel.', c.parent?.phone),
      row('Home address', c.parent?.address),
      row('Occupants', c.familyComposition),
    ]),
    h2('Part 3: Early help assessment'),
    table([0.35, 0.65], [
      row('Assessing worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of early help visit', fmtDate(c.assessmentDate, 'dmy')),
      row('Present at visit', c.present.text),
      row('Reason for early help involvement', c.reason),
      row('Child’s health and development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Home environment and family', c.domains.family),
      row('Protective factors', c.strengths),
      row('Needs', c.needs),
      row('Vulnerabilities', c.risks),
      row('Outcomes sought', c.outcomes),
      row('Child’s account', c.childComment),
      row('Parent / guardian’s account', c.parentComment),
      row('Threshold', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Part 4: Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Owner'), lbl('Target date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Part 5: Consent'),
    table([0.35, 0.65], [
      [lbl('Consent to early help and to share information'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'Refused', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signed (parent / guardian)', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-fourth wave): a housing association's tenancy sustainment assessment of a
// family: the lead tenant as the parent, the children in a table with their schools, the support
// officer's home visit, a support plan of tasks

function tenancySupport(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Tenancy Sustainment - Family Support Assessment'),
    h2('Tenancy'),
    table([0.35, 0.65], [
      row('Lead tenant', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Tenant’s phone', c.parent?.phone),
      row('Property address', c.parent?.address),
      row('Household on the tenancy', c.familyComposition),
    ]),
    h2('Children in the household'),
    table([0.3, 0.16, 0.14, 0.4], [
      [lbl('Name'), lbl(ch.unborn ? 'DOB / due date' : 'DOB'), lbl('Gender'), lbl('School or nursery')],
      [txt(childName(ch)), txt(fmtDate(ch.dob, 'dmy')), txt(genderWord(ch)), txt(schoolText(c))],
      ...c.children.slice(1).map((x) => [txt(childName(x)), txt(fmtDate(x.dob, 'dmy')), txt(genderWord(x)), txt('')]),
    ]),
    h2(`About ${ch.unborn ? 'the baby' : ch.given}`),
    table([0.35, 0.65], [
      row('Ethnicity', c.ethnicity),
      row('First language', c.language),
      row('Child’s disability or health condition', disabilityText(c, 'No', 'Would rather not say')),
      row('GP registered with', c.gp),
    ]),
    h2('Home visit'),
    table([0.35, 0.65], [
      row('Tenancy support officer', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Home visit date', fmtDate(c.assessmentDate, 'dmy')),
      row('Also present at the visit', c.present.text),
      row('Referral reason', c.reason),
      row('Child’s wellbeing and development', c.domains.development),
      row('Parenting and routines', c.domains.parenting),
      row('Housing, money and community', c.domains.family),
      row('What’s working well', c.strengths),
      row('Support needs', c.needs),
      row('Tenancy risks and concerns', c.risks),
      row('What we want to achieve', c.outcomes),
      row('What the children told us', c.childComment),
      row('Tenant’s view', c.parentComment),
      row('Priority', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('Support plan'),
    table([0.5, 0.25, 0.25], [[lbl('Task'), lbl('Responsible'), lbl('Target date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Agreement'),
    table([0.35, 0.65], [
      [lbl('Tenant agrees to information being shared with partner agencies'), [{ ticks: [{ label: 'Signed', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Tenant signature', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-fifth wave): a template of a few big boxes, each under its shaded title, the
// practitioner typing the whole of a part into its box as "Label: value" lines, the part's
// questions in capitals above their answers and the plan as numbered lines

function boxedRecord(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const lines = (...ls: (string | false)[]) => ls.filter((l): l is string => l !== false).join('\n');
  const say = (q: string, a: string | null | undefined) => `${q}: ${a ?? ''}`;
  const para = (q: string, a: string | null | undefined) => `${q.toUpperCase()}\n${a ?? ''}`;
  const title = (s: string): Cell[] => [[{ bold: s }]];
  return [
    h1('Early Help Assessment Record'),
    p('Type each part into its box. The boxes grow as you type.'),
    table([1], [
      title('1. The child and family'),
      [txt(lines(
        say('Name', childName(ch)),
        say(ch.unborn ? 'Due date' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
        say('Gender', genderWord(ch)),
        say('Ethnicity', c.ethnicity),
        say('Language', c.language),
        say('Disability', disabilityText(c, 'No', 'Prefers not to say')),
        say('School', schoolText(c)),
        say('GP', c.gp),
        c.children.length > 1 && say('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')),
        say('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
        say('Telephone', c.parent?.phone),
        say('Address', c.parent?.address),
        say('Lives at home', c.familyComposition),
      ))],
      title('2. The assessment'),
      [txt(lines(
        say('Completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
        say('Date', fmtDate(c.assessmentDate, 'dmy')),
        say('Present', c.present.text),
        '',
        para('Why the assessment is happening', c.reason),
        '',
        para('The child’s development', c.domains.development),
        '',
        para('Parenting', c.domains.parenting),
        '',
        para('Family and environment', c.domains.family),
        '',
        para('Strengths', c.strengths),
        '',
        para('Needs', c.needs),
        '',
        para('Risks', c.risks),
      ))],
      title('3. Views'),
      [txt(lines(para('The child’s views', c.childComment), '', para('The parent or carer’s views', c.parentComment)))],
      title('4. Outcomes and plan'),
      [txt(lines(
        para('Outcomes', c.outcomes),
        '',
        'PLAN',
        ...c.actions.map((a, i) => `${i + 1}. ${a.what} - ${a.who || 'to be agreed'} - ${a.when || 'no date set'}`),
        '',
        say('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
      ))],
      title('5. Consent'),
      [[{ ticks: [{ label: 'Written consent (signed)', checked: k === 'written' }, { label: 'Verbal consent', checked: k === 'verbal' }, { label: 'Consent given', checked: k === 'unspecified' }, { label: 'No consent', checked: k === 'none' && rng() < 0.5 }] }]],
      [txt(say('Signature', k === 'written' ? c.consent.signature : ''))],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-fifth wave): a probation service's Think Family assessment, the parent on
// probation first, the children after in a table, the children's lived experience as the
// practitioner sees it

function probationFamily(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Think Family Assessment - Probation Service'),
    h2('The person on probation'),
    table([0.35, 0.65], [
      row('Person on probation', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact number', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Who lives in the home', c.familyComposition),
    ]),
    h2('Children affected'),
    table([0.3, 0.16, 0.14, 0.4], [
      [lbl('Child'), lbl(ch.unborn ? 'DOB / EDD' : 'DOB'), lbl('Gender'), lbl('School / education')],
      ...c.children.map((x, i) => [txt(childName(x)), txt(fmtDate(x.dob, 'dmy')), txt(genderWord(x)), txt(i === 0 ? schoolText(c) : '')]),
    ]),
    table([0.35, 0.65], [
      row('Child’s ethnicity', c.ethnicity),
      row('Child’s first language', c.language),
      row('Does the child have a disability?', disabilityText(c, 'No', 'Family would rather not say')),
      row('Child’s GP', c.gp),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Probation practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date assessment completed', fmtDate(c.assessmentDate, 'dmy')),
      row('Others involved in the assessment', c.present.text),
      row('Why a Think Family assessment', c.reason),
      row('The child’s lived experience', c.domains.development),
      row('Parenting and supervision of the children', c.domains.parenting),
      row('Home, money and community', c.domains.family),
      row('Protective factors', c.strengths),
      row('Needs identified', c.needs),
      row('Risks to the children', c.risks),
      row('What we want to be different', c.outcomes),
      row('Children’s wishes and feelings', c.childComment),
      row('Person on probation’s view', c.parentComment),
      row('Threshold level', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Consent'),
    table([0.35, 0.65], [
      [lbl('Consent to share with Children’s Services'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signature', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-fifth wave): a mental health support team's request for support that carries
// its early help assessment, its questions asked in full ("Is the young person registered with a
// GP? Which practice?")

function mhstRequest(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Mental Health Support Team - Request for Support and Early Help Assessment'),
    h2('About the young person'),
    table([0.4, 0.6], [
      row('What is the young person’s name?', childName(ch)),
      row(ch.unborn ? 'When is the baby due?' : 'What is their date of birth?', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('How would they describe their ethnicity?', c.ethnicity),
      row('What language do they prefer to speak?', c.language),
      row('Do they have a disability or SEND?', disabilityText(c)),
      row('Which school do they attend?', schoolText(c)),
      row('Is the young person registered with a GP? Which practice?', c.gp),
      ...(c.children.length > 1 ? [row('Are there brothers or sisters this request is also about?', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Family'),
    table([0.4, 0.6], [
      row('Who is their parent or carer?', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('What is the best number to reach them on?', c.parent?.phone),
      row('Where do they live?', c.parent?.address),
      row('Who else lives at home?', c.familyComposition),
    ]),
    h2('The request and assessment'),
    table([0.4, 0.6], [
      row('Who is making this request?', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('When was the initial assessment?', fmtDate(c.assessmentDate, 'dmy')),
      row('Who attended it?', c.present.text),
      row('What are the presenting difficulties?', c.reason),
      row('Emotional wellbeing, health and development', c.domains.development),
      row('Parenting and the home', c.domains.parenting),
      row('Family context', c.domains.family),
      row('What helps? What is going well?', c.strengths),
      row('What does the young person need?', c.needs),
      row('Are there risks to self or others?', c.risks),
      row('Goals for support', c.outcomes),
      row('What does the young person say about how things are?', c.childComment),
      row('What does the parent or carer say?', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('Support offered'),
    table([0.5, 0.25, 0.25], [[lbl('Intervention'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Consent'),
    table([0.4, 0.6], [
      [lbl('Has consent been given for this request and for information to be shared?'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signature of parent / carer', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-sixth wave): a family support service's assessment whose dates are written as
// people say them ("Tuesday the 4th of March 2025", "born on the 12th of January 2016", "by the
// 30th of April")

/** "the 4th of March 2025", with the weekday before it where asked. */
const spokenDate = (iso: string | null, weekday = false): string => {
  if (!iso) return '';
  const [day, month, year] = ordinal(iso).split(' ');
  const on = weekday ? `${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]} ` : '';
  return `${on}the ${day} of ${month} ${year}`;
};

function spokenDates(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  // A plan's timescale as people write it, where it names a day ("By 2025-05-10" › "by the 10th of May 2025").
  const when = (s: string) => s.replace(/\b(\d{4}-\d{2}-\d{2})\b/, (iso) => spokenDate(iso));
  return [
    h1('Family Support Service - Early Help Assessment'),
    table([0.35, 0.65], [
      row('Young person’s full name', childName(ch)),
      row(ch.unborn ? 'Baby due on' : 'Born on', spokenDate(ch.dob)),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Language at home', c.language),
      row('Disability', disabilityText(c)),
      row('School', schoolText(c)),
      row('Doctor’s surgery', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)}, born ${spokenDate(x.dob)}`).join('; '))] : []),
      row('Mum, dad or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Their phone', c.parent?.phone),
      row('Their address', c.parent?.address),
      row('Everyone at home', c.familyComposition),
    ]),
    h2('The assessment'),
    table([0.35, 0.65], [
      row('Family support worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('We met on', spokenDate(c.assessmentDate, true)),
      row('Who was with us', c.present.text),
      row('Why the family came to us', c.reason),
      row('How the child is getting on', c.domains.development),
      row('Looking after the children', c.domains.parenting),
      row('Family, home and money', c.domains.family),
      row('What the family does well', c.strengths),
      row('What needs to happen for the child', c.needs),
      row('What worries us', c.risks),
      row('What we hope will change', c.outcomes),
      row('What the child told us', c.childComment),
      row('What mum, dad or carer told us', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('Our plan'),
    table([0.5, 0.25, 0.25], [[lbl('What we will do'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(when(a.when))])]),
    h2('Agreement to share'),
    table([0.35, 0.65], [
      [lbl('Family agreed to share information'), [{ ticks: [{ label: 'In writing', checked: k === 'written' }, { label: 'Verbally', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signed', k === 'written' ? c.consent.signature : ''),
      row('Signed on', k === 'written' ? spokenDate(c.consent.date) : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-sixth wave): a community organisation's welfare form (a sports club or a
// supplementary school): the young member, the welfare officer, the member's parent as their
// emergency contact

function communityWelfare(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Welfare and Early Help Form'),
    p('For welfare officers. Keep this form in the locked welfare file; share it only as agreed below.'),
    h2('The member'),
    table([0.35, 0.65], [
      row('Member’s name', childName(ch)),
      row(ch.unborn ? 'Expected date of birth' : 'Member’s date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnic background', c.ethnicity),
      row('Languages spoken', c.language),
      row('Disability, medical or additional needs', disabilityText(c, 'None', 'Prefers not to say')),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings who are also members', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Parent / guardian and emergency contact'),
    table([0.35, 0.65], [
      row('Parent / guardian', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Emergency contact number', c.parent?.phone),
      row('Home address', c.parent?.address),
      row('Family at home', c.familyComposition),
    ]),
    h2('Welfare meeting'),
    table([0.35, 0.65], [
      row('Welfare officer', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of welfare meeting', fmtDate(c.assessmentDate, 'dmy')),
      row('Who attended', c.present.text),
      row('Welfare concern', c.reason),
      row('The member’s wellbeing and development', c.domains.development),
      row('Care and supervision at home', c.domains.parenting),
      row('Family and community', c.domains.family),
      row('Positives', c.strengths),
      row('What support the member needs', c.needs),
      row('Welfare risks', c.risks),
      row('Hoped-for outcomes', c.outcomes),
      row('The member’s own view', c.childComment),
      row('Parent / guardian’s view', c.parentComment),
      row('Level of need (local threshold)', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Actions'),
    table([0.5, 0.25, 0.25], [[lbl('Action agreed'), lbl('Person responsible'), lbl('Timescale')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Consent'),
    table([0.35, 0.65], [
      [lbl('Parent / guardian consents to this information being shared with the council’s early help team'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Parent / guardian signature', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-seventh wave): a service family's welfare assessment (an armed forces welfare
// service): the family's service details (service number, unit, deployment) sit among the
// child's and the parent's, and the welfare worker completes it

function armedForces(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const serving = rng() < 0.5;
  return [
    h1('Service Family Welfare Assessment'),
    p('Completed by the welfare service with the family. Where there is a need for local authority early help, this assessment is shared with the council in place of its own early help assessment.'),
    h2('1. Service child'),
    table([0.35, 0.65], [
      row('Service child’s name', childName(ch)),
      row(ch.unborn ? 'EDD' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Sex', genderWord(ch)),
      row('Ethnic group', c.ethnicity),
      row('Main language', c.language),
      row('Disability or SEND', disabilityText(c, 'No', 'Prefer not to say')),
      row('School (including MOD / overseas schools)', schoolText(c)),
      row('Registered GP or medical centre', c.gp),
      ...(c.children.length > 1 ? [row('Other service children in the family', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('2. Family and service details'),
    table([0.35, 0.65], [
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Serving or non-serving', c.parent ? (serving ? 'Serving' : 'Non-serving spouse / partner') : ''),
      row('Service number', c.parent && serving ? `${24 + Math.floor(rng() * 6)}${String(Math.floor(rng() * 1e6)).padStart(6, '0')}` : ''),
      row('Unit / ship / station', pick(rng, ['1st Battalion, Kingsmere Rifles', 'HMS Northbridge', 'RAF Elmstead', '32 Engineer Regiment'])),
      row('Deployment or separation', pick(rng, ['Serving parent deployed until the autumn', 'Not deployed; frequent exercises away', 'Separated service - serving parent weekly commuting'])),
      row('Contact telephone', c.parent?.phone),
      row('Address (SFA or private)', c.parent?.address),
      row('Who lives in the household', c.familyComposition),
    ]),
    h2('3. Welfare assessment'),
    table([0.35, 0.65], [
      row('Welfare worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of assessment visit', fmtDate(c.assessmentDate, 'dmy')),
      row('Present at the visit', c.present.text),
      row('Reason for referral to welfare', c.reason),
      row('Child’s health, learning and emotional wellbeing', c.domains.development),
      row('Parenting, including during deployment', c.domains.parenting),
      row('Family, service life and environment', c.domains.family),
      row('What is working well', c.strengths),
      row('Needs identified', c.needs),
      row('Risks and concerns', c.risks),
      row('Outcomes the family want', c.outcomes),
      row('Child’s wishes and feelings', c.childComment),
      row('Parent / carer’s wishes and feelings', c.parentComment),
      row('Level of need (local authority threshold)', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('4. Welfare action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Lead (welfare, unit or council)'), lbl('Review by')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('5. Consent'),
    table([0.35, 0.65], [
      [lbl('The family agree to this assessment being shared with the unit welfare officer and the local authority'), [{ ticks: [{ label: 'Yes - signed', checked: k === 'written' }, { label: 'Yes - verbally', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signature of parent / carer', k === 'written' ? c.consent.signature : ''),
      row('Date signed', k === 'written' ? fmtDate(c.consent.date, 'dmy') : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-seventh wave): a Traveller education service's family support record,
// written as a visit's notes: "Label: value" lines under plain headings, the family's site and
// travelling pattern among the details, the next steps as bullets

function travellerEducation(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const line = (q: string, a: string | null | undefined): Element => p({ bold: `${q}:` }, ` ${a ?? ''}`);
  const para = (q: string, a: string | null | undefined): Element[] => [p({ bold: q }), p(a ?? '')];
  const boyGirl = ch.gender === 'male' ? 'Boy' : ch.gender === 'female' ? 'Girl' : 'Not known';
  const consent = { written: `Yes - the consent form was signed by ${c.consent.signature ?? 'the parent'}`, verbal: 'Yes - agreed verbally at the visit', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k];
  return [
    h1('Traveller Education Service - Family Support Record'),
    p('Gypsy, Roma and Traveller Achievement Team. This record is the family’s early help assessment; please keep it with the family’s school file.'),
    h2('The child'),
    line('Pupil’s name', childName(ch)),
    line(ch.unborn ? 'Baby due' : 'Born', fmtDate(ch.dob, 'long')),
    line('Boy / girl', boyGirl),
    line('Ethnicity (as the family describe it)', c.ethnicity),
    line('Languages used at home', c.language),
    line('SEN or disability', disabilityText(c, 'No', 'Family would rather not say')),
    line('School on roll', schoolText(c)),
    line('Doctor registered with', c.gp),
    ...(c.children.length > 1 ? [line('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'long')})`).join('; '))] : []),
    h2('The family'),
    line('Mother, father or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    line('Best number to reach them', c.parent?.phone),
    line('Site, pitch or address', c.parent?.address),
    line('Travelling pattern', pick(rng, ['Settled on the site all year', 'Travels for work from April to September', 'Housed; travels in the summer holidays'])),
    line('Family living together', c.familyComposition),
    h2('The visit'),
    line('Worker', `${c.assessor.name} - ${c.assessor.role}, ${c.assessor.org}`),
    line('Visit date', fmtDate(c.assessmentDate, 'long')),
    line('Present', c.present.text),
    ...para('What the family asked for help with', c.reason),
    ...para('How the child is doing: health, learning, feelings', c.domains.development),
    ...para('Parents’ care of the children', c.domains.parenting),
    ...para('The family’s home, site and community', c.domains.family),
    ...para('What the family are proud of', c.strengths),
    ...para('What the child needs', c.needs),
    ...para('Worries', c.risks),
    ...para('What everyone would like to see', c.outcomes),
    ...para('In the child’s words', c.childComment),
    ...para('In the parents’ words', c.parentComment),
    h2('Next steps'),
    ...c.actions.map((a) => p(`• ${a.what} - ${[a.who, a.when].filter(Boolean).join(', ')}`)),
    h2('Agreement'),
    line('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    line('Family agree to share this record', consent),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-seventh wave): an assessment completed through an interpreter with a family
// new to the UK: the Home Office reference, the date the family arrived and the interpreter's
// details sit among the child's; questions above their answers, what each person said marked as
// interpreted

function interpreterLed(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const qa = (q: string, a: string | null | undefined): Element[] => [p({ bold: q }), p(a ?? '')];
  const ref = Date.parse(c.assessmentDate ?? '2025-05-20');
  const arrived = fmtDate(new Date(ref - (90 + Math.floor(rng() * 400)) * 86_400_000).toISOString().slice(0, 10), 'dmy');
  const lang = c.language === 'English' ? pick(rng, ['Dari', 'Tigrinya', 'Ukrainian', 'Arabic']) : c.language;
  return [
    h1('Early Help Assessment (completed with an interpreter)'),
    p('Resettlement and Early Help Partnership. Read each part back to the family through the interpreter before they agree it.'),
    h2('Section A - About the child'),
    ...qa('Child’s name (as on their documents)', childName(ch)),
    ...qa(ch.unborn ? 'Expected date of delivery' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
    ...qa('Gender', genderWord(ch)),
    ...qa('Ethnic origin', c.ethnicity),
    ...qa('Languages the child speaks', c.language),
    ...qa('Any disability or long-term health condition?', disabilityText(c)),
    ...qa('School or school place', schoolText(c)),
    ...qa('Registered with a GP?', c.gp),
    ...qa('Home Office reference', `${pick(rng, ['H', 'K', 'R'])}${String(Math.floor(rng() * 1e7)).padStart(7, '0')}`),
    ...qa('Date the family arrived in the UK', arrived),
    ...(c.children.length > 1 ? qa('Other children in the family', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')) : []),
    h2('Section B - The family'),
    ...qa('Parent or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    ...qa('Phone (or WhatsApp)', c.parent?.phone),
    ...qa('Current address (including temporary accommodation)', c.parent?.address),
    ...qa('Family members living here in the UK', c.familyComposition),
    h2('Section C - The assessment'),
    ...qa('Practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    ...qa('Date the assessment was completed with the family', fmtDate(c.assessmentDate, 'dmy')),
    ...qa('Interpreter', `${lang} interpreter by telephone, ID ${1000 + Math.floor(rng() * 9000)}`),
    ...qa('Who took part', c.present.text),
    ...qa('What has brought the family to early help', c.reason),
    ...qa('The child’s health, development and settling in', c.domains.development),
    ...qa('Parenting in a new country', c.domains.parenting),
    ...qa('Housing, money, community and family', c.domains.family),
    ...qa('Strengths', c.strengths),
    ...qa('Needs', c.needs),
    ...qa('Risks', c.risks),
    ...qa('Outcomes hoped for', c.outcomes),
    ...qa('What the child said (interpreted)', c.childComment),
    ...qa('What the parent or carer said (interpreted)', c.parentComment),
    ...qa('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    h2('Section D - Agreed actions'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By whom'), lbl('Target date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Section E - Consent'),
    p(`Consent was explained in ${lang} through the interpreter.`),
    table([0.35, 0.65], [
      [lbl('Consent to share given'), [{ ticks: [{ label: 'Signed', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      [lbl('Signed by'), txt(k === 'written' ? c.consent.signature : '')],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-eighth wave): the national pre-assessment checklist (CAF guidance, 2006) in
// front of the assessment: five yes / no questions about the child's outcomes and whether a
// common assessment is needed, none of them a question of the assessment itself

function preAssessment(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const yn = (q: string, yes: boolean): Cell[] => [lbl(q), [{ ticks: [{ label: 'Yes', checked: yes }, { label: 'No', checked: !yes }] }]];
  return [
    h1('Pre-assessment checklist and Common Assessment'),
    h2('Part 1: Pre-assessment checklist'),
    p('Use the checklist to decide whether a common assessment would help. If the answer to any question is no, or you are not sure, consider completing the assessment below.'),
    table([0.7, 0.3], [
      yn('Is the child healthy?', rng() < 0.5),
      yn('Is the child safe from harm?', true),
      yn('Is the child learning and developing?', rng() < 0.4),
      yn('Is the child having positive opportunities to develop and make a positive contribution?', rng() < 0.6),
      yn('Is the child free from the negative impact of poverty?', rng() < 0.3),
      yn('Is a common assessment needed?', true),
    ]),
    h2('Part 2: Common Assessment'),
    table([0.35, 0.65], [
      row('Name of the child or young person', childName(ch)),
      row(ch.unborn ? 'Expected date of delivery' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('First language', c.language),
      row('Disability', disabilityText(c)),
      row('School, nursery or college', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact number', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Who lives with the child', c.familyComposition),
    ]),
    table([0.35, 0.65], [
      row('Assessment carried out by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of assessment', fmtDate(c.assessmentDate, 'long')),
      row('Those present', c.present.text),
      row('What prompted the assessment', c.reason),
      row('Development of the child', c.domains.development),
      row('Parents and carers', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('What we want to happen', c.outcomes),
      row('Child or young person’s comments', c.childComment),
      row('Parent or carer’s comments', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Part 3: Actions'),
    table([0.5, 0.25, 0.25], [[lbl('What will happen'), lbl('Who will do it'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Part 4: Consent'),
    table([0.35, 0.65], [
      [lbl('I agree to the information in this assessment being shared with the services named in it'), [{ ticks: [{ label: 'Yes, in writing', checked: k === 'written' }, { label: 'Yes, verbally', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signed (parent or carer)', k === 'written' ? c.consent.signature : ''),
      row('Date', k === 'written' ? fmtDate(c.consent.date, 'dmy') : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-eighth wave): a case system's print that stamps each section with who last
// edited it and when ("Last updated by … on 12/03/2025 at 14:02"), a stamp after every section,
// answered or not

function editStamps(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const ref = Date.parse(c.assessmentDate ?? '2025-05-20');
  const editors = [c.assessor.name, c.assessor.name, pick(rng, ['Claire Osei', 'Paul Latimer', 'Amina Quayle'])];
  const stamp = (): Element => {
    const day = fmtDate(new Date(ref + Math.floor(rng() * 9) * 86_400_000).toISOString().slice(0, 10), 'dmy');
    const time = `${String(8 + Math.floor(rng() * 9)).padStart(2, '0')}:${String(Math.floor(rng() * 60)).padStart(2, '0')}`;
    return p({ italic: `Last updated by ${pick(rng, editors)} on ${day} at ${time}` });
  };
  return [
    h1('Early Help Assessment'),
    p({ italic: `Printed from the Early Help Record on ${fmtDate(new Date(ref + 20 * 86_400_000).toISOString().slice(0, 10), 'dmy')}` }),
    h2('Child details'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row(ch.unborn ? 'Expected date of delivery' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('First language', c.language),
      row('Disability', disabilityText(c, 'No', 'Declined to say')),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    stamp(),
    h2('Parent / carer details'),
    table([0.35, 0.65], [
      row('Name', c.parent?.name),
      row('Relationship to child', c.parent?.relationship),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household members', c.familyComposition),
    ]),
    stamp(),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Lead practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Assessment date', fmtDate(c.assessmentDate, 'dmy')),
      row('Present at assessment', c.present.text),
    ]),
    stamp(),
    h2('Reason for assessment'),
    p(c.reason ?? ''),
    stamp(),
    h2('Assessment summary'),
    table([0.35, 0.65], [
      row('Development of the child', c.domains.development),
      row('Parenting capacity', c.domains.parenting),
      row('Family and environmental factors', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Desired outcomes', c.outcomes),
    ]),
    stamp(),
    h2('Views'),
    table([0.35, 0.65], [
      row('Child / young person', c.childComment),
      row('Parent / carer', c.parentComment),
    ]),
    stamp(),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Responsible'), lbl('Timescale')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    stamp(),
    h2('Outcome and consent'),
    table([0.35, 0.65], [
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
      [lbl('Consent to share'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signed by', k === 'written' ? c.consent.signature : ''),
    ]),
    stamp(),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-eighth wave): a council's assessment kept as a workbook and printed from the
// spreadsheet with its row and column headings (Page Setup › Sheet › "Row and column headings"):
// the sheet's letters over every page, a row number before every line, labels and answers in
// plain type, sections in capitals

function workbookPrint(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  let n = 1;
  const r = (q: string, a: string | null | undefined): Cell[] => [txt(String(++n)), txt(q), txt(a)];
  const band = (title: string): Cell[] => [txt(String(++n)), txt(title.toUpperCase()), txt('')];
  const consent = { written: 'Yes - written (form signed)', verbal: 'Yes - verbal', unspecified: 'Yes', none: pick(rng, ['No', '']) }[k];
  const rows: Cell[][] = [
    [txt(''), txt('A'), txt('B')],
    [txt('1'), txt('EARLY HELP ASSESSMENT'), txt('')],
    band('Child'),
    r('Child name', childName(ch)),
    r(ch.unborn ? 'EDD' : 'DOB', fmtDate(ch.dob, 'dmy')),
    r('Gender', genderWord(ch)),
    r('Ethnicity', c.ethnicity),
    r('First language', c.language),
    r('Disability (Y/N)', c.disability ? { yes: `Y - ${c.disabilityDetail}`, no: 'N', 'rather not say': 'Rather not say' }[c.disability] : ''),
    r('School', schoolText(c)),
    r('GP', c.gp),
    ...(c.children.length > 1 ? [r('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    band('Parent / carer'),
    r('Parent/carer name', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    r('Parent/carer phone', c.parent?.phone),
    r('Parent/carer address', c.parent?.address),
    r('Household', c.familyComposition),
    band('Assessment'),
    r('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    r('Assessment date', fmtDate(c.assessmentDate, 'dmy')),
    r('Present', c.present.text),
    r('Reason for assessment', c.reason),
    r('Child development', c.domains.development),
    r('Parenting capacity', c.domains.parenting),
    r('Family & environment', c.domains.family),
    r('Strengths', c.strengths),
    r('Needs', c.needs),
    r('Risks', c.risks),
    r('Outcomes wanted', c.outcomes),
    r('Child views', c.childComment),
    r('Parent/carer views', c.parentComment),
    r('Level of need', needLevel(c, pick(rng, ['tier', 'digit'] as const))),
    band('Action plan'),
    r('What will happen', 'Who and by when'),
    ...c.actions.map((a) => r(a.what, [a.who, a.when].filter(Boolean).join(' / '))),
    band('Consent'),
    r('Consent to share', consent),
  ];
  return [{ t: 'table', rows, widths: [0.06, 0.34, 0.6], repeatHeader: true }];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-ninth wave): a school's request for early help with the council's continuum of
// need as a grid of indicators to tick (a parent's illness, domestic abuse, attendance …) before
// the assessment: none of the indicators answers a question of the assessment

function indicatorMatrix(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const tick = (label: string) => ({ label, checked: rng() < 0.35 });
  const indicators = [
    ['Child’s development', ['Speech and language delay', 'Emotional wellbeing', 'Behaviour at home or school', 'Poor school attendance']],
    ['Parents and carers', ['Parent / carer mental ill-health', 'Parent / carer disability or illness', 'Substance misuse', 'Boundaries and routines']],
    ['Family and environment', ['Domestic abuse', 'Housing problems', 'Debt or low income', 'Isolation from the community']],
  ] as const;
  return [
    h1('Request for Early Help and Assessment'),
    h2('Section 1: Indicators of need (tick all that apply)'),
    table([0.3, 0.7], indicators.map(([area, list]) => [lbl(area), [{ ticks: list.map(tick) }]])),
    h2('Section 2: The child'),
    table([0.35, 0.65], [
      row('Legal name', childName(ch)),
      row(ch.unborn ? 'EDD' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Home language', c.language),
      row('Does the child have a disability?', disabilityText(c, 'No', 'Prefer not to say')),
      row('School / setting', schoolText(c)),
      row('Child’s GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings included in this request', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer with parental responsibility', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Home address', c.parent?.address),
      row('Household members', c.familyComposition),
    ]),
    h2('Section 3: Assessment'),
    table([0.35, 0.65], [
      row('Name, role and setting of person requesting', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Who contributed', c.present.text),
      row('Why are you requesting early help now?', c.reason),
      row('The child’s development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths and resilience', c.strengths),
      row('Unmet needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes you hope for', c.outcomes),
      row('Views of the child', c.childComment),
      row('Views of the parent / carer', c.parentComment),
      row('Level on the continuum of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Section 4: What the school will do now'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Section 5: Consent'),
    table([0.35, 0.65], [
      [lbl('Parent / carer consents to this request and to information being shared'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Parent / carer signature', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-ninth wave): a family charity's client assessment: the parent is "the client",
// the children "dependants", and the referring agency's worker completes it

function clientAssessment(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const age = (x: Case['children'][number]) => (x.unborn ? 'unborn' : x.dob ? fmtDate(x.dob, 'dmy') : '');
  return [
    h1('Family Support - Client Assessment'),
    h2('Client'),
    table([0.35, 0.65], [
      row('Client name', c.parent?.name),
      row('Relationship to the dependants', c.parent?.relationship),
      row('Client telephone', c.parent?.phone),
      row('Client address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    h2('Dependant this assessment is about'),
    table([0.35, 0.65], [
      row('Dependant’s name', childName(ch)),
      row(ch.unborn ? 'Due date' : 'Dependant’s date of birth', age(ch)),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Language', c.language),
      row('Disability', disabilityText(c)),
      row('School or nursery', schoolText(c)),
      row('GP surgery', c.gp),
      ...(c.children.length > 1 ? [row('Other dependants', c.children.slice(1).map((x) => `${childName(x)} (${age(x)})`).join('; '))] : []),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Support worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of assessment', fmtDate(c.assessmentDate, 'long')),
      row('Present', c.present.text),
      row('Presenting need', c.reason),
      row('Dependant’s health and development', c.domains.development),
      row('Client’s parenting', c.domains.parenting),
      row('Home, money and support network', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Goals', c.outcomes),
      row('Dependant’s view', c.childComment),
      row('Client’s view', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('Support plan'),
    table([0.5, 0.25, 0.25], [[lbl('Goal / action'), lbl('Who'), lbl('Review date')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Client consent'),
    table([0.35, 0.65], [
      [lbl('Client consents to the charity holding and sharing this information'), [{ ticks: [{ label: 'Signed', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Client signature', k === 'written' ? c.consent.signature : ''),
      row('Date', k === 'written' ? fmtDate(c.consent.date, 'dmy') : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (seventy-ninth wave): a Meitheal (the Irish child and family agency's early
// intervention process): its own names for the parts ("Meitheal Request", "Strengths and Needs
// Identification", "Support Plan"), the lead practitioner, the family's own words

function meitheal(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Meitheal - Strengths and Needs Identification'),
    p('A Meitheal is led by the family. The lead practitioner records the family’s strengths and needs with them, in their own words where possible.'),
    h2('Part 1: Child / young person and family'),
    table([0.35, 0.65], [
      row('Child / young person', childName(ch)),
      row(ch.unborn ? 'Expected date of birth' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnic or cultural background', c.ethnicity),
      row('Language(s) spoken', c.language),
      row('Disability or additional needs', disabilityText(c)),
      row('School / pre-school', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children included in the Meitheal', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent(s) / carer(s)', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact phone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Family make-up', c.familyComposition),
    ]),
    h2('Part 2: Strengths and needs identification'),
    table([0.35, 0.65], [
      row('Lead practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of strengths and needs identification', fmtDate(c.assessmentDate, 'dmy')),
      row('Participants', c.present.text),
      row('Reason for the Meitheal', c.reason),
      row('Child’s health, education and wellbeing', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family, home and community', c.domains.family),
      row('Strengths identified', c.strengths),
      row('Needs identified', c.needs),
      row('Concerns', c.risks),
      row('What the family want to achieve', c.outcomes),
      row('The child / young person’s own words', c.childComment),
      row('The parent(s)’ own words', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'digit'] as const))),
    ]),
    h2('Part 3: Meitheal support plan'),
    table([0.5, 0.25, 0.25], [[lbl('Support / action'), lbl('Who will provide it'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Part 4: Consent to the Meitheal'),
    table([0.35, 0.65], [
      [lbl('Parent(s) / carer(s) consent to the Meitheal process and to sharing information with the practitioners in it'), [{ ticks: [{ label: 'Signed', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Parent / carer signature', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eightieth wave): a form numbered as an old committee document: parts in Roman
// numerals ("PART III"), each question numbered in lower-case ones before it ("iv) Ethnicity")

function romanNumbered(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];
  const style = pick(rng, [(n: string) => `${n})`, (n: string) => `(${n})`, (n: string) => `${n}.`]);
  const part = (title: string, rows: [string, string | null | undefined][]): Cell[][] => rows.map(([q, a], i) => [lbl(`${style(ROMAN[i])} ${q}`), txt(a)]);
  return [
    h1('Early Help Assessment'),
    h2('PART I - THE CHILD OR YOUNG PERSON'),
    table([0.4, 0.6], part('I', [
      ['Full name', childName(ch)],
      [ch.unborn ? 'Expected date of delivery' : 'Date of birth', fmtDate(ch.dob, 'dmy')],
      ['Gender', genderWord(ch)],
      ['Ethnicity', c.ethnicity],
      ['First language', c.language],
      ['Disability', disabilityText(c)],
      ['School or setting', schoolText(c)],
      ['GP', c.gp],
      ...(c.children.length > 1 ? [['Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; ')] as [string, string]] : []),
    ])),
    h2('PART II - PARENTS AND CARERS'),
    table([0.4, 0.6], part('II', [
      ['Parent or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''],
      ['Telephone', c.parent?.phone],
      ['Address', c.parent?.address],
      ['Household', c.familyComposition],
    ])),
    h2('PART III - THE ASSESSMENT'),
    table([0.4, 0.6], part('III', [
      ['Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`],
      ['Date of assessment', fmtDate(c.assessmentDate, 'dmy')],
      ['Present', c.present.text],
      ['Reason for assessment', c.reason],
      ['Development of the child', c.domains.development],
      ['Parents and carers', c.domains.parenting],
      ['Family and environment', c.domains.family],
      ['Strengths', c.strengths],
      ['Needs', c.needs],
      ['Risks', c.risks],
      ['Outcomes', c.outcomes],
      ['Views of the child', c.childComment],
      ['Views of the parent or carer', c.parentComment],
      ['Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))],
    ])),
    h2('PART IV - ACTION PLAN'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By whom'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('PART V - CONSENT'),
    table([0.4, 0.6], [
      [lbl(`${style('i')} Consent to share information`), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      [lbl(`${style('ii')} Signature of parent or carer`), txt(k === 'written' ? c.consent.signature : '')],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eightieth wave): a youth justice service's prevention assessment (a "Turnaround"
// programme): the young person's eligibility and their contact with the police among the
// details, the case worker completing it, an intervention plan

function turnaround(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const ref = Date.parse(c.assessmentDate ?? '2025-05-20');
  const arrest = fmtDate(new Date(ref - (20 + Math.floor(rng() * 60)) * 86_400_000).toISOString().slice(0, 10), 'dmy');
  return [
    h1('Turnaround Programme - Assessment and Intervention Plan'),
    h2('Young person'),
    table([0.35, 0.65], [
      row('YP name', childName(ch)),
      row(ch.unborn ? 'EDD' : 'YP date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity (self-defined)', c.ethnicity),
      row('Preferred language', c.language),
      row('SEND / disability', disabilityText(c, 'No', 'Prefers not to say')),
      row('Education provision', schoolText(c)),
      row('GP', c.gp),
      row('Eligibility', pick(rng, ['Released under investigation', 'No further action after arrest', 'Community resolution'])),
      row('Date of arrest or police contact', arrest),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Family'),
    table([0.35, 0.65], [
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Parent / carer mobile', c.parent?.phone),
      row('Home address', c.parent?.address),
      row('Who the YP lives with', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Case worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Assessment completed', fmtDate(c.assessmentDate, 'dmy')),
      row('Present at assessment', c.present.text),
      row('Why the YP was referred', c.reason),
      row('YP’s health, education and wellbeing', c.domains.development),
      row('Parenting and supervision', c.domains.parenting),
      row('Family, friends and community', c.domains.family),
      row('Protective factors', c.strengths),
      row('Needs', c.needs),
      row('Risk factors', c.risks),
      row('Intended outcomes', c.outcomes),
      row('YP’s views', c.childComment),
      row('Parent / carer’s views', c.parentComment),
      row('Level of need (early help threshold)', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('Intervention plan'),
    table([0.5, 0.25, 0.25], [[lbl('Intervention'), lbl('Delivered by'), lbl('Timescale')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Consent'),
    table([0.35, 0.65], [
      [lbl('YP and parent / carer consent to take part and to information sharing'), [{ ticks: [{ label: 'Signed', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signed (parent / carer)', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eightieth wave): a designed council template whose questions are set in small
// capitals (Word's Small caps): a PDF prints each question in capitals of two sizes

function smallCapsLabels(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Early Help Assessment'),
    p('Please complete every part with the family. Keep the form secure.'),
    h2('About the child'),
    table([0.35, 0.65], [
      row('Child’s name', childName(ch)),
      row(ch.unborn ? 'Expected date of delivery' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('First language', c.language),
      row('Disability', disabilityText(c)),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Family'),
    table([0.35, 0.65], [
      row('Parent or carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Phone number', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Who lives at home', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Who was present', c.present.text),
      row('Reason for the assessment', c.reason),
      row('The child’s development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes we want', c.outcomes),
      row('What the child says', c.childComment),
      row('What the parent or carer says', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Consent'),
    table([0.35, 0.65], [
      [lbl('Consent to share information'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signature of parent or carer', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eighty-first wave): a case system's print whose dates are the database's own
// ("14-Sep-2023", "03-Mar-2025 14:32"): "Label: value" lines under upper-case headers

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const systemDate = (iso: string | null, time = false, rng?: Rng): string => {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  const clock = time && rng ? ` ${String(9 + Math.floor(rng() * 8)).padStart(2, '0')}:${String(Math.floor(rng() * 60)).padStart(2, '0')}` : '';
  return `${d}-${MON[Number(m) - 1]}-${y}${clock}`;
};

function systemDates(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const line = (q: string, a: string | null | undefined): Element => p(`${q}: ${a ?? ''}`);
  const when = (s: string) => s.replace(/\b(\d{4}-\d{2}-\d{2})\b/, (iso) => systemDate(iso));
  const consent = { written: 'Y - Written', verbal: 'Y - Verbal', unspecified: 'Y', none: pick(rng, ['N', '']) }[k];
  return [
    h1('EARLY HELP ASSESSMENT - RECORD PRINT'),
    p(`Printed: ${systemDate(c.assessmentDate ?? '2025-06-01', true, rng)}    Record ID: EHA-${100000 + Math.floor(rng() * 899999)}`),
    h2('SUBJECT'),
    line('Name', childName(ch)),
    line(ch.unborn ? 'EDD' : 'DOB', systemDate(ch.dob)),
    line('Gender', genderWord(ch)),
    line('Ethnicity', c.ethnicity),
    line('First Language', c.language),
    line('Disability', c.disability ? { yes: `Y - ${c.disabilityDetail}`, no: 'N', 'rather not say': 'Declined' }[c.disability] : ''),
    line('School', schoolText(c)),
    line('GP', c.gp),
    ...(c.children.length > 1 ? [line('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${systemDate(x.dob)})`).join('; '))] : []),
    h2('KEY ADULT'),
    line('Name', c.parent?.name),
    line('Relationship', c.parent?.relationship),
    line('Phone', c.parent?.phone),
    line('Address', c.parent?.address),
    line('Household', c.familyComposition),
    h2('ASSESSMENT'),
    line('Worker', `${c.assessor.name} (${c.assessor.role}, ${c.assessor.org})`),
    line('Start Date', systemDate(c.assessmentDate, true, rng)),
    line('Present', c.present.text),
    line('Reason', c.reason),
    line('Development', c.domains.development),
    line('Parenting', c.domains.parenting),
    line('Family & Environment', c.domains.family),
    line('Strengths', c.strengths),
    line('Needs', c.needs),
    line('Risks', c.risks),
    line('Outcomes', c.outcomes),
    line('Child Voice', c.childComment),
    line('Parent Voice', c.parentComment),
    line('Level', needLevel(c, pick(rng, ['tier', 'digit'] as const))),
    h2('PLAN'),
    ...c.actions.flatMap((a, i) => [line(`Action ${i + 1}`, a.what), line('Owner', a.who), line('Due', when(a.when))]),
    h2('CONSENT'),
    line('Consent To Share', consent),
    line('Consent Date', k === 'written' ? systemDate(c.consent.date) : ''),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eighty-first wave): a web portal's print of its form: each question marked "*" or
// "(required)" or "(optional)", each box of text followed by the portal's count of what is left
// of it ("1873 characters remaining"), answered or not

function requiredMarks(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const mark = (q: string, m: '*' | 'r' | 'o' | '') => (m === '*' ? `${q} *` : m === 'r' ? `${q} (required)` : m === 'o' ? `${q} (optional)` : q);
  const field = (q: string, a: string | null | undefined, m: '*' | 'r' | 'o' | '' = '*'): Element[] => [p({ bold: mark(q, m) }), p(a ?? '')];
  const box = (q: string, a: string | null | undefined, m: '*' | 'r' | 'o' | '' = 'r'): Element[] => [...field(q, a, m), p({ italic: `${2000 - (a ?? '').length} characters remaining` })];
  return [
    h1('Early Help Assessment - online form'),
    p('Questions marked * are required.'),
    h2('Child'),
    ...field('Child’s full name', childName(ch)),
    ...field(ch.unborn ? 'Expected date of delivery' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
    ...field('Gender', genderWord(ch)),
    ...field('Ethnicity', c.ethnicity),
    ...field('First language', c.language, 'o'),
    ...field('Does the child have a disability?', disabilityText(c, 'No', 'Prefer not to say')),
    ...field('School or setting', schoolText(c)),
    ...field('GP practice', c.gp, 'o'),
    ...(c.children.length > 1 ? field('Other children in the household', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '), 'o') : []),
    h2('Parent or carer'),
    ...field('Parent or carer’s name', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
    ...field('Phone number', c.parent?.phone),
    ...field('Address', c.parent?.address),
    ...box('Who lives in the household?', c.familyComposition),
    h2('Assessment'),
    ...field('Your name, role and organisation', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
    ...field('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
    ...box('Who was present?', c.present.text),
    ...box('Reason for assessment', c.reason),
    ...box('Development of the child', c.domains.development),
    ...box('Parenting capacity', c.domains.parenting),
    ...box('Family and environmental factors', c.domains.family),
    ...box('Strengths', c.strengths),
    ...box('Needs', c.needs),
    ...box('Risks', c.risks),
    ...box('Desired outcomes', c.outcomes),
    ...box('Child’s views', c.childComment),
    ...box('Parent or carer’s views', c.parentComment),
    ...field('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    h2('Action plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action *'), lbl('Who *'), lbl('By when *')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Consent'),
    table([0.4, 0.6], [
      [lbl('Has the family consented to this information being shared? *'), [{ ticks: [{ label: 'Yes - in writing', checked: k === 'written' }, { label: 'Yes - verbally', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eighty-first wave): a form whose practitioner renamed its questions after the family
// ("What Ruby says", "What Donna told us", "Ruby's worries"): the child and the parent named
// where the template said "child" and "parent"

function namedViews(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const kid = ch.unborn ? 'baby' : ch.given;
  const adult = c.parent ? c.parent.name.split(' ')[0] : 'Mum';
  return [
    h1(`Early Help Assessment - ${kid}`),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row(ch.unborn ? 'Due date' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Language', c.language),
      row('Disability', disabilityText(c)),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Brothers and sisters', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Phone', c.parent?.phone),
      row('Address', c.parent?.address),
      row(`Who lives with ${kid}`, c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date', fmtDate(c.assessmentDate, 'dmy')),
      row('Who was there', c.present.text),
      row('Why we are meeting', c.reason),
      row(`How ${kid} is doing`, c.domains.development),
      row(`How ${adult} looks after the children`, c.domains.parenting),
      row('Home and family life', c.domains.family),
      row('What is going well', c.strengths),
      row(`What ${kid} needs`, c.needs),
      row('What we are worried about', c.risks),
      row('What we want to change', c.outcomes),
      row(`What ${kid} says`, c.childComment),
      row(`What ${adult} told us`, c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('What'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Agreement'),
    table([0.35, 0.65], [
      [lbl(`${adult} agrees to this being shared`), [{ ticks: [{ label: 'Signed', checked: k === 'written' }, { label: 'Verbally', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signature', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eighty-second wave): consent recorded in the practitioner's own words, not as boxes
// ("Mum agreed over the phone on 12/03", "Signed consent form attached", "Not yet obtained")

function consentNotes(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const who = c.parent?.relationship === 'Father' ? 'Dad' : c.parent ? 'Mum' : 'The family';
  const consent = {
    written: pick(rng, ['Signed consent form attached', `${who} signed the consent page at the visit`, 'Consent form signed electronically and saved to the record']),
    verbal: pick(rng, [`${who} agreed over the phone`, `${who} gave consent verbally when we met`, 'Consent obtained orally - form to follow']),
    unspecified: pick(rng, ['Consent obtained', 'Yes, consent given', `${who} is happy for this to be shared`]),
    none: pick(rng, ['Not yet obtained', `${who} did not want information shared`, '']),
  }[k];
  return [
    h1('Early Help Assessment'),
    table([0.35, 0.65], [
      row('Child', childName(ch)),
      row(ch.unborn ? 'EDD' : 'DOB', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('First language', c.language),
      row('Disability', disabilityText(c)),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Phone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Practitioner', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent / carer’s views', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Information sharing'),
    table([0.35, 0.65], [row('Consent', consent)]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eighty-second wave): a home visit record kept as the assessment: who was seen and who
// was not, whether the child was seen alone, the visit's date and kind

function visitRecord(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  return [
    h1('Home Visit and Early Help Assessment Record'),
    table([0.35, 0.65], [
      row('Visit type', pick(rng, ['Planned home visit', 'Home visit (announced)', 'Joint home visit'])),
      row('Date of visit', fmtDate(c.assessmentDate, 'dmy')),
      row('Visiting worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Seen', c.present.text),
      row('Not seen', c.present.kind === 'recorded' ? pick(rng, ['Dad (at work)', 'Older sibling (at school)', '']) : ''),
      row('Child seen alone?', ch.unborn ? 'N/A - unborn' : pick(rng, ['Yes', 'No - too young', 'No'])),
    ]),
    h2('Child and family details'),
    table([0.35, 0.65], [
      row('Child’s name', childName(ch)),
      row(ch.unborn ? 'Expected date of delivery' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('Language', c.language),
      row('Disability', disabilityText(c)),
      row('School / nursery', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Other children', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Contact number', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Purpose of visit / reason for assessment', c.reason),
      row('Child’s development', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views (if seen)', c.childComment),
      row('Parent / carer’s views', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    h2('Actions agreed at the visit'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('By'), lbl('Timescale')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Consent'),
    table([0.35, 0.65], [
      [lbl('Consent to share'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Signed', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eighty-second wave): a case record's many dates: the referral's, the worker's
// allocation, the assessment's, the next meeting's; only one is the assessment's, and it may be
// the one left blank

function manyDates(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const ref = Date.parse(c.assessmentDate ?? '2025-05-20');
  const day = (offset: number) => fmtDate(new Date(ref + offset * 86_400_000).toISOString().slice(0, 10), 'dmy');
  return [
    h1('Early Help Record'),
    h2('Key dates'),
    table([0.35, 0.65], [
      row('Date of referral', day(-21 - Math.floor(rng() * 10))),
      row('Date allocated to worker', day(-9 - Math.floor(rng() * 5))),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Next TAF meeting', pick(rng, [day(28), 'To be arranged'])),
      row('Review due', day(84)),
    ]),
    h2('Child'),
    table([0.35, 0.65], [
      row('Name', childName(ch)),
      row(ch.unborn ? 'EDD' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('First language', c.language),
      row('Disability', disabilityText(c)),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2('Family'),
    table([0.35, 0.65], [
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Allocated worker', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Present', c.present.text),
      row('Reason for referral', c.reason),
      row('Development of the child', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent / carer’s views', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('By when')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Consent'),
    table([0.35, 0.65], [
      [lbl('Consent to share information'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Date consent given', k === 'written' || k === 'verbal' ? fmtDate(c.consent.date ?? c.assessmentDate, 'dmy') : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eighty-third wave): a form whose questions about the parent name them by their part in
// the family ("Mother's name", "Grandmother's views", "Father's mobile"), as practitioners retitle
// a template for the family in front of them

function kinLabels(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const kin = c.parent ? (c.parent.relationship === 'Mother' ? pick(rng, ['Mother', 'Mum']) : c.parent.relationship) : 'Parent / carer';
  return [
    h1('Early Help Assessment'),
    h2('Child'),
    table([0.35, 0.65], [
      row('Child’s name', childName(ch)),
      row(ch.unborn ? 'EDD' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('First language', c.language),
      row('Disability', disabilityText(c)),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
    ]),
    h2(kin),
    table([0.35, 0.65], [
      row(`${kin}’s name`, c.parent?.name),
      row(`${kin}’s mobile`, c.parent?.phone),
      row(`${kin}’s address`, c.parent?.address),
      row('Who lives in the home', c.familyComposition),
    ]),
    h2('Assessment'),
    table([0.35, 0.65], [
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Child’s development', c.domains.development),
      row(`${kin}’s parenting`, c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row(`${ch.unborn ? 'Child' : ch.given}’s views`, c.childComment),
      row(`${kin}’s views`, c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier', 'digit'] as const))),
    ]),
    h2('Plan'),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    h2('Consent'),
    table([0.35, 0.65], [
      [lbl(`${kin} consents to information being shared`), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row(`${kin}’s signature`, k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eighty-third wave): a school's covering letter to the early help hub in front of the
// assessment it sends: its own date, its "Re:" line naming the child, its signature

function coverLetter(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const ref = Date.parse(c.assessmentDate ?? '2025-05-20');
  const sent = fmtDate(new Date(ref + (3 + Math.floor(rng() * 10)) * 86_400_000).toISOString().slice(0, 10), 'long');
  return [
    p(c.assessor.org),
    p(sent),
    p('Early Help Hub, Kingsmere Council'),
    p(`Re: ${childName(ch)}${ch.dob && !ch.unborn ? `, DOB ${fmtDate(ch.dob, 'dmy')}` : ''}`),
    p('Dear colleagues,'),
    p('Please find attached the early help assessment we have completed with the family. We would be grateful if you could consider it at the next allocation meeting. Do get in touch if you need anything further.'),
    p('Yours sincerely,'),
    p(`${c.assessor.name}`),
    p(`${c.assessor.role}`),
    h1('Early Help Assessment'),
    table([0.35, 0.65], [
      row('Name of child', childName(ch)),
      row(ch.unborn ? 'EDD' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', genderWord(ch)),
      row('Ethnicity', c.ethnicity),
      row('First language', c.language),
      row('Disability', disabilityText(c)),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    table([0.35, 0.65], [
      row('Completed by', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Development of the child', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s comments', c.childComment),
      row('Parent / carer’s comments', c.parentComment),
      row('Level of need', needLevel(c, pick(rng, ['word', 'tier'] as const))),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.35, 0.65], [
      [lbl('Consent to share'), [{ ticks: [{ label: 'Written', checked: k === 'written' }, { label: 'Verbal', checked: k === 'verbal' }, { label: 'Yes', checked: k === 'unspecified' }, { label: 'No', checked: k === 'none' && rng() < 0.5 }] }]],
      row('Parent / carer signature', k === 'written' ? c.consent.signature : ''),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// holdout (eighty-third wave): a typed form's closed questions offered as words ("YES / no /
// rather not say"), the answer chosen by typing it in capitals, as one does where nothing can be
// struck through or ticked

function capsChoice(c: Case, rng: Rng): Element[] {
  const k = c.consent.kind;
  const ch = c.children[0];
  const row = (q: string, a: string | null | undefined): Cell[] => [lbl(q), txt(a)];
  const choose = (options: string[], chosen: string | null) => options.map((o) => (o === chosen ? o.toUpperCase() : o)).join(' / ');
  const consentGiven = choose(['yes', 'no'], k === 'none' ? (rng() < 0.5 ? 'no' : null) : 'yes');
  const how = choose(['written', 'verbal'], k === 'written' ? 'written' : k === 'verbal' ? 'verbal' : null);
  return [
    h1('Early Help Assessment'),
    p('Where options are given, type your answer in capitals.'),
    table([0.35, 0.65], [
      row('Child’s name', childName(ch)),
      row(ch.unborn ? 'EDD' : 'Date of birth', fmtDate(ch.dob, 'dmy')),
      row('Gender', choose(['male', 'female', 'not known'], ch.gender === 'male' ? 'male' : ch.gender === 'female' ? 'female' : 'not known')),
      row('Ethnicity', c.ethnicity),
      row('First language', c.language),
      row('Disability', choose(['yes', 'no', 'rather not say'], c.disability) + (c.disability === 'yes' ? ` - ${c.disabilityDetail}` : '')),
      row('School', schoolText(c)),
      row('GP', c.gp),
      ...(c.children.length > 1 ? [row('Siblings', c.children.slice(1).map((x) => `${childName(x)} (${fmtDate(x.dob, 'dmy')})`).join('; '))] : []),
      row('Parent / carer', c.parent ? `${c.parent.name} (${c.parent.relationship})` : ''),
      row('Telephone', c.parent?.phone),
      row('Address', c.parent?.address),
      row('Household', c.familyComposition),
    ]),
    table([0.35, 0.65], [
      row('Assessor', `${c.assessor.name}, ${c.assessor.role}, ${c.assessor.org}`),
      row('Date of assessment', fmtDate(c.assessmentDate, 'dmy')),
      row('Present', c.present.text),
      row('Reason for assessment', c.reason),
      row('Development of the child', c.domains.development),
      row('Parenting', c.domains.parenting),
      row('Family and environment', c.domains.family),
      row('Strengths', c.strengths),
      row('Needs', c.needs),
      row('Risks', c.risks),
      row('Outcomes', c.outcomes),
      row('Child’s views', c.childComment),
      row('Parent / carer’s views', c.parentComment),
      row('Level of need', choose(['universal', 'targeted', 'complex', 'acute'], c.levelOfNeed ? ['universal', 'targeted', 'complex', 'acute'][c.levelOfNeed - 1] : null)),
    ]),
    table([0.5, 0.25, 0.25], [[lbl('Action'), lbl('Who'), lbl('When')], ...c.actions.map((a) => [txt(a.what), txt(a.who), txt(a.when)])]),
    table([0.35, 0.65], [
      row('Consent to share given', consentGiven),
      row('How consent was given', how),
    ]),
  ];
}

export const LAYOUTS: Record<Family, (c: Case, rng: Rng) => Element[]> = {
  'national-2009': national2009,
  'eha-council': ehaCouncil,
  'export-a': exportA,
  'national-2006': national2006,
  'council-b': councilB,
  'export-b': exportB,
  'eha-sos': ehaSos,
  'export-c': exportC,
  'hv-eha': hvEha,
  'family-plan': familyPlan,
  'step-down': (c) => stepDown(c),
  'school-eh': schoolEh,
  'tac-record': (c) => tacRecord(c),
  jaff,
  'qa-export': (c) => qaExport(c),
  'youth-eh': (c) => youthEh(c),
  'ehm-print': ehmPrint,
  'hv-health-needs': hvHealthNeeds,
  'pastoral-eh': pastoralEh,
  'parenting-record': parentingRecord,
  'label-above': labelAbove,
  'request-form': (c) => requestForm(c),
  'please-state': pleaseState,
  'colon-cells': (c) => colonCells(c),
  bilingual,
  'multi-agency': multiAgency,
  'q-and-a-lines': (c) => qAndALines(c),
  'plain-columns': (c) => plainColumns(c),
  'notes-column': notesColumn,
  'guidance-notes': guidanceNotes,
  'numbered-rows': numberedRows,
  'two-up': twoUp,
  'tick-lists': tickLists,
  'bullet-plan': (c) => bulletPlan(c),
  'one-big-table': oneBigTable,
  'yes-no-columns': (c) => yesNoColumns(c),
  'coded-export': (c) => codedExport(c),
  'sentence-prompts': sentencePrompts,
  'side-sections': sideSections,
  'field-names': (c) => fieldNames(c),
  'household-rows': householdRows,
  'sos-mapping': sosMapping,
  'answer-boxes': answerBoxes,
  'person-columns': personColumns,
  'child-sections': childSections,
  'domain-elements': domainElements,
  'nested-tables': nestedTables,
  'tick-present': tickPresent,
  'plain-label-above': (c) => plainLabelAbove(c),
  'about-me': aboutMe,
  'case-step-print': (c) => caseStepPrint(c),
  'school-mis': schoolMis,
  'signature-page': signaturePage,
  'narrative-sections': narrativeSections,
  'portal-print': (c) => portalPrint(c),
  'meeting-record': meetingRecord,
  'ini-export': (c) => iniExport(c),
  'needs-matrix': needsMatrix,
  'parent-addressed': parentAddressed,
  antenatal,
  'three-up': threeUp,
  'help-text-cells': helpTextCells,
  'six-column-plan': sixColumnPlan,
  'review-form': reviewForm,
  'services-ticked': servicesTicked,
  'one-page-profile': onePageProfile,
  'early-years': earlyYears,
  'referral-and-assessment': referralAndAssessment,
  'all-caps-print': (c) => allCapsPrint(c),
  'tabbed-lines': tabbedLines,
  'sectioned-letters': sectionedLetters,
  'hv-review-print': (c) => hvReviewPrint(c),
  'team-around-family': teamAroundFamily,
  'legacy-fields': legacyFields,
  'emailed-assessment': (c) => emailedAssessment(c),
  subquestions,
  'young-adult': youngAdult,
  'symbol-ticks': symbolTicks,
  'chronology-led': chronologyLed,
  'tracked-review': trackedReview,
  'filler-answers': fillerAnswers,
  'narrative-report': narrativeReport,
  'audit-columns': auditColumns,
  'ocr-scan': ocrScan,
  'highlight-choices': highlightChoices,
  'header-identity': headerIdentity,
  'family-health-needs': familyHealthNeeds,
  'pupil-support-plan': pupilSupportPlan,
  'single-assessment': singleAssessment,
  'multi-agency-eha': multiAgencyEha,
  'whole-family': wholeFamily,
  'request-and-assessment': requestAndAssessment,
  'prevention-assessment': preventionAssessment,
  'nursery-early-help': nurseryEarlyHelp,
  'send-early-help': sendEarlyHelp,
  'county-story': countyStory,
  'childrens-centre': childrensCentre,
  'supporting-families': supportingFamilies,
  'early-help-conversation': earlyHelpConversation,
  'attendance-support': attendanceSupport,
  'web-form-print': webFormPrint,
  'emotional-wellbeing': emotionalWellbeing,
  'kinship-care': kinshipCare,
  'college-support': collegeSupport,
  'young-carers': youngCarers,
  'domestic-abuse-support': domesticAbuseSupport,
  'plan-first': planFirst,
  'family-outline': familyOutline,
  'present-column': presentColumn,
  'part-a-consent': partAConsent,
  'worried-columns': worriedColumns,
  'adult-blocks': adultBlocks,
  'disability-plan': disabilityPlan,
  'scored-domains': scoredDomains,
  'inline-fields': inlineFields,
  'families-first': familiesFirst,
  'taf-attendance': tafAttendance,
  'school-request': schoolRequest,
  'wellbeing-goals': wellbeingGoals,
  'template-prompts': templatePrompts,
  'continuation-sheet': continuationSheet,
  'run-in-headings': runInHeadings,
  'consent-statements': consentStatements,
  'census-ticks': censusTicks,
  'health-contact': healthContact,
  'closure-summary': closureSummary,
  'two-parents': twoParents,
  'bulleted-cells': bulletedCells,
  'parent-voice': parentVoice,
  'review-columns': reviewColumns,
  'professionals-table': professionalsTable,
  'three-houses': threeHouses,
  'age-stated': ageStated,
  'scaling-questions': scalingQuestions,
  'narrative-plan': narrativePlan,
  'focus-column': focusColumn,
  'dot-leaders': dotLeaders,
  'manager-signoff': managerSignoff,
  'family-ethnicity': familyEthnicity,
  'key-contacts': keyContacts,
  'month-first-dates': monthFirstDates,
  'email-contact': emailContact,
  'compound-labels': compoundLabels,
  redacted,
  'shared-care': sharedCare,
  'consent-log': consentLog,
  'radio-choices': radioChoices,
  'row-breaks': rowBreaks,
  'two-columns': twoColumns,
  'signature-image': signatureImage,
  'ecomap-lines': ecomapLines,
  'review-comments': reviewComments,
  'footer-dated': footerDated,
  'struck-options': struckOptions,
  'merged-sections': mergedSections,
  'vector-ticks': vectorTicks,
  'text-boxes': textBoxes,
  'vector-census': vectorCensus,
  'landscape-grid': landscapeGrid,
  footnotes,
  'rotated-plan': rotatedPlan,
  'repeated-headers': repeatedHeaders,
  'timeline-plan': timelinePlan,
  'consent-by-agency': consentByAgency,
  'italic-answers': italicAnswers,
  'e-signature': eSignature,
  'address-blocks': addressBlocks,
  'typed-on-pdf': typedOnPdf,
  'digit-boxes': digitBoxes,
  'contents-page': contentsPage,
  'typeset-print': typesetPrint,
  'pasted-text': pastedText,
  'picker-controls': pickerControls,
  'html-export': htmlExport,
  'hidden-guidance': hiddenGuidance,
  'justified-text': justifiedText,
  'vertical-headers': verticalHeaders,
  'shaded-bands': shadedBands,
  'styled-labels': styledLabels,
  'draft-watermark': draftWatermark,
  'merge-fields': mergeFields,
  'strict-ooxml': strictOoxml,
  'legacy-dropdowns': legacyDropdowns,
  'framed-report': framedReport,
  'print-stamped': printStamped,
  'checklist-bullets': checklistBullets,
  'print-driver': printDriver,
  'repeating-sections': repeatingSections,
  'bound-controls': boundControls,
  'embedded-sheet': embeddedSheet,
  'spaced-headings': spacedHeadings,
  'assembled-record': assembledRecord,
  'two-per-sheet': twoPerSheet,
  'family-help': familyHelp,
  'paired-grid': pairedGrid,
  'circle-of-support': circleOfSupport,
  'step-print': stepPrint,
  'girfec-plan': girfecPlan,
  unocini,
  'clinical-template': clinicalTemplate,
  'wingdings-two': wingdingsTwo,
  'two-part-eha': twoPartEha,
  'family-network': familyNetwork,
  'your-family': yourFamily,
  'bold-answers': boldAnswers,
  'integrated-review': integratedReview,
  'label-below': labelBelow,
  'centred-cells': centredCells,
  'life-is-like': lifeIsLike,
  'right-aligned': rightAligned,
  'record-of-support': recordOfSupport,
  'pupil-passport': pupilPassport,
  'my-plan': myPlan,
  'tac-minutes': tacMinutes,
  'care-profile': careProfile,
  'ehcp-sections': ehcpSections,
  'hospital-referral': hospitalReferral,
  'ai-notes': aiNotes,
  'police-notice': policeNotice,
  'tenancy-support': tenancySupport,
  'boxed-record': boxedRecord,
  'probation-family': probationFamily,
  'mhst-request': mhstRequest,
  'spoken-dates': spokenDates,
  'community-welfare': communityWelfare,
  'armed-forces': armedForces,
  'traveller-education': travellerEducation,
  'interpreter-led': interpreterLed,
  'pre-assessment': preAssessment,
  'edit-stamps': editStamps,
  'workbook-print': workbookPrint,
  'indicator-matrix': indicatorMatrix,
  'client-assessment': clientAssessment,
  meitheal,
  'roman-numbered': romanNumbered,
  turnaround,
  'small-caps': smallCapsLabels,
  'system-dates': systemDates,
  'required-marks': requiredMarks,
  'named-views': namedViews,
  'consent-notes': consentNotes,
  'visit-record': visitRecord,
  'many-dates': manyDates,
  'kin-labels': kinLabels,
  'cover-letter': coverLetter,
  'caps-choice': capsChoice,
};
