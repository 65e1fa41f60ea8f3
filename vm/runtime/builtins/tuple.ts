// The `tuple` type's methods.
import { None, NotImplemented, PyType } from '../object.js';
import { PyTuple, PySlice, tupleType } from '../types.js';
import { defMethod } from '../natives.js';
import type { Kw } from '../function.js';
import { typeErr, valueErr } from '../exceptions.js';
import { repr, reprGuard, hashTuple } from '../convert.js';
import { eqB } from '../operators.js';
import { toArray, SeqIter } from '../iteration.js';
import { sliceIndices, sliceArray, seqIndex } from '../slices.js';
import { typeOf } from '../typeof.js';
import {
  descrErr,
  adopt,
  defNew,
  defClassGetItem,
  noKw,
  atMost,
  defers,
  repeatCount,
  cantMultiply,
  checkRepeat,
  repeatArray,
  seqCompare,
  cmpOps,
  sliceIndexArg,
} from './container-util.js';

function T(self: any, name: string): PyTuple {
  if (self instanceof PyTuple) return self;
  return descrErr(name, tupleType, self);
}

/** Builds a tuple of class `cls` (tuple or a subclass) holding `items`. */
export function makeTuple(cls: PyType, items: any[]): PyTuple {
  const t = new PyTuple(items);
  return cls === tupleType ? t : adopt(t, cls, tupleType);
}

export function tupleRepr(self: PyTuple): string {
  const a = self.a;
  if (a.length === 0) return '()';
  return reprGuard(self, '(...)', () => {
    if (a.length === 1) return `(${repr(a[0])},)`;
    let s = '(';
    for (let i = 0; i < a.length; i++) {
      if (i > 0) s += ', ';
      s += repr(a[i]);
    }
    return s + ')';
  });
}

export function tupleGetItem(self: PyTuple, k: any): any {
  const a = self.a;
  if (typeof k === 'number') {
    const i = k < 0 ? k + a.length : k;
    if (i >= 0 && i < a.length && Number.isInteger(i)) return a[i];
  }
  if (k instanceof PySlice) {
    if (self.$cls === tupleType) {
      const r = sliceIndices(k, a.length);
      if (r.step === 1 && r.start === 0 && r.len === a.length) return self;
    }
    return new PyTuple(sliceArray(a, k));
  }
  return a[seqIndex(k, a.length, 'tuple index out of range')];
}

function tupleMul(self: PyTuple, n: any, reflected: boolean): any {
  const c = repeatCount(n);
  if (c === undefined) {
    if (!reflected && defers(n, '__rmul__')) return NotImplemented;
    throw cantMultiply(n);
  }
  const k = checkRepeat(c, self.a.length);
  if (k === 1 && self.$cls === tupleType) return self;
  return new PyTuple(repeatArray(self.a, k));
}

export function installTuple(): void {
  const t = tupleType;
  t.alloc = (cls: PyType) => makeTuple(cls, []);
  defNew(t, (cls: PyType, args: any[], kw: Kw) => {
    noKw('tuple', kw);
    atMost('tuple', 1, args.length - 1);
    if (args.length === 1) return makeTuple(cls, []);
    const x = args[1];
    if (cls === tupleType && x instanceof PyTuple && x.$cls === tupleType) return x;
    return makeTuple(cls, toArray(x));
  });

  defMethod(t, '__len__', (self: any) => T(self, '__len__').a.length);
  defMethod(t, '__getitem__', (self: any, k: any) => tupleGetItem(T(self, '__getitem__'), k));
  defMethod(t, '__contains__', (self: any, x: any) => {
    const a = T(self, '__contains__').a;
    for (let i = 0; i < a.length; i++) if (eqB(a[i], x)) return true;
    return false;
  });
  defMethod(t, '__iter__', (self: any) => new SeqIter(T(self, '__iter__').a));
  defMethod(t, 'count', (self: any, x: any) => {
    const a = T(self, 'count').a;
    let c = 0;
    for (let i = 0; i < a.length; i++) if (eqB(a[i], x)) c++;
    return c;
  });
  defMethod(
    t,
    'index',
    (self: any, x: any, start: any, stop: any) => {
      const a = T(self, 'index').a;
      const lo = start === undefined ? 0 : sliceIndexArg(start, a.length);
      const hi = stop === undefined ? a.length : sliceIndexArg(stop, a.length);
      for (let i = lo; i < hi && i < a.length; i++) if (eqB(a[i], x)) return i;
      throw valueErr('tuple.index(x): x not in tuple');
    },
    2,
    4,
  );
  defMethod(t, '__add__', (self: any, other: any) => {
    const a = T(self, '__add__').a;
    if (other instanceof PyTuple) {
      if (other.a.length === 0 && self.$cls === tupleType) return self;
      if (a.length === 0 && other.$cls === tupleType) return other;
      return new PyTuple(a.concat(other.a));
    }
    if (defers(other, '__radd__')) return NotImplemented;
    throw typeErr(`can only concatenate tuple (not "${typeOf(other).name}") to tuple`);
  });
  defMethod(t, '__mul__', (self: any, n: any) => tupleMul(T(self, '__mul__'), n, false));
  defMethod(t, '__rmul__', (self: any, n: any) => tupleMul(T(self, '__rmul__'), n, true));
  for (const [name, op] of cmpOps)
    defMethod(t, name, (self: any, other: any) => {
      const s = T(self, name);
      if (!(other instanceof PyTuple)) return NotImplemented;
      return seqCompare(s.a, other.a, op);
    });
  defMethod(t, '__hash__', (self: any) => hashTuple(T(self, '__hash__')));
  defMethod(t, '__repr__', (self: any) => tupleRepr(T(self, '__repr__')));
  defMethod(t, '__getnewargs__', (self: any) => {
    const s = T(self, '__getnewargs__');
    return new PyTuple([s.$cls === tupleType ? s : new PyTuple(s.a.slice())]);
  });
  defMethod(t, '__sizeof__', (self: any) => 24 + 8 * T(self, '__sizeof__').a.length);
  defClassGetItem(t);
  void None;
}

export { PyTuple };
