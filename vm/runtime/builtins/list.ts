// The `list` type's methods.
import { None, NotImplemented, PyType } from '../object.js';
import { PyList, PyTuple, PySlice, listType, tupleType } from '../types.js';
import { typeOf } from '../typeof.js';
import { defMethod, defMethodKw } from '../natives.js';
import type { Kw } from '../function.js';
import { typeErr, valueErr, indexErr } from '../exceptions.js';
import { repr, reprGuard, index } from '../convert.js';
import { eqB } from '../operators.js';
import { toArray, ListIter, ReverseListIter, iter, next } from '../iteration.js';
import { sliceIndices, sliceArray, seqIndex } from '../slices.js';
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
  seqFast,
  sliceIndexArg,
  replaceRange,
  ssize,
} from './container-util.js';
import { listSort } from './list-sort.js';

function L(self: any, name: string): PyList {
  if (self instanceof PyList) return self;
  return descrErr(name, listType, self);
}

/** Appends every item of an iterable (list.extend). */
export function listExtend(self: PyList, x: any): void {
  const a = self.a;
  // exact lists/tuples (and self) are read directly; subclasses go through their __iter__, as in CPython
  if (x instanceof PyList && (x.$cls === listType || x === self)) {
    const b = x.a;
    const n = b.length; // extending a list with itself doubles it once
    for (let i = 0; i < n; i++) a.push(b[i]);
    return;
  }
  if (x instanceof PyTuple && x.$cls === tupleType) {
    const b = x.a;
    for (let i = 0; i < b.length; i++) a.push(b[i]);
    return;
  }
  const it = iter(x);
  for (let v = next(it); v !== undefined; v = next(it)) a.push(v);
}

function listRepr(self: PyList): string {
  if (self.a.length === 0) return '[]';
  return reprGuard(self, '[...]', () => {
    const a = self.a;
    let s = '[';
    for (let i = 0; i < a.length; i++) {
      if (i > 0) s += ', ';
      s += repr(a[i]);
    }
    return s + ']';
  });
}

export function listGetItem(self: PyList, k: any): any {
  const a = self.a;
  if (typeof k === 'number') {
    const i = k < 0 ? k + a.length : k;
    if (i >= 0 && i < a.length && Number.isInteger(i)) return a[i];
  }
  if (k instanceof PySlice) return new PyList(sliceArray(a, k));
  return a[seqIndex(k, a.length, 'list index out of range')];
}

export function listSetItem(self: PyList, k: any, v: any): void {
  const a = self.a;
  if (typeof k === 'number') {
    const i = k < 0 ? k + a.length : k;
    if (i >= 0 && i < a.length && Number.isInteger(i)) {
      a[i] = v;
      return;
    }
  }
  if (k instanceof PySlice) return assignSlice(self, k, v);
  a[seqIndex(k, a.length, 'list assignment index out of range')] = v;
}

function assignSlice(self: PyList, s: PySlice, v: any): void {
  const a = self.a;
  const r = sliceIndices(s, a.length);
  if (r.step === 1) {
    const items = v === self ? a.slice() : seqFast(v, 'can only assign an iterable');
    // re-clamp: iterating `v` may have changed the list
    const lo = Math.min(r.start, a.length);
    const hi = Math.min(Math.max(r.start + r.len, lo), a.length);
    replaceRange(a, lo, hi, items);
    return;
  }
  const items = seqFast(v, 'must assign iterable to extended slice');
  if (items.length !== r.len)
    throw valueErr(`attempt to assign sequence of size ${items.length} to extended slice of size ${r.len}`);
  for (let i = 0, j = r.start; i < r.len; i++, j += r.step) a[j] = items[i];
}

export function listDelItem(self: PyList, k: any): void {
  const a = self.a;
  if (k instanceof PySlice) {
    const r = sliceIndices(k, a.length);
    if (r.len === 0) return;
    if (r.step === 1) {
      a.splice(r.start, r.len);
      return;
    }
    // normalise to an ascending walk, then compact
    let start = r.start;
    let step = r.step;
    if (step < 0) {
      start = r.start + (r.len - 1) * step;
      step = -step;
    }
    let w = start;
    let next = start;
    let removed = 0;
    for (let i = start; i < a.length; i++) {
      if (i === next && removed < r.len) {
        removed++;
        next += step;
        continue;
      }
      a[w++] = a[i];
    }
    a.length = w;
    return;
  }
  const i = seqIndex(k, a.length, 'list assignment index out of range');
  if (i === a.length - 1) a.pop();
  else if (i === 0) a.shift();
  else a.splice(i, 1);
}

function listMul(self: PyList, n: any, reflected: boolean): any {
  const c = repeatCount(n);
  if (c === undefined) {
    if (!reflected && defers(n, '__rmul__')) return NotImplemented;
    throw cantMultiply(n);
  }
  return new PyList(repeatArray(self.a, checkRepeat(c, self.a.length)));
}

function listIndex(self: PyList, x: any, start: any, stop: any): number {
  const a = self.a;
  const lo = start === undefined ? 0 : sliceIndexArg(start, a.length);
  const hi = stop === undefined ? a.length : sliceIndexArg(stop, a.length);
  for (let i = lo; i < hi && i < a.length; i++) if (eqB(a[i], x)) return i;
  throw valueErr(`${repr(x)} is not in list`);
}

function sortMethod(args: any[], kw: Kw): any {
  const self = L(args[0], 'sort');
  if (args.length > 1) throw typeErr('sort() takes no positional arguments');
  let key: any = None;
  let reverse = false;
  if (kw !== null)
    for (const k in kw) {
      if (k === 'key') key = kw[k];
      else if (k === 'reverse') {
        const r = kw[k];
        reverse = typeof r === 'boolean' ? r : index(r) != 0;
      } else throw typeErr(`'${k}' is an invalid keyword argument for sort()`);
    }
  listSort(self, key, reverse);
  return None;
}

export function installList(): void {
  const t = listType;
  t.alloc = (cls: PyType) => adopt(new PyList([]), cls, listType);
  defNew(t, (cls, _args, _kw) => {
    if (cls === listType) return new PyList([]);
    return adopt(new PyList([]), cls, listType);
  });
  defMethodKw(t, '__init__', (args: any[], kw: Kw) => {
    const self = L(args[0], '__init__');
    noKw('list', kw);
    atMost('list', 1, args.length - 1);
    const a = self.a;
    if (args.length === 1) {
      a.length = 0;
      return None;
    }
    const x = args[1];
    if (a.length === 0) {
      self.a = toArray(x);
      return None;
    }
    a.length = 0; // CPython clears first: `l.__init__(l)` leaves l empty
    listExtend(self, x);
    return None;
  });

  defMethod(t, 'append', (self: any, x: any) => {
    L(self, 'append').a.push(x);
    return None;
  });
  defMethod(t, 'extend', (self: any, x: any) => {
    listExtend(L(self, 'extend'), x);
    return None;
  });
  defMethod(t, 'insert', (self: any, i: any, x: any) => {
    const a = L(self, 'insert').a;
    let n = typeof i === 'number' && Number.isInteger(i) ? i : ssize(index(i));
    const len = a.length;
    if (n < 0) {
      n += len;
      if (n < 0) n = 0;
    }
    if (n >= len) a.push(x);
    else if (n === 0) a.unshift(x);
    else a.splice(n, 0, x);
    return None;
  });
  defMethod(
    t,
    'pop',
    (self: any, i: any) => {
      const a = L(self, 'pop').a;
      if (a.length === 0) throw indexErr('pop from empty list');
      if (i === undefined) return a.pop();
      let n: number;
      if (typeof i === 'number' && Number.isInteger(i)) n = i;
      else {
        n = ssize(index(i));
      }
      if (n < 0) n += a.length;
      if (n < 0 || n >= a.length) throw indexErr('pop index out of range');
      if (n === a.length - 1) return a.pop();
      if (n === 0) return a.shift();
      return a.splice(n, 1)[0];
    },
    1,
    2,
  );
  defMethod(t, 'remove', (self: any, x: any) => {
    const a = L(self, 'remove').a;
    for (let i = 0; i < a.length; i++) {
      if (eqB(a[i], x)) {
        if (i < a.length) a.splice(i, 1);
        return None;
      }
    }
    throw valueErr('list.remove(x): x not in list');
  });
  defMethod(t, 'clear', (self: any) => {
    L(self, 'clear').a.length = 0;
    return None;
  });
  defMethod(t, 'copy', (self: any) => new PyList(L(self, 'copy').a.slice()));
  defMethod(t, 'index', (self: any, x: any, start: any, stop: any) => listIndex(L(self, 'index'), x, start, stop), 2, 4);
  defMethod(t, 'count', (self: any, x: any) => {
    const a = L(self, 'count').a;
    let c = 0;
    for (let i = 0; i < a.length; i++) if (eqB(a[i], x)) c++;
    return c;
  });
  defMethod(t, 'reverse', (self: any) => {
    L(self, 'reverse').a.reverse();
    return None;
  });
  defMethodKw(t, 'sort', sortMethod);

  defMethod(t, '__len__', (self: any) => L(self, '__len__').a.length);
  defMethod(t, '__getitem__', (self: any, k: any) => listGetItem(L(self, '__getitem__'), k));
  defMethod(t, '__setitem__', (self: any, k: any, v: any) => {
    listSetItem(L(self, '__setitem__'), k, v);
    return None;
  });
  defMethod(t, '__delitem__', (self: any, k: any) => {
    listDelItem(L(self, '__delitem__'), k);
    return None;
  });
  defMethod(t, '__contains__', (self: any, x: any) => {
    const a = L(self, '__contains__').a;
    for (let i = 0; i < a.length; i++) if (eqB(a[i], x)) return true;
    return false;
  });
  defMethod(t, '__iter__', (self: any) => new ListIter(L(self, '__iter__')));
  defMethod(t, '__reversed__', (self: any) => {
    const l = L(self, '__reversed__');
    return new ReverseListIter(l, l.a.length - 1);
  });
  defMethod(t, '__add__', (self: any, other: any) => {
    const a = L(self, '__add__').a;
    if (other instanceof PyList) return new PyList(a.concat(other.a));
    if (defers(other, '__radd__')) return NotImplemented;
    throw typeErr(`can only concatenate list (not "${typeOf(other).name}") to list`);
  });
  defMethod(t, '__iadd__', (self: any, other: any) => {
    listExtend(L(self, '__iadd__'), other);
    return self;
  });
  defMethod(t, '__mul__', (self: any, n: any) => listMul(L(self, '__mul__'), n, false));
  defMethod(t, '__rmul__', (self: any, n: any) => listMul(L(self, '__rmul__'), n, true));
  defMethod(t, '__imul__', (self: any, n: any) => {
    const l = L(self, '__imul__');
    const c = repeatCount(n);
    if (c === undefined) {
      if (defers(n, '__rmul__')) return NotImplemented;
      throw cantMultiply(n);
    }
    const a = l.a;
    const k = checkRepeat(c, a.length);
    if (k <= 0) a.length = 0;
    else if (k > 1 && a.length > 0) {
      const len = a.length;
      for (let r = 1; r < k; r++) for (let i = 0; i < len; i++) a.push(a[i]);
    }
    return self;
  });
  for (const [name, op] of cmpOps)
    defMethod(t, name, (self: any, other: any) => {
      const l = L(self, name);
      if (!(other instanceof PyList)) return NotImplemented;
      return seqCompare(l.a, other.a, op);
    });
  defMethod(t, '__repr__', (self: any) => listRepr(L(self, '__repr__')));
  defMethod(t, '__sizeof__', (self: any) => 40 + 8 * L(self, '__sizeof__').a.length);
  t.dict.__hash__ = None;
  defClassGetItem(t);
}

export { PyList };
