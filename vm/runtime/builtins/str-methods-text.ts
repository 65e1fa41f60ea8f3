// str methods that transform or classify text: case mappings, is* predicates, padding, expandtabs,
// translate/maketrans, encode and format/format_map.
import { None } from '../object.js';
import { PyDict, PyBytes, PyBoxed, strType, dictType } from '../types.js';
import { PyStaticMethod, Kw } from '../function.js';
import { nativeKw } from '../natives.js';
import { typeErr, valueErr, PyBaseException, LookupError } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { getitem } from '../items.js';
import { DictStore } from '../hash-store.js';
import { strFormat, strFormatMap } from '../format-fields.js';
import { selfStr, strVal, intArg, strLen } from './str-core.js';
import {
  SURROGATE,
  cpArray,
  isAlphaStr,
  isDecimalStr,
  isDigitStr,
  isNumericStr,
  isAlnumStr,
  isIdentifierStr,
  isAsciiStr,
  isPrintableStr,
  isSpaceCode,
  isUpperCp,
  isLowerCp,
  isTitleCp,
  isCasedCp,
  titleCp,
  lowerCpIn,
  casefoldCp,
  RE_HAS_UPPER,
  RE_HAS_LOWER,
} from './str-unicode.js';
import { codecOf, encodeStr } from './str-codecs.js';
import { defFast } from './str-def.js';

const RE_ASCII = /^[\x00-\x7f]*$/;

// ---- case ----

function capitalize(s: string): string {
  if (s.length === 0) return s;
  if (RE_ASCII.test(s)) return s[0].toUpperCase() + s.slice(1).toLowerCase();
  const a = cpArray(s);
  let out = titleCp(a[0]);
  for (let i = 1; i < a.length; i++) out += lowerCpIn(a, i);
  return out;
}

function title(s: string): string {
  const ascii = RE_ASCII.test(s);
  const a = ascii ? s.split('') : cpArray(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < a.length; i++) {
    const ch = a[i];
    if (ascii) {
      const c = ch.charCodeAt(0);
      const lower = c >= 97 && c <= 122;
      const upper = c >= 65 && c <= 90;
      out += prevCased ? (upper ? String.fromCharCode(c + 32) : ch) : lower ? String.fromCharCode(c - 32) : ch;
      prevCased = lower || upper;
    } else {
      out += prevCased ? lowerCpIn(a, i) : titleCp(ch);
      prevCased = isCasedCp(ch);
    }
  }
  return out;
}

function swapcase(s: string): string {
  if (RE_ASCII.test(s)) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : s[i];
    }
    return out;
  }
  const a = cpArray(s);
  let out = '';
  for (let i = 0; i < a.length; i++) {
    const ch = a[i];
    if (isUpperCp(ch)) out += lowerCpIn(a, i);
    else if (isLowerCp(ch)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

function casefold(s: string): string {
  if (RE_ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) out += casefoldCp(ch);
  return out;
}

// ---- predicates ----

function islower(s: string): boolean {
  if (RE_ASCII.test(s)) return /[a-z]/.test(s) && !/[A-Z]/.test(s);
  return RE_HAS_LOWER.test(s) && !RE_HAS_UPPER.test(s);
}

function isupper(s: string): boolean {
  if (RE_ASCII.test(s)) return /[A-Z]/.test(s) && !/[a-z]/.test(s);
  for (const ch of s) if (isLowerCp(ch) || isTitleCp(ch)) return false;
  return /\p{Uppercase}/u.test(s);
}

function istitle(s: string): boolean {
  let cased = false;
  let prev = false;
  for (const ch of s) {
    if (isUpperCp(ch) || isTitleCp(ch)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLowerCp(ch)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

function isspace(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

// ---- padding ----

function fillArg(x: any, name: string): string {
  if (x === undefined) return ' ';
  const f = strVal(x);
  if (f === undefined) throw typeErr(`The fill character must be a unicode character, not ${typeOf(x).name}`);
  if (f.length !== 1 && !(f.length === 2 && SURROGATE.test(f) && strLen(f) === 1))
    throw typeErr('The fill character must be exactly one character long');
  void name;
  return f;
}

function pad(s: string, width: any, fillc: any, how: 'l' | 'r' | 'c', name: string): string {
  const w = intArg(width);
  const f = fillArg(fillc, name);
  const len = strLen(s);
  if (len >= w) return s;
  const marg = w - len;
  if (how === 'l') return s + f.repeat(marg);
  if (how === 'r') return f.repeat(marg) + s;
  const left = (marg >> 1) + (marg & w & 1);
  return f.repeat(left) + s + f.repeat(marg - left);
}

function zfill(s: string, width: any): string {
  const w = intArg(width);
  const len = strLen(s);
  if (len >= w) return s;
  const fill = w - len;
  const c = s[0];
  if (c === '+' || c === '-') return c + '0'.repeat(fill) + s.slice(1);
  return '0'.repeat(fill) + s;
}

function expandtabs(s: string, tabsize: any): string {
  const ts = tabsize === undefined ? 8 : intArg(tabsize);
  if (s.indexOf('\t') < 0) return s;
  let out = '';
  let col = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      if (ts > 0) {
        const inc = ts - (col % ts);
        out += ' '.repeat(inc);
        col += inc;
      }
    } else {
      out += s[i];
      if (c < 0xdc00 || c > 0xdfff || i === 0 || s.charCodeAt(i - 1) < 0xd800 || s.charCodeAt(i - 1) > 0xdbff) col++;
      if (c === 10 || c === 13) col = 0;
    }
  }
  return out;
}

// ---- translate / maketrans ----

function translate(s: string, table: any): string {
  const store = table instanceof PyDict && table.$cls === dictType ? table.s : null;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let v: any;
    if (store !== null) {
      v = store.get(cp);
      if (v === undefined) {
        out += ch;
        continue;
      }
    } else {
      try {
        v = getitem(table, cp);
      } catch (e) {
        if (e instanceof PyBaseException && e.$cls.isSubtypeOf(LookupError)) {
          out += ch;
          continue;
        }
        throw e;
      }
    }
    if (v === None) continue;
    if (typeof v === 'number' && Number.isInteger(v)) {
      if (v < 0 || v > 0x10ffff) throw valueErr('character mapping must be in range(0x110000)');
      out += String.fromCodePoint(v);
      continue;
    }
    const sv = strVal(v);
    if (sv !== undefined) {
      out += sv;
      continue;
    }
    if (typeof v === 'bigint' || typeof v === 'boolean' || (v instanceof PyBoxed && typeof v.v !== 'string')) {
      const n = intArg(v);
      if (n < 0 || n > 0x10ffff) throw valueErr('character mapping must be in range(0x110000)');
      out += String.fromCodePoint(n);
      continue;
    }
    throw typeErr('character mapping must return integer, None or str');
  }
  return out;
}

function maketrans(args: any[], kw: Kw): PyDict {
  if (kw !== null) for (const k in kw) throw typeErr(`maketrans() takes no keyword arguments`);
  if (args.length < 1 || args.length > 3)
    throw typeErr(args.length < 1 ? `maketrans expected at least 1 argument, got 0` : `maketrans expected at most 3 arguments, got ${args.length}`);
  const d = new DictStore();
  const [x, y, z] = args;
  if (args.length === 1) {
    if (!(x instanceof PyDict)) throw typeErr('if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of x.s.entries()) {
      const ks = strVal(k);
      if (ks !== undefined) {
        if (strLen(ks) !== 1) throw valueErr('string keys in translate table must be of length 1');
        d.set(ks.codePointAt(0)!, v);
      } else if ((typeof k === 'number' && Number.isInteger(k)) || typeof k === 'bigint' || typeof k === 'boolean') {
        d.set(typeof k === 'boolean' ? (k ? 1 : 0) : k, v);
      } else throw typeErr('keys in translate table must be strings or integers');
    }
    return new PyDict(d);
  }
  const ys = strVal(y);
  if (ys === undefined) throw typeErr(`maketrans() argument 2 must be str, not ${typeOf(y).name}`);
  if (args.length === 3 && strVal(z) === undefined) throw typeErr(`maketrans() argument 3 must be str, not ${typeOf(z).name}`);
  const xs = strVal(x);
  if (xs === undefined) throw typeErr('first maketrans argument must be a string if there is a second argument');
  const xa = cpArray(xs);
  const ya = cpArray(ys);
  if (xa.length !== ya.length) throw valueErr('the first two maketrans arguments must have equal length');
  for (let i = 0; i < xa.length; i++) d.set(xa[i].codePointAt(0)!, ya[i].codePointAt(0)!);
  if (args.length === 3) {
    const zs = strVal(z);
    if (zs === undefined) throw typeErr(`maketrans() argument 3 must be str, not ${typeOf(z).name}`);
    for (const ch of zs) d.set(ch.codePointAt(0)!, None);
  }
  return new PyDict(d);
}

// ---- encode ----

function encode(s: string, encoding: any, errors: any): PyBytes {
  let enc = 'utf-8';
  let err = 'strict';
  if (encoding !== undefined) {
    const e = strVal(encoding);
    if (e === undefined) throw typeErr(`encode() argument 'encoding' must be str, not ${typeOf(encoding).name}`);
    enc = e;
  }
  if (errors !== undefined) {
    const e = strVal(errors);
    if (e === undefined) throw typeErr(`encode() argument 'errors' must be str, not ${typeOf(errors).name}`);
    err = e;
  }
  return new PyBytes(encodeStr(s, codecOf(enc), err));
}

export function installStrText(): void {
  const t = strType;
  const m = (name: string, fn: (s: string) => any) => defFast(t, name, (self: any) => fn(selfStr(self, name)), 1, 1);
  m('lower', (s) => s.toLowerCase());
  m('upper', (s) => s.toUpperCase());
  m('casefold', casefold);
  m('capitalize', capitalize);
  m('title', title);
  m('swapcase', swapcase);
  m('isalpha', isAlphaStr);
  m('isdecimal', isDecimalStr);
  m('isdigit', isDigitStr);
  m('isnumeric', isNumericStr);
  m('isalnum', isAlnumStr);
  m('isidentifier', isIdentifierStr);
  m('isascii', isAsciiStr);
  m('isprintable', isPrintableStr);
  m('isspace', isspace);
  m('islower', islower);
  m('isupper', isupper);
  m('istitle', istitle);
  defFast(t, 'center', (self: any, w: any, f?: any) => pad(selfStr(self, 'center'), w, f, 'c', 'center'), 2, 3);
  defFast(t, 'ljust', (self: any, w: any, f?: any) => pad(selfStr(self, 'ljust'), w, f, 'l', 'ljust'), 2, 3);
  defFast(t, 'rjust', (self: any, w: any, f?: any) => pad(selfStr(self, 'rjust'), w, f, 'r', 'rjust'), 2, 3);
  defFast(t, 'zfill', (self: any, w: any) => zfill(selfStr(self, 'zfill'), w), 2, 2);
  defFast(t, 'expandtabs', (self: any, ts?: any) => expandtabs(selfStr(self, 'expandtabs'), ts), 1, 2, ['tabsize']);
  defFast(t, 'translate', (self: any, table: any) => translate(selfStr(self, 'translate'), table), 2, 2);
  defFast(t, 'encode', (self: any, e?: any, err?: any) => encode(selfStr(self, 'encode'), e, err), 1, 3, ['encoding', 'errors']);
  const mt = nativeKw('maketrans', maketrans, false);
  mt.qualname = 'str.maketrans';
  t.dict.maketrans = new PyStaticMethod(mt);
  const fmt = nativeKw(
    'format',
    (args: any[], kw: Kw) => {
      if (args.length === 0) throw typeErr("unbound method str.format() needs an argument");
      return strFormat(selfStr(args[0], 'format'), args.slice(1), kw);
    },
    true,
  );
  fmt.qualname = 'str.format';
  fmt.selfType = t;
  t.dict.format = fmt;
  defFast(t, 'format_map', (self: any, mapping: any) => strFormatMap(selfStr(self, 'format_map'), mapping), 2, 2);
}
