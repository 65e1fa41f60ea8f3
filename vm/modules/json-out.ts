// The json encoder's output buffer, and JSON string literals.

const ESC: Record<number, string> = { 0x22: '\\"', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t', 0x08: '\\b', 0x0c: '\\f' };

/** Does unit c need an escape in a JSON string (CPython escapes DEL and above only with ensure_ascii)? */
const needsEscape = (c: number, ensureAscii: boolean) => c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0x7f && ensureAscii);

/** The escaped text of s[i..] plus the closing quote. */
function escapeTail(s: string, i: number, ensureAscii: boolean): string {
  let out = '';
  let start = i;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!needsEscape(c, ensureAscii)) continue;
    out += s.slice(start, i);
    out += ESC[c] ?? '\\u' + c.toString(16).padStart(4, '0');
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

/** The JSON string literal for `s`. */
export function encodeStr(s: string, ensureAscii: boolean): string {
  for (let i = 0; i < s.length; i++) if (needsEscape(s.charCodeAt(i), ensureAscii)) return '"' + s.slice(0, i) + escapeTail(s, i, ensureAscii);
  return '"' + s + '"';
}

const utf8 = new TextDecoder();

/** Decimal digits of a non-negative int32. */
function digitCount(x: number): number {
  let d = 1;
  while (x >= 10000) {
    x = (x / 10000) | 0;
    d += 4;
  }
  return x >= 1000 ? d + 3 : x >= 100 ? d + 2 : x >= 10 ? d + 1 : d;
}

/** The encoder's output. While everything written is ASCII (always, with ensure_ascii and ASCII
 * separators) it goes byte by byte into a buffer decoded once at the end: no string per piece and
 * no join. The first non-ASCII piece switches it to a list of strings joined at the end. */
/** The buffer of the last finished dumps, reused by the next one (allocating it costs more than encoding
 * a small value). A dumps nested in another (from a default= callback) finds none and makes its own. */
let spare: Uint8Array | null = null;
/** Largest buffer kept between dumps calls. */
const SPARE_KEEP = 1 << 20;

export class Out {
  private b: Uint8Array;
  private n = 0;
  private parts: string[] | null = null;

  constructor() {
    this.b = spare ?? new Uint8Array(4096);
    spare = null;
  }

  private reserve(k: number): void {
    if (this.n + k > this.b.length) this.grow(k);
  }

  private grow(k: number): void {
    const b = new Uint8Array(Math.max(this.b.length * 2, this.n + k));
    b.set(this.b.subarray(0, this.n));
    this.b = b;
  }

  /** One ASCII character (a bracket). */
  byte(c: number): void {
    if (this.parts !== null) return void this.parts.push(String.fromCharCode(c));
    this.reserve(1);
    this.b[this.n++] = c;
  }

  /** Switches to strings, `rest` being the first non-ASCII text. */
  private widen(rest: string): void {
    this.parts = [utf8.decode(this.b.subarray(0, this.n)), rest];
  }

  raw(s: string): void {
    if (this.parts !== null) return void this.parts.push(s);
    const len = s.length;
    this.reserve(len);
    const b = this.b;
    let n = this.n;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        this.n = n;
        return this.widen(s.slice(i));
      }
      b[n++] = c;
    }
    this.n = n;
  }

  /** A str as a JSON string literal. */
  quoted(s: string, ensureAscii: boolean): void {
    if (this.parts !== null) return void this.parts.push(encodeStr(s, ensureAscii));
    const len = s.length;
    this.reserve(len + 2);
    const b = this.b;
    let n = this.n;
    b[n++] = 0x22;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) b[n++] = c;
      else {
        // an escape (or a non-ASCII unit kept as is): the rest as a string
        this.n = n;
        return this.raw(escapeTail(s, i, ensureAscii));
      }
    }
    b[n++] = 0x22;
    this.n = n;
  }

  /** An int in the safe range, digits written directly (int32 arithmetic below 2**31). */
  int(v: number): void {
    if (this.parts !== null || v > 0x7fffffff || v < -0x7fffffff) return this.raw(String(v));
    this.reserve(11);
    const b = this.b;
    let n = this.n;
    let x = v | 0;
    if (x < 0) {
      b[n++] = 0x2d;
      x = -x;
    }
    n += digitCount(x);
    this.n = n;
    do {
      const q = (x / 10) | 0;
      b[--n] = 48 + x - q * 10;
      x = q;
    } while (x !== 0);
  }

  /** Writes a non-integral double below 2e7 in magnitude when one or two decimals give it exactly,
   * i.e. k / 10**d === v for an integer k: that decimal string is then its shortest round-trip repr (no
   * other string of as few digits maps to v, and it has no integer form). Returns false otherwise. */
  shortFloat(v: number): boolean {
    if (this.parts !== null || !(v < 2e7 && v > -2e7)) return false;
    let k = v * 10;
    let scale = 10;
    if (!(Number.isInteger(k) && k / 10 === v)) {
      k = v * 100;
      scale = 100;
      if (!(Number.isInteger(k) && k % 10 !== 0 && k / 100 === v)) return false;
    }
    this.reserve(13);
    let x = k | 0;
    if (x < 0) {
      this.b[this.n++] = 0x2d;
      x = -x;
    }
    const whole = (x / scale) | 0;
    this.int(whole);
    let frac = x - whole * scale;
    const b = this.b;
    b[this.n++] = 0x2e;
    if (scale === 100) {
      b[this.n++] = 48 + ((frac / 10) | 0);
      frac %= 10;
    }
    b[this.n++] = 48 + frac;
    return true;
  }

  /** The text written; the Out is done after this (its buffer goes back to `spare`). */
  text(): string {
    const t = this.parts === null ? utf8.decode(this.b.subarray(0, this.n)) : this.parts.join('');
    if (this.b.length <= SPARE_KEEP) spare = this.b;
    return t;
  }
}
