import type { Block } from './document.js';

// Notes written in Markdown and pasted in as they came (from an AI note-taker, a chat, a notes
// app) mark their headings with "#" and their labels with "**" rather than with styles. Read as
// the styles they stand for, they read as the same notes typed in Word would.

const HEADING = /^(#{1,6})\s+(.+?)(?:\s+#+)?\s*$/;
/** "**Child:** Amelia", "**Child**: Amelia" */
const BOLD_LABEL = /^\*\*([^*]+?)(?::\*\*|\*\*:)(?:\s+(.*))?$/;
/** "**bold**", "__bold__", "*italic*", "_italic_": the marks around words, not a bullet's "* " */
const EMPHASIS = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])([*_])(?=[^\s*_])([^*_]+?)(?<=\S)\3(?![\w*])/g;

/** Enough headings and labels in Markdown's marks to tell notes in Markdown from a form that
 *  happens to use an asterisk. */
const MARKED_LINES = 3;

const unmarked = (s: string) => s.replace(EMPHASIS, (_m, _a, bold: string | undefined, _b, italic: string | undefined) => bold ?? italic ?? '');

function isMarked(text: string): boolean {
  const t = text.trim();
  return HEADING.test(t) || BOLD_LABEL.test(t);
}

function markedTexts(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'line' && b.cells.length === 1 ? [b.cells[0].text] : []));
}

/** A Word paragraph as what its marks make it: a heading, a bold label with its answer, or
 *  plain text without the marks. */
function readParagraph(b: Extract<Block, { kind: 'paragraph' }>): Block {
  const t = b.text.trim();
  const heading = HEADING.exec(t);
  if (heading) return { kind: 'heading', text: unmarked(heading[2]), level: heading[1].length, loc: b.loc };
  const label = BOLD_LABEL.exec(t);
  if (label) return { kind: 'field', label: label[1].trim(), value: unmarked(label[2] ?? '').trim(), loc: b.loc };
  return { ...b, text: unmarked(b.text) };
}

/** A PDF line as a PDF printed from styled notes shows it: a heading as a line in bold, a label
 *  and its answer as "Child: Amelia". */
function readLine(b: Extract<Block, { kind: 'line' }>): Block {
  const heading = b.cells.length === 1 ? HEADING.exec(b.cells[0].text.trim()) : null;
  if (heading) return { ...b, cells: [{ ...b.cells[0], text: unmarked(heading[2]), bold: true }] };
  return { ...b, cells: b.cells.map((c) => ({ ...c, text: unmarked(c.text) })) };
}

/** The blocks of notes in Markdown read as styled ones; any other document as it is. */
export function readMarkdown(blocks: Block[]): Block[] {
  if (markedTexts(blocks).filter(isMarked).length < MARKED_LINES) return blocks;
  return blocks.map((b) => (b.kind === 'paragraph' ? readParagraph(b) : b.kind === 'line' ? readLine(b) : b));
}
