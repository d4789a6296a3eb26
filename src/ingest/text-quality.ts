// A PDF whose fonts lack a Unicode map yields look-alike symbols ("ΨȅŜǎΩ" for 'yes'). Real forms
// carry the odd accented name (Wiśniewski), so the test is a share of all letters, not any one.
const UNREADABLE = /[\p{Co}\uFFFD]/u;
const ORDINARY = /[A-Za-z\u00C0-\u00FF]/;

/** Share of letters (and undecodable glyphs) that are neither basic Latin nor Latin-1. */
export function garbledRatio(text: string): number {
  let letters = 0;
  let odd = 0;
  for (const ch of text) {
    if (UNREADABLE.test(ch)) {
      letters++;
      odd++;
    } else if (/\p{L}/u.test(ch)) {
      letters++;
      if (!ORDINARY.test(ch)) odd++;
    }
  }
  return letters === 0 ? 0 : odd / letters;
}
