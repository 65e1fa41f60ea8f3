// CPython-compatible hashing and the hash table behind set/frozenset.
//
// Python sets iterate in hash-table slot order, so to print `{3, 1, 2}` as `{1, 2, 3}` (and to make
// `list(s)`, `s.pop()` and every set repr agree with CPython) SetStore reproduces CPython 3.11's set table
// (Objects/setobject.c): open addressing over a power-of-two table of at least 8 slots, probing up to
// LINEAR_PROBES neighbouring slots before jumping with `i = i*5 + 1 + (perturb >>= 5)`, deleted slots left
// as dummies, the fill/used accounting, the same resize policy, and the same copy/merge shortcuts. The
// slot of a key depends on the low bits of its 64-bit hash, so hashes are computed exactly as CPython does
// for ints, floats, bools, tuples (xxHash based) and frozensets. A 64-bit hash is kept as two int32 halves
// (hi, lo) so the int and str paths never touch BigInt. str hashes are our own (CPython salts them).
//
// This module only imports object.ts and types.ts, so that types.ts can load it early; the few runtime
// services it needs (calling __hash__, ==, the unhashable error) come in through `storeHooks`/`tableHooks`.
import { PyFloat, PyObject, PyType, objectType, typeVersion, None } from './object.js';
import { PyBoxed, PyTuple, PyFrozenSet, floatType, intType, strType, tupleType, frozensetType } from './types.js';
import type { DictStorage } from './types.js';

/** Hooks the stores need from the runtime (set by bootstrap to avoid an import cycle). */
export const storeHooks = {
  hash: (_k: any): number | bigint => 0,
  eq: (_a: any, _b: any): boolean => false,
  unhashable: (_k: any): never => {
    throw new Error('unhashable');
  },
};

/** More hooks: callHash is set by convert.ts, identityHash (a faster object.__hash__) by installSet(). */
export const tableHooks = {
  /** type(k).__hash__(k) as a validated Python int (number or bigint); raises for unhashable objects. */
  callHash: (_k: any): number | bigint => 0,
  /** hash(k) of an object hashed by identity (object.__hash__). */
  identityHash: (_k: any): number => 0,
};

// ---------------------------------------------------------------------------------------------------------
// How a key of a given type is hashed

export enum HashMode {
  Identity = 1,
  Value = 2,
  Boxed = 3,
  Unhashable = 4,
}
const modeCache = new WeakMap<PyType, { ver: number; mode: HashMode }>();

/** One-entry cache in front of modeCache: hot loops hash keys of a single class. */
let lastType: PyType | null = null;
let lastVer = -1;
let lastMode = HashMode.Value;

export function hashModeOf(t: PyType): HashMode {
  if (t === lastType && lastVer === typeVersion) return lastMode;
  const m = hashModeSlow(t);
  lastType = t;
  lastVer = typeVersion;
  lastMode = m;
  return m;
}

function hashModeSlow(t: PyType): HashMode {
  const c = modeCache.get(t);
  if (c !== undefined && c.ver === typeVersion) return c.mode;
  const h = t.lookup('__hash__');
  const eq = t.lookup('__eq__');
  let mode: HashMode;
  if (h === None) mode = HashMode.Unhashable;
  else if (h === objectType.dict.__hash__ && eq === objectType.dict.__eq__) mode = HashMode.Identity;
  else if (
    (t.isSubtypeOf(strType) && h === strType.dict.__hash__ && eq === strType.dict.__eq__) ||
    (t.isSubtypeOf(intType) && h === intType.dict.__hash__ && eq === intType.dict.__eq__) ||
    (t.isSubtypeOf(floatType) && h === floatType.dict.__hash__ && eq === floatType.dict.__eq__)
  )
    mode = HashMode.Boxed;
  else mode = HashMode.Value;
  modeCache.set(t, { ver: typeVersion, mode });
  return mode;
}

// ---------------------------------------------------------------------------------------------------------
// 64-bit arithmetic on (hi, lo) int32 pairs. Results go to module variables to avoid allocation.

/** Output of hashPair(): the 64-bit hash, two's complement, as int32 halves. */
let HL = 0;
let HH = 0;
/** Output of mul64(). */
let RL = 0;
let RH = 0;

const TWO32 = 4294967296;

/** (ah:al) * (bh:bl) mod 2**64 into RH:RL. */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const mid = a0 * b1 + a1 * b0; // < 2**33
  const low = a0 * b0 + (mid & 0xffff) * 65536; // < 2**33
  const carry = low >= TWO32 ? 1 : 0;
  RL = low | 0;
  RH = (a1 * b1 + Math.floor(mid / 65536) + carry + Math.imul(ah, bl) + Math.imul(al, bh)) | 0;
}

function splitBig(u: bigint): void {
  const v = BigInt.asUintN(64, u);
  HL = Number(v & 0xffffffffn) | 0;
  HH = Number(v >> 32n) | 0;
}

function constHi(b: bigint): number {
  return Number(BigInt.asUintN(64, b) >> 32n) | 0;
}
function constLo(b: bigint): number {
  return Number(BigInt.asUintN(64, b) & 0xffffffffn) | 0;
}

/** The Python int (number when it fits the safe range, else bigint) of a signed 64-bit hi:lo. */
export function pairToInt(hi: number, lo: number): number | bigint {
  if (hi >= -2097152 && hi < 2097152) return hi * TWO32 + (lo >>> 0);
  return BigInt(hi) * 4294967296n + BigInt(lo >>> 0);
}

// ---------------------------------------------------------------------------------------------------------
// Hashes

const MODULUS = (1n << 61n) - 1n;

/** A fast deterministic string hash (CPython randomises its own, so no program can rely on the values). */
export function hashStr(s: string): number {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193 | 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  const r = (h1 >>> 0) * 2097152 + ((h2 >>> 0) & 0x1fffff);
  return r === -1 ? -2 : r;
}

/** hash() of a safe-range integer (CPython keeps |x| < 2**61-1 as is; -1 becomes -2). */
function intPair(x: number): void {
  if (x === -1) x = -2;
  HL = x | 0;
  HH = x >= 0 && x < TWO32 ? 0 : Math.floor(x / TWO32) | 0;
}

/** hash() of a bigint: the value mod 2**61-1 with the sign kept. */
function bigPair(b: bigint): void {
  let r = b < 0n ? -(-b % MODULUS) : b % MODULUS;
  if (r === -1n) r = -2n;
  splitBig(r);
}

/** Turns the result of a __hash__ method into the hash, as CPython's slot_tp_hash does. */
function rawHashPair(r: number | bigint): void {
  if (typeof r === 'number') {
    if (Number.isSafeInteger(r)) {
      intPair(r);
      return;
    }
    r = BigInt(r);
  }
  if (r >= -(1n << 63n) && r < 1n << 63n) {
    splitBig(r === -1n ? -2n : r);
    return;
  }
  bigPair(r);
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const WHI = LITTLE ? 1 : 0;
const WLO = LITTLE ? 0 : 1;

/** CPython's hash of a float value. */
function floatPair(v: number): void {
  if (Number.isInteger(v)) {
    if (Number.isSafeInteger(v)) intPair(v === 0 ? 0 : v);
    else bigPair(BigInt(v));
    return;
  }
  if (v !== v) {
    HL = 0;
    HH = 0;
    return;
  }
  if (v === Infinity || v === -Infinity) {
    intPair(v > 0 ? 314159 : -314159);
    return;
  }
  // v = mant * 2**exp; since 2**61 = 1 (mod 2**61-1), the hash is mant rotated left by exp mod 61 in 61 bits
  const neg = v < 0;
  F64[0] = neg ? -v : v;
  const hi = U32[WHI];
  const lo = U32[WLO];
  const field = hi >>> 20;
  let mant = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let exp: number;
  if (field === 0) exp = -1074;
  else {
    mant += 1n << 52n;
    exp = field - 1075;
  }
  const e = BigInt(((exp % 61) + 61) % 61);
  let h = ((mant << e) & MODULUS) | (mant >> (61n - e));
  if (h >= MODULUS) h -= MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  splitBig(h);
}

/** Computes the exact CPython hash of any hashable key into HH:HL (raises TypeError for unhashable keys). */
export function hashPair(k: any): void {
  switch (typeof k) {
    case 'number':
      if (Number.isSafeInteger(k)) intPair(k);
      else if (Number.isInteger(k)) bigPair(BigInt(k));
      else floatPair(k);
      return;
    case 'string': {
      const h = hashStr(k);
      HL = h | 0;
      HH = (h / TWO32) | 0;
      return;
    }
    case 'boolean':
      HL = k ? 1 : 0;
      HH = 0;
      return;
    case 'bigint':
      bigPair(k);
      return;
  }
  if (k instanceof PyTuple && k.$cls === tupleType) {
    tuplePair(k.a);
    return;
  }
  if (k instanceof PyFloat) {
    floatPair(k.v);
    return;
  }
  if (k instanceof PyFrozenSet && k.$cls === frozensetType) {
    frozenPair(k);
    return;
  }
  const mode = hashModeOf((k as PyObject).$cls);
  if (mode === HashMode.Identity) intPair(tableHooks.identityHash(k));
  else if (mode === HashMode.Boxed) hashPair((k as PyBoxed).v);
  else if (mode === HashMode.Unhashable) storeHooks.unhashable(k);
  else rawHashPair(tableHooks.callHash(k));
}

/** The hash as a Python int (what hash(k) returns in CPython). */
export function hashExactInt(k: any): number | bigint {
  hashPair(k);
  return pairToInt(HH, HL);
}

/** The low 32 bits of the hash (enough to bucket keys that are equal under Python's ==). */
export function hash32(k: any): number {
  hashPair(k);
  return HL;
}

// CPython 3.11 tuplehash (xxHash-based, 64-bit lanes)
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const P1H = constHi(XXPRIME_1);
const P1L = constLo(XXPRIME_1);
const P2H = constHi(XXPRIME_2);
const P2L = constLo(XXPRIME_2);
const P5H = constHi(XXPRIME_5);
const P5L = constLo(XXPRIME_5);
const LENMIX = XXPRIME_5 ^ 3527539n;
const LMH = constHi(LENMIX);
const LML = constLo(LENMIX);

function tuplePair(a: any[]): void {
  let accH = P5H;
  let accL = P5L;
  const n = a.length;
  for (let i = 0; i < n; i++) {
    const x = a[i];
    if (typeof x === 'number' && (x | 0) === x) {
      HL = x === -1 ? -2 : x;
      HH = x < 0 ? -1 : 0;
    } else hashPair(x);
    mul64(HH, HL, P2H, P2L);
    // acc += lane * PRIME_2
    const lo = (accL >>> 0) + (RL >>> 0);
    accH = (accH + RH + (lo >= TWO32 ? 1 : 0)) | 0;
    accL = lo | 0;
    // acc = rotate_left(acc, 31)
    const rh = (accH << 31) | (accL >>> 1);
    accL = (accL << 31) | (accH >>> 1);
    accH = rh;
    // acc *= PRIME_1
    mul64(accH, accL, P1H, P1L);
    accH = RH;
    accL = RL;
  }
  // acc += len ^ (PRIME_5 ^ 3527539)
  const ml = (n ^ LML) >>> 0;
  const lo = (accL >>> 0) + ml;
  accH = (accH + LMH + (lo >= TWO32 ? 1 : 0)) | 0;
  accL = lo | 0;
  if (accH === -1 && accL === -1) {
    HH = 0;
    HL = 1546275796;
    return;
  }
  HH = accH;
  HL = accL;
}

/** CPython's hash of a tuple (of its items), as a Python int. */
export function tupleHashInt(a: any[]): number | bigint {
  tuplePair(a);
  return pairToInt(HH, HL);
}

function frozenPair(f: PyFrozenSet): void {
  const c = f.h as number | bigint | undefined;
  if (c !== undefined) {
    if (typeof c === 'number') intPair(c);
    else splitBig(c);
    return;
  }
  frozenTablePair(f.s);
  f.h = pairToInt(HH, HL) as number;
}

/** CPython's frozenset_hash of the elements of `s`, as a Python int. */
export function frozensetHashInt(s: SetStore): number | bigint {
  frozenTablePair(s);
  return pairToInt(HH, HL);
}

function frozenTablePair(s: SetStore): void {
  // xor of _shuffle_bits(h) over the active entries (CPython also xors the empty and dummy slots in and
  // then cancels them out again)
  let xh = 0;
  let xl = 0;
  const keys = s.k;
  const h = s.h;
  for (let j = 0; j <= s.mask; j++) {
    const e = keys[j];
    if (e === undefined || e === DUMMY) continue;
    const hl = h[2 * j];
    const hh = h[2 * j + 1];
    // ((h ^ 89869747) ^ (h << 16)) * 3644798167
    const sh = hh ^ ((hh << 16) | (hl >>> 16));
    const sl = hl ^ 89869747 ^ (hl << 16);
    mul64(sh, sl, 0, 3644798167 | 0);
    xh ^= RH;
    xl ^= RL;
  }
  // hash ^= (len + 1) * 1927868237
  mul64(0, s.used + 1, 0, 1927868237);
  xh ^= RH;
  xl ^= RL;
  // hash ^= (hash >> 11) ^ (hash >> 25)
  const l11 = (xl >>> 11) | (xh << 21);
  const h11 = xh >>> 11;
  const l25 = (xl >>> 25) | (xh << 7);
  const h25 = xh >>> 25;
  xl ^= l11 ^ l25;
  xh ^= h11 ^ h25;
  // hash = hash * 69069 + 907133923
  mul64(xh, xl, 0, 69069);
  const lo = (RL >>> 0) + 907133923;
  xh = (RH + (lo >= TWO32 ? 1 : 0)) | 0;
  xl = lo | 0;
  if (xh === -1 && xl === -1) {
    xh = 0;
    xl = 590923713;
  }
  HH = xh;
  HL = xl;
}

// ---------------------------------------------------------------------------------------------------------
// The table

/** Marks a deleted slot (CPython's `dummy`, stored with hash -1). Never escapes this module. */
const DUMMY: any = Object.freeze({ dummy: true });
const MINSIZE = 8;
const LINEAR_PROBES = 9;

/** Empty key arrays by size (copying one is faster than filling a new array), up to 2**14 slots. */
const keyTemplates: any[][] = [];

function newKeys(n: number): any[] {
  if (n === MINSIZE) return [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
  if (n > 16384) return new Array(n).fill(undefined);
  const b = 31 - Math.clz32(n);
  let t = keyTemplates[b];
  if (t === undefined) keyTemplates[b] = t = new Array(n).fill(undefined);
  return t.slice();
}

/** Is `e` (a stored key with the same hash as `k`) equal to `k`? Identity was tested already. */
function sameKey(e: any, k: any): boolean {
  const te = typeof e;
  if (te === 'number') {
    if (typeof k === 'number') return e !== e && k !== k; // NaN: treated as one object
  } else if (te === 'string' && typeof k === 'string') return false;
  return storeHooks.eq(e, k);
}

/** Finds the first empty slot for a key known to be absent (CPython's set_insert_clean). */
function insertClean(keys: any[], h: Int32Array, mask: number, k: any, lo: number, hi: number): void {
  let i = lo & mask;
  let plo = lo;
  let phi = hi;
  for (;;) {
    if (keys[i] === undefined) {
      keys[i] = k;
      h[2 * i] = lo;
      h[2 * i + 1] = hi;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
        if (keys[j] === undefined) {
          keys[j] = k;
          h[2 * j] = lo;
          h[2 * j + 1] = hi;
          return;
        }
      }
    }
    plo = (plo >>> 5) | (phi << 27);
    phi = phi >>> 5;
    i = (i * 5 + 1 + (plo >>> 0)) & mask;
  }
}

/** Iterates a SetStore in slot order, reading the live table on every step as CPython's set iterator does. */
class SetValues implements IterableIterator<any> {
  private i = 0;
  /** The result object, reused: every consumer reads it before asking for the next one. */
  private r: { done: boolean; value: any } = { done: false, value: undefined };
  constructor(private s: SetStore | null) {}
  next(): IteratorResult<any> {
    const s = this.s;
    const r = this.r;
    if (s !== null) {
      const keys = s.k;
      const mask = s.mask;
      let i = this.i;
      while (i <= mask) {
        const e = keys[i++];
        if (e !== undefined && e !== DUMMY) {
          this.i = i;
          r.value = e;
          return r as IteratorResult<any>;
        }
      }
      this.s = null;
    }
    r.done = true;
    r.value = undefined;
    return r as IteratorResult<any>;
  }
  [Symbol.iterator](): IterableIterator<any> {
    return this;
  }
}

/** The storage of a set/frozenset: CPython's set hash table. */
export class SetStore {
  /** Keys by slot: undefined for a never-used slot, DUMMY for a deleted one. */
  k: any[] = newKeys(MINSIZE);
  /** Hashes by slot, interleaved: h[2*i] is the low word, h[2*i+1] the high word (-1:-1 for dummies). */
  h: Int32Array = new Int32Array(2 * MINSIZE);
  /** Table size - 1. */
  mask = MINSIZE - 1;
  /** Active + dummy slots. */
  fill = 0;
  /** Active slots. */
  used = 0;
  /** Where set.pop() starts looking. */
  finger = 0;

  get size(): number {
    return this.used;
  }

  /** Number of slots in the table. */
  get tableSize(): number {
    return this.mask + 1;
  }

  // ---- lookups with a known hash ----

  /** The slot holding a key equal to `k` (with hash hi:lo), or -1 (CPython's set_lookkey). */
  find(k: any, lo: number, hi: number): number {
    const keys = this.k;
    const h = this.h;
    const mask = this.mask;
    let i = lo & mask;
    let plo = lo;
    let phi = hi;
    for (;;) {
      const end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= end; j++) {
        const e = keys[j];
        if (e === undefined) return -1;
        if (h[2 * j] === lo && h[2 * j + 1] === hi) {
          if (e === k) return j;
          const r = sameKey(e, k);
          if (this.k !== keys || keys[j] !== e) return this.find(k, lo, hi); // mutated by __eq__
          if (r) return j;
        }
      }
      plo = (plo >>> 5) | (phi << 27);
      phi = phi >>> 5;
      i = (i * 5 + 1 + (plo >>> 0)) & mask;
    }
  }

  /** Adds `k` (with hash hi:lo) unless an equal key is present; returns whether it was added (set_add_entry). */
  insert(k: any, lo: number, hi: number): boolean {
    const keys = this.k;
    const h = this.h;
    const mask = this.mask;
    let i = lo & mask;
    let plo = lo;
    let phi = hi;
    let free = -1;
    for (;;) {
      const end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= end; j++) {
        const e = keys[j];
        if (e === undefined) {
          if (free >= 0) {
            keys[free] = k;
            h[2 * free] = lo;
            h[2 * free + 1] = hi;
            this.used++;
            return true;
          }
          keys[j] = k;
          h[2 * j] = lo;
          h[2 * j + 1] = hi;
          this.used++;
          if (++this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        if (h[2 * j] === lo && h[2 * j + 1] === hi) {
          if (e === k) return false;
          const r = sameKey(e, k);
          if (this.k !== keys || keys[j] !== e) return this.insert(k, lo, hi); // mutated by __eq__
          if (r) return false;
        } else if (e === DUMMY) free = j; // CPython 3.11 reuses the last dummy seen on the probe path
      }
      plo = (plo >>> 5) | (phi << 27);
      phi = phi >>> 5;
      i = (i * 5 + 1 + (plo >>> 0)) & mask;
    }
  }

  /** Removes the key equal to `k` (hash hi:lo); returns whether it was there (set_discard_entry). */
  discard(k: any, lo: number, hi: number): boolean {
    const j = this.find(k, lo, hi);
    if (j < 0) return false;
    this.k[j] = DUMMY;
    this.h[2 * j] = -1;
    this.h[2 * j + 1] = -1;
    this.used--;
    return true;
  }

  /** Rebuilds the table with the smallest size > minused (at least 8), dropping dummies (set_table_resize). */
  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize *= 2;
    const oldKeys = this.k;
    const oldH = this.h;
    const oldMask = this.mask;
    if (newsize === MINSIZE && oldMask === MINSIZE - 1 && this.fill === this.used) return;
    const keys = newKeys(newsize);
    const h = new Int32Array(2 * newsize);
    const mask = newsize - 1;
    this.k = keys;
    this.h = h;
    this.mask = mask;
    this.fill = this.used;
    for (let j = 0; j <= oldMask; j++) {
      const e = oldKeys[j];
      if (e !== undefined && e !== DUMMY) insertClean(keys, h, mask, e, oldH[2 * j], oldH[2 * j + 1]);
    }
  }

  // ---- the public API: Python-level operations ----

  has(k: any): boolean {
    if (typeof k === 'number' && (k | 0) === k) return this.find(k, k === -1 ? -2 : k, k < 0 ? -1 : 0) >= 0;
    hashPair(k);
    return this.find(k, HL, HH) >= 0;
  }

  /** set.add: returns whether `k` was added. */
  add(k: any): boolean {
    if (typeof k === 'number' && (k | 0) === k) return this.insert(k, k === -1 ? -2 : k, k < 0 ? -1 : 0);
    hashPair(k);
    return this.insert(k, HL, HH);
  }

  /** Removes `k`; returns whether it was present. */
  delete(k: any): boolean {
    if (typeof k === 'number' && (k | 0) === k) return this.discard(k, k === -1 ? -2 : k, k < 0 ? -1 : 0);
    hashPair(k);
    return this.discard(k, HL, HH);
  }

  /** set.pop(): removes and returns an element, scanning from the finger; undefined when empty. */
  pop(): any {
    if (this.used === 0) return undefined;
    const keys = this.k;
    const mask = this.mask;
    let j = this.finger & mask;
    for (;;) {
      const e = keys[j];
      if (e !== undefined && e !== DUMMY) break;
      if (++j > mask) j = 0;
    }
    const key = keys[j];
    keys[j] = DUMMY;
    this.h[2 * j] = -1;
    this.h[2 * j + 1] = -1;
    this.used--;
    this.finger = j + 1;
    return key;
  }

  /** Empties the set back to the minimum table (the finger is kept, as in CPython). */
  clear(): void {
    if (this.fill === 0 && this.mask === MINSIZE - 1) return;
    this.k = newKeys(MINSIZE);
    this.h = new Int32Array(2 * MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  /** The elements in iteration (slot) order. */
  values(): IterableIterator<any> {
    return new SetValues(this);
  }

  /** Adds every element of `other` (CPython's set_merge, used by set(s), s.copy(), s.update(t), s | t). */
  copyFrom(other: SetStore): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    const ok = other.k;
    const oh = other.h;
    const omask = other.mask;
    if (this.fill === 0 && this.mask === omask && other.fill === other.used) {
      // same size, no dummies: copy slot by slot
      const keys = this.k;
      const h = this.h;
      for (let j = 0; j <= omask; j++) {
        const e = ok[j];
        if (e !== undefined) {
          keys[j] = e;
          h[2 * j] = oh[2 * j];
          h[2 * j + 1] = oh[2 * j + 1];
        }
      }
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      const keys = this.k;
      const h = this.h;
      const mask = this.mask;
      this.fill = other.used;
      this.used = other.used;
      for (let j = 0; j <= omask; j++) {
        const e = ok[j];
        if (e !== undefined && e !== DUMMY) insertClean(keys, h, mask, e, oh[2 * j], oh[2 * j + 1]);
      }
      return;
    }
    for (let j = 0; j <= other.mask; j++) {
      const e = other.k[j];
      if (e !== undefined && e !== DUMMY) this.insert(e, other.h[2 * j], other.h[2 * j + 1]);
    }
  }

  /** Adds the keys of a dict in its order, after one up-front resize (set_update_internal's dict path). */
  updateFromDict(d: DictStorage): void {
    const n = d.size;
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
    for (const k of d.keys()) this.add(k);
  }

  /** Takes over the table of `other`, which must not be used afterwards (CPython's set_swap_bodies). */
  takeTable(other: SetStore): void {
    if (other === this) return;
    const k = this.k;
    const h = this.h;
    const mask = this.mask;
    const fill = this.fill;
    const used = this.used;
    this.k = other.k;
    this.h = other.h;
    this.mask = other.mask;
    this.fill = other.fill;
    this.used = other.used;
    other.k = k;
    other.h = h;
    other.mask = mask;
    other.fill = fill;
    other.used = used;
  }

  /** Does this set contain the element in slot `j` of `other`? (uses the stored hash) */
  hasSlotOf(other: SetStore, j: number): boolean {
    return this.find(other.k[j], other.h[2 * j], other.h[2 * j + 1]) >= 0;
  }

  /** Is slot `j` active? */
  active(j: number): boolean {
    const e = this.k[j];
    return e !== undefined && e !== DUMMY;
  }

  /** Adds the element in slot `j` of `other` with its stored hash; returns whether it was added. */
  insertSlotOf(other: SetStore, j: number): boolean {
    return this.insert(other.k[j], other.h[2 * j], other.h[2 * j + 1]);
  }

  /** Removes the element in slot `j` of `other` (stored hash); returns whether it was there. */
  discardSlotOf(other: SetStore, j: number): boolean {
    return this.discard(other.k[j], other.h[2 * j], other.h[2 * j + 1]);
  }

  /** `k` is added to this set when `src` contains it; returns whether `src` did (hashes `k` once). */
  addIfIn(src: SetStore, k: any): boolean {
    hashPair(k);
    const lo = HL;
    const hi = HH;
    if (src.find(k, lo, hi) < 0) return false;
    this.insert(k, lo, hi);
    return true;
  }

  /** Symmetric-difference step: removes `k` if present, else adds it (hashes `k` once). */
  toggle(k: any): void {
    hashPair(k);
    const lo = HL;
    const hi = HH;
    if (!this.discard(k, lo, hi)) this.insert(k, lo, hi);
  }

  /** Toggle with the element in slot `j` of `other` and its stored hash. */
  toggleSlotOf(other: SetStore, j: number): void {
    const k = other.k[j];
    const lo = other.h[2 * j];
    const hi = other.h[2 * j + 1];
    if (!this.discard(k, lo, hi)) this.insert(k, lo, hi);
  }

  /** After a difference_update: rebuild when more than a quarter of the slots are dummies. */
  purgeDummies(): void {
    if (this.fill - this.used <= this.mask >>> 2) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** CPython's set.__sizeof__ (the table is counted when it is not the built-in small table). */
  sizeof(): number {
    return 200 + (this.mask > MINSIZE - 1 ? 16 * (this.mask + 1) : 0);
  }
}
