// Python orders strs by code point; JS's `<` compares UTF-16 units, which puts an astral character (a surrogate
// pair, D800-DFFF) below U+E000-U+FFFF. The two orders agree everywhere else, so only that case is corrected.

/** a < b comparing code points. */
export function strLtCodePoint(a: string, b: string): boolean {
  const n = a.length < b.length ? a.length : b.length;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length;
  // a difference in a low surrogate belongs to the code point that starts one unit earlier
  const lowA = (a.charCodeAt(i) & 0xfc00) === 0xdc00;
  const lowB = (b.charCodeAt(i) & 0xfc00) === 0xdc00;
  if (i > 0 && (lowA || lowB) && (a.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
  return a.codePointAt(i)! < b.codePointAt(i)!;
}

/** -1, 0 or 1: how a compares to b by code point. */
export function cmpStrCodePoint(a: string, b: string): number {
  return a === b ? 0 : strLtCodePoint(a, b) ? -1 : 1;
}
