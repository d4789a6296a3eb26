// The one module that knows mammoth's internal document tree (document › paragraph › run › text,
// table › tableRow › tableCell, checkbox{checked}, image). Those node types are not mammoth's public API,
// so a fixture test pins them; if an upgrade changes them, that test fails here and nowhere else.
import { type Block, IMAGE, noteText, visible } from './document.js';
import { stripPlaceholders, withoutWritingLines } from './placeholders.js';
import { CHECKED, UNCHECKED, chosenOptions, normaliseTicks, withoutStruck } from './ticks.js';

export interface MammothNode {
  type: string;
  /** a footnote's or endnote's body, where a note is */
  body?: MammothNode[];
  children?: MammothNode[];
  value?: string;
  checked?: boolean;
  isBold?: boolean;
  isStrikethrough?: boolean;
  /** Word's hidden text (w:vanish, read by cafqa's patch to mammoth): a template's guidance
   *  and example answers, which Word neither shows nor prints */
  isHidden?: boolean;
  /** an altChunk: where the document holds a part of other markup, and the part's path */
  path?: string | null;
  highlight?: string | null;
  styleName?: string | null;
  styleId?: string | null;
  /** where a paragraph set as a text frame stands on its page, in twentieths of a point (read by
   *  cafqa's patch to mammoth) */
  frame?: { x: number; y: number } | null;
  /** a list item's numbering; `bullet` is the bullet's own character (read by cafqa's patch) */
  numbering?: { bullet?: string | null } | null;
}

interface Span {
  text: string;
  bold: boolean;
  /** highlighted: "Yes / No" with the answer highlighted */
  marked?: boolean;
  /** struck through: an option deleted */
  struck?: boolean;
}

function spans(node: MammothNode, bold = false, out: Span[] = [], marked = false, struck = false): Span[] {
  switch (node.type) {
    case 'text':
      out.push({ text: visible(node.value ?? ''), bold, marked, struck });
      break;
    case 'tab':
      out.push({ text: '\t', bold });
      break;
    case 'break':
      out.push({ text: '\n', bold });
      break;
    case 'checkbox':
      out.push({ text: `${node.checked ? CHECKED : UNCHECKED} `, bold: false });
      break;
    // A picture says nothing in words, but where it stands matters: a signature pasted in.
    case 'image':
      out.push({ text: IMAGE, bold: false });
      break;
    case 'run':
      if (node.isHidden) break;
      for (const c of node.children ?? []) spans(c, !!node.isBold, out, !!node.highlight, !!node.isStrikethrough);
      break;
    default:
      for (const c of node.children ?? []) spans(c, bold, out, marked, struck);
  }
  return out;
}

/** A paragraph's spans, led by its bullet where that is a box (☐, or ☒ for the option chosen,
 *  as a form made of lists marks its answers): Word keeps the bullet in the list's definition,
 *  not in the text. */
function paragraphSpans(node: MammothNode): Span[] {
  const box = normaliseTicks(node.numbering?.bullet ?? '').trim();
  return [...(box === CHECKED || box === UNCHECKED ? [{ text: `${box} `, bold: false }] : []), ...spans(node)];
}

/** A paragraph's text, with a highlighted choice among options, or the options struck through,
 *  read as ticked boxes. */
const spanText = (ss: Span[]) => (ss.some((s) => s.struck) ? withoutStruck(ss) : chosenOptions(ss.map((s) => ({ text: s.text, marked: !!s.marked }))) ?? ss.map((s) => s.text).join(''));


const clean = (s: string) => normaliseTicks(withoutWritingLines(s)).replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();

/** What a paragraph says as an answer: its spans' text, placeholders out, spaces and boxes tidied. */
const answerText = (ss: Span[], placeholders: Set<string>) => clean(stripPlaceholders(spanText(ss), placeholders));

/** The heading level a paragraph's style gives it (Heading 1–9, Title as 1), or null. */
function headingLevel(node: MammothNode): number | null {
  const heading = /^heading\s*(\d)/i.exec(node.styleName ?? '');
  return heading ? Number(heading[1]) : /^title$/i.test(node.styleName ?? '') ? 1 : null;
}

/** A cell's text; the tables nested in it are handed to `nested`, to stand as tables of their own. */
function cellText(cell: MammothNode, placeholders: Set<string>, nested: MammothNode[]): string {
  const parts: string[] = [];
  for (const child of cell.children ?? []) {
    if (child.type === 'table') nested.push(child);
    else parts.push(answerText(paragraphSpans(child), placeholders));
  }
  return parts.filter(Boolean).join('\n');
}

/** A Word table as table blocks. A table nested in a row (a plan, a household list inside the
 *  form's own table) follows that row as a table of its own, so its rows read as rows: the outer
 *  table is parted around it, each part keeping the outer table's place. */
function tableBlocks(table: MammothNode, loc: string, placeholders: Set<string>): Block[] {
  const blocks: Block[] = [];
  let rows: string[][] = [];
  let firstRow = 1;
  let nestedNo = 0;
  const part = () => blocks.push({ kind: 'table', rows, loc, ...(firstRow > 1 ? { firstRow } : {}) });
  (table.children ?? []).filter((n) => n.type === 'tableRow').forEach((r, i) => {
    const nested: MammothNode[] = [];
    rows.push((r.children ?? []).filter((c) => c.type === 'tableCell').map((c) => cellText(c, placeholders, nested)));
    if (!nested.length) return;
    part();
    [rows, firstRow] = [[], i + 2];
    for (const t of nested) blocks.push(...tableBlocks(t, `${loc}, nested table ${++nestedNo}`, placeholders));
  });
  if (rows.length) part();
  return blocks;
}

/** Each footnote's (and endnote's) text put where its number stands in the text, for it belongs
 *  to that answer; mammoth would set the notes apart, at the document's end. */
function notesInline(node: MammothNode, notes: { resolve(ref: MammothNode): MammothNode | null }) {
  node.children?.forEach((c, i) => {
    if (c.type !== 'noteReference') return notesInline(c, notes);
    const said = (notes.resolve(c)?.body ?? []).map((p) => spans(p).map((s) => s.text).join('')).join(' ').trim();
    node.children![i] = { type: 'text', value: said ? noteText(said) : '' };
  });
}

/** Frames whose tops are this close (in twentieths of a point) stand on one line. */
const SAME_LINE = 60;

/** A page of text frames as its lines, the way a PDF page's text is read: a report writer's
 *  export places every label and answer in a frame of its own and writes them in any order (all
 *  the labels, then all the answers), so the document's order says nothing and the frames'
 *  places say it all. A frame in a heading style is a heading. */
function framedPage(frames: MammothNode[], page: number, placeholders: Set<string>): Block[] {
  const placed = frames
    .map((node) => ({ node, x: node.frame!.x, y: node.frame!.y, ss: paragraphSpans(node) }))
    .map((f) => ({ ...f, text: answerText(f.ss, placeholders) }))
    .filter((f) => f.text)
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: (typeof placed)[] = [];
  for (const f of placed) {
    const line = lines.at(-1);
    if (line && f.y - line[0].y <= SAME_LINE) line.push(f);
    else lines.push([f]);
  }
  return lines.map((line, i): Block => {
    const loc = `page ${page}, line ${i + 1} (text frames)`;
    const level = line.length === 1 ? headingLevel(line[0].node) : null;
    if (level) return { kind: 'heading', text: line[0].text, level, loc };
    const cells = line.sort((a, b) => a.x - b.x).map((f) => ({ text: f.text, x: f.x / 20, bold: f.ss.filter((t) => t.text.trim()).every((t) => t.bold) }));
    return { kind: 'line', cells, page, loc };
  });
}

export function walkMammothDocument(tree: unknown, placeholders: Set<string>): Block[] {
  const notes = (tree as { notes?: { resolve(ref: MammothNode): MammothNode | null } }).notes;
  if (notes) notesInline(tree as MammothNode, notes);
  const blocks: Block[] = [];
  let paragraphNo = 0;
  let tableNo = 0;
  let framed: MammothNode[] = [];
  let framedPages = 0;
  const children = ((tree as MammothNode).children ?? []) as MammothNode[];
  for (const [n, node] of children.entries()) {
    if (node.type === 'paragraph' && node.frame) {
      framed.push(node);
      if (children[n + 1]?.type === 'paragraph' && children[n + 1].frame) continue;
      blocks.push(...framedPage(framed, ++framedPages, placeholders));
      framed = [];
      continue;
    }
    if (node.type === 'table') {
      blocks.push(...tableBlocks(node, `table ${++tableNo}`, placeholders));
      continue;
    }
    if (node.type !== 'paragraph') continue;
    paragraphNo++;
    const loc = `paragraph ${paragraphNo}`;
    const ss = paragraphSpans(node);
    const text = answerText(ss, placeholders);
    if (!text) continue;
    const level = headingLevel(node);
    if (level) {
      blocks.push({ kind: 'heading', text, level, loc });
      continue;
    }
    // A paragraph that opens in bold and goes on in plain text is a label with its answer.
    const firstPlain = ss.findIndex((s) => !s.bold && s.text.trim());
    const boldPrefix = clean(ss.slice(0, firstPlain < 0 ? ss.length : firstPlain).map((s) => s.text).join(''));
    // "Name: Donna Quayle    Position: Health Visitor": each label in bold after an answer, or
    // after a label whose answer was left blank ("Address:    Mobile: 07…"), starts a field of
    // its own, as the form printed them side by side.
    const starts = boldPrefix ? ss.map((s, i) => i).filter((i) => i === 0 || (ss[i].bold && /:\s*$/.test(ss[i].text) && ss.slice(0, i).some((p) => (!p.bold && p.text.trim()) || (p.bold && /:\s*$/.test(p.text))))) : [];
    // The bold words open a field; the plain ones after them answer it.
    const field = (part: typeof ss): Block => {
      const plain = part.findIndex((p) => !p.bold && p.text.trim());
      const label = clean(part.slice(0, plain < 0 ? part.length : plain).map((p) => p.text).join('')).replace(/[:\s]+$/, '');
      const value = plain < 0 ? '' : clean(stripPlaceholders(part.slice(plain).map((p) => p.text).join(''), placeholders));
      return { kind: 'field', label, value, loc };
    };
    if (starts.length >= 2) {
      starts.forEach((from, n) => blocks.push(field(ss.slice(from, starts[n + 1] ?? ss.length))));
    } else if (boldPrefix && firstPlain < 0 && text.endsWith(':')) {
      blocks.push({ kind: 'field', label: text.replace(/[:\s]+$/, ''), value: '', loc });
    } else if (boldPrefix && firstPlain < 0 && text.length < 160) {
      blocks.push({ kind: 'heading', text, level: 3, loc });
    } else if (boldPrefix && firstPlain >= 0) {
      blocks.push(field(ss));
    } else {
      blocks.push({ kind: 'paragraph', text, loc });
    }
  }
  return blocks;
}
