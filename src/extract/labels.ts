// Matches a form's label wording to a canonical field. Labels are compared as sets of stemmed
// words, so word order, punctuation, numbering and plurals do not matter, and a label that adds
// words to a known one ("Registered GP" against "GP") still matches, at a lower score.
import { readFileSync } from 'node:fs';
import { stemmer } from 'stemmer';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isSubsequence } from './abbreviations.js';
import { meantWords } from './misreadings.js';
import { startsWithBox } from './values.js';

export const LabelTableSchema = z.object({
  version: z.literal(1),
  sections: z.record(z.string(), z.array(z.string()).min(1)),
  fields: z.record(
    z.string(),
    z.object({
      aliases: z.array(z.string()).default([]),
      scoped: z.record(z.string(), z.array(z.string())).default({}),
      concepts: z.array(z.string()).default([]),
      exact: z.array(z.string()).default([]),
      /** short: a name, date, number or a few words, never a sentence of prose */
      answer: z.enum(['short', 'text']).default('text'),
      /** what an answer to it looks like (patterns, any case): an answer the reading of the form
       *  missed is looked for beside the question's label only where these are given */
      looks: z.array(z.string()).default([]),
      /** a last resort for a question no wording above names: words a label asking it would use.
       *  Each hint is groups of alternatives ("view|say|think parent|carer"): a label with a word
       *  of every group, and no "-word", is taken for it when the form asks nothing else of the
       *  kind, and its answer looks right (`looks`, or a sentence where there is none) */
      hints: z.array(z.string()).default([]),
      /** words that rule the field out wherever they stand in a label ("review": the date of a
       *  review is not the assessment's date, nor those at a review the assessment's) */
      not: z.array(z.string()).default([]),
      /** how a report tells the answer in a sentence, with no question beside it: patterns (any
       *  case) whose group "answer" is the answer ("I completed this assessment … on (date)") */
      told: z.array(z.string()).default([]),
    }),
  ),
  columns: z.record(z.string(), z.array(z.string()).min(1)),
  synonyms: z.record(z.string(), z.array(z.string()).min(1)).default({}),
});
export type LabelTable = z.infer<typeof LabelTableSchema>;

// "by" and "on" stay: "completed by" (a person) and "completed on" (a date) are different questions.
// Pronouns say whom a form addresses ("Who do you live with?"), not what it asks.
const STOP = new Set(['the', 'a', 'an', 'of', 'or', 'and', 'to', 'is', 'are', 'for', 'in', 'this', 'if', 'any', 'with', 'your', 'was', 'be', 'at', 'please', 'it', 'has', 'have', 'do', 'does', 'own', 'we', 'you', 'they', 'their', 'them', 'our', 'us', 'he', 'she', 'his', 'her', 'i', 'my', 'me', 'can', 'did']);
const KEEP_SHORT = new Set(['who', 'when', 'what']);

/** Words whose stem would merge two questions: "parenting" (the domain) is not "parent" (a
 *  person), a school's "attendance" is not who "attended", "positives" are no "position",
 *  what "happened" (the reason) is not what needs to "happen" (the outcomes), and a client's
 *  "dependants" (the children) are no "dependency". */
const UNSTEMMED = new Map([['parenting', 'parenting'], ['attendance', 'attendance'], ['positives', 'positives'], ['positive', 'positive'], ['happened', 'happened'],
  ...['dependant', 'dependants', 'dependent', 'dependents'].map((w): [string, string] => [w, 'dependant'])]);

/** a label that asks for a date by its first word ("Date of …", "Date assessment completed") */
const DATE_OF = /^dates?\b/;
/** what a date cannot answer: the assessment's findings (the domains and the summary, each in
 *  prose) and who someone is (a name, a role, an organisation) */
const NO_DATE = /^(domain|summary)\.|\.(name|combined|role|org)$/;

/** "Please state …", "Describe the …": an instruction's verb says nothing of what it asks for. */
const INSTRUCTION = /^\s*(please\s+(give|state|record|describe|list|provide|enter|indicate|specify|confirm|say|tell us|name)|(give|state|record|describe|list|provide|enter|indicate|specify|confirm)(?=\s+(the|your|any|all|a|an|whether|how|what|who|when|why|if)\b))\s+(the\s+name\s+of\s+)?/;

/** Lower-case words without punctuation or leading numbering ("3.", "Section 4:", "Part A -"). */
export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    // "D.O.B.", "G.P.": an abbreviation dotted letter by letter is the word its letters make.
    .replace(/\b(?:[a-z]\.){2,}/g, (m) => m.replace(/\./g, ''))
    // "action1", "sibling2": a field name with its number run on.
    .replace(/\b([a-z]{3,})(\d{1,2})\b/g, '$1 $2')
    .replace(/[’']/g, "'")
    // "Mum's mobile", "Father's views": the parent's details or words, asked by their part in the
    // family ("Mum's health" or "Dad's involvement" asks no detail of the parent's).
    .replace(/\b(mum|mother|mam|mom|dad|father)'s(?= (full )?(name|phone|mobile|telephone|tel|contact|address|email|views?|comments?|words|voice|wishes|thoughts|signature)\b)/g, 'parent')
    // "Part 2 -", "Item 4 -" (a meeting's agenda): where in the form, not what it asks
    .replace(/^\s*(section|part|step|(agenda )?item)\s+\w+\s*[:.\-–]\s*/, '')
    // "3.", "(3)", "5.1", "A4", "Q7", "B." : the question's or the section's number on the form.
    .replace(/^\s*\(?(q\.?\s*)?[a-z]?\d+(\.\d+)*[.):]?\s+/, '')
    .replace(/^\s*\(?[a-h][.)]\s+/, '')
    // "iv)", "(ix)", "xii.": the question's number in Roman numerals.
    .replace(/^\s*\(?(?=[ivx])x{0,3}(ix|iv|v?i{0,3})[.)]\s+/, '')
    // "Please give the name of the child's GP practice" asks for the GP practice.
    .replace(INSTRUCTION, '')
    // "Date of birth dd/mm/yy", "Gender M/F": how to write the answer is no part of the question.
    .replace(/\b(dd|mm)\s*[/.-]\s*(mm|dd)\s*[/.-]\s*(yy|yyyy|ccyy)\b/g, ' ')
    .replace(/(\w)\s+(m\s*\/\s*f|y\s*\/\s*n)\s*$/, '$1 ')
    .replace(/&/g, ' and ')
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A label that says "not" of what it asks ("Family not living in the home"); "if not signed",
 *  "rather not say" and "prefer not to say" offer a choice, they do not negate. */
const negates = (text: string) => /\bnot\b/.test(text.replace(/\b(if|rather|prefer|whether or) not\b/g, ''));

export function labelTokens(label: string, keepQuestionWords = false, synonyms?: Synonyms): string[] {
  const words = normaliseLabel(label).split(' ').filter(Boolean);
  const kept = words.filter((w) => !STOP.has(w) || (keepQuestionWords && KEEP_SHORT.has(w)));
  const stems = (kept.length ? kept : words).map((w) => UNSTEMMED.get(w) ?? stemmer(w));
  return synonyms ? synonyms(stems) : stems;
}

/** Rewrites a label's stems with each synonym replaced by the word the table uses for it. */
export type Synonyms = (stems: string[]) => string[];

function compileSynonyms(table: LabelTable['synonyms']): Synonyms {
  const pairs = Object.entries(table).flatMap(([word, variants]) => variants.map((v) => [labelTokens(v).join(' '), labelTokens(word).join(' ')] as const));
  if (!pairs.length) return (t) => t;
  // Longest first, so "key worker" is read before "worker" could be.
  pairs.sort((a, b) => b[0].length - a[0].length);
  const to = new Map(pairs);
  // Stems are lower-case letters and digits: nothing in them needs escaping.
  const re = new RegExp(`\\b(${pairs.map(([v]) => v).join('|')})\\b`, 'g');
  return (stems) => stems.join(' ').replace(re, (m) => to.get(m) ?? m).split(' ');
}

/** 1 for the same words; containment and overlap score lower, so a closer wording wins. */
export function similarity(a: string[], b: string[], wary = true): number {
  return similarityOfSets(new Set(a), new Set(b), wary);
}

function similarityOfSets(A: Set<string>, B: Set<string>, wary: boolean): number {
  if (!A.size || !B.size) return 0;
  let common = 0;
  for (const t of A) if (B.has(t)) common++;
  if (common === 0) return 0;
  if (common === A.size && common === B.size) return 1;
  const dice = (2 * common) / (A.size + B.size);
  // The label holds every word of the alias and adds a few: "registered gp" ⊇ "gp". Each extra
  // word costs, so a sentence that happens to contain "assessment" and "complete" is no label.
  // One generic word inside a longer label ("team" in "Favourite football team") says little;
  // in a table's column header ("Person responsible") it is the usual case.
  if (common === B.size) return Math.max(dice, wary && B.size === 1 ? 0.86 - 0.12 * (A.size - 1) : 0.9 - 0.08 * (A.size - common));
  // The label is part of the alias ("Views" of "child views"): too little said to be sure.
  if (common === A.size) return dice * 0.9;
  return dice;
}

interface Compiled {
  id: string;
  set: Set<string>;
  /** the alias as written, normalised: a label worded exactly so wins a tie */
  text?: string;
  section?: string;
  exactOnly?: boolean;
}

interface Concept {
  id: string;
  all: string[];
  none: string[];
}

const compiled = (id: string, tokens: string[], more: Partial<Compiled> = {}): Compiled => ({ id, set: new Set(tokens), ...more });

/** A list of wordings with, for each word, the wordings that hold it: a wording that shares no
 *  word with a label scores 0, so only those that do are compared. */
interface WordingList {
  items: Compiled[];
  byToken: Map<string, number[]>;
}

function wordingList(items: Compiled[]): WordingList {
  const byToken = new Map<string, number[]>();
  items.forEach((c, i) => {
    for (const t of c.set) {
      const at = byToken.get(t);
      if (at) at.push(i);
      else byToken.set(t, [i]);
    }
  });
  return { items, byToken };
}

/** A concept's score: under any exact alias, and higher the more words it asks for. */
const conceptScore = (c: Concept) => Math.min(0.9, 0.72 + 0.06 * c.all.length);

/** As a section: a wording that any heading's scoped aliases know is taken. */
export const ANY_SECTION = '*';

export interface LabelMatch {
  id: string;
  score: number;
}

export class LabelMatcher {
  private readonly fields: WordingList;
  private readonly sections: WordingList;
  private readonly columns: WordingList;
  private readonly concepts: Concept[] = [];
  private readonly synonyms: Synonyms;
  /** Every word any wording in the table uses, to tell a language the table does not speak. */
  private readonly vocabulary = new Set<string>();

  constructor(readonly table: LabelTable) {
    this.synonyms = compileSynonyms(table.synonyms);
    const tokens = (label: string, keepQuestionWords = false) => labelTokens(label, keepQuestionWords, this.synonyms);
    const fields: Compiled[] = [];
    for (const [id, f] of Object.entries(table.fields)) {
      if (f.looks.length) this.looksLike.set(id, f.looks.map((p) => new RegExp(p, 'i')));
      if (f.not.length) this.ruledOut.set(id, f.not.flatMap((w) => tokens(w)));
      if (f.told.length) this.tellings.set(id, f.told.map((p) => new RegExp(p, 'i')));
      for (const h of f.hints) {
        const words = h.split(/\s+/);
        const groups = words.filter((w) => !w.startsWith('-')).map((w) => new Set(w.split('|').flatMap((a) => tokens(a))));
        this.hints.push({ id, groups, none: new Set(words.filter((w) => w.startsWith('-')).flatMap((w) => tokens(w.slice(1)))) });
      }
      for (const a of f.aliases) fields.push(compiled(id, tokens(a), { text: normaliseLabel(a) }));
      for (const a of f.exact) fields.push(compiled(id, tokens(a), { text: normaliseLabel(a), exactOnly: true }));
      for (const [section, as] of Object.entries(f.scoped)) for (const a of as) fields.push(compiled(id, tokens(a), { section }));
      for (const c of f.concepts) {
        const words = c.split(/\s+/);
        const all = words.filter((w) => !w.startsWith('-')).join(' ');
        this.concepts.push({ id, all: tokens(all), none: words.filter((w) => w.startsWith('-')).flatMap((w) => tokens(w.slice(1))) });
      }
    }
    this.fields = wordingList(fields);
    this.sections = wordingList(Object.entries(table.sections).flatMap(([id, as]) => as.map((a) => compiled(id, tokens(a)))));
    this.columns = wordingList(Object.entries(table.columns).flatMap(([id, as]) => as.map((a) => compiled(id, tokens(a, true), { text: normaliseLabel(a) }))));
    for (const list of [this.fields, this.sections, this.columns]) for (const t of list.byToken.keys()) this.vocabulary.add(t);
    for (const c of this.concepts) for (const t of c.all) this.vocabulary.add(t);
    const wordings = [
      ...Object.values(table.fields).flatMap((f) => [...f.aliases, ...f.exact, ...Object.values(f.scoped).flat(), ...f.concepts]),
      ...Object.values(table.sections).flat(), ...Object.values(table.columns).flat(), ...Object.entries(table.synonyms).flat(2),
    ];
    for (const w of wordings.flatMap((x) => normaliseLabel(x).split(' '))) if (/^[a-z]{2,}$/.test(w)) this.words.set(w, (this.words.get(w) ?? 0) + 1);
  }

  /** Every word the table's wordings use, as written, with how often: what an abbreviation on a
   *  form ("Disab.", "asst.") or a misread word ("Ethnlcity") may stand for. */
  private readonly words = new Map<string, number>();

  private readonly looksLike = new Map<string, RegExp[]>();
  private readonly hints: { id: string; groups: Set<string>[]; none: Set<string> }[] = [];
  /** a field's `not` words, stemmed */
  private readonly ruledOut = new Map<string, string[]>();
  private readonly isRuledOut = (id: string, label: Set<string>) => !!this.ruledOut.get(id)?.some((t) => label.has(t));

  /** The fields a label's words hint at (`hints`), best first; none for a label that says "not"
   *  ("Family members not living in the home" is no household). */
  hinted(label: string): string[] {
    if (negates(normaliseLabel(label))) return [];
    const have = new Set(this.tokens(label));
    return this.hints.filter((h) => h.groups.every((g) => [...g].some((t) => have.has(t))) && ![...h.none].some((t) => have.has(t)) && !this.isRuledOut(h.id, have)).map((h) => h.id);
  }

  private readonly tellings = new Map<string, RegExp[]>();

  /** The fields a sentence can tell the answer to (`told`). */
  toldFields(): string[] {
    return [...this.tellings.keys()];
  }

  /** The answer a sentence tells to the field, with the words that lead up to it. */
  told(fieldId: string, text: string): { answer: string; lead: string } | null {
    for (const re of this.tellings.get(fieldId) ?? []) {
      const m = re.exec(text);
      const answer = m?.groups?.answer;
      if (!m || !answer) continue;
      // The lead is the sentence as far as the answer, so the evidence reads as the form does.
      const start = Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf('. ', m.index) + 1, 0);
      const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();
      return { answer: oneLine(answer), lead: oneLine(text.slice(start, m.index + m[0].lastIndexOf(answer))) };
    }
    return null;
  }

  /** The fields whose answers have a look of their own (`looks`). */
  typedFields(): string[] {
    return [...this.looksLike.keys()];
  }

  /** Whether a value looks like an answer to the field. */
  looks(fieldId: string, value: string): boolean {
    return !!this.looksLike.get(fieldId)?.some((re) => re.test(value));
  }

  /** Whether a text names something by a word the table never uses, capitalised as a name is
   *  ("Kingsmere Academy", "Dr Anand"): what a question is answered with, not how it is asked. */
  namesUnknown(text: string): boolean {
    return (text.match(/\b[A-Z][a-z’']+\b/g) ?? []).some((w) => !this.known(w.toLowerCase().replace(/[’']s$/, '')));
  }

  /** Whether the field's answer is a few words (a name, a date), so a sentence cannot be it. */
  shortAnswer(fieldId: string): boolean {
    return this.table.fields[fieldId]?.answer === 'short';
  }

  /** A label's words as the table compares them: stemmed, with synonyms read as the table's word. */
  tokens(label: string, keepQuestionWords = false): string[] {
    return labelTokens(label, keepQuestionWords, this.synonyms);
  }

  private best(list: WordingList, tokens: string[], section?: string | null, wary = true, text?: string): LabelMatch | null {
    const label = new Set(tokens);
    // In the list's order, so that of two equal scores the first wording wins.
    const candidates = [...new Set([...label].flatMap((t) => list.byToken.get(t) ?? []))].sort((a, b) => a - b);
    let best: LabelMatch | null = null;
    for (const i of candidates) {
      const c = list.items[i];
      if (c.section && c.section !== section && section !== ANY_SECTION) continue;
      // Under its own heading a scoped wording beats a general one of the same score.
      // An exact wording matches only the same words, not the same stems ("Parenting" ≠ "Parent").
      if (c.exactOnly && c.text !== text) continue;
      // "What is not working well?" is not "What is working well?".
      if (label.has('not') !== c.set.has('not') || this.isRuledOut(c.id, label)) continue;
      const sim = similarityOfSets(label, c.set, wary);
      const s = sim + (c.section ? 0.01 : 0) + (text && c.text === text ? 0.005 : 0);
      if (!best || s > best.score) best = { id: c.id, score: s };
    }
    return best;
  }

  private readonly fieldCache = new Map<string, LabelMatch | null>();

  field(label: string, section: string | null, min = 0.66): LabelMatch | null {
    const m = cached(this.fieldCache, `${section ?? ''}\u0000${label}`, () => this.matchField(label, section));
    return m && m.score >= min ? m : null;
  }

  /** conceptSlack: how many words a label may hold beyond a concept's and still be taken for it */
  private matchField(label: string, section: string | null, conceptSlack = Infinity): LabelMatch | null {
    const asks = /\?\s*$/.test(label);
    // The end of a sentence carried on from the line above ("household is chaotic and the
    // children are out of control.") tells, it does not ask: no concept is taken from its words.
    const slack = /^[a-z]/.test(label.trim()) && /[.!]\s*$/.test(label) && label.split(/\s+/).length >= 5 ? -1 : conceptSlack;
    const match = (w: string) => this.fieldByTokens(this.tokens(w), section, normaliseLabel(w), asks, slack);
    const head = headOf(label);
    const m = bestOf([...this.wordings(label).map(match), ...this.readings(label).map((w) => guessed(match(w))), ...(head ? [guessed(match(head))] : [])]);
    // "Date of strengths and needs identification" asks when, not for the strengths, and "Date
    // allocated to worker" not for the worker: a date is no finding and no person. Its words may
    // still hint at the date it is. ("Date and reason for referral" does ask the reason, and
    // "Date consent given" whether it was.)
    return m && DATE_OF.test(normaliseLabel(label)) && NO_DATE.test(m.id) ? null : m;
  }

  /** The label as the table's words would have it: its abbreviations ("Disab.?", "Date of
   *  asst.", "P/C addr. (if diff.)") read as a word of the table that starts with the abbreviation,
   *  or else holds its letters in order from the same first letter ("asst" in "assessment"), the
   *  table's commonest first; and its mistyped or misread words ("Ethnlcity", "assessrnent") as
   *  the words they were meant to be. Each reading is a wording of its own; the best match wins. */
  private readings(label: string): string[] {
    // Prose passes through here too (is this cell a question?); a label is short.
    if (label.split(/\s+/).length > 12) return [];
    const options: [string, string[]][] = [];
    for (const [abbr, short] of label.matchAll(/\b([A-Za-z]{2,6})\.(?=[\s,/?):]|$)/g)) {
      const a = short.toLowerCase();
      if (this.known(a)) continue;
      // A word of three letters is no one's abbreviation: "no." is not short for "nok".
      const candidates = [...this.words.keys()].filter((w) => w.length > a.length && w.length >= 4 && w[0] === a[0] && isSubsequence(a, w));
      const prefixed = candidates.filter((w) => w.startsWith(a));
      const ranked = (prefixed.length ? prefixed : candidates).sort((x, y) => this.words.get(y)! - this.words.get(x)!).slice(0, 3);
      if (ranked.length) options.push([abbr, ranked]);
    }
    for (const [word] of label.matchAll(/\b[A-Za-z][A-Za-z01]{4,}\b/g)) {
      const w = word.toLowerCase();
      if (this.known(w) || options.some(([abbr]) => abbr.startsWith(word))) continue;
      const meant = cached(this.meantCache, w, () => meantWords(w, this.words));
      if (meant.length) options.push([word, meant]);
    }
    let out = options.length ? [label] : [];
    for (const [abbr, ranked] of options.slice(0, 3)) out = out.flatMap((l) => ranked.map((w) => l.replace(abbr, w)));
    return out;
  }

  private readonly meantCache = new Map<string, string[]>();
  /** A word the table uses, as written or by its stem. */
  private readonly known = (w: string) => this.words.has(w) || this.vocabulary.has(stemmer(w));

  /** The label's wordings, and for a form that gives each label in two languages ("Enw / Name"),
   *  the side in words the table knows when the other side holds none ("Comments by the child /
   *  young person" is one English label, both of whose sides the table knows). */
  private wordings(label: string): string[] {
    const all = withAndWithoutBrackets(label);
    const sides = all.length ? all[all.length - 1].split(/\s+\/\s+/) : [];
    if (sides.length !== 2) return all;
    const known = sides.map((side) => this.tokens(side).some((t) => this.vocabulary.has(t)));
    return known[0] !== known[1] ? [...all, sides[known[0] ? 0 : 1]] : all;
  }

  /** asks: the label ends in "?", and a question may run longer than a label before it is prose */
  private fieldByTokens(tokens: string[], section: string | null, text: string, asks: boolean, conceptSlack: number): LabelMatch | null {
    let m = this.best(this.fields, tokens, section, true, text);
    // Concepts are for labels, not sentences.
    // A question, or a declaration to sign ("I confirm the family has consented to …"), runs longer.
    const content = tokens.filter((t) => t !== 'by' && t !== 'on').length;
    const short = content <= 7 && text.split(' ').length <= (asks || /^i /.test(text) ? 14 : 10);
    // A long question ("Are you happy for the information on this assessment to be stored and
    // shared with …?") is still taken for a concept of two words or more, by a little less.
    // So is a long conditional one ("Where consent was given verbally, the name of the
    // practitioner who took it and the date").
    const long = !short && (asks || /^(if|where|when)\b/.test(text)) && content <= 14 && text.split(' ').length <= 24;
    if (short || long) {
      const have = new Set(tokens);
      let firstAt = -1;
      for (const c of this.concepts) {
        // As for wordings: a label that says "not" is not a concept's unless the concept says it.
        if ((long && c.all.length < 2) || negates(text) !== c.all.includes('not') || !c.all.every((t) => have.has(t)) || c.none.some((t) => have.has(t)) || have.size - c.all.length > conceptSlack || this.isRuledOut(c.id, have)) continue;
        const s = conceptScore(c) - (long ? 0.1 : 0);
        // In a long question two concepts may tie: the one it speaks of first is its subject
        // ("Where consent was given verbally, the name of the practitioner …" asks of consent).
        const at = long ? Math.min(...c.all.map((t) => tokens.indexOf(t))) : -1;
        if (!m || s > m.score || (long && s === m.score && at < firstAt)) [m, firstAt] = [{ id: c.id, score: s }, at];
      }
    }
    return m;
  }

  private readonly questionCache = new Map<string, LabelMatch | null>();

  /** The field a cell asks for, taken on its wording alone and only when the wording is nearly
   *  all question: "Consent form signed by Marta Penhaligon" holds a concept's words, but it is an
   *  answer. For telling questions from answers where a row mixes them. */
  question(text: string, min = 0.75): LabelMatch | null {
    // An answer may hold a concept's words and one more; a cell that ends in "?" asks, in more words.
    const slack = /\?\s*$/.test(text) ? 3 : 1;
    // A question holds no long number: "UPN K655387237668" or "Tier 2, 12/03/2025" is an answer.
    const m = cached(this.questionCache, text, () => (/[.!]$/.test(text.trim()) || startsWithBox(text) || /\d{4,}/.test(text) ? null : this.matchField(text, ANY_SECTION, slack)));
    return m && m.score >= min ? m : null;
  }

  private readonly sectionCache = new Map<string, LabelMatch | null>();
  private readonly columnCache = new Map<string, LabelMatch | null>();

  /** The section a title names; "Child 2" and "Parent / carer 1" name theirs, numbered. */
  section(text: string, min = 0.88): LabelMatch | null {
    const unnumbered = text.replace(/\s+\(?\d{1,2}\)?\s*$/, '');
    const m = cached(this.sectionCache, text, () => bestOf([...new Set([text, unnumbered])].flatMap((t) => this.wordings(t)).map((w) => this.best(this.sections, this.tokens(w)))));
    return m && m.score >= min ? m : null;
  }

  column(header: string, min = 0.8): LabelMatch | null {
    // A column's own wording ("Response") beats one sharing its stem ("Responsible").
    const m = cached(this.columnCache, header, () => bestOf(this.wordings(header).map((w) => this.best(this.columns, this.tokens(w, true), null, false, normaliseLabel(w)))));
    // A heading worded exactly as a question ("Completed by", "Who was present") and only like a
    // column ("by when", "who") asks that question of the row below: it heads no plan.
    if (m && m.id.startsWith('action.') && m.score < 0.9 && (this.question(header)?.score ?? 0) >= 1) return null;
    return m && m.score >= min ? m : null;
  }
}

/** "you" and "your" in a form put to the parent ("Your name", "Your child's school", "What do you
 *  think of this plan?") are the parent; "your child" is the child and "your worker" the worker.
 *  In a form the child speaks ("I like to be called", "What I need help with") they are the
 *  child: "Is there anything else you want to tell us?" asks for the child's view. */
export function askedOf(matcher: LabelMatcher, addressed: Addressed): LabelMatcher {
  const who = addressed === 'child' ? 'child' : 'parent';
  // Where the parent speaks ("My child's name", "What I think", "Who lives with us") "I" and "we"
  // are the parent; "our doctor" is the family's.
  // Where the child speaks, "My name" is the child's.
  const speaker = (label: string) =>
    addressed === 'child'
      ? label.replace(/\bmy name\b/gi, 'child name')
      : addressed === 'parent speaking'
      ? label
          .replace(/\b(my|our) (child|son|daughter|baby|children)(['’]s)?/gi, 'child$3')
          .replace(/\bmy name\b/gi, 'parent name')
          .replace(/\b(my|our)\s+/gi, '')
          .replace(/\b(i|me|we|us)\b/gi, 'parent')
      : label;
  const as = (label: string) =>
    speaker(label)
      .replace(/\byour (child|son|daughter|baby)('s)?/gi, 'child$2')
      .replace(/\byour ((early help |family support )?worker|practitioner|keyworker|family|home|household|parents?|carers?|mum|dad)\b/gi, '$1')
      .replace(/\b(you|your|yourself)\b/gi, who);
  return reworded(matcher, as);
}

/** The given names of the child and of the parent, as a form's own headings call them ("What life
 *  is like for Amelia", "In Amina's words"). */
export interface Names {
  child?: string;
  parent?: string;
}

const nameAt = (name: string) => {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // the person's own ("Amelia's words"), whom the question ends on ("for Amelia?"), or whom it
  // asks about straight after its question word ("What Amelia says", "How Donna manages")
  return new RegExp(`\\b${n}(?=['’]s\\b)|(?<=\\b(for|about|with|to|of|from)\\s+)${n}(?=\\s*[?:]?\\s*$)|(?<=^\\s*([Ww]hat|[Hh]ow|[Ww]hy|[Ww]ho|[Ww]hen|[Ww]here)\\s+)${n}\\b`, 'g');
};

/** A label that names the child or the parent read as though it said "child" or "parent". */
export function calledByName(matcher: LabelMatcher, names: Names): LabelMatcher {
  return reworded(matcher, byName(names));
}

const byName = (names: Names) => (label: string) => [['child', names.child], ['parent', names.parent]].reduce((l, [who, n]) => (n ? l.replace(nameAt(n), who!) : l), label);

/** Whether a form's labels read otherwise with the child and the parent called so: a short text
 *  naming one of them that the table reads as another question, or as one where it read none.
 *  Most forms name the child only in their answers ("Ruby's attendance"), and are read once. */
export function callsByName(texts: string[], names: Names, matcher: LabelMatcher): boolean {
  const as = byName(names);
  return texts.some((t) => {
    if (t.split(/\s+/).length > 10) return false;
    const named = as(t);
    const reads = named !== t && matcher.field(named, null);
    return !!reads && reads.id !== matcher.field(t, null)?.id;
  });
}

/** The matcher reading every label as `as` rewrites it. */
function reworded(matcher: LabelMatcher, as: (label: string) => string): LabelMatcher {
  return Object.assign(Object.create(matcher) as LabelMatcher, {
    field: (label: string, section: string | null, min?: number) => matcher.field(as(label), section, min),
    question: (text: string, min?: number) => matcher.question(as(text), min),
    hinted: (label: string) => matcher.hinted(as(label)),
  });
}

/** A form that asks the date of its review and no date of assessment (the integrated review at
 *  two, done as the early help assessment): the review is the assessment, and its questions
 *  ("Date of review", "Who was at the review") are the assessment's. A form with both keeps them
 *  apart. */
export function reviewIsAssessment(texts: string[], matcher: LabelMatcher): boolean {
  const short = texts.filter((t) => t.split(/\s+/).length <= 8);
  return short.some((t) => REVIEW_DATE.test(t)) && !short.some((t) => matcher.field(t, null)?.id === 'assessment.date');
}
const REVIEW_DATE = /\b(date of (the )?review|review date)\b/i;

export const reviewedAsAssessed = (matcher: LabelMatcher): LabelMatcher => reworded(matcher, (label) => label.replace(/\breview\b/gi, 'assessment'));

/** Whom a form puts its questions to: the parent where it speaks of "your child" more than once;
 *  the parent speaking where its labels say "my child" more than once; the child where three of
 *  its labels or more speak as the child ("My health", "How my family look after me"). */
export type Addressed = 'parent' | 'parent speaking' | 'child';

export function putTo(texts: string[]): Addressed | null {
  if (texts.filter((t) => /\byour (child|son|daughter|baby)\b/i.test(t)).length >= 2) return 'parent';
  if (texts.filter((t) => /\bmy (child|son|daughter|baby)\b/i.test(t)).length >= 2) return 'parent speaking';
  const speaking = texts.filter((t) => t.split(/\s+/).length <= 10 && /\b(my|me)\b/i.test(t) && !/\b(my|our) (role|name as|job|team|service|agency|organisation)\b/i.test(t));
  return speaking.length >= 3 ? 'child' : null;
}

/** A long question's subject, the words before what qualifies it: "Gender of the child or young
 *  person" in "… as they or their family describe it", "Telephone number" in "… on which the
 *  parent or carer is best contacted", "What are the risks" in "… if these needs are not met?",
 *  "Name of the GP practice" in "… the child is registered with",
 *  "Development of the child" before ": health, learning, emotional wellbeing". A short label
 *  says what it asks in full. */
function headOf(label: string): string | null {
  if (label.split(/\s+/).length <= 8) return null;
  const cut = QUALIFIER.exec(label);
  const head = cut ? label.slice(0, cut.index).trim() : '';
  return /[a-z]{2}/i.test(head) ? head : null;
}
const QUALIFIER = new RegExp(
  [
    '\\s*:\\s',
    ',\\s*(and|or|including|e\\.g\\.)\\s',
    // and what goes with it ("… and their relationship to the child")
    '\\sand (their|his|her)\\s',
    // whose the listed details are ("Name, job title and agency" of the practitioner completing it)
    '(?<=,[^,]+\\sand\\s[^,]+)\\sof the\\s',
    '\\s(as (they|he|she|the family|described|recorded|given|stated)|on which|in which|by which|which|that|if|whether)\\s',
    // a clause with no "that" ("the GP practice the child is registered with")
    '(?<!\\b(of|for|to|with|by|and|or|about|on|in|from|is|are|does|do|has|have|was|the|this|what|how|why|when|who|which|that))\\s(?=the (child|young person|family|parent|carer)\\b)',
  ].join('|'),
  'i',
);

/** A label as written, and without the words in brackets ("Household (names, relationship to
 *  child)": they explain, they do not name). */
function withAndWithoutBrackets(label: string): string[] {
  const bare = label.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  return [...new Set([label, bare])].filter(Boolean);
}

/** The same wordings recur on every form of a batch: each is matched once. Answers pass through
 *  too (is this cell a question?), so a cache is emptied at a bound, or a long batch would grow it. */
function cached<T>(cache: Map<string, T>, key: string, match: () => T): T {
  let m = cache.get(key);
  if (m === undefined) {
    if (cache.size >= 20_000) cache.clear();
    cache.set(key, (m = match()));
  }
  return m;
}

/** A reading of abbreviations or misread words is a guess: a label as written that scores the same wins. */
const guessed = (m: LabelMatch | null): LabelMatch | null => (m ? { id: m.id, score: m.score * 0.98 } : null);

const bestOf = (matches: (LabelMatch | null)[]): LabelMatch | null => matches.reduce<LabelMatch | null>((a, b) => (b && (!a || b.score > a.score) ? b : a), null);

export function loadLabelTable(path: string): LabelTable {
  return LabelTableSchema.parse(parseYaml(readFileSync(path, 'utf8')));
}
