// Dict storage with Python key semantics, on top of JS Map (which keeps insertion order, as dict must).
// Sets use CPython's own hash table instead (set-table.ts: sets iterate in slot order), re-exported here.
//
// A key is first normalised to a JS "map key": str, int and float values become JS primitives so that
// 1 == 1.0 == True share one slot; objects hashed by identity are their own map key. Objects hashed by
// value (tuples, frozensets, user __hash__/__eq__) go through `buckets`: the first key object seen for a
// hash class stands for all keys equal to it.
import { PyFloat, PyObject, PyType } from './object.js';
import { PyComplex, complexType, PyBoxed, PyTuple, tupleType } from './types.js';
import { storeHooks, hashModeOf, hash32, HashMode } from './set-table.js';

export { storeHooks, SetStore } from './set-table.js';

/** Normalises a key: returns a primitive/identity map key, or undefined when it needs bucket lookup. */
function primKey(k: any): any {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
  }
  if (k instanceof PyFloat) return floatKey(k.v);
  // a complex with a zero imaginary part equals the float/int of its real part (0j == 0)
  if (k instanceof PyComplex && k.im === 0 && k.$cls === complexType) return floatKey(k.re);
  if (k instanceof PyTuple && k.$cls === tupleType) return undefined;
  const t: PyType = (k as PyObject).$cls;
  const mode = hashModeOf(t);
  if (mode === HashMode.Identity) return k;
  if (mode === HashMode.Boxed) return primKey((k as PyBoxed).v);
  if (mode === HashMode.Unhashable) storeHooks.unhashable(k);
  return undefined;
}

function floatKey(v: number): any {
  if (Number.isSafeInteger(v)) return v === 0 ? 0 : v;
  if (Number.isFinite(v) && Number.isInteger(v)) return BigInt(v);
  return v;
}

/** Base: the normalisation and bucket machinery of dicts. */
abstract class HashStore {
  /** map key -> value (dict) or -> original key (set). */
  m = new Map<any, any>();
  /** hash -> representative key objects, for value-hashed keys. */
  buckets: Map<number, any[]> | null = null;

  /** Finds the map key for `k` without inserting; undefined if absent. */
  protected findKey(k: any): any {
    const p = primKey(k);
    if (p !== undefined) return p;
    if (this.buckets === null) {
      hash32(k); // still call __hash__ (and raise TypeError for unhashable keys)
      return undefined;
    }
    const h = hash32(k);
    const b = this.buckets.get(h);
    if (b === undefined) return undefined;
    for (let i = 0; i < b.length; i++) {
      const k0 = b[i];
      if (k0 === k || storeHooks.eq(k0, k)) return k0;
    }
    return undefined;
  }

  /** Finds or creates the map key for `k`. */
  protected keyFor(k: any): any {
    const p = primKey(k);
    if (p !== undefined) return p;
    const h = hash32(k);
    if (this.buckets === null) this.buckets = new Map();
    let b = this.buckets.get(h);
    if (b === undefined) {
      b = [];
      this.buckets.set(h, b);
    }
    for (let i = 0; i < b.length; i++) {
      const k0 = b[i];
      if (k0 === k || storeHooks.eq(k0, k)) return k0;
    }
    b.push(k);
    return k;
  }

  protected dropBucketKey(mk: any): void {
    if (this.buckets === null || typeof mk !== 'object') return;
    for (const [h, b] of this.buckets) {
      const i = b.indexOf(mk);
      if (i >= 0) {
        b.splice(i, 1);
        if (b.length === 0) this.buckets.delete(h);
        return;
      }
    }
  }

  get size(): number {
    return this.m.size;
  }
}

/** The storage of a dict: insertion-ordered key -> value with Python key equality. */
export class DictStore extends HashStore {
  /** map key -> original Python key, only where they differ (True stored under 1, 1.0 under 1). */
  orig: Map<any, any> | null = null;

  get(k: any): any {
    if (typeof k === 'string') return this.m.get(k);
    const mk = this.findKey(k);
    return mk === undefined ? undefined : this.m.get(mk);
  }

  has(k: any): boolean {
    if (typeof k === 'string') return this.m.has(k);
    const mk = this.findKey(k);
    return mk !== undefined && this.m.has(mk);
  }

  set(k: any, v: any): void {
    if (typeof k === 'string') {
      this.m.set(k, v);
      return;
    }
    const mk = this.keyFor(k);
    if (mk !== k && !this.m.has(mk)) {
      if (this.orig === null) this.orig = new Map();
      this.orig.set(mk, k);
    }
    this.m.set(mk, v);
  }

  /** Removes `k`; returns the old value or undefined. */
  delete(k: any): any {
    const mk = typeof k === 'string' ? k : this.findKey(k);
    if (mk === undefined) return undefined;
    const v = this.m.get(mk);
    if (v === undefined) return undefined;
    this.m.delete(mk);
    if (this.orig !== null) this.orig.delete(mk);
    this.dropBucketKey(mk);
    return v;
  }

  clear(): void {
    this.m.clear();
    this.orig = null;
    this.buckets = null;
  }

  /** The Python key stored under a map key. */
  pyKey(mk: any): any {
    if (this.orig !== null) {
      const o = this.orig.get(mk);
      if (o !== undefined) return o;
    }
    return mk;
  }

  // Snapshots as arrays: faster than generators, and callers that mutate the dict while iterating are safe.
  keys(): any[] {
    const out: any[] = [];
    if (this.orig === null) for (const mk of this.m.keys()) out.push(mk);
    else for (const mk of this.m.keys()) out.push(this.pyKey(mk));
    return out;
  }

  entries(): [any, any][] {
    const out: [any, any][] = [];
    if (this.orig === null) for (const e of this.m) out.push(e);
    else for (const [mk, v] of this.m) out.push([this.pyKey(mk), v]);
    return out;
  }

  copyFrom(other: DictStore): void {
    for (const [mk, v] of other.m) this.m.set(mk, v);
    if (other.orig !== null) this.orig = new Map(other.orig);
    if (other.buckets !== null) {
      this.buckets = new Map();
      for (const [h, b] of other.buckets) this.buckets.set(h, b.slice());
    }
  }
}
