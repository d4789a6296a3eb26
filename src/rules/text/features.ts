// What a passage of assessment says, as features the rubric and flags can name in their reasons:
// whether it cites a source or a fact, is about the child, states an impact, a measure, a timescale,
// or names a service. Lexicons come from rules/lexicons.yaml, so a council can extend them.
import { parseDate, termRegex } from '../../extract/values.js';
import type { Lexicons } from './lexicons.js';

const NUMBER_WORDS = '(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|once|half)';
/** A fact someone could check: a count, a percentage, a measure, a date. */
const FACT = new RegExp(`\\b\\d+(\\.\\d+)?\\s*(%|per ?cent|th|st|nd|rd|kg|g|cm|metres|words|days|weeks|months|years|times|sessions|incidents|nights|of the|out of)?\\b|\\b${NUMBER_WORDS}\\b (times|a week|a day|a night|a month|sessions|weeks|days|months|of the)`, 'i');
const MONTH = /\b(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|christmas|easter|half term)\b/i;
const QUOTE = /["“”]/;

export interface TextFeatures {
  /** cites where it comes from: a record, a professional, a visit, a screen */
  source: boolean;
  /** a checkable fact: a number, a date, a quoted word */
  fact: boolean;
  child: boolean;
  parent: boolean;
  /** says what something means for the child */
  impact: boolean;
  measurable: boolean;
  timebound: boolean;
  /** names a service, referral or course */
  service: boolean;
}

export const hasAny = (text: string, terms: string[]) => terms.some((t) => termRegex(t).test(text));
export { termRegex };

export function features(text: string, lex: Lexicons, childNames: string[]): TextFeatures {
  const t = text.toLowerCase();
  const childTerms = [...childNames.map((n) => n.toLowerCase()), ...lex.childWords];
  return {
    source: hasAny(t, lex.sources),
    fact: FACT.test(text) || MONTH.test(text) || QUOTE.test(text) || !!parseDate(text),
    child: hasAny(t, childTerms),
    parent: hasAny(t, lex.parentWords),
    impact: hasAny(t, lex.impact),
    measurable: hasAny(t, lex.measures) || /\b\d+(\.\d+)?\s*(%|th centile|or more|or above|or below|or less)/i.test(text),
    timebound: hasAny(t, lex.timescales) || !!parseDate(text) || /\b(by|before|until) (the )?(end of )?(the )?\w*\s?(term|review|check|month|week|summer|spring|autumn|christmas|easter|half term|january|february|march|april|may|june|july|august|september|october|november|december|\d)/i.test(text) || /\b(within|for|over) (a|one|two|three|four|five|six|\d+) (days|weeks|months)\b/i.test(text),
    service: hasAny(t, lex.services),
  };
}
