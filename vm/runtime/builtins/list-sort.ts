// list.sort(): stable, with CPython's semantics (only `<` is used, reverse keeps equal items in their
// original order, the list looks empty while it is being sorted and modifying it raises ValueError).
// Homogeneous numbers and strings (the common cases in game code) take native-comparison fast paths.
import { None, PyFloat } from '../object.js';
import { PyList, PyTuple, tupleType } from '../types.js';
import { valueErr } from '../exceptions.js';
import { ltB, eqB } from '../operators.js';
import { call1 } from '../call.js';

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

const enum Kind {
  RawNumbers,
  Numbers,
  Strings,
  Other,
}

function classify(a: any[]): Kind {
  const n = a.length;
  const t = typeof a[0];
  if (t === 'string') {
    for (let i = 1; i < n; i++) if (typeof a[i] !== 'string') return Kind.Other;
    return Kind.Strings;
  }
  let raw = true;
  for (let i = 0; i < n; i++) {
    const x = a[i];
    if (typeof x === 'number') {
      if (x !== x) return Kind.Other;
    } else {
      raw = false;
      if (numKey(x) === undefined) return Kind.Other;
    }
  }
  return raw ? Kind.RawNumbers : Kind.Numbers;
}

/** `<` for sort keys, with a fast path for exact tuples (lexicographic, as tuple.__lt__: the first
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
      if ((tp === 'number' && typeof q === 'number' && p === p && q === q) || (tp === 'string' && typeof q === 'string')) return p < q;
      if (eqB(p, q)) continue;
      return ltB(p, q);
    }
    return x.length < y.length;
  }
  return ltB(a, b);
}

/** Stable merge sort of `idx` (indices into `keys`) calling only `keys[j] < keys[i]`, once per comparison. */
function mergeSortIdx(idx: number[], keys: any[]): void {
  const n = idx.length;
  const RUN = 32;
  // binary insertion sort of each run
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const pivot = idx[i];
      const pk = keys[pivot];
      let l = lo;
      let r = i;
      while (l < r) {
        const m = (l + r) >>> 1;
        if (sortLt(pk, keys[idx[m]])) r = m;
        else l = m + 1;
      }
      for (let j = i; j > l; j--) idx[j] = idx[j - 1];
      idx[l] = pivot;
    }
  }
  if (n <= RUN) return;
  let src = idx;
  let dst = new Array<number>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        // take from the right only when strictly smaller: stability
        if (sortLt(keys[src[j]], keys[src[i]])) dst[k++] = src[j++];
        else dst[k++] = src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== idx) for (let i = 0; i < n; i++) idx[i] = src[i];
}

const cmpMixed = (x: any, y: any) => (x < y ? -1 : y < x ? 1 : 0);

/** Keys that are exact tuples of one length whose every column holds only raw numbers (no NaN) or only
 * strings: returned as columns, so a native stable sort can compare them without calling back into Python. */
function tupleColumns(keys: any[]): any[][] | null {
  const first = keys[0];
  if (!(first instanceof PyTuple) || first.$cls !== tupleType) return null;
  const w = first.a.length;
  if (w === 0 || w > 6) return null;
  const cols: any[][] = [];
  const kinds: string[] = [];
  for (let c = 0; c < w; c++) {
    const t = typeof first.a[c];
    if (t !== 'number' && t !== 'string') return null;
    kinds.push(t);
    cols.push(new Array(keys.length));
  }
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!(k instanceof PyTuple) || k.$cls !== tupleType || k.a.length !== w) return null;
    for (let c = 0; c < w; c++) {
      const v = k.a[c];
      if (typeof v !== kinds[c] || v !== v) return null;
      cols[c][i] = v;
    }
  }
  return cols;
}

/** Sorts `a` in place; `key` is a Python callable or None. Leaves `a` untouched when an exception escapes. */
export function sortArray(a: any[], key: any, reverse: boolean): void {
  const n = a.length;
  if (n === 0) return;
  if (key === None) {
    if (n < 2) return;
    const kind = classify(a);
    if (kind === Kind.RawNumbers) {
      // identical numbers are indistinguishable, so an unstable native sort is fine
      const f = Float64Array.from(a).sort();
      if (reverse) for (let i = 0; i < n; i++) a[i] = f[n - 1 - i];
      else for (let i = 0; i < n; i++) a[i] = f[i];
      return;
    }
    if (kind === Kind.Strings) {
      a.sort();
      if (reverse) a.reverse();
      return;
    }
    sortByKeys(a, a.slice(), kind, reverse);
    return;
  }
  const keys = new Array(n);
  for (let i = 0; i < n; i++) keys[i] = call1(key, a[i]);
  if (n < 2) return;
  sortByKeys(a, keys, classify(keys), reverse);
}

function sortByKeys(a: any[], keys: any[], kind: Kind, reverse: boolean): void {
  const n = a.length;
  const idx = new Array<number>(n);
  // reverse, stable sort, reverse: equal keys keep their original order (as CPython)
  if (reverse) for (let i = 0; i < n; i++) idx[i] = n - 1 - i;
  else for (let i = 0; i < n; i++) idx[i] = i;
  if (kind === Kind.RawNumbers) {
    const k = Float64Array.from(keys);
    idx.sort((i, j) => k[i] - k[j]);
  } else if (kind === Kind.Numbers) {
    const k = keys.map(numKey) as (number | bigint)[];
    idx.sort((i, j) => cmpMixed(k[i], k[j]));
  } else if (kind === Kind.Strings) {
    idx.sort((i, j) => cmpMixed(keys[i], keys[j]));
  } else {
    const cols = tupleColumns(keys);
    if (cols !== null)
      idx.sort((i, j) => {
        for (let c = 0; c < cols.length; c++) {
          const x = cols[c][i];
          const y = cols[c][j];
          if (x < y) return -1;
          if (y < x) return 1;
        }
        return 0;
      });
    else mergeSortIdx(idx, keys);
  }
  const vals = a.slice();
  if (reverse) for (let i = 0; i < n; i++) a[i] = vals[idx[n - 1 - i]];
  else for (let i = 0; i < n; i++) a[i] = vals[idx[i]];
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
