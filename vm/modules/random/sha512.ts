// SHA-512 (FIPS 180-4) over a Uint8Array, with no platform dependency (runs in browsers and workers).
//
// `random.seed(str | bytes)` needs it: CPython 3.11 seeds version 2 with int.from_bytes(a + sha512(a).digest()).
// Each 64-bit word is kept as two 32-bit halves (hi, lo) so that no BigInt arithmetic happens per block.
//
// The round constants and initial hash are not transcribed: they are derived once, with BigInt integer roots,
// from their definition (the first 64 bits of the fractional parts of the cube roots of the first 80 primes,
// and of the square roots of the first 8 primes).

let K_HI: Int32Array | null = null;
let K_LO: Int32Array | null = null;
let H0_HI: Int32Array | null = null;
let H0_LO: Int32Array | null = null;

/** floor(n ** (1/root)) for a non-negative bigint, by Newton's method. */
function iroot(n: bigint, root: bigint): bigint {
  if (n < 2n) return n;
  // Start above the root: 2 ** ceil(bits / root).
  const bits = BigInt(n.toString(2).length);
  let x = 1n << ((bits + root - 1n) / root);
  for (;;) {
    const y = ((root - 1n) * x + n / x ** (root - 1n)) / root;
    if (y >= x) return x;
    x = y;
  }
}

function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let c = 2; primes.length < count; c++) {
    let prime = true;
    for (const p of primes) {
      if (p * p > c) break;
      if (c % p === 0) {
        prime = false;
        break;
      }
    }
    if (prime) primes.push(c);
  }
  return primes;
}

function initConstants(): void {
  const primes = firstPrimes(80);
  const mask = (1n << 64n) - 1n;
  const kHi = new Int32Array(80);
  const kLo = new Int32Array(80);
  for (let i = 0; i < 80; i++) {
    // frac(cbrt(p)) * 2**64 == cbrt(p * 2**192) mod 2**64 (integer part)
    const v = iroot(BigInt(primes[i]) << 192n, 3n) & mask;
    kHi[i] = Number(v >> 32n) | 0;
    kLo[i] = Number(v & 0xffffffffn) | 0;
  }
  const hHi = new Int32Array(8);
  const hLo = new Int32Array(8);
  for (let i = 0; i < 8; i++) {
    const v = iroot(BigInt(primes[i]) << 128n, 2n) & mask;
    hHi[i] = Number(v >> 32n) | 0;
    hLo[i] = Number(v & 0xffffffffn) | 0;
  }
  K_HI = kHi;
  K_LO = kLo;
  H0_HI = hHi;
  H0_LO = hLo;
}

const W_HI = new Int32Array(80);
const W_LO = new Int32Array(80);

/** Returns the 64-byte SHA-512 digest of `data`. */
export function sha512(data: Uint8Array): Uint8Array {
  if (K_HI === null) initConstants();
  const kHi = K_HI as Int32Array;
  const kLo = K_LO as Int32Array;
  const h = new Int32Array(16); // h[2i] = hi, h[2i+1] = lo
  for (let i = 0; i < 8; i++) {
    h[2 * i] = (H0_HI as Int32Array)[i];
    h[2 * i + 1] = (H0_LO as Int32Array)[i];
  }

  // Padding: 0x80, zeros, then the 128-bit big-endian bit length, to a multiple of 128 bytes.
  const len = data.length;
  const total = Math.ceil((len + 17) / 128) * 128;
  const msg = new Uint8Array(total);
  msg.set(data);
  msg[len] = 0x80;
  // Bit length = len * 8, at most 2**56 for any array JS can hold: the low 64 bits suffice.
  const bitLo = (len * 8) % 0x100000000;
  const bitHi = Math.floor(len / 0x20000000);
  const dv = new DataView(msg.buffer);
  dv.setUint32(total - 8, bitHi >>> 0);
  dv.setUint32(total - 4, bitLo >>> 0);

  const wHi = W_HI;
  const wLo = W_LO;
  for (let off = 0; off < total; off += 128) {
    for (let t = 0; t < 16; t++) {
      wHi[t] = dv.getInt32(off + t * 8);
      wLo[t] = dv.getInt32(off + t * 8 + 4);
    }
    for (let t = 16; t < 80; t++) {
      // sigma1(W[t-2]) = ROTR19 ^ ROTR61 ^ SHR6
      let xh = wHi[t - 2];
      let xl = wLo[t - 2];
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      // sigma0(W[t-15]) = ROTR1 ^ ROTR8 ^ SHR7
      xh = wHi[t - 15];
      xl = wLo[t - 15];
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      // W[t] = s1 + W[t-7] + s0 + W[t-16]  (mod 2**64)
      let lo = (s1l >>> 0) + (wLo[t - 7] >>> 0) + (s0l >>> 0) + (wLo[t - 16] >>> 0);
      const hi = s1h + wHi[t - 7] + s0h + wHi[t - 16] + Math.floor(lo / 0x100000000);
      lo = lo | 0;
      wHi[t] = hi | 0;
      wLo[t] = lo;
    }

    let ah = h[0], al = h[1], bh = h[2], bl = h[3], ch = h[4], cl = h[5], dh = h[6], dl = h[7];
    let eh = h[8], el = h[9], fh = h[10], fl = h[11], gh = h[12], gl = h[13], hh = h[14], hl = h[15];
    for (let t = 0; t < 80; t++) {
      // Sigma1(e) = ROTR14 ^ ROTR18 ^ ROTR41
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      // Ch(e, f, g)
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      // T1 = h + S1 + Ch + K[t] + W[t]
      let t1l = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (kLo[t] >>> 0) + (wLo[t] >>> 0);
      let t1h = hh + S1h + chh + kHi[t] + wHi[t] + Math.floor(t1l / 0x100000000);
      t1l = t1l | 0;
      t1h = t1h | 0;
      // Sigma0(a) = ROTR28 ^ ROTR34 ^ ROTR39
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      // Maj(a, b, c)
      const mjh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const mjl = (al & bl) ^ (al & cl) ^ (bl & cl);
      // T2 = S0 + Maj
      let t2l = (S0l >>> 0) + (mjl >>> 0);
      const t2h = (S0h + mjh + Math.floor(t2l / 0x100000000)) | 0;
      t2l = t2l | 0;

      hh = gh; hl = gl;
      gh = fh; gl = fl;
      fh = eh; fl = el;
      // e = d + T1
      let nl = (dl >>> 0) + (t1l >>> 0);
      eh = (dh + t1h + Math.floor(nl / 0x100000000)) | 0;
      el = nl | 0;
      dh = ch; dl = cl;
      ch = bh; cl = bl;
      bh = ah; bl = al;
      // a = T1 + T2
      nl = (t1l >>> 0) + (t2l >>> 0);
      ah = (t1h + t2h + Math.floor(nl / 0x100000000)) | 0;
      al = nl | 0;
    }
    const vals = [ah, al, bh, bl, ch, cl, dh, dl, eh, el, fh, fl, gh, gl, hh, hl];
    for (let i = 0; i < 16; i += 2) {
      const lo = (h[i + 1] >>> 0) + (vals[i + 1] >>> 0);
      h[i] = (h[i] + vals[i] + Math.floor(lo / 0x100000000)) | 0;
      h[i + 1] = lo | 0;
    }
  }

  const out = new Uint8Array(64);
  const odv = new DataView(out.buffer);
  for (let i = 0; i < 16; i++) odv.setInt32(i * 4, h[i]);
  return out;
}

/** Lower-case hex of a byte array (handy for tests and debugging). */
export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  return s;
}
