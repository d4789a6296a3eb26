import { z } from 'zod';

/** What stands in the text for a picture on the form (a signature pasted in, say). */
export const IMAGE = '[image]';

/** A footnote read into the answer that refers to it, where its number stood ("Yes¹" and, at the
 *  page's foot, "¹ Given verbally at the meeting"): the note is part of the answer as written. */
export const noteText = (note: string) => ` [note: ${note.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim()}]`;
/** The notes read into an answer, for what the answer says without them ("Pakistani"). */
export const NOTES = /\s*\[note: [^\]]*\]/g;

/** Text as a reader sees it: characters that show nothing (zero-width spaces, soft hyphens, a
 *  byte-order mark), as text copied from a web page carries, left out; no-break spaces as plain
 *  ones; a typesetter's ligatures ("ﬁ") as their letters. Labels then read as their words. */
export const visible = (s: string): string =>
  s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[\ufb00-\ufb06]/g, (c) => c.normalize('NFKC'));

/** Where a piece of text came from, in words a person can follow back to the form. */
export const LocationSchema = z.string();

export const CellSchema = z.object({ text: z.string(), x: z.number().optional(), end: z.number().optional(), bold: z.boolean().optional() });

export const BlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text: z.string(), level: z.number().int(), loc: LocationSchema }),
  z.object({ kind: z.literal('paragraph'), text: z.string(), loc: LocationSchema }),
  /** a label and its answer: a Word paragraph that opens with a bold label, or a PDF form field */
  z.object({ kind: z.literal('field'), label: z.string(), value: z.string(), loc: LocationSchema }),
  /** firstRow: the row of the Word table this part begins at, where a nested table parts it */
  z.object({ kind: z.literal('table'), rows: z.array(z.array(z.string())), loc: LocationSchema, firstRow: z.number().int().positive().optional() }),
  /** a line of a PDF page: text runs with the x position where each starts, so columns survive */
  z.object({
    kind: z.literal('line'),
    cells: z.array(CellSchema),
    page: z.number().int(),
    /** which of the two pages printed side by side on the sheet the line is on, where there are two */
    half: z.enum(['left', 'right']).optional(),
    /** how far up the page the line stands (points), for the rows its lines make */
    y: z.number().optional(),
    loc: LocationSchema,
  }),
]);

export const SourceDocumentSchema = z.object({
  file: z.string(),
  format: z.enum(['docx', 'pdf']),
  /** of the bytes read, so the file need not be read again to name the form */
  sha256: z.string(),
  pages: z.number().int().optional(),
  blocks: z.array(BlockSchema),
  /** things worth telling the evaluator that did not stop the read (a page without text, say) */
  warnings: z.array(z.string()),
});

export type Block = z.infer<typeof BlockSchema>;
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
export type LineBlock = Extract<Block, { kind: 'line' }>;
