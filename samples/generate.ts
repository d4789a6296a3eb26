// Generates the fictional completed CAFs in samples/forms and their true values in samples/truth.json.
// Usage: npm run samples [-- --out DIR --count N --seed S]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Case, ageBand, expectedChecklist, makeCase, makeRng } from './lib/fiction.js';
import { DEV_FAMILIES, type Family, HOLDOUT_FAMILIES, LAYOUTS } from './lib/layouts.js';
import type { RenderOptions } from './lib/model.js';
import { writeDocx } from './lib/write-docx.js';
import { writePdf } from './lib/write-pdf.js';

export interface TruthEntry {
  file: string;
  family: Family;
  split: 'dev' | 'holdout';
  format: 'docx' | 'pdf';
  render: RenderOptions;
  expected: {
    checklist: Record<string, string>;
    children: number;
    child: { gender: string; ageBand: string; ethnicity: string | null };
    agency: string;
    levelOfNeed: string;
    rubric: Record<string, string>;
    flags: string[];
  };
  /** every name and date of birth on the form, so tests can prove reports leave them out */
  personal: string[];
}

const docx = (tickStyle: RenderOptions['tickStyle'], more: Omit<RenderOptions, 'tickStyle'> = {}) => ({ format: 'docx' as const, render: { tickStyle, ...more } });
const pdf = (tickStyle: RenderOptions['tickStyle'], more: Omit<RenderOptions, 'tickStyle'> = {}) => ({ format: 'pdf' as const, render: { tickStyle, ...more } });
const EXPORT = { fontSize: 8 };
/** A council's marking on every page: a protective marking above, the form's version and page below. */
const COUNCIL = { running: { header: 'OFFICIAL-SENSITIVE when complete', footer: 'Early Help Assessment v4.2 (April 2025)    Page {page} of {pages}' } };

/** Format and rendering for the n-th form of a family: both formats, every tick style the family uses. */
const PLAN: Record<Family, { format: 'docx' | 'pdf'; render: RenderOptions }[]> = {
  'national-2009': [docx('control'), pdf('glyph'), docx('control'), pdf('control', { fillable: true })],
  'eha-council': [docx('glyph'), pdf('glyph'), docx('bracket'), pdf('bracket')],
  'export-a': [pdf('glyph', EXPORT), pdf('glyph', EXPORT), pdf('glyph', EXPORT), docx('glyph')],
  'national-2006': [docx('legacy'), pdf('legacy', { fillable: true }), docx('legacy'), pdf('bracket')],
  'council-b': [docx('deleted'), pdf('deleted'), docx('control'), pdf('glyph')],
  'export-b': [pdf('glyph', EXPORT), pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT)],
  'eha-sos': [docx('control'), pdf('glyph'), docx('bracket'), pdf('bracket')],
  'export-c': [pdf('glyph', EXPORT), pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT)],
  'family-plan': [docx('glyph'), pdf('glyph'), docx('glyph'), pdf('glyph')],
  'step-down': [pdf('glyph'), docx('glyph'), pdf('glyph'), docx('glyph')],
  'school-eh': [docx('control'), pdf('glyph'), docx('legacy'), pdf('bracket')],
  'tac-record': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), pdf('glyph', EXPORT)],
  jaff: [docx('control'), pdf('glyph'), pdf('glyph'), docx('control')],
  'qa-export': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), docx('glyph')],
  'youth-eh': [pdf('glyph'), docx('glyph'), pdf('bracket'), docx('control')],
  'ehm-print': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), docx('glyph')],
  'hv-health-needs': [docx('control'), pdf('control', { fillable: true }), pdf('glyph'), docx('legacy')],
  'pastoral-eh': [docx('glyph'), pdf('glyph'), docx('glyph'), pdf('glyph')],
  'parenting-record': [docx('glyph'), pdf('glyph'), docx('glyph'), pdf('glyph')],
  'label-above': [pdf('control', { fillable: true }), docx('control'), pdf('glyph'), docx('legacy')],
  'request-form': [docx('deleted'), pdf('deleted'), pdf('glyph'), docx('bracket')],
  'please-state': [docx('control'), pdf('glyph'), pdf('control', { fillable: true }), docx('legacy')],
  'colon-cells': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), docx('glyph')],
  bilingual: [docx('control'), pdf('glyph'), docx('glyph'), pdf('bracket')],
  'multi-agency': [docx('control'), pdf('control', { fillable: true }), pdf('glyph'), docx('legacy')],
  'q-and-a-lines': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), docx('glyph')],
  'plain-columns': [pdf('glyph'), docx('glyph'), pdf('glyph'), docx('glyph')],
  'notes-column': [docx('control'), pdf('glyph'), docx('glyph'), pdf('control', { fillable: true })],
  'guidance-notes': [pdf('glyph'), docx('glyph'), pdf('bracket'), docx('legacy')],
  'numbered-rows': [docx('legacy'), pdf('glyph'), pdf('legacy', { fillable: true }), docx('control')],
  'two-up': [docx('control'), pdf('glyph'), pdf('control', { fillable: true }), docx('glyph')],
  'tick-lists': [docx('control'), pdf('glyph'), docx('legacy'), pdf('control', { fillable: true })],
  'bullet-plan': [pdf('glyph'), docx('glyph'), pdf('glyph'), docx('glyph')],
  'one-big-table': [docx('control'), pdf('glyph'), docx('legacy'), pdf('control', { fillable: true })],
  'yes-no-columns': [docx('glyph'), pdf('glyph'), docx('glyph'), pdf('glyph')],
  'coded-export': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), pdf('glyph', EXPORT)],
  'sentence-prompts': [docx('glyph'), pdf('glyph'), docx('glyph'), pdf('glyph')],
  'side-sections': [docx('control'), pdf('glyph'), pdf('control', { fillable: true }), docx('legacy')],
  'field-names': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), docx('glyph')],
  'household-rows': [docx('control', COUNCIL), pdf('glyph', COUNCIL), pdf('control', { fillable: true, ...COUNCIL }), docx('legacy', COUNCIL)],
  'sos-mapping': [pdf('glyph', COUNCIL), docx('control'), pdf('bracket'), docx('glyph', COUNCIL)],
  'answer-boxes': [docx('control', COUNCIL), pdf('glyph', COUNCIL), docx('legacy', COUNCIL), pdf('control', { fillable: true, ...COUNCIL })],
  'person-columns': [docx('control'), pdf('glyph'), pdf('control', { fillable: true }), docx('glyph')],
  'child-sections': [pdf('glyph', COUNCIL), docx('control', COUNCIL), docx('legacy'), pdf('bracket')],
  'domain-elements': [docx('glyph'), pdf('glyph', EXPORT), docx('control'), pdf('glyph')],
  'nested-tables': [docx('control'), pdf('glyph'), docx('glyph'), pdf('control', { fillable: true })],
  'tick-present': [pdf('glyph', COUNCIL), docx('legacy'), pdf('bracket'), docx('control', COUNCIL)],
  'plain-label-above': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), docx('glyph')],
  'about-me': [docx('control', COUNCIL), pdf('glyph', COUNCIL), docx('legacy'), pdf('control', { fillable: true })],
  'case-step-print': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), docx('glyph')],
  'school-mis': [docx('control'), pdf('glyph'), pdf('control', { fillable: true }), docx('legacy')],
  'signature-page': [docx('control', COUNCIL), pdf('glyph', COUNCIL), pdf('control', { fillable: true }), docx('legacy')],
  'narrative-sections': [pdf('glyph'), docx('glyph'), pdf('bracket'), docx('control')],
  'portal-print': [pdf('glyph', { ...EXPORT, ...COUNCIL }), docx('glyph'), pdf('glyph', EXPORT), docx('glyph')],
  'meeting-record': [docx('control'), pdf('glyph', COUNCIL), docx('glyph'), pdf('control', { fillable: true })],
  'ini-export': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), docx('glyph')],
  'needs-matrix': [docx('legacy', COUNCIL), pdf('glyph'), docx('control'), pdf('glyph', COUNCIL)],
  'parent-addressed': [docx('control'), pdf('glyph'), pdf('control', { fillable: true }), docx('glyph')],
  antenatal: [pdf('glyph', COUNCIL), docx('legacy', COUNCIL), pdf('control', { fillable: true }), docx('control')],
  'three-up': [pdf('glyph', EXPORT), docx('control'), pdf('glyph'), docx('glyph')],
  'help-text-cells': [docx('control', COUNCIL), pdf('glyph', COUNCIL), docx('legacy'), pdf('control', { fillable: true })],
  'six-column-plan': [pdf('glyph'), docx('glyph'), pdf('glyph', COUNCIL), docx('control')],
  'review-form': [docx('control'), pdf('glyph'), docx('glyph'), pdf('control', { fillable: true })],
  'services-ticked': [docx('control'), pdf('glyph'), docx('legacy'), pdf('control', { fillable: true })],
  'one-page-profile': [pdf('glyph', COUNCIL), docx('control', COUNCIL), pdf('control', { fillable: true }), docx('glyph')],
  'early-years': [docx('control'), pdf('glyph'), pdf('bracket'), docx('legacy')],
  'referral-and-assessment': [docx('control', COUNCIL), pdf('glyph'), docx('glyph'), pdf('control', { fillable: true, ...COUNCIL })],
  'all-caps-print': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), docx('glyph')],
  'tabbed-lines': [docx('control'), pdf('glyph'), docx('glyph'), pdf('glyph')],
  'sectioned-letters': [docx('control', COUNCIL), pdf('glyph', COUNCIL), docx('legacy'), pdf('control', { fillable: true })],
  'hv-review-print': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), docx('glyph')],
  'team-around-family': [docx('control'), pdf('glyph'), docx('glyph'), pdf('control', { fillable: true })],
  'legacy-fields': [docx('legacy', { legacyText: true }), pdf('legacy'), docx('legacy', { legacyText: true }), pdf('glyph', { fillable: true })],
  'emailed-assessment': [docx('glyph'), pdf('glyph'), docx('glyph'), pdf('glyph', EXPORT)],
  subquestions: [docx('control'), pdf('glyph'), pdf('control', { fillable: true }), docx('legacy', { legacyText: true })],
  'young-adult': [pdf('glyph', COUNCIL), docx('control', COUNCIL), docx('glyph'), pdf('glyph')],
  'symbol-ticks': [docx('wingdings'), pdf('wingdings'), docx('wingdings'), pdf('wingdings', EXPORT)],
  'chronology-led': [docx('control', COUNCIL), pdf('glyph'), docx('legacy'), pdf('control', { fillable: true })],
  'tracked-review': [docx('glyph'), pdf('glyph'), docx('glyph'), pdf('glyph', COUNCIL)],
  'filler-answers': [docx('glyph'), pdf('glyph', COUNCIL), docx('glyph'), pdf('glyph')],
  'narrative-report': [pdf('glyph'), docx('glyph'), pdf('glyph', COUNCIL), docx('glyph', COUNCIL)],
  'audit-columns': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), pdf('glyph', EXPORT)],
  'ocr-scan': [pdf('glyph'), docx('glyph'), pdf('glyph'), pdf('glyph', EXPORT)],
  'highlight-choices': [docx('highlight'), pdf('highlight'), docx('highlight'), pdf('highlight')],
  'header-identity': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph'), docx('glyph')],
  'family-health-needs': [docx('control'), pdf('glyph'), pdf('control', { fillable: true }), docx('legacy', { legacyText: true })],
  'pupil-support-plan': [docx('control', COUNCIL), pdf('glyph', COUNCIL), docx('glyph'), pdf('glyph')],
  'single-assessment': [pdf('glyph'), docx('glyph'), pdf('glyph', EXPORT), docx('glyph', COUNCIL)],
  'multi-agency-eha': [docx('control', COUNCIL), pdf('glyph', COUNCIL), docx('legacy'), pdf('control', { fillable: true })],
  'whole-family': [pdf('glyph'), docx('glyph'), pdf('glyph'), docx('glyph')],
  'request-and-assessment': [docx('control'), pdf('glyph'), docx('glyph'), pdf('glyph', COUNCIL)],
  'prevention-assessment': [docx('control'), pdf('glyph'), docx('legacy', { legacyText: true }), pdf('glyph', COUNCIL)],
  'nursery-early-help': [pdf('glyph', COUNCIL), docx('control', COUNCIL), pdf('control', { fillable: true }), docx('glyph')],
  'send-early-help': [docx('control'), pdf('glyph'), docx('legacy'), pdf('bracket')],
  'county-story': [docx('control', COUNCIL), pdf('glyph', COUNCIL), docx('glyph'), pdf('control', { fillable: true })],
  'childrens-centre': [pdf('glyph'), docx('glyph'), pdf('glyph', EXPORT), docx('glyph')],
  'supporting-families': [docx('control'), pdf('glyph'), docx('legacy', { legacyText: true }), pdf('glyph', COUNCIL)],
  'early-help-conversation': [docx('control'), pdf('glyph'), pdf('control', { fillable: true }), docx('legacy', { legacyText: true })],
  'attendance-support': [pdf('glyph', COUNCIL), docx('glyph'), pdf('glyph', EXPORT), docx('glyph', COUNCIL)],
  'web-form-print': [pdf('glyph'), docx('glyph'), pdf('glyph'), docx('glyph')],
  'emotional-wellbeing': [docx('control'), pdf('glyph', COUNCIL), pdf('control', { fillable: true }), docx('glyph')],
  'kinship-care': [pdf('glyph'), docx('glyph', COUNCIL), pdf('glyph'), docx('glyph')],
  'college-support': [docx('control'), pdf('glyph'), docx('legacy', { legacyText: true }), pdf('glyph', EXPORT)],
  'young-carers': [docx('control'), pdf('glyph'), docx('glyph', COUNCIL), pdf('control', { fillable: true })],
  'domestic-abuse-support': [pdf('glyph', COUNCIL), docx('glyph'), pdf('glyph'), docx('glyph')],
  'plan-first': [docx('control'), pdf('glyph'), docx('legacy', { legacyText: true }), pdf('glyph', EXPORT)],
  'family-outline': [docx('glyph'), pdf('glyph'), docx('control'), pdf('bracket')],
  'present-column': [docx('control'), pdf('control', { fillable: true }), docx('legacy', { legacyText: true }), pdf('glyph', COUNCIL)],
  'part-a-consent': [pdf('glyph'), docx('glyph', COUNCIL), pdf('glyph'), docx('deleted')],
  'worried-columns': [pdf('glyph', COUNCIL), docx('control'), pdf('glyph'), docx('legacy', { legacyText: true })],
  'adult-blocks': [docx('glyph'), pdf('glyph', EXPORT), docx('glyph', COUNCIL), pdf('glyph')],
  'disability-plan': [docx('control'), pdf('control', { fillable: true }), docx('glyph'), pdf('glyph', COUNCIL)],
  'scored-domains': [docx('glyph'), pdf('glyph', EXPORT), docx('control', COUNCIL), pdf('glyph')],
  'inline-fields': [pdf('glyph'), docx('glyph'), pdf('glyph', COUNCIL), docx('glyph')],
  'families-first': [docx('glyph'), pdf('glyph'), docx('control'), pdf('bracket', COUNCIL)],
  'taf-attendance': [docx('control'), pdf('glyph'), docx('glyph', COUNCIL), pdf('control', { fillable: true })],
  'school-request': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph'), docx('glyph', COUNCIL)],
  'wellbeing-goals': [docx('control'), pdf('glyph', COUNCIL), docx('legacy', { legacyText: true }), pdf('bracket')],
  'template-prompts': [docx('glyph'), pdf('glyph'), docx('glyph', COUNCIL), pdf('glyph', EXPORT)],
  'continuation-sheet': [pdf('glyph', COUNCIL), docx('control'), pdf('glyph'), docx('legacy', { legacyText: true })],
  'run-in-headings': [docx('glyph'), pdf('glyph'), docx('glyph'), pdf('glyph', COUNCIL)],
  'consent-statements': [docx('control'), pdf('glyph'), docx('glyph', COUNCIL), pdf('control', { fillable: true })],
  'census-ticks': [pdf('glyph'), docx('glyph'), pdf('bracket'), docx('legacy')],
  'health-contact': [docx('glyph'), pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', COUNCIL)],
  'closure-summary': [docx('control'), pdf('glyph'), docx('legacy', { legacyText: true }), pdf('glyph', COUNCIL)],
  'two-parents': [pdf('glyph'), docx('glyph', COUNCIL), pdf('glyph', EXPORT), docx('glyph')],
  'bulleted-cells': [docx('control'), pdf('glyph'), docx('glyph'), pdf('control', { fillable: true })],
  'parent-voice': [docx('control'), pdf('glyph'), docx('glyph', COUNCIL), pdf('control', { fillable: true })],
  'review-columns': [pdf('glyph'), docx('glyph'), pdf('glyph', EXPORT), docx('glyph', COUNCIL)],
  'professionals-table': [docx('control'), pdf('glyph', COUNCIL), docx('legacy', { legacyText: true }), pdf('glyph')],
  'three-houses': [pdf('glyph'), docx('control'), pdf('control', { fillable: true }), docx('glyph', COUNCIL)],
  'age-stated': [docx('glyph'), pdf('glyph', EXPORT), docx('glyph', COUNCIL), pdf('glyph')],
  'scaling-questions': [docx('glyph'), pdf('glyph'), docx('legacy', { legacyText: true }), pdf('glyph', COUNCIL)],
  'narrative-plan': [pdf('glyph'), docx('glyph', COUNCIL), pdf('glyph', COUNCIL), docx('glyph')],
  'focus-column': [docx('control'), pdf('glyph'), docx('glyph', COUNCIL), pdf('control', { fillable: true })],
  'dot-leaders': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), docx('glyph')],
  'manager-signoff': [docx('control'), pdf('glyph', COUNCIL), docx('legacy', { legacyText: true }), pdf('control', { fillable: true })],
  'family-ethnicity': [pdf('glyph'), docx('glyph'), pdf('glyph', COUNCIL), docx('glyph', COUNCIL)],
  'key-contacts': [docx('control'), pdf('glyph'), docx('glyph'), pdf('control', { fillable: true })],
  'month-first-dates': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), docx('glyph', COUNCIL)],
  'email-contact': [docx('control'), pdf('glyph'), docx('legacy', { legacyText: true }), pdf('control', { fillable: true })],
  'compound-labels': [docx('glyph'), pdf('glyph'), docx('glyph', COUNCIL), pdf('glyph', COUNCIL)],
  redacted: [pdf('glyph'), docx('glyph'), pdf('glyph', COUNCIL), docx('glyph')],
  'shared-care': [docx('control'), pdf('glyph'), docx('glyph'), pdf('control', { fillable: true })],
  'consent-log': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph'), docx('glyph', COUNCIL)],
  'radio-choices': [pdf('radio'), docx('radio'), pdf('radio', COUNCIL), docx('radio')],
  'row-breaks': [pdf('glyph', { ...COUNCIL, splitRows: true }), docx('glyph', COUNCIL), pdf('glyph', { ...COUNCIL, splitRows: true, fontSize: 11 }), pdf('glyph', { splitRows: true, fontSize: 10 })],
  'two-columns': [pdf('glyph', { columns: 2 }), docx('glyph', { columns: 2 }), pdf('glyph', { ...COUNCIL, columns: 2 }), pdf('glyph', { columns: 2, fontSize: 8 })],
  'signature-image': [docx('control'), pdf('glyph'), docx('glyph', COUNCIL), pdf('control', { fillable: true })],
  'ecomap-lines': [pdf('glyph'), docx('glyph'), pdf('glyph', COUNCIL), docx('glyph')],
  'review-comments': [pdf('glyph', { markup: true }), docx('glyph'), pdf('glyph', { ...COUNCIL, markup: true }), docx('glyph', COUNCIL)],
  'footer-dated': [pdf('glyph'), docx('glyph'), pdf('glyph', { fontSize: 10 }), docx('glyph')],
  'struck-options': [docx('struck'), pdf('struck'), docx('struck', COUNCIL), pdf('struck', COUNCIL)],
  'merged-sections': [docx('control'), pdf('glyph'), docx('glyph'), pdf('control', { fillable: true })],
  'vector-ticks': [pdf('vector'), docx('vector'), pdf('vector', COUNCIL), pdf('vector')],
  'text-boxes': [docx('glyph'), pdf('glyph'), docx('glyph', COUNCIL), pdf('glyph', COUNCIL)],
  'vector-census': [pdf('vector'), docx('vector'), pdf('vector'), docx('vector', COUNCIL)],
  'landscape-grid': [docx('glyph', { landscape: true }), pdf('glyph', { landscape: true }), docx('control', { landscape: true }), pdf('glyph', { landscape: true, ...COUNCIL })],
  footnotes: [docx('glyph'), pdf('glyph'), docx('control'), pdf('glyph', COUNCIL)],
  'rotated-plan': [pdf('glyph', { sideways: true }), docx('glyph'), pdf('glyph', { sideways: true, ...COUNCIL }), docx('control')],
  'repeated-headers': [pdf('glyph', COUNCIL), docx('glyph'), pdf('glyph'), docx('control', COUNCIL)],
  'timeline-plan': [docx('glyph'), pdf('glyph'), docx('glyph', COUNCIL), pdf('glyph', { fontSize: 10 })],
  'consent-by-agency': [pdf('glyph'), docx('control'), pdf('bracket', COUNCIL), docx('legacy')],
  'italic-answers': [docx('glyph'), pdf('glyph'), docx('glyph', COUNCIL), pdf('glyph', { fontSize: 10 })],
  'e-signature': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph'), docx('control')],
  'address-blocks': [docx('glyph'), pdf('glyph'), pdf('glyph', COUNCIL), docx('control')],
  'typed-on-pdf': [pdf('glyph', { annotated: true }), docx('glyph'), pdf('glyph', { annotated: true, ...COUNCIL }), pdf('glyph', { annotated: true })],
  'digit-boxes': [docx('glyph'), pdf('glyph'), docx('legacy'), pdf('glyph', COUNCIL)],
  'contents-page': [pdf('glyph'), docx('control'), pdf('glyph', COUNCIL), docx('glyph')],
  'typeset-print': [pdf('glyph', { typeset: true }), docx('glyph'), pdf('glyph', { typeset: true, fontSize: 10 }), pdf('glyph', { typeset: true, ...COUNCIL })],
  'pasted-text': [docx('glyph'), pdf('glyph'), docx('glyph', COUNCIL), pdf('glyph')],
  'picker-controls': [docx('control'), pdf('control'), docx('control', COUNCIL), pdf('glyph')],
  'html-export': [docx('control', { htmlChunk: true }), pdf('glyph'), docx('glyph', { htmlChunk: true }), docx('control', { htmlChunk: true, ...COUNCIL })],
  'hidden-guidance': [docx('glyph'), pdf('glyph'), docx('control', COUNCIL), docx('glyph')],
  'justified-text': [pdf('glyph', { justified: true }), docx('glyph', { justified: true }), pdf('glyph', { justified: true, ...COUNCIL }), pdf('glyph', { justified: true, fontSize: 11 })],
  'vertical-headers': [pdf('glyph'), docx('control'), pdf('glyph', COUNCIL), docx('glyph')],
  'shaded-bands': [docx('glyph'), pdf('glyph'), docx('glyph', COUNCIL), pdf('glyph', { fontSize: 10 })],
  'styled-labels': [docx('glyph', { styledBold: true }), pdf('glyph'), docx('control', { styledBold: true, ...COUNCIL }), docx('glyph', { styledBold: true })],
  'draft-watermark': [pdf('glyph', { watermark: 'DRAFT' }), docx('glyph', { watermark: 'DRAFT' }), pdf('glyph', { watermark: 'DRAFT', ...COUNCIL }), pdf('glyph', { watermark: 'CONFIDENTIAL' })],
  'merge-fields': [docx('glyph'), pdf('glyph'), docx('control', COUNCIL), pdf('glyph', COUNCIL)],
  'strict-ooxml': [docx('control', { strict: true }), pdf('control', { fillable: true }), docx('control', { strict: true, ...COUNCIL }), docx('glyph', { strict: true })],
  'legacy-dropdowns': [docx('legacy', { legacyText: true }), pdf('glyph'), docx('legacy', { legacyText: true, ...COUNCIL }), docx('legacy')],
  'framed-report': [docx('glyph', { frames: true }), pdf('glyph', EXPORT), docx('glyph', { frames: true, ...COUNCIL }), pdf('glyph')],
  'print-stamped': [pdf('glyph'), docx('glyph'), pdf('glyph', { fontSize: 10 }), docx('control')],
  'checklist-bullets': [docx('bullets'), pdf('bullets'), docx('bullets', COUNCIL), docx('bullets')],
  'print-driver': [pdf('glyph', { glyphs: true }), docx('glyph'), pdf('glyph', { glyphs: true, ...COUNCIL }), pdf('glyph', { glyphs: true, fontSize: 10 })],
  'repeating-sections': [docx('control', { repeating: true }), pdf('control', { fillable: true }), docx('control', { repeating: true, ...COUNCIL }), docx('control', { repeating: true })],
  'bound-controls': [docx('control', { bound: true }), pdf('control'), docx('control', { bound: true, ...COUNCIL }), docx('control', { bound: true })],
  'embedded-sheet': [docx('glyph'), pdf('glyph'), docx('control', COUNCIL), docx('glyph')],
  'spaced-headings': [pdf('glyph', { letterSpaced: true }), docx('glyph', { letterSpaced: true }), pdf('glyph', { letterSpaced: true, ...COUNCIL }), pdf('glyph', { letterSpaced: true, fontSize: 10 })],
  'assembled-record': [docx('control', { assembled: true }), pdf('control'), docx('control', { assembled: true, ...COUNCIL }), docx('glyph', { assembled: true })],
  'two-per-sheet': [pdf('glyph', { pagesPerSheet: 2 }), docx('glyph'), pdf('glyph', { pagesPerSheet: 2, ...COUNCIL }), pdf('bracket', { pagesPerSheet: 2 })],
  'family-help': [docx('glyph'), pdf('glyph'), docx('control', COUNCIL), pdf('glyph', COUNCIL)],
  'paired-grid': [docx('control'), pdf('glyph'), pdf('glyph', COUNCIL), docx('glyph')],
  'circle-of-support': [pdf('glyph'), docx('glyph'), docx('control', COUNCIL), pdf('bracket')],
  'step-print': [pdf('glyph', EXPORT), pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', { ...EXPORT, ...COUNCIL })],
  'girfec-plan': [docx('control'), pdf('glyph'), docx('glyph'), pdf('bracket')],
  unocini: [docx('glyph'), pdf('glyph'), docx('legacy'), pdf('glyph', COUNCIL)],
  'clinical-template': [pdf('glyph', EXPORT), pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT)],
  'wingdings-two': [docx('wingdings2'), pdf('wingdings2'), docx('wingdings2', COUNCIL), pdf('wingdings2', COUNCIL)],
  'two-part-eha': [docx('control'), pdf('glyph'), docx('glyph'), pdf('glyph', COUNCIL)],
  'family-network': [pdf('glyph'), docx('glyph'), docx('control'), pdf('bracket')],
  'your-family': [docx('glyph'), pdf('glyph'), docx('control', COUNCIL), pdf('glyph')],
  'bold-answers': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', EXPORT), pdf('glyph', { ...EXPORT, ...COUNCIL })],
  'integrated-review': [docx('control'), pdf('glyph'), docx('glyph'), pdf('bracket', COUNCIL)],
  'label-below': [docx('glyph'), pdf('glyph'), pdf('glyph', COUNCIL), docx('glyph', COUNCIL)],
  'centred-cells': [pdf('glyph'), docx('control'), pdf('bracket', COUNCIL), docx('legacy')],
  'life-is-like': [docx('control'), pdf('glyph'), docx('glyph', COUNCIL), pdf('control', { fillable: true })],
  'right-aligned': [pdf('glyph'), docx('control'), pdf('bracket', COUNCIL), docx('glyph')],
  'record-of-support': [docx('glyph'), pdf('glyph'), docx('control', COUNCIL), pdf('glyph', COUNCIL)],
  'pupil-passport': [docx('control'), pdf('glyph'), pdf('bracket'), docx('legacy', COUNCIL)],
  'my-plan': [docx('glyph'), pdf('glyph'), docx('control'), pdf('bracket', COUNCIL)],
  'tac-minutes': [pdf('glyph'), docx('glyph'), pdf('glyph', COUNCIL), docx('glyph', COUNCIL)],
  'care-profile': [docx('control'), pdf('glyph'), docx('legacy'), pdf('control', { fillable: true })],
  'ehcp-sections': [docx('glyph'), pdf('glyph'), docx('control', COUNCIL), pdf('bracket')],
  'hospital-referral': [pdf('glyph', COUNCIL), docx('glyph'), pdf('glyph'), docx('control')],
  'ai-notes': [docx('glyph'), pdf('glyph'), docx('glyph', COUNCIL), pdf('glyph', COUNCIL)],
  'police-notice': [pdf('glyph', COUNCIL), docx('control'), pdf('bracket'), docx('glyph')],
  'tenancy-support': [docx('glyph'), pdf('glyph'), docx('legacy', COUNCIL), pdf('control', { fillable: true })],
  'boxed-record': [docx('glyph'), pdf('glyph'), docx('control', COUNCIL), pdf('bracket', COUNCIL)],
  'probation-family': [pdf('glyph'), docx('glyph'), pdf('glyph', COUNCIL), docx('control')],
  'mhst-request': [docx('control'), pdf('glyph'), docx('glyph', COUNCIL), pdf('bracket')],
  'spoken-dates': [docx('glyph'), pdf('glyph', COUNCIL), docx('control'), pdf('bracket')],
  'community-welfare': [pdf('glyph'), docx('glyph', COUNCIL), pdf('control', { fillable: true }), docx('legacy')],
  'armed-forces': [docx('glyph'), pdf('glyph'), docx('control', COUNCIL), pdf('bracket')],
  'traveller-education': [pdf('glyph'), docx('glyph'), pdf('glyph', COUNCIL), docx('glyph', COUNCIL)],
  'interpreter-led': [docx('control'), pdf('glyph'), docx('glyph'), pdf('control', { fillable: true })],
  'pre-assessment': [docx('glyph'), pdf('glyph'), docx('control', COUNCIL), pdf('bracket', COUNCIL)],
  'edit-stamps': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', { ...EXPORT, ...COUNCIL }), docx('control')],
  'workbook-print': [pdf('glyph'), pdf('glyph', COUNCIL), pdf('bracket'), pdf('glyph', { fontSize: 8 })],
  'indicator-matrix': [docx('control'), pdf('glyph'), docx('glyph', COUNCIL), pdf('bracket')],
  'client-assessment': [pdf('glyph'), docx('glyph'), pdf('control', { fillable: true }), docx('legacy', COUNCIL)],
  meitheal: [docx('glyph'), pdf('glyph', COUNCIL), docx('control'), pdf('glyph')],
  'roman-numbered': [docx('glyph'), pdf('glyph'), docx('legacy', COUNCIL), pdf('bracket')],
  turnaround: [pdf('glyph'), docx('control'), pdf('glyph', COUNCIL), docx('glyph')],
  'small-caps': [pdf('glyph', { smallCaps: true }), docx('glyph', { smallCaps: true }), pdf('bracket', { smallCaps: true, ...COUNCIL }), pdf('glyph', { smallCaps: true })],
  'system-dates': [pdf('glyph', EXPORT), docx('glyph'), pdf('glyph', { ...EXPORT, ...COUNCIL }), docx('glyph', COUNCIL)],
  'required-marks': [pdf('radio'), docx('control'), pdf('vector'), docx('glyph')],
  'named-views': [docx('glyph'), pdf('glyph'), docx('control', COUNCIL), pdf('bracket')],
  'consent-notes': [docx('glyph'), pdf('glyph'), docx('glyph', COUNCIL), pdf('glyph', COUNCIL)],
  'visit-record': [pdf('glyph'), docx('control'), pdf('bracket', COUNCIL), docx('glyph')],
  'many-dates': [docx('glyph'), pdf('glyph', COUNCIL), docx('legacy'), pdf('control', { fillable: true })],
  'kin-labels': [pdf('glyph'), docx('glyph'), pdf('bracket', COUNCIL), docx('control')],
  'cover-letter': [docx('glyph'), pdf('glyph'), docx('glyph', COUNCIL), pdf('glyph', COUNCIL)],
  'caps-choice': [docx('glyph'), pdf('glyph'), docx('glyph', COUNCIL), pdf('glyph', EXPORT)],
  'hv-eha': [docx('legacy'), pdf('control', { fillable: true }), docx('control'), pdf('glyph')],
};

/** Ages that make sure every school value (including not-applicable) turns up in every family. */
const FORCED_AGES = [undefined, undefined, 'unborn', undefined, 2, undefined, 17, 'no-dob'] as const;

function personal(c: Case): string[] {
  return [
    ...c.children.flatMap((k) => [k.unborn ? '' : `${k.given} ${k.family}`, k.dob ?? '']),
    c.parent?.name ?? '',
    c.address,
  ].filter(Boolean);
}

export async function generate(outDir: string, perFamily: number, seed: number, families: Family[] = [...DEV_FAMILIES, ...HOLDOUT_FAMILIES]): Promise<TruthEntry[]> {
  const rng = makeRng(seed);
  const truth: TruthEntry[] = [];
  let n = 0;
  for (const family of families) {
    for (let i = 0; i < perFamily; i++) {
      n++;
      const plan = PLAN[family][i % PLAN[family].length];
      const split = DEV_FAMILIES.includes(family) ? 'dev' : 'holdout';
      const c = makeCase(rng, { ageYears: FORCED_AGES[i % FORCED_AGES.length], pool: split });
      const elements = LAYOUTS[family](c, rng);
      const file = `caf-${String(n).padStart(3, '0')}-${family}.${plan.format}`;
      const bytes = plan.format === 'docx' ? writeDocx(elements, plan.render) : await writePdf(elements, plan.render);
      writeFileSync(join(outDir, file), bytes);
      const first = c.children[0];
      truth.push({
        file,
        family,
        split,
        format: plan.format,
        render: plan.render,
        expected: {
          checklist: expectedChecklist(c),
          children: c.children.length,
          child: { gender: first.gender, ageBand: ageBand(first, c.assessmentDate), ethnicity: c.ethnicity },
          agency: c.assessor.category,
          levelOfNeed: c.levelOfNeed ? String(c.levelOfNeed) : 'unknown',
          rubric: c.grades,
          flags: c.flags,
        },
        personal: personal(c),
      });
    }
  }
  return truth;
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'samples' }, count: { type: 'string', default: '10' }, seed: { type: 'string', default: '2026' } } });
  const formsDir = join(values.out!, 'forms');
  rmSync(formsDir, { recursive: true, force: true });
  mkdirSync(formsDir, { recursive: true });
  const truth = await generate(formsDir, Number(values.count), Number(values.seed));
  writeFileSync(join(values.out!, 'truth.json'), JSON.stringify(truth, null, 1) + '\n');
  const coverage = new Map<string, Set<string>>();
  for (const t of truth) for (const [id, v] of Object.entries(t.expected.checklist)) coverage.set(id, (coverage.get(id) ?? new Set()).add(v));
  console.log(`wrote ${truth.length} forms to ${formsDir}`);
  for (const [id, vs] of coverage) console.log(`  ${id}: ${[...vs].sort().join(', ')}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();
