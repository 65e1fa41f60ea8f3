// The `math` module of CPython 3.11. Every function takes the raw-number fast path first (a JS number is an
// int or a float and converts to a double for free) and allocates nothing except the PyFloat box an
// integral-valued result needs. Elementary functions use the JS engine's libm (within an ulp of glibc);
// the rest follow Modules/mathmodule.c exactly: error rules, fsum, hypot/dist, integer functions.
import { PyFloat, PyType, MISSING } from '../runtime/object.js';
import { PyTuple, PyBoxed, intType } from '../runtime/types.js';
import { PyBuiltin, type Kw } from '../runtime/function.js';
import { typeErr, valueErr, overflowErr, zeroDivErr } from '../runtime/exceptions.js';
import { typeOf } from '../runtime/typeof.js';
import { call1 } from '../runtime/call.js';
import type { PyModule, ModuleDef } from '../runtime/module.js';
import { type Int } from '../runtime/numeric.js';
import {
  toDoubleSlow,
  asInt,
  integralToInt,
  frexp as frexpD,
  ldexp as ldexpD,
  bitLen,
  bigScaleToDouble,
  powD,
} from '../runtime/builtins/num-common.js';
import { tgamma, lgamma, erf, erfc, mathErrno, clearErrno } from './math-special.js';
import { factorial, comb, perm, gcd, lcm, isqrt } from './math-int.js';
import { hypot, hypotXY, dist, fsum, prodGen, iscloseGen } from './math-seq.js';

// ---- helpers ----

const domain = () => valueErr('math domain error');
const range = () => overflowErr('math range error');

/** PyFloat_AsDouble with the raw-number fast path. */
function D(x: any): number {
  return typeof x === 'number' ? x : toDoubleSlow(x);
}

/** A double as a Python float. */
function F(r: number): number | PyFloat {
  return Number.isInteger(r) ? new PyFloat(r) : r;
}

function isFinite(x: number): boolean {
  return x - x === 0;
}

// ---- natives with CPython's argument-count messages ----

function bitsFor(min: number, max: number): number {
  let ok = 0;
  for (let i = min; i <= Math.min(max, 30); i++) ok |= 1 << i;
  return ok;
}

function noKw(name: string, kw: Kw): void {
  if (kw !== null) for (const _ in kw) throw typeErr(`${name}() takes no keyword arguments`);
}

/** METH_O: "math.sin() takes exactly one argument (2 given)". */
function fn1(name: string, f: (x: any) => any): PyBuiltin {
  return new PyBuiltin(name, f, 2, (args, kw) => {
    noKw(`math.${name}`, kw);
    if (args.length !== 1) throw typeErr(`math.${name}() takes exactly one argument (${args.length} given)`);
    return f(args[0]);
  }, false);
}

/** METH_FASTCALL with a positional count check: "atan2 expected 2 arguments, got 1". */
function fnN(name: string, f: Function, min: number, max: number): PyBuiltin {
  return new PyBuiltin(name, f, bitsFor(min, max), (args, kw) => {
    noKw(name, kw);
    const n = args.length;
    if (n < min || n > max) {
      if (min === max) throw typeErr(`${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
      if (n < min) throw typeErr(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
      throw typeErr(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
    }
    return f(...args);
  }, false);
}

/** Variadic, positional only. */
function fnVar(name: string, f: (...a: any[]) => any): PyBuiltin {
  return new PyBuiltin(name, f, 0x7fffffff, (args, kw) => {
    noKw(`math.${name}`, kw);
    return f(...args);
  }, false);
}

// ---- one-argument functions (math_1: NaN from non-NaN is a domain error, inf from finite a range or domain error) ----

function acos(a: any) {
  const x = D(a);
  const r = Math.acos(x);
  if (r !== r && x === x) throw domain();
  return F(r);
}
function acosh(a: any) {
  const x = D(a);
  const r = Math.acosh(x);
  if (r !== r && x === x) throw domain();
  return F(r);
}
function asin(a: any) {
  const x = D(a);
  const r = Math.asin(x);
  if (r !== r && x === x) throw domain();
  return F(r);
}
function asinh(a: any) {
  return F(Math.asinh(D(a)));
}
function atan(a: any) {
  return F(Math.atan(D(a)));
}
function atanh(a: any) {
  const x = D(a);
  const r = Math.atanh(x);
  if ((r !== r && x === x) || r === Infinity || r === -Infinity) throw domain();
  return F(r);
}
function cbrt(a: any) {
  return F(Math.cbrt(D(a)));
}
function cos(a: any) {
  const x = D(a);
  const r = Math.cos(x);
  if (r !== r && x === x) throw domain();
  return F(r);
}
function cosh(a: any) {
  const x = D(a);
  const r = Math.cosh(x);
  if (r === Infinity && isFinite(x)) throw range();
  return F(r);
}
function exp(a: any) {
  const x = D(a);
  const r = Math.exp(x);
  if (r === Infinity && isFinite(x)) throw range();
  return F(r);
}
function exp2(a: any) {
  const x = D(a);
  const r = Math.pow(2, x);
  if (r === Infinity && isFinite(x)) throw range();
  return F(r);
}
function expm1(a: any) {
  const x = D(a);
  const r = Math.expm1(x);
  if (r === Infinity && isFinite(x)) throw range();
  return F(r);
}
function fabs(a: any) {
  return F(Math.abs(D(a)));
}
function log1p(a: any) {
  const x = D(a);
  const r = Math.log1p(x);
  if ((r !== r && x === x) || r === -Infinity) throw domain();
  return F(r);
}
function sin(a: any) {
  const x = D(a);
  const r = Math.sin(x);
  if (r !== r && x === x) throw domain();
  return F(r);
}
function sinh(a: any) {
  const x = D(a);
  const r = Math.sinh(x);
  if ((r === Infinity || r === -Infinity) && isFinite(x)) throw range();
  return F(r);
}
function sqrt(a: any) {
  const x = D(a);
  const r = Math.sqrt(x);
  if (r !== r && x === x) throw domain();
  return F(r);
}
function tan(a: any) {
  const x = D(a);
  const r = Math.tan(x);
  if (r !== r && x === x) throw domain();
  return F(r);
}
function tanh(a: any) {
  return F(Math.tanh(D(a)));
}
function degrees(a: any) {
  return F(D(a) * (180.0 / Math.PI));
}
function radians(a: any) {
  return F(D(a) * (Math.PI / 180.0));
}

/** math_1a: errno-based errors (gamma, lgamma, erf, erfc). */
function errnoCheck(r: number): void {
  const e = mathErrno;
  if (e === 0) return;
  clearErrno();
  if (e === 1) throw domain();
  if (Math.abs(r) >= 1.5) throw range();
}
function gamma(a: any) {
  const r = tgamma(D(a));
  errnoCheck(r);
  return F(r);
}
function lgammaF(a: any) {
  const r = lgamma(D(a));
  errnoCheck(r);
  return F(r);
}
function erfF(a: any) {
  return F(erf(D(a)));
}
function erfcF(a: any) {
  return F(erfc(D(a)));
}

function isfinite(a: any) {
  return isFinite(D(a));
}
function isinf(a: any) {
  const x = D(a);
  return x === Infinity || x === -Infinity;
}
function isnan(a: any) {
  const x = D(a);
  return x !== x;
}

// ---- floor / ceil / trunc ----

function specialMethod(x: any, name: string): any {
  if (typeof x !== 'object') return MISSING;
  return (x.$cls as PyType).lookup(name);
}

function floor(a: any): any {
  if (typeof a === 'number') {
    if (Number.isInteger(a)) return a;
    return integralToInt(Math.floor(a));
  }
  if (a instanceof PyFloat) return integralToInt(a.v);
  if (typeof a === 'bigint') return a;
  if (typeof a === 'boolean') return a ? 1 : 0;
  const f = specialMethod(a, '__floor__');
  if (f !== MISSING) return call1(f, a);
  return integralToInt(Math.floor(D(a)));
}
function ceil(a: any): any {
  if (typeof a === 'number') {
    if (Number.isInteger(a)) return a;
    return integralToInt(Math.ceil(a));
  }
  if (a instanceof PyFloat) return integralToInt(a.v);
  if (typeof a === 'bigint') return a;
  if (typeof a === 'boolean') return a ? 1 : 0;
  const f = specialMethod(a, '__ceil__');
  if (f !== MISSING) return call1(f, a);
  return integralToInt(Math.ceil(D(a)));
}
function trunc(a: any): any {
  if (typeof a === 'number') {
    if (Number.isInteger(a)) return a;
    return integralToInt(Math.trunc(a));
  }
  if (a instanceof PyFloat) return integralToInt(a.v);
  if (typeof a === 'bigint') return a;
  if (typeof a === 'boolean') return a ? 1 : 0;
  const f = specialMethod(a, '__trunc__');
  if (f === MISSING) throw typeErr(`type ${typeOf(a).name} doesn't define __trunc__ method`);
  return call1(f, a);
}

// ---- two-argument functions ----

function atan2(a: any, b: any) {
  return F(Math.atan2(D(a), D(b)));
}

const BITS = new Float64Array(1);
const BITS32 = new Uint32Array(BITS.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

function signBit(x: number): boolean {
  BITS[0] = x;
  return BITS32[HI] >>> 31 === 1;
}

function copysign(a: any, b: any) {
  const x = D(a);
  const y = D(b);
  const ax = x !== x ? x : Math.abs(x);
  return F(signBit(y) ? -ax : ax);
}

function fmod(a: any, b: any) {
  const x = D(a);
  const y = D(b);
  if ((y === Infinity || y === -Infinity) && isFinite(x)) return F(x);
  const r = x % y;
  if (r !== r && x === x && y === y) throw domain();
  return F(r);
}

/** CPython's m_remainder: IEEE 754 remainder, exact. */
export function remainderD(x: number, y: number): number {
  if (isFinite(x) && isFinite(y)) {
    if (y === 0.0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return signBit(x) ? -r : r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) return NaN;
  return x;
}
function remainder(a: any, b: any) {
  const x = D(a);
  const y = D(b);
  const r = remainderD(x, y);
  if (r !== r && x === x && y === y) throw domain();
  return F(r);
}

function pow(a: any, b: any) {
  const x = D(a);
  const y = D(b);
  let r: number;
  if (!isFinite(x) || !isFinite(y)) {
    if (x !== x) r = y === 0 ? 1 : x;
    else if (y !== y) r = x === 1 ? 1 : y;
    else if (x === Infinity || x === -Infinity) {
      const oddY = isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? (x < 0 ? -0 : 0) : 0;
    } else {
      const ax = Math.abs(x);
      if (ax === 1) r = 1;
      else if (y > 0 && ax > 1) r = y;
      else if (y < 0 && ax < 1) r = -y;
      else r = 0;
    }
    return F(r);
  }
  r = powD(x, y);
  if (!isFinite(r)) {
    if (r !== r) throw domain();
    if (x === 0) throw domain();
    throw range();
  }
  return F(r);
}

function nextafterD(x: number, y: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  BITS[0] = x;
  let hi = BITS32[HI];
  let lo = BITS32[LO];
  if (y > x === x > 0) {
    // away from zero
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  } else {
    if (lo === 0) hi = (hi - 1) >>> 0;
    lo = (lo - 1) >>> 0;
  }
  BITS32[HI] = hi;
  BITS32[LO] = lo;
  return BITS[0];
}
function nextafter(a: any, b: any) {
  return F(nextafterD(D(a), D(b)));
}
function ulp(a: any) {
  let x = D(a);
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafterD(x, Infinity);
  if (x2 === Infinity) return F(x - nextafterD(x, -Infinity));
  return F(x2 - x);
}

function frexp(a: any) {
  const x = D(a);
  const [m, e] = frexpD(x);
  return new PyTuple([F(m), e]);
}

function ldexp(a: any, b: any) {
  const x = D(a);
  let e: Int | undefined;
  if (typeof b === 'number' && Number.isInteger(b)) e = b;
  else if (typeof b === 'bigint' || typeof b === 'boolean') e = asInt(b);
  else if (b instanceof PyBoxed && (b.$cls as PyType).isSubtypeOf(intType)) e = b.v;
  if (e === undefined) throw typeErr('Expected an int as second argument to ldexp.');
  if (x === 0 || !isFinite(x)) return F(x);
  const n = typeof e === 'number' ? e : e > 0n ? Infinity : -Infinity;
  if (n > 2147483647) throw range();
  if (n < -2147483648) return F(x < 0 ? -0 : 0);
  const r = ldexpD(x, n);
  if (r === Infinity || r === -Infinity) throw range();
  return F(r);
}

function modf(a: any) {
  const x = D(a);
  if (!isFinite(x)) {
    if (x !== x) return new PyTuple([x, x]);
    return new PyTuple([new PyFloat(x < 0 ? -0 : 0), x]);
  }
  const ip = Math.trunc(x);
  let fr = x - ip;
  if (fr === 0) fr = signBit(x) ? -0 : 0;
  return new PyTuple([F(fr), F(ip)]);
}

// ---- logarithms ----

/** loghelper: ints of any size (log(x) = log(m) + log(2) * e when x overflows a double), else math_1. */
function logHelper(a: any, f: (x: number) => number): number {
  const n = typeof a === 'number' ? (Number.isInteger(a) ? a : undefined) : asInt(a);
  if (n !== undefined) {
    if (typeof n === 'number' ? n <= 0 : n <= 0n) throw domain();
    if (typeof n === 'number') return f(n);
    const x = Number(n);
    if (x !== Infinity) return f(x);
    const nb = bitLen(n);
    let m = bigScaleToDouble(n, -nb);
    let e = nb;
    if (m === 1) {
      m = 0.5;
      e++;
    }
    return f(m) + f(2.0) * e;
  }
  const x = D(a);
  const r = f(x);
  if ((r !== r && x === x) || ((r === Infinity || r === -Infinity) && isFinite(x))) throw domain();
  return r;
}

function log(a: any, b: any) {
  const num = logHelper(a, Math.log);
  if (b === undefined) return F(num);
  const den = logHelper(b, Math.log);
  if (den === 0) throw zeroDivErr('float division by zero');
  return F(num / den);
}
function log2(a: any) {
  return F(logHelper(a, Math.log2));
}
function log10(a: any) {
  return F(logHelper(a, Math.log10));
}

// ---- the module ----

/** name -> Python value for every attribute of the math module. */
export function mathFunctions(): Record<string, any> {
  // hypot: the two-argument call takes the direct path and allocates nothing
  const hypotB = new PyBuiltin('hypot', hypotXY, 4, (args, kw) => {
    noKw('math.hypot', kw);
    return hypot(args);
  }, false);
  const isc = new PyBuiltin('isclose', (a: any, b: any) => iscloseGen([a, b], null), 4, iscloseGen, false);
  const prod = new PyBuiltin('prod', (it: any) => prodGen([it], null), 2, prodGen, false);
  const logB = new PyBuiltin('log', log, bitsFor(1, 2), (args, kw) => {
    noKw('log', kw);
    if (args.length < 1 || args.length > 2) throw typeErr('math.log requires 1 to 2 arguments');
    return log(args[0], args[1]);
  }, false);
  const m: Record<string, any> = {
    acos: fn1('acos', acos),
    acosh: fn1('acosh', acosh),
    asin: fn1('asin', asin),
    asinh: fn1('asinh', asinh),
    atan: fn1('atan', atan),
    atan2: fnN('atan2', atan2, 2, 2),
    atanh: fn1('atanh', atanh),
    cbrt: fn1('cbrt', cbrt),
    ceil: fn1('ceil', ceil),
    comb: fnN('comb', comb, 2, 2),
    copysign: fnN('copysign', copysign, 2, 2),
    cos: fn1('cos', cos),
    cosh: fn1('cosh', cosh),
    degrees: fn1('degrees', degrees),
    dist: fnN('dist', dist, 2, 2),
    erf: fn1('erf', erfF),
    erfc: fn1('erfc', erfcF),
    exp: fn1('exp', exp),
    exp2: fn1('exp2', exp2),
    expm1: fn1('expm1', expm1),
    fabs: fn1('fabs', fabs),
    factorial: fn1('factorial', factorial),
    floor: fn1('floor', floor),
    fmod: fnN('fmod', fmod, 2, 2),
    frexp: fn1('frexp', frexp),
    fsum: fn1('fsum', fsum),
    gamma: fn1('gamma', gamma),
    gcd: fnVar('gcd', gcd),
    hypot: hypotB,
    isclose: isc,
    isfinite: fn1('isfinite', isfinite),
    isinf: fn1('isinf', isinf),
    isnan: fn1('isnan', isnan),
    isqrt: fn1('isqrt', isqrt),
    lcm: fnVar('lcm', lcm),
    ldexp: fnN('ldexp', ldexp, 2, 2),
    lgamma: fn1('lgamma', lgammaF),
    log: logB,
    log10: fn1('log10', log10),
    log1p: fn1('log1p', log1p),
    log2: fn1('log2', log2),
    modf: fn1('modf', modf),
    nextafter: fnN('nextafter', nextafter, 2, 2),
    perm: fnN('perm', perm, 1, 2),
    pow: fnN('pow', pow, 2, 2),
    prod,
    radians: fn1('radians', radians),
    remainder: fnN('remainder', remainder, 2, 2),
    sin: fn1('sin', sin),
    sinh: fn1('sinh', sinh),
    sqrt: fn1('sqrt', sqrt),
    tan: fn1('tan', tan),
    tanh: fn1('tanh', tanh),
    trunc: fn1('trunc', trunc),
    ulp: fn1('ulp', ulp),
    pi: Math.PI,
    e: Math.E,
    tau: 2 * Math.PI,
    inf: Infinity,
    nan: NaN,
  };
  for (const k in m) {
    const v = m[k];
    if (v instanceof PyBuiltin) v.qualname = k;
  }
  return m;
}

export const mathModule: ModuleDef = {
  name: 'math',
  init(mod: PyModule): void {
    const bag = mod.$d!;
    const m = mathFunctions();
    for (const k in m) bag[k] = m[k];
    bag.__doc__ = 'This module provides access to the mathematical functions\ndefined by the C standard.';
  },
};

