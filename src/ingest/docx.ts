// Reads a .docx into blocks. mammoth parses the WordprocessingML (keeping tables and checkbox
// controls); the raw document XML is read only for what mammoth drops: which content controls are
// still showing their placeholder, i.e. were never answered, and the values of controls bound to
// a custom XML part. An HTML page or a whole Word document the document holds as an altChunk
// (as web systems' exports and document assembly write them) is read in its place.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Block, SourceDocument } from './document.js';
import { CafqaFileError, fail } from './errors.js';
import { MARKING, namesTheCase, tellsTheAssessment, withoutPageNumber } from './furniture.js';
import { withBoundValues } from './docx-bindings.js';
import { withSheetsAsTables } from './docx-sheets.js';
import { attrOf, decodeXml } from './xml-text.js';
import { boldStyleIds, withStyledBold } from './docx-styles.js';
import { chunkHtml, htmlNodes } from './html-chunk.js';
import { sniff } from './sniff.js';
import { type MammothNode, walkMammothDocument } from './mammoth-tree.js';

export interface DocxLimits {
  /** total uncompressed bytes the zip may expand to */
  maxUncompressedBytes: number;
}

/** The parts cafqa reads itself; mammoth opens the package on its own. */
const READ_PART = (name: string) =>
  name === 'word/document.xml' || name === STYLES_PART || name === '[Content_Types].xml' || name === DOCUMENT_RELS || RUNNING_PART.test(name) || CUSTOM_XML_PART.test(name) || WORKBOOK_PART.test(name);

function unzipWithinLimit(bytes: Uint8Array, limits: DocxLimits, wanted: (name: string) => boolean = READ_PART): Record<string, Uint8Array> {
  let declared = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        declared += f.originalSize;
        if (declared > limits.maxUncompressedBytes) {
          fail('TOO_LARGE', `The Word document expands to more than ${Math.round(limits.maxUncompressedBytes / 1e6)} MB when unzipped; it is refused as a possible zip bomb. Check the file or raise --max-unzipped.`);
        }
        return wanted(f.name);
      },
    });
  } catch (e) {
    if (e instanceof CafqaFileError) throw e;
    return fail('CORRUPT', `The Word document is damaged or truncated (${(e as Error).message}). Open it in Word and save it again, or ask for a new copy.`);
  }
  const actual = Object.values(entries).reduce((n, b) => n + b.length, 0);
  if (actual > limits.maxUncompressedBytes) fail('TOO_LARGE', 'The Word document expands past the unzipped size limit.');
  return entries;
}

/** Text of every content control that is still showing its placeholder. */
function placeholderTexts(xml: string): Set<string> {
  const found = new Set<string>();
  for (const m of xml.matchAll(/<w:sdt>((?:(?!<w:sdt>)[\s\S])*?)<\/w:sdt>/g)) {
    if (!m[1].includes('<w:showingPlcHdr')) continue;
    const text = [...m[1].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('').trim();
    if (text) found.add(decodeXml(text).toLowerCase());
  }
  return found;
}

const STYLES_PART = 'word/styles.xml';
const RUNNING_PART = /^word\/(header|footer)\d*\.xml$/;
/** the custom XML parts content controls may be bound to, and their properties */
const CUSTOM_XML_PART = /^customXml\/(_rels\/)?item(Props)?\d+\.xml(\.rels)?$/;
/** the document's relationships and the workbooks it embeds, read for its worksheet objects */
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const WORKBOOK_PART = /^word\/embeddings\/[^/]+\.xls[xm]$/i;

/** The parts of the workbook a relationship of the document's names, or null where it names
 *  none or the workbook cannot be opened (the object then stays the picture it shows). */
function embeddedWorkbook(entries: Record<string, Uint8Array>, relId: string, limits: DocxLimits): Record<string, Uint8Array> | null {
  const rels = entries[DOCUMENT_RELS] ? strFromU8(entries[DOCUMENT_RELS]) : '';
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => attrOf(r, 'Id') === relId);
  const target = rel && attrOf(rel, 'Target');
  const bytes = target ? entries[target.startsWith('/') ? target.slice(1) : `word/${target}`] : undefined;
  if (!bytes) return null;
  try {
    return unzipWithinLimit(bytes, limits, (name) => /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(name));
  } catch {
    return null;
  }
}

/** Each altChunk in mammoth's tree replaced by the nodes of what its part holds. */
async function withChunksRead(node: MammothNode, nodesOf: (path: string) => Promise<MammothNode[]>): Promise<void> {
  const children = node.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type !== 'altChunk') {
      await withChunksRead(child, nodesOf);
      continue;
    }
    const nodes = child.path ? await nodesOf(child.path) : [];
    children.splice(i, 1, ...nodes);
    i += nodes.length - 1;
  }
}

/** how deep Word documents imported into one another are read; Word itself merges them on opening */
const MAX_IMPORT_DEPTH = 3;

interface WordTree {
  tree: MammothNode;
  entries: Record<string, Uint8Array>;
  placeholders: Set<string>;
  warnings: string[];
  /** bytes unzipped for it and the documents it imports */
  expanded: number;
}

/** The running header's lines that name the case ("Child: Ruby Cole   DOB: 03/04/2015") and the
 *  footer's that tell when and by whom the form was completed, which mammoth does not read;
 *  markings and page numbers are left out, as for a PDF. */
function caseHeaderBlocks(entries: Record<string, Uint8Array>): Block[] {
  const lines = new Map<string, string>();
  for (const [name, bytes] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
    const part = RUNNING_PART.exec(name)?.[1];
    if (!part) continue;
    for (const p of strFromU8(bytes).match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? []) {
      const text = decodeXml([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).replace(/\s+/g, ' ').trim();
      if (namesTheCase(text) || tellsTheAssessment(text)) lines.set(withoutPageNumber(text), `page ${part}`);
    }
  }
  return [...lines].map(([text, loc]) => ({ kind: 'paragraph' as const, text, loc }));
}

/** What Word's watermark says (Design › Watermark: a WordArt shape in the page header), where
 *  it is a marking ("DRAFT"); it prints behind every page. */
function watermarkOf(entries: Record<string, Uint8Array>): string | null {
  for (const [name, bytes] of Object.entries(entries)) {
    if (!RUNNING_PART.test(name)) continue;
    const said = /<v:textpath\b[^>]*\bstring="([^"]*)"/.exec(strFromU8(bytes))?.[1];
    if (said?.trim()) return decodeXml(said).trim();
  }
  return null;
}

/** The document as mammoth reads it, with what mammoth leaves out put in as Word shows it:
 *  controls' bound values, embedded worksheets, the chunks it imports (an HTML page, or a whole
 *  Word document read the same way, within what is left of the unzipped size limit), and bold
 *  given by character styles. */
async function wordTree(bytes: Uint8Array, limits: DocxLimits, depth: number): Promise<WordTree> {
  const entries = unzipWithinLimit(bytes, limits);
  const xmlBytes = entries['word/document.xml'];
  if (!xmlBytes) {
    return fail('WRONG_TYPE', 'The file is a zip archive but not a Word document (it has no word/document.xml). Check that it is a .docx saved from Word.');
  }
  // A filled-in template whose values are only in its custom XML part, and worksheets embedded as
  // objects, are read as Word shows them; mammoth reads the package, so it is given one with the
  // document's part rewritten.
  const original = strFromU8(xmlBytes);
  const bound = withBoundValues(original, entries);
  const rewritten = withSheetsAsTables(bound ?? original, (id) => embeddedWorkbook(entries, id, limits)) ?? bound;
  const source = rewritten === null ? bytes : zipSync({ ...unzipWithinLimit(bytes, limits, () => true), 'word/document.xml': strToU8(rewritten) }, { level: 0 });
  const placeholders = placeholderTexts(rewritten ?? original);

  const { default: mammoth } = await import('mammoth');
  let tree: unknown;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(source.buffer, source.byteOffset, source.byteLength) },
      {
        transformDocument: (doc: unknown) => {
          tree = doc;
          return doc;
        },
      } as Parameters<typeof mammoth.convertToHtml>[1],
    );
  } catch (e) {
    return fail('CORRUPT', `The Word document could not be parsed (${(e as Error).message}). Open it in Word and save it again.`);
  }
  const warnings: string[] = [];
  let expanded = Object.values(entries).reduce((n, b) => n + b.length, 0);
  await withChunksRead(tree as MammothNode, async (path) => {
    const part = entries[path] ?? unzipWithinLimit(bytes, limits, (name) => name === path)[path];
    if (!part) return [];
    if (sniff(part) !== 'zip') return htmlNodes(await chunkHtml(part));
    if (depth >= MAX_IMPORT_DEPTH) {
      warnings.push(`a document imported ${depth} deep (${path}) was not read`);
      return [];
    }
    try {
      const inner = await wordTree(part, { ...limits, maxUncompressedBytes: limits.maxUncompressedBytes - expanded }, depth + 1);
      expanded += inner.expanded;
      for (const p of inner.placeholders) placeholders.add(p);
      warnings.push(...inner.warnings);
      return inner.tree.children ?? [];
    } catch (e) {
      if (e instanceof CafqaFileError && e.code === 'TOO_LARGE') {
        fail('TOO_LARGE', `The Word document and the documents it imports expand to more than ${Math.round(limits.maxUncompressedBytes / 1e6)} MB when unzipped; it is refused as a possible zip bomb. Check the file or raise --max-unzipped.`);
      }
      warnings.push(`a document it imports (${path}) could not be read, so its part of the form is missing: ${(e as Error).message}`);
      return [];
    }
  });
  if (entries[STYLES_PART]) withStyledBold(tree as MammothNode, boldStyleIds(strFromU8(entries[STYLES_PART])));
  return { tree: tree as MammothNode, entries, placeholders, warnings, expanded };
}

export async function readDocx(file: string, bytes: Uint8Array, limits: DocxLimits): Promise<Omit<SourceDocument, 'sha256'>> {
  const { tree, entries, placeholders, warnings } = await wordTree(bytes, limits, 0);
  const blocks: Block[] = [...caseHeaderBlocks(entries), ...walkMammothDocument(tree, placeholders)];
  const watermark = watermarkOf(entries);
  if (watermark && MARKING.test(watermark)) warnings.push(`every page marked "${watermark.toUpperCase()}" (Word's watermark)`);
  return { file, format: 'docx', blocks, warnings };
}
