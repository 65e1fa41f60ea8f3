// Set algebra on SetStores, following CPython's setobject.c (which operand is iterated decides which of
// two equal-but-distinct keys, like 1 and 1.0, ends up in the result). Shared by set/frozenset and the
// dict views.
import { PyType } from '../object.js';
import { PySet, PyFrozenSet, PyDict, PyList, PyTuple, setType, frozensetType, dictType, listType, tupleType } from '../types.js';
import { SetStore, DictStore } from '../hash-store.js';
import { iter, next } from '../iteration.js';

export type AnySet = PySet | PyFrozenSet;

export function isAnySet(x: any): x is AnySet {
  return x instanceof PySet || x instanceof PyFrozenSet;
}

/** The built-in base (set or frozenset) of a set object: results of set algebra use it. */
export function baseSetType(x: AnySet): PyType {
  return x instanceof PyFrozenSet ? frozensetType : setType;
}

export function newSetOf(base: PyType, s: SetStore): AnySet {
  return base === frozensetType ? new PyFrozenSet(s) : new PySet(s);
}

export function copyStore(s: SetStore): SetStore {
  const out = new SetStore();
  out.copyFrom(s);
  return out;
}

/** Adds every element of iterable `x` to `s` (set.update with one argument). */
export function storeUpdate(s: SetStore, x: any): void {
  if (isAnySet(x)) {
    if (s.size === 0 && x.s !== s) {
      s.copyFrom(x.s);
      return;
    }
    if (x.s === s) return;
    for (const v of x.s.values()) s.add(v);
    return;
  }
  if (x instanceof PyDict && x.$cls === dictType) {
    for (const k of x.s.keys()) s.add(k);
    return;
  }
  if ((x instanceof PyList && x.$cls === listType) || (x instanceof PyTuple && x.$cls === tupleType)) {
    const a = x.a;
    for (let i = 0; i < a.length; i++) s.add(a[i]);
    return;
  }
  const it = iter(x);
  for (let v = next(it); v !== undefined; v = next(it)) s.add(v);
}

/** A fresh store holding the elements of any iterable. */
export function storeFrom(x: any): SetStore {
  const s = new SetStore();
  storeUpdate(s, x);
  return s;
}

/** Elements of `so` that are also in `other` (any iterable). */
export function storeIntersection(so: SetStore, other: any): SetStore {
  const result = new SetStore();
  if (isAnySet(other)) {
    let big = so;
    let small = other.s;
    if (small === big) {
      result.copyFrom(so);
      return result;
    }
    if (small.size > big.size) {
      const t = big;
      big = small;
      small = t;
    }
    for (const v of small.values()) if (big.has(v)) result.add(v);
    return result;
  }
  const it = iter(other);
  for (let v = next(it); v !== undefined; v = next(it)) if (so.has(v)) result.add(v);
  return result;
}

/** Membership test against a set or dict operand (other iterables are turned into a store first). */
function memberTest(other: any): (v: any) => boolean {
  if (isAnySet(other)) {
    const s = other.s;
    return (v) => s.has(v);
  }
  if (other instanceof PyDict && other.$cls === dictType) {
    const s = other.s;
    return (v) => s.has(v);
  }
  const s = storeFrom(other);
  return (v) => s.has(v);
}

/** Elements of `so` not in `other`. */
export function storeDifference(so: SetStore, other: any): SetStore {
  const result = new SetStore();
  if (isAnySet(other) && other.s === so) return result;
  if (!isAnySet(other) && !(other instanceof PyDict && other.$cls === dictType)) {
    result.copyFrom(so);
    storeDifferenceUpdate(result, other);
    return result;
  }
  const has = memberTest(other);
  for (const v of so.values()) if (!has(v)) result.add(v);
  return result;
}

export function storeDifferenceUpdate(so: SetStore, other: any): void {
  if (isAnySet(other)) {
    if (other.s === so) {
      so.clear();
      return;
    }
    for (const v of Array.from(other.s.values())) so.delete(v);
    return;
  }
  if (other instanceof PyDict && other.$cls === dictType) {
    for (const k of Array.from(other.s.keys())) so.delete(k);
    return;
  }
  const it = iter(other);
  for (let v = next(it); v !== undefined; v = next(it)) so.delete(v);
}

export function storeSymDiffUpdate(so: SetStore, other: any): void {
  let src: SetStore;
  if (isAnySet(other)) {
    if (other.s === so) {
      so.clear();
      return;
    }
    src = other.s;
  } else if (other instanceof PyDict && other.$cls === dictType && other.s instanceof DictStore) {
    for (const k of Array.from(other.s.keys())) {
      if (!so.delete(k)) so.add(k);
    }
    return;
  } else src = storeFrom(other);
  symDiffFrom(so, src);
}

function symDiffFrom(so: SetStore, src: SetStore): void {
  for (const v of Array.from(src.values())) {
    if (!so.delete(v)) so.add(v);
  }
}

/** CPython's set_symmetric_difference: a copy of `other` updated with `so`. */
export function storeSymDiff(so: SetStore, other: any): SetStore {
  const result = storeFrom(other);
  symDiffFrom(result, so);
  return result;
}

export function storeIsSubset(a: SetStore, b: SetStore): boolean {
  if (a.size > b.size) return false;
  for (const v of a.values()) if (!b.has(v)) return false;
  return true;
}

export function storeIsDisjoint(so: SetStore, other: any): boolean {
  if (isAnySet(other)) {
    let a = so;
    let b = other.s;
    if (a === b) return a.size === 0;
    if (a.size > b.size) {
      const t = a;
      a = b;
      b = t;
    }
    for (const v of a.values()) if (b.has(v)) return false;
    return true;
  }
  const it = iter(other);
  for (let v = next(it); v !== undefined; v = next(it)) if (so.has(v)) return false;
  return true;
}
