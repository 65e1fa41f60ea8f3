// dict.keys()/values()/items(): live views over a dict, and the dict iterators. Keys and items views
// behave like sets (&, |, -, ^, comparisons, isdisjoint) with CPython's operand handling.
import { PyObject, PyType, makeBuiltinType, objectType, TypeFlags, NotImplemented, None } from '../object.js';
import { PyDict, PyTuple, PySet, setType } from '../types.js';
import { DictStore, SetStore } from '../hash-store.js';
import type { DictStorage } from '../types.js';
import { defMethod } from '../natives.js';
import { exc, RuntimeError } from '../exceptions.js';
import { repr, reprGuard } from '../convert.js';
import { eqB, CMP, CmpOp } from '../operators.js';
import { PyIterator, iteratorType, iter, next } from '../iteration.js';
import { descrErr, cmpOps } from './container-util.js';
import {
  isAnySet,
  storeFrom,
  storeUpdate,
  storeIntersection,
  storeDifferenceUpdate,
  storeSymDiffUpdate,
} from './set-ops.js';

export class PyDictKeys extends PyObject {
  constructor(readonly d: PyDict) {
    super();
  }
}
export class PyDictValues extends PyObject {
  constructor(readonly d: PyDict) {
    super();
  }
}
export class PyDictItems extends PyObject {
  constructor(readonly d: PyDict) {
    super();
  }
}

export const dictKeysType = makeBuiltinType('dict_keys', objectType, PyDictKeys, TypeFlags.None);
export const dictValuesType = makeBuiltinType('dict_values', objectType, PyDictValues, TypeFlags.None);
export const dictItemsType = makeBuiltinType('dict_items', objectType, PyDictItems, TypeFlags.None);

export const enum IterKind {
  Keys = 0,
  Values = 1,
  Items = 2,
}

/** Iterates a dict's keys, values or items, raising if the dict changes size meanwhile. For a DictStore it
 * walks the underlying Map directly (no generator). */
export class DictIter extends PyIterator {
  private it: Iterator<any>;
  private size: number;
  private readonly direct: DictStore | null;
  constructor(readonly s: DictStorage, readonly kind: IterKind) {
    super();
    this.size = s.size;
    if (s instanceof DictStore) {
      this.direct = s;
      this.it = kind === IterKind.Keys ? s.m.keys() : kind === IterKind.Values ? s.m.values() : s.m.entries();
    } else {
      this.direct = null;
      this.it = (kind === IterKind.Keys ? s.keys() : s.entries())[Symbol.iterator]();
    }
  }
  $next(): any {
    const s = this.s;
    if (s.size !== this.size) {
      this.size = -1;
      throw exc(RuntimeError, 'dictionary changed size during iteration');
    }
    const r = this.it.next();
    if (r.done) return undefined;
    const v = r.value;
    const d = this.direct;
    switch (this.kind) {
      case IterKind.Keys:
        return d !== null && d.orig !== null ? d.pyKey(v) : v;
      case IterKind.Values:
        return d !== null ? v : v[1];
      default:
        return new PyTuple([d !== null && d.orig !== null ? d.pyKey(v[0]) : v[0], v[1]]);
    }
  }
}

/** Iterates a snapshot in reverse order, raising if the dict changes size meanwhile. */
export class DictRevIter extends PyIterator {
  private i: number;
  private size: number;
  constructor(readonly s: DictStorage, readonly items: any[]) {
    super();
    this.i = items.length - 1;
    this.size = s.size;
  }
  $next(): any {
    if (this.s.size !== this.size) {
      this.size = -1;
      this.i = -1;
      throw exc(RuntimeError, 'dictionary changed size during iteration');
    }
    if (this.i < 0) return undefined;
    return this.items[this.i--];
  }
}
(DictIter.prototype as any).$cls = iteratorType;
(DictRevIter.prototype as any).$cls = iteratorType;

export function dictReversed(d: PyDict, kind: IterKind): DictRevIter {
  const s = d.s;
  let items: any[];
  if (kind === IterKind.Keys) items = Array.from(s.keys());
  else if (kind === IterKind.Values) items = Array.from(s.entries(), (e) => e[1]);
  else items = Array.from(s.entries(), (e) => new PyTuple([e[0], e[1]]));
  return new DictRevIter(s, items);
}

type View = PyDictKeys | PyDictItems;

function isSetView(x: any): x is View {
  return x instanceof PyDictKeys || x instanceof PyDictItems;
}

function itemsContains(d: PyDict, x: any): boolean {
  if (!(x instanceof PyTuple) || x.a.length !== 2) return false;
  const v = d.s.get(x.a[0]);
  if (v === undefined) return false;
  return eqB(v, x.a[1]);
}

function viewContains(v: View, x: any): boolean {
  return v instanceof PyDictKeys ? v.d.s.has(x) : itemsContains(v.d, x);
}

function viewSize(v: View): number {
  return v.d.s.size;
}

/** set(x) for an operand of a view operator. */
function toStore(x: any): SetStore {
  return storeFrom(x);
}

/** Is every element of `a` (a set or view) contained in `b` (a set or view)? */
function allContainedIn(a: any, b: any): boolean {
  const has = isSetView(b) ? (x: any) => viewContains(b, x) : (x: any) => (b as PySet).s.has(x);
  const it = iter(a);
  for (let x = next(it); x !== undefined; x = next(it)) if (!has(x)) return false;
  return true;
}

function sizeOf(x: any): number {
  return isSetView(x) ? viewSize(x) : (x as PySet).s.size;
}

function viewCompare(a: View, b: any, op: CmpOp): any {
  if (!isAnySet(b) && !isSetView(b)) return NotImplemented;
  const la = viewSize(a);
  const lb = sizeOf(b);
  switch (op) {
    case CMP.eq:
      return la === lb && allContainedIn(a, b);
    case CMP.ne:
      return !(la === lb && allContainedIn(a, b));
    case CMP.lt:
      return la < lb && allContainedIn(a, b);
    case CMP.le:
      return la <= lb && allContainedIn(a, b);
    case CMP.gt:
      return la > lb && allContainedIn(b, a);
    default:
      return la >= lb && allContainedIn(b, a);
  }
}

/** CPython's _PyDictView_Intersect(self, other), where either operand may be the view. */
function viewAnd(self: any, other: any): PySet {
  if (!isSetView(self)) {
    const t = self;
    self = other;
    other = t;
  }
  const v = self as View;
  if (other instanceof PySet && other.$cls === setType && viewSize(v) <= other.s.size) return new PySet(storeIntersection(other.s, v));
  if (isSetView(other) && viewSize(other) > viewSize(v)) {
    const t = v;
    self = other;
    other = t;
  }
  const view = self as View;
  const out = new SetStore();
  const it = iter(other);
  for (let x = next(it); x !== undefined; x = next(it)) if (viewContains(view, x)) out.add(x);
  return new PySet(out);
}

function viewOr(a: any, b: any): PySet {
  const s = toStore(a);
  storeUpdate(s, b);
  return new PySet(s);
}
function viewSub(a: any, b: any): PySet {
  const s = toStore(a);
  storeDifferenceUpdate(s, b);
  return new PySet(s);
}
function viewXor(a: any, b: any): PySet {
  const s = toStore(a);
  storeSymDiffUpdate(s, b);
  return new PySet(s);
}

function viewRepr(v: PyObject, name: string, d: PyDict, kind: IterKind): string {
  return reprGuard(v, '...', () => {
    const parts: string[] = [];
    for (const [k, val] of Array.from(d.s.entries())) {
      if (kind === IterKind.Keys) parts.push(repr(k));
      else if (kind === IterKind.Values) parts.push(repr(val));
      else parts.push(`(${repr(k)}, ${repr(val)})`);
    }
    return `${name}([${parts.join(', ')}])`;
  });
}

function chk<T>(self: any, cls: new (...a: any[]) => T, t: PyType, name: string): T {
  if (self instanceof cls) return self;
  return descrErr(name, t, self);
}

export function installDictViews(): void {
  const kinds: [PyType, new (d: PyDict) => PyObject, IterKind][] = [
    [dictKeysType, PyDictKeys, IterKind.Keys],
    [dictValuesType, PyDictValues, IterKind.Values],
    [dictItemsType, PyDictItems, IterKind.Items],
  ];
  for (const [t, cls, kind] of kinds) {
    const V = (self: any, name: string) => chk(self, cls, t, name) as any as { d: PyDict };
    defMethod(t, '__len__', (self: any) => V(self, '__len__').d.s.size);
    defMethod(t, '__iter__', (self: any) => new DictIter(V(self, '__iter__').d.s, kind));
    defMethod(t, '__reversed__', (self: any) => dictReversed(V(self, '__reversed__').d, kind));
    defMethod(t, '__repr__', (self: any) => viewRepr(self, t.name, V(self, '__repr__').d, kind));
    if (kind === IterKind.Values) {
      defMethod(t, '__contains__', (self: any, x: any) => {
        for (const [, v] of Array.from(V(self, '__contains__').d.s.entries())) if (eqB(v, x)) return true;
        return false;
      });
      continue;
    }
    defMethod(t, '__contains__', (self: any, x: any) => viewContains(V(self, '__contains__') as View, x));
    defMethod(t, 'isdisjoint', (self: any, other: any) => {
      const v = V(self, 'isdisjoint') as View;
      if (other === v) return viewSize(v) === 0;
      if (isAnySet(other) || isSetView(other)) {
        // iterate the smaller operand
        if (sizeOf(other) > viewSize(v)) {
          const it = iter(v);
          for (let x = next(it); x !== undefined; x = next(it)) if (isSetView(other) ? viewContains(other, x) : other.s.has(x)) return false;
          return true;
        }
      }
      const it = iter(other);
      for (let x = next(it); x !== undefined; x = next(it)) if (viewContains(v, x)) return false;
      return true;
    });
    const ops: [string, (a: any, b: any) => PySet][] = [
      ['and', viewAnd],
      ['or', viewOr],
      ['sub', viewSub],
      ['xor', viewXor],
    ];
    for (const [op, f] of ops) {
      defMethod(t, `__${op}__`, (self: any, other: any) => f(V(self, `__${op}__`), other));
      defMethod(t, `__r${op}__`, (self: any, other: any) => f(other, V(self, `__r${op}__`)));
    }
    for (const [name, op] of cmpOps) defMethod(t, name, (self: any, other: any) => viewCompare(V(self, name) as View, other, op));
    t.dict.__hash__ = None;
  }
}
