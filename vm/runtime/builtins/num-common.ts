// Helpers shared by the numeric types (int, bool, float, complex) and the math module: converting arbitrary
// objects to doubles/ints the way CPython's PyFloat_AsDouble / PyNumber_Long do, parsing numeric literals
// from strings, boxing instances of subclasses, and exact double <-> integer conversions.
import { PyFloat, PyType, MISSING, TypeFlags, newAttrBag, MAX_SAFE, normBig, isFloat, floatValue } from '../object.js';
import { PyBoxed, PyBytes, PyByteArray, intType, floatType } from '../types.js';
import { typeErr, valueErr, overflowErr } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { callSpecial1 } from '../call.js';
import { index } from '../convert.js';
import { intToFloat, type Int } from '../numeric.js';

// ---- boxing ----

/** An instance of a subclass of int/float/str: the primitive in `v` (for float subclasses the raw double), plus an
 * attribute bag when the class has one. */
export function boxNum(cls: PyType, v: any): PyBoxed {
  const b = new PyBoxed(cls, v);
  giveDict(b, cls);
  return b;
}

/** Gives a freshly allocated instance of heap class `cls` its attribute bag (mirrors classes.allocInstance). */
export function giveDict(o: any, cls: PyType): void {
  if (cls.flags & TypeFlags.Heap && (cls.flags & TypeFlags.HasDict || cls.flags & TypeFlags.Slotted)) {
    if (cls.flags & TypeFlags.CustomGetAttribute) o.$x = newAttrBag();
    else o.$d = newAttrBag();
  }
}

/** The int inside an int-like operand (int, bool, boxed int subclass), or undefined. */
export function asInt(x: any): Int | undefined {
  switch (typeof x) {
    case 'number':
      return Number.isInteger(x) ? x : undefined;
    case 'bigint':
      return x;
    case 'boolean':
      return x ? 1 : 0;
  }
  if (x instanceof PyBoxed && (x.$cls as PyType).isSubtypeOf(intType)) return x.v;
  return undefined;
}

/** The double inside a float operand (float or boxed float subclass), or undefined. */
export function asFloat(x: any): number | undefined {
  if (typeof x === 'number') return Number.isInteger(x) ? undefined : x;
  if (x instanceof PyFloat) return x.v;
  if (x instanceof PyBoxed && (x.$cls as PyType).isSubtypeOf(floatType)) return floatValue(x.v);
  return undefined;
}

/** The double value of an int or float operand (ints converted, OverflowError if too large), or undefined. */
export function asReal(x: any): number | undefined {
  switch (typeof x) {
    case 'number':
      return x;
    case 'bigint':
      return intToFloat(x);
    case 'boolean':
      return x ? 1 : 0;
  }
  if (x instanceof PyFloat) return x.v;
  if (x instanceof PyBoxed) {
    const t = x.$cls as PyType;
    if (t.isSubtypeOf(floatType)) return floatValue(x.v);
    if (t.isSubtypeOf(intType)) return intToFloat(x.v);
  }
  return undefined;
}

// ---- PyFloat_AsDouble ----

/** CPython's PyFloat_AsDouble: floats, ints, objects with __float__ or __index__. */
export function toDouble(x: any): number {
  if (typeof x === 'number') return x;
  return toDoubleSlow(x);
}

export function toDoubleSlow(x: any): number {
  if (x instanceof PyFloat) return x.v;
  if (typeof x === 'bigint') return intToFloat(x);
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'object') {
    const r = floatViaDunder(x);
    if (r !== undefined) return r;
  }
  throw typeErr(`must be real number, not ${typeOf(x).name}`);
}

/** __float__, then __index__, as PyNumber_Float does for non-strings; undefined when the type has neither. */
export function floatViaDunder(x: any): number | undefined {
  const t = x.$cls as PyType;
  if (x instanceof PyBoxed) {
    // builtin conversions of boxed subclasses, unless overridden
    if (t.lookup('__float__') === floatFloatRef.f && t.isSubtypeOf(floatType)) return floatValue(x.v);
    if (t.lookup('__float__') === intFloatRef.f && t.isSubtypeOf(intType)) return intToFloat(x.v);
  }
  const f = t.lookup('__float__');
  if (f !== MISSING) {
    const r = callSpecial1(f, x);
    if (isFloat(r)) return floatValue(r);
    if (r instanceof PyBoxed && (r.$cls as PyType).isSubtypeOf(floatType)) return floatValue(r.v);
    throw typeErr(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
  }
  if (t.lookup('__index__') !== MISSING) return intToFloat(index(x));
  return undefined;
}

/** float.__float__ and int.__float__, registered by their install functions. */
export const floatFloatRef: { f: any } = { f: undefined };
export const intFloatRef: { f: any } = { f: undefined };

// ---- doubles and integers ----

/** A double with an integral value (already truncated/floored) to a Python int. */
export function integralToInt(d: number): Int {
  if (d !== d) throw valueErr('cannot convert float NaN to integer');
  if (d === Infinity || d === -Infinity) throw overflowErr('cannot convert float infinity to integer');
  if (d <= MAX_SAFE && d >= -MAX_SAFE) return d + 0;
  return BigInt(d);
}

/** int(x) for a double: truncation toward zero. */
export function floatToInt(d: number): Int {
  return integralToInt(Math.trunc(d));
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;

/** Splits a finite nonzero double into an odd-or-integer mantissa and exponent: |x| = m * 2**e, m < 2**53 integer. */
export function decompose(x: number): [m: number, e: number] {
  F64[0] = x;
  const hi = U32[HI];
  const lo = U32[LO];
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m += 4503599627370496; // implicit bit
    e = bexp - 1075;
  }
  return [m, e];
}

/** frexp: x = m * 2**e with 0.5 <= |m| < 1 (x finite, nonzero). */
export function frexp(x: number): [number, number] {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return [x, 0];
  F64[0] = x;
  let bexp = (U32[HI] >>> 20) & 0x7ff;
  let adj = 0;
  if (bexp === 0) {
    // subnormal: scale up first
    F64[0] = x * 18014398509481984; // 2**54
    bexp = (U32[HI] >>> 20) & 0x7ff;
    adj = -54;
  }
  const e = bexp - 1022;
  U32[HI] = (U32[HI] & 0x800fffff) | (1022 << 20);
  return [F64[0], e + adj];
}

/** The exponent frexp() would return for a finite nonzero x (no allocation). */
export function frexpExp(x: number): number {
  F64[0] = x;
  const bexp = (U32[HI] >>> 20) & 0x7ff;
  if (bexp !== 0) return bexp - 1022;
  F64[0] = x * 18014398509481984;
  return ((U32[HI] >>> 20) & 0x7ff) - 1022 - 54;
}

/** 2**n for n in [-1074, 1023], indexed by n + 1074 (typed-array bit tricks would stall store forwarding). */
const POW2 = new Float64Array(2098);
{
  let v = 1;
  for (let n = 0; n <= 1023; n++, v *= 2) POW2[n + 1074] = v;
  v = 1;
  for (let n = 0; n >= -1074; n--, v /= 2) POW2[n + 1074] = v;
}

/** Exact power of two as a double, for -1074 <= n <= 1023 (0 below, Infinity above). */
export function pow2(n: number): number {
  if (n >= -1074) return n <= 1023 ? POW2[n + 1074] : Infinity;
  return 0;
}

/** x * 2**n with a single rounding (C ldexp). */
export function ldexp(x: number, n: number): number {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return x;
  const [m, e] = frexp(x);
  const E = e + n; // result = m * 2**E, 0.5 <= |m| < 1
  if (E > 1024) return m > 0 ? Infinity : -Infinity;
  if (E >= -1021) return E === 1024 ? m * 2 * pow2(1023) : m * pow2(E);
  if (E < -1080) return m > 0 ? 0 : -0;
  // subnormal result: one rounding in the final multiplication
  return m * pow2(E + 64) * 5.421010862427522e-20;
}

/** Bit length of a nonnegative int. */
export function bitLen(x: Int): number {
  if (typeof x === 'number') {
    if (x < 4294967296) return 32 - Math.clz32(x);
    return 64 - Math.clz32(Math.floor(x / 4294967296));
  }
  return x.toString(16).length * 4 - (4 - (32 - Math.clz32(parseInt(x.toString(16)[0], 16))));
}

/** Correctly rounded m * 2**e for a nonnegative bigint m (no overflow check: may return Infinity). */
export function bigScaleToDouble(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const nb = bitLen(m);
  // target: 53 significant bits, fewer if the result is subnormal (exponent of lsb >= -1074)
  let keep = 53;
  const lsbExp = nb + e - 53; // exponent of the lowest kept bit if we keep 53
  if (lsbExp < -1074) keep = 53 - (-1074 - lsbExp);
  if (keep < 0) return 0;
  const drop = nb - keep;
  let q: bigint;
  let exp: number;
  if (drop <= 0) {
    q = m;
    exp = e;
  } else {
    const D = BigInt(drop);
    q = m >> D;
    const rem = m - (q << D);
    const half = 1n << (D - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    exp = e + drop;
  }
  // q < 2**54 and exp fixed: exact product unless overflow
  const qd = Number(q);
  if (exp > 1023) return exp > 2100 ? Infinity : qd * pow2(1023) * pow2(exp - 1023);
  if (exp < -1074) return qd * pow2(exp + 600) * pow2(-600);
  return qd * pow2(exp);
}

// ---- whitespace and Unicode digits ----

/** str.isspace() for one code point. */
export function isPySpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
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

const ND = /\p{Nd}/u;
function isNd(cp: number): boolean {
  return ND.test(String.fromCodePoint(cp));
}

/** CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits to ASCII, whitespace to ' ', other
 * non-ASCII characters to '?' (which no numeric parser accepts). */
export function asciiNumeric(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++)
    if (s.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  if (ascii) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (isPySpace(cp)) out += ' ';
    else if (isNd(cp)) {
      let start = cp;
      while (isNd(start - 1)) start--;
      out += String.fromCharCode(48 + ((cp - start) % 10));
    } else out += '?';
  }
  return out;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

// ---- int literals ----

function digitVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** PyLong_FromString on an ASCII string (whitespace around allowed): the value, or undefined if invalid. */
export function parseIntLiteral(s: string, base: number): Int | undefined {
  let i = 0;
  let n = s.length;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  while (n > i && isAsciiSpace(s.charCodeAt(n - 1))) n--;
  let neg = false;
  const c0 = s.charCodeAt(i);
  if (c0 === 43 || c0 === 45) {
    neg = c0 === 45;
    i++;
  }
  let errorIfNonzero = false;
  if (base === 0) {
    if (s.charCodeAt(i) !== 48) base = 10;
    else {
      const c1 = s.charCodeAt(i + 1) | 32;
      if (c1 === 120) base = 16;
      else if (c1 === 111) base = 8;
      else if (c1 === 98) base = 2;
      else {
        errorIfNonzero = true;
        base = 10;
      }
    }
  }
  if (s.charCodeAt(i) === 48) {
    const c1 = s.charCodeAt(i + 1) | 32;
    if ((base === 16 && c1 === 120) || (base === 8 && c1 === 111) || (base === 2 && c1 === 98)) {
      i += 2;
      if (s.charCodeAt(i) === 95) i++;
    }
  }
  if (i >= n || s.charCodeAt(i) === 95) return undefined;
  // validate, and accumulate while the value stays exact
  let acc = 0;
  let exact = true;
  let prevUnderscore = false;
  let hasUnderscore = false;
  const limit = MAX_SAFE / base;
  for (let j = i; j < n; j++) {
    const c = s.charCodeAt(j);
    if (c === 95) {
      if (prevUnderscore) return undefined;
      prevUnderscore = true;
      hasUnderscore = true;
      continue;
    }
    const d = digitVal(c);
    if (d >= base) return undefined;
    prevUnderscore = false;
    if (exact) {
      if (acc < limit) acc = acc * base + d;
      else exact = false;
    }
  }
  if (prevUnderscore) return undefined;
  let v: Int;
  if (exact && acc <= MAX_SAFE) v = neg ? 0 - acc : acc;
  else {
    let digits = s.slice(i, n);
    if (hasUnderscore) digits = digits.replace(/_/g, '');
    let b: bigint;
    if (base === 10) b = BigInt(digits);
    else if (base === 16) b = BigInt('0x' + digits);
    else if (base === 8) b = BigInt('0o' + digits);
    else if (base === 2) b = BigInt('0b' + digits);
    else b = bigFromDigits(digits, base);
    v = normBig(neg ? -b : b);
  }
  if (errorIfNonzero && v !== 0) return undefined;
  return v;
}

function bigFromDigits(digits: string, base: number): bigint {
  // chunks of k digits with base**k < 2**53
  let k = 1;
  while (Math.pow(base, k + 1) < MAX_SAFE) k++;
  const B = BigInt(Math.pow(base, k));
  let acc = 0n;
  let j = 0;
  const first = digits.length % k || k;
  let chunk = 0;
  for (; j < first; j++) chunk = chunk * base + digitVal(digits.charCodeAt(j));
  acc = BigInt(chunk);
  while (j < digits.length) {
    chunk = 0;
    for (let t = 0; t < k; t++, j++) chunk = chunk * base + digitVal(digits.charCodeAt(j));
    acc = acc * B + BigInt(chunk);
  }
  return acc;
}

// ---- float literals ----

/** CPython's _Py_string_to_number_with_underscores check: '_' only between digits. Returns the string without
 * underscores, or undefined when they are misplaced. */
export function stripUnderscores(s: string): string | undefined {
  if (s.indexOf('_') < 0) return s;
  let out = '';
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (!(prev >= 48 && prev <= 57)) return undefined;
    } else {
      if (prev === 95 && !(c >= 48 && c <= 57)) return undefined;
      out += s[i];
    }
    prev = c;
  }
  if (prev === 95) return undefined;
  return out;
}

/** A NaN with the sign bit set (float('-nan')), for copysign. */
const NEG_NAN = (() => {
  const f = new Float64Array(1);
  new Uint32Array(f.buffer)[LITTLE ? 1 : 0] = 0xfff80000;
  return f[0];
})();

const FLOAT_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** Parses a float literal (no surrounding whitespace, no underscores); undefined if invalid. */
export function parseFloatCore(s: string): number | undefined {
  if (FLOAT_RE.test(s)) return Number(s);
  const m = SPECIAL_RE.exec(s);
  if (m === null) return undefined;
  if ((m[2].charCodeAt(0) | 32) === 110) return m[1] === '-' ? NEG_NAN : NaN;
  return m[1] === '-' ? -Infinity : Infinity;
}

/** Strips ASCII whitespace (the string went through asciiNumeric). */
export function stripAscii(s: string): string {
  let i = 0;
  let n = s.length;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  while (n > i && isAsciiSpace(s.charCodeAt(n - 1))) n--;
  return i === 0 && n === s.length ? s : s.slice(i, n);
}

/** float(str) without the error: undefined when invalid. */
export function parseFloatLiteral(s: string): number | undefined {
  const t = stripUnderscores(stripAscii(asciiNumeric(s)));
  if (t === undefined) return undefined;
  return parseFloatCore(t);
}

// ---- bytes-like ----

/** The bytes of a bytes/bytearray object, or undefined. */
export function bytesOf(x: any): Uint8Array | undefined {
  if (x instanceof PyBytes) return x.b;
  if (x instanceof PyByteArray) return x.b.subarray(0, x.n);
  return undefined;
}

export function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

/** repr() of a bytes value. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 39) hasSingle = true;
    else if (b[i] === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + q;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 92 || (c === 39 && q === "'")) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}

/** %.200R: a repr cut to 200 characters. */
export function repr200(r: string): string {
  return r.length > 200 ? r.slice(0, 200) : r;
}

export { index };

// ---- hypot ----

const T27 = 134217729.0; // 2**27 + 1

/** CPython 3.11's vector_norm: sqrt of the sum of squares of vec[0..n) (absolute values, all <= max), with
 * lossless scaling and a correction step, so the result is almost always correctly rounded. */
export function vectorNorm(vec: ArrayLike<number>, n: number, max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = frexpExp(max);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  let frac3 = 0.0;
  let x: number, t: number, hi: number, lo: number, oldcsum: number;
  if (maxE >= -1023) {
    const scale = pow2(-maxE);
    for (let i = 0; i < n; i++) {
      x = vec[i] * scale;
      t = x * T27;
      hi = t - (t - x);
      lo = x - hi;
      x = hi * hi;
      oldcsum = csum;
      csum += x;
      frac1 += oldcsum - csum + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += oldcsum - csum + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += oldcsum - csum + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += oldcsum - csum + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (let i = 0; i < n; i++) {
    x = vec[i] / max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

/** hypot(x, y) for doubles, as CPython's math.hypot computes it (vectorNorm unrolled for two values). */
export function hypot2(x: number, y: number): number {
  x = Math.abs(x);
  y = Math.abs(y);
  if (x === Infinity || y === Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  const max = x > y ? x : y;
  if (max === 0) return max;
  const maxE = frexpExp(max);
  if (maxE < -1023) return vectorNorm([x, y], 2, max, false);
  const scale = pow2(-maxE);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  let frac3 = 0.0;
  let v = x * scale;
  let t = v * T27;
  let hi = t - (t - v);
  let lo = v - hi;
  v = hi * hi;
  let old = csum;
  csum += v;
  frac1 += old - csum + v;
  v = 2.0 * hi * lo;
  old = csum;
  csum += v;
  frac2 += old - csum + v;
  frac3 += lo * lo;
  v = y * scale;
  t = v * T27;
  hi = t - (t - v);
  lo = v - hi;
  v = hi * hi;
  old = csum;
  csum += v;
  frac1 += old - csum + v;
  v = 2.0 * hi * lo;
  old = csum;
  csum += v;
  frac2 += old - csum + v;
  frac3 += lo * lo;
  const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  t = h * T27;
  hi = t - (t - h);
  lo = h - hi;
  v = -hi * hi;
  old = csum;
  csum += v;
  frac1 += old - csum + v;
  v = -2.0 * hi * lo;
  old = csum;
  csum += v;
  frac2 += old - csum + v;
  v = -lo * lo;
  old = csum;
  csum += v;
  frac3 += old - csum + v;
  v = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + v / (2.0 * h)) / scale;
}

// ---- pow ----

import { pyPow } from '../../modules/random/algorithms';

const SPLIT = 134217729; // 2**27 + 1
const POW_HUGE = 6.696928794914171e299; // 2**996
const POW_TINY = 1.4932126188362146e-300; // 2**-996

/**
 * C pow() for doubles. Integral exponents are computed in double-double arithmetic and rounded once, so the
 * result is correctly rounded (as glibc's is) where V8's Math.pow can be an ulp off; other exponents use
 * Math.pow. Special values follow Math.pow: callers handle 1**nan and (-1)**inf themselves.
 */
export function powD(x: number, y: number): number {
  if (y === 2) return x * x;
  if (y !== Math.floor(y) && x > 0 && x - x === 0 && y - y === 0) {
    // Fractional exponents: sqrt is correctly rounded; others use the correctly rounded pow (glibc's, which
    // CPython uses, is correctly rounded in practice; V8's Math.pow is often an ulp off).
    return y === 0.5 ? Math.sqrt(x) : pyPow(x, y);
  }
  if (y === -1 || y === 1 || y === 0 || y !== Math.floor(y) || y > 4096 || y < -4096 || x === 0 || x - x !== 0)
    return Math.pow(x, y);
  let n = y < 0 ? -y : y;
  let bh = x < 0 ? -x : x;
  if (!(bh <= POW_HUGE && bh >= POW_TINY)) return Math.pow(x, y);
  let bl = 0;
  let rh = 1;
  let rl = 0;
  let t: number, ah: number, al: number, ch: number, cl: number, p: number, e: number, s: number;
  for (;;) {
    if (n & 1) {
      // (rh, rl) *= (bh, bl)
      p = rh * bh;
      t = SPLIT * rh;
      ah = t - (t - rh);
      al = rh - ah;
      t = SPLIT * bh;
      ch = t - (t - bh);
      cl = bh - ch;
      e = ah * ch - p + ah * cl + al * ch + al * cl + (rh * bl + rl * bh);
      s = p + e;
      rl = e - (s - p);
      rh = s;
      if (!(rh <= POW_HUGE && rh >= POW_TINY)) return Math.pow(x, y);
    }
    n >>>= 1;
    if (n === 0) break;
    // (bh, bl) = (bh, bl)**2
    p = bh * bh;
    t = SPLIT * bh;
    ah = t - (t - bh);
    al = bh - ah;
    e = ah * ah - p + 2 * ah * al + al * al + 2 * bh * bl;
    s = p + e;
    bl = e - (s - p);
    bh = s;
    if (!(bh <= POW_HUGE && bh >= POW_TINY)) return Math.pow(x, y);
  }
  let r: number;
  if (y > 0) r = rh + rl;
  else {
    // 1 / (rh + rl) = q1 + (1 - q1 * (rh + rl)) / rh
    const q1 = 1 / rh;
    p = q1 * rh;
    t = SPLIT * q1;
    ah = t - (t - q1);
    al = q1 - ah;
    t = SPLIT * rh;
    ch = t - (t - rh);
    cl = rh - ch;
    e = ah * ch - p + ah * cl + al * ch + al * cl;
    r = q1 + (1 - p - e - q1 * rl) / rh;
  }
  if (r < 2.004168360008973e-292 /* 2**-969: keep clear of subnormal double rounding */) return Math.pow(x, y);
  return x < 0 && (y < 0 ? -y : y) % 2 === 1 ? -r : r;
}
