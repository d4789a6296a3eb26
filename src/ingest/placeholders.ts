// Word's unanswered content controls print their prompt ("Click here to enter text."), in the
// document and in a PDF made from it. That prompt is a blank answer, not an answer.
/** What an empty PDF form field reads as: the prompt of an unanswered Word control. */
export const EMPTY_FIELD = 'Click here to enter text.';

export const PLACEHOLDER_TEXTS = [
  'click here to enter text.',
  'click or tap here to enter text.',
  'click here to enter a date.',
  'click or tap to enter a date.',
  'choose an item.',
  'enter text here',
];

const PATTERN = new RegExp(
  PLACEHOLDER_TEXTS.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|'),
  'gi',
);

/** A mail-merge field the case record had no value for: Word shows the field's own name in
 *  chevrons («GP_Practice»), which is no answer. Field names have no spaces, so quoted words
 *  between guillemets are left alone. */
const UNMERGED_FIELD = /«[A-Za-z]\w{0,40}»/g;

export function stripPlaceholders(text: string, extra: Iterable<string> = []): string {
  let out = text.replace(PATTERN, '').replace(UNMERGED_FIELD, '');
  for (const p of extra) {
    const at = out.toLowerCase().indexOf(p);
    if (at >= 0) out = out.slice(0, at) + out.slice(at + p.length);
  }
  return out;
}

/** A printed form's blank is a line to write on ("Signed: ________  Date: ______"); what is
 *  typed over it ("D. Harcourt______") is the answer, and the line itself is nothing. */
export const withoutWritingLines = (text: string): string => text.replace(/_{3,}/g, ' ');
