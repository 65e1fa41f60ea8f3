// Set algebra on SetStores, following CPython 3.11's setobject.c step by step: which operand is iterated,
// in which order elements are inserted and when the table is resized all show in the iteration order of the
// result (and decide which of two equal-but-distinct keys, like 1 and 1.0, ends up in it). Elements taken
// from a set keep their stored hash, as in CPython (__hash__ is not called again). Shared by set/frozenset
// and the dict views.
import { PyType } from '../object.js';
import { PySet, PyFrozenSet, PyDict, PyList, PyTuple, setType, frozensetType, dictType, listType, tupleType } from '../types.js';
import { SetStore } from '../hash-store.js';
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

function isExactDict(x: any): x is PyDict {
  return x instanceof PyDict && x.$cls === dictType;
}

/** A new store with the elements of `s` (CPython's set_copy: set_merge into an empty set). */
export function copyStore(s: SetStore): SetStore {
  const out = new SetStore();
  out.copyFrom(s);
  return out;
}

/** Adds every element of iterable `x` to `s` (CPython's set_update_internal). */
export function storeUpdate(s: SetStore, x: any): void {
  if (isAnySet(x)) {
    s.copyFrom(x.s);
    return;
  }
  if (isExactDict(x)) {
    s.updateFromDict(x.s);
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

/**
 * The frozenset constant CPython's compiler makes of constant set items: PyFrozenSet_New(items), which the
 * constant merger (merge_consts_recursive) then rebuilds from its own iteration order. `for x in {1, 2, 3}`,
 * comprehension iterables and `x in {1, 2, 3}` use this constant directly.
 */
export function constFrozenset(items: any[]): PyFrozenSet {
  const f = new SetStore();
  for (let i = 0; i < items.length; i++) f.add(items[i]);
  const g = new SetStore();
  for (const v of f.values()) g.add(v);
  return new PyFrozenSet(g);
}

/**
 * A set display whose items (more than two, none starred) are all constants: CPython loads the frozenset
 * constant (constFrozenset) and copies it into a new set with set_merge, which can order the table differently
 * from adding the items one by one (BUILD_SET) once there are five or more.
 */
export function constSetDisplay(items: any[]): PySet {
  const s = new SetStore();
  s.copyFrom(constFrozenset(items).s);
  return new PySet(s);
}

/** A fresh store holding the elements of any iterable (make_new_set). */
export function storeFrom(x: any): SetStore {
  const s = new SetStore();
  storeUpdate(s, x);
  return s;
}

/** CPython's set_intersection: elements of `so` that are also in `other` (any iterable). */
export function storeIntersection(so: SetStore, other: any): SetStore {
  if (isAnySet(other) && other.s === so) return copyStore(so);
  const result = new SetStore();
  if (isAnySet(other)) {
    // iterate the smaller set (the argument when sizes tie), probing the other one
    let big = so;
    let small = other.s;
    if (small.size > big.size) {
      big = other.s;
      small = so;
    }
    for (let j = 0; j <= small.mask; j++) if (small.active(j) && big.hasSlotOf(small, j)) result.insertSlotOf(small, j);
    return result;
  }
  const it = iter(other);
  for (let v = next(it); v !== undefined; v = next(it)) {
    if (result.addIfIn(so, v) && result.size >= so.size) break;
  }
  return result;
}

/** CPython's set_difference: elements of `so` not in `other`. */
export function storeDifference(so: SetStore, other: any): SetStore {
  let otherSize: number;
  if (isAnySet(other)) otherSize = other.s.size;
  else if (isExactDict(other)) otherSize = other.s.size;
  else return copyAndDifference(so, other);
  // when `so` is much bigger than `other`, copying it and removing the common elements is cheaper
  if (so.size >> 2 > otherSize) return copyAndDifference(so, other);
  const result = new SetStore();
  if (isExactDict(other)) {
    const d = other.s;
    for (let j = 0; j <= so.mask; j++) if (so.active(j) && !d.has(so.k[j])) result.insertSlotOf(so, j);
    return result;
  }
  const o = (other as AnySet).s;
  for (let j = 0; j <= so.mask; j++) if (so.active(j) && !o.hasSlotOf(so, j)) result.insertSlotOf(so, j);
  return result;
}

function copyAndDifference(so: SetStore, other: any): SetStore {
  const result = copyStore(so);
  storeDifferenceUpdate(result, other);
  return result;
}

/** CPython's set_difference_update_internal. */
export function storeDifferenceUpdate(so: SetStore, other: any): void {
  if (isAnySet(other)) {
    const o = other.s;
    if (o === so) {
      so.clear();
      return;
    }
    for (let j = 0; j <= o.mask; j++) if (o.active(j)) so.discardSlotOf(o, j);
  } else {
    const it = iter(other);
    for (let v = next(it); v !== undefined; v = next(it)) so.delete(v);
  }
  so.purgeDummies();
}

/** CPython's set_symmetric_difference_update. */
export function storeSymDiffUpdate(so: SetStore, other: any): void {
  if (isAnySet(other) && other.s === so) {
    so.clear();
    return;
  }
  if (isExactDict(other)) {
    for (const k of Array.from(other.s.keys())) so.toggle(k);
    return;
  }
  const src = isAnySet(other) ? other.s : storeFrom(other);
  for (let j = 0; j <= src.mask; j++) if (src.active(j)) so.toggleSlotOf(src, j);
}

/** CPython's set_symmetric_difference: a copy of `other` updated with `so`. */
export function storeSymDiff(so: SetStore, other: any): SetStore {
  const result = storeFrom(other);
  for (let j = 0; j <= so.mask; j++) if (so.active(j)) result.toggleSlotOf(so, j);
  return result;
}

export function storeIsSubset(a: SetStore, b: SetStore): boolean {
  if (a.size > b.size) return false;
  for (let j = 0; j <= a.mask; j++) if (a.active(j) && !b.hasSlotOf(a, j)) return false;
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
    for (let j = 0; j <= a.mask; j++) if (a.active(j) && b.hasSlotOf(a, j)) return false;
    return true;
  }
  const it = iter(other);
  for (let v = next(it); v !== undefined; v = next(it)) if (so.has(v)) return false;
  return true;
}
