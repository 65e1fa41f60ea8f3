// The special functions of the math module: gamma/lgamma (CPython's own Lanczos implementation from
// Modules/mathmodule.c) and erf/erfc (the fdlibm algorithm glibc uses, which CPython 3.11 calls).
// Each returns a double and reports errors through `mathErrno` the way the C code sets errno.
import { crExp, crLog, crSin, crCos, pyPow } from './random/algorithms.js';

// Correctly rounded exp/log/pow (as glibc's are, nearly always), so these functions agree with CPython to the
// last bit far more often than with the engine's Math functions. They are not on hot paths.
const exp = (x: number): number => (x > 709 ? Math.exp(x) : crExp(x));
const log = crLog;
const powD = (x: number, y: number): number => pyPow(x, y);

/** 0: none, 1: EDOM (ValueError), 2: ERANGE (OverflowError unless the result is tiny). */
export let mathErrno = 0;
export function clearErrno(): void {
  mathErrno = 0;
}

const LANCZOS_N = 13;
const lanczosG = 6.024680040776729583740234375;
const lanczosGMinusHalf = 5.524680040776729583740234375;
const lanczosNum = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const lanczosDen = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
  1925.0, 66.0, 1.0,
];
const gammaIntegral = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
  6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
  121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];
const NGAMMA_INTEGRAL = 23;
const logpi = 1.144729885849400174143427351353058711647;
const PI = Math.PI;

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_N; --i >= 0; ) {
      num = num * x + lanczosNum[i];
      den = den * x + lanczosDen[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczosNum[i];
      den = den / x + lanczosDen[i];
    }
  }
  return num / den;
}

/** sin(pi * x), giving exact zeros at integers. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y); // C round(): half away from zero, y >= 0 so Math.round agrees
  let r: number;
  switch (n) {
    case 0:
      r = crSin(PI * y);
      break;
    case 1:
      r = crCos(PI * (y - 0.5));
      break;
    case 2:
      r = crSin(PI * (1.0 - y));
      break;
    case 3:
      r = -crCos(PI * (y - 1.5));
      break;
    default:
      r = crSin(PI * (y - 2.0));
      break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

export function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0.0) return x;
    mathErrno = 1;
    return NaN;
  }
  if (x === 0.0) {
    mathErrno = 1;
    return Object.is(x, -0) ? -Infinity : Infinity;
  }
  if (x === Math.floor(x)) {
    if (x < 0.0) {
      mathErrno = 1;
      return NaN;
    }
    if (x <= NGAMMA_INTEGRAL) return gammaIntegral[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (r === Infinity || r === -Infinity) mathErrno = 2;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    mathErrno = 2;
    return Infinity;
  }
  const y = absx + lanczosGMinusHalf;
  let z: number;
  if (absx > lanczosGMinusHalf) {
    const q = y - absx;
    z = q - lanczosGMinusHalf;
  } else {
    const q = y - lanczosGMinusHalf;
    z = q - absx;
  }
  z = (z * lanczosG) / y;
  let r: number;
  if (x < 0.0) {
    r = ((-PI / sinpi(absx) / absx) * exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= powD(y, absx - 0.5);
    else {
      const sqrtpow = powD(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) r *= powD(y, absx - 0.5);
    else {
      const sqrtpow = powD(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (r === Infinity || r === -Infinity) mathErrno = 2;
  return r;
}

export function lgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x) return x;
    return Infinity;
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      mathErrno = 1;
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -log(absx);
  let r = log(lanczosSum(absx)) - lanczosG;
  r += (absx - 0.5) * (log(absx + lanczosG - 0.5) - 1);
  if (x < 0.0) r = logpi - log(Math.abs(sinpi(absx))) - log(absx) - r;
  if (r === Infinity || r === -Infinity) mathErrno = 2;
  return r;
}

// ---- erf / erfc (fdlibm s_erf.c) ----

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;

function highWord(x: number): number {
  F64[0] = x;
  return U32[HI] | 0;
}
function clearLow(x: number): number {
  F64[0] = x;
  U32[LO] = 0;
  return F64[0];
}

const tiny = 1e-300;
const erx = 8.45062911510467529297e-1;
const efx = 1.28379167095512586316e-1;
const efx8 = 1.02703333676410069053e0;
const pp0 = 1.28379167095512558561e-1;
const pp1 = -3.25042107247001499370e-1;
const pp2 = -2.84817495755985104766e-2;
const pp3 = -5.77027029648944159157e-3;
const pp4 = -2.37630166566501626084e-5;
const qq1 = 3.97917223959155352819e-1;
const qq2 = 6.50222499887672944485e-2;
const qq3 = 5.08130628187576562776e-3;
const qq4 = 1.32494738004321644526e-4;
const qq5 = -3.96022827877536812320e-6;
const pa0 = -2.36211856075265944077e-3;
const pa1 = 4.14856118683748331666e-1;
const pa2 = -3.72207876035701323847e-1;
const pa3 = 3.18346619901161753674e-1;
const pa4 = -1.10894694282396677476e-1;
const pa5 = 3.54783043256182359371e-2;
const pa6 = -2.16637559486879084300e-3;
const qa1 = 1.06420880400844228286e-1;
const qa2 = 5.40397917702171048937e-1;
const qa3 = 7.18286544141962662868e-2;
const qa4 = 1.26171219808761642112e-1;
const qa5 = 1.36370839120290507362e-2;
const qa6 = 1.19844998467991074170e-2;
const ra0 = -9.86494403484714822705e-3;
const ra1 = -6.93858572707181764372e-1;
const ra2 = -1.05586262253232909814e1;
const ra3 = -6.23753324503260060396e1;
const ra4 = -1.62396669462573470355e2;
const ra5 = -1.84605092906711035994e2;
const ra6 = -8.12874355063065934246e1;
const ra7 = -9.81432934416914548592e0;
const sa1 = 1.96512716674392571292e1;
const sa2 = 1.37657754143519042600e2;
const sa3 = 4.34565877475229228821e2;
const sa4 = 6.45387271733267880336e2;
const sa5 = 4.29008140027567833386e2;
const sa6 = 1.08635005541779435134e2;
const sa7 = 6.57024977031928170135e0;
const sa8 = -6.04244152148580987438e-2;
const rb0 = -9.86494292470009928597e-3;
const rb1 = -7.99283237680523006574e-1;
const rb2 = -1.77579549177547519889e1;
const rb3 = -1.60636384855821916062e2;
const rb4 = -6.37566443368389627722e2;
const rb5 = -1.02509513161107724954e3;
const rb6 = -4.83519191608651397019e2;
const sb1 = 3.03380607434824582924e1;
const sb2 = 3.25792512996573918826e2;
const sb3 = 1.53672958608443695994e3;
const sb4 = 3.19985821950859553908e3;
const sb5 = 2.55305040643316442583e3;
const sb6 = 4.74528541206955367215e2;
const sb7 = -2.24409524465858183362e1;

/** erfc tail for |x| >= 1.25: exp(-x*x - 0.5625 + R/S) / x computed as fdlibm does. */
function tail(ax: number, ix: number, cut: number): number {
  const s = 1 / (ax * ax);
  let R: number;
  let S: number;
  // glibc's evaluation order (pairs of terms in powers of s**2)
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  if (ix < cut) {
    const s8 = s4 * s4;
    R = ra0 + s * ra1 + s2 * (ra2 + s * ra3) + s4 * (ra4 + s * ra5) + s6 * (ra6 + s * ra7);
    S = 1 + s * sa1 + s2 * (sa2 + s * sa3) + s4 * (sa4 + s * sa5) + s6 * (sa6 + s * sa7) + s8 * sa8;
  } else {
    R = rb0 + s * rb1 + s2 * (rb2 + s * rb3) + s4 * (rb4 + s * rb5) + s6 * rb6;
    S = 1 + s * sb1 + s2 * (sb2 + s * sb3) + s4 * (sb4 + s * sb5) + s6 * (sb6 + s * sb7);
  }
  const z = clearLow(ax);
  return exp(-z * z - 0.5625) * exp((z - ax) * (z + ax) + R / S);
}

export function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (x !== x) return x;
    return x > 0 ? 1 : -1;
  }
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.125 * (8.0 * x + efx8 * x);
      return x + efx * x;
    }
    const z = x * x;
    const z2 = z * z;
    const z4 = z2 * z2;
    const r = pp0 + z * pp1 + z2 * (pp2 + z * pp3) + z4 * pp4;
    const s = 1 + z * qq1 + z2 * (qq2 + z * qq3) + z4 * (qq4 + z * qq5);
    return x + x * (r / s);
  }
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1;
    const s2 = s * s;
    const s4 = s2 * s2;
    const s6 = s4 * s2;
    const P = pa0 + s * pa1 + s2 * (pa2 + s * pa3) + s4 * (pa4 + s * pa5) + s6 * pa6;
    const Q = 1 + s * qa1 + s2 * (qa2 + s * qa3) + s4 * (qa4 + s * qa5) + s6 * qa6;
    return hx >= 0 ? erx + P / Q : -erx - P / Q;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - tiny : tiny - 1;
  const ax = Math.abs(x);
  const r = tail(ax, ix, 0x4006db6e);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

export function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (x !== x) return x;
    return x > 0 ? 0 : 2;
  }
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const z = x * x;
    const z2 = z * z;
    const z4 = z2 * z2;
    const r = pp0 + z * pp1 + z2 * (pp2 + z * pp3) + z4 * pp4;
    const s = 1 + z * qq1 + z2 * (qq2 + z * qq3) + z4 * (qq4 + z * qq5);
    const y = r / s;
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let t = x * y;
    t += x - 0.5;
    return 0.5 - t;
  }
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1;
    const s2 = s * s;
    const s4 = s2 * s2;
    const s6 = s4 * s2;
    const P = pa0 + s * pa1 + s2 * (pa2 + s * pa3) + s4 * (pa4 + s * pa5) + s6 * pa6;
    const Q = 1 + s * qa1 + s2 * (qa2 + s * qa3) + s4 * (qa4 + s * qa5) + s6 * qa6;
    if (hx >= 0) return 1 - erx - P / Q;
    return 1 + (erx + P / Q);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - tiny;
    const ax = Math.abs(x);
    const r = tail(ax, ix, 0x4006db6d);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? tiny * tiny : 2 - tiny;
}
