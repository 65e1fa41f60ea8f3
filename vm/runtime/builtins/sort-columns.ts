// Fast paths of list.sort for keys with a total order and no user code: exact ints/bools/floats (NaN
// excluded), exact strs, and exact tuples of one width whose every position holds only such numbers or only
// strs. Every stable sort orders them identically, so these may use their own algorithm: the keys are
// turned into columns (typed arrays where possible) and the permutation is sorted column by column, each
// run of equal values in one column being sorted by the next column (a tuple's lexicographic order).
import { PyFloat } from '../object.js';
import { PyTuple, tupleType } from '../types.js';
import { strLtCodePoint } from '../str-order.js';

const enum ColKind {
  /** Numbers in a Float64Array, compared natively. */
  F64,
  /** strs (or numbers mixed with bigints) in an array, compared with JS `<` (exact for bigint/number). */
  Native,
  /** strs holding surrogates: compared by code point, not by UTF-16 unit as JS `<` does. */
  CodePoint,
}

interface Column {
  kind: ColKind;
  f: Float64Array | null;
  o: any[] | null;
}

const f64Col = (f: Float64Array): Column => ({ kind: ColKind.F64, f, o: null });
const objCol = (kind: ColKind, o: any[]): Column => ({ kind, f: null, o });

// ---- building columns ----
// A column is read from `keys` either directly (c = -1) or as position c of each key tuple, without
// first copying it out: the keys of a big sort are scattered in memory and every pass over them counts.

const itemOf = (keys: any[], i: number, c: number): any => (c < 0 ? keys[i] : keys[i].a[c]);

function columnValues(keys: any[], c: number): any[] {
  if (c < 0) return keys;
  const vals = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) vals[i] = keys[i].a[c];
  return vals;
}

/** A column for exact ints/bools/floats without NaN, or null when some value is anything else. */
function numberColumn(keys: any[], c: number): Column | null {
  const n = keys.length;
  const f = new Float64Array(n);
  let big = false;
  for (let i = 0; i < n; i++) {
    const x = itemOf(keys, i, c);
    if (typeof x === 'number') {
      if (x !== x) return null;
      f[i] = x;
    } else if (typeof x === 'boolean') f[i] = x ? 1 : 0;
    else if (typeof x === 'bigint') big = true;
    else if (x instanceof PyFloat && x.v === x.v) f[i] = x.v;
    else return null;
  }
  if (!big) return f64Col(f);
  // a bigint does not fit a double exactly; JS compares bigint with number exactly
  const o = columnValues(keys, c).slice();
  for (let i = 0; i < n; i++) if (typeof o[i] !== 'bigint') o[i] = f[i];
  return objCol(ColKind.Native, o);
}

/** Columns for exact strs, or null when some value is not a str. The 7 units after the prefix all strs
 * share are packed into a number column (so most comparisons are between doubles); a full-string column
 * breaks ties only when some str is longer than that. Packing assumes ASCII (the usual case); other units
 * are packed again by strColumnsWide. */
function strColumns(keys: any[], c: number): Column[] | null {
  const n = keys.length;
  const first = itemOf(keys, 0, c);
  let shared = first.length;
  let maxLen = 0;
  for (let i = 0; i < n; i++) {
    const s = itemOf(keys, i, c);
    if (typeof s !== 'string') return null;
    if (s.length > maxLen) maxLen = s.length;
    let j = 0;
    while (j < shared && s.charCodeAt(j) === first.charCodeAt(j)) j++;
    shared = j;
  }
  // a surrogate in the shared prefix could pair with a differing unit after it: pack from before it
  const surrogate = first.slice(0, shared).search(SURROGATE);
  if (surrogate >= 0) shared = surrogate;
  const f = new Float64Array(n);
  let ascii = true;
  const end = shared + 7;
  for (let i = 0; i < n; i++) {
    const s: string = itemOf(keys, i, c);
    const len = s.length;
    let p = 0;
    for (let j = shared; j < end; j++) {
      // a unit u is stored as u + 1 so that a shorter str (0 digits) sorts first
      const u = j < len ? s.charCodeAt(j) + 1 : 0;
      if (u > 0x80) ascii = false;
      p = p * 0x81 + u;
    }
    f[i] = p;
  }
  if (!ascii) return strColumnsWide(columnValues(keys, c), shared, maxLen);
  const cols = [f64Col(f)];
  if (maxLen > end) {
    const vals = columnValues(keys, c);
    cols.push(objCol(anySurrogate(vals, end) ? ColKind.CodePoint : ColKind.Native, vals));
  }
  return cols;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Does a str longer than `width` hold a surrogate (then ties need code point comparison)? */
function anySurrogate(vals: string[], width: number): boolean {
  for (let i = 0; i < vals.length; i++) if (vals[i].length > width && SURROGATE.test(vals[i])) return true;
  return false;
}

/** strColumns for units beyond ASCII: fewer units per double (base**width - 1 < 2**53). A surrogate among
 * them disables packing: there UTF-16 order is not code point order. */
function strColumnsWide(vals: string[], shared: number, maxLen: number): Column[] {
  const n = vals.length;
  let maxUnit = 0;
  for (let i = 0; i < n; i++) {
    const s = vals[i];
    const m = s.length < shared + 7 ? s.length : shared + 7;
    for (let j = shared; j < m; j++) {
      const u = s.charCodeAt(j);
      if (u >= 0xd800 && u <= 0xdfff) return [objCol(ColKind.CodePoint, vals)];
      if (u > maxUnit) maxUnit = u;
    }
  }
  const width = maxUnit < 0x100 ? 6 : 3;
  const base = maxUnit < 0x100 ? 0x101 : 0x10001;
  const end = shared + width;
  const f = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = vals[i];
    let p = 0;
    for (let j = shared; j < end; j++) p = p * base + (j < s.length ? s.charCodeAt(j) + 1 : 0);
    f[i] = p;
  }
  const cols = [f64Col(f)];
  if (maxLen > end) cols.push(objCol(anySurrogate(vals, end) ? ColKind.CodePoint : ColKind.Native, vals));
  return cols;
}

function scalarColumns(keys: any[], c: number): Column[] | null {
  if (typeof itemOf(keys, 0, c) === 'string') return strColumns(keys, c);
  const col = numberColumn(keys, c);
  return col === null ? null : [col];
}

/** Widest tuple key taken apart into columns. */
export const MAX_TUPLE_COLUMNS = 8;

/** Columns for exact tuples of one width (1..MAX_TUPLE_COLUMNS), or null. */
function tupleColumns(keys: any[]): Column[] | null {
  const w = keys[0].a.length;
  if (w === 0 || w > MAX_TUPLE_COLUMNS) return null;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!(k instanceof PyTuple) || k.$cls !== tupleType || k.a.length !== w) return null;
  }
  const cols: Column[] = [];
  for (let c = 0; c < w; c++) {
    const cc = scalarColumns(keys, c);
    if (cc === null) return null;
    cols.push(...cc);
  }
  return cols;
}

/** Columns for tuple keys already taken apart (items[c][i] is item c of key i), or null. */
export function planItemColumns(items: any[][]): Column[] | null {
  const cols: Column[] = [];
  for (let c = 0; c < items.length; c++) {
    const cc = scalarColumns(items[c], -1);
    if (cc === null) return null;
    cols.push(...cc);
  }
  return cols;
}

/** The columns describing `keys` (length >= 2), or null when they need the general path. */
export function planColumns(keys: any[]): Column[] | null {
  const first = keys[0];
  if (first instanceof PyTuple && first.$cls === tupleType) return tupleColumns(keys);
  return scalarColumns(keys, -1);
}

// ---- comparing ----

// ---- sorting ----

const RUN = 16;

/** Below this many elements a merge sort beats the radix sort's fixed costs. */
const RADIX_MIN = 4096;

/** Stable sort of idx[lo, hi) by the doubles v[idx[i]]. */
function sortF64(idx: Int32Array, sc: Scratch, lo: number, hi: number, v: Float64Array): void {
  if (hi - lo >= RADIX_MIN) radixSortF64(idx, lo, hi, v, sc.radix!);
  else mergeSortF64(idx, sc.tmp, lo, hi, v);
}

/** Stable merge sort of idx[lo, hi) by the doubles v[idx[i]]. */
function mergeSortF64(idx: Int32Array, tmp: Int32Array, lo: number, hi: number, v: Float64Array): void {
  for (let s = lo; s < hi; s += RUN) {
    const e = s + RUN < hi ? s + RUN : hi;
    for (let i = s + 1; i < e; i++) {
      const p = idx[i];
      const pv = v[p];
      let j = i;
      while (j > s && pv < v[idx[j - 1]]) {
        idx[j] = idx[j - 1];
        j--;
      }
      idx[j] = p;
    }
  }
  let src = idx;
  let dst = tmp;
  for (let w = RUN; w < hi - lo; w *= 2) {
    for (let s = lo; s < hi; s += 2 * w) {
      const mid = s + w < hi ? s + w : hi;
      const e = s + 2 * w < hi ? s + 2 * w : hi;
      let i = s;
      let j = mid;
      let k = s;
      if (j < e && v[src[j]] < v[src[j - 1]]) {
        // take from the right only when strictly smaller: stability
        while (i < mid && j < e) dst[k++] = v[src[j]] < v[src[i]] ? src[j++] : src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < e) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== idx) for (let i = lo; i < hi; i++) idx[i] = src[i];
}

// ---- radix sort ----

/** Widest radix digit: 2**16 counters still fit the fast caches. */
const MAX_DIGIT_BITS = 16;

/** Bits [off, off + width) of the 64-bit number hi:lo, width <= 16. */
function digitAt(hi: number, lo: number, off: number, mask: number): number {
  if (off >= 32) return (hi >>> (off - 32)) & mask;
  if (off === 0) return lo & mask;
  return ((lo >>> off) | (hi << (32 - off))) & mask;
}

/** Index of the highest set bit of hi:lo plus one (0 for zero). */
function bitLength(hi: number, lo: number): number {
  return hi !== 0 ? 64 - Math.clz32(hi) : 32 - Math.clz32(lo);
}

/** Index of the lowest set bit of hi:lo (64 for zero). */
function lowestBit(hi: number, lo: number): number {
  if (lo !== 0) return 31 - Math.clz32(lo & -lo);
  return hi !== 0 ? 63 - Math.clz32(hi & -hi) : 64;
}

const f64Scratch = new Float64Array(1);
const u32Scratch = new Uint32Array(f64Scratch.buffer);
// which 32-bit half of a double holds its low bits: 1.0 is 0x3ff00000_00000000, its low half is zero
f64Scratch[0] = 1;
const LOW_WORD = u32Scratch[0] === 0 ? 0 : 1;

/** Fills kh/kl with 64-bit unsigned keys ordered as the doubles v[idx[lo + i]]. Integral values whose
 * spread fits 53 bits become their offset from the minimum (few distinct high digits to sort by);
 * others their IEEE bits, flipped so that unsigned order is numeric order (-0 counted as 0). */
function radixKeys(idx: Int32Array, lo: number, hi: number, v: Float64Array, kh: Uint32Array, kl: Uint32Array): void {
  const n = hi - lo;
  let min = Infinity;
  let max = -Infinity;
  let integral = true;
  for (let i = lo; i < hi; i++) {
    const x = v[idx[i]];
    if (x < min) min = x;
    if (x > max) max = x;
    if (integral && !Number.isInteger(x)) integral = false;
  }
  if (integral && max - min <= 9007199254740991) {
    for (let i = 0; i < n; i++) {
      const d = v[idx[lo + i]] - min;
      kh[i] = Math.floor(d / 4294967296);
      kl[i] = d >>> 0;
    }
    return;
  }
  const hw = 1 - LOW_WORD;
  for (let i = 0; i < n; i++) {
    const x = v[idx[lo + i]];
    f64Scratch[0] = x === 0 ? 0 : x;
    const h = u32Scratch[hw];
    const l = u32Scratch[LOW_WORD];
    if (h & 0x80000000) {
      kh[i] = ~h >>> 0;
      kl[i] = ~l >>> 0;
    } else {
      kh[i] = (h | 0x80000000) >>> 0;
      kl[i] = l;
    }
  }
}

/** Stable LSD radix sort of idx[lo, hi) by the doubles v[idx[i]]. Only the bit span where keys differ
 * is sorted, in as few passes as digits of at most 16 bits allow; keys travel with the indices so every
 * pass reads sequentially. */
function radixSortF64(idx: Int32Array, lo: number, hi: number, v: Float64Array, sc: RadixScratch): void {
  const n = hi - lo;
  let kh = sc.kh;
  let kl = sc.kl;
  let kh2 = sc.kh2;
  let kl2 = sc.kl2;
  let ix = sc.ix;
  let ix2 = sc.ix2;
  const count = sc.count;
  radixKeys(idx, lo, hi, v, kh, kl);
  for (let i = 0; i < n; i++) ix[i] = idx[lo + i];
  let diffH = 0;
  let diffL = 0;
  for (let i = 1; i < n; i++) {
    diffH |= kh[i] ^ kh[0];
    diffL |= kl[i] ^ kl[0];
  }
  const bottom = lowestBit(diffH, diffL);
  const top = bitLength(diffH, diffL);
  if (top === 0) return; // all keys equal: idx already in order
  // digits of about log2(n) bits: wider ones spend more on clearing counters than they save in passes
  const maxBits = Math.min(MAX_DIGIT_BITS, Math.max(8, 32 - Math.clz32(n)));
  const passes = Math.ceil((top - bottom) / maxBits);
  const width = Math.ceil((top - bottom) / passes);
  const mask = (1 << width) - 1;
  for (let off = bottom; off < top; off += width) {
    count.fill(0, 0, mask + 1);
    for (let i = 0; i < n; i++) count[digitAt(kh[i], kl[i], off, mask)]++;
    let sum = 0;
    for (let d = 0; d <= mask; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const q = count[digitAt(kh[i], kl[i], off, mask)]++;
      ix2[q] = ix[i];
      kh2[q] = kh[i];
      kl2[q] = kl[i];
    }
    const ti = ix;
    ix = ix2;
    ix2 = ti;
    const th = kh;
    kh = kh2;
    kh2 = th;
    const tl = kl;
    kl = kl2;
    kl2 = tl;
  }
  for (let i = 0; i < n; i++) idx[lo + i] = ix[i];
}

/** Same as sortF64 for strs or numbers/bigints, compared with JS `<` or by code point. */
function sortObj(idx: Int32Array, tmp: Int32Array, lo: number, hi: number, v: any[], cp: boolean): void {
  const lt = (x: any, y: any): boolean => (cp ? strLtCodePoint(x, y) : x < y);
  for (let s = lo; s < hi; s += RUN) {
    const e = s + RUN < hi ? s + RUN : hi;
    for (let i = s + 1; i < e; i++) {
      const p = idx[i];
      const pv = v[p];
      let j = i;
      while (j > s && lt(pv, v[idx[j - 1]])) {
        idx[j] = idx[j - 1];
        j--;
      }
      idx[j] = p;
    }
  }
  let src = idx;
  let dst = tmp;
  for (let w = RUN; w < hi - lo; w *= 2) {
    for (let s = lo; s < hi; s += 2 * w) {
      const mid = s + w < hi ? s + w : hi;
      const e = s + 2 * w < hi ? s + 2 * w : hi;
      let i = s;
      let j = mid;
      let k = s;
      if (j < e && lt(v[src[j]], v[src[j - 1]])) {
        while (i < mid && j < e) dst[k++] = lt(v[src[j]], v[src[i]]) ? src[j++] : src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < e) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== idx) for (let i = lo; i < hi; i++) idx[i] = src[i];
}

/** Equal in column col? (`==` so that a bigint equals the same number; strs compare by value.) */
function sameIn(col: Column, x: number, y: number): boolean {
  // eslint-disable-next-line eqeqeq
  return col.kind === ColKind.F64 ? col.f![x] === col.f![y] : col.o![x] == col.o![y];
}

/** Sorts idx[lo, hi) by column c, then each run of equal values by the following columns. */
function sortRange(idx: Int32Array, sc: Scratch, lo: number, hi: number, cols: Column[], c: number): void {
  const col = cols[c];
  if (col.kind === ColKind.F64) sortF64(idx, sc, lo, hi, col.f!);
  else sortObj(idx, sc.tmp, lo, hi, col.o!, col.kind === ColKind.CodePoint);
  if (c + 1 === cols.length) return;
  let i = lo;
  while (i < hi) {
    let j = i + 1;
    while (j < hi && sameIn(col, idx[i], idx[j])) j++;
    if (j - i > 1) sortRange(idx, sc, i, j, cols, c + 1);
    i = j;
  }
}

/** Working memory of the radix sort, carved from one buffer kept between sorts (no allocation, page
 * faults or external-memory GC pressure per big sort). The fast paths run no user code, so no other sort
 * can start while one uses it. */
interface RadixScratch {
  ix: Int32Array;
  ix2: Int32Array;
  kh: Uint32Array;
  kl: Uint32Array;
  kh2: Uint32Array;
  kl2: Uint32Array;
  count: Int32Array;
}

interface Scratch {
  /** The merge sorts' buffer, as long as idx. */
  tmp: Int32Array;
  /** Present when idx is long enough for a radix sort. */
  radix: RadixScratch | null;
}

let scratchBuf = new ArrayBuffer(0);
/** Largest buffer kept between sorts (bytes): enough for about 250,000 elements. */
const SCRATCH_KEEP = 1 << 23;

function scratchFor(n: number): Scratch {
  if (n < RADIX_MIN) return { tmp: new Int32Array(n), radix: null };
  const bytes = 4 * (7 * n + (1 << MAX_DIGIT_BITS));
  let buf = scratchBuf;
  if (buf.byteLength < bytes) {
    buf = new ArrayBuffer(bytes);
    if (bytes <= SCRATCH_KEEP) scratchBuf = buf;
  }
  const i32 = (i: number) => new Int32Array(buf, 4 * n * i, n);
  const u32 = (i: number) => new Uint32Array(buf, 4 * n * i, n);
  const radix = { ix: i32(1), ix2: i32(2), kh: u32(3), kl: u32(4), kh2: u32(5), kl2: u32(6), count: new Int32Array(buf, 4 * 7 * n, 1 << MAX_DIGIT_BITS) };
  return { tmp: i32(0), radix };
}

/** Stably sorts the permutation idx by the columns. */
export function sortByColumns(idx: Int32Array, cols: Column[]): void {
  sortRange(idx, scratchFor(idx.length), 0, idx.length, cols, 0);
}
