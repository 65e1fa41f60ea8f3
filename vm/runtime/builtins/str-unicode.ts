// Code-point arithmetic over JS strings and the Unicode character classes behind str's predicates and
// case mappings. A Python str is a JS string whose surrogate pairs count as one code point; strings
// without surrogates (the common case) take the plain UTF-16 fast paths.

/** Matches any surrogate code unit. */
export const SURROGATE = /[\uD800-\uDFFF]/;

export function hasSurrogates(s: string): boolean {
  return SURROGATE.test(s);
}

/** Number of code points (surrogate pairs count once). */
export function cpLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The code points of s as one-code-point strings. */
export function cpArray(s: string): string[] {
  return Array.from(s);
}

/** UTF-16 offset of code point number `cp` (cp may equal the length: returns s.length). */
export function cpToUnit(s: string, cp: number): number {
  let i = 0;
  let n = 0;
  while (n < cp && i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else i++;
    n++;
  }
  return i;
}

/** Number of code points before UTF-16 offset `unit`. */
export function unitToCp(s: string, unit: number): number {
  let n = 0;
  for (let i = 0; i < unit; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < unit) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

// ---- character classes (CPython 3.11's definitions) ----

/** str.isspace: bidirectional WS/B/S or category Zs. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Line boundaries for str.splitlines. */
export function isLineBreak(c: number): boolean {
  return (c >= 10 && c <= 13) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

const RE_ALPHA = /^\p{L}+$/u;
const RE_DECIMAL = /^\p{Nd}+$/u;
const DIGIT_EXTRA =
  '\\u{b2}-\\u{b3}\\u{b9}\\u{1369}-\\u{1371}\\u{19da}\\u{2070}\\u{2074}-\\u{2079}\\u{2080}-\\u{2089}\\u{2460}-\\u{2468}' +
  '\\u{2474}-\\u{247c}\\u{2488}-\\u{2490}\\u{24ea}\\u{24f5}-\\u{24fd}\\u{24ff}\\u{2776}-\\u{277e}\\u{2780}-\\u{2788}' +
  '\\u{278a}-\\u{2792}\\u{10a40}-\\u{10a43}\\u{10e60}-\\u{10e68}\\u{11052}-\\u{1105a}\\u{1f100}-\\u{1f10a}';
const NUMERIC_EXTRA =
  '\\u{3405}\\u{3483}\\u{382a}\\u{3b4d}\\u{4e00}\\u{4e03}\\u{4e07}\\u{4e09}\\u{4e5d}\\u{4e8c}\\u{4e94}\\u{4e96}' +
  '\\u{4ebf}-\\u{4ec0}\\u{4edf}\\u{4ee8}\\u{4f0d}\\u{4f70}\\u{5104}\\u{5146}\\u{5169}\\u{516b}\\u{516d}\\u{5341}' +
  '\\u{5343}-\\u{5345}\\u{534c}\\u{53c1}-\\u{53c4}\\u{56db}\\u{58f1}\\u{58f9}\\u{5e7a}\\u{5efe}-\\u{5eff}' +
  '\\u{5f0c}-\\u{5f0e}\\u{5f10}\\u{62fe}\\u{634c}\\u{67d2}\\u{6f06}\\u{7396}\\u{767e}\\u{8086}\\u{842c}\\u{8cae}' +
  '\\u{8cb3}\\u{8d30}\\u{9621}\\u{9646}\\u{964c}\\u{9678}\\u{96f6}\\u{f96b}\\u{f973}\\u{f978}\\u{f9b2}\\u{f9d1}' +
  '\\u{f9d3}\\u{f9fd}\\u{20001}\\u{20064}\\u{200e2}\\u{20121}\\u{2092a}\\u{20983}\\u{2098c}\\u{2099c}\\u{20aea}' +
  '\\u{20afd}\\u{20b19}\\u{22390}\\u{22998}\\u{23b1b}\\u{2626d}\\u{2f890}';
const RE_DIGIT = new RegExp(`^[\\p{Nd}${DIGIT_EXTRA}]+$`, 'u');
const RE_NUMERIC = new RegExp(`^[\\p{N}${NUMERIC_EXTRA}]+$`, 'u');
const RE_ALNUM = new RegExp(`^[\\p{L}\\p{N}${DIGIT_EXTRA}${NUMERIC_EXTRA}]+$`, 'u');
const RE_NONPRINT_EXCEPT_SPACE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
const RE_IDENT = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
const RE_ASCII = /^[\x00-\x7f]*$/;
const RE_UPPER_CP = /\p{Uppercase}/u;
const RE_LOWER_CP = /\p{Lowercase}/u;
const RE_TITLE_CP = /\p{Lt}/u;
const RE_CASED_CP = /\p{Cased}/u;
export const RE_HAS_UPPER = /[\p{Uppercase}\p{Lt}]/u;
export const RE_HAS_LOWER = /\p{Lowercase}/u;

export const isAlphaStr = (s: string) => RE_ALPHA.test(s);
export const isDecimalStr = (s: string) => RE_DECIMAL.test(s);
export const isDigitStr = (s: string) => RE_DIGIT.test(s);
export const isNumericStr = (s: string) => RE_NUMERIC.test(s);
export const isAlnumStr = (s: string) => RE_ALNUM.test(s);
export const isIdentifierStr = (s: string) => RE_IDENT.test(s);
export const isAsciiStr = (s: string) => RE_ASCII.test(s);
export function isPrintableStr(s: string): boolean {
  return !RE_NONPRINT_EXCEPT_SPACE.test(s);
}

export function isUpperCp(ch: string): boolean {
  return RE_UPPER_CP.test(ch);
}
export function isLowerCp(ch: string): boolean {
  return RE_LOWER_CP.test(ch);
}
export function isTitleCp(ch: string): boolean {
  return RE_TITLE_CP.test(ch);
}
export function isCasedCp(ch: string): boolean {
  return RE_CASED_CP.test(ch);
}

// ---- case mappings ----

const TITLE_SPECIAL: Record<number, string> = {
  0xdf: 'Ss', 0x1c4: '\u01c5', 0x1c5: '\u01c5', 0x1c6: '\u01c5', 0x1c7: '\u01c8', 0x1c8: '\u01c8', 0x1c9: '\u01c8',
  0x1ca: '\u01cb', 0x1cb: '\u01cb', 0x1cc: '\u01cb', 0x1f1: '\u01f2', 0x1f2: '\u01f2', 0x1f3: '\u01f2',
  0x587: '\u0535\u0582', 0x1fb2: '\u1fba\u0345', 0x1fb3: '\u1fbc', 0x1fb4: '\u0386\u0345', 0x1fb7: '\u0391\u0342\u0345',
  0x1fbc: '\u1fbc', 0x1fc2: '\u1fca\u0345', 0x1fc3: '\u1fcc', 0x1fc4: '\u0389\u0345', 0x1fc7: '\u0397\u0342\u0345',
  0x1fcc: '\u1fcc', 0x1ff2: '\u1ffa\u0345', 0x1ff3: '\u1ffc', 0x1ff4: '\u038f\u0345', 0x1ff7: '\u03a9\u0342\u0345',
  0x1ffc: '\u1ffc', 0xfb00: 'Ff', 0xfb01: 'Fi', 0xfb02: 'Fl', 0xfb03: 'Ffi', 0xfb04: 'Ffl', 0xfb05: 'St', 0xfb06: 'St',
  0xfb13: '\u0544\u0576', 0xfb14: '\u0544\u0565', 0xfb15: '\u0544\u056b', 0xfb16: '\u054e\u0576', 0xfb17: '\u0544\u056d',
};

/** Full titlecase mapping of one code point. */
export function titleCp(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (c < 0x80) return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : ch;
  const t = TITLE_SPECIAL[c];
  if (t !== undefined) return t;
  if (c >= 0x10d0 && c <= 0x10ff) return ch; // Georgian: titlecase is itself
  if (c >= 0x1f80 && c <= 0x1faf) return String.fromCharCode(c | 8);
  return ch.toUpperCase();
}

/** Lowercase of code point `ch` at code-point position i of `a`, with the final-sigma rule. */
export function lowerCpIn(a: string[], i: number): string {
  const ch = a[i];
  if (ch === '\u03a3') return finalSigma(a, i) ? '\u03c2' : '\u03c3';
  return ch.toLowerCase();
}

/** CPython's final-sigma condition: preceded by a cased letter and not followed by one (skipping case-ignorables). */
function finalSigma(a: string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && RE_CASE_IGNORABLE.test(a[j])) j--;
  if (j < 0 || !RE_CASED_CP.test(a[j])) return false;
  j = i + 1;
  while (j < a.length && RE_CASE_IGNORABLE.test(a[j])) j++;
  return j >= a.length || !RE_CASED_CP.test(a[j]);
}
const RE_CASE_IGNORABLE = /\p{Case_Ignorable}/u;

/** Full case folding of one code point. */
export function casefoldCp(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (c < 0x80) return ch.toLowerCase();
  if (c === 0x131) return ch;
  if (c === 0x1e9e) return 'ss';
  if ((c >= 0x13a0 && c <= 0x13f5) || (c >= 0x13f8 && c <= 0x13fd) || (c >= 0xab70 && c <= 0xabbf)) return ch.toUpperCase();
  return ch.toUpperCase().toLowerCase();
}
