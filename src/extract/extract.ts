// Maps a source document to a CafRecord: walks its units keeping track of the section heading
// (whose "Name" is this?), ties each label to a canonical field through the label table, and
// gathers tables of actions and of children. It knows nothing about quality.
import type { SourceDocument } from '../ingest/document.js';
import { askedOf, calledByName, callsByName, type LabelMatcher, type Names, putTo, reviewedAsAssessed, reviewIsAssessment } from './labels.js';
import type { Action, CafRecord, Field } from './record.js';
import { fieldValue, isBlank } from './record.js';
import { recoverAnswers } from './recover.js';
import { toldAnswers } from './told.js';
import { answerText, capitalChoice, isTimescale, parseDate, parseTicks, startsWithBox, VERBAL_CONSENT, WRITTEN_CONSENT } from './values.js';
import { alternates, BULLET, type LabelTests, NUMBERED_HEADING, splitLabelColon, toUnits } from './units.js';

interface Entry extends Field {
  fieldId: string | null;
  /** a question set on its own (a bold line, "Label:" with nothing after): its answer follows */
  awaiting?: boolean;
  /** opened by a heading or a line in bold, under which even "x: y" prose is the answer */
  heading?: boolean;
  /** a question the table knows, on a line of its own in plain type: its answer is the next line */
  spoken?: boolean;
  /** a question with its own answer cell in this Word table: nothing after the table answers it */
  table?: string;
  score: number;
}

/** A "label" with a verb in it is a sentence cut at a colon ("Speech is delayed: at 27 months"). */
const PROSE = /\b(is|are|was|were|has|have|had|will|would|can|could|does|did|says|said|told)\b(?![^?]*\?$)/i;

/** "SECTION 2 - PARENTS / CARERS", "Part B: Family": a title that says it is one, so a section
 *  that shares its words with a question ("Parents and carers", the domain) is the section. */
const SECTION_MARKER = /^\s*(section|part)\s+(\d{1,2}|[a-h])\b/i;

/** "2.2 Lisa is …" after "2.1 Household: …": a report's next numbered paragraph is an item of
 *  its own, not more of the answer before it. */
function nextNumbered(label: string, text: string): boolean {
  const [a, b] = [/^\s*(\d{1,2})\.(\d{1,2})\b/.exec(label), /^\s*(\d{1,2})\.(\d{1,2})\s/.exec(text)];
  return !!a && !!b && a[1] === b[1] && Number(b[2]) > Number(a[2]);
}

/** The label given to a consent statement that is its own tick box. */
const CONSENT_STATEMENT = 'Consent';

/** How a family table marks the children the assessment is about. */
const ASSESSED = /\b(subject|assessed|focus|included|this child|child being assessed|unborn)\b/i;
/** The answers that tell one child from another. */
const NAMES_A_CHILD = new Set(['child.name', 'child.given', 'child.family', 'child.dob']);
/** what a parent's own details ask as well as the child's */
const ALSO_THE_PARENTS = new Set(['child.gender', 'child.dob', 'child.ethnicity']);
const NAMES_THE_CHILD = /\b(child|children|young|pupil|baby|son|daughter)\b/i;
const PERSONS = new Set(['child', 'parent', 'assessor']);
/** "Child's views obtained?", "Were the parent's views sought?": whether, not what */
const WHETHER_GATHERED = /\b(obtained|sought|gathered|gained|captured|recorded|included|taken)\b|\b(were|was|have|has)\b.*\?\s*$/i;
const WHO_COLUMNS = new Set(['action.who', 'person.name']);
/** a column of what each person said, or the score they gave and why */
const SAID_COLUMN = /\b(why|comments?|views?|says?|said|thinks?|thoughts?|words|feel\w*|wishes|scores?|scaled?|rating)\b/i;
const BARE_NAME = /^\s*(full\s+)?names?(\s*\(s\))?\s*:?\s*$/i;
/** A column of answers given after the assessment: at its review, its update, its close. */
const LATER = /\b(review|reviewed|update|updated|follow[- ]?up|closure|closing)\b/i;
const WORRIED = /\bworr(y|ied|ies)\b/i;
/** An event that asks for a signature or consent rather than recording it. */
const ASKED_FOR = /\b(sent|requested|request|awaiting|reminder|chased|declined to)\b/i;
/** A sentence telling the practitioner what to do with the form, not telling anything of the family. */
/** What a system prints of its own beside the answers, which answers nothing: a case system's
 *  stamp of who last changed a part and when ("Last updated by Kelly Mirza on 27/05/2025 at
 *  16:20"), and a web form's count of what is left of a box ("1873 characters remaining"). */
const CHARACTER_COUNT = /^\s*(characters?\s+(remaining|left)\s*:?\s*\d{1,5}|\d{1,5}(\s*(\/|of)\s*\d{1,5})?\s+characters?(\s+(remaining|left|used))?)\.?\s*$/i;
const EDIT_STAMP = /^\s*(last\s+)?(updated|edited|modified|amended|changed|added|entered|created|saved)\s+by\s+[^.;:]{2,60}?,?\s+(on\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(,?\s+(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]m)?)?\.?\s*$/i;
const INSTRUCTION_TEXT = /^\s*(please\s+(read|complete|tick|sign|use|record|ensure|delete|attach|fill|print|type|write|answer|make sure|check)|tick (one|all|the)|complete (this|the|all)|delete as appropriate)\b[^.]*\.?\s*$/i;
/** A practitioner's part in a list of people ("Class teacher", "Health visitor", "SENCO"). */
const PROFESSIONAL = /\b(teacher|senco|worker|visitor|nurse|practitioner|officer|therapist|doctor|gp|social worker|police|co-?ordinator|mentor|midwife|professional|head of year|keyworker)\b/i;
/** A cell marking one person present or not ("Yes", "Y", "☒", "✓", "Attended"; "No", "☐"). */
const YES_MARK = /^(?:(yes|y|x|attended|present)\b|[☒✓✔])/i;
const NO_MARK = /^(?:(no|n|did not attend|dna|not present|absent)\b|☐)/i;
/** How a family table names a parent or carer. */
const LIST_ITEM = /^\s*[•·▪◦*–-]\s+/;
/** a label that says only that an answer follows ("Comments", "Details"), not what it answers */
const ANSWER_ONLY = /^\s*(comments?|details?|notes?|response|answer|information|description)\s*:?\s*$/i;
const CONSENT_DECISION = /\b(consent\w*|agree\w*|permission|withdr[ae]wn?|declined|refused)\b/i;
const PARENT = /\b(mother|father|mum|dad|parent|carer|guardian|step-?(mother|father|parent)|foster)\b/i;

const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
/** Prose: a sentence of five words or more, or anything past twelve. */
const isProse = (s: string) => wordCount(s) > 12 || (wordCount(s) >= 5 && /[.!]$/.test(s.trim()));
/** A heading in capitals; a lone short code ("WBRI", "APKN") or one with a long number ("UPN
 *  M764255858259") is an answer, not a heading. */
const isAllCaps = (s: string) => /[A-Z]{3}/.test(s) && !/[a-z]/.test(s) && !/^[A-Z0-9]{2,5}$/.test(s.trim()) && !/\d{4,}/.test(s);

export function extractRecord(doc: SourceDocument, labels: LabelMatcher): CafRecord {
  const texts = blockTexts(doc);
  const record = readRecord(doc, texts, labels);
  // Read again where the form's headings call the child or the parent by the name it gives them.
  const names = givenNames(record);
  return callsByName(texts, names, labels) ? readRecord(doc, texts, calledByName(labels, names)) : record;
}

/** The child's and the parent's given names, as a record reads them ("Mrs Amina Ashdown, Mother"
 *  is Amina); a name that is only a part in the family ("Mum") is none. */
function givenNames(r: CafRecord): Names {
  const given = (name: string) => {
    const first = name.replace(/^\s*(mrs|mr|ms|miss|mx|dr)\.?\s+/i, '').match(/^\s*([A-Z][a-z'’-]+)\b/)?.[1];
    return first && !PARENT.test(first) && !/^(unborn|baby|child|not|none|unknown)$/i.test(first) ? first : undefined;
  };
  return { child: given(fieldValue(r, 'child.given') || fieldValue(r, 'child.name')), parent: given(fieldValue(r, 'parent.name')) };
}

function readRecord(doc: SourceDocument, texts: string[], labels: LabelMatcher): CafRecord {
  const addressed = putTo(texts);
  const asked = addressed ? askedOf(labels, addressed) : labels;
  const matcher = reviewIsAssessment(texts, asked) ? reviewedAsAssessed(asked) : asked;
  // "Ethnicity: APKN | Language: Polish" answers its questions in its own cells: it heads nothing.
  const answersItself = (cells: string[]) => cells.some((c) => splitLabelColon(c)?.value);
  // "Name | Ruby Cole | Date of birth | 03/04/2015" and "Worker | Imran Thornbury | Service | …"
  // hold column names, but they are questions and their answers side by side.
  const sideBySide = (cells: string[]) => alternates(cells, cells.map((c) => !!matcher.question(c))) && cells.every((c, i) => i % 2 === 0 || !matcher.column(c));
  const isRecordHeader = (cells: string[]) => {
    if (answersItself(cells) || sideBySide(cells)) return false;
    // Two cells are as often a label and its answer ("Role | Youth Worker"): only exact wordings head a table.
    const ids = new Set(cells.map((c) => matcher.column(c, cells.length === 2 ? 0.95 : 0.8)?.id).filter(Boolean));
    return ids.size >= 2 && ids.size >= Math.ceil(cells.filter((c) => c.trim()).length / 2);
  };
  // A row of questions whose answers are in the row below ("Date | Completed by | Agency"). Two
  // cells are more often a question and an answer that names a field ("Job title | School nurse"),
  // so they ask only over a row that opens with an answer, or a blank ("Date of mapping | Who was
  // there?" › "3 May 2025 | Both parents"), where a table of labels and answers opens with a label.
  // Inside a grid of such rows, one question may take a row to itself ("Household members" over
  // its answer, between pairs of questions over theirs).
  const isQuestionRow = (given: string[], next?: string[], inGrid = false) => {
    // In a grid, a row may ask fewer questions than the grid has columns, its last ones blank
    // over blank answers.
    let used = given.length;
    while (inGrid && used > 1 && !given[used - 1].trim() && !next?.[used - 1]?.trim()) used--;
    const cells = given.slice(0, used);
    if (answersItself(cells)) return false;
    const ids = cells.map((c) => matcher.question(c)?.id);
    // Each asks its own question, though some may answer one field ("House of good things |
    // House of worries | House of dreams", all the child's words).
    if (!ids.every(Boolean) || new Set(cells.map((c) => c.trim().toLowerCase())).size !== cells.length) return false;
    // Of two cells, the second must read as a question more than as an answer that names a field.
    const asks = (c: string) => /\?$/.test(c.trim()) || matcher.question(c, 0.8);
    return cells.length >= 3 || (cells.length === 2 && !!asks(cells[1]) && overAnswers(cells, next)) || (inGrid && cells.length === 1 && !!asks(cells[0]) && overAnswers(cells, next));
  };
  // The row below opens with an answer: not a question, or one naming the question above it
  // ("Level of need" over "Tier 1"), since no form asks the same question twice in a row.
  const overAnswers = (questions: string[], next?: string[]) => {
    // Over a row left blank, cell for cell, the questions went unanswered.
    if (questions.length >= 2 && next?.length === questions.length && next.every((c) => !c.trim())) return true;
    if (!next?.some((c) => c.trim()) || answersItself(next)) return false;
    // "Consent (parent / carer 1)" over "Consent (parent / carer 2)": the question again, for another.
    const unbracketed = (c: string) => c.replace(/\([^)]*\)/g, '').trim().toLowerCase();
    if (next[0] !== questions[0] && unbracketed(next[0] ?? '') === unbracketed(questions[0]) && /\(/.test(next[0] ?? '')) return false;
    const below = matcher.question(next[0] ?? '')?.id;
    return !below || below === matcher.question(questions[0])?.id;
  };
  // A table on its side: a column for each person ("Child 1 | Child 2", "Practitioner | Parent /
  // carer"), the questions down the first.
  const isPersonColumns = (cells: string[], next?: string[]) =>
    !cells[0]?.trim() && cells.length >= 2 && cells.slice(1).every((c) => matcher.section(c)) && !!next && !!matcher.question(next[0] ?? '');
  // "| At assessment | At review": a column of answers for each time the form was filled in. The
  // assessment's are the checklist's; a review's or an update's answer a later question.
  const assessedColumn = (cells: string[], next?: string[]) => {
    if (cells[0]?.trim() || cells.length < 3 || !next || !matcher.question(next[0] ?? '')) return -1;
    const later = cells.map((c, k) => k > 0 && LATER.test(c));
    return later.some(Boolean) ? later.findIndex((l, k) => k > 0 && !l && !!cells[k].trim()) : -1;
  };
  // Rows of questions each over a row of answers; a table of children has only one row of names.
  const isQuestionGrid = (rows: string[][]) => isQuestionRow(rows[0], rows[1]) && (!isRecordHeader(rows[0]) || rows.some((r, i) => i > 1 && isQuestionRow(r, rows[i + 1])));
  // An action plan whose columns a form words its own way ("Intervention | Practitioner | Review
  // date"): one recognised column, and the answers tell the rest. Dates and timescales are "when",
  // short names or roles "who", and the first other column is "what".
  const actionColumns = (header: string[], rows: string[][]): (string | null)[] | null => {
    const cols = header.map((h) => matcher.column(h)?.id ?? null);
    const data = rows.filter((r) => r.some((c) => c.trim()));
    // "What will happen | Who and by when": who and when share a column, each row's owner first.
    if (header.length === 2 && cols[0] === 'action.what' && WHO_AND_WHEN.test(header[1]) && data.length) return ['action.what', 'action.who+when'];
    if (header.length < 3 || !data.length || !cols.some((c) => c?.startsWith('action.')) || sideBySide(header)) return null;
    // "Name | DoB / due date | Gender": a table of people, whose due date is a baby's.
    if (cols.filter((c) => c?.startsWith('person.')).length >= 2) return null;
    const mostly = (k: number, test: (v: string) => boolean) => data.filter((r) => test((r[k] ?? '').trim())).length * 2 >= data.length;
    // A column another kind of table would use ("Named contact" could head a list of people) is free.
    const fill = (id: string, test: (k: number) => boolean) => {
      const k = cols.findIndex((c, k) => !c?.startsWith('action.') && test(k));
      if (!cols.includes(id) && k >= 0) cols[k] = id;
    };
    const timescales = (k: number) => mostly(k, (v) => wordCount(v) <= 8 && isTimescale(v));
    // A heading can mislead ("Provided by" reads as "by when"): where another column holds the
    // dates, one headed "when" that does not is free for the answers to tell.
    cols.forEach((c, k) => {
      if (c === 'action.when' && !timescales(k) && cols.some((d, j) => j !== k && d !== 'action.what' && timescales(j))) cols[k] = null;
    });
    fill('action.when', (k) => timescales(k));
    fill('action.who', (k) => k > 0 && mostly(k, (v) => !!v && wordCount(v) <= 6 && !isTimescale(v)));
    fill('action.what', () => true);
    return ['action.what', 'action.who', 'action.when'].every((id) => cols.includes(id)) ? cols : null;
  };
  // "Who | Score (0-10) | Why they gave that score" over a row for each person ("Child / young
  // person | 4 | School is ok …"): what each one said, row by row.
  const isPersonRows = (cells: string[], next?: string[]) =>
    cells.length >= 2 && WHO_COLUMNS.has(matcher.column(cells[0])?.id ?? '') && cells.slice(1).some((c) => SAID_COLUMN.test(c)) && PERSONS.has(matcher.section(next?.[0] ?? '')?.id ?? '');
  const questionAnswerColumns = (header: string[]): [number, number] | null => {
    const ids = header.map((h) => matcher.column(h)?.id);
    const [q, a] = [ids.indexOf('qa.question'), ids.indexOf('qa.answer')];
    return q >= 0 && a >= 0 ? [q, a] : null;
  };
  // "In the next 4 weeks | Weeks 5 to 8 | By the review": a plan as a timeline, a column for each
  // stretch of time (not dates, which answer questions), each action under its own.
  // A plan's own columns for what and who ("Next steps | By whom | By when") are no stretches of time.
  const isTimeline = (cells: string[]) =>
    cells.length >= 2 && cells.every((h) => wordCount(h) <= 8 && isTimescale(h) && !parseDate(h) && !/^action\.(what|who)$/.test(matcher.column(h)?.id ?? ''));
  const tests: LabelTests = {
    questionAnswerColumns,
    isPersonRows,
    isTimeline,
    isHeader: (cells, next) => isTimeline(cells) || isRecordHeader(cells) || isPersonRows(cells, next) || isQuestionRow(cells, next) || isPersonColumns(cells, next) || assessedColumn(cells, next) > 0 || (!!next && !!actionColumns(cells, [next])),
    asksAbove: (cells, next) => cells.length >= 2 && isQuestionRow(cells, next) && overAnswers(cells, next),
    isQuestion: (text) => !!matcher.question(text),
    questionScore: (text) => matcher.question(text)?.score ?? 0,
    isSection: (text) => !!matcher.section(text),
  };
  const units = toUnits(doc.blocks, tests);
  // A line below a question whose answer is a name or a date is its answer only if it could be.
  // Boxes to tick are options, not prose, however many there are.
  const couldAnswer = (e: Entry, text: string) => !e.fieldId || !matcher.shortAnswer(e.fieldId) || startsWithBox(text) || !isProse(text);
  const entries: Entry[] = [];
  const unplaced: Field[] = [];
  const actions: Action[] = [];
  /** consent asked service by service, a yes or a no for each */
  const sharedWith: { service: string; yes: boolean; no: boolean; loc: string }[] = [];
  /** the outcomes a plan's own column names, for a form that asks for them nowhere else */
  let plannedOutcomes: Field | null = null;
  const childRows: CafRecord['childRows'] = [];
  /** the row on which the parent's name or relationship was last given */
  let parentRow: string | null = null;
  let section: string | null = null;
  let pending: Entry | null = null;
  /** the sibling entry a "Child 2" section fills, while in it */
  let otherChild: Entry | null = null;

  // Whose details the last answers were (child, parent, assessor): a bare "Phone number" under
  // "Main parent / carer" is the parent's even where no heading says so. Where a form sets two
  // questions to a row, each side keeps its own ("Date of birth | … | Contact | …" under
  // "Child | … | Parent / carer | …").
  const groups = new Map<number, string>();
  let group: string | null = null;
  // "Ethnicity / religion / first language" › "WBRI / None / English", "Parent / carer: name /
  // relationship" › "Tia Cole / Mother": several questions to a cell, answered in turn. Only
  // where each part asks a question of its own and the answer has as many parts.
  const compound = (label: string, value: string): { parts: [string, string][]; under: string | null } | null => {
    const [, subject = '', rest] = /^(?:([^:]{2,30}):\s*)?(.*)$/s.exec(label.trim())!;
    const asks = rest.split(/\s*\/\s*/);
    // A part left blank leaves its slash: "/ See file. / Parents are managing."
    const answers = ` ${value.trim()} `.split(/\s\/\s/).map((a) => a.trim());
    if (asks.length < 2 || asks.length !== answers.length) return null;
    // A subject that names a section ("Parent / carer") asks its parts under it; another is part
    // of each question ("Child: name").
    const under = matcher.section(subject)?.id ?? null;
    const parts = asks.map((a, k): [string, string] => [subject && !under ? `${subject}: ${a}` : a, answers[k]]);
    const ids = parts.map(([q]) => matcher.field(q, under ?? section)?.id);
    // "Other children: name / DOB" asks of the siblings, whose date of birth is not the child's.
    return ids.every(Boolean) && new Set(ids).size === ids.length && !ids.includes('child.siblings') ? { parts, under } : null;
  };
  const open = (label: string, value: string, loc: string, side?: number): Entry => {
    const split = value.includes(' / ') ? compound(label, value) : null;
    if (!split) return openOne(label, value, loc, side);
    const saved = section;
    section = split.under ?? saved;
    const opened = split.parts.map(([q, a]) => openOne(q, a, loc, side));
    section = saved;
    return opened[opened.length - 1];
  };
  const openOne = (label: string, value: string, loc: string, side?: number): Entry => {
    if (side !== undefined) group = groups.get(side) ?? group;
    let m = matcher.field(label, section);
    // Under "Child 2" the child's questions are another child's: its name and date of birth name
    // a sibling, and its other answers are not the first child's.
    if (otherChild && (m?.id.startsWith('child.') || m?.id === 'services.school')) {
      if (NAMES_A_CHILD.has(m.id) && value.trim()) {
        otherChild.value = `${otherChild.value}${otherChild.value ? ', ' : ''}${value.trim()}`;
        otherChild.location ||= loc;
      }
      m = null;
    }
    if (group && group !== section) {
      const g = matcher.field(label, group);
      if (g && (!m || g.score > m.score)) m = g;
    }
    const e: Entry = { label, value, location: loc, fieldId: m?.id ?? null, score: m?.score ?? 0 };
    const prefix = m?.id.split('.')[0];
    if (prefix === 'child' || prefix === 'parent' || prefix === 'assessor') {
      group = prefix;
      // A side keeps its subject where a title cell named it ("Parent / carer | Tia Cole"); three
      // questions to a row about one subject ("Worker | … | Role | … | Service | …") share it.
      if (side !== undefined && matcher.section(label)) groups.set(side, prefix);
    }
    entries.push(e);
    return e;
  };
  const put = (fieldId: string, label: string, value: string, loc: string) => entries.push({ label, value, location: loc, fieldId, score: 1 });
  const addChildren = (header: string[], listed: string[][], loc: string) => {
    // Where a column marks the child the assessment is about ("Main focus | ✓"), that child comes
    // first, wherever the table lists them (oldest first, say).
    const focus = header.findIndex((h) => matcher.column(h)?.id === 'person.focus');
    const marked = focus >= 0 ? listed.findIndex((r) => YES_MARK.test((r[focus] ?? '').trim())) : -1;
    const order = listed.map((_, i) => i);
    if (marked > 0) order.unshift(...order.splice(marked, 1));
    order.forEach((i) => childRows.push({ cells: Object.fromEntries(header.map((h, k) => [h, listed[i][k] ?? ''])), location: `${loc}, row ${i + 2}` }));
    // The first child's row answers the child's own questions ("Date of birth", "Gender" …).
    if (!listed.length) return;
    const first = listed[order[0]];
    header.forEach((h, k) => {
      const m = matcher.field(h, 'child');
      if (m && !/^(parent|assessor)\./.test(m.id)) put(m.id, h, first[k] ?? '', `${loc}, row ${order[0] + 2}`);
    });
  };
  // A title ("Family") moves to its section, unless the section we are in asks that very question
  // in its own words ("Child" under "Views" is the child's view, not the child's details).
  const enterSection = (text: string) => {
    if (wordCount(text) > 12) return false;
    const here = matcher.field(text, section);
    if (here && here.score >= 1.01) return false;
    // The form's own title ("Early Help Assessment", under the service's name) heads the whole
    // form, not its assessment section: a "Name" under it is not the assessor's.
    const s = matcher.section(text);
    if (s?.id === 'assessment' && !entries.some((e) => e.value.trim())) return false;
    if (s) {
      section = s.id;
      const n = Number(/(\d{1,2})\)?\s*$/.exec(text)?.[1] ?? 1);
      otherChild = s.id === 'child' && n > 1 ? { fieldId: 'child.siblings', label: text, value: '', location: '', score: 1 } : null;
      if (otherChild) entries.push(otherChild);
    }
    return !!s;
  };
  // "SECTION 2 - PARENTS / CARERS" names its section, though the domain shares its words.
  const titledSection = (text: string) => SECTION_MARKER.test(text) && !!matcher.section(text);
  // A short line that names a question starts a new answer; so does a heading in capitals. A
  // sentence is an answer however many label words it holds ("School is ok but reading is hard."),
  // and so is a line about the question just asked ("Level of need:" › "Tier 3"; "Consent" ›
  // "Consent given verbally"): no form asks the same question twice in a row.
  const labelLike = (text: string) => {
    // An item of a list is an answer, whatever it names ("• Riverside Medical Centre (GP) - some contact").
    if (wordCount(text) > 12 || LIST_ITEM.test(text)) return false;
    if (/[?:]$/.test(text) || (isAllCaps(text) && wordCount(text) <= 8) || NUMBERED_HEADING.test(text)) return true;
    // A sentence, or a list ("Donna Thornbury, SENCO, Larkspur Primary School"), is an answer.
    if (/[.!]$/.test(text) || (text.match(/,/g) ?? []).length >= 2) return false;
    const m = matcher.field(text, section, wordCount(text) <= 8 ? 0.75 : 0.95);
    // A line that is itself such an answer, by a name the table does not know ("Kingsmere
    // Academy" heading a letter), asks nothing.
    if (m && matcher.looks(m.id, text) && matcher.namesUnknown(text)) return false;
    // Under a title that names its section and asks its question too ("Consent to share
    // information"), a line worded exactly as the question ("Consent given") is the question.
    const asksUnderTitle = !!m && m.score >= 1.005 && !!pending && !!matcher.section(pending.label) && pending.label.trim() !== text.trim();
    return !!m && (pending?.fieldId !== m.id || asksUnderTitle);
  };

  for (const u of units) {
    if (pending?.table && (!('table' in u) || u.table !== pending.table)) pending = null;
    if (u.t === 'heading') {
      const entered = enterSection(u.text);
      const title = !entries.length;
      pending = open(u.text, '', u.loc);
      // The form's own title ("Common Assessment for Children & Families") asks nothing, though
      // a word or two of it may sound like a question; a title that is one ("Consent") does.
      if (title && pending.score < 0.7) pending.fieldId = null;
      // A heading names whose details follow: "Details of key person of concern" is the child's,
      // though a key person is a worker; the questions under it are not the last subject's.
      if (entered) {
        group = null;
        const prefix = pending.fieldId?.split('.')[0] ?? '';
        if (PERSONS.has(prefix) && PERSONS.has(section ?? '') && prefix !== section) pending.fieldId = null;
      } else if (SECTION_MARKER.test(u.text)) {
        // "Part 2: The child and family" ends part 1's section, though it names none of its own.
        [section, group] = [null, null];
      }
      if (titledSection(u.text)) pending.fieldId = null;
      pending.awaiting = true;
      pending.heading = true;
    } else if (u.t === 'pair') {
      if (!u.label.trim()) {
        if (pending) pending.value = `${pending.value}\n${u.value}`.trim();
        continue;
      }
      // Prose with a colon in it ("Speech is delayed: at 27 months …") answers the question set
      // above it, or continues its answer.
      // A short label the table knows is a question of its own ("Main spoken language (XaG5k) : …").
      const asField = u.soft ? (matcher.field(u.label, section, 0.9) ?? matcher.question(u.label) ?? (wordCount(u.label) <= 5 ? matcher.field(u.label, section, 0.75) : null)) : null;
      // No form asks the same question twice in a row: "Level of need" › "Level 3 - Complex". A
      // title in capitals ("CONSENT") is a section, though, whose first question may share its word.
      const repeats = asField?.id === pending?.fieldId && !isAllCaps(pending?.label ?? '');
      // A line that opens with a question of its own ("Needs - Jayden needs …: …") answers that one.
      const spokenTo = pending?.spoken && !matcher.question(u.soft?.split(/\s+[-–—]\s+|:\s/)[0] ?? '');
      if (u.soft && u.value && pending?.fieldId && !pending.value && (pending.awaiting || spokenTo ? !asField || asField.id === pending.fieldId : repeats)) {
        pending.value = u.soft;
        continue;
      }
      if (u.soft && pending && (/[|;]/.test(u.label) || (PROSE.test(u.label) && !matcher.field(u.label, section) && !matcher.section(u.label)))) {
        pending.value = `${pending.value}\n${u.soft}`.trim();
        continue;
      }
      if (!u.value && enterSection(u.label) && (titledSection(u.label) || !matcher.field(u.label, section))) {
        pending = open(u.label, '', u.loc);
        continue;
      }
      // Under the consent question, "School or nursery | ☒ | ☐" row after row asks consent to
      // share with each service, not about the service: together they answer it.
      if (u.cell && section === 'consent' && /^[☒☐] Yes [☒☐] No$/.test(u.value.trim()) && !matcher.field(u.label, section)?.id.startsWith('consent.')) {
        sharedWith.push({ service: u.label, yes: /☒ Yes/.test(u.value), no: /☒ No$/.test(u.value), loc: u.loc });
        continue;
      }
      // "Child's views" on a row of its own over "Comments | I don't like it when …": the band
      // asks the question, the row under it only labels its answer.
      if (pending?.fieldId && !pending.value && (pending.awaiting || pending.spoken) && ANSWER_ONLY.test(u.label) && !matcher.field(u.label, section)) {
        pending.value = u.value;
        pending.location = u.loc;
        pending = null;
        continue;
      }
      const e = open(u.label, u.value, u.loc, u.side);
      // "Name | Tia Cole | Gender (M/F) | F", "Relationship to child(ren) | Mother | Date of
      // Birth | …": beside the parent's name or relationship, a gender, date of birth or
      // ethnicity is the parent's own, not the child's.
      if (u.side && parentRow === u.loc && ALSO_THE_PARENTS.has(e.fieldId ?? '') && !NAMES_THE_CHILD.test(u.label)) e.fieldId = 'parent.identity';
      if (e.fieldId === 'parent.name' || e.fieldId === 'parent.relationship') parentRow = u.loc;
      // A table cell holds its whole answer; a blank one may be answered on the lines below, but
      // in a Word table only by the rows below it.
      pending = (u.cell && u.value) || u.shownBlank ? null : e;
      if (u.cell) e.table = u.table;
      e.awaiting = !u.value && !u.cell;
    } else if (u.t === 'text') {
      if (EDIT_STAMP.test(u.text) || CHARACTER_COUNT.test(u.text)) {
        unplaced.push({ label: '', value: u.text, location: u.loc });
        pending = null;
        continue;
      }
      // Plain text right under a question set in bold is its answer, whatever words it holds
      // ("Role:" › "Health Visitor"), unless it is itself a heading.
      // A consent statement with its tick box stands for the consent question wherever it is.
      if (startsWithBox(u.text) && /\b(consent|permission|agree)/i.test(u.text)) {
        // One box a line ("☐ Consent given in writing", "☒ Consent given verbally") is one answer.
        const last = entries[entries.length - 1];
        if (last?.label === CONSENT_STATEMENT && startsWithBox(last.value)) last.value = `${last.value}\n${u.text}`;
        else put('consent.given', CONSENT_STATEMENT, u.text, u.loc);
        continue;
      }
      // "• Referral to the housing team - Housing officer - by half term" under an action plan.
      if (section === 'actions' && BULLET.test(u.text)) {
        actions.push(parseBulletAction(u.text, u.loc));
        pending = null;
        continue;
      }
      if (u.answer) {
        if (pending) pending.value = `${pending.value}\n${u.text}`.trim();
        else unplaced.push({ label: '', value: u.text, location: u.loc });
        continue;
      }
      // An instruction to whoever fills the form in ("Please read the statements below with the
      // family and tick one.") answers nothing.
      if (pending?.heading && !pending.value && INSTRUCTION_TEXT.test(u.text)) {
        unplaced.push({ label: pending.label, value: u.text, location: u.loc });
        continue;
      }
      // A question the table does not know, set in bold with its colon ("Who we met:"), is
      // answered by the plain line under it too, though that line sounds like a label ("Both parents").
      const answers = u.plain && pending?.awaiting && (pending.fieldId || !pending.heading) && !pending.value && couldAnswer(pending, u.text) && !isAllCaps(u.text) && !NUMBERED_HEADING.test(u.text) && !matcher.section(u.text);
      if (answers) pending!.value = u.text;
      else if (enterSection(u.text) || labelLike(u.text)) {
        pending = open(u.text.replace(/:$/, ''), '', u.loc);
        if (titledSection(u.text)) pending.fieldId = null;
        // A question on a line of its own ("Ethnicity") waits for its answer on the next, however
        // that line is split ("White - Other European", "Yes - ADHD").
        else if (pending.fieldId) pending.spoken = true;
      }
      else if (pending && nextNumbered(pending.label, u.text)) {
        // Its own item, under its own number, that the lines wrapped under it continue.
        pending = { label: u.text.trim().split(/\s/)[0], value: u.text, location: u.loc, fieldId: null, score: 0 };
        entries.push(pending);
      } else if (pending && (pending.value || couldAnswer(pending, u.text))) pending.value = `${pending.value}\n${u.text}`.trim();
      else unplaced.push({ label: '', value: u.text, location: u.loc });
    } else {
      let [header, ...rows] = u.rows;
      // The header again where the table runs on to a new page (Word's "repeat as header row").
      rows = rows.filter((r) => r.length !== header.length || r.some((c, k) => c !== header[k]));
      // "Action plan | Action | Who | When" over rows whose first cell is always blank: a PDF sets
      // the form's own label beside a table nested in its cell. The label is a title, not a column.
      if (header.length >= 4 && rows.length && rows.every((r) => !r[0]?.trim()) && !isQuestionRow(header)) {
        enterSection(header[0]);
        [header, rows] = [header.slice(1), rows.map((r) => r.slice(1))];
      }
      const dataRows = rows.filter((r) => r.some((c) => c.trim()));
      if (isPersonRows(header, rows[0])) {
        // The child's row is the child's view and the parent's the parent's; a worker's is neither.
        rows.forEach((r, i) => {
          const who = matcher.section(r[0] ?? '')?.id;
          const said = r.slice(1).filter((c) => c.trim()).join(' – ');
          const loc = `${u.loc}, row ${i + 2}`;
          if (who === 'child' || who === 'parent') put(`comment.${who}`, `${r[0]}: ${header.slice(1).join(' / ')}`, said, loc);
          else if (said) unplaced.push({ label: r[0] ?? '', value: said, location: loc });
        });
        pending = null;
        continue;
      }
      // "Date | Decision | How | By" under the consent question, a row each time it was asked:
      // the latest decision stands (consent given, then withdrawn, is no consent).
      if (pending?.fieldId?.startsWith('consent.') && dataRows.length && dataRows.every((r) => r.some((c) => CONSENT_DECISION.test(c)))) {
        // Latest by date where the rows give one, else the last row (ties go to the later).
        const dated = dataRows.map((r) => ({ r, at: r.map((c) => parseDate(c)).find(Boolean) ?? '' }));
        const latest = dated.reduce((a, b) => (b.at >= a.at ? b : a));
        pending.value = latest.r.filter((c) => c.trim()).join(' – ');
        pending.location = `${u.loc}, row ${rows.indexOf(latest.r) + 2}`;
        pending = null;
        continue;
      }
      // "Question | Answer | Answered by | Date": each row a question and its answer; the system's
      // own columns (who typed it, when) are not the family's.
      const qa = questionAnswerColumns(header);
      if (qa) {
        const [qi, ai] = qa;
        // "Section | Question | Response": a column naming each part where it starts heads the
        // questions down to the next ("4. Views" › "Child / young person" is the child's view).
        const titles = header.findIndex((_, k) => k !== qi && k !== ai && dataRows.some((r) => matcher.section(r[k] ?? '')));
        rows.forEach((r, i) => {
          const title = titles >= 0 ? matcher.section(r[titles] ?? '') : null;
          if (title) section = title.id;
          if (r[qi]?.trim()) open(r[qi], r[ai] ?? '', `${u.loc}, row ${i + 2}`);
        });
        pending = null;
        continue;
      }
      // Each line of a timeline's column an action for that time ("Mum: attend the parenting group").
      if (isTimeline(header) && dataRows.length) {
        rows.forEach((r, i) =>
          r.forEach((cell, k) => {
            // One "who: what" a line; a PDF may run a short one on into the next ("… group Mum: Attend …").
            for (const line of cell.split(/\n|\s(?=[A-Z][\w'’-]*(?:\s[\w'’-]+)?:\s)/).map((l) => l.trim()).filter(Boolean)) {
              const loc = `${u.loc}, row ${i + 2}, column ${k + 1}`;
              const said = splitLabelColon(line);
              const a = said ? { what: said.value, who: said.label } : parseBulletAction(line, loc);
              actions.push({ what: a.what, who: a.who, when: header[k], location: loc });
            }
          }),
        );
        pending = null;
        continue;
      }
      // An audit trail of the form ("Event | By | Date and time") is no plan; where it records the
      // family signing or consent being taken, that says how consent was given.
      if (header.some((h) => matcher.column(h)?.id === 'log.event')) {
        const taken = dataRows.filter((r) => /\b(sign(ed|ature)|consent\w*)\b/i.test(r.join(' ')) && !ASKED_FOR.test(r.join(' ')));
        const last = taken[taken.length - 1];
        if (last) put('consent.how', header.join(' | '), last.filter((c) => c.trim()).join(' – '), `${u.loc}, row ${rows.indexOf(last) + 2}`);
        pending = null;
        continue;
      }
      const assessed = assessedColumn(header, rows[0]);
      if (assessed > 0) {
        rows.forEach((r, i) => r[0]?.trim() && open(r[0], r[assessed] ?? '', `${u.loc}, row ${i + 2}, column ${assessed + 1}`));
        pending = null;
        continue;
      }
      const sideways = isPersonColumns(header, rows[0]);
      const grid = !sideways && isQuestionGrid(u.rows);
      const cols = grid || sideways ? [] : actionColumns(header, rows) || header.map((h) => matcher.column(h)?.id ?? null);
      const at = (row: string[], id: string) => {
        const i = cols.indexOf(id);
        return i >= 0 ? (row[i] ?? '').trim() : '';
      };
      if (cols.includes('person.present') && (cols.includes('person.name') || cols.includes('person.relationship'))) {
        // "Name | Relationship | Present": those marked present were there; every one marked
        // not (or ticked under "Apologies") is none; no mark at all is a blank answer.
        const k = cols.indexOf('person.present');
        const away = cols.indexOf('person.absent');
        const marks = dataRows.map((r) => (r[k] ?? '').trim());
        const absent = dataRows.map((r, i) => NO_MARK.test(marks[i]) || (away >= 0 && YES_MARK.test((r[away] ?? '').trim())));
        const there = dataRows.filter((r, i) => YES_MARK.test(marks[i])).map((r) => r.filter((c, j) => j !== k && j !== away && c.trim()).join(' – '));
        const none = away >= 0 ? absent.some(Boolean) : marks.length > 0 && absent.every(Boolean);
        const value = there.length ? there.join('; ') : none ? 'None (each person listed is marked not present)' : '';
        put('assessment.present', header[k], value, u.loc);
      }
      if (pending?.fieldId === 'assessment.present' && !pending.value && cols.includes('person.name') && !cols.includes('person.present')) {
        // "Attendees" over a table of the people there, a row each.
        pending.value = dataRows.map((r) => r.filter(Boolean).join(', ')).join('; ');
      } else if (cols.includes('sign.signature') || cols.includes('sign.consent')) {
        // A table of signatures, a row for each person who signs: the parent's row is the
        // family's consent; the practitioner's signs nothing for the family. A table of each
        // adult's consent ("Adult | Consent to share | How given") holds only the family's rows.
        const parentRow = dataRows.find((r) => r.some((c) => PARENT.test(c))) ?? (cols.includes('sign.signature') ? undefined : dataRows[0]);
        if (parentRow) {
          const loc = `${u.loc}, row ${rows.indexOf(parentRow) + 2}`;
          const answer: [string, string][] = [['sign.signature', 'consent.signature'], ['sign.date', 'consent.date'], ['sign.consent', 'consent.given'], ['sign.method', 'consent.how']];
          for (const [col, id] of answer) if (cols.includes(col)) put(id, header[cols.indexOf(col)], at(parentRow, col), loc);
          // A one-row record asks its other questions of that row too ("Level of need | Consent to
          // share | How given | Date"); its bare date is the consent's.
          if (dataRows.length === 1) {
            header.forEach((h, k) => {
              if (cols[k] || !matcher.question(h)) return;
              if (matcher.question(h)?.id === 'assessment.date' && !/assess/i.test(h)) put('consent.date', h, parentRow[k] ?? '', loc);
              else open(h, parentRow[k] ?? '', loc);
            });
          }
        }
      } else if (sideways) {
        const saved: string | null = section;
        header.forEach((h, k) => {
          if (k === 0) return;
          section = matcher.section(h)!.id;
          const answers = rows.map((r, i) => ({ label: r[0] ?? '', value: r[k] ?? '', loc: `${u.loc}, row ${i + 2}, column ${k + 1}` }));
          // The second child's column onwards are the other children on the form.
          if (section === 'child' && k > 1) {
            const said = answers.filter((a) => a.value.trim() && NAMES_A_CHILD.has(matcher.field(a.label, 'child')?.id ?? ''));
            if (said.length) put('child.siblings', h, said.map((a) => a.value).join(', '), answers[0].loc);
          } else answers.forEach((a) => open(a.label, a.value, a.loc));
        });
        section = saved;
      } else if (grid) {
        // Questions over their answers: each row of answers belongs to the row of questions above.
        let questions = header;
        let answered = false;
        const unanswered = (loc: string) => {
          if (!answered) questions.forEach((q) => open(q, '', loc));
        };
        rows.forEach((r, i) => {
          const loc = `${u.loc}, row ${i + 2}`;
          if (isQuestionRow(r, rows[i + 1], true)) {
            unanswered(loc);
            [questions, answered] = [r, false];
          } else if (r.some((c) => c.trim())) {
            questions.forEach((q, k) => open(q, r[k] ?? '', loc));
            answered = true;
          }
        });
        unanswered(u.loc);
      } else if (cols.includes('action.what') || (cols.includes('action.who') && cols.includes('action.when'))) {
        // Without a recognised "what" column, the action is the first column that is not who or when.
        const whatCol = cols.includes('action.what') ? cols.indexOf('action.what') : cols.findIndex((c) => c !== 'action.who' && c !== 'action.when');
        dataRows.forEach((r, i) => {
          const [who, when] = cols.includes('action.who+when') ? ownerAndTime(at(r, 'action.who+when')) : [at(r, 'action.who'), at(r, 'action.when')];
          actions.push({ what: (r[whatCol] ?? '').trim(), who, when, location: `${u.loc}, row ${i + 2}` });
        });
        // "What we want to achieve | What will happen | Who | When": the outcomes the plan works to.
        const wanted = header.findIndex((h, k) => !cols[k] && k !== whatCol && matcher.field(h, null)?.id === 'summary.outcomes');
        if (wanted >= 0) plannedOutcomes ??= { label: header[wanted], value: dataRows.map((r) => (r[wanted] ?? '').trim()).filter(Boolean).join('\n'), location: u.loc };
      } else if (cols.includes('person.name') && cols.includes('person.relationship')) {
        // A family table: everyone in the household, and among them the children this
        // assessment is about, where the table marks them ("Subject", "also assessed"). A table
        // of only those children says nothing of the family around them.
        const rel = cols.indexOf('person.relationship');
        // Contacts for family and professionals alike: the GP's row and the school's answer those
        // questions ("Riverside Surgery | GP | 01632 …").
        dataRows.forEach((r) => {
          // The row names the service itself ("GP"), not someone who works in one ("Head of Year 9, …").
          const service = wordCount(r[rel] ?? '') <= 3 ? matcher.field(r[rel] ?? '', 'services', 0.9)?.id : undefined;
          if (service === 'services.gp' || service === 'services.school') put(service, r[rel], r.filter((c, k) => k !== rel && c.trim()).join(', '), `${u.loc}, row ${rows.indexOf(r) + 2}`);
        });
        const subjects = dataRows.filter((r) => ASSESSED.test(r[rel] ?? ''));
        // "Mum's partner" lives there; he is no parent of the table's.
        const parents = dataRows.filter((r) => PARENT.test(r[rel] ?? '') && !ASSESSED.test(r[rel] ?? '') && !/\b(mum|mother|dad|father)['’]s\b/i.test(r[rel] ?? ''));
        // Nor does a table of the parents alone, with their contact details, nor one of everyone
        // involved, whose class teacher lives elsewhere.
        const involved = dataRows.some((r) => PROFESSIONAL.test(r[rel] ?? ''));
        // Asked for ("Details of other family members"), even the parents alone are the answer.
        const asked = pending?.fieldId === 'family.composition';
        const text = (asked || (subjects.length < dataRows.length && parents.length < dataRows.length)) && !involved ? dataRows.map((r) => r.filter(Boolean).join(' – ')).join('; ') : '';
        // It answers the household question above it, not whatever question was left blank there.
        if (asked) pending!.value = `${pending!.value}\n${text}`.trim();
        else put('family.composition', header.join(' | '), text, u.loc);
        addChildren(header, subjects, u.loc);
        // The first parent in the table answers the parent's own questions ("Contact number", …).
        const k = parents[0] ? dataRows.indexOf(parents[0]) : -1;
        if (k >= 0) {
          header.forEach((h, c) => {
            const m = matcher.field(h, 'parent');
            const cell = dataRows[k][c] ?? '';
            const loc = `${u.loc}, row ${rows.indexOf(dataRows[k]) + 2}`;
            if (m?.id.startsWith('parent.')) put(m.id, h, cell, loc);
            // A "Notes" column holding the parent's number or address is their contact.
            else if (matcher.looks('parent.phone', cell) || matcher.looks('parent.address', cell)) put('parent.contact', h, cell, loc);
          });
        }
      } else if (cols.includes('person.name') && (cols.includes('person.dob') || cols.includes('person.gender'))) {
        if (pending?.fieldId === 'child.siblings') {
          // A table under "other children in this assessment" lists siblings, one a row.
          pending.value = dataRows.map((r) => r.filter(Boolean).join(', ')).join('; ');
        } else addChildren(header, dataRows, u.loc);
      } else if (cols.includes('service.role')) {
        const saved: string | null = section;
        section = 'services';
        const role = cols.indexOf('service.role');
        dataRows.forEach((r, i) => {
          // "Riverside Medical Centre | GP practice | …": where a later column names the service
          // itself (not someone's job in one), it is the question and the rest its answer.
          const named = role > 0 && wordCount(r[role] ?? '') <= 3 && !!matcher.field(r[role] ?? '', 'services', 0.9);
          const k = named ? role : 0;
          open(r[k], r.filter((c, j) => j !== k && c).join(', '), `${u.loc}, row ${i + 2}`);
        });
        section = saved;
      } else {
        const text = dataRows.map((r) => r.filter(Boolean).join(' – ')).join('; ');
        if (pending) pending.value = `${pending.value}\n${text}`.trim();
        else unplaced.push({ label: header.join(' | '), value: text, location: u.loc });
      }
      pending = null;
    }
  }

  if (sharedWith.length) {
    // Any service ticked yes is consent to share; every one left blank or no is none.
    const yes = sharedWith.filter((w) => w.yes).map((w) => w.service);
    const value = yes.length ? '☒ Yes ☐ No' : sharedWith.some((w) => w.no) ? '☐ Yes ☒ No' : '☐ Yes ☐ No';
    put('consent.given', `Consent to share with ${yes.length ? yes.join(', ') : 'each service'}`, value, sharedWith[0].loc);
  }
  const fields: CafRecord['fields'] = {};
  const scores: Record<string, number> = {};
  const headed = new Set<string>();
  // "What we are worried about" beside "Risks" asks for what else worries: the needs.
  const risks = entries.filter((e) => e.fieldId === 'summary.risks');
  if (risks.length > 1 && !entries.some((e) => e.fieldId === 'summary.needs') && risks.some((e) => !WORRIED.test(e.label))) {
    for (const e of risks) if (WORRIED.test(e.label)) e.fieldId = 'summary.needs';
  }
  entries.forEach((e, i) => {
    // A statement with its own box ("☒ Consent given verbally") says whether and how at once.
    if (e.fieldId === 'consent.given' && e.label !== CONSENT_STATEMENT && isConsentMethod(e.value)) e.fieldId = 'consent.how';
    // A question the table does not know, answered with a method right after the consent question
    // ("How?" › "Verbally", "Method: ☒ Signed ☐ Verbal"), asks how consent was given.
    if (!e.fieldId && entries[i - 1]?.fieldId?.startsWith('consent.') && (isConsentMethod(e.value) || (wordCount(e.value) <= 4 && (WRITTEN_CONSENT.test(e.value) || VERBAL_CONSENT.test(e.value))))) e.fieldId = 'consent.how';
    // "Child's views obtained? No": whether a view was gathered, answered yes or no, is not the
    // view; the question after it ("If yes, the child's views") holds it.
    if (e.fieldId?.startsWith('comment.') && WHETHER_GATHERED.test(e.label) && /^\s*(yes|no|y|n)\.?\s*$/i.test(answerText(e.value))) e.fieldId = null;
    // A bare "Name" that no heading gives a subject names whoever the questions after it are
    // about ("Name" › "Age" › "Sex" is the child's); a question that names someone itself
    // ("Chaired by") is about someone else.
    const after = entries[i + 1]?.fieldId ?? '';
    const subject = /\.(name|given|family|combined)$/.test(after) ? '' : after.split('.')[0];
    if (!e.fieldId && BARE_NAME.test(e.label) && PERSONS.has(subject) && !entries.some((o) => o.fieldId === `${subject}.name` && !isBlank(o.value))) e.fieldId = `${subject}.name`;
  });
  const unmatched: Entry[] = [];
  /** the action an "Action 1: …" line gave, which the "Owner: …" and "Due: …" lines right after
   *  it complete, as a case system prints an action's parts a line each */
  let lineAction: Action | null = null;
  for (const [i, e] of entries.entries()) {
    const part = lineAction && !isBlank(e.value) ? actionPart(e.label) : null;
    if (lineAction && part && !lineAction[part]) {
      lineAction[part] = e.value.trim();
      continue;
    }
    if (e.fieldId !== 'action.line') lineAction = null;
    if (!e.fieldId) {
      if (!isBlank(e.value)) unmatched.push(e);
      continue;
    }
    const f: Field = { label: e.label, value: capitalChoice(e.value.trim()), location: e.location };
    // An answer beats a blank; between answers, the closer wording of the question wins.
    const have = fields[e.fieldId];
    // A heading's answer is what follows it until a question does; a question the form asks in
    // its own words under it ("Consent" › guidance › "Are you happy for … to be shared?") answers.
    // Right under the heading, it answers even left blank: what stood between them was the
    // heading's note on how to fill it in ("Completed with the child, in their own words.").
    const underHeading = entries[i - 1]?.heading && entries[i - 1].fieldId === e.fieldId;
    const overHeading = headed.has(e.fieldId) && !e.heading && e.label !== CONSENT_STATEMENT && (!isBlank(f.value) || underHeading);
    const better = !have || overHeading || (isBlank(have.value) ? !isBlank(f.value) || e.score > scores[e.fieldId] : !isBlank(f.value) && e.score > scores[e.fieldId]);
    if (better) {
      fields[e.fieldId] = f;
      scores[e.fieldId] = e.score;
      // A heading that asks ("Who was present?" in bold on a line of its own) is a question.
      if (e.heading && !/\?\s*$/.test(e.label)) headed.add(e.fieldId);
      else headed.delete(e.fieldId);
    } else if (e.fieldId === 'consent.given' && !fields['consent.how']?.value && (WRITTEN_CONSENT.test(f.value) || VERBAL_CONSENT.test(f.value))) {
      // A second consent question ("Parent / carer consents …" after "Young person consents …")
      // whose answer says how it was given answers how.
      fields['consent.how'] = f;
      scores['consent.how'] = e.score;
    }
    if (e.fieldId === 'action.line' && !isBlank(f.value)) {
      lineAction = parseActionLine(f);
      actions.push(lineAction);
    }
  }
  // A plan's column of outcomes answers for them only where the form asks for none elsewhere.
  if (plannedOutcomes && !fields['summary.outcomes']) fields['summary.outcomes'] = plannedOutcomes;
  // A question no wording names, hinted at by its label's words ("Concerns raised" for the
  // reason), answers a field the form left unanswered elsewhere, if its answer looks the part.
  // What is left over is kept for the rubric and for review.
  const typed = new Set(matcher.typedFields());
  for (const e of unmatched) {
    // A plan written as sentences under its heading ("Next steps: I will arrange … Mum will
    // attend …"), where the form has no table or list of actions.
    if (!actions.length && matcher.section(e.label)?.id === 'actions') {
      const planned = plannedInSentences(e.value, e.location);
      if (planned.length) {
        actions.push(...planned);
        continue;
      }
    }
    // A section's title ("Views") asks nothing itself, nor does the form's own title ("Request
    // for family support") over its opening line; and questions are no answer.
    const title = e === entries[0] && !!e.heading;
    // An answer that only sounds like a question ("Both parents") still answers one.
    const hinted = !title && !matcher.section(e.label) && !matcher.question(e.value, 0.9);
    const id = hinted ? matcher.hinted(e.label).find((f) => (!fields[f] || (headed.has(f) && isBlank(fields[f].value))) && (typed.has(f) ? matcher.looks(f, e.value) : wordCount(e.value) >= 3)) : undefined;
    if (id) fields[id] = { label: e.label, value: e.value.trim(), location: e.location };
    else unplaced.push({ label: e.label, value: e.value, location: e.location });
  }
  const [given, family] = [fields['assessor.given'], fields['assessor.family']];
  if (!fields['assessor.name']?.value && (given?.value || family?.value)) {
    fields['assessor.name'] = { label: [given?.label, family?.label].filter(Boolean).join(' / '), value: [given?.value, family?.value].filter(Boolean).join(' '), location: (given ?? family)!.location };
  }
  const siblings = entries.filter((e) => e.fieldId === 'child.siblings' && !isBlank(e.value)).map(({ label, value, location }) => ({ label, value, location }));
  return toldAnswers(recoverAnswers({ file: doc.file, format: doc.format, fields, actions, childRows, siblings, unplaced, warnings: doc.warnings }, doc, matcher), matcher);
}

/** Every piece of text on the form, for what the whole of it says. */
function blockTexts(doc: SourceDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : b.kind === 'line' ? b.cells.map((c) => c.text) : b.kind === 'field' ? [b.label] : [b.text]));
}

/** Boxes for how consent was given answer "how", whatever the question calls it ("Consent
 *  recorded: ☒ Verbal ☐ Written", "Consent was given ☐ in writing ☒ verbally"); a statement to
 *  tick ("☒ I agree to my information being shared (signed copy on file)") still answers whether. */
function isConsentMethod(value: string): boolean {
  const ticks = parseTicks(value);
  return !!ticks && [...ticks.checked, ...ticks.unchecked].every((o) => wordCount(o) <= 4 && (WRITTEN_CONSENT.test(o) || VERBAL_CONSENT.test(o)));
}

/** A bulleted action: what, then who and by when in any order, parted by dashes or semicolons,
 *  or in brackets after it ("Home visits every two weeks (Family support worker, ongoing)",
 *  "Refer to SALT (Owner: Health visitor; Due: May)"); a to-do box opening it is no part of it. */
function parseBulletAction(text: string, location: string): Action {
  const item = text.replace(BULLET, '').replace(TODO_BOX, '');
  const [what, ...parts] = (trailingBrackets(item) ?? item.split(/\s+[-–—]\s+|\s*;\s*/)).map((p) => p.trim());
  const rest = parts.flatMap((p) => {
    const [who, when] = ownerAndTime(p);
    return who && when ? [who, when] : [p];
  });
  const when = labelledPart(rest, WHEN_LABEL) ?? rest.find((p) => isTimescale(p)) ?? '';
  const who = labelledPart(rest, WHO_LABEL) ?? rest.find((p) => p !== when && !WHEN_LABEL.test(p)) ?? '';
  return { what: what ?? '', who, when, location };
}

/** "Outreach Worker, by half term", "Paul Bellamy / Within 6 weeks": who and when in one part,
 *  the timescale after its last comma or slash; the whole part is who where nothing after either
 *  is a timescale, and when where it all is. */
function ownerAndTime(part: string): [string, string] {
  const text = part.trim();
  const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf(' / '));
  const [who, when] = [text.slice(0, cut).trim(), text.slice(cut + 1).replace(/^\/?\s*/, '').trim()];
  if (cut > 0 && isTimescale(when) && !isTimescale(who)) return [who, when];
  return isTimescale(text) ? ['', text] : [text, ''];
}

/** "Who and by when", "By whom / when": a plan's column for both */
const WHO_AND_WHEN = /\b(who|whom)\b.*\bwhen\b/i;

/** "[ ]", "☐": a notes app's box for a step still to do, before the step's words */
const TODO_BOX = /^(\[[ xX]?\]|[☐☒☑])\s+/;
const WHO_LABEL = /^(owner|who|by whom|responsible|lead|assigned to)\s*:\s*/i;
const WHEN_LABEL = /^(due|when|by when|by|timescale|deadline|target|review)\s*:\s*/i;
/** Which part of an action a label asks for on its own ("Owner", "Due"). */
const actionPart = (label: string): 'who' | 'when' | null => (WHO_LABEL.test(`${label}:`) ? 'who' : WHEN_LABEL.test(`${label}:`) ? 'when' : null);
/** The part of an action its label opens ("Owner: Health visitor"), without the label. */
const labelledPart = (parts: string[], label: RegExp) => parts.find((p) => label.test(p))?.replace(label, '').trim();

const WILL = /^(?<who>[A-Z][^.;:]{0,60}?)\s+will\s+(?<what>.+?)\s*(?:\((?<when>[^()]*)\))?\s*[.!]?$/;
const NO_OWNER = /^(it|this|that|there|which|these|those|things|the plan|the assessment)$/i;

/** "I will arrange a TAC meeting (by half term). Mum will attend the parenting group." as
 *  actions: who, what, and the timescale in brackets or at the sentence's end ("by Easter"). */
function plannedInSentences(text: string, location: string): Action[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!])\s+(?=[A-Z])/)
    .flatMap((sentence) => {
      const m = WILL.exec(sentence.trim());
      if (!m?.groups || NO_OWNER.test(m.groups.who) || wordCount(m.groups.who) > 6) return [];
      let { what } = m.groups;
      let when = m.groups.when?.trim() ?? '';
      const tail = /\s+((?:by|within|from|every|before|until)\b.*)$/i.exec(what);
      if (!when && tail && isTimescale(tail[1])) [what, when] = [what.slice(0, tail.index), tail[1]];
      return [{ what: what.trim(), who: m.groups.who.trim(), when, location }];
    });
}

/** "Do X (Family support worker (Tariq Bellamy), by half term)": what, and the parts of the
 *  brackets closing it, split at their own commas or semicolons; null without such brackets. */
function trailingBrackets(text: string): string[] | null {
  const t = text.trimEnd();
  if (!t.endsWith(')')) return null;
  let depth = 0;
  const cuts: number[] = [];
  for (let i = t.length - 1; i >= 0; i--) {
    if (t[i] === ')') depth++;
    else if (t[i] === '(') depth--;
    else if ((t[i] === ',' || t[i] === ';') && depth === 1) cuts.push(i);
    if (depth === 0) {
      if (!cuts.length) return null;
      const inner = [i + 1, ...cuts.reverse().map((c) => c + 1)];
      return [t.slice(0, i), ...inner.map((from, k) => t.slice(from, k + 1 < inner.length ? inner[k + 1] - 1 : t.length - 1))];
    }
  }
  return null;
}

/** "Do X; Owner: Y; Due: Z" as a case system prints an action on one line; "Do X (Y, Z)" and
 *  "Do X - Y - Z" as a bulleted one is. */
function parseActionLine(f: Field): Action {
  // Under a heading that asks for the plan, the first line keeps its own label ("Action 1: …").
  const value = f.value.replace(/^\s*action\s*\d{0,2}\s*:\s*/i, '');
  if (!/[;|]/.test(value)) return parseBulletAction(value, f.location);
  const parts = value.split(/\s*[;|]\s*/);
  return {
    what: parts[0] ?? '',
    who: labelledPart(parts, WHO_LABEL) ?? '',
    when: labelledPart(parts, WHEN_LABEL) ?? '',
    location: f.location,
  };
}
