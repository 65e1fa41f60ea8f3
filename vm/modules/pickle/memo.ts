// The pickler's memo (CPython's PyMemoTable): object or str -> memo index.
//
// It sits on a JS Map, and with ~100k entries the Map is most of the cost of a dump: every object costs a lookup
// and an insertion, and inserting grows the table, re-reading every key's hash. A program usually pickles the same
// long-lived objects again and again (a game world sent to a worker every tick), so the memo of the last dump is
// kept for the next one, with its keys in index order:
//
// - While a dump memoizes exactly the keys the last one did, in the same order, its memo *is* the last one: the
//   Map already maps each key to its index, and a key is new when it is the next key of the last dump (`next`).
//   So most objects cost neither a lookup nor an insertion.
// - At the first difference (`split`) the dump goes on in a Map of its own and counts how many of its next PROBE
//   keys the old Map holds. Few (fresh objects): it keeps its own Map, so a table of stale keys is not grown for
//   nothing. Many: it moves its entries into the old Map, where keys seen before are overwritten in place instead
//   of inserted. A dump with nothing cached goes the same way, from an empty old memo (so every path runs early,
//   before V8 optimizes the callers: a path first taken in optimized code throws that code away).
//
// Stale entries must never read as current. Values are `base + index`, with `base` at or above every value stored
// before in that Map (its `top`), and an entry is current when its index is below `count`; entries of the old Map
// that a dump reached before leaving its order (`split`) are current while it probes. Only one pickler uses a
// cached memo at a time (a nested dump finds none and makes its own).
//
// The cached memo keeps the last dump's objects alive. It sits in one `holder` object held through a WeakRef, so
// once the running JS job ends (a WeakRef's target is kept until then) the GC may drop it; during a job (a whole
// Python program, typically) only the last dump's memo is held, since each dump replaces it in the same holder.

/** Keys a dump puts after leaving the last dump's order before it chooses between the old Map and its own. */
const PROBE = 128;
/** Largest value stored: past it the cache restarts (values stay small integers for V8). */
const MAX_VALUE = 2 ** 29;
/** `next` when there is no next key to expect: never a memo key. */
const NONE = {};

/** What a dump leaves to the next one. */
interface Cached {
  map: Map<any, number>;
  /** The dump's keys in index order. */
  keys: any[];
  /** Its base (value = base + index). */
  base: number;
  /** Above every value in `map`. */
  top: number;
}

/** The cached memo (null when there is none, or a pickler has taken it). One object for as long as the GC
 * keeps it, so that the WeakRef made once does not keep a memo per dump alive until the job ends. */
let holder: WeakRef<{ memo: Cached | null }> | null = null;

export class Memo {
  /** key -> base + index: this dump's entries (while it follows the last dump's order, the last dump's Map). */
  private map: Map<any, number>;
  private base = 0;
  /** Entries of this memo: the next memo index. */
  count: number;
  /** The last dump's key at index `count`, while this dump follows its order; else NONE. */
  private next: any = NONE;
  /** This dump's keys by index (while probing: from `split` on), kept for the next dump; null for a Pickler
   * object's memo, which lives on between dumps and is never cached. */
  private keys: any[] | null;
  /** The last dump's memo, until this dump has chosen between it and its own Map. */
  private old: Cached | null = null;
  /** Where this dump left the last dump's order (-1: it has not, or has chosen since). */
  private split = -1;
  /** How many keys put since `split` the old Map holds. */
  private reused = 0;

  /** A memo for one dump; or, given `persistent`, over that Map (a Pickler object's memo). */
  constructor(persistent?: Map<any, number>) {
    if (persistent !== undefined) {
      this.map = persistent;
      this.count = persistent.size;
      this.keys = null;
      return;
    }
    const h = holder === null ? undefined : holder.deref();
    let c: Cached | null = null;
    if (h !== undefined) {
      c = h.memo;
      h.memo = null;
    }
    if (c === null) c = { map: new Map(), keys: [], base: 0, top: 0 };
    this.old = c;
    this.map = c.map;
    this.base = c.base;
    this.keys = c.keys;
    this.count = 0;
    if (c.keys.length > 0) this.next = c.keys[0];
  }

  /** The memo index of `k`, or undefined. */
  get(k: any): number | undefined {
    if (k === this.next) return undefined; // the last dump's next key: not memoized yet
    const v = this.map.get(k);
    if (v !== undefined) {
      const i = v - this.base;
      if (i >= 0 && i < this.count) return i;
    }
    return this.split > 0 ? this.getBeforeSplit(k) : undefined;
  }

  /** While probing: the entries before `split` are the old Map's. */
  private getBeforeSplit(k: any): number | undefined {
    const old = this.old!;
    const v = old.map.get(k);
    if (v === undefined) return undefined;
    const i = v - old.base;
    return i >= 0 && i < this.split ? i : undefined;
  }

  /** Memoizes `k` (absent: the caller checked) and returns its index. */
  put(k: any): number {
    const idx = this.count;
    if (k === this.next) {
      // the last dump's next key, which its Map already holds at this index
      this.count = idx + 1;
      const keys = this.keys!;
      this.next = idx + 1 < keys.length ? keys[idx + 1] : NONE;
      return idx;
    }
    if (this.old !== null) return this.putProbing(k);
    this.count = idx + 1;
    this.map.set(k, this.base + idx);
    if (this.keys !== null) this.keys.push(k);
    return idx;
  }

  /** put() from the first difference with the last dump until decide(). */
  private putProbing(k: any): number {
    const idx = this.count;
    if (this.split < 0) {
      this.split = idx;
      this.next = NONE;
      this.map = new Map();
      this.base = 0;
      this.keys = [];
    }
    this.count = idx + 1;
    this.map.set(k, idx);
    this.keys!.push(k);
    if (this.old!.map.has(k)) this.reused++;
    if (this.count - this.split === PROBE) this.decide();
    return idx;
  }

  /** Ends probing: moves into the old Map when it held half the probed keys or more, else stays in our own. */
  private decide(): void {
    const old = this.old!;
    const split = this.split;
    const probed = this.keys!;
    this.old = null;
    this.split = -1;
    const keys = old.keys;
    keys.length = split;
    for (let i = 0; i < probed.length; i++) keys.push(probed[i]);
    this.keys = keys;
    if (this.reused * 2 >= probed.length && old.top + this.count < MAX_VALUE) {
      const base = old.top;
      const map = old.map;
      for (let i = 0; i < keys.length; i++) map.set(keys[i], base + i);
      this.map = map;
      this.base = base;
    } else {
      const map = this.map;
      for (let i = 0; i < split; i++) map.set(keys[i], i);
    }
  }

  /** At the end of a dump: offers the memo to the next one, unless its Map is mostly stale entries. */
  release(): void {
    if (this.keys === null) return; // a Pickler object's memo
    let c: Cached;
    if (this.old !== null && this.split < 0) {
      // the last dump's keys in its order, all of them or its first `count`: only the length changes
      c = this.old;
      c.keys.length = this.count;
    } else {
      if (this.old !== null) this.decide();
      c = { map: this.map, keys: this.keys!, base: this.base, top: this.base + this.count };
    }
    const keep = c.top < MAX_VALUE && c.map.size <= 2 * this.count + 16;
    let h = holder === null ? undefined : holder.deref();
    if (h === undefined) {
      if (!keep) return;
      h = { memo: null };
      holder = new WeakRef(h);
    }
    h.memo = keep ? c : null;
  }
}
