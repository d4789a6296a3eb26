// Reading answers: which boxes are ticked, what date is written.
import * as chrono from 'chrono-node/en';
import { CHECKED, UNCHECKED, chosenOptions } from '../ingest/ticks.js';

export interface Ticks {
  checked: string[];
  unchecked: string[];
}

/** A line or cell that opens with a tick box: options, never a question. */
export const startsWithBox = (text: string): boolean => /^\s*[☒☐]/.test(text);

/** How consent was given, in the words forms use for it. */
export const WRITTEN_CONSENT = /\b(written|in writing|signed|signature)\b/i;
export const VERBAL_CONSENT = /\b(verbal|verbally|orally|(by|over the|on the) (tele)?phone|(told|said to) (my|the|her|his|their) (worker|practitioner)|i said so|said yes|by word of mouth)\b/i;

/** Where a copy shared for audit had the family's details taken out ("[REDACTED]", "█████",
 *  "XXXXX", "[number removed]"): something was written there. */
export const REDACTION = /\[\s*([a-z' ]{0,20}\s)?(redacted|removed|withheld)\s*\]|█{3,}|\bX{4,}\b|^\s*redacted\s*$/i;

/** An answer without what its empty boxes offer: an option runs from its box to the next box or
 *  the line's end ("☐ Verbal consent given"); the ticked boxes' marks go too. */
export const withoutUntickedText = (value: string): string => value.replace(/☐[^☒☐\n]*/g, ' ').replace(/☒/g, ' ');

/** The options of a tick-box answer, or null when the answer has no boxes. Boxes may stand
 *  before their option ("☒ Male ☐ Female") or after it ("Male ☒ Female ☐"). */
export function parseTicks(value: string): Ticks | null {
  if (!value.includes(CHECKED) && !value.includes(UNCHECKED)) return null;
  const out: Ticks = { checked: [], unchecked: [] };
  const boxFirst = startsWithBox(value);
  const re = boxFirst ? /([☒☐])\s*([^☒☐]*)/g : /([^☒☐]*?)\s*([☒☐])/g;
  for (const m of value.matchAll(re)) {
    const box = boxFirst ? m[1] : m[2];
    const label = (boxFirst ? m[2] : m[1]).replace(/[,;|]+$/, '').trim();
    (box === CHECKED ? out.checked : out.unchecked).push(label);
  }
  return out;
}

/** "yes / NO / rather not say", "WRITTEN / verbal - form signed": options offered in lower case,
 *  the one chosen typed in capitals where nothing can be ticked or struck through; each line as
 *  boxes, the capitals ticked, any note after the options kept. Answers only: a question may
 *  pair an acronym with a word ("SEN / disability"). */
export function capitalChoice(text: string): string {
  return text.split('\n').map((line) => {
    const [, list, note = ''] = /^(\s*[^/\n-]+(?:\/[^/\n-]+)+?)(\s+-\s+.*)?$/.exec(line) ?? [];
    if (!list) return line;
    const options = list.split('/');
    const upper = (o: string) => /[A-Z]{2}/.test(o) && o === o.toUpperCase();
    if (!options.every((o) => upper(o) || (/[a-z]/.test(o) && o === o.toLowerCase()))) return line;
    // The capitals are the marked options, as a highlight or bold type marks them elsewhere.
    const chosen = chosenOptions(options.map((o, k) => ({ text: `${k ? '/' : ''}${o}`, marked: upper(o) })));
    return chosen ? chosen + note : line;
  }).join('\n');
}

/** The answer as words: the ticked options where there are boxes, else the text itself. */
export function answerText(value: string): string {
  const t = parseTicks(value);
  if (!t) return value.trim();
  const rest = value.replace(/[☒☐]\s*[^☒☐]*/g, '').trim();
  return [...t.checked, rest].filter(Boolean).join(', ');
}

// chrono's UK English set, cut to the parsers of the dates WRITTEN_DATE accepts. The full set's
// weekday, time and relative parsers gave nothing taken here, yet the first parse in a thread
// built all their patterns: 180 ms, paid by each worker and by `cafqa check`, against 15 ms.
// "Mar 12, 2025", month first, is how systems set up for another locale print dates.
const CALENDAR_PARSERS = new Set(['ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser']);
const ukDates = new chrono.Chrono({
  parsers: chrono.GB.parsers.filter((p) => CALENDAR_PARSERS.has(p.constructor.name)),
  refiners: chrono.GB.refiners,
});

const WRITTEN_DATE = /\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(st|nd|rd|th)?\s+(of\s+)?[A-Za-z]{3,}\.?,?\s+\d{2,4}|\d{1,2}-[A-Za-z]{3,9}-\d{2,4}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}/i;
/** "03-Mar-2025", as case systems print dates, in the words chrono reads ("03 Mar 2025"). */
const DASHED_MONTH = /\b(\d{1,2})-([A-Za-z]{3,9})-(\d{2,4})\b/g;

/** A written date in UK day/month order, as ISO yyyy-mm-dd, or null. */
export function parseDate(text: string, ref = new Date('2025-06-01T12:00:00Z')): string | null {
  // Only a written date is taken, and chrono is not cheap: text with nothing shaped like one (most
  // text) cannot give one, since a match in part of the text is a match in the whole.
  // A scan read back by OCR gives "O3/O4/2025" and "l2/03/2025": letters for digits inside a date.
  text = text.replace(/(?<![\w/.-])[\dOoIl]{1,2}[/.-][\dOoIl]{1,2}[/.-][\dOoIl]{2,4}(?![\w/.-])/g, (d) => d.replace(/[Oo]/g, '0').replace(/[Il]/g, '1'));
  if (!WRITTEN_DATE.test(text)) return null;
  text = text.replace(DASHED_MONTH, '$1 $2 $3');
  const results = ukDates.parse(text, ref);
  for (const r of results) {
    const s = r.start;
    // A calendar date, not a relative one ("within 6 weeks" resolves too, but is no date).
    if (!s.isCertain('day') || !s.isCertain('month') || !WRITTEN_DATE.test(r.text)) continue;
    const d = s.date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  return null;
}

const TIMESCALE = /\b(by|within|until|before|weekly|fortnightly|monthly|daily|ongoing|asap|immediately|next|end of|term|half[- ]term|weeks?|months?|summer|spring|autumn|christmas|easter|review|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|\d{1,2}\/\d{1,2}|\d{1,2}\.\d{1,2}\.\d{2,4}/i;

/** An answer to "by when?": a date, or a timescale ("within 6 weeks", "weekly", "end of term"). */
export const isTimescale = (text: string): boolean => TIMESCALE.test(text) || !!parseDate(text);

/** Whole years in an age as forms state it ("7 years 3 months", "8 months", "7 yrs", "6 weeks",
 *  "7"), where a form gives the age rather than the date of birth; null when it states none. */
export function statedYears(text: string): number | null {
  const t = text.toLowerCase();
  const years = /\b(\d{1,2})\s*(years?|yrs?|y)\b/.exec(t);
  if (years) return Number(years[1]);
  const months = /\b(\d{1,3})\s*(months?|mths?|mos?)\b/.exec(t);
  if (months) return Math.floor(Number(months[1]) / 12);
  if (/\b\d{1,2}\s*(weeks?|wks?|days?)\b/.test(t)) return 0;
  const bare = /^\s*(\d{1,2})\s*$/.exec(t);
  return bare ? Number(bare[1]) : null;
}

const MONTH_YEAR = /(?<![\d/.-])(0?[1-9]|1[0-2])\s*[/.-]\s*((?:19|20)\d{2})(?![\d/.-])|(?<!\d\s*)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d{2})\b/i;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Whole years at `atIso` from a birth given as month and year only ("03/2015", "March 2015"), as
 *  a redacted copy gives it; null where there is none, or in the birth month itself, where the
 *  birthday may or may not have come. */
export function yearsSinceMonth(text: string, atIso: string): number | null {
  const m = MONTH_YEAR.exec(text);
  if (!m) return null;
  const month = m[1] ? Number(m[1]) : MONTH_NAMES.indexOf(m[3].slice(0, 3).toLowerCase()) + 1;
  const year = Number(m[2] ?? m[4]);
  const [ay, am] = atIso.split('-').map(Number);
  if (am === month) return null;
  return ay - year - (am < month ? 1 : 0);
}

export function yearsBetween(fromIso: string, toIso: string): number {
  const a = new Date(`${fromIso}T00:00:00Z`), b = new Date(`${toIso}T00:00:00Z`);
  let y = b.getUTCFullYear() - a.getUTCFullYear();
  if (b.getUTCMonth() < a.getUTCMonth() || (b.getUTCMonth() === a.getUTCMonth() && b.getUTCDate() < a.getUTCDate())) y--;
  return y;
}

const termCache = new Map<string, RegExp>();
/** A word or phrase as a whole-word, case-insensitive pattern ("gp" is not in "group"). */
export function termRegex(term: string): RegExp {
  let re = termCache.get(term);
  if (!re) {
    re = new RegExp(`(^|[^a-z])${term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}($|[^a-z])`, 'i');
    termCache.set(term, re);
  }
  return re;
}
