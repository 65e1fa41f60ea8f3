// The format-spec mini-language (`format(value, spec)`, f-strings, str.format) for int, bool, float and str,
// following CPython 3.11's Python/formatter_unicode.c: spec parsing, sign/prefix/padding/grouping layout and
// the per-type rules and error messages. str.format field parsing lives in format-fields.ts and
// printf-style `%` formatting in format-percent.ts; both are re-exported here.
import { PyFloat, MISSING } from './object.js';
import { PyBoxed, floatType } from './types.js';
import { valueErr, typeErr, overflowErr } from './exceptions.js';
import { typeOf } from './typeof.js';
import { str as pyStr, floatRepr } from './convert.js';
import { callSpecial2 } from './call.js';
import { doubleToString } from './format-float.js';
import { cpLength, cpToUnit, hasSurrogates } from './builtins/str-unicode.js';

export { percentFormat } from './format-percent.js';
export { strFormat, strFormatMap } from './format-fields.js';
export { doubleToString };

/** A parsed format spec. `width`/`precision` are -1 when absent; `type` is '' when omitted. */
export interface FormatSpec {
  fill: string;
  align: string;
  sign: string;
  z: boolean;
  alt: boolean;
  width: number;
  /** '' (none), ',' or '_' */
  sep: string;
  precision: number;
  type: string;
}

const specCache = new Map<string, FormatSpec>();
const MAX_SSIZE = 9223372036854775807;

function tooManyDigits(): never {
  throw valueErr('Too many decimal digits in format string');
}

/** Reads ASCII digits from position i; returns [value, next position] (value -1 when there are none). */
function readInt(spec: string, i: number): [number, number] {
  const start = i;
  let v = 0;
  while (i < spec.length) {
    const c = spec.charCodeAt(i);
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
    if (v > MAX_SSIZE) tooManyDigits();
    i++;
  }
  return [i === start ? -1 : v, i];
}

const isAlign = (c: string | undefined) => c === '<' || c === '>' || c === '=' || c === '^';

/** parse_internal_render_format_spec. `kind` selects the defaults: 'i' int, 'f' float, 's' str. */
export function parseSpec(spec: string, kind: 'i' | 'f' | 's', tname: string): FormatSpec {
  const key = kind + spec;
  const hit = specCache.get(key);
  if (hit !== undefined) return hit;
  const defaultAlign = kind === 's' ? '<' : '>';
  const f: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    sign: '',
    z: false,
    alt: false,
    width: -1,
    sep: '',
    precision: -1,
    type: kind === 'i' ? 'd' : kind === 's' ? 's' : '',
  };
  let pos = 0;
  const end = spec.length;
  let fillSpecified = false;
  let alignSpecified = false;
  // the fill character may be any code point (a surrogate pair counts as one)
  const c0 = spec.charCodeAt(0);
  const fillLen = c0 >= 0xd800 && c0 <= 0xdbff && end > 1 ? 2 : 1;
  if (end - pos >= fillLen + 1 && isAlign(spec[fillLen])) {
    f.fill = spec.slice(0, fillLen);
    f.align = spec[fillLen];
    fillSpecified = alignSpecified = true;
    pos = fillLen + 1;
  } else if (end - pos >= 1 && isAlign(spec[0])) {
    f.align = spec[0];
    alignSpecified = true;
    pos = 1;
  }
  let ch = spec[pos];
  if (ch === '+' || ch === '-' || ch === ' ') {
    f.sign = ch;
    ch = spec[++pos];
  }
  if (ch === 'z') {
    f.z = true;
    ch = spec[++pos];
  }
  if (ch === '#') {
    f.alt = true;
    ch = spec[++pos];
  }
  if (!fillSpecified && ch === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  [f.width, pos] = readInt(spec, pos);
  if (spec[pos] === ',') {
    f.sep = ',';
    pos++;
  }
  if (spec[pos] === '_') {
    if (f.sep !== '') throw valueErr("Cannot specify both ',' and '_'.");
    f.sep = '_';
    pos++;
  }
  if (spec[pos] === ',' && f.sep === '_') throw valueErr("Cannot specify both ',' and '_'.");
  if (spec[pos] === '.') {
    pos++;
    [f.precision, pos] = readInt(spec, pos);
    if (f.precision < 0) throw valueErr('Format specifier missing precision');
  }
  // one code point may remain (the type); more is invalid
  if (end - pos > 1 && !(end - pos === 2 && cpLength(spec.slice(pos)) === 1))
    throw valueErr(`Invalid format specifier '${spec}' for object of type '${tname}'`);
  if (end - pos >= 1) f.type = spec.slice(pos);
  if (f.sep !== '') {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.sep !== '_') throw valueErr(`Cannot specify '${f.sep}' with ${typeCodeRepr(f.type)}.`);
        break;
      default:
        throw valueErr(`Cannot specify '${f.sep}' with ${typeCodeRepr(f.type)}.`);
    }
  }
  if (specCache.size > 500) specCache.clear();
  specCache.set(key, f);
  return f;
}

function typeCodeRepr(t: string): string {
  const c = t.codePointAt(0)!;
  return c > 32 && c < 128 ? `'${t}'` : `'\\x${c.toString(16)}'`;
}

function unknownType(t: string, tname: string): never {
  const c = t.codePointAt(0)!;
  if (c > 32 && c < 128) throw valueErr(`Unknown format code '${t}' for object of type '${tname}'`);
  throw valueErr(`Unknown format code '\\x${c.toString(16)}' for object of type '${tname}'`);
}

// ---- number layout (calc_number_widths + fill_number) ----

/** _PyUnicode_InsertThousandsGrouping: groups `digits`, left-padding with zeros to `minWidth`. */
function groupDigits(digits: string, minWidth: number, sep: string, groupLen: number): string {
  if (sep === '') {
    return minWidth > digits.length ? '0'.repeat(minWidth - digits.length) + digits : digits;
  }
  let remaining = digits.length;
  let out = '';
  let end = digits.length;
  let useSep = false;
  let broken = false;
  for (;;) {
    let len = groupLen;
    len = Math.min(len, Math.max(remaining, minWidth, 1));
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    const piece = '0'.repeat(nZeros) + digits.slice(end - nChars, end);
    out = useSep ? piece + sep + out : piece + out;
    end -= nChars;
    useSep = true;
    remaining -= nChars;
    minWidth -= len;
    if (remaining <= 0 && minWidth <= 0) {
      broken = true;
      break;
    }
    minWidth -= sep.length;
  }
  if (!broken) {
    /* unreachable with an infinite group generator */
  }
  return out;
}

/**
 * Lays out a number: sign (from `neg` and the spec), prefix (e.g. 0x), grouped integer digits, and the
 * remainder (decimal point, fraction, exponent, %), padded to the width.
 */
function renderNumber(f: FormatSpec, neg: boolean, prefix: string, digits: string, rest: string, sep: string, groupLen: number): string {
  let sign = '';
  if (f.sign === '+') sign = neg ? '-' : '+';
  else if (f.sign === ' ') sign = neg ? '-' : ' ';
  else if (neg) sign = '-';
  const nonDigit = sign.length + prefix.length + rest.length;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  const grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, sep, groupLen);
  const pad = f.width - (nonDigit + grouped.length);
  if (pad <= 0) return sign + prefix + grouped + rest;
  const fill = f.fill;
  switch (f.align) {
    case '<':
      return sign + prefix + grouped + rest + fill.repeat(pad);
    case '^': {
      const l = pad >> 1;
      return fill.repeat(l) + sign + prefix + grouped + rest + fill.repeat(pad - l);
    }
    case '=':
      return sign + prefix + fill.repeat(pad) + grouped + rest;
    default:
      return fill.repeat(pad) + sign + prefix + grouped + rest;
  }
}

// ---- int ----

export type IntLike = number | bigint | boolean;

/** int.__format__ for an int or bool value; `tname` names the type in error messages. */
export function formatInt(v: IntLike, spec: string, tname = 'int'): string {
  if (spec === '') return typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v);
  const n: number | bigint = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  const f = parseSpec(spec, 'i', tname);
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntInternal(n, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      const x = Number(n);
      if (!Number.isFinite(x)) throw overflowErr('int too large to convert to float');
      return formatFloatInternal(x, f);
    }
    default:
      unknownType(f.type, tname);
  }
}

function formatIntInternal(n: number | bigint, f: FormatSpec): string {
  if (f.precision !== -1) throw valueErr('Precision not allowed in integer format specifier');
  if (f.z) throw valueErr('Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') throw valueErr("Sign not allowed with integer format specifier 'c'");
    if (f.alt) throw valueErr("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof n === 'bigint' && (n > 9223372036854775807n || n < -9223372036854775808n))
      throw overflowErr('Python int too large to convert to C long');
    if (n < 0 || n > 0x10ffff) throw overflowErr('%c arg not in range(0x110000)');
    return renderNumber(f, false, '', String.fromCodePoint(Number(n)), '', '', 3);
  }
  const neg = n < 0;
  const abs = neg ? -n : n;
  let base = 10;
  let prefix = '';
  switch (f.type) {
    case 'b':
      base = 2;
      prefix = '0b';
      break;
    case 'o':
      base = 8;
      prefix = '0o';
      break;
    case 'x':
      base = 16;
      prefix = '0x';
      break;
    case 'X':
      base = 16;
      prefix = '0X';
      break;
  }
  if (!f.alt) prefix = '';
  let digits = abs.toString(base);
  if (f.type === 'X') digits = digits.toUpperCase();
  const sep = f.type === 'n' ? '' : f.sep;
  return renderNumber(f, neg, prefix, digits, '', sep, base === 10 ? 3 : 4);
}

// ---- float ----

/** float.__format__ for a float value (a JS double). */
export function formatFloat(x: number, spec: string, tname = 'float'): string {
  if (spec === '') return floatRepr(x);
  const f = parseSpec(spec, 'f', tname);
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatInternal(x, f);
    default:
      unknownType(f.type, tname);
  }
}

function formatFloatInternal(val: number, f: FormatSpec): string {
  if (f.type === 'f' && f.width === -1 && f.sign === '' && f.sep === '' && !f.alt && !f.z) {
    // fast path: JS toFixed is correctly rounded except on exact ties (x * 2**(p+1) integral)
    const p = f.precision < 0 ? 6 : f.precision;
    const ax = val < 0 ? -val : val;
    if (p <= 100 && ax > 0 && ax < 1e21 && (Number.isInteger(ax) || !Number.isInteger(ax * 2 ** (p + 1)))) return val.toFixed(p);
  }
  if (f.precision > 2147483647) throw valueErr('precision too big');
  let precision = f.precision;
  let type = f.type;
  let addDot0 = false;
  let defaultPrecision = 6;
  let pct = false;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  if (type === '%') {
    type = 'f';
    val *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let buf = doubleToString(val, type, precision, f.alt, addDot0, f.z);
  if (pct) buf += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.sep === '') return buf;
  let i = 0;
  let neg = false;
  if (buf.charCodeAt(0) === 45) {
    neg = true;
    i = 1;
  }
  let j = i;
  while (j < buf.length) {
    const c = buf.charCodeAt(j);
    if (c < 48 || c > 57) break;
    j++;
  }
  const sep = f.type === 'n' ? '' : f.sep;
  return renderNumber(f, neg, '', buf.slice(i, j), buf.slice(j), sep, 3);
}

// ---- str ----

/** str.__format__. */
export function formatStr(s: string, spec: string, tname = 'str'): string {
  if (spec === '') return s;
  const f = parseSpec(spec, 's', tname);
  if (f.type !== 's') unknownType(f.type, tname);
  if (f.sign !== '') {
    if (f.sign === ' ') throw valueErr('Space not allowed in string format specifier');
    throw valueErr('Sign not allowed in string format specifier');
  }
  if (f.z) throw valueErr('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alt) throw valueErr('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueErr("'=' alignment not allowed in string format specifier");
  const sur = hasSurrogates(s);
  let len = sur ? cpLength(s) : s.length;
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return s;
  if (f.precision >= 0 && len >= f.precision) {
    s = sur ? s.slice(0, cpToUnit(s, f.precision)) : s.slice(0, f.precision);
    len = f.precision;
  }
  const pad = f.width - len;
  if (pad <= 0) return s;
  switch (f.align) {
    case '>':
      return f.fill.repeat(pad) + s;
    case '^': {
      const l = pad >> 1;
      return f.fill.repeat(l) + s + f.fill.repeat(pad - l);
    }
    default:
      return s + f.fill.repeat(pad);
  }
}

// ---- dispatch ----

/** format(v, spec): built-in fast paths, else the type's __format__. */
export function formatValue(v: any, spec: string): string {
  switch (typeof v) {
    case 'string':
      return formatStr(v, spec);
    case 'number':
      return Number.isInteger(v) ? formatInt(v, spec) : formatFloat(v, spec);
    case 'boolean':
      return formatInt(v, spec, 'bool');
    case 'bigint':
      return formatInt(v, spec);
  }
  if (v instanceof PyFloat && v.$cls === floatType) return formatFloat(v.v, spec);
  const t = typeOf(v);
  const fm = t.lookup('__format__');
  if (fm === MISSING) {
    if (spec === '') return pyStr(v);
    throw typeErr(`unsupported format string passed to ${t.name}.__format__`);
  }
  const r = callSpecial2(fm, v, spec);
  if (typeof r === 'string') return r;
  if (r instanceof PyBoxed && typeof r.v === 'string') return r.v;
  throw typeErr(`__format__ must return a str, not ${typeOf(r).name}`);
}
