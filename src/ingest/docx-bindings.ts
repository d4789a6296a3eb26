// Content controls can be bound to a custom XML part (w:dataBinding): the control shows the value
// at its XPath in that part. A case system fills such a template by writing the part alone, so
// until Word opens and saves the file its own text is still each control's placeholder and every
// box unticked; Word shows the bound values. The document is read as Word shows it: each bound
// control's content replaced by its value.
import { strFromU8 } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';
import { attrOf as attr, escapeXml as esc } from './xml-text.js';

type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<ChildNode, { name: string; attribs: object }>;
const isElement = (n: ChildNode): n is Element => n.type === 'tag';


/** The custom XML parts by their store item id (from each part's properties, which its
 *  relationships name, or from the properties part of its own number as Word writes them). */
function customXmlStores(entries: Record<string, Uint8Array>): Map<string, Element[]> {
  const stores = new Map<string, Element[]>();
  const text = (name: string) => (entries[name] ? strFromU8(entries[name]) : undefined);
  for (const name of Object.keys(entries)) {
    const n = /^customXml\/item(\d+)\.xml$/.exec(name)?.[1];
    if (!n) continue;
    const rels = text(`customXml/_rels/item${n}.xml.rels`);
    const props = text(`customXml/${(rels && attr(rels, 'Target')) || `itemProps${n}.xml`}`);
    const id = props && attr(props, 'ds:itemID');
    if (id) stores.set(id.toUpperCase(), parseDocument(text(name) ?? '', { xmlMode: true }).children.filter(isElement));
  }
  return stores;
}

/** The element a binding's XPath names: a path of child steps ("/ns0:case[1]/ns0:child[2]"), each
 *  a name (its prefix set aside: a part's names are the schema's own) and an optional position. */
function resolve(roots: Element[], xpath: string): Element | null {
  let level: ChildNode[] = roots;
  let found: Element | null = null;
  for (const step of xpath.split('/').filter(Boolean)) {
    const m = /^(?:[\w.-]+:)?([\w.-]+)(?:\[(\d+)\])?$/.exec(step);
    if (!m) return null;
    const named = level.filter((c): c is Element => isElement(c) && c.name.replace(/^[\w.-]+:/, '') === m[1]);
    found = named[Number(m[2] ?? 1) - 1] ?? null;
    if (!found) return null;
    level = found.children;
  }
  return found;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An XML date ("2025-04-03" or with a time) as a date picker's format shows it ("dd/MM/yyyy"). */
function formatDate(value: string, format: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const [y, mo, d] = [m[1], Number(m[2]), Number(m[3])];
  const parts: Record<string, string> = { yyyy: y, yy: y.slice(2), MMMM: MONTHS[mo - 1], MMM: MONTHS[mo - 1].slice(0, 3), MM: String(mo).padStart(2, '0'), M: String(mo), dd: String(d).padStart(2, '0'), d: String(d) };
  return format.replace(/yyyy|yy|MMMM|MMM|MM|M|dd|d/g, (t) => parts[t]);
}

/** What a bound control shows of `value`, given its properties. */
function shown(props: string, value: string): { text: string } | { checked: boolean } {
  if (props.includes('<w14:checkbox')) return { checked: /^(true|1)$/i.test(value.trim()) };
  const item = [...props.matchAll(/<w:listItem\b[^>]*>/g)].find((li) => attr(li[0], 'w:value') === value);
  if (item) return { text: attr(item[0], 'w:displayText') ?? value };
  const dateFormat = props.includes('<w:date') ? /<w:dateFormat w:val="([^"]*)"/.exec(props)?.[1] : undefined;
  return { text: dateFormat ? formatDate(value, dateFormat) : value };
}

/** The document's XML with each bound control showing its value, or null where it binds none
 *  that the package's custom XML parts answer. The parts (which many documents carry for other
 *  ends, such as SharePoint's properties) are parsed only where a control is bound. */
export function withBoundValues(documentXml: string, entries: Record<string, Uint8Array>): string | null {
  if (!documentXml.includes('<w:dataBinding')) return null;
  const stores = customXmlStores(entries);
  if (!stores.size) return null;
  let changed = false;
  // Bound controls hold no controls of their own, so each is an innermost w:sdt.
  const xml = documentXml.replace(/<w:sdt>((?:(?!<w:sdt>)[\s\S])*?)<\/w:sdt>/g, (whole, inner: string) => {
    const props = /<w:sdtPr>[\s\S]*?<\/w:sdtPr>/.exec(inner)?.[0] ?? '';
    const binding = /<w:dataBinding\b[^>]*>/.exec(props)?.[0];
    const store = binding && stores.get((attr(binding, 'w:storeItemID') ?? '').toUpperCase());
    const node = store && resolve(store, attr(binding, 'w:xpath') ?? '');
    if (!node) return whole;
    const value = DomUtils.textContent(node);
    const show = shown(props, value);
    const content = /<w:sdtContent>([\s\S]*)<\/w:sdtContent>/.exec(inner)?.[1] ?? '';
    changed = true;
    if ('checked' in show) {
      const mark = show.checked ? String.fromCodePoint(parseInt(/<w14:checkedState w14:val="([0-9A-Fa-f]+)"/.exec(props)?.[1] ?? '2612', 16)) : '☐';
      const newProps = props.replace(/<w14:checked w14:val="[^"]*"\/>/, `<w14:checked w14:val="${show.checked ? 1 : 0}"/>`);
      return `<w:sdt>${newProps}<w:sdtContent>${content.replace(/<w:t(\s[^>]*)?>[^<]*<\/w:t>/, `<w:t>${mark}</w:t>`)}</w:sdtContent></w:sdt>`;
    }
    if (!show.text.trim()) return whole;
    const runs = show.text.split(/\r?\n/).map((line, i) => `<w:r>${i ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(line)}</w:t></w:r>`).join('');
    // A control around whole paragraphs keeps its first paragraph's properties.
    const block = /^\s*<w:p[\s>]/.test(content) ? `<w:p>${/<w:pPr>[\s\S]*?<\/w:pPr>/.exec(content)?.[0] ?? ''}${runs}</w:p>` : null;
    return `<w:sdt>${props.replace(/<w:showingPlcHdr\/>/, '')}<w:sdtContent>${block ?? runs}</w:sdtContent></w:sdt>`;
  });
  return changed ? xml : null;
}
