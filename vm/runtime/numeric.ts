// Arithmetic on Python ints (JS number or bigint) and floats (raw non-integral number or PyFloat), with
// CPython's results and errors. The operator dispatch in operators.ts calls these once both sides are
// known to be numbers.
import { PyFloat, mkFloat, MAX_SAFE, normBig } from './object.js';
import { zeroDivErr, overflowErr, valueErr } from './exceptions.js';
import { floatPowFull, pyFmod, pyFloorDiv } from './builtins/float.js';

export type Int = number | bigint;

export const big = (x: Int): bigint => (typeof x === 'bigint' ? x : BigInt(x));

function fitsSmall(r: number): boolean {
  return r <= MAX_SAFE && r >= -MAX_SAFE;
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (fitsSmall(r)) return r;
  }
  return normBig(big(a) + big(b));
}
export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (fitsSmall(r)) return r;
  }
  return normBig(big(a) - big(b));
}
export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (fitsSmall(r)) return r + 0;
  }
  return normBig(big(a) * big(b));
}
export function intFloorDiv(a: Int, b: Int): Int {
  if (b === 0 || b === 0n) throw zeroDivErr('integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number' && a < 2147483648 && a > -2147483648 && b < 2147483648 && b > -2147483648)
    return Math.floor(a / b) + 0;
  const A = big(a);
  const B = big(b);
  let q = A / B;
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n;
  return normBig(q);
}
export function intMod(a: Int, b: Int): Int {
  if (b === 0 || b === 0n) throw zeroDivErr('integer modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  const B = big(b);
  let r = big(a) % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return normBig(r);
}
export function intTrueDiv(a: Int, b: Int): number | PyFloat {
  if (b === 0 || b === 0n) throw zeroDivErr('division by zero');
  if (typeof a === 'number' && typeof b === 'number') return mkFloat(a / b);
  return mkFloat(bigTrueDiv(big(a), big(b)));
}

/** Correctly rounded a/b for big ints (via scaled integer division). */
function bigTrueDiv(a: bigint, b: bigint): number {
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  // Scale so that the quotient has ~64 significant bits, then let Number() round.
  const la = a.toString(2).length;
  const lb = b.toString(2).length;
  let shift = 64 - (la - lb);
  let q: bigint;
  if (shift > 0) q = (a << BigInt(shift)) / b;
  else q = a / (b << BigInt(-shift));
  // sticky bit for correct rounding
  const rem = shift > 0 ? (a << BigInt(shift)) % b : a % (b << BigInt(-shift));
  if (rem !== 0n) q |= 1n;
  let r = Number(q) * Math.pow(2, -shift);
  if (!Number.isFinite(r)) {
    if (la - lb > 1100) throw overflowErr('integer division result too large for a float');
    // Math.pow underflow/overflow in the scale: split it.
    r = Number(q) * Math.pow(2, -shift / 2) * Math.pow(2, -shift / 2);
  }
  return neg ? -r : r;
}

export function intPow(a: Int, b: Int): Int | number | PyFloat {
  if (typeof b === 'bigint' ? b < 0n : b < 0) {
    if (a === 0 || a === 0n) throw zeroDivErr('0.0 cannot be raised to a negative power');
    return floatPowFull(intToFloat(a), intToFloat(b));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    // exponentiation by squaring in doubles stays exact while every intermediate is < 2**53
    let result = 1;
    let base = a;
    let e = b;
    let ok = true;
    while (e > 0) {
      if (e & 1) {
        result *= base;
        if (!fitsSmall(result)) {
          ok = false;
          break;
        }
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (!fitsSmall(base)) {
          ok = false;
          break;
        }
      }
    }
    if (ok) return result + 0;
  }
  const B = big(b);
  const A = big(a);
  if (B > 100_000_000n && A !== 0n && A !== 1n && A !== -1n) throw overflowErr('exponent too large');
  return normBig(A ** B);
}

export function intPowMod(a: Int, b: Int, m: Int): Int {
  let M = big(m);
  if (M === 0n) throw valueErr('pow() 3rd argument cannot be 0');
  let B = big(b);
  let A = big(a);
  const negM = M < 0n;
  if (negM) M = -M;
  if (B < 0n) {
    A = modInverse(A, M);
    B = -B;
  }
  let r = 1n % M;
  A = ((A % M) + M) % M;
  while (B > 0n) {
    if (B & 1n) r = (r * A) % M;
    A = (A * A) % M;
    B >>= 1n;
  }
  if (negM && r !== 0n) r -= M;
  return normBig(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [g, x] = egcd(((a % m) + m) % m, m);
  if (g !== 1n) throw valueErr('base is not invertible for the given modulus');
  return ((x % m) + m) % m;
}
function egcd(a: bigint, b: bigint): [bigint, bigint] {
  let [oldR, r] = [a, b];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return [oldR, oldS];
}

function small32(x: Int): x is number {
  return typeof x === 'number' && x <= 2147483647 && x >= -2147483648;
}

export function intAnd(a: Int, b: Int): Int {
  if (small32(a) && small32(b)) return a & b;
  return normBig(big(a) & big(b));
}
export function intOr(a: Int, b: Int): Int {
  if (small32(a) && small32(b)) return a | b;
  return normBig(big(a) | big(b));
}
export function intXor(a: Int, b: Int): Int {
  if (small32(a) && small32(b)) return a ^ b;
  return normBig(big(a) ^ big(b));
}
export function intInvert(a: Int): Int {
  if (small32(a)) return ~a;
  return normBig(-big(a) - 1n);
}
export function intLshift(a: Int, b: Int): Int {
  if (typeof b === 'bigint' ? b < 0n : b < 0) throw valueErr('negative shift count');
  if (typeof a === 'number' && typeof b === 'number' && b < 53) {
    const r = a * Math.pow(2, b);
    if (fitsSmall(r)) return r;
  }
  if (a === 0) return 0;
  if (big(b) > 1_000_000_000n) throw overflowErr('too many digits in integer');
  return normBig(big(a) << big(b));
}
export function intRshift(a: Int, b: Int): Int {
  if (typeof b === 'bigint' ? b < 0n : b < 0) throw valueErr('negative shift count');
  if (typeof a === 'number' && typeof b === 'number') {
    if (b > 60) return a < 0 ? -1 : 0;
    return Math.floor(a / Math.pow(2, b)) + 0;
  }
  return normBig(big(a) >> big(b));
}
export function intNeg(a: Int): Int {
  if (typeof a === 'number') return 0 - a;
  return normBig(-a);
}

// ---- floats ----

export function floatFloorDiv(a: number, b: number): number | PyFloat {
  if (b === 0) throw zeroDivErr('float floor division by zero');
  return mkFloat(pyFloorDiv(a, b));
}
export function floatMod(a: number, b: number): number | PyFloat {
  if (b === 0) throw zeroDivErr('float modulo');
  return mkFloat(pyFmod(a, b));
}


export function floatPow(a: number, b: number): any {
  return floatPowFull(a, b);
}

/** int -> double, raising OverflowError like CPython when too large. */
export function intToFloat(x: Int): number {
  if (typeof x === 'number') return x;
  const r = Number(x);
  if (!Number.isFinite(r)) throw overflowErr('int too large to convert to float');
  return r;
}

export const zeroDivFloat = () => zeroDivErr('float division by zero');
export const valueErrLen = () => valueErr('__len__() should return >= 0');
export const overflowLen = () => overflowErr("cannot fit 'int' into an index-sized integer");
