// The `float` type: construction from numbers and strings, hex()/fromhex(), as_integer_ratio, rounding
// (correctly rounded like CPython's dtoa-based round), and every arithmetic/comparison dunder.
import { PyFloat, PyType, None, NotImplemented, mkFloat, floatValue, MAX_SAFE, normBig } from '../object.js';
import { PyTuple, PyBoxed, floatType, strType, PyByteArray } from '../types.js';
import { PyStaticMethod, PyClassMethod, PyGetSet, type Kw } from '../function.js';
import { defMethod, nativeKw } from '../natives.js';
import { typeErr, valueErr, overflowErr, zeroDivErr } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { call } from '../call.js';
import { hashFloat, index, repr, strRepr, floatRepr } from '../convert.js';
import * as N from '../numeric.js';
import { type Int } from '../numeric.js';
import { formatFloat } from '../format.js';
import {
  asReal,
  asInt,
  asFloat,
  boxNum,
  floatToInt,
  integralToInt,
  floatViaDunder,
  parseFloatLiteral,
  bytesOf,
  latin1,
  bytesRepr,
  decompose,
  frexp,
  ldexp,
  bigScaleToDouble,
  floatFloatRef,
  powD,
} from './num-common.js';
import { wrongSelf } from './int.js';
import { complexPow } from './complex.js';

/** The double value of `self` for a float method. */
function F(self: any, name: string): number {
  if (typeof self === 'number') {
    if (!Number.isInteger(self)) return self;
  } else if (self instanceof PyFloat) return self.v;
  else if (self instanceof PyBoxed && (self.$cls as PyType).isSubtypeOf(floatType)) return floatValue(self.v);
  return wrongSelf(name, 'float', self);
}

// ---- float(x) ----

function parseOrThrow(s: string, shown: string): number {
  const v = parseFloatLiteral(s);
  if (v === undefined) throw valueErr(`could not convert string to float: ${shown}`);
  return v;
}

/** PyNumber_Float: float(x) as a double. */
export function toFloatObj(x: any): number {
  switch (typeof x) {
    case 'number':
      return x;
    case 'bigint':
      return N.intToFloat(x);
    case 'boolean':
      return x ? 1 : 0;
    case 'string':
      return parseOrThrow(x, strRepr(x));
  }
  if (x instanceof PyFloat) return x.v;
  const r = floatViaDunder(x);
  if (r !== undefined) return r;
  const t = typeOf(x);
  if (x instanceof PyBoxed && typeof x.v === 'string' && t.isSubtypeOf(strType)) return parseOrThrow(x.v, repr(x));
  const b = bytesOf(x);
  if (b !== undefined) {
    const shown = x instanceof PyByteArray ? `bytearray(${bytesRepr(b)})` : bytesRepr(b);
    let ok = true;
    for (let i = 0; i < b.length; i++) if (b[i] >= 128) ok = false;
    if (!ok) throw valueErr(`could not convert string to float: ${shown}`);
    return parseOrThrow(latin1(b), shown);
  }
  throw typeErr(`float() argument must be a string or a real number, not '${t.name}'`);
}

function floatNew(args: any[], kw: Kw): any {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeErr(`float.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtypeOf(floatType)) throw typeErr(`float.__new__(${cls.name}): ${cls.name} is not a subtype of float`);
  if (kw !== null) for (const _ in kw) throw typeErr('float() takes no keyword arguments');
  if (args.length > 2) throw typeErr(`float expected at most 1 argument, got ${args.length - 1}`);
  const x = args[1];
  if (cls === floatType) {
    if (x === undefined) return new PyFloat(0);
    if (typeof x === 'number' && !Number.isInteger(x)) return x;
    if (x instanceof PyFloat) return x;
    return mkFloat(toFloatObj(x));
  }
  // instances of float subclasses hold the raw double in `v` (readers use floatValue, which accepts both forms)
  return boxNum(cls, x === undefined ? 0 : toFloatObj(x));
}

// ---- pow ----

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) % 2 === 1;
}

/** CPython's float_pow on doubles: a Python float, or a complex for a negative base and fractional exponent. */
export function floatPowFull(iv: number, iw: number): any {
  if (iw === 0) return new PyFloat(1);
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1 ? new PyFloat(1) : iw;
  if (iw === Infinity || iw === -Infinity) {
    const a = Math.abs(iv);
    if (a === 1) return new PyFloat(1);
    if (iw > 0 === a > 1) return Infinity;
    return new PyFloat(0);
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Infinity;
    return new PyFloat(odd ? (iv < 0 ? -0 : 0) : 0);
  }
  if (iv === 0) {
    if (iw < 0) throw zeroDivErr('0.0 cannot be raised to a negative power');
    return new PyFloat(isOddInteger(iw) ? iv : 0);
  }
  let neg = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) {
      return complexPow(iv, 0, iw, 0);
    }
    iv = -iv;
    neg = isOddInteger(iw);
  }
  if (iv === 1) return new PyFloat(neg ? -1 : 1);
  const r = powD(iv, iw);
  if (r === Infinity) throw overflowErr("(34, 'Numerical result out of range')");
  return mkFloat(neg ? -r : r);
}

// ---- rounding ----

const POW10: number[] = [];
for (let i = 0; i <= 22; i++) POW10.push(Number(`1e${i}`));

/** round(x) with no ndigits: nearest integer, ties to even. */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** round(x, nd) for finite nonzero x and -308 <= nd <= 323: correctly rounded (half-even on the exact value). */
export function roundFloatDigits(x: number, nd: number): number {
  if (nd >= 0 ? nd <= 22 : nd >= -22) {
    const p = POW10[nd >= 0 ? nd : -nd];
    const y = nd >= 0 ? x * p : x / p;
    if (y < 1099511627776 && y > -1099511627776) {
      const f = y - Math.floor(y);
      if (f > 0.500244140625 || f < 0.499755859375) {
        const n = Math.round(y);
        return nd >= 0 ? n / p : n * p;
      }
    }
  }
  return roundExact(x, nd);
}

function roundExact(x: number, nd: number): number {
  const [m, e] = decompose(x);
  let num = BigInt(m);
  let den = 1n;
  if (nd >= 0) num *= 10n ** BigInt(nd);
  else den = 10n ** BigInt(-nd);
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  let q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  const v = Number(nd >= 0 ? `${q}e-${nd}` : `${q}e${-nd}`);
  return x < 0 ? -v : v;
}

function floatRound(x: number, ndArg: any): any {
  if (ndArg === undefined || ndArg === None) {
    if (x !== x) throw valueErr('cannot convert float NaN to integer');
    if (x === Infinity || x === -Infinity) throw overflowErr('cannot convert float infinity to integer');
    return integralToInt(roundHalfEven(x));
  }
  const k = index(ndArg);
  const nd = typeof k === 'number' ? k : k > 0n ? Infinity : -Infinity;
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return mkFloat(x);
  if (nd > 323) return mkFloat(x);
  if (nd < -308) return new PyFloat(x < 0 ? -0 : 0);
  const r = roundFloatDigits(x, nd);
  if (r === Infinity || r === -Infinity) throw overflowErr('rounded value too large to represent');
  return mkFloat(r);
}

// ---- hex ----

const HEX = '0123456789abcdef';

export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  let [m, e] = frexp(Math.abs(x));
  const shift = 1 - Math.max(-1021 - e, 0);
  m = ldexp(m, shift);
  e -= shift;
  let d = Math.trunc(m);
  let s = HEX[d] + '.';
  m -= d;
  for (let i = 0; i < 13; i++) {
    m *= 16;
    d = Math.trunc(m);
    s += HEX[d];
    m -= d;
  }
  return `${x < 0 ? '-' : ''}0x${s}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

const HEXFLOAT_RE = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/;
const HEXSPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

export function floatFromHex(str: string): number {
  const s = str.replace(/^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/g, '');
  const sp = HEXSPECIAL_RE.exec(s);
  if (sp !== null) return sp[2][0] === 'n' || sp[2][0] === 'N' ? NaN : sp[1] === '-' ? -Infinity : Infinity;
  const m = HEXFLOAT_RE.exec(s);
  if (m === null) throw valueErr('invalid hexadecimal floating-point string');
  const ip = m[2];
  const fp = m[3] ?? '';
  if (ip.length + fp.length === 0) throw valueErr('invalid hexadecimal floating-point string');
  const neg = m[1] === '-';
  const digits = (ip + fp).replace(/^0+/, '');
  let exp = m[4] === undefined ? 0 : Number(m[4]);
  if (digits.length === 0) return neg ? -0 : 0;
  const M = BigInt('0x' + digits);
  const e = exp - 4 * fp.length;
  const top = e + digits.length * 4; // value < 2**top
  if (top > 1100) throw overflowErr('hexadecimal value too large to represent as a float');
  if (top < -1100) return neg ? -0 : 0;
  const v = bigScaleToDouble(M, e);
  if (v === Infinity) throw overflowErr('hexadecimal value too large to represent as a float');
  return neg ? -v : v;
}

// ---- as_integer_ratio ----

export function floatRatio(x: number): [Int, Int] {
  if (x !== x) throw valueErr('cannot convert NaN to integer ratio');
  if (x === Infinity || x === -Infinity) throw overflowErr('cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  let [m, e] = decompose(x);
  while (e < 0 && m % 2 === 0) {
    m /= 2;
    e++;
  }
  const sm = x < 0 ? -m : m;
  if (e >= 0) {
    if (e <= 0 || Math.abs(sm) * Math.pow(2, e) <= MAX_SAFE) return [sm * Math.pow(2, e), 1];
    return [normBig(BigInt(sm) << BigInt(e)), 1];
  }
  if (-e <= 52) return [sm, Math.pow(2, -e)];
  return [sm, 1n << BigInt(-e)];
}

// ---- dunders ----

function defBin(name: string, rname: string, f: (a: number, b: number) => any): void {
  defMethod(floatType, name, (a: any, b: any) => {
    const x = F(a, name);
    const y = asReal(b);
    return y === undefined ? NotImplemented : f(x, y);
  });
  defMethod(floatType, rname, (a: any, b: any) => {
    const x = F(a, rname);
    const y = asReal(b);
    return y === undefined ? NotImplemented : f(y, x);
  });
}

// CPython's float_rem / _float_div_mod. C's `if (mod)` is true for NaN, hence the explicit `!== 0` tests.

/** float % float (b != 0). */
export function pyFmod(a: number, b: number): number {
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else mod = b < 0 || Object.is(b, -0) ? -0 : 0;
  return mod;
}

let divmodQ = 0;
let divmodR = 0;
/** Sets (divmodQ, divmodR) to CPython's divmod of two doubles (b != 0). */
function pyDivmod(a: number, b: number): void {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1.0;
    }
  } else mod = b < 0 || Object.is(b, -0) ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = a / b;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  divmodQ = floordiv;
  divmodR = mod;
}

export function pyFloorDiv(a: number, b: number): number {
  pyDivmod(a, b);
  return divmodQ;
}

function fdivmod(a: number, b: number): PyTuple {
  if (b === 0) throw zeroDivErr('float divmod()');
  pyDivmod(a, b);
  return new PyTuple([mkFloat(divmodQ), mkFloat(divmodR)]);
}

export function installFloat(): void {
  const t = floatType;
  t.dict.__new__ = new PyStaticMethod(nativeKw('__new__', floatNew));
  t.alloc = (cls: PyType) => boxNum(cls, 0);

  defBin('__add__', '__radd__', (a, b) => mkFloat(a + b));
  defBin('__sub__', '__rsub__', (a, b) => mkFloat(a - b));
  defBin('__mul__', '__rmul__', (a, b) => mkFloat(a * b));
  defBin('__truediv__', '__rtruediv__', (a, b) => {
    if (b === 0) throw zeroDivErr('float division by zero');
    return mkFloat(a / b);
  });
  defBin('__floordiv__', '__rfloordiv__', (a, b) => {
    if (b === 0) throw zeroDivErr('float floor division by zero');
    return mkFloat(pyFloorDiv(a, b));
  });
  defBin('__mod__', '__rmod__', (a, b) => {
    if (b === 0) throw zeroDivErr('float modulo');
    return mkFloat(pyFmod(a, b));
  });
  defBin('__divmod__', '__rdivmod__', fdivmod);
  const pow3 = (name: string, refl: boolean) =>
    defMethod(t, name, (a: any, b: any, m: any) => {
      const x = F(a, name);
      const y = asReal(b);
      if (y === undefined) return NotImplemented;
      if (m !== undefined && m !== None) throw typeErr('pow() 3rd argument not allowed unless all arguments are integers');
      return refl ? floatPowFull(y, x) : floatPowFull(x, y);
    }, 2, 3);
  pow3('__pow__', false);
  pow3('__rpow__', true);

  const cmp = (name: string, f: (a: number, b: any) => boolean) =>
    defMethod(t, name, (a: any, b: any) => {
      const x = F(a, name);
      // JS compares number with bigint exactly, as CPython compares float with int
      const y = typeof b === 'number' ? b : asInt(b) ?? asFloat(b);
      return y === undefined ? NotImplemented : f(x, y);
    });
  cmp('__eq__', (a, b) => a == b);
  cmp('__ne__', (a, b) => a != b);
  cmp('__lt__', (a, b) => a < b);
  cmp('__le__', (a, b) => a <= b);
  cmp('__gt__', (a, b) => a > b);
  cmp('__ge__', (a, b) => a >= b);

  defMethod(t, '__neg__', (s: any) => mkFloat(-F(s, '__neg__')));
  defMethod(t, '__pos__', (s: any) => mkFloat(F(s, '__pos__')));
  defMethod(t, '__abs__', (s: any) => mkFloat(Math.abs(F(s, '__abs__'))));
  defMethod(t, '__bool__', (s: any) => F(s, '__bool__') !== 0);
  defMethod(t, '__int__', (s: any) => floatToInt(F(s, '__int__')));
  defMethod(t, '__trunc__', (s: any) => floatToInt(F(s, '__trunc__')));
  defMethod(t, '__floor__', (s: any) => integralToInt(Math.floor(F(s, '__floor__'))));
  defMethod(t, '__ceil__', (s: any) => integralToInt(Math.ceil(F(s, '__ceil__'))));
  floatFloatRef.f = defMethod(t, '__float__', (s: any) => mkFloat(F(s, '__float__')));
  defMethod(t, '__round__', (s: any, nd: any) => floatRound(F(s, '__round__'), nd), 1, 2);
  defMethod(t, '__hash__', (s: any) => hashFloat(F(s, '__hash__')));
  defMethod(t, '__repr__', (s: any) => floatRepr(F(s, '__repr__')));
  defMethod(t, '__format__', (s: any, spec: any) => {
    const x = F(s, '__format__');
    if (typeof spec !== 'string') {
      if (spec instanceof PyBoxed && typeof spec.v === 'string') spec = spec.v;
      else throw typeErr(`__format__() argument must be str, not ${typeOf(spec).name}`);
    }
    return formatFloat(x, spec, typeOf(s).name);
  });
  defMethod(t, '__getnewargs__', (s: any) => new PyTuple([mkFloat(F(s, '__getnewargs__'))]));
  defMethod(t, '__sizeof__', (s: any) => (F(s, '__sizeof__'), 24));

  defMethod(t, 'conjugate', (s: any) => mkFloat(F(s, 'conjugate')));
  defMethod(t, 'is_integer', (s: any) => Number.isInteger(F(s, 'is_integer')));
  defMethod(t, 'hex', (s: any) => floatHex(F(s, 'hex')));
  defMethod(t, 'as_integer_ratio', (s: any) => new PyTuple(floatRatio(F(s, 'as_integer_ratio'))));

  const fh = nativeKw('fromhex', (args: any[], kw: Kw) => {
    if (kw !== null) for (const _ in kw) throw typeErr('float.fromhex() takes no keyword arguments');
    if (args.length !== 2) throw typeErr(`float.fromhex() takes exactly one argument (${args.length - 1} given)`);
    const cls = args[0];
    let s = args[1];
    if (s instanceof PyBoxed && typeof s.v === 'string') s = s.v;
    if (typeof s !== 'string') throw typeErr('bad argument type for built-in operation');
    const v = mkFloat(floatFromHex(s));
    return cls === floatType ? v : call(cls, [v]);
  });
  fh.qualname = 'float.fromhex';
  t.dict.fromhex = new PyClassMethod(fh);

  const gf = nativeKw('__getformat__', (args: any[]) => {
    const s = args[1];
    if (typeof s !== 'string') throw typeErr(`__getformat__() argument must be str, not ${typeOf(s).name}`);
    if (s !== 'double' && s !== 'float') throw valueErr("__getformat__() argument 1 must be 'double' or 'float'");
    return 'IEEE, little-endian';
  });
  gf.qualname = 'float.__getformat__';
  t.dict.__getformat__ = new PyClassMethod(gf);

  t.dict.real = new PyGetSet('real', (s: any) => mkFloat(F(s, 'real')));
  t.dict.imag = new PyGetSet('imag', (s: any) => (F(s, 'imag'), new PyFloat(0)));
}

