// A second look for answers the reading of the form's structure missed or misread. Each cell of
// the page knows its neighbours (the cell to its right, the one below, what comes next); where a
// question the label table knows has no answer, or one that does not look like an answer to it
// ("GP practice" for the school), the neighbours of that question's label are tried, and one is
// taken only if it looks like such an answer (a date, a school, a phone number: `looks` in
// rules/labels.yaml). A blank answer stays blank: the structure said so.
import type { Block, SourceDocument } from '../ingest/document.js';
import { stripPlaceholders } from '../ingest/placeholders.js';
import type { LabelMatcher } from './labels.js';
import type { CafRecord } from './record.js';
import { splitKeyEquals, splitLabelColon } from './units.js';

interface Spot {
  text: string;
  loc: string;
  /** the answer written after the label in the same cell ("GP: Riverside Surgery") */
  inline?: string;
  right?: Spot;
  below?: Spot;
  next?: Spot;
}

const spot = (text: string, loc: string): Spot => {
  const pair = splitLabelColon(text) ?? splitKeyEquals(text);
  return pair?.value ? { text: pair.label, loc, inline: pair.value } : { text, loc };
};

/** Word blocks as spots: paragraphs in order, table cells in their grid. */
function wordSpots(blocks: Block[]): Spot[][] {
  return blocks.map((b) => {
    if (b.kind === 'table') {
      const grid = b.rows.map((r, i) => r.map((c, k) => spot(c, `${b.loc}, row ${(b.firstRow ?? 1) + i}, cell ${k + 1}`)));
      grid.forEach((r, i) => r.forEach((s, k) => Object.assign(s, { right: r[k + 1], below: grid[i + 1]?.[k] ?? (grid[i + 1]?.length === 1 ? grid[i + 1][0] : undefined) })));
      return grid.flat();
    }
    if (b.kind === 'field') return [{ text: b.label, loc: b.loc, inline: b.value }];
    if (b.kind === 'line') return [];
    return [spot(b.text, b.loc)];
  });
}

/** PDF lines as spots: a cell's right is the next cell on its line, below is the cell starting
 *  under it on the next line. */
function pdfSpots(blocks: Block[]): Spot[][] {
  const lines = blocks.filter((b): b is Extract<Block, { kind: 'line' }> => b.kind === 'line');
  const rows = lines.map((l) => l.cells.map((c, k) => ({ s: spot(c.text, `${l.loc}${l.cells.length > 1 ? `, cell ${k + 1}` : ''}`), x: c.x ?? 0 })));
  rows.forEach((r, i) =>
    r.forEach((c, k) => {
      c.s.right = r[k + 1]?.s;
      c.s.below = rows[i + 1]?.find((d) => Math.abs(d.x - c.x) <= 8)?.s;
    }),
  );
  return rows.map((r) => r.map((c) => c.s));
}

export function recoverAnswers(record: CafRecord, doc: SourceDocument, matcher: LabelMatcher): CafRecord {
  const missed = matcher.typedFields().filter((id) => {
    const have = record.fields[id];
    return !have || (stripPlaceholders(have.value).trim() && !matcher.looks(id, have.value));
  });
  if (!missed.length) return record;
  const groups = doc.format === 'pdf' ? pdfSpots(doc.blocks) : wordSpots(doc.blocks);
  const spots = groups.flat();
  // What comes after a spot: the first spot of the next group (paragraph, line, table).
  groups.forEach((g, i) => {
    const following = groups.slice(i + 1).find((n) => n.length)?.[0];
    for (const s of g) s.next ??= s.right ?? s.below ?? following;
  });
  const asks = (s: Spot) => !!matcher.question(s.text) || !!matcher.section(s.text);
  const fields = { ...record.fields };
  // A PDF line holding the start of a question the reading stitched whole ("Consent obtained to
  // share (verbal /" over "written)") is that question, already answered, not another.
  const labels = Object.values(record.fields).map((f) => f.label);
  const partOfRead = (s: Spot) => labels.some((l) => l !== s.text && l.startsWith(s.text));
  // A label the reading took for another field under its heading ("Tel contact number" under
  // "Person completing this form" is the assessor's) asks nothing more.
  const readAsOther = (s: Spot, id: string) => Object.entries(record.fields).some(([other, f]) => other !== id && f.label === s.text && s.loc.startsWith(f.location));
  for (const id of missed) {
    for (const s of spots) {
      if (matcher.field(s.text, null, 0.75)?.id !== id || partOfRead(s) || readAsOther(s, id)) continue;
      const candidates: { text: string; loc: string }[] = [];
      if (s.inline) candidates.push({ text: s.inline, loc: s.loc });
      for (const n of [s.right, s.below, s.next]) if (n && !n.inline && !asks(n)) candidates.push(n);
      const found = candidates.map((c) => ({ ...c, text: stripPlaceholders(c.text).trim() })).find((c) => c.text && matcher.looks(id, c.text));
      if (found) {
        fields[id] = { label: s.text, value: found.text, location: found.loc };
        break;
      }
    }
  }
  return { ...record, fields };
}
