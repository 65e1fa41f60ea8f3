// The `range` type. Bounds are JS numbers while they fit the safe-integer range, else bigints; every
// operation has a number fast path and an exact bigint path.
import { None, NotImplemented, PyType, MAX_SAFE, normBig } from '../object.js';
import { PyRange, PySlice, PyTuple, rangeType } from '../types.js';
import { defMethod } from '../natives.js';
import type { Kw } from '../function.js';
import { typeErr, valueErr, indexErr, overflowErr, PyBaseException, TypeError as TypeErrorType } from '../exceptions.js';
import { repr, index, hashTuple } from '../convert.js';
import { eqB } from '../operators.js';
import { typeOf } from '../typeof.js';
import { rangeIter, RangeIter, BigRangeIter, next } from '../iteration.js';
import { descrErr, defNew, readonlyMember, noKw } from './container-util.js';
import { sliceIndicesBig } from './slice.js';

type Int = number | bigint;
const big = (x: Int): bigint => (typeof x === 'bigint' ? x : BigInt(x));

/** All bounds are numbers and every element/difference stays within the safe-integer range. */
function isSmall(r: PyRange): boolean {
  const { start, stop } = r;
  return typeof start === 'number' && typeof stop === 'number' && typeof r.step === 'number' && Math.abs(stop - start) <= MAX_SAFE;
}

/** floor(a / b) for non-negative safe integers a and positive b. */
function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  const rem = a - q * b;
  if (rem < 0) q--;
  else if (rem >= b) q++;
  return q;
}

/** Length of a small range. */
function lenNum(r: PyRange): number {
  const start = r.start as number;
  const stop = r.stop as number;
  const step = r.step as number;
  if (step > 0) return start < stop ? floorDiv(stop - start - 1, step) + 1 : 0;
  return start > stop ? floorDiv(start - stop - 1, -step) + 1 : 0;
}

export function rangeLenBig(r: PyRange): bigint {
  const start = big(r.start);
  const stop = big(r.stop);
  const step = big(r.step);
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

/** len(range) as an int value (a bigint beyond the safe range). */
export function rangeLen(r: PyRange): Int {
  return isSmall(r) ? lenNum(r) : normBig(rangeLenBig(r));
}

function isExactInt(x: any): boolean {
  return (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint' || typeof x === 'boolean';
}

function intContains(r: PyRange, x: Int): boolean {
  if (isSmall(r) && typeof x === 'number') {
    const start = r.start as number;
    const stop = r.stop as number;
    const step = r.step as number;
    if (step > 0) {
      if (x < start || x >= stop) return false;
      return (x - start) % step === 0;
    }
    if (x > start || x <= stop) return false;
    return (start - x) % -step === 0;
  }
  const start = big(r.start);
  const stop = big(r.stop);
  const step = big(r.step);
  const v = big(x);
  if (step > 0n) {
    if (v < start || v >= stop) return false;
  } else if (v > start || v <= stop) return false;
  return (v - start) % step === 0n;
}

function toInt(x: any): Int {
  return typeof x === 'boolean' ? (x ? 1 : 0) : x;
}

export function rangeContains(r: PyRange, x: any): boolean {
  if (isExactInt(x)) return intContains(r, toInt(x));
  const it = rangeIter(r);
  for (let v = next(it); v !== undefined; v = next(it)) if (eqB(v, x)) return true;
  return false;
}

export function rangeGetItem(r: PyRange, k: any): any {
  if (typeof k === 'number' && Number.isInteger(k) && isSmall(r)) {
    const n = lenNum(r);
    const i = k < 0 ? k + n : k;
    if (i >= 0 && i < n) return (r.start as number) + i * (r.step as number);
    throw indexErr('range object index out of range');
  }
  if (k instanceof PySlice) {
    const [a, b, c] = sliceIndicesBig(k, rangeLenBig(r));
    const start = big(r.start);
    const step = big(r.step);
    return new PyRange(normBig(start + a * step), normBig(start + b * step), normBig(c * step));
  }
  let i: bigint;
  try {
    i = big(index(k));
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls.isSubtypeOf(TypeErrorType))
      throw typeErr(`range indices must be integers or slices, not ${typeOf(k).name}`);
    throw e;
  }
  const n = rangeLenBig(r);
  if (i < 0n) i += n;
  if (i < 0n || i >= n) throw indexErr('range object index out of range');
  return normBig(big(r.start) + i * big(r.step));
}

function rangeEq(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  const la = rangeLenBig(a);
  if (la !== rangeLenBig(b)) return false;
  if (la === 0n) return true;
  if (big(a.start) !== big(b.start)) return false;
  if (la === 1n) return true;
  return big(a.step) === big(b.step);
}

export function rangeReversed(r: PyRange): any {
  if (isSmall(r)) {
    const n = lenNum(r);
    const start = r.start as number;
    const step = r.step as number;
    if (n === 0) return new RangeIter(0, 0, 1);
    return new RangeIter(start + (n - 1) * step, start - step, -step);
  }
  const n = rangeLenBig(r);
  const start = big(r.start);
  const step = big(r.step);
  if (n === 0n) return new RangeIter(0, 0, 1);
  return new BigRangeIter(start + (n - 1n) * step, start - step, -step);
}

function idx(x: any): Int {
  const v = index(x);
  return typeof v === 'bigint' ? normBig(v) : v;
}

function R(self: any, name: string): PyRange {
  if (self instanceof PyRange) return self;
  return descrErr(name, rangeType, self);
}

export function installRange(): void {
  const t = rangeType;
  defNew(t, (_cls: PyType, args: any[], kw: Kw) => {
    noKw('range', kw);
    const n = args.length - 1;
    if (n < 1) throw typeErr(`range expected at least 1 argument, got ${n}`);
    if (n > 3) throw typeErr(`range expected at most 3 arguments, got ${n}`);
    if (n === 1) return new PyRange(0, idx(args[1]), 1);
    const start = idx(args[1]);
    const stop = idx(args[2]);
    const step = n === 3 ? idx(args[3]) : 1;
    if (step === 0) throw valueErr('range() arg 3 must not be zero');
    return new PyRange(start, stop, step);
  });
  readonlyMember(t, 'start', (o: PyRange) => o.start);
  readonlyMember(t, 'stop', (o: PyRange) => o.stop);
  readonlyMember(t, 'step', (o: PyRange) => o.step);

  defMethod(t, '__len__', (self: any) => {
    const r = R(self, '__len__');
    if (isSmall(r)) return lenNum(r);
    const n = rangeLenBig(r);
    if (n > 9223372036854775807n) throw overflowErr('Python int too large to convert to C ssize_t');
    return normBig(n);
  });
  defMethod(t, '__bool__', (self: any) => {
    const r = R(self, '__bool__');
    return isSmall(r) ? lenNum(r) !== 0 : rangeLenBig(r) !== 0n;
  });
  defMethod(t, '__getitem__', (self: any, k: any) => rangeGetItem(R(self, '__getitem__'), k));
  defMethod(t, '__contains__', (self: any, x: any) => rangeContains(R(self, '__contains__'), x));
  defMethod(t, '__iter__', (self: any) => rangeIter(R(self, '__iter__')));
  defMethod(t, '__reversed__', (self: any) => rangeReversed(R(self, '__reversed__')));
  defMethod(t, 'count', (self: any, x: any) => {
    const r = R(self, 'count');
    if (isExactInt(x)) return intContains(r, toInt(x)) ? 1 : 0;
    let c = 0;
    const it = rangeIter(r);
    for (let v = next(it); v !== undefined; v = next(it)) if (eqB(v, x)) c++;
    return c;
  });
  defMethod(t, 'index', (self: any, x: any) => {
    const r = R(self, 'index');
    if (isExactInt(x)) {
      const v = toInt(x);
      if (!intContains(r, v)) throw valueErr(`${repr(x)} is not in range`);
      if (isSmall(r) && typeof v === 'number') return (v - (r.start as number)) / (r.step as number);
      return normBig((big(v) - big(r.start)) / big(r.step));
    }
    let i = 0;
    const it = rangeIter(r);
    for (let v = next(it); v !== undefined; v = next(it), i++) if (eqB(v, x)) return i;
    throw valueErr('sequence.index(x): x not in sequence');
  });
  defMethod(t, '__eq__', (self: any, other: any) => {
    const r = R(self, '__eq__');
    return other instanceof PyRange ? rangeEq(r, other) : NotImplemented;
  });
  defMethod(t, '__ne__', (self: any, other: any) => {
    const r = R(self, '__ne__');
    return other instanceof PyRange ? !rangeEq(r, other) : NotImplemented;
  });
  defMethod(t, '__hash__', (self: any) => {
    const r = R(self, '__hash__');
    const n = rangeLenBig(r);
    if (n === 0n) return hashTuple(new PyTuple([0, None, None]));
    if (n === 1n) return hashTuple(new PyTuple([1, r.start, None]));
    return hashTuple(new PyTuple([normBig(n), r.start, r.step]));
  });
  defMethod(t, '__repr__', (self: any) => {
    const r = R(self, '__repr__');
    const s = `range(${r.start}, ${r.stop}`;
    return big(r.step) === 1n ? s + ')' : `${s}, ${r.step})`;
  });
  defMethod(t, '__reduce__', (self: any) => {
    const r = R(self, '__reduce__');
    return new PyTuple([rangeType, new PyTuple([r.start, r.stop, r.step])]);
  });
}
