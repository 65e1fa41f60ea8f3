// repr(), str(), hash() and __index__: conversions every other part of the runtime needs.
import { PyFloat, PyType, MISSING, None } from './object.js';
import { PyTuple, PyBoxed } from './types.js';
import { typeErr, exc, RecursionError } from './exceptions.js';
import { typeOf } from './typeof.js';
import { callSpecial1 } from './call.js';
import type { Int } from './numeric.js';
import { hashStr, tupleHashInt, frozensetHashInt, hashExactInt, tableHooks, type SetStore } from './set-table.js';

// ---- repr ----

/** CPython's repr of a float: shortest round-trip digits, scientific below 1e-4 and from 1e16. */
export function floatRepr(v: number): string {
  // JS prints non-integral doubles in [1e-4, 1e16) exactly as Python's repr (shortest round-trip digits)
  const a = v < 0 ? -v : v;
  if (a >= 1e-4 && a < 1e16 && !Number.isInteger(v)) return String(v);
  if (v !== v) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const s = v.toExponential(); // shortest digits: "d.ddde±x"
  const neg = s[0] === '-';
  const body = neg ? s.slice(1) : s;
  const ePos = body.indexOf('e');
  const digits = body.slice(0, ePos).replace('.', '');
  const exp = parseInt(body.slice(ePos + 1), 10);
  let out: string;
  if (exp >= -4 && exp < 16) {
    if (exp >= 0) {
      const intPart = digits.length > exp + 1 ? digits.slice(0, exp + 1) : digits.padEnd(exp + 1, '0');
      const frac = digits.length > exp + 1 ? digits.slice(exp + 1) : '0';
      out = `${intPart}.${frac}`;
    } else {
      out = `0.${'0'.repeat(-exp - 1)}${digits}`;
    }
  } else {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const es = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : `${Math.abs(exp)}`;
    out = `${mant}e${exp < 0 ? '-' : '+'}${es}`;
  }
  return neg ? `-${out}` : out;
}

/** CPython's repr of a str: prefers single quotes, escapes non-printables. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      const cp = s.codePointAt(i)!;
      i++;
      out += isPrintable(cp) ? String.fromCodePoint(cp) : '\\U' + cp.toString(16).padStart(8, '0');
    } else if (c >= 0x80 && c <= 0xa0) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (!isPrintable(c)) out += c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + quote;
}

const nonPrintable = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
export function isPrintable(cp: number): boolean {
  if (cp === 0x20) return true;
  return !nonPrintable.test(String.fromCodePoint(cp));
}

/** Objects whose repr is in progress, so that self-containing containers print `[...]`. */
const reprActive = new Set<any>();

/** Runs `f` guarding against recursive repr of `o`; returns `onCycle` when `o` is already being printed. */
export function reprGuard(o: any, onCycle: string, f: () => string): string {
  if (reprActive.has(o)) return onCycle;
  reprActive.add(o);
  try {
    return f();
  } finally {
    reprActive.delete(o);
  }
}

let reprDepth = 0;

export function repr(x: any): string {
  switch (typeof x) {
    case 'number':
      return Number.isInteger(x) ? String(x) : floatRepr(x);
    case 'string':
      return strRepr(x);
    case 'boolean':
      return x ? 'True' : 'False';
    case 'bigint':
      return x.toString();
  }
  if (x === None) return 'None';
  if (x instanceof PyFloat && x.$cls === x.constructor.prototype.$cls) return floatRepr(x.v);
  const f = (x.$cls as PyType).lookup('__repr__');
  if (++reprDepth > 2000) {
    reprDepth = 0;
    throw exc(RecursionError, 'maximum recursion depth exceeded while getting the repr of an object');
  }
  try {
    const r = callSpecial1(f, x);
    if (typeof r !== 'string') {
      if (r instanceof PyBoxed && typeof r.v === 'string') return r.v;
      throw typeErr(`__repr__ returned non-string (type ${typeOf(r).name})`);
    }
    return r;
  } finally {
    reprDepth--;
  }
}

export function str(x: any): string {
  switch (typeof x) {
    case 'string':
      return x;
    case 'number':
      return Number.isInteger(x) ? String(x) : floatRepr(x);
    case 'boolean':
      return x ? 'True' : 'False';
    case 'bigint':
      return x.toString();
  }
  if (x === None) return 'None';
  const f = (x.$cls as PyType).lookup('__str__');
  const r = callSpecial1(f, x);
  if (typeof r !== 'string') {
    if (r instanceof PyBoxed && typeof r.v === 'string') return r.v;
    throw typeErr(`__str__ returned non-string (type ${typeOf(r).name})`);
  }
  return r;
}

/** repr with non-ASCII characters escaped (ascii()). */
export function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

// ---- hashing ----

const MODULUS = (1n << 61n) - 1n;
const MODULUS_N = 2305843009213693951;

/** CPython's hash for ints: value modulo 2**61-1, keeping the sign, and -1 becomes -2. */
export function hashInt(x: Int): number {
  if (typeof x === 'number') {
    if (x >= 0) {
      if (x < MODULUS_N) return x;
    } else if (x > -MODULUS_N) return x === -1 ? -2 : x;
  }
  const b = typeof x === 'bigint' ? x : BigInt(x);
  let r = (b < 0n ? -b : b) % MODULUS;
  if (b < 0n) r = -r;
  const n = Number(r);
  return n === -1 ? -2 : n;
}

/** CPython's hash for floats (equal to the int hash for integral values). */
export function hashFloat(v: number): number {
  if (!Number.isFinite(v)) return v !== v ? 0 : v > 0 ? 314159 : -314159;
  if (Number.isInteger(v)) return hashInt(Number.isSafeInteger(v) ? v : BigInt(v));
  // x = m * 2**e with m in [0.5, 1): accumulate 28 bits at a time as CPython does
  let m = Math.abs(v);
  let e = 0;
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5) {
    m *= 2;
    e--;
  }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & MODULUS) | (x >> (61n - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  let ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << BigInt(ee)) & MODULUS) | (x >> BigInt(61 - ee));
  let r = Number(v < 0 ? -x : x);
  return r === -1 ? -2 : r;
}

export { hashStr };

/** CPython 3.11's tuple hash (xxHash over the 64-bit item hashes): a number when it fits the safe range, else a bigint. */
export function hashTuple(t: PyTuple): Int {
  return tupleHashInt(t.a);
}

/** CPython's frozenset hash of the elements of a set store. */
export function hashFrozenset(s: SetStore): Int {
  return frozensetHashInt(s);
}

/**
 * hash(x) as CPython computes it: a JS number when the value fits the safe range, else a bigint (tuple and
 * float hashes usually do not). The set table orders its keys by these values (set-table.ts).
 */
export function hash(x: string): number;
export function hash(x: any): Int;
export function hash(x: any): Int {
  if (typeof x === 'string') return hashStr(x);
  if (typeof x === 'number' && Number.isSafeInteger(x)) return x === -1 ? -2 : x;
  return hashExactInt(x);
}

/** type(k).__hash__(k), checked to be an int as CPython's PyObject_Hash requires (the set table's hook). */
function callHash(k: any): Int {
  const t: PyType = k.$cls;
  const f = t.lookup('__hash__');
  if (f === None || f === MISSING) throw typeErr(`unhashable type: '${t.name}'`);
  const r = callSpecial1(f, k);
  if (typeof r === 'number' && Number.isInteger(r)) return r;
  if (typeof r === 'bigint') return r;
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (r instanceof PyBoxed && (typeof r.v === 'number' || typeof r.v === 'bigint') && Number.isInteger(Number(r.v))) return r.v;
  throw typeErr('__hash__ method should return an integer');
}
tableHooks.callHash = callHash;
tableHooks.identityHash = (k: any) => callHash(k) as number;

// ---- __index__ ----

/** operator.index(): ints (and bools, and objects with __index__) as a JS number or bigint. */
export function index(x: any): Int {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'object' && x !== null) {
    if (x instanceof PyBoxed && (typeof x.v === 'number' || typeof x.v === 'bigint') && Number.isInteger(Number(x.v)))
      if (x.$cls.lookup('__index__') === intIndexRef.f) return x.v;
    const f = (x.$cls as PyType).lookup('__index__');
    if (f !== MISSING) {
      const r = callSpecial1(f, x);
      if ((typeof r === 'number' && Number.isInteger(r)) || typeof r === 'bigint') return r;
      if (typeof r === 'boolean') return r ? 1 : 0;
      throw typeErr(`__index__ returned non-int (type ${typeOf(r).name})`);
    }
  }
  throw typeErr(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
}
/** int.__index__, set by bootstrap, so boxed int subclasses skip the call. */
export const intIndexRef: { f: any } = { f: undefined };

/** index() clamped to a JS number (for sizes and positions). */
export function indexNum(x: any): number {
  const v = index(x);
  return typeof v === 'number' ? v : Number(v);
}

export { MISSING };
