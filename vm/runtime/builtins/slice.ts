// The `slice` type, and CPython's arbitrary-precision slice resolution (_PySlice_GetLongIndices) used by
// slice.indices() and range slicing.
import { None, NotImplemented, PyType } from '../object.js';
import { PySlice, PyTuple, sliceType } from '../types.js';
import { defMethod } from '../natives.js';
import type { Kw } from '../function.js';
import { typeErr, valueErr, PyBaseException, TypeError as TypeErrorType } from '../exceptions.js';
import { repr, index } from '../convert.js';
import { normBig } from '../object.js';
import { descrErr, defNew, readonlyMember, noKw, seqCompare, cmpOps } from './container-util.js';

function sliceArgBig(v: any): bigint {
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  let i: any;
  try {
    i = index(v);
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls.isSubtypeOf(TypeErrorType))
      throw typeErr('slice indices must be integers or None or have an __index__ method');
    throw e;
  }
  return BigInt(i);
}

/** Resolves a slice against `length` with exact integers: [start, stop, step]. */
export function sliceIndicesBig(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const step = s.step === None ? 1n : sliceArgBig(s.step);
  if (step === 0n) throw valueErr('slice step cannot be zero');
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const clamp = (v: any, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let x = sliceArgBig(v);
    if (x < 0n) {
      x += length;
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  const start = clamp(s.start, neg ? upper : lower);
  const stop = clamp(s.stop, neg ? lower : upper);
  return [start, stop, step];
}

function SL(self: any, name: string): PySlice {
  if (self instanceof PySlice) return self;
  return descrErr(name, sliceType, self);
}

export function installSlice(): void {
  const t = sliceType;
  defNew(t, (_cls: PyType, args: any[], kw: Kw) => {
    noKw('slice', kw);
    const n = args.length - 1;
    if (n < 1) throw typeErr(`slice expected at least 1 argument, got ${n}`);
    if (n > 3) throw typeErr(`slice expected at most 3 arguments, got ${n}`);
    if (n === 1) return new PySlice(None, args[1], None);
    return new PySlice(args[1], args[2], n === 3 ? args[3] : None);
  });
  readonlyMember(t, 'start', (o: PySlice) => o.start);
  readonlyMember(t, 'stop', (o: PySlice) => o.stop);
  readonlyMember(t, 'step', (o: PySlice) => o.step);
  defMethod(t, 'indices', (self: any, len: any) => {
    const s = SL(self, 'indices');
    const n = BigInt(index(len));
    if (n < 0n) throw valueErr('length should not be negative');
    const [a, b, c] = sliceIndicesBig(s, n);
    return new PyTuple([normBig(a), normBig(b), normBig(c)]);
  });
  defMethod(t, '__repr__', (self: any) => {
    const s = SL(self, '__repr__');
    return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
  });
  for (const [name, op] of cmpOps)
    defMethod(t, name, (self: any, other: any) => {
      const s = SL(self, name);
      if (!(other instanceof PySlice)) return NotImplemented;
      return seqCompare([s.start, s.stop, s.step], [other.start, other.stop, other.step], op);
    });
  defMethod(t, '__reduce__', (self: any) => {
    const s = SL(self, '__reduce__');
    return new PyTuple([sliceType, new PyTuple([s.start, s.stop, s.step])]);
  });
  t.dict.__hash__ = None;
}
