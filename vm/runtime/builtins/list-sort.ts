// list.sort(): stable, with CPython's semantics (only `<` is used, reverse keeps equal items in their
// original order, the list looks empty while it is being sorted and modifying it raises ValueError).
// Keys with a total order and no user code (exact numbers without NaN, strs, tuples of them) may be sorted
// by any stable algorithm: small lists by the timsort port with a direct comparison, lists of raw numbers
// or of strs natively, the rest by the typed column sorts of sort-columns.ts. Everything else goes through
// the port of CPython's timsort (timsort.ts) with the general `<`, so user __lt__ calls, NaN and errors
// behave exactly as in CPython.
import { None, PyFloat } from '../object.js';
import { PyList, PyTuple, tupleType } from '../types.js';
import { valueErr } from '../exceptions.js';
import { ltB, eqB } from '../operators.js';
import { call1 } from '../call.js';
import { timsort, type Perm, type LessThan } from './timsort.js';
import { planColumns, planItemColumns, sortByColumns, MAX_TUPLE_COLUMNS } from './sort-columns.js';
import { strLtCodePoint } from '../str-order.js';

/** `<` for the general path, with a fast path for exact tuples (lexicographic, as tuple.__lt__: the first
 * unequal pair decides) of numbers and strings, the usual shape of composite sort keys. */
function sortLt(a: any, b: any): boolean {
  if (a instanceof PyTuple && b instanceof PyTuple && a.$cls === tupleType && b.$cls === tupleType) {
    const x = a.a;
    const y = b.a;
    const n = x.length < y.length ? x.length : y.length;
    for (let i = 0; i < n; i++) {
      const p = x[i];
      const q = y[i];
      if (p === q) continue;
      const tp = typeof p;
      if (tp === 'number' && typeof q === 'number' && p === p && q === q) return p < q;
      if (tp === 'string' && typeof q === 'string') return strLtCodePoint(p, q);
      if (eqB(p, q)) continue;
      return ltB(p, q);
    }
    return x.length < y.length;
  }
  if (typeof a === 'string' && typeof b === 'string') return strLtCodePoint(a, b);
  return ltB(a, b);
}

/** Exact ints and non-NaN floats only, as raw JS numbers (ints, and floats that are not integral). */
function allRawNumbers(a: any[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (typeof x !== 'number' || x !== x) return false;
  }
  return true;
}

/** Sorts raw numbers (no NaN) by value. Equal ones are indistinguishable, so order among them is free. */
function sortRawNumbers(a: any[], reverse: boolean): void {
  const n = a.length;
  if (n < SMALL)
    for (let i = 1; i < n; i++) {
      const x = a[i];
      let j = i;
      for (; j > 0 && x < a[j - 1]; j--) a[j] = a[j - 1];
      a[j] = x;
    }
  else {
    const f = new Float64Array(n);
    for (let i = 0; i < n; i++) f[i] = a[i];
    f.sort();
    for (let i = 0; i < n; i++) a[i] = f[i];
  }
  if (reverse) a.reverse();
}

/** Up to this many strs, the native sort of a list of them beats building sort columns. */
const NATIVE_STR_MAX = 2048;

/** Sorts a list of strs without surrogates (UTF-16 order is then code point order) natively: equal strs
 * are indistinguishable, so stability does not matter. False (and `a` untouched) for anything else. */
function sortStrsNative(a: any[], reverse: boolean): boolean {
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'string' || hasSurrogate(a[i])) return false;
  a.sort();
  if (reverse) a.reverse();
  return true;
}

/** Below this many items typed arrays and columns cost more to set up than they save: small sorts run the
 * timsort port (a binary insertion sort at this size) with the cheapest exact comparison for the keys. */
const SMALL = 64;

const ltNumber: LessThan = (x: number | bigint, y: number | bigint) => x < y;
const ltString: LessThan = (x: string, y: string) => x < y;
const SURROGATE = /[\uD800-\uDFFF]/;

/** Does s hold a surrogate? (On a one-byte string, the usual kind, the regex fails without scanning.) */
const hasSurrogate = (s: string): boolean => SURROGATE.test(s);

/** A numeric sort key for exact ints/bools/floats (NaN excluded), else undefined. */
function numKey(x: any): number | bigint | undefined {
  switch (typeof x) {
    case 'number':
      return x === x ? x : undefined;
    case 'boolean':
      return x ? 1 : 0;
    case 'bigint':
      return x;
    case 'object':
      if (x instanceof PyFloat && x.v === x.v) return x.v;
  }
  return undefined;
}

function sortSmall(a: any[], keys: any[], reverse: boolean): void {
  const n = a.length;
  let lt: LessThan = sortLt;
  if (typeof keys[0] === 'string') {
    let surrogates = false;
    let i = 0;
    for (; i < n && typeof keys[i] === 'string'; i++) if (!surrogates && hasSurrogate(keys[i])) surrogates = true;
    // without surrogates UTF-16 order is code point order
    if (i === n) lt = surrogates ? strLtCodePoint : ltString;
  } else {
    const nums = new Array(n);
    let i = 0;
    for (; i < n && (nums[i] = numKey(keys[i])) !== undefined; i++);
    if (i === n) {
      keys = nums;
      lt = ltNumber;
    }
  }
  const idx = initialPermutation(n, reverse);
  try {
    timsort(idx, keys, lt);
  } finally {
    applyPermutation(a, idx, reverse);
  }
}

/** The positions of `keys` in sorted order. CPython's reverse is "reverse, stable sort, reverse": the
 * permutation starts reversed here and the caller reads it backwards. The permutation stays complete when
 * a comparison raises, so the caller can still apply it (CPython leaves the list partially sorted). */
function initialPermutation(n: number, reverse: boolean): Perm {
  const idx = n < SMALL ? new Array<number>(n) : new Int32Array(n);
  if (reverse) for (let i = 0; i < n; i++) idx[i] = n - 1 - i;
  else for (let i = 0; i < n; i++) idx[i] = i;
  return idx;
}

function applyPermutation(a: any[], idx: Perm, reverse: boolean): void {
  const n = a.length;
  const vals = a.slice();
  if (reverse) for (let i = 0; i < n; i++) a[i] = vals[idx[n - 1 - i]];
  else for (let i = 0; i < n; i++) a[i] = vals[idx[i]];
}

/** Keys computed by computeKeys: whole, or taken apart when all are exact tuples of one width. */
interface Keys {
  keys: any[] | null;
  /** items[c][i] is item c of key i. */
  items: any[][] | null;
}

/** key(x) for every item, in order. Exact tuples of one width (the usual composite key) are taken apart
 * into `items` instead of being kept: the tuples then die young rather than being copied around by the GC
 * while the sort runs. Should the sort need whole keys after all, rebuildKeys makes equal tuples (their
 * identity is never seen: only their items are compared). */
function computeKeys(a: any[], key: any): Keys {
  const n = a.length;
  const first = call1(key, a[0]);
  const w = first instanceof PyTuple && first.$cls === tupleType ? first.a.length : 0;
  if (n < SMALL || w === 0 || w > MAX_TUPLE_COLUMNS) {
    const keys = new Array(n);
    keys[0] = first;
    for (let i = 1; i < n; i++) keys[i] = call1(key, a[i]);
    return { keys, items: null };
  }
  const items: any[][] = [];
  for (let c = 0; c < w; c++) (items[c] = new Array(n))[0] = first.a[c];
  for (let i = 1; i < n; i++) {
    const k = call1(key, a[i]);
    if (k instanceof PyTuple && k.$cls === tupleType && k.a.length === w) {
      for (let c = 0; c < w; c++) items[c][i] = k.a[c];
      continue;
    }
    // not all alike: whole keys from here on
    const keys = rebuildKeys(items, i);
    keys[i] = k;
    for (let j = i + 1; j < n; j++) keys[j] = call1(key, a[j]);
    return { keys, items: null };
  }
  return { keys: null, items };
}

/** Tuples equal to the first `count` keys taken apart into `items` (an array as long as the list). */
function rebuildKeys(items: any[][], count: number): any[] {
  const keys = new Array(items[0].length);
  for (let i = 0; i < count; i++) {
    const t = new Array(items.length);
    for (let c = 0; c < items.length; c++) t[c] = items[c][i];
    keys[i] = new PyTuple(t);
  }
  return keys;
}

/** Sorts `a` in place; `key` is a Python callable or None. An exception from a key function leaves `a`
 * untouched; one from a comparison leaves it in CPython's partially sorted state. */
export function sortArray(a: any[], key: any, reverse: boolean): void {
  const n = a.length;
  if (n === 0) return;
  let keys = a;
  let items: any[][] | null = null;
  if (key !== None) {
    const k = computeKeys(a, key);
    if (k.keys !== null) keys = k.keys;
    else items = k.items;
  }
  if (n < 2) return;
  if (key === None) {
    if (allRawNumbers(a)) return sortRawNumbers(a, reverse);
    if (n <= NATIVE_STR_MAX && typeof a[0] === 'string' && sortStrsNative(a, reverse)) return;
  }
  if (n < SMALL) return sortSmall(a, keys, reverse);
  const idx = initialPermutation(n, reverse) as Int32Array;
  const cols = items !== null ? planItemColumns(items) : planColumns(keys);
  if (items !== null && cols === null) keys = rebuildKeys(items, n);
  if (cols !== null) {
    sortByColumns(idx, cols);
    applyPermutation(a, idx, reverse);
    return;
  }
  try {
    timsort(idx, keys, sortLt);
  } finally {
    applyPermutation(a, idx, reverse);
  }
}

/** list.sort(key=..., reverse=...) on a list object, with CPython's "list modified during sort" check. */
export function listSort(self: PyList, key: any, reverse: boolean): void {
  const saved = self.a;
  const empty: any[] = [];
  self.a = empty;
  let failed = false;
  let err: unknown;
  try {
    sortArray(saved, key, reverse);
  } catch (e) {
    failed = true;
    err = e;
  }
  const modified = self.a !== empty || empty.length !== 0;
  self.a = saved;
  if (failed) throw err;
  if (modified) throw valueErr('list modified during sort');
}
