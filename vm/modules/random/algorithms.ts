// CPython 3.11's `random.Random` algorithms (Lib/random.py) on top of the MT19937 core in ./mersenne.ts.
//
// Everything that consumes randomness does so in exactly CPython's order, so a program seeded with
// `random.seed(42)` sees the same numbers as under CPython 3.11 (64-bit). Ints are VM ints: a safe-integer
// number or a bigint beyond the safe range; results are normalised the same way.
//
// The real-valued distributions call log/exp/sin/cos/acos/pow. CPython uses the C library (glibc), whose results
// are correctly rounded in all but a tiny fraction of cases, while the JS engine's Math functions are off by one
// ulp in several percent of cases. So this file carries its own correctly rounded versions (double-double
// arithmetic, tables derived at first use from BigInt fixed-point series), which agree with glibc except where
// glibc itself misrounds (well under 0.1% of calls, and then by one ulp).
//
// Errors are thrown as RandomArgError(pyType, message) with CPython's exact message; the glue layer raises the
// corresponding Python exception.

import {
  MersenneTwister,
  RandomArgError,
  bigEndianBytesToKey,
  bitLengthBig,
  bitLengthNum,
  intToKey,
  normBig,
  type Int,
} from './mersenne';
import { sha512 } from './sha512';

export { RandomArgError, type RandomErrorType, type Int } from './mersenne';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const TWO32 = 4294967296;

// ---------------------------------------------------------------------------------------------------------------
// Bit access to doubles
// ---------------------------------------------------------------------------------------------------------------

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
F64[0] = 1;
const HI = U32[1] === 0x3ff00000 ? 1 : 0; // index of the high word (1 on little-endian hosts)
const LO = 1 - HI;

/** 2**e as a double, for -1022 <= e <= 1023 (exact). */
function pow2(e: number): number {
  U32[HI] = (e + 1023) << 20;
  U32[LO] = 0;
  return F64[0];
}

// ---------------------------------------------------------------------------------------------------------------
// Double-double arithmetic. Results go to (R[0], R[1]) so nothing is allocated; callers copy them out at once.
// ---------------------------------------------------------------------------------------------------------------

// Double-double results: R[0] = high part, R[1] = low part. (A typed array, not module variables: storing a
// double into a module-level variable allocates a heap number on every write.)
const R = new Float64Array(2);
const SPLITTER = 134217729; // 2**27 + 1

/** a * b exactly, as R[0] + R[1] (Dekker / Veltkamp). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  R[1] = ah * bh - p + ah * bl + al * bh + al * bl;
  R[0] = p;
}

/** a + b exactly, as R[0] + R[1] (Knuth). */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  R[1] = a - (s - bb) + (b - bb);
  R[0] = s;
}

/** (ah + al) + (bh + bl), normalised. */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  let v = s - ah;
  let e = ah - (s - v) + (bh - v);
  const t = al + bl;
  v = t - al;
  const f = al - (t - v) + (bl - v);
  e += t;
  const h = s + e;
  e = e - (h - s);
  e += f;
  R[0] = h + e;
  R[1] = e - (R[0] - h);
}

/** (ah + al) * (bh + bl), normalised. */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = R[0];
  const e = R[1] + (ah * bl + al * bh);
  R[0] = p + e;
  R[1] = e - (R[0] - p);
}

/** (ah + al) * b, normalised. */
function ddMulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  const p = R[0];
  const e = R[1] + al * b;
  R[0] = p + e;
  R[1] = e - (R[0] - p);
}

/** (ah + al) / (bh + bl), normalised. */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMulD(bh, bl, q1);
  let ph = R[0];
  let pl = R[1];
  ddAdd(ah, al, -ph, -pl);
  const r1h = R[0];
  const r1l = R[1];
  const q2 = r1h / bh;
  ddMulD(bh, bl, q2);
  ph = R[0];
  pl = R[1];
  ddAdd(r1h, r1l, -ph, -pl);
  const q3 = R[0] / bh;
  const s = q1 + q2;
  let e = q2 - (s - q1);
  e += q3;
  R[0] = s + e;
  R[1] = e - (R[0] - s);
}

/**
 * A polynomial in x whose high-degree terms are small enough for plain doubles: `tail` (doubles, highest degree
 * first) is evaluated in double precision at xh, then continued by Horner steps in double-double over `head`
 * ((hi, lo) pairs, highest degree first, ending with the constant term).
 */
function polyMixed(tail: Float64Array, head: Float64Array, xh: number, xl: number): void {
  let c = tail[0];
  for (let i = 1; i < tail.length; i++) c = c * xh + tail[i];
  let ph = c;
  let pl = 0;
  for (let i = 0; i < head.length; i += 2) {
    ddMul(ph, pl, xh, xl);
    ddAdd(R[0], R[1], head[i], head[i + 1]);
    ph = R[0];
    pl = R[1];
  }
  R[0] = ph;
  R[1] = pl;
}

// ---------------------------------------------------------------------------------------------------------------
// Constant tables, derived once from BigInt fixed-point series (2**-256 resolution).
// ---------------------------------------------------------------------------------------------------------------

const FXB = 256n;
const FX_ONE = 1n << FXB;

let FX_SCALE = 1;
for (let i = 0; i < 256; i++) FX_SCALE *= 0.5; // 2**-256, exactly

/** Split a fixed-point value into up to three non-overlapping doubles. */
function fxSplit(v: bigint, parts: number): number[] {
  const out: number[] = [];
  let rem = v;
  for (let i = 0; i < parts; i++) {
    const a = Number(rem);
    out.push(a * FX_SCALE);
    rem -= BigInt(a);
  }
  return out;
}

/** atanh(p / q) in fixed point, |p / q| < 1. */
function fxAtanhRat(p: bigint, q: bigint): bigint {
  let term = (FX_ONE * p) / q;
  const p2 = p * p;
  const q2 = q * q;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * p2) / q2;
  }
  return sum;
}

/** atan(1 / n) in fixed point. */
function fxAtanInv(n: bigint): bigint {
  let term = FX_ONE / n;
  const n2 = n * n;
  let sum = 0n;
  let sign = 1n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += (sign * term) / k;
    term /= n2;
    sign = -sign;
  }
  return sum;
}

function fxExp(x: bigint): bigint {
  let term = FX_ONE;
  let sum = FX_ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * x) / FX_ONE / n;
    sum += term;
  }
  return sum;
}

/** sin (odd = true) or cos (odd = false) in fixed point, by Taylor series. */
function fxSinCos(x: bigint, odd: boolean): bigint {
  let term = odd ? x : FX_ONE;
  let sum = term;
  const x2 = (x * x) / FX_ONE;
  for (let n = odd ? 2n : 1n; term !== 0n; n += 2n) {
    term = -(term * x2) / FX_ONE / (n * (n + 1n));
    sum += term;
  }
  return sum;
}

function fxDD(v: bigint): [number, number] {
  const p = fxSplit(v, 2);
  return [p[0], p[1]];
}

function packDD(values: bigint[]): Float64Array {
  const out = new Float64Array(values.length * 2);
  values.forEach((v, i) => {
    const [h, l] = fxDD(v);
    out[2 * i] = h;
    out[2 * i + 1] = l;
  });
  return out;
}

const LOGF_MIN = -40; // log(1 + j/128) for j in [LOGF_MIN, LOGF_MAX]
const LOGF_MAX = 56;
const SC_MAX = 56; // sin(j/64), cos(j/64) for j in [0, SC_MAX]

let tablesReady = false;
let LN2_0 = 0, LN2_1 = 0, LN2_2 = 0; // ln 2 as a triple-double
let L64_0 = 0, L64_1 = 0, L64_2 = 0; // ln 2 / 64
let PIO2_0 = 0, PIO2_1 = 0, PIO2_2 = 0; // pi / 2
let LOGF: Float64Array = new Float64Array(0);
let EXP2T: Float64Array = new Float64Array(0); // 2 ** (j / 64), j = 0..63
let SINT: Float64Array = new Float64Array(0);
let COST: Float64Array = new Float64Array(0);
// Polynomials, split into a double tail and a double-double head (see polyMixed):
let ATANH_TAIL: Float64Array = new Float64Array(0); // sum u^k / (2k + 1), |u| <= 2**-17
let ATANH_HEAD: Float64Array = new Float64Array(0);
let EXP_TAIL: Float64Array = new Float64Array(0); // sum r^n / n!, |r| <= 2**-7.5
let EXP_HEAD: Float64Array = new Float64Array(0);
let SIN_TAIL: Float64Array = new Float64Array(0); // sum (-u)^n / (2n + 1)!, |u| <= 2**-14
let SIN_HEAD: Float64Array = new Float64Array(0);
let COS_TAIL: Float64Array = new Float64Array(0); // sum (-u)^n / (2n)!
let COS_HEAD: Float64Array = new Float64Array(0);

function initTables(): void {
  const ln2 = 2n * fxAtanhRat(1n, 3n);
  [LN2_0, LN2_1, LN2_2] = fxSplit(ln2, 3);
  [L64_0, L64_1, L64_2] = fxSplit(ln2 / 64n, 3);
  const pi = 16n * fxAtanInv(5n) - 4n * fxAtanInv(239n);
  [PIO2_0, PIO2_1, PIO2_2] = fxSplit(pi / 2n, 3);

  const logf: bigint[] = [];
  for (let j = LOGF_MIN; j <= LOGF_MAX; j++) logf.push(2n * fxAtanhRat(BigInt(j), BigInt(256 + j)));
  LOGF = packDD(logf);

  const exp2: bigint[] = [];
  for (let j = 0; j < 64; j++) exp2.push(fxExp((ln2 * BigInt(j)) / 64n));
  EXP2T = packDD(exp2);

  const sins: bigint[] = [];
  const coss: bigint[] = [];
  for (let j = 0; j <= SC_MAX; j++) {
    const a = FX_ONE * BigInt(j) / 64n;
    sins.push(fxSinCos(a, true));
    coss.push(fxSinCos(a, false));
  }
  SINT = packDD(sins);
  COST = packDD(coss);

  const fact: bigint[] = [1n];
  for (let n = 1; n <= 20; n++) fact.push(fact[n - 1] * BigInt(n));
  const packD = (values: bigint[]): Float64Array => Float64Array.from(values, (v) => fxSplit(v, 1)[0]);
  // coefficient of degree n of each series, in fixed point
  const atanhC = (k: number): bigint => FX_ONE / BigInt(2 * k + 1);
  const expC = (n: number): bigint => FX_ONE / fact[n];
  const sinC = (n: number): bigint => ((n & 1 ? -1n : 1n) * FX_ONE) / fact[2 * n + 1];
  const cosC = (n: number): bigint => ((n & 1 ? -1n : 1n) * FX_ONE) / fact[2 * n];
  const degrees = (hi: number, lo: number): number[] => {
    const out: number[] = [];
    for (let n = hi; n >= lo; n--) out.push(n);
    return out;
  };
  // Split points: the first tail term is below 2**-50 relative to the constant term, so double precision there
  // costs less than 2**-103; the last tail term is below 2**-110.
  ATANH_TAIL = packD(degrees(6, 3).map(atanhC));
  ATANH_HEAD = packDD(degrees(2, 0).map(atanhC));
  EXP_TAIL = packD(degrees(12, 6).map(expC));
  EXP_HEAD = packDD(degrees(5, 0).map(expC));
  SIN_TAIL = packD(degrees(7, 3).map(sinC));
  SIN_HEAD = packDD(degrees(2, 0).map(sinC));
  COS_TAIL = packD(degrees(8, 3).map(cosC));
  COS_HEAD = packDD(degrees(2, 0).map(cosC));
  tablesReady = true;
}

// ---------------------------------------------------------------------------------------------------------------
// Correctly rounded log / exp / sin / cos / acos / pow (as CPython's math module and float ** see them)
// ---------------------------------------------------------------------------------------------------------------

function domainError(): RandomArgError {
  return new RandomArgError('ValueError', 'math domain error');
}

/** ln(x) as a double-double in (R[0], R[1]), for finite x > 0. */
function logDD(x: number): void {
  if (!tablesReady) initTables();
  F64[0] = x;
  let hi = U32[HI];
  let e = hi >>> 20;
  if (e === 0) {
    F64[0] = x * 18014398509481984; // 2**54: make a subnormal normal
    hi = U32[HI];
    e = (hi >>> 20) - 54;
  }
  e -= 1023;
  U32[HI] = (hi & 0xfffff) | 0x3ff00000;
  let m = F64[0]; // x = m * 2**e, m in [1, 2)
  if (m > 1.4142135623730951) {
    m *= 0.5;
    e++;
  }
  // m = F * (1 + f/F) with F = 1 + j/128; log(1 + f/F) = 2 atanh(s), s = f / (F + m).
  const j = Math.round((m - 1) * 128);
  const F = 1 + j / 128;
  const f = m - F; // exact (Sterbenz)
  twoSum(F, m);
  ddDiv(f, 0, R[0], R[1]);
  const sh = R[0];
  const sl = R[1];
  ddMul(sh, sl, sh, sl);
  polyMixed(ATANH_TAIL, ATANH_HEAD, R[0], R[1]);
  ddMul(R[0], R[1], sh, sl);
  const th = 2 * R[0];
  const tl = 2 * R[1];
  if (e === 0 && j === 0) {
    R[0] = th;
    R[1] = tl;
    return;
  }
  // e * ln2 (triple) + log(F) + t
  twoProd(e, LN2_0);
  const a0 = R[0];
  const a1 = R[1];
  twoProd(e, LN2_1);
  const b0 = R[0];
  const b1 = R[1] + e * LN2_2;
  ddAdd(a0, a1, b0, b1);
  const idx = 2 * (j - LOGF_MIN);
  ddAdd(R[0], R[1], LOGF[idx], LOGF[idx + 1]);
  ddAdd(R[0], R[1], th, tl);
}

/** math.log(x). */
export function crLog(x: number): number {
  if (x > 0) {
    if (x === Infinity) return x;
    logDD(x);
    return R[0];
  }
  if (x !== x) return x;
  throw domainError();
}

/**
 * exp(xh + xl) = 2**m * (R[0] + R[1]); returns m. xl is a small correction (|xl| <= ulp(xh)); |xh| <= ~746.
 */
function expCore(xh: number, xl: number): number {
  if (!tablesReady) initTables();
  const k = Math.round(xh * 92.33248261689366); // 64 / ln 2
  // r = xh + xl - k * ln2/64, with ln2/64 as a triple-double
  twoProd(k, L64_0);
  const p1 = R[0];
  const e1 = R[1];
  twoSum(xh, -p1);
  const s1 = R[0];
  const s2 = R[1];
  twoProd(k, L64_1);
  const p2 = R[0];
  const e2 = R[1];
  ddAdd(s1, s2, -p2, -e2);
  ddAdd(R[0], R[1], -e1, xl - k * L64_2);
  const r0 = R[0];
  const r1 = R[1];
  polyMixed(EXP_TAIL, EXP_HEAD, r0, r1);
  const idx = 2 * (k & 63);
  ddMul(R[0], R[1], EXP2T[idx], EXP2T[idx + 1]);
  return k >> 6;
}

/** (h + l) * 2**m rounded once to a double (h + l normalised). */
function scaleDD(h: number, l: number, m: number): number {
  if (m >= -1022) {
    if (m <= 1023) return h * pow2(m);
    return h * pow2(1023) * pow2(m - 1023);
  }
  // Subnormal result: round h + l (not h) to the subnormal grid.
  const c = h * pow2(m + 1000);
  const d = l * pow2(m + 1000);
  let t = c * pow2(-1000);
  const back = t * pow2(1000);
  const rem = c - back + d;
  const half = pow2(-75); // half the grid step 2**-1074, in units scaled by 2**1000
  if (rem > half) t += 5e-324;
  else if (rem < -half) t -= 5e-324;
  return t;
}

/** math.exp(x). */
export function crExp(x: number): number {
  if (x !== x) return x;
  if (x > 709.8) {
    if (x === Infinity) return x;
    throw new RandomArgError('OverflowError', 'math range error');
  }
  if (x < -745.2) return 0;
  const m = expCore(x, 0);
  const r = scaleDD(R[0], R[1], m);
  if (r === Infinity) throw new RandomArgError('OverflowError', 'math range error');
  return r;
}

// sinCosDD's results: sin(x) = SC[0] + SC[1], cos(x) = SC[2] + SC[3].
const SC = new Float64Array(4);

/** sin(x) and cos(x) as double-doubles in (SC[0], SC[1]), (SC[2], SC[3]); x finite, |x| < 2**20. */
function sinCosDD(x: number): void {
  if (!tablesReady) initTables();
  const k = Math.round(x * 0.6366197723675814); // 2 / pi
  // r = x - k * pi/2 with pi/2 as a triple-double
  twoProd(k, PIO2_0);
  const p1 = R[0];
  const e1 = R[1];
  twoSum(x, -p1);
  const s1 = R[0];
  const s2 = R[1];
  twoProd(k, PIO2_1);
  const p2 = R[0];
  const e2 = R[1];
  ddAdd(s1, s2, -p2, -e2);
  ddAdd(R[0], R[1], -e1, -k * PIO2_2);
  // r = j/64 + t, |t| <= 1/128
  const j = Math.round(R[0] * 64);
  twoSum(R[0] - j / 64, R[1]); // R[0] - j/64 is exact
  const th = R[0];
  const tl = R[1];
  ddMul(th, tl, th, tl);
  const uh = R[0];
  const ul = R[1];
  polyMixed(SIN_TAIL, SIN_HEAD, uh, ul);
  ddMul(R[0], R[1], th, tl);
  let sh = R[0];
  let sl = R[1];
  polyMixed(COS_TAIL, COS_HEAD, uh, ul);
  let ch = R[0];
  let cl = R[1];
  if (j !== 0) {
    const aj = j < 0 ? -j : j;
    let sah = SINT[2 * aj];
    let sal = SINT[2 * aj + 1];
    if (j < 0) {
      sah = -sah;
      sal = -sal;
    }
    const cah = COST[2 * aj];
    const cal = COST[2 * aj + 1];
    // sin(a + t) = sin a cos t + cos a sin t ; cos(a + t) = cos a cos t - sin a sin t
    ddMul(sah, sal, ch, cl);
    const x1 = R[0];
    const x2 = R[1];
    ddMul(cah, cal, sh, sl);
    ddAdd(x1, x2, R[0], R[1]);
    const nsh = R[0];
    const nsl = R[1];
    ddMul(cah, cal, ch, cl);
    const y1 = R[0];
    const y2 = R[1];
    ddMul(sah, sal, sh, sl);
    ddAdd(y1, y2, -R[0], -R[1]);
    ch = R[0];
    cl = R[1];
    sh = nsh;
    sl = nsl;
  }
  switch (k & 3) {
    case 0:
      SC[0] = sh; SC[1] = sl; SC[2] = ch; SC[3] = cl;
      break;
    case 1:
      SC[0] = ch; SC[1] = cl; SC[2] = -sh; SC[3] = -sl;
      break;
    case 2:
      SC[0] = -sh; SC[1] = -sl; SC[2] = -ch; SC[3] = -cl;
      break;
    default:
      SC[0] = -ch; SC[1] = -cl; SC[2] = sh; SC[3] = sl;
      break;
  }
}

/** math.sin(x). */
export function crSin(x: number): number {
  if (x === 0 || x !== x) return x;
  if (x === Infinity || x === -Infinity) throw domainError();
  if (x > 1048576 || x < -1048576) return Math.sin(x); // never reached by the random module
  sinCosDD(x);
  return SC[0];
}

/** math.cos(x). */
export function crCos(x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) throw domainError();
  if (x > 1048576 || x < -1048576) return Math.cos(x); // never reached by the random module
  if (x === 0) return 1;
  sinCosDD(x);
  return SC[2];
}

/** asin(zh + zl) as a double-double in (R[0], R[1]), for |z| <= ~0.71: one Newton step from Math.asin. */
function asinDD(zh: number, zl: number): void {
  if (zh === 0) {
    R[0] = zh;
    R[1] = 0;
    return;
  }
  const y0 = Math.asin(zh);
  sinCosDD(y0);
  ddAdd(zh, zl, -SC[0], -SC[1]);
  const corr = R[0] / SC[2];
  const s = y0 + corr;
  R[1] = corr - (s - y0);
  R[0] = s;
}

/** sqrt(a) as a double-double in (R[0], R[1]), a >= 0. */
function sqrtDD(a: number): void {
  const s = Math.sqrt(a);
  if (s === 0) {
    R[0] = s;
    R[1] = 0;
    return;
  }
  twoProd(s, s);
  const e = (a - R[0] - R[1]) / (2 * s);
  const h = s + e;
  R[1] = e - (h - s);
  R[0] = h;
}

/** math.acos(x). */
export function crAcos(x: number): number {
  if (x !== x) return x;
  if (x > 1 || x < -1) throw domainError();
  if (!tablesReady) initTables();
  if (x <= 0.5 && x >= -0.5) {
    asinDD(x, 0);
    ddAdd(PIO2_0, PIO2_1, -R[0], -R[1]);
    return R[0];
  }
  if (x > 0) {
    sqrtDD((1 - x) * 0.5);
    asinDD(R[0], R[1]);
    return 2 * R[0];
  }
  sqrtDD((1 + x) * 0.5);
  asinDD(R[0], R[1]);
  const ah = R[0];
  const al = R[1];
  ddAdd(2 * PIO2_0, 2 * PIO2_1, -2 * ah, -2 * al);
  return R[0];
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) % 2 === 1;
}

/** Python's float ** float (float_pow), with the platform pow replaced by a correctly rounded one. */
export function pyPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    if (y > 0 === ax > 1) return Infinity;
    return 0;
  }
  if (x === Infinity || x === -Infinity) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Infinity;
    return odd && x < 0 ? -0 : 0;
  }
  if (x === 0) {
    const odd = isOddInteger(y);
    if (y < 0) throw new RandomArgError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return odd ? x : 0;
  }
  let negate = false;
  if (x < 0) {
    // A negative base with a fractional exponent gives a complex number in Python; the random module never
    // gets here, so report it as a domain error rather than inventing a complex result.
    if (y !== Math.floor(y)) throw domainError();
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1) return negate ? -1 : 1;
  let r: number;
  if (y === 1) r = x;
  else if (y === 2) r = x * x;
  else if (y === -1) r = 1 / x;
  else if (y === 0.5) r = Math.sqrt(x);
  else {
    logDD(x);
    ddMulD(R[0], R[1], y);
    const wh = R[0];
    const wl = R[1];
    if (wh > 710) r = Infinity;
    else if (wh < -746) r = 0;
    else {
      const m = expCore(wh, wl);
      r = scaleDD(R[0], R[1], m);
    }
  }
  if (r === Infinity) throw new RandomArgError('OverflowError', "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

/** math.sqrt(x). */
function pySqrt(x: number): number {
  if (x < 0) throw domainError();
  return Math.sqrt(x);
}

/** Python's float % float for a positive finite divisor (float_rem). */
function pyMod(x: number, y: number): number {
  let mod = x % y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) mod += y;
  } else {
    mod = y < 0 ? -0 : 0;
  }
  return mod;
}

function notAnInteger(): RandomArgError {
  return new RandomArgError('TypeError', "'float' object cannot be interpreted as an integer");
}

function zeroDivision(): RandomArgError {
  return new RandomArgError('ZeroDivisionError', 'float division by zero');
}

// ---------------------------------------------------------------------------------------------------------------
// Hash of a float (CPython's _Py_HashDouble semantics) for seeding with a float
// ---------------------------------------------------------------------------------------------------------------

const HASH_MODULUS = (1n << 61n) - 1n;

/** hash(x) for a Python float x, as CPython 3.11 (64-bit) computes it. NaN (identity-hashed there) gives 0. */
export function floatHash(x: number): Int {
  if (x !== x) return 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (x === 0) return 0;
  const neg = x < 0;
  F64[0] = neg ? -x : x;
  const hi = U32[HI];
  const lo = U32[LO];
  const field = hi >>> 20;
  let mant = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let exp: number;
  if (field === 0) exp = -1074;
  else {
    mant += 1n << 52n;
    exp = field - 1075;
  }
  // value = mant * 2**exp; 2**61 = 1 (mod 2**61 - 1), so 2**exp = 2**(exp mod 61)
  const e = ((exp % 61) + 61) % 61;
  let h = ((mant % HASH_MODULUS) << BigInt(e)) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

// ---------------------------------------------------------------------------------------------------------------
// Int helpers
// ---------------------------------------------------------------------------------------------------------------

function toBig(v: Int): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** Python floor division of bigints. */
function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** int(x) for a randrange argument, with CPython 3.11's errors for non-integral floats. */
function rangeArg(v: Int, which: string): Int {
  if (typeof v === 'bigint') return normBig(v);
  if (Number.isSafeInteger(v)) return v;
  if (v !== v) throw new RandomArgError('ValueError', 'cannot convert float NaN to integer');
  if (v === Infinity || v === -Infinity) {
    throw new RandomArgError('OverflowError', 'cannot convert float infinity to integer');
  }
  if (!Number.isInteger(v)) throw new RandomArgError('ValueError', `non-integer ${which} for randrange()`);
  return BigInt(v); // an integral float beyond 2**53 converts exactly
}

/**
 * Addition as Python's `+` sees the VM's numbers: a safe integral number is an int, any other number a float;
 * int + int is exact (bigint when needed), anything with a float is float addition.
 */
function pyAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s) || !Number.isSafeInteger(a) || !Number.isSafeInteger(b)) return s;
    return normBig(BigInt(a) + BigInt(b));
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') return normBig(a + b);
  const big = (typeof a === 'bigint' ? a : b) as bigint;
  const num = (typeof a === 'number' ? a : b) as number;
  if (Number.isSafeInteger(num)) return normBig(big + BigInt(num));
  return Number(big) + num;
}

/** bisect.bisect_right(a, x, lo, hi) with exact mixed number/bigint comparisons. */
function bisectRight(a: ArrayLike<Int>, x: Int, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------------------------
// Seeding helpers
// ---------------------------------------------------------------------------------------------------------------

/** str.encode() (UTF-8, strict): lone surrogates raise UnicodeEncodeError as in CPython. */
export function utf8Encode(s: string): Uint8Array {
  const out: number[] = [];
  let pos = 0; // code point position, for the error message
  for (let i = 0; i < s.length; i++, pos++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        throw new RandomArgError(
          'UnicodeEncodeError',
          `'utf-8' codec can't encode character '\\u${c.toString(16).padStart(4, '0')}' in position ${pos}: ` +
            'surrogates not allowed',
        );
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** The int CPython's version-2 seeding derives from bytes: int.from_bytes(a + sha512(a).digest(), 'big'). */
function bytesSeedKey(bytes: Uint8Array): number[] {
  const digest = sha512(bytes);
  const all = new Uint8Array(bytes.length + 64);
  all.set(bytes);
  all.set(digest, bytes.length);
  return bigEndianBytesToKey(all);
}

/** The version-1 seed of str/bytes (code points, or latin-1 bytes). */
function version1Seed(codes: number[]): bigint {
  const mask = (1n << 64n) - 1n;
  let x = codes.length ? BigInt(codes[0]) << 7n : 0n;
  for (const c of codes) x = ((1000003n * x) ^ BigInt(c)) & mask;
  x ^= BigInt(codes.length);
  return x;
}

function entropyKey(): Uint32Array {
  const key = new Uint32Array(624);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => unknown } }).crypto;
  if (c && typeof c.getRandomValues === 'function') {
    c.getRandomValues(key);
  } else {
    // No system entropy: fall back on time and Math.random (CPython falls back on time and pid).
    const now = Date.now();
    for (let i = 0; i < key.length; i++) key[i] = (Math.random() * TWO32) ^ (now + i * 2654435761);
  }
  return key;
}

// ---------------------------------------------------------------------------------------------------------------
// Constants of Lib/random.py (the doubles CPython computes at import)
// ---------------------------------------------------------------------------------------------------------------

const NV_MAGICCONST = 1.7155277699214135; // 4 * exp(-0.5) / sqrt(2.0)
const TWOPI = 6.283185307179586;
const LOG4 = 1.3862943611198906;
const SG_MAGICCONST = 2.504077396776274; // 1.0 + log(4.5)
const E = 2.718281828459045;
const PI = 3.141592653589793;

/** Python-side state: (version, 625 C-level ints, gauss_next). */
export type RandomState = [version: number, internal: number[], gaussNext: number | null];

/** Seed argument: None (null/undefined), an int, a bool, a str, or bytes/bytearray. */
export type SeedArg = Int | boolean | string | Uint8Array | null | undefined;

// ---------------------------------------------------------------------------------------------------------------
// random.Random
// ---------------------------------------------------------------------------------------------------------------

export class RandomCore {
  /** The MT19937 generator (CPython's _random.Random). */
  readonly gen: MersenneTwister;
  /** Cached second value of gauss() (CPython's self.gauss_next). */
  gaussNext: number | null = null;

  constructor(a?: SeedArg) {
    this.gen = new MersenneTwister();
    this.seed(a);
  }

  // ---- seeding and state ----

  /**
   * Random.seed(a, version=2). Numbers that are safe integers are Python ints; any other number is taken as a
   * Python float (hashed, like CPython). An integral Python float (1.0, -3.0) must go through seedFloat(), since
   * CPython seeds floats through hash(), which differs from the int path for negative values.
   */
  seed(a?: SeedArg, version: number = 2): void {
    const gen = this.gen;
    if (a === null || a === undefined) {
      gen.initByArray(entropyKey());
    } else if (typeof a === 'boolean') {
      gen.initByArray([a ? 1 : 0]);
    } else if (typeof a === 'bigint') {
      gen.initByArray(intToKey(a));
    } else if (typeof a === 'number') {
      if (Number.isSafeInteger(a)) gen.initByArray(intToKey(a));
      else this.seedHash(floatHash(a));
    } else if (typeof a === 'string' || a instanceof Uint8Array) {
      if (version === 1) {
        const codes: number[] = [];
        if (typeof a === 'string') for (const ch of a) codes.push(ch.codePointAt(0) as number);
        else for (let i = 0; i < a.length; i++) codes.push(a[i]);
        gen.initByArray(intToKey(version1Seed(codes)));
      } else if (version === 2) {
        gen.initByArray(bytesSeedKey(typeof a === 'string' ? utf8Encode(a) : a));
      } else {
        // CPython falls back on hash(a), which is salted per process for str/bytes: not reproducible anyway.
        gen.initByArray(entropyKey());
      }
    } else {
      throw new RandomArgError(
        'TypeError',
        'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.',
      );
    }
    this.gaussNext = null;
  }

  /** seed(x) for a Python float x (including integral ones such as -1.0). */
  seedFloat(x: number): void {
    this.seedHash(floatHash(x));
  }

  /** Seed from a precomputed Python hash value (CPython casts it to an unsigned 64-bit size_t). */
  seedHash(h: Int): void {
    let v = toBig(h);
    if (v < 0n) v += 1n << 64n;
    this.gen.initByArray(intToKey(v));
    this.gaussNext = null;
  }

  /** Random.getstate(): (3, the 625-tuple, gauss_next). */
  getstate(): RandomState {
    return [3, this.gen.getstate(), this.gaussNext];
  }

  /** Random.setstate(state); accepts versions 3 and 2 like CPython. */
  setstate(state: ArrayLike<unknown>): void {
    const version = state[0];
    if (version === 3 || version === 2) {
      if (state.length > 3) throw new RandomArgError('ValueError', 'too many values to unpack (expected 3)');
      if (state.length < 3) {
        throw new RandomArgError('ValueError', `not enough values to unpack (expected 3, got ${state.length})`);
      }
      this.gaussNext = (state[2] ?? null) as number | null;
      const internal = state[1] as ArrayLike<Int>;
      if (version === 3) {
        this.gen.setstate(internal);
      } else {
        // Version 2 stored signed ints: take each modulo 2**32.
        const conv: Int[] = [];
        for (let i = 0; i < internal.length; i++) {
          const v = internal[i];
          conv.push(typeof v === 'bigint' ? normBig(((v % TWO32B) + TWO32B) % TWO32B) : ((v % TWO32) + TWO32) % TWO32);
        }
        this.gen.setstate(conv);
      }
      return;
    }
    throw new RandomArgError(
      'ValueError',
      `state with version ${String(version)} passed to Random.setstate() of version 3`,
    );
  }

  // ---- the core generator ----

  /** random(): float in [0.0, 1.0). */
  random(): number {
    return this.gen.random();
  }

  /** getrandbits(k). */
  getrandbits(k: Int): Int {
    if (typeof k === 'number' && !Number.isInteger(k)) throw notAnInteger();
    if (typeof k === 'bigint' || k > 2147483647 || k < -2147483648) {
      throw new RandomArgError('OverflowError', 'Python int too large to convert to C int');
    }
    return this.gen.getrandbits(k);
  }

  /** randbytes(n) == getrandbits(n * 8).to_bytes(n, 'little'). */
  randbytes(n: Int): Uint8Array {
    if (typeof n === 'number' && !Number.isInteger(n)) throw notAnInteger();
    if (typeof n === 'bigint' || n * 8 > 2147483647 || n * 8 < -2147483648) {
      throw new RandomArgError('OverflowError', 'Python int too large to convert to C int');
    }
    return this.gen.randbytes(n);
  }

  /** _randbelow(n) for a safe integer 1 <= n <= 2**53 - 1 (no allocation). */
  randbelowNum(n: number): number {
    const gen = this.gen;
    if (n <= 0xffffffff) {
      const shift = Math.clz32(n); // 32 - n.bit_length()
      let r = gen.nextU32() >>> shift;
      while (r >= n) r = gen.nextU32() >>> shift;
      return r;
    }
    const k = bitLengthNum(n);
    let r = gen.bitsNum(k);
    while (r >= n) r = gen.bitsNum(k);
    return r;
  }

  /** _randbelow_with_getrandbits(n), n > 0. */
  _randbelow(n: Int): Int {
    if (typeof n === 'number') {
      if (n >= 1 && n <= MAX_SAFE) return this.randbelowNum(n);
      if (!(n >= 1)) throw new RandomArgError('ValueError', '_randbelow() requires n > 0');
      n = BigInt(n);
    }
    if (n <= 9007199254740991n) {
      if (n < 1n) throw new RandomArgError('ValueError', '_randbelow() requires n > 0');
      return this.randbelowNum(Number(n));
    }
    const k = bitLengthBig(n);
    let r = this.gen.bitsBig(k);
    while (r >= n) r = this.gen.bitsBig(k);
    return normBig(r);
  }

  // ---- integer methods ----

  /** randrange(start, stop=None, step=1) with CPython 3.11's checks and messages. */
  randrange(start: Int, stop?: Int | null, step?: Int): Int {
    // Fast path: randrange(a, b) on safe ints with a non-empty range.
    if (step === undefined && typeof start === 'number' && typeof stop === 'number') {
      const width = stop - start;
      if (width > 0 && width <= MAX_SAFE && Number.isSafeInteger(start) && Number.isSafeInteger(stop)) {
        return start + this.randbelowNum(width);
      }
    }
    return this.randrangeSlow(start, stop, step);
  }

  private randrangeSlow(start: Int, stop: Int | null | undefined, step: Int | undefined): Int {
    const istart = rangeArg(start, 'arg 1');
    if (stop === null || stop === undefined) {
      if (step !== undefined && step !== 1) throw new RandomArgError('TypeError', 'Missing a non-None stop argument');
      if (istart > 0) return this._randbelow(istart);
      throw new RandomArgError('ValueError', 'empty range for randrange()');
    }
    const istop = rangeArg(stop, 'stop');
    let width: Int;
    if (typeof istart === 'number' && typeof istop === 'number') {
      width = istop - istart;
      if (!Number.isSafeInteger(width)) width = BigInt(istop) - BigInt(istart);
    } else {
      width = normBig(toBig(istop) - toBig(istart));
    }
    const istep = rangeArg(step === undefined ? 1 : step, 'step');
    if (istep === 1) {
      if (width > 0) return addInt(istart, this._randbelow(width));
      throw new RandomArgError(
        'ValueError',
        `empty range for randrange() (${String(istart)}, ${String(istop)}, ${String(width)})`,
      );
    }
    let n: Int;
    if (
      typeof width === 'number' && typeof istep === 'number' &&
      width < 2147483648 && width > -2147483648 && istep < 2147483648 && istep > -2147483648
    ) {
      if (istep > 0) n = Math.floor((width + istep - 1) / istep);
      else if (istep < 0) n = Math.floor((width + istep + 1) / istep);
      else throw new RandomArgError('ValueError', 'zero step for randrange()');
      if (n <= 0) throw new RandomArgError('ValueError', 'empty range for randrange()');
      return addInt(istart, istep * this.randbelowNum(n)); // |istep * r| < |width| < 2**31
    }
    const w = toBig(width);
    const s = toBig(istep);
    let nb: bigint;
    if (s > 0n) nb = floorDivBig(w + s - 1n, s);
    else if (s < 0n) nb = floorDivBig(w + s + 1n, s);
    else throw new RandomArgError('ValueError', 'zero step for randrange()');
    if (nb <= 0n) throw new RandomArgError('ValueError', 'empty range for randrange()');
    return normBig(toBig(istart) + s * toBig(this._randbelow(normBig(nb))));
  }

  /** randint(a, b) == randrange(a, b + 1). */
  randint(a: Int, b: Int): Int {
    if (typeof a === 'number' && typeof b === 'number') {
      const width = b - a + 1;
      if (width > 0 && width <= MAX_SAFE && Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
        return a + this.randbelowNum(width);
      }
    }
    return this.randrangeSlow(a, pyAdd(b, 1), undefined);
  }

  // ---- sequence methods (on indices) ----

  /** choice(seq): the index to pick from a sequence of the given length. */
  choice(length: number): number {
    if (!(length > 0)) throw new RandomArgError('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelowNum(length);
  }

  /** shuffle(x) in place (CPython's Fisher-Yates order). */
  shuffle<T>(x: { length: number; [i: number]: T }): void {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelowNum(i + 1);
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  /**
   * sample(population, k) as the indices into a population of length n, in CPython's selection order
   * (pool-based or set-based branch by CPython's setsize rule).
   */
  sample(n: Int, k: Int): Int[] {
    if (typeof n === 'bigint') n = normBig(n);
    if (typeof k === 'bigint') k = normBig(k);
    if (!(k >= 0 && k <= n)) throw new RandomArgError('ValueError', 'Sample larger than population or is negative');
    if (typeof k === 'bigint') throw new RandomArgError('MemoryError', '');
    if (!Number.isSafeInteger(k)) {
      throw new RandomArgError('TypeError', "can't multiply sequence by non-int of type 'float'");
    }
    const result = new Array<Int>(k);
    let setsize = 21; // size of a small set minus size of an empty list
    if (k > 5) {
      const m = Math.ceil(Math.log(k * 3) / Math.log(4));
      let p = 1;
      for (let i = 0; i < m; i++) p *= 4;
      setsize += p;
    }
    if (n <= setsize) {
      const nn = n as number;
      const pool = new Array<number>(nn);
      for (let i = 0; i < nn; i++) pool[i] = i;
      for (let i = 0; i < k; i++) {
        const j = this.randbelowNum(nn - i);
        result[i] = pool[j];
        pool[j] = pool[nn - i - 1];
      }
    } else if (typeof n === 'number') {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelowNum(n);
        while (selected.has(j)) j = this.randbelowNum(n);
        selected.add(j);
        result[i] = j;
      }
    } else {
      const selected = new Set<Int>();
      for (let i = 0; i < k; i++) {
        let j = this._randbelow(n);
        while (selected.has(j)) j = this._randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /**
   * sample(population, k, counts=counts) as indices into the population: CPython samples range(total) and maps
   * each selection through bisect on the cumulative counts. (The glue checks the counts are ints.)
   */
  sampleCounts(counts: ArrayLike<Int>, k: Int, populationLength: number = counts.length): number[] {
    const cum: Int[] = [];
    let acc: Int = 0;
    for (let i = 0; i < counts.length; i++) {
      acc = i === 0 ? counts[0] : pyAdd(acc, counts[i]);
      cum.push(acc);
    }
    if (cum.length !== populationLength) {
      throw new RandomArgError('ValueError', 'The number of counts does not match the population');
    }
    const total = cum.pop();
    if (total === undefined) throw new RandomArgError('IndexError', 'pop from empty list');
    if (total <= 0) throw new RandomArgError('ValueError', 'Total of counts must be greater than zero');
    const selections = this.sample(total, k);
    const out = new Array<number>(selections.length);
    for (let i = 0; i < selections.length; i++) out[i] = bisectRight(cum, selections[i], 0, cum.length);
    return out;
  }

  /**
   * choices(population, weights=None, *, cum_weights=None, k=1) as indices into a population of length n.
   * Weights are VM numbers (safe integral numbers count as ints, other numbers as floats) or bigints.
   */
  choices(n: number, weights: ArrayLike<Int> | null = null, cumWeights: ArrayLike<Int> | null = null, k = 1): number[] {
    let cum: ArrayLike<Int>;
    if (cumWeights === null) {
      if (weights === null) {
        if (!Number.isSafeInteger(k)) throw notAnInteger();
        const count = k > 0 ? k : 0;
        const out = new Array<number>(count);
        if (count > 0 && n === 0) {
          this.random();
          throw new RandomArgError('IndexError', 'list index out of range');
        }
        for (let i = 0; i < count; i++) out[i] = Math.floor(this.random() * n);
        return out;
      }
      const acc: Int[] = [];
      let s: Int = 0;
      for (let i = 0; i < weights.length; i++) {
        s = i === 0 ? weights[0] : pyAdd(s, weights[i]);
        acc.push(s);
      }
      cum = acc;
    } else {
      if (weights !== null) throw new RandomArgError('TypeError', 'Cannot specify both weights and cumulative weights');
      cum = cumWeights;
    }
    if (cum.length !== n) throw new RandomArgError('ValueError', 'The number of weights does not match the population');
    if (n === 0) throw new RandomArgError('IndexError', 'list index out of range');
    const last = cum[n - 1];
    const total = typeof last === 'bigint' ? Number(last) : last + 0.0;
    if (typeof last === 'bigint' && (total === Infinity || total === -Infinity)) {
      throw new RandomArgError('OverflowError', 'int too large to convert to float');
    }
    if (total <= 0.0) throw new RandomArgError('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw new RandomArgError('ValueError', 'Total of weights must be finite');
    const hi = n - 1;
    if (!Number.isSafeInteger(k)) throw notAnInteger();
    const count = k > 0 ? k : 0;
    const out = new Array<number>(count);
    for (let i = 0; i < count; i++) out[i] = bisectRight(cum, this.random() * total, 0, hi);
    return out;
  }

  // ---- real-valued distributions ----

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    let u = this.random();
    let c: number;
    if (mode === null) c = 0.5;
    else {
      const d = high - low;
      if (d === 0) return low; // ZeroDivisionError is caught by CPython: return low
      c = (mode - low) / d;
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      const t = low;
      low = high;
      high = t;
    }
    return low + (high - low) * pySqrt(u * c);
  }

  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -crLog(u2)) break;
    }
    return mu + z * sigma;
  }

  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = pySqrt(-2.0 * crLog(1.0 - this.random()));
      z = crCos(x2pi) * g2rad;
      this.gaussNext = crSin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu: number, sigma: number): number {
    return crExp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd: number): number {
    const v = -crLog(1.0 - this.random());
    if (lambd === 0) throw zeroDivision();
    return v / lambd;
  }

  vonmisesvariate(mu: number, kappa: number): number {
    if (kappa <= 1e-6) return TWOPI * this.random();
    if (kappa !== kappa) return NaN; // CPython loops forever here
    const s = 0.5 / kappa;
    const r = s + pySqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = crCos(PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * crExp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    if (u3 > 0.5) return pyMod(mu + crAcos(f), TWOPI);
    return pyMod(mu - crAcos(f), TWOPI);
  }

  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) {
      throw new RandomArgError('ValueError', 'gammavariate: alpha and beta must be > 0.0');
    }
    if (alpha !== alpha || alpha === Infinity) return NaN; // CPython loops forever here
    if (alpha > 1.0) {
      // R.C.H. Cheng's method, as in CPython
      const ainv = pySqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = crLog(u1 / (1.0 - u1)) / ainv;
        const x = alpha * crExp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= crLog(z)) return x * beta;
      }
    }
    if (alpha === 1.0) return -crLog(1.0 - this.random()) * beta;
    // alpha in (0, 1): algorithm GS (Kennedy & Gentle), as in CPython
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (E + alpha) / E;
      const p = b * u;
      if (p <= 1.0) x = pyPow(p, 1.0 / alpha);
      else x = -crLog((b - p) / alpha);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= pyPow(x, alpha - 1.0)) break;
      } else if (u1 <= crExp(-x)) break;
    }
    return x * beta;
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1.0);
    if (y !== 0) return y / (y + this.gammavariate(beta, 1.0));
    return 0.0;
  }

  paretovariate(alpha: number): number {
    const u = 1.0 - this.random();
    if (alpha === 0) throw zeroDivision();
    return pyPow(u, -1.0 / alpha);
  }

  weibullvariate(alpha: number, beta: number): number {
    const u = 1.0 - this.random();
    const base = -crLog(u);
    if (beta === 0) throw zeroDivision();
    return alpha * pyPow(base, 1.0 / beta);
  }
}

const TWO32B = 4294967296n;

/** Python int addition of two VM ints. */
function addInt(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
    return normBig(BigInt(a) + BigInt(b));
  }
  return normBig(toBig(a) + toBig(b));
}
