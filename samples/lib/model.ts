// The abstract page a layout describes; the DOCX and PDF writers each render it their own way, so
// one fictional case can be printed in every layout and format without rewriting its content.

/** `wingdings`: boxes typed as Wingdings symbols (Insert › Symbol), as older Word templates have
 *  them; in a PDF they print as the font's own codes, þ for a ticked box and ¨ for an empty one. */
/** `wingdings2`: boxes typed as Wingdings 2 symbols, as many council templates have them (R a
 *  ticked box, £ an empty one); a PDF printed without the font's Unicode map gives those letters. */
/** `highlight`: "Yes / No" with the chosen option highlighted in Word (and set in bold when
 *  printed to PDF, where a highlight leaves no trace in the text). */
/** `vector`: boxes drawn on the page rather than typed, a tick a drawn cross, as browsers print a
 *  web form's checkboxes to PDF (Word shows its checkbox controls). */
/** `struck`: "delete as appropriate", the options not chosen struck through ("Yes / N̶o̶"). */
/** `radio`: options as radio buttons, "● Yes ○ No", as web forms and their prints show them. */
/** `bullets`: each option a list item whose bullet is a box, ticked or not (Word's Define New
 *  Bullet with Wingdings' boxes): the box lives in the list's definition, not in the text; a PDF
 *  prints it as the bullet glyph before the option, an option to a line. */
export type TickStyle = 'glyph' | 'control' | 'legacy' | 'bracket' | 'deleted' | 'wingdings' | 'wingdings2' | 'highlight' | 'radio' | 'struck' | 'vector' | 'bullets';

export type Run =
  | string
  | { bold: string }
  /** typed in italics, as some practitioners set their answers apart from a template's questions */
  | { italic: string }
  /** an answer: a content control in Word, a text field in a fillable PDF, plain text otherwise */
  | { answer: string }
  /** an unanswered content control: Word shows its placeholder, a fillable PDF an empty field */
  | { placeholder: string }
  | { ticks: { label: string; checked: boolean }[] }
  /** a table inside a table's cell, as Word templates nest their plans and family lists */
  | { nested: { widths: number[]; rows: Cell[][] } }
  /** a reviewer's comment on the answer beside it: a Word comment; a PDF printed with markup
   *  shows it in a balloon in the right margin */
  | { comment: string }
  /** an answer typed in a text box beside its question: Word's text box, drawn as a frame in a PDF */
  | { box: string }
  /** the cell continues the one above it, merged down the column (Word's vertical merge); it
   *  holds nothing of its own */
  | { merged: true }
  /** a signature pasted in as a picture: an image in Word, drawn on the page in a PDF, no text */
  | { image: 'signature' }
  /** a footnote on the words before it: Word's footnote, its number raised in the text; a PDF
   *  prints the number raised and smaller, and the note at the foot of the page */
  | { note: string }
  /** hidden text in Word (Font › Hidden), as templates hide their guidance and example answers
   *  from the print; a PDF printed from Word leaves it out */
  | { hidden: string }
  /** text set to run up its cell (Word's text direction, bottom to top), as a grid's narrow
   *  column headings are; a PDF draws it turned a quarter left */
  | { vertical: string }
  /** a section's name as a shaded band across the table, in plain type (the cell's shading is
   *  all that sets it apart) */
  | { band: string }
  /** a mail-merge field a case system filled: Word keeps it as a MERGEFIELD whose result is the
   *  record's value, or the field's own name in chevrons («GP_Practice») where the record had
   *  none; a PDF prints what Word shows */
  | { merge: string; value: string | null }
  /** a legacy drop-down form field (Word's FORMDROPDOWN), as pre-2010 templates protected for
   *  forms ask their closed questions: Word keeps the chosen entry's number in the field's data
   *  and shows the entry, the first ("Please select") where none was chosen; a PDF prints it */
  | { dropdown: string[]; chosen: number }
  /** a reviewer's tracked change in Word (deleted text kept as a deletion, the new text as an
   *  insertion); a PDF printed without markup shows only what was inserted */
  | { tracked: { del?: string; ins?: string } }
  /** a paper form's printed caption under the line the answer is written on, in small type:
   *  the question stands below its answer, not before it */
  | { caption: string };

export type Cell = Run[];

export type Element =
  | { t: 'h1'; text: string }
  | { t: 'h2'; text: string }
  | { t: 'p'; runs: Run[] }
  /** repeatHeader: the first row is printed again at the top of each page the table runs on to
   *  (Word's "Repeat as header row at the top of each page") */
  /** sheet: Word only, the table is an Excel worksheet embedded as an object (Insert › Object, or
   *  pasted with Paste Special), its cells in the workbook inside the document and only a picture
   *  of them on the page; a PDF prints the picture, the cells' text drawn as a table's */
  /** middle: each cell's text set in the middle of its row's height (Word's vertical alignment
   *  "Center"), so that a short answer stands level with the middle of a long question */
  /** right: the columns whose text is set flush right (Word's Align Right), as designed forms set
   *  their questions against the answers beside them */
  | { t: 'table'; rows: Cell[][]; widths: number[]; repeatHeader?: boolean; sheet?: boolean; middle?: boolean; right?: number[] }
  /** a running header and footer of the form's own, naming the case on every page */
  | { t: 'running'; header: string; footer: string }
  /** the pages from here on are landscape, a section of their own, as a wide action plan is set */
  | { t: 'landscape' };

export interface RenderOptions {
  tickStyle: TickStyle;
  /** PDF only: answers and ticks live in AcroForm fields rather than in the page text */
  fillable?: boolean;
  /** PDF only: a flat PDF filled in with a reader's "add text" tool: each answer a text
   *  annotation laid over the page, not in the page's text nor in a form field */
  annotated?: boolean;
  /** PDF only: typeset as a designer's print: "fi", "fl", "ff" set as ligatures and long words
   *  hyphenated where a line breaks */
  typeset?: boolean;
  /** PDF only: the base font size; exports print smaller */
  fontSize?: number;
  /** a running header and footer on every page, as councils mark their forms; "{page}" and
   *  "{pages}" in them are numbered */
  running?: { header: string; footer: string };
  /** Word only: answers in legacy FORMTEXT fields, as pre-2010 templates have them (an empty one
   *  shows five en spaces), rather than content controls */
  legacyText?: boolean;
  /** PDF only: a row too tall for what is left of the page breaks across it, each cell going on
   *  at the top of the next page (Word's "Allow row to break across pages") */
  splitRows?: boolean;
  /** two columns of text to a page, as a leaflet-style form sets its lines; a PDF fills the left
   *  column and then the right, Word keeps the text in one flow */
  columns?: 2;
  /** PDF only: printed with markup, the page's text narrowed to leave a margin for the
   *  comments' balloons */
  markup?: boolean;
  /** paragraphs justified (Word's Ctrl+J): a PDF spreads the words of each full line to both
   *  margins, so the gaps between them are wider than a space */
  justified?: boolean;
  /** Word only: written as a web system's "export to Word" writes it, the form as an HTML page in
   *  an MHT part that the document body points at (w:altChunk), which Word converts on opening */
  htmlChunk?: boolean;
  /** Word only: bold given by the "Strong" character style rather than set on the text itself,
   *  as templates built on styles have it */
  styledBold?: boolean;
  /** a watermark across every page ("DRAFT"): Word's, a WordArt shape in the header, large and
   *  pale on the diagonal behind the text; a PDF draws it a letter at a time along the diagonal,
   *  as Word prints WordArt */
  watermark?: string;
  /** Word only: saved as "Strict Open XML Document" (ISO 29500 strict), its parts in the strict
   *  namespaces rather than the transitional ones Word writes by default */
  strict?: boolean;
  /** Word only: written as a report writer's "export to Word (exact format)" writes it: every
   *  heading, label and answer a text frame placed on the page, the page's frames written out a
   *  column at a time (all the labels, then all the answers) and a page break between pages */
  frames?: boolean;
  /** PDF only: printed through a driver that places every letter on its own and writes no
   *  spaces, the words apart only by where their letters stand */
  glyphs?: boolean;
  /** Word only: a Word 2013 template's repeating sections (the plan's rows and the household's
   *  members each an item of a repeating section control) and each answer cell a rich text
   *  control around its paragraphs; checkbox controls ticked with ✔ */
  repeating?: boolean;
  /** Word only: every answer a content control bound to a custom XML part (w:dataBinding), as a
   *  case system fills a template by writing only that part: the document's own text is still
   *  each control's placeholder and every box unticked, which Word replaces with the bound values
   *  when it opens the file */
  bound?: boolean;
  /** headings set in letter-spaced capitals: Word's All caps and Expanded character spacing on
   *  the heading's runs, its text as typed; a PDF prints them in capitals, each letter followed by
   *  a gap as Word's PDF export writes it (a TJ array of letters and adjustments) */
  letterSpaced?: boolean;
  /** every page landscape, as a form laid out as wide grids is set */
  landscape?: boolean;
  /** PDF only: landscape pages printed sideways on portrait paper and turned for reading (the
   *  page's /Rotate), as some print drivers do, so that their text runs up the paper */
  sideways?: boolean;
  /** Word only: assembled by a case system from section documents: what comes before the second
   *  heading of a section is the master template's own text, and each later section a whole Word
   *  document imported in its place (w:altChunk of WordprocessingML), which Word merges on opening */
  assembled?: boolean;
  /** PDF only: printed "2 pages per sheet": each landscape sheet holds two of the form's pages
   *  side by side, shrunk to fit (each page a form XObject drawn scaled) */
  pagesPerSheet?: 2;
  /** the questions (the bold runs) in small capitals (Word's Font › Small caps), their text as
   *  typed; a PDF prints each lower-case letter as a capital in smaller type, a run of its own
   *  beside the full-size capitals, as Word's PDF export sets them */
  smallCaps?: boolean;
}

export const p = (...runs: Run[]): Element => ({ t: 'p', runs });
export const h1 = (text: string): Element => ({ t: 'h1', text });
export const h2 = (text: string): Element => ({ t: 'h2', text });
export const table = (widths: number[], rows: Cell[][]): Element => ({ t: 'table', rows, widths });

/** The elements to print, and the options with the form's own running header and footer, if it has them. */
export function withOwnRunning(elements: Element[], opts: RenderOptions): [Element[], RenderOptions] {
  const own = elements.find((e): e is Extract<Element, { t: 'running' }> => e.t === 'running');
  return own ? [elements.filter((e) => e !== own), { ...opts, running: { header: own.header, footer: own.footer } }] : [elements, opts];
}
