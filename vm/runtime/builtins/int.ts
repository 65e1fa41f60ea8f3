// The `int` type: construction (int(x), int(str, base)), conversions, bit operations, to_bytes/from_bytes,
// and every arithmetic/comparison dunder. Exact int operands never reach these dunders through operators
// (operators.ts has fast paths); they matter for subclasses, explicit calls and super().
import { PyType, PyFloat, MISSING, None, NotImplemented, mkFloat, normBig } from '../object.js';
import { PyTuple, PyBoxed, PyBytes, intType, strType } from '../types.js';
import { PyStaticMethod, PyClassMethod, PyGetSet, type Kw } from '../function.js';
import { defMethod, defMethodKw, nativeKw, arg, checkKw } from '../natives.js';
import { typeErr, valueErr, overflowErr, zeroDivErr } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { call, callSpecial1 } from '../call.js';
import { hashInt, index, repr, strRepr, intIndexRef } from '../convert.js';
import { truthy } from '../operators.js';
import { toArray } from '../iteration.js';
import * as N from '../numeric.js';
import { type Int } from '../numeric.js';
import { formatInt } from '../format.js';
import { floatPowFull } from './float.js';
import {
  asInt,
  boxNum,
  floatToInt,
  integralToInt,
  parseIntLiteral,
  asciiNumeric,
  bytesOf,
  latin1,
  bytesRepr,
  repr200,
  bitLen,
  intFloatRef,
} from './num-common.js';

// ---- self / operand access ----

/** Slot wrappers (as opposed to method descriptors) have a different "wrong self" message in CPython. */
const SLOTS = new Set([
  '__repr__', '__hash__', '__bool__', '__int__', '__float__', '__index__', '__neg__', '__pos__', '__abs__',
  '__invert__', '__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__', '__pow__', '__rpow__', '__divmod__',
  '__rdivmod__',
]);

export function wrongSelf(name: string, owner: string, self: any): never {
  const got = typeOf(self).name;
  if (SLOTS.has(name) || /^__r?(add|sub|mul|truediv|floordiv|mod|lshift|rshift|and|or|xor)__$/.test(name))
    throw typeErr(`descriptor '${name}' requires a '${owner}' object but received a '${got}'`);
  throw typeErr(`descriptor '${name}' for '${owner}' objects doesn't apply to a '${got}' object`);
}

/** The int value of `self` for an int method. */
function I(self: any, name: string): Int {
  if (typeof self === 'number') {
    if (Number.isInteger(self)) return self;
  } else if (typeof self === 'bigint') return self;
  else if (typeof self === 'boolean') return self ? 1 : 0;
  else if (self instanceof PyBoxed && (self.$cls as PyType).isSubtypeOf(intType)) return self.v;
  return wrongSelf(name, 'int', self);
}

const isNeg = (x: Int) => (typeof x === 'number' ? x < 0 : x < 0n);
const isZero = (x: Int) => x === 0 || x === 0n;
const absInt = (x: Int): Int => (typeof x === 'number' ? Math.abs(x) : x < 0n ? -x : x);

// ---- int(x), int(s, base) ----

const INT_REPR_TRUNC = repr200;

function parseStrOrThrow(s: string, base: number, shown: string): Int {
  const v = parseIntLiteral(asciiNumeric(s), base);
  if (v === undefined) throw valueErr(`invalid literal for int() with base ${base}: ${INT_REPR_TRUNC(shown)}`);
  return v;
}

function parseBytesOrThrow(b: Uint8Array, base: number): Int {
  let ok = true;
  for (let i = 0; i < b.length; i++) if (b[i] >= 128 || b[i] === 0) ok = false;
  const v = ok ? parseIntLiteral(latin1(b), base) : undefined;
  if (v === undefined) throw valueErr(`invalid literal for int() with base ${base}: ${INT_REPR_TRUNC(bytesRepr(b))}`);
  return v;
}

/** The exact int from an __int__/__index__/__trunc__ result (int subclasses are converted). */
function intResult(r: any, what: string): Int {
  const v = asInt(r);
  if (v !== undefined) return v;
  throw typeErr(`${what} returned non-int (type ${typeOf(r).name})`);
}

/** PyNumber_Long: int(x) with one argument. */
export function toIntObj(x: any): Int {
  switch (typeof x) {
    case 'number':
      return Number.isInteger(x) ? x : floatToInt(x);
    case 'bigint':
      return x;
    case 'boolean':
      return x ? 1 : 0;
    case 'string':
      return parseStrOrThrow(x, 10, strRepr(x));
  }
  if (x instanceof PyFloat) return integralToInt(x.v);
  const t = typeOf(x);
  if (x instanceof PyBoxed && t.lookup('__int__') === intIntRef.f) return x.v;
  let f = t.lookup('__int__');
  if (f !== MISSING) return intResult(callSpecial1(f, x), '__int__');
  f = t.lookup('__index__');
  if (f !== MISSING) return intResult(callSpecial1(f, x), '__index__');
  f = t.lookup('__trunc__');
  if (f !== MISSING) {
    const r = callSpecial1(f, x);
    const v = asInt(r);
    if (v !== undefined) return v;
    if (typeOf(r).lookup('__index__') !== MISSING) return index(r);
    throw typeErr(`__trunc__ returned non-Integral (type ${typeOf(r).name})`);
  }
  if (x instanceof PyBoxed && typeof x.v === 'string' && t.isSubtypeOf(strType)) return parseStrOrThrow(x.v, 10, repr(x));
  const b = bytesOf(x);
  if (b !== undefined) return parseBytesOrThrow(b, 10);
  throw typeErr(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

function intNew(args: any[], kw: Kw): any {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeErr(`int.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtypeOf(intType)) throw typeErr(`int.__new__(${cls.name}): ${cls.name} is not a subtype of int`);
  const n = args.length - 1;
  let baseArg: any = undefined;
  if (kw !== null) {
    for (const k in kw) {
      if (k !== 'base') throw typeErr(`'${k}' is an invalid keyword argument for int()`);
      baseArg = kw[k];
    }
  }
  if (n > 2 || (n === 2 && baseArg !== undefined)) {
    if (n === 2) throw typeErr(`argument for int() given by name ('base') and position (2)`);
    throw typeErr(`int() takes at most 2 arguments (${n + (baseArg !== undefined ? 1 : 0)} given)`);
  }
  if (n === 2) baseArg = args[2];
  let v: Int;
  if (n === 0) {
    if (baseArg !== undefined) throw typeErr('int() missing string argument');
    v = 0;
  } else if (baseArg === undefined) {
    v = toIntObj(args[1]);
    if (cls === intType) return v;
  } else {
    const bi = index(baseArg);
    const base = typeof bi === 'number' ? bi : 99;
    if ((base !== 0 && base < 2) || base > 36) throw valueErr('int() base must be >= 2 and <= 36, or 0');
    const x = args[1];
    if (typeof x === 'string') v = parseStrOrThrow(x, base, strRepr(x));
    else if (x instanceof PyBoxed && typeof x.v === 'string' && typeOf(x).isSubtypeOf(strType)) v = parseStrOrThrow(x.v, base, repr(x));
    else {
      const b = bytesOf(x);
      if (b === undefined) throw typeErr("int() can't convert non-string with explicit base");
      v = parseBytesOrThrow(b, base);
    }
  }
  return cls === intType ? v : boxNum(cls, v);
}

// ---- helpers for methods ----

function bitCount(x: Int): number {
  if (typeof x === 'number') {
    let a = Math.abs(x);
    let c = 0;
    if (a >= 4294967296) {
      const hi = Math.floor(a / 4294967296);
      c += pop32(hi);
      a = a - hi * 4294967296;
    }
    return c + pop32(a >>> 0);
  }
  const s = (x < 0n ? -x : x).toString(2);
  let c = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 49) c++;
  return c;
}
function pop32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** round(x, -k) for k > 0: nearest multiple of 10**k, ties to even. */
export function roundIntDigits(x: Int, k: Int): Int {
  const kn = typeof k === 'number' ? k : Infinity;
  if (typeof x === 'number' && kn <= 15) {
    const p = Math.pow(10, kn);
    const r = x % p; // exact, sign of x
    let base = x - r;
    const ar = Math.abs(r) * 2;
    if (ar > p || (ar === p && Math.abs(base / p) % 2 === 1)) return N.intAdd(base, x < 0 ? -p : p);
    return base + 0;
  }
  const X = N.big(x);
  const digits = (X < 0n ? -X : X).toString().length;
  if (kn > digits) return 0;
  const P = 10n ** BigInt(kn);
  let r = X % P;
  let q = X - r;
  const ar = (r < 0n ? -r : r) * 2n;
  if (ar > P || (ar === P && ((q / P) & 1n) !== 0n)) q += X < 0n ? -P : P;
  return normBig(q);
}

function toBytes(x: Int, length: number, little: boolean, signed: boolean): PyBytes {
  const out = new Uint8Array(length);
  if (!signed && isNeg(x)) throw overflowErr("can't convert negative int to unsigned");
  if (typeof x === 'number' && Math.abs(x) <= 2147483647) {
    // fits in 32 bits
    let v = x;
    const need = v === 0 ? 0 : signed ? byteLenSigned32(v) : Math.ceil((32 - Math.clz32(v)) / 8);
    if (need > length) throw overflowErr('int too big to convert');
    for (let i = 0; i < length; i++) {
      out[little ? i : length - 1 - i] = v & 0xff;
      v >>= 8;
    }
    return new PyBytes(out);
  }
  let X = N.big(x);
  const bits = X < 0n ? bitLen(-X - 1n) + 1 : bitLen(X) + (signed ? 1 : 0);
  if (bits > length * 8) throw overflowErr('int too big to convert');
  if (X < 0n) X += 1n << BigInt(length * 8);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(X & 0xffn);
    X >>= 8n;
  }
  return new PyBytes(out);
}
function byteLenSigned32(v: number): number {
  const bits = v < 0 ? 33 - Math.clz32(~v) : 33 - Math.clz32(v);
  return Math.ceil(bits / 8);
}

function byteOrder(fname: string, v: any): boolean {
  if (v === undefined) return false;
  const s = typeof v === 'string' ? v : v instanceof PyBoxed && typeof v.v === 'string' ? v.v : undefined;
  if (s === undefined) throw typeErr(`${fname}() argument 'byteorder' must be str, not ${typeOf(v).name}`);
  if (s === 'little') return true;
  if (s === 'big') return false;
  throw valueErr("byteorder must be either 'little' or 'big'");
}

function bytesFromObject(x: any): Uint8Array {
  const b = bytesOf(x);
  if (b !== undefined) return b;
  const t = typeOf(x);
  const bf = t.lookup('__bytes__');
  if (bf !== MISSING) {
    const r = callSpecial1(bf, x);
    const rb = bytesOf(r);
    if (!(r instanceof PyBytes) || rb === undefined) throw typeErr(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
    return rb;
  }
  if (typeof x === 'string' || (x instanceof PyBoxed && typeof x.v === 'string') || (t.lookup('__iter__') === MISSING && t.lookup('__getitem__') === MISSING))
    throw typeErr(`cannot convert '${t.name}' object to bytes`);
  const items = toArray(x);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = index(items[i]);
    if (typeof v !== 'number' || v < 0 || v > 255) throw valueErr('bytes must be in range(0, 256)');
    out[i] = v;
  }
  return out;
}

function fromBytes(b: Uint8Array, little: boolean, signed: boolean): Int {
  const n = b.length;
  if (n <= 6) {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + b[little ? n - 1 - i : i];
    if (signed && n > 0 && b[little ? n - 1 : 0] >= 128) v -= Math.pow(256, n);
    return v;
  }
  let hex = '';
  for (let i = 0; i < n; i++) {
    const c = b[little ? n - 1 - i : i];
    hex += (c < 16 ? '0' : '') + c.toString(16);
  }
  let V = BigInt('0x' + hex);
  if (signed && b[little ? n - 1 : 0] >= 128) V -= 1n << BigInt(n * 8);
  return normBig(V);
}

// ---- arithmetic dunders ----

type IntFn = (a: Int, b: Int) => any;

function defBin(name: string, rname: string, f: IntFn): void {
  defMethod(intType, name, (a: any, b: any) => {
    const x = I(a, name);
    const y = asInt(b);
    return y === undefined ? NotImplemented : f(x, y);
  });
  defMethod(intType, rname, (a: any, b: any) => {
    const x = I(a, rname);
    const y = asInt(b);
    return y === undefined ? NotImplemented : f(y, x);
  });
}

function trueDiv(a: Int, b: Int): any {
  const r = N.intTrueDiv(a, b);
  if (r === Infinity || r === -Infinity) throw overflowErr('integer division result too large for a float');
  return r;
}

/** int ** int [% mod]. Negative exponents without a modulus go through float pow, as in CPython. */
export function intPowFull(x: Int, y: Int, m: any): any {
  if (m === undefined || m === None) {
    if (isNeg(y)) return floatPowFull(N.intToFloat(x), N.intToFloat(y));
    return N.intPow(x, y);
  }
  const mm = asInt(m);
  if (mm === undefined) return NotImplemented;
  return N.intPowMod(x, y, mm);
}

function intModChecked(a: Int, b: Int): Int {
  if (b === 0 || b === 0n) throw zeroDivErr('integer modulo by zero');
  return N.intMod(a, b);
}

function divmod(a: Int, b: Int): PyTuple {
  return new PyTuple([N.intFloorDiv(a, b), N.intMod(a, b)]);
}

export const intIntRef: { f: any } = { f: undefined };

export function installInt(): void {
  const t = intType;
  t.dict.__new__ = new PyStaticMethod(nativeKw('__new__', intNew));
  t.alloc = (cls: PyType) => boxNum(cls, 0);

  defBin('__add__', '__radd__', N.intAdd);
  defBin('__sub__', '__rsub__', N.intSub);
  defBin('__mul__', '__rmul__', N.intMul);
  defBin('__floordiv__', '__rfloordiv__', N.intFloorDiv);
  defBin('__truediv__', '__rtruediv__', trueDiv);
  defBin('__mod__', '__rmod__', intModChecked);
  defBin('__divmod__', '__rdivmod__', divmod);
  defBin('__lshift__', '__rlshift__', N.intLshift);
  defBin('__rshift__', '__rrshift__', N.intRshift);
  defBin('__and__', '__rand__', N.intAnd);
  defBin('__or__', '__ror__', N.intOr);
  defBin('__xor__', '__rxor__', N.intXor);
  defMethod(t, '__pow__', (a: any, b: any, m: any) => {
    const x = I(a, '__pow__');
    const y = asInt(b);
    return y === undefined ? NotImplemented : intPowFull(x, y, m);
  }, 2, 3);
  defMethod(t, '__rpow__', (a: any, b: any, m: any) => {
    const x = I(a, '__rpow__');
    const y = asInt(b);
    return y === undefined ? NotImplemented : intPowFull(y, x, m);
  }, 2, 3);

  // comparisons: ints only (int.__eq__(1, 1.0) is NotImplemented)
  const cmp = (name: string, f: (a: any, b: any) => boolean) =>
    defMethod(t, name, (a: any, b: any) => {
      const x = I(a, name);
      const y = asInt(b);
      return y === undefined ? NotImplemented : f(x, y);
    });
  cmp('__eq__', (a, b) => a == b);
  cmp('__ne__', (a, b) => a != b);
  cmp('__lt__', (a, b) => a < b);
  cmp('__le__', (a, b) => a <= b);
  cmp('__gt__', (a, b) => a > b);
  cmp('__ge__', (a, b) => a >= b);

  // unary and conversions
  defMethod(t, '__neg__', (s: any) => N.intNeg(I(s, '__neg__')));
  defMethod(t, '__pos__', (s: any) => I(s, '__pos__'));
  defMethod(t, '__abs__', (s: any) => absInt(I(s, '__abs__')));
  defMethod(t, '__invert__', (s: any) => N.intInvert(I(s, '__invert__')));
  defMethod(t, '__bool__', (s: any) => !isZero(I(s, '__bool__')));
  intIntRef.f = defMethod(t, '__int__', (s: any) => I(s, '__int__'));
  intIndexRef.f = defMethod(t, '__index__', (s: any) => I(s, '__index__'));
  intFloatRef.f = defMethod(t, '__float__', (s: any) => mkFloat(N.intToFloat(I(s, '__float__'))));
  defMethod(t, '__trunc__', (s: any) => I(s, '__trunc__'));
  defMethod(t, '__floor__', (s: any) => I(s, '__floor__'));
  defMethod(t, '__ceil__', (s: any) => I(s, '__ceil__'));
  defMethod(t, '__round__', (s: any, nd: any) => {
    const x = I(s, '__round__');
    if (nd === undefined || nd === None) return x;
    const k = index(nd);
    if (!isNeg(k)) return x;
    return roundIntDigits(x, N.intNeg(k));
  }, 1, 2);
  defMethod(t, '__hash__', (s: any) => hashInt(I(s, '__hash__')));
  defMethod(t, '__repr__', (s: any) => String(I(s, '__repr__')));
  defMethod(t, '__format__', (s: any, spec: any) => {
    const x = I(s, '__format__');
    if (typeof spec !== 'string') {
      if (spec instanceof PyBoxed && typeof spec.v === 'string') spec = spec.v;
      else throw typeErr(`__format__() argument must be str, not ${typeOf(spec).name}`);
    }
    return formatInt(typeof s === 'boolean' ? s : x, spec, typeOf(s).name);
  });
  defMethod(t, '__getnewargs__', (s: any) => new PyTuple([I(s, '__getnewargs__')]));
  defMethod(t, '__sizeof__', (s: any) => {
    const x = absInt(I(s, '__sizeof__'));
    return 24 + 4 * Math.ceil(bitLen(x) / 30);
  });

  // methods
  defMethod(t, 'bit_length', (s: any) => bitLen(absInt(I(s, 'bit_length'))));
  defMethod(t, 'bit_count', (s: any) => bitCount(I(s, 'bit_count')));
  defMethod(t, 'conjugate', (s: any) => I(s, 'conjugate'));
  defMethod(t, 'as_integer_ratio', (s: any) => new PyTuple([I(s, 'as_integer_ratio'), 1]));
  defMethodKw(t, 'to_bytes', (args: any[], kw: Kw) => {
    checkKw('to_bytes', kw, ['length', 'byteorder', 'signed']);
    if (args.length > 3) throw typeErr(`to_bytes() takes at most 2 positional arguments (${args.length - 1} given)`);
    const x = I(args[0], 'to_bytes');
    const la = arg(args, kw, 1, 'length');
    let length = 1;
    if (la !== undefined) {
      const l = index(la);
      if (isNeg(l)) throw valueErr('length argument must be non-negative');
      if (typeof l !== 'number' || l > 0x7fffffff) throw overflowErr('Python int too large to convert to C ssize_t');
      length = l;
    }
    const little = byteOrder('to_bytes', arg(args, kw, 2, 'byteorder'));
    const sg = kw === null ? undefined : kw.signed;
    return toBytes(x, length, little, sg === undefined ? false : truthy(sg));
  });
  const fb = nativeKw('from_bytes', (args: any[], kw: Kw) => {
    checkKw('from_bytes', kw, ['bytes', 'byteorder', 'signed']);
    const cls = args[0];
    if (args.length > 3) throw typeErr(`from_bytes() takes at most 2 positional arguments (${args.length - 1} given)`);
    const src = arg(args, kw, 1, 'bytes');
    if (src === undefined) throw typeErr("from_bytes() missing required argument 'bytes' (pos 1)");
    const little = byteOrder('from_bytes', arg(args, kw, 2, 'byteorder'));
    const sg = kw === null ? undefined : kw.signed;
    const v = fromBytes(bytesFromObject(src), little, sg === undefined ? false : truthy(sg));
    return cls === intType ? v : call(cls, [v]);
  });
  fb.qualname = 'int.from_bytes';
  t.dict.from_bytes = new PyClassMethod(fb);

  // data descriptors
  t.dict.real = new PyGetSet('real', (s: any) => I(s, 'real'));
  t.dict.imag = new PyGetSet('imag', (s: any) => (I(s, 'imag'), 0));
  t.dict.numerator = new PyGetSet('numerator', (s: any) => I(s, 'numerator'));
  t.dict.denominator = new PyGetSet('denominator', (s: any) => (I(s, 'denominator'), 1));
}

