// printf-style `str % args` formatting, ported from CPython 3.11's PyUnicode_Format (Objects/unicodeobject.c):
// the argument cursor (tuple, single object or mapping), flag/width/precision parsing, the conversions and
// the sign/prefix/padding output rules.
import { PyFloat, MISSING } from './object.js';
import { PyTuple, PyBoxed } from './types.js';
import { typeErr, valueErr, overflowErr } from './exceptions.js';
import { typeOf } from './typeof.js';
import { str as pyStr, repr as pyRepr, asciiOf, index } from './convert.js';
import { call1 } from './call.js';
import { getitem } from './items.js';
import { doubleToString } from './format-float.js';
import { cpLength, cpToUnit, hasSurrogates, unitToCp } from './builtins/str-unicode.js';

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

/** The argument cursor (unicode_formatter_t's args/arglen/argidx/dict). */
interface Ctx {
  args: any;
  arglen: number;
  argidx: number;
  dict: any;
}

function nextArg(c: Ctx): any {
  const i = c.argidx;
  if (i < c.arglen) {
    c.argidx++;
    return c.arglen < 0 ? c.args : (c.args as PyTuple).a[i];
  }
  throw typeErr('not enough arguments for format string');
}

function isIntValue(v: any): boolean {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean';
}

/** PyLong_Check: ints, bools and instances of int subclasses. */
function asLong(v: any): number | bigint | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyBoxed && isIntValue(v.v)) return typeof v.v === 'boolean' ? (v.v ? 1 : 0) : v.v;
  return undefined;
}

function isMapping(v: any): boolean {
  if (typeof v !== 'object' || v instanceof PyTuple) return false;
  if (v instanceof PyBoxed && typeof v.v === 'string') return false;
  return typeOf(v).lookup('__getitem__') !== MISSING;
}

/** `fmt % args` */
/** bytes % args: `fmt` and the result are latin-1 strings (one char per byte); %s/%b take bytes-like
 * values (or __bytes__), %r/%a give ascii(repr(v)), %c an int or a single byte. */
export function bytesPercentFormat(fmt: string, args: any): string {
  return percentFormat(fmt, args, true);
}

function bytesArg(v: any): string {
  if (v && v.b instanceof Uint8Array) {
    const n = v.n ?? v.b.length;
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(v.b[i]);
    return s;
  }
  const f = typeOf(v).lookup('__bytes__');
  if (f !== MISSING) return bytesArg(call1(f, v));
  throw typeErr(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
}

export function percentFormat(fmt: string, args: any, bytesMode = false): string {
  const c: Ctx = { args, arglen: -1, argidx: -2, dict: null };
  if (isMapping(args)) c.dict = args;
  if (args instanceof PyTuple) {
    c.arglen = args.a.length;
    c.argidx = 0;
  }
  const n = fmt.length;
  let out = '';
  let pos = 0;
  while (pos < n) {
    const p = fmt.indexOf('%', pos);
    if (p < 0) {
      out += pos === 0 ? fmt : fmt.slice(pos);
      break;
    }
    if (p > pos) out += fmt.slice(pos, p);
    pos = p + 1;
    if (fmt.charCodeAt(pos) === 37) {
      out += '%';
      pos++;
      continue;
    }
    // ---- unicode_format_arg_parse ----
    let flags = 0;
    let width = -1;
    let prec = -1;
    let ch: string = '';
    let exhausted = false;
    const read = (): boolean => {
      if (pos < n) {
        ch = fmt[pos++];
        return true;
      }
      exhausted = true;
      return false;
    };
    if (fmt.charCodeAt(pos) === 40 /* ( */) {
      if (c.dict === null) throw typeErr('format requires a mapping');
      pos++;
      const keyStart = pos;
      let depth = 1;
      while (depth > 0 && pos < n) {
        const k = fmt.charCodeAt(pos++);
        if (k === 41) depth--;
        else if (k === 40) depth++;
      }
      if (depth > 0) throw valueErr('incomplete format key');
      const key = fmt.slice(keyStart, pos - 1);
      c.args = getitem(c.dict, key);
      c.arglen = -1;
      c.argidx = -2;
    }
    while (read()) {
      switch (ch) {
        case '-': flags |= F_LJUST; continue;
        case '+': flags |= F_SIGN; continue;
        case ' ': flags |= F_BLANK; continue;
        case '#': flags |= F_ALT; continue;
        case '0': flags |= F_ZERO; continue;
      }
      break;
    }
    if (ch === '*' && !exhausted) {
      const w = asLong(nextArg(c));
      if (w === undefined) throw typeErr('* wants int');
      width = Number(w);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      read();
    } else if (ch >= '0' && ch <= '9' && !exhausted) {
      width = ch.charCodeAt(0) - 48;
      while (read()) {
        if (ch < '0' || ch > '9') break;
        width = width * 10 + (ch.charCodeAt(0) - 48);
        if (width > 9223372036854775807) throw valueErr('width too big');
      }
    }
    if (ch === '.' && !exhausted) {
      prec = 0;
      read();
      if ((ch as string) === '*' && !exhausted) {
        const w = asLong(nextArg(c));
        if (w === undefined) throw typeErr('* wants int');
        prec = Number(w);
        if (prec > 2147483647 || prec < -2147483648) throw overflowErr('Python int too large to convert to C int');
        if (prec < 0) prec = 0;
        read();
      } else if (ch >= '0' && ch <= '9' && !exhausted) {
        prec = ch.charCodeAt(0) - 48;
        while (read()) {
          if (ch < '0' || ch > '9') break;
          prec = prec * 10 + (ch.charCodeAt(0) - 48);
          if (prec > 2147483647) throw valueErr('precision too big');
        }
      }
    }
    if (!exhausted && (ch === 'h' || ch === 'l' || ch === 'L')) read();
    if (exhausted) throw valueErr('incomplete format');
    // a surrogate pair is one format character
    if (ch >= '\ud800' && ch <= '\udbff' && pos < n) ch += fmt[pos++];
    // ---- unicode_format_arg_format ----
    const v = nextArg(c);
    let s: string;
    let sign = false;
    switch (ch) {
      case 's':
      case 'r':
      case 'a':
      case 'b':
        if (bytesMode) s = ch === 's' || ch === 'b' ? bytesArg(v) : asciiOf(pyRepr(v));
        else if (ch === 'b') throw valueErr(`unsupported format character 'b' (0x62) at index ${pos - 1}`);
        else s = ch === 's' ? pyStr(v) : ch === 'r' ? pyRepr(v) : asciiOf(pyRepr(v));
        break;
      case 'i':
      case 'd':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        s = formatLong(intArg(v, ch), (flags & F_ALT) !== 0, prec, ch);
        sign = true;
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        s = doubleToString(floatArg(v), ch, prec < 0 ? 6 : prec, (flags & F_ALT) !== 0, false, false);
        sign = true;
        break;
      case 'c':
        if (bytesMode) {
          if (v && v.b instanceof Uint8Array && (v.n ?? v.b.length) === 1) s = String.fromCharCode(v.b[0]);
          else if (typeof v === 'number' && Number.isInteger(v)) {
            if (v < 0 || v > 255) throw overflowErr('%c arg not in range(256)');
            s = String.fromCharCode(v);
          } else throw typeErr('%c requires an integer in range(256) or a single byte');
        } else s = charArg(v);
        break;
      default: {
        const cp = ch.codePointAt(0)!;
        let at = pos - ch.length;
        if (hasSurrogates(fmt)) at = unitToCp(fmt, at);
        throw valueErr(
          `unsupported format character '${cp >= 31 && cp <= 126 ? ch : '?'}' (0x${cp.toString(16)}) at index ${at}`,
        );
      }
    }
    out += output(s, flags, width, prec, sign, ch);
    if (c.dict !== null && c.argidx < c.arglen) throw typeErr('not all arguments converted during string formatting');
  }
  if (c.argidx < c.arglen && c.dict === null) throw typeErr('not all arguments converted during string formatting');
  return out;
}

/** unicode_format_arg_output: sign, 0x prefix and padding. */
function output(s: string, flags: number, width: number, prec: number, sign: boolean, ch: string): string {
  const fill = sign && flags & F_ZERO ? '0' : ' ';
  const sur = hasSurrogates(s);
  let len = sur ? cpLength(s) : s.length;
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) return s;
  if ((ch === 's' || ch === 'r' || ch === 'a') && prec >= 0 && len > prec) {
    s = sur ? s.slice(0, cpToUnit(s, prec)) : s.slice(0, prec);
    len = prec;
  }
  let p = 0;
  let signchar = '';
  if (sign) {
    const c0 = s[0];
    if (c0 === '-' || c0 === '+') {
      signchar = c0;
      len--;
      p++;
    } else if (flags & F_SIGN) signchar = '+';
    else if (flags & F_BLANK) signchar = ' ';
  }
  if (width < len) width = len;
  let out = '';
  if (signchar !== '') {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  const altPrefix = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  if (altPrefix) {
    if (fill !== ' ') {
      out += s.slice(p, p + 2);
      p += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (signchar !== '') out += signchar;
    if (altPrefix) {
      out += s.slice(p, p + 2);
      p += 2;
    }
  }
  out += sur ? s.slice(p, p + cpToUnit(s.slice(p), len)) : s.slice(p, p + len);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

function wrongType(ch: string, v: any): never {
  if (ch === 'o' || ch === 'x' || ch === 'X')
    throw typeErr(`%${ch} format: an integer is required, not ${typeOf(v).name}`);
  throw typeErr(`%${ch} format: a real number is required, not ${typeOf(v).name}`);
}

function truncFloat(x: number): number | bigint {
  if (x !== x) throw valueErr('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowErr('cannot convert float infinity to integer');
  const t = Math.trunc(x) + 0;
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

/** mainformatlong's conversion of the argument to an int. */
function intArg(v: any, ch: string): number | bigint {
  const l = asLong(v);
  if (l !== undefined) return l;
  const hexish = ch === 'o' || ch === 'x' || ch === 'X';
  let fv: number | undefined;
  if (typeof v === 'number') fv = v;
  else if (v instanceof PyFloat) fv = v.v;
  else if (v instanceof PyBoxed && typeof v.v === 'number') fv = v.v;
  else if (v instanceof PyBoxed && v.v instanceof PyFloat) fv = v.v.v;
  if (fv !== undefined) {
    if (hexish) wrongType(ch, v);
    return truncFloat(fv);
  }
  if (typeof v !== 'object') wrongType(ch, v);
  const t = typeOf(v);
  const hasIndex = t.lookup('__index__') !== MISSING;
  if (hexish) {
    if (!hasIndex) wrongType(ch, v);
    return index(v);
  }
  const fInt = t.lookup('__int__');
  if (fInt !== MISSING) {
    const r = asLong(call1(fInt, v));
    if (r === undefined) throw typeErr(`__int__ returned non-int (type ${typeOf(v).name})`);
    return r;
  }
  if (hasIndex) return index(v);
  wrongType(ch, v);
}

/** _PyUnicode_FormatLong */
function formatLong(n: number | bigint, alt: boolean, prec: number, ch: string): string {
  const neg = n < 0;
  const abs = neg ? -n : n;
  const base = ch === 'o' ? 8 : ch === 'x' || ch === 'X' ? 16 : 10;
  let digits = abs.toString(base);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let prefix = alt && base !== 10 ? (ch === 'o' ? '0o' : '0x') : '';
  let s = prefix + digits;
  if (ch === 'X') s = s.toUpperCase();
  return neg ? '-' + s : s;
}

/** PyFloat_AsDouble */
function floatArg(v: any): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const x = Number(v);
    if (!Number.isFinite(x)) throw overflowErr('int too large to convert to float');
    return x;
  }
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyBoxed) {
    if (typeof v.v !== 'string' && typeof v.v !== 'object') return floatArg(v.v);
    if (v.v instanceof PyFloat) return v.v.v;
  }
  if (typeof v === 'object') {
    const t = typeOf(v);
    const ff = t.lookup('__float__');
    if (ff !== MISSING) {
      const r = call1(ff, v);
      if (typeof r === 'number' && !Number.isInteger(r)) return r;
      if (r instanceof PyFloat) return r.v;
      throw typeErr(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    }
    if (t.lookup('__index__') !== MISSING) return floatArg(index(v));
  }
  throw typeErr(`must be real number, not ${typeOf(v).name}`);
}

/** formatchar */
function charArg(v: any): string {
  const s = typeof v === 'string' ? v : v instanceof PyBoxed && typeof v.v === 'string' ? v.v : undefined;
  if (s !== undefined) {
    if (s.length === 1 || (s.length === 2 && cpLength(s) === 1)) return s;
    throw typeErr('%c requires int or char');
  }
  let x: number | bigint;
  const l = asLong(v);
  if (l !== undefined) x = l;
  else if (typeof v === 'object' && typeOf(v).lookup('__index__') !== MISSING) x = index(v);
  else throw typeErr('%c requires int or char');
  if (x < 0 || x > 0x10ffff) throw overflowErr('%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(x));
}
