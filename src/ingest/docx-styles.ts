// A template may set its questions in bold through a style ("Strong", or a council's own "Label")
// rather than by making the words bold. mammoth reports only bold set on the run itself, so the
// styles that make text bold are read from the document's styles part, and runs in them marked bold
// as Word shows them.
import { Parser } from 'htmlparser2';
import type { MammothNode } from './mammoth-tree.js';

interface StyleFacts {
  basedOn?: string;
  /** bold set in the style's own run properties: true, false (turned off), or not said */
  bold?: boolean;
  type: string;
}

/** The ids of the character and paragraph styles whose text is bold, through what they are based
 *  on; headings are left out, being read as headings already. */
export function boldStyleIds(stylesXml: string): Set<string> {
  const styles = new Map<string, StyleFacts>();
  let current: StyleFacts | null = null;
  let inRunProps = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'w:style') {
          current = { type: attrs['w:type'] ?? '' };
          styles.set(attrs['w:styleId'] ?? '', current);
        } else if (current && name === 'w:basedOn') current.basedOn = attrs['w:val'];
        else if (current && name === 'w:rPr') inRunProps = true;
        else if (current && inRunProps && name === 'w:b') current.bold = !/^(0|false|off)$/i.test(attrs['w:val'] ?? '1');
      },
      onclosetag(name) {
        if (name === 'w:rPr') inRunProps = false;
        else if (name === 'w:style') current = null;
      },
    },
    { xmlMode: true },
  );
  parser.end(stylesXml);
  const isBold = (id: string, seen = new Set<string>()): boolean => {
    const s = styles.get(id);
    if (!s || seen.has(id)) return false;
    seen.add(id);
    return s.bold ?? (s.basedOn ? isBold(s.basedOn, seen) : false);
  };
  const ids = new Set<string>();
  for (const [id, s] of styles) {
    if ((s.type === 'character' || s.type === 'paragraph') && !/^(heading|title)/i.test(id) && isBold(id)) ids.add(id);
  }
  return ids;
}

/** Every run in a bold style, or in a paragraph of one, marked bold. */
export function withStyledBold(node: MammothNode, bold: Set<string>, inBoldParagraph = false): void {
  if (!bold.size) return;
  const styled = !!node.styleId && bold.has(node.styleId);
  if (node.type === 'run' && (styled || inBoldParagraph)) node.isBold = true;
  for (const c of node.children ?? []) withStyledBold(c, bold, inBoldParagraph || (node.type === 'paragraph' && styled));
}
