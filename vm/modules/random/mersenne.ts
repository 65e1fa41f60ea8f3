// MT19937 exactly as CPython 3.11's `_random.Random` drives it (Modules/_randommodule.c): seeding with
// init_by_array from the 32-bit little-endian words of abs(seed), `random()` from two words (53 bits),
// `getrandbits(k)` assembled least-significant word first, and getstate/setstate as a 625-tuple
// (624 state words + index). Written from the published MT19937 description; no platform dependency.

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df | 0;
const UPPER_MASK = 0x80000000 | 0;
const LOWER_MASK = 0x7fffffff;

const TWO32 = 4294967296;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Error raised with the Python exception type and CPython's message; the glue layer maps it. */
export class RandomArgError {
  readonly pyType: RandomErrorType;
  readonly message: string;
  constructor(pyType: RandomErrorType, message: string) {
    this.pyType = pyType;
    this.message = message;
  }
  toString(): string {
    return `${this.pyType}: ${this.message}`;
  }
}

export type RandomErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'IndexError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'UnicodeEncodeError'
  | 'MemoryError';

/** Python int as the VM holds it: a safe-integer number or a bigint. */
export type Int = number | bigint;

/** Normalise a bigint to a number when it fits the safe range (the VM's int rule). */
export function normBig(v: bigint): Int {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** Number of bits of a non-negative bigint (0 for 0), like int.bit_length(). */
export function bitLengthBig(n: bigint): number {
  if (n === 0n) return 0;
  const hex = n.toString(16);
  const top = parseInt(hex[0], 16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(top));
}

/** int.bit_length() of a non-negative safe integer. */
export function bitLengthNum(n: number): number {
  if (n < TWO32) return 32 - Math.clz32(n);
  return 32 + (32 - Math.clz32(Math.floor(n / TWO32)));
}

/**
 * The init_by_array key for a non-negative int: its 32-bit words, least significant first; 0 gives [0].
 * (CPython splits abs(n) with _PyLong_AsByteArray, little-endian, into ceil(bits / 32) words.)
 */
export function intToKey(n: Int): number[] {
  if (typeof n === 'number') {
    if (n < 0) n = -n;
    if (n < TWO32) return [n >>> 0];
    if (n <= MAX_SAFE) return [n % TWO32 >>> 0, Math.floor(n / TWO32) >>> 0];
    n = BigInt(n);
  }
  if (n < 0n) n = -n;
  const key: number[] = [];
  while (n > 0n) {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  if (key.length === 0) key.push(0);
  return key;
}

/**
 * The key for the integer int.from_bytes(bytes, 'big'): leading zero bytes do not count, so the number of words
 * is ceil(significantBytes / 4), and the last byte is the least significant.
 */
export function bigEndianBytesToKey(bytes: Uint8Array): number[] {
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  const sig = bytes.length - start;
  if (sig === 0) return [0];
  const words = Math.ceil(sig / 4);
  const key = new Array<number>(words);
  for (let w = 0; w < words; w++) {
    let v = 0;
    const end = bytes.length - 4 * w; // exclusive end of this word's bytes
    for (let b = Math.max(start, end - 4); b < end; b++) v = v * 256 + bytes[b];
    key[w] = v;
  }
  return key;
}

export class MersenneTwister {
  /** The 624 state words (as signed 32-bit; read them with `>>> 0`). */
  readonly mt = new Int32Array(N);
  /** Index of the next word to temper; N means "regenerate first". */
  index = N;
  private readonly scratch = new Uint32Array(16);

  constructor(key?: ArrayLike<number>) {
    this.initByArray(key ?? [0]);
  }

  /** MT19937 init_genrand. */
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s | 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1];
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) | 0;
    }
    this.index = N;
  }

  /** MT19937 init_by_array, as CPython uses for every int seed (key: 32-bit words, least significant first). */
  initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    const keyLength = key.length;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = N > keyLength ? N : keyLength; k > 0; k--) {
      const prev = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + (key[j] | 0) + j) | 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) | 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = UPPER_MASK; // MSB is 1, assuring a non-zero initial array
  }

  /** Seed from a Python int: CPython uses abs(n). */
  seedInt(n: Int): void {
    this.initByArray(intToKey(n));
  }

  /** Regenerate the N words (called when the index runs off the end). */
  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    this.index = 0;
  }

  /** Next tempered 32-bit word, as an unsigned number (genrand_uint32). */
  nextU32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): a float in [0, 1) with 53 random bits (genrand_res53). */
  random(): number {
    const i = this.index;
    if (i >= N - 1) return this.randomSlow();
    // Both words tempered inline: this is the hottest path of the module.
    const mt = this.mt;
    let a = mt[i];
    let b = mt[i + 1];
    this.index = i + 2;
    a ^= a >>> 11;
    a ^= (a << 7) & 0x9d2c5680;
    a ^= (a << 15) & 0xefc60000;
    a ^= a >>> 18;
    b ^= b >>> 11;
    b ^= (b << 7) & 0x9d2c5680;
    b ^= (b << 15) & 0xefc60000;
    b ^= b >>> 18;
    return ((a >>> 5) * 67108864.0 + (b >>> 6)) * (1.0 / 9007199254740992.0);
  }

  private randomSlow(): number {
    const a = this.nextU32() >>> 5;
    const b = this.nextU32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k) for 0 <= k <= 53, as a number (no allocation). k must already be validated. */
  bitsNum(k: number): number {
    if (k <= 32) return k === 0 ? 0 : this.nextU32() >>> (32 - k);
    const lo = this.nextU32();
    const hi = this.nextU32() >>> (64 - k);
    return hi * TWO32 + lo;
  }

  /** getrandbits(k) for any k >= 0 as a bigint (words least significant first, the last one truncated). */
  bitsBig(k: number): bigint {
    if (k <= 32) return BigInt(this.bitsNum(k));
    const words = ((k - 1) >>> 5) + 1;
    if (words <= 16) {
      // Few words: draw them (least significant first), then shift them in from the most significant end.
      const tmp = this.scratch;
      let rem = k;
      for (let i = 0; i < words; i++, rem -= 32) {
        let r = this.nextU32();
        if (rem < 32) r >>>= 32 - rem;
        tmp[i] = r;
      }
      let acc = 0n;
      for (let i = words - 1; i >= 0; i--) acc = (acc << 32n) | BigInt(tmp[i]);
      return acc;
    }
    const parts = new Array<string>(words);
    let rem = k;
    for (let i = 0; i < words; i++, rem -= 32) {
      let r = this.nextU32();
      if (rem < 32) r >>>= 32 - rem;
      parts[words - 1 - i] = r.toString(16).padStart(8, '0');
    }
    return BigInt('0x' + parts.join(''));
  }

  /** getrandbits(k): number when the result fits the safe range, else bigint. */
  getrandbits(k: number): Int {
    if (!(k >= 0)) throw new RandomArgError('ValueError', 'number of bits must be non-negative');
    if (k <= 53) return this.bitsNum(k);
    return normBig(this.bitsBig(k));
  }

  /** randbytes(n) == getrandbits(n * 8).to_bytes(n, 'little'), written straight from the words. */
  randbytes(n: number): Uint8Array {
    if (!(n >= 0)) throw new RandomArgError('ValueError', 'number of bits must be non-negative');
    const out = new Uint8Array(n);
    let pos = 0;
    while (pos < n) {
      let r = this.nextU32();
      const left = n - pos;
      if (left < 4) {
        r >>>= 32 - 8 * left;
        for (let b = 0; b < left; b++, r >>>= 8) out[pos++] = r & 0xff;
      } else {
        out[pos++] = r & 0xff;
        out[pos++] = (r >>> 8) & 0xff;
        out[pos++] = (r >>> 16) & 0xff;
        out[pos++] = r >>> 24;
      }
    }
    return out;
  }

  /** The C-level state: 624 unsigned words followed by the index (CPython's 625-tuple). */
  getstate(): number[] {
    const out = new Array<number>(N + 1);
    for (let i = 0; i < N; i++) out[i] = this.mt[i] >>> 0;
    out[N] = this.index;
    return out;
  }

  /**
   * Restore a 625-item state. Like CPython on a 64-bit platform: each word is taken as a C unsigned long
   * (negative -> OverflowError, >= 2**64 -> OverflowError) and truncated to 32 bits; the index must be in [0, 624].
   */
  setstate(state: ArrayLike<Int>): void {
    if (state.length !== N + 1) throw new RandomArgError('ValueError', 'state vector is the wrong size');
    const words = new Int32Array(N);
    for (let i = 0; i < N; i++) {
      const v = state[i];
      if (typeof v === 'number') {
        if (!Number.isSafeInteger(v)) throw new RandomArgError('TypeError', 'an integer is required');
        if (v < 0) throw new RandomArgError('OverflowError', "can't convert negative value to unsigned int");
        if (v >= 18446744073709551616) {
          throw new RandomArgError('OverflowError', 'Python int too large to convert to C unsigned long');
        }
        words[i] = v % TWO32 | 0;
      } else {
        if (v < 0n) throw new RandomArgError('OverflowError', "can't convert negative value to unsigned int");
        if (v >= 18446744073709551616n) {
          throw new RandomArgError('OverflowError', 'Python int too large to convert to C unsigned long');
        }
        words[i] = Number(v & 0xffffffffn) | 0;
      }
    }
    const idx = state[N];
    if (typeof idx === 'number' && !Number.isSafeInteger(idx)) {
      throw new RandomArgError('TypeError', "'float' object cannot be interpreted as an integer");
    }
    if (typeof idx === 'bigint') {
      if (idx < -9223372036854775808n || idx > 9223372036854775807n) {
        throw new RandomArgError('OverflowError', 'Python int too large to convert to C long');
      }
      throw new RandomArgError('ValueError', 'invalid state');
    }
    if (idx < 0 || idx > N) throw new RandomArgError('ValueError', 'invalid state');
    this.index = idx;
    this.mt.set(words);
  }
}
