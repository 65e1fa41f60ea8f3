// Integer functions of the math module: factorial, comb, perm, gcd, lcm, isqrt. Exact for any size: JS
// numbers while the values stay below 2**53, bigints beyond (results normalised as the VM requires).
import { normBig, MAX_SAFE, None } from '../runtime/object.js';
import { valueErr, overflowErr } from '../runtime/exceptions.js';
import { index } from '../runtime/convert.js';
import type { Int } from '../runtime/numeric.js';
import { bitLen } from '../runtime/builtins/num-common.js';

const SMALL_FACT: number[] = [1];
for (let i = 1; i <= 18; i++) SMALL_FACT.push(SMALL_FACT[i - 1] * i);

/** Product lo * (lo+1) * ... * hi (hi >= lo - 1) by binary splitting. */
function rangeProd(lo: bigint, hi: bigint): bigint {
  const n = hi - lo + 1n;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let r = lo;
    for (let i = lo + 1n; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProd(lo, mid) * rangeProd(mid + 1n, hi);
}

const isNeg = (x: Int) => (typeof x === 'number' ? x < 0 : x < 0n);

export function factorial(a: any): Int {
  const n = index(a);
  if (isNeg(n)) throw valueErr('factorial() not defined for negative values');
  if (typeof n === 'bigint') {
    if (n > 9223372036854775807n) throw overflowErr('factorial() argument should not exceed 9223372036854775807');
    throw overflowErr('factorial() argument should not exceed 9223372036854775807'); // far too large to compute anyway
  }
  if (n <= 18) return SMALL_FACT[n];
  return rangeProd(19n, BigInt(n)) * BigInt(SMALL_FACT[18]);
}

/** n * (n-1) * ... * (n-k+1), divided by k! when `comb` (CPython's perm_comb divide and conquer). */
function permComb(n: bigint, k: bigint, comb: boolean): bigint {
  if (k === 0n) return 1n;
  if (k === 1n) return n;
  if (k <= 20n) {
    if (!comb) return rangeProd(n - k + 1n, n);
    let r = 1n;
    for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
    return r;
  }
  const j = k >> 1n;
  let a = permComb(n, j, comb);
  const b = permComb(n - j, k - j, comb);
  a *= b;
  if (comb) a /= permComb(k, j, true);
  return a;
}

function nonNeg(x: any, what: string): Int {
  const v = index(x);
  if (isNeg(v)) throw valueErr(`${what} must be a non-negative integer`);
  return v;
}

export function comb(nA: any, kA: any): Int {
  const n = nonNeg(nA, 'n');
  const k0 = nonNeg(kA, 'k');
  if (k0 > n) return 0;
  let k: Int = typeof n === 'number' && typeof k0 === 'number' ? Math.min(k0, n - k0) : normBig(minBig(BigInt(k0), BigInt(n) - BigInt(k0)));
  if (typeof n === 'number' && typeof k === 'number') {
    // exact in doubles while the running value stays small: r * (n - k + i) is always divisible by i
    let r = 1;
    let i = 1;
    for (; i <= k; i++) {
      const t = r * (n - k + i);
      if (t > MAX_SAFE) break;
      r = t / i;
    }
    if (i > k) return r;
  }
  if (typeof k === 'bigint') throw overflowErr(`min(n - k, k) must not exceed 9223372036854775807`);
  return normBig(permComb(BigInt(n), BigInt(k), true));
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

export function perm(nA: any, kA: any): Int {
  if (kA === undefined || kA === None) return factorial(nA);
  const n = nonNeg(nA, 'n');
  const k = nonNeg(kA, 'k');
  if (k > n) return 0;
  if (typeof n === 'number' && typeof k === 'number') {
    let r = 1;
    let i = 0;
    for (; i < k; i++) {
      const t = r * (n - i);
      if (t > MAX_SAFE) break;
      r = t;
    }
    if (i === k) return r;
  }
  if (typeof k === 'bigint') throw overflowErr('k must not exceed 9223372036854775807');
  return normBig(permComb(BigInt(n), BigInt(k), false));
}

function gcd2(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) {
      const t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  let x = BigInt(a);
  let y = BigInt(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return normBig(x);
}

export function gcd(...args: any[]): Int {
  let g: Int = 0;
  for (let i = 0; i < args.length; i++) {
    const v = index(args[i]);
    g = gcd2(g, v);
  }
  return g;
}

export function lcm(...args: any[]): Int {
  let l: Int = 1;
  let zero = false;
  for (let i = 0; i < args.length; i++) {
    const v = index(args[i]);
    if (zero) continue;
    if (v === 0 || v === 0n) {
      zero = true;
      continue;
    }
    const g = gcd2(l, v);
    if (typeof l === 'number' && typeof v === 'number' && typeof g === 'number') {
      const r = Math.abs((l / g) * v);
      if (r <= MAX_SAFE) {
        l = r;
        continue;
      }
    }
    let r = (BigInt(l) / BigInt(g)) * BigInt(v);
    if (r < 0n) r = -r;
    l = normBig(r);
  }
  return zero ? 0 : l;
}

/** Integer square root of a nonnegative bigint (Newton from above). */
export function isqrtBig(n: bigint): bigint {
  if (n < 4503599627370496n) return BigInt(isqrtNum(Number(n)));
  const nb = bitLen(n);
  let shift = nb > 1000 ? nb - 1000 : 0;
  if (shift & 1) shift++;
  const top = Number(n >> BigInt(shift));
  let x = (BigInt(Math.ceil(Math.sqrt(top) * (1 + 1e-12))) + 1n) << BigInt(shift / 2);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function isqrtNum(n: number): number {
  let s = Math.floor(Math.sqrt(n));
  while (s * s > n) s--;
  while ((s + 1) * (s + 1) <= n) s++;
  return s;
}

export function isqrt(a: any): Int {
  const n = index(a);
  if (isNeg(n)) throw valueErr('isqrt() argument must be nonnegative');
  if (typeof n === 'number') return isqrtNum(n);
  return normBig(isqrtBig(n));
}
