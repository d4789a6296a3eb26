// Reads a .docx into blocks. mammoth parses the WordprocessingML (keeping tables and checkbox
// controls); the raw document XML is read only for what mammoth drops: which content controls are
// still showing their placeholder, i.e. were never answered. An HTML page the document holds as an
// altChunk is read in its place.
import { strFromU8, unzipSync } from 'fflate';
import type { Block, SourceDocument } from './document.js';
import { CafqaFileError, fail } from './errors.js';
import { MARKING, namesTheCase, tellsTheAssessment, withoutPageNumber } from './furniture.js';
import { boldStyleIds, withStyledBold } from './docx-styles.js';
import { chunkHtml, htmlNodes } from './html-chunk.js';
import { type MammothNode, walkMammothDocument } from './mammoth-tree.js';

export interface DocxLimits {
  /** total uncompressed bytes the zip may expand to */
  maxUncompressedBytes: number;
}

function unzipWithinLimit(bytes: Uint8Array, limits: DocxLimits): Record<string, Uint8Array> {
  let declared = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        declared += f.originalSize;
        if (declared > limits.maxUncompressedBytes) {
          fail('TOO_LARGE', `The Word document expands to more than ${Math.round(limits.maxUncompressedBytes / 1e6)} MB when unzipped; it is refused as a possible zip bomb. Check the file or raise --max-unzipped.`);
        }
        return f.name === 'word/document.xml' || f.name === STYLES_PART || f.name === '[Content_Types].xml' || RUNNING_PART.test(f.name) || CHUNK_PART.test(f.name);
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
/** the parts an altChunk points at, as web systems' exports to Word write them */
const CHUNK_PART = /^word\/[^/]+\.(mht|mhtml|html?|xhtml)$/i;

/** Each altChunk in mammoth's tree replaced by the nodes of the HTML page its part holds. */
async function withChunksRead(node: MammothNode, entries: Record<string, Uint8Array>): Promise<void> {
  const children = node.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type !== 'altChunk') {
      await withChunksRead(child, entries);
      continue;
    }
    const bytes = child.path ? entries[child.path] : undefined;
    const nodes = bytes ? htmlNodes(await chunkHtml(bytes)) : [];
    children.splice(i, 1, ...nodes);
    i += nodes.length - 1;
  }
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

const decodeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export async function readDocx(file: string, bytes: Uint8Array, limits: DocxLimits): Promise<Omit<SourceDocument, 'sha256'>> {
  const entries = unzipWithinLimit(bytes, limits);
  const xmlBytes = entries['word/document.xml'];
  if (!xmlBytes) {
    return fail('WRONG_TYPE', 'The file is a zip archive but not a Word document (it has no word/document.xml). Check that it is a .docx saved from Word.');
  }
  const placeholders = placeholderTexts(strFromU8(xmlBytes));

  const { default: mammoth } = await import('mammoth');
  let tree: unknown;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
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
  await withChunksRead(tree as MammothNode, entries);
  if (entries[STYLES_PART]) withStyledBold(tree as MammothNode, boldStyleIds(strFromU8(entries[STYLES_PART])));
  const blocks: Block[] = [...caseHeaderBlocks(entries), ...walkMammothDocument(tree, placeholders)];
  const watermark = watermarkOf(entries);
  const warnings = watermark && MARKING.test(watermark) ? [`every page marked "${watermark.toUpperCase()}" (Word's watermark)`] : [];
  return { file, format: 'docx', blocks, warnings };
}
