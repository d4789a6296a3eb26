// The few XML text helpers the Word reader's own passes over a package's parts share (mammoth
// parses the document itself; these passes read and rewrite a part's text with patterns).

/** An attribute's value in one tag's text, as written (still escaped). */
export const attrOf = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Text with XML's five predefined entities read. */
export const decodeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Text escaped to stand in an element's content. */
export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
