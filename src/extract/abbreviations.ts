// How forms shorten words: "asst." for assessment, "FSW" for Family Support Worker, "Inc. Mgr"
// for Inclusion Manager, "HoY 9" for Head of Year 9.

/** Whether the letters of `short` appear in `long` in order ("asst" in "assessment"). */
export function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

const words = (s: string) => s.toLowerCase().split(/[\s.]+/).filter(Boolean);

/** Whether `short` abbreviates the whole of `long`: each of its words is either the initials of
 *  some of the long form's words in turn ("fsw", "hoy"), or one word shortened from its first
 *  letter ("inc", "mgr"); a number stands for itself. Every word of the long form is accounted for. */
export function abbreviates(short: string, long: string): boolean {
  const s = words(short), l = words(long);
  if (!s.length || s.join('').length < 2 || s.join(' ') === l.join(' ')) return false;
  const from = (i: number, j: number): boolean => {
    if (i === s.length || j === l.length) return i === s.length && j === l.length;
    const t = s[i];
    if (/^\d+$/.test(t)) return t === l[j] && from(i + 1, j + 1);
    if (t.length < l[j].length && t[0] === l[j][0] && isSubsequence(t, l[j]) && from(i + 1, j + 1)) return true;
    // initials of the next t.length words
    return t.length >= 2 && [...t].every((ch, k) => l[j + k]?.[0] === ch) && from(i + 1, j + t.length);
  };
  return from(0, 0);
}
