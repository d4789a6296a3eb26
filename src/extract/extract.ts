// Maps a source document to a CafRecord: walks its units keeping track of the section heading
// (whose "Name" is this?), ties each label to a canonical field through the label table, and
// gathers tables of actions and of children. It knows nothing about quality.
import type { SourceDocument } from '../ingest/document.js';
import type { LabelMatcher } from './labels.js';
import type { Action, CafRecord, Field } from './record.js';
import { isBlank } from './record.js';
import { toUnits } from './units.js';

interface Entry extends Field {
  fieldId: string | null;
  score: number;
}

const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
const isAllCaps = (s: string) => /[A-Z]{3}/.test(s) && !/[a-z]/.test(s);

export function extractRecord(doc: SourceDocument, matcher: LabelMatcher): CafRecord {
  const isHeader = (cells: string[]) => {
    const ids = new Set(cells.map((c) => matcher.column(c)?.id).filter(Boolean));
    return ids.size >= 2 && ids.size >= Math.ceil(cells.filter((c) => c.trim()).length / 2);
  };
  const units = toUnits(doc.blocks, isHeader);
  const entries: Entry[] = [];
  const unplaced: Field[] = [];
  const actions: Action[] = [];
  const childRows: CafRecord['childRows'] = [];
  let section: string | null = null;
  let pending: Entry | null = null;

  const open = (label: string, value: string, loc: string): Entry => {
    const m = matcher.field(label, section);
    const e: Entry = { label, value, location: loc, fieldId: m?.id ?? null, score: m?.score ?? 0 };
    entries.push(e);
    return e;
  };
  const enterSection = (text: string) => {
    if (wordCount(text) > 12) return false;
    const s = matcher.section(text);
    if (s) section = s.id;
    return !!s;
  };
  const labelLike = (text: string) =>
    wordCount(text) <= 12 && (/[?:]$/.test(text) || (isAllCaps(text) && wordCount(text) <= 8) || !!matcher.field(text, section, 0.95));

  for (const u of units) {
    if (u.t === 'heading') {
      enterSection(u.text);
      pending = open(u.text, '', u.loc);
    } else if (u.t === 'pair') {
      if (!u.label.trim()) {
        if (pending) pending.value = `${pending.value}\n${u.value}`.trim();
        continue;
      }
      if (!u.value && enterSection(u.label) && !matcher.field(u.label, section)) {
        pending = open(u.label, '', u.loc);
        continue;
      }
      pending = open(u.label, u.value, u.loc);
    } else if (u.t === 'text') {
      if (enterSection(u.text) || labelLike(u.text)) pending = open(u.text.replace(/:$/, ''), '', u.loc);
      else if (pending) pending.value = `${pending.value}\n${u.text}`.trim();
      else unplaced.push({ label: '', value: u.text, location: u.loc });
    } else {
      const [header, ...rows] = u.rows;
      const cols = header.map((h) => matcher.column(h)?.id ?? null);
      const at = (row: string[], id: string) => {
        const i = cols.indexOf(id);
        return i >= 0 ? (row[i] ?? '').trim() : '';
      };
      const dataRows = rows.filter((r) => r.some((c) => c.trim()));
      if (cols.includes('action.what')) {
        dataRows.forEach((r, i) => actions.push({ what: at(r, 'action.what'), who: at(r, 'action.who'), when: at(r, 'action.when'), location: `${u.loc}, row ${i + 2}` }));
      } else if (cols.includes('person.name') && (cols.includes('person.dob') || cols.includes('person.gender'))) {
        dataRows.forEach((r, i) => {
          const cells: Record<string, string> = {};
          header.forEach((h, k) => (cells[h] = r[k] ?? ''));
          childRows.push({ cells, location: `${u.loc}, row ${i + 2}` });
        });
        // The first child's row answers the child's own questions ("Date of birth", "Gender" …).
        const first = dataRows[0];
        if (first && !pending?.fieldId?.startsWith('child.siblings')) {
          const saved = section;
          section = 'child';
          header.forEach((h, k) => open(h, first[k] ?? '', `${u.loc}, row 2`));
          section = saved;
        }
        if (pending?.fieldId === 'child.siblings') pending.value = dataRows.map((r) => r.join(', ')).join('; ');
      } else if (cols.includes('service.role')) {
        const saved = section;
        section = 'services';
        dataRows.forEach((r, i) => open(r[0], r.slice(1).filter(Boolean).join(', '), `${u.loc}, row ${i + 2}`));
        section = saved;
      } else {
        const text = dataRows.map((r) => r.filter(Boolean).join(' – ')).join('; ');
        if (pending) pending.value = `${pending.value}\n${text}`.trim();
        else unplaced.push({ label: header.join(' | '), value: text, location: u.loc });
      }
      pending = null;
    }
  }

  const fields: CafRecord['fields'] = {};
  const scores: Record<string, number> = {};
  for (const e of entries) {
    if (!e.fieldId) {
      if (!isBlank(e.value)) unplaced.push({ label: e.label, value: e.value, location: e.location });
      continue;
    }
    const f: Field = { label: e.label, value: e.value.trim(), location: e.location };
    // An answer beats a blank; between answers, the closer wording of the question wins.
    const have = fields[e.fieldId];
    const better = !have || (isBlank(have.value) ? !isBlank(f.value) || e.score > scores[e.fieldId] : !isBlank(f.value) && e.score > scores[e.fieldId]);
    if (better) {
      fields[e.fieldId] = f;
      scores[e.fieldId] = e.score;
    }
    if (e.fieldId === 'action.line' && !isBlank(f.value)) actions.push(parseActionLine(f));
  }
  return { file: doc.file, format: doc.format, fields, actions, childRows, unplaced, warnings: doc.warnings };
}

/** "Do X; Owner: Y; Due: Z" as a case system prints an action on one line. */
function parseActionLine(f: Field): Action {
  const parts = f.value.split(/\s*[;|]\s*/);
  const find = (re: RegExp) => parts.find((p) => re.test(p))?.replace(re, '').trim() ?? '';
  return {
    what: parts[0] ?? '',
    who: find(/^(owner|who|by whom|responsible|lead)\s*:\s*/i),
    when: find(/^(due|when|by when|timescale|deadline)\s*:\s*/i),
    location: f.location,
  };
}
