// A Word document written by a web system's "export to Word" often holds no WordprocessingML at
// all: its body points (w:altChunk) at an HTML page, usually wrapped as an MHT message, which Word
// converts when the file is opened. mammoth skips such chunks (mammoth.js issue #71), so cafqa reads
// the page itself into the nodes of mammoth's tree, for them to be read as Word's own are.
import { Parser } from 'htmlparser2';
import PostalMime from 'postal-mime';
import type { MammothNode } from './mammoth-tree.js';

/** The HTML a chunk part holds: an MHT message's HTML part (postal-mime undoes its
 *  quoted-printable or base64 and its charset), or the page itself. */
export async function chunkHtml(bytes: Uint8Array): Promise<string> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 600));
  if (/^\s*(MIME-Version|Content-Type):/im.test(head) && /multipart|text\/html/i.test(head)) {
    const email = await PostalMime.parse(bytes);
    return email.html ?? '';
  }
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'hr', 'section', 'article', 'header', 'footer', 'form', 'fieldset', 'legend', 'caption', 'center', 'address', 'table', 'tr', 'td', 'th']);
const BOLD = new Set(['b', 'strong', 'th']);
const STRUCK = new Set(['s', 'strike', 'del']);
const UNREAD = new Set(['head', 'title', 'style', 'script', 'template']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i;

/** An HTML page as mammoth's nodes: headings as paragraphs in Word's heading styles, tables as
 *  tables, header cells and <b> in bold, <s> struck through, <mark> highlighted, checkbox inputs
 *  as Word's checkboxes; what a browser would not show is left out. */
export function htmlNodes(html: string): MammothNode[] {
  const root: MammothNode = { type: 'document', children: [] };
  // the open containers: the page, then tables, rows and cells within it
  const containers: MammothNode[] = [root];
  let paragraph: MammothNode | null = null;
  // per open element: what it turned on, to be turned off when it closes
  const opened: { name: string; bold: boolean; struck: boolean; marked: boolean; hidden: boolean; unread: boolean; container: boolean }[] = [];
  const count = { bold: 0, struck: 0, marked: 0, hidden: 0, unread: 0 };
  let heading: string | null = null;

  const container = () => containers[containers.length - 1];
  const endParagraph = () => {
    paragraph = null;
  };
  const inline = (node: MammothNode) => {
    if (count.hidden || count.unread) return;
    if (!paragraph) {
      paragraph = { type: 'paragraph', styleName: heading, children: [] };
      container().children!.push(paragraph);
    }
    paragraph.children!.push(node);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const hidden = HIDDEN_STYLE.test(attribs.style ?? '') || 'hidden' in attribs;
        const entry = { name, bold: BOLD.has(name), struck: STRUCK.has(name), marked: name === 'mark', hidden, unread: UNREAD.has(name), container: false };
        if (BLOCK.has(name)) endParagraph();
        if (/^h[1-6]$/.test(name)) heading = `Heading ${name[1]}`;
        if (!count.hidden && !count.unread && (name === 'table' || name === 'tr' || name === 'td' || name === 'th')) {
          const type = name === 'table' ? 'table' : name === 'tr' ? 'tableRow' : 'tableCell';
          const node: MammothNode = { type, children: [] };
          container().children!.push(node);
          containers.push(node);
          entry.container = true;
        }
        if (name === 'br') inline({ type: 'break' });
        if (name === 'img') inline({ type: 'image' });
        if (name === 'input' && /^(checkbox|radio)$/i.test(attribs.type ?? '')) inline({ type: 'checkbox', checked: 'checked' in attribs });
        for (const k of ['bold', 'struck', 'marked', 'hidden', 'unread'] as const) if (entry[k]) count[k]++;
        opened.push(entry);
      },
      ontext(text) {
        const value = text.replace(/\s+/g, ' ');
        if (!value.trim() && !paragraph) return;
        inline({ type: 'run', isBold: count.bold > 0, isStrikethrough: count.struck > 0, highlight: count.marked ? 'yellow' : null, children: [{ type: 'text', value }] });
      },
      onclosetag(name) {
        // Tags a page left open close with the one that holds them, as browsers close them.
        const at = opened.map((e) => e.name).lastIndexOf(name);
        if (at < 0) return;
        for (const entry of opened.splice(at).reverse()) {
          for (const k of ['bold', 'struck', 'marked', 'hidden', 'unread'] as const) if (entry[k]) count[k]--;
          if (entry.container) containers.pop();
          if (/^h[1-6]$/.test(entry.name)) heading = null;
          if (BLOCK.has(entry.name)) endParagraph();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return root.children!;
}
