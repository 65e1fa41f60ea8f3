// The json decoder: CPython's C scanner (scanstring, scan_once), with its error messages and positions.
// It scans with charCodeAt and builds numbers, strs and dicts without intermediate objects.
import { None, makeBuiltinType, TypeFlags, mkFloat, normBig } from '../runtime/object.js';
import { PyList, PyTuple, PyDict } from '../runtime/types.js';
import { PyBaseException, ValueError } from '../runtime/exceptions.js';
import { call1 } from '../runtime/call.js';
import { DictStore } from '../runtime/hash-store.js';

export const JSONDecodeError = makeBuiltinType('JSONDecodeError', ValueError, PyBaseException, TypeFlags.BaseType | TypeFlags.HasDict);
JSONDecodeError.module = 'json.decoder';

/** Python counts positions in code points, JS in UTF-16 units: the code point index of unit index `u`. */
function codePointIndex(s: string, u: number): number {
  let n = u;
  for (let i = 0; i < u - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** JSONDecodeError(msg, doc, pos) for the UTF-16 index `at`, with lineno/colno as CPython computes them. */
export function decodeError(msg: string, doc: string, at: number): PyBaseException {
  const pos = codePointIndex(doc, at);
  const lineno = doc.slice(0, at).split('\n').length;
  const nl = at === 0 ? -1 : doc.lastIndexOf('\n', at - 1);
  const colno = pos - (nl === -1 ? -1 : codePointIndex(doc, nl));
  const e = new PyBaseException(JSONDecodeError, [`${msg}: line ${lineno} column ${colno} (char ${pos})`]);
  Object.assign(e.$d!, { msg, doc, pos, lineno, colno });
  return e;
}

export interface DecodeOpts {
  objectHook: any;
  pairsHook: any;
  parseFloat: any;
  parseInt: any;
  parseConstant: any;
}

/** The index of the first non-whitespace unit at or after p (JSON whitespace: space, \t, \n, \r). */
function skipWs(s: string, p: number): number {
  for (;;) {
    const c = s.charCodeAt(p);
    if (c === 32 || c === 10 || c === 13 || c === 9) p++;
    else return p;
  }
}

/** skipWs, small enough to inline where the usual case is no whitespace or the one space of ", " / ": ". */
function ws(s: string, p: number): number {
  let c = s.charCodeAt(p);
  if (c === 32) c = s.charCodeAt(++p);
  return c > 32 ? p : skipWs(s, p);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

const SIMPLE_ESCAPES: Record<number, string> = { 0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t' };

/** The value of 4 hex digits at s[p..p+4), or -1. */
function hex4(s: string, p: number): number {
  let v = 0;
  for (let i = p; i < p + 4; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/** Exact powers of ten (10**22 is the largest a double holds exactly). */
const POW10 = Array.from({ length: 23 }, (_, i) => Number('1e' + i));

class Decoder {
  pos = 0;
  /** Recent object keys by first unit and length (see key()). */
  private readonly keyCache: (string | undefined)[] = new Array(256).fill(undefined);
  constructor(
    readonly s: string,
    readonly o: DecodeOpts,
  ) {}

  value(): any {
    const s = this.s;
    const p = this.pos;
    switch (s.charCodeAt(p)) {
      case 0x22: // "
        return this.string();
      case 0x7b: // {
        return this.object();
      case 0x5b: // [
        return this.array();
      case 0x6e: // n
        if (s.startsWith('null', p)) return (this.pos += 4), None;
        break;
      case 0x74: // t
        if (s.startsWith('true', p)) return (this.pos += 4), true;
        break;
      case 0x66: // f
        if (s.startsWith('false', p)) return (this.pos += 5), false;
        break;
      case 0x4e: // N
        if (s.startsWith('NaN', p)) return (this.pos += 3), this.constant('NaN', NaN);
        break;
      case 0x49: // I
        if (s.startsWith('Infinity', p)) return (this.pos += 8), this.constant('Infinity', Infinity);
        break;
      case 0x2d: // -
        if (s.startsWith('-Infinity', p)) return (this.pos += 9), this.constant('-Infinity', -Infinity);
        break;
    }
    return this.number();
  }

  constant(name: string, v: number): any {
    return this.o.parseConstant === None ? mkFloat(v) : call1(this.o.parseConstant, name);
  }

  /** JSON number: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?, scanned once by hand. Its digits are summed on
   * the way: an int of up to 15 digits is that sum; so is a float's value when at most 15 significant
   * digits and a power of ten up to 1e22 describe it (digits / 10**k, or * 10**k, is then one correctly
   * rounded operation on exact doubles: the same double as Number(text)). Anything else parses the text. */
  number(): any {
    const s = this.s;
    const start = this.pos;
    let p = start;
    let c = s.charCodeAt(p);
    const neg = c === 45;
    if (neg) c = s.charCodeAt(++p);
    let m = 0;
    let sig = 0; // significant digits summed into m
    if (c === 48) c = s.charCodeAt(++p);
    else if (c >= 49 && c <= 57) {
      do {
        m = m * 10 + (c - 48);
        sig++;
        c = s.charCodeAt(++p);
      } while (c >= 48 && c <= 57);
    } else throw decodeError('Expecting value', s, start);
    let isFloat = false;
    let scale = 0;
    if (c === 46) {
      const d = s.charCodeAt(p + 1);
      if (d >= 48 && d <= 57) {
        isFloat = true;
        c = d;
        p++;
        do {
          m = m * 10 + (c - 48);
          if (m !== 0) sig++;
          scale--;
          c = s.charCodeAt(++p);
        } while (c >= 48 && c <= 57);
      }
    }
    if (c === 101 || c === 69) {
      let q = p + 1;
      let d = s.charCodeAt(q);
      const eneg = d === 45;
      if (d === 43 || d === 45) d = s.charCodeAt(++q);
      if (d >= 48 && d <= 57) {
        isFloat = true;
        let e = 0;
        do {
          if (e < 100000) e = e * 10 + (d - 48);
          d = s.charCodeAt(++q);
        } while (d >= 48 && d <= 57);
        p = q;
        scale += eneg ? -e : e;
      }
    }
    this.pos = p;
    if (!isFloat) {
      if (this.o.parseInt !== None) return call1(this.o.parseInt, s.slice(start, p));
      // `0 - m` keeps "-0" an int zero
      if (sig <= 15) return neg ? 0 - m : m;
      return normBig(BigInt(s.slice(start, p)));
    }
    if (this.o.parseFloat !== None) return call1(this.o.parseFloat, s.slice(start, p));
    let v: number;
    if (sig <= 15 && scale >= -22 && scale <= 22) {
      v = scale < 0 ? m / POW10[-scale] : m * POW10[scale];
      if (neg) v = -v;
    } else v = Number(s.slice(start, p));
    return mkFloat(v);
  }

  /** A string starting at the opening quote: sliced directly when it holds no escape. */
  string(): string {
    const s = this.s;
    const start = this.pos;
    for (let i = start + 1; ; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        this.pos = i + 1;
        return s.slice(start + 1, i);
      }
      if (c === 0x5c || c < 0x20 || c !== c) return this.stringEscaped(start, i);
    }
  }

  /** An object key: like string(), but a key seen before (the usual case: arrays of records) is matched
   * in place and shared instead of sliced again, and keeps the hash V8 cached on it for the dict's Map. */
  key(): string {
    const s = this.s;
    const start = this.pos;
    for (let i = start + 1; ; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        this.pos = i + 1;
        const len = i - start - 1;
        const slot = (s.charCodeAt(start + 1) + len * 31) & 255;
        const k = this.keyCache[slot];
        if (k !== undefined && k.length === len && s.startsWith(k, start + 1)) return k;
        return (this.keyCache[slot] = s.slice(start + 1, i));
      }
      if (c === 0x5c || c < 0x20 || c !== c) return this.stringEscaped(start, i);
    }
  }

  /** The rest of a string from `i`, the first escape or control character (or the end of the text). */
  private stringEscaped(start: number, i: number): string {
    const s = this.s;
    let out = s.slice(start + 1, i);
    let chunk = i;
    for (;;) {
      if (i >= s.length) throw decodeError('Unterminated string starting at', s, start);
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        this.pos = i + 1;
        return out + s.slice(chunk, i);
      }
      if (c < 0x20) throw decodeError('Invalid control character at', s, i);
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += s.slice(chunk, i);
      if (i + 1 >= s.length) throw decodeError('Unterminated string starting at', s, start);
      const e = s.charCodeAt(i + 1);
      const simple = SIMPLE_ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        i += 2;
      } else if (e === 0x75) {
        // CPython wants a unit after the 4 digits (at least the closing quote) before reading them
        const v = i + 6 < s.length ? hex4(s, i + 2) : -1;
        if (v < 0) throw decodeError('Invalid \\uXXXX escape', s, i + 1);
        out += String.fromCharCode(v); // an escaped surrogate pair joins by itself in UTF-16
        i += 6;
      } else throw decodeError('Invalid \\escape', s, i);
      chunk = i;
    }
  }

  array(): PyList {
    const s = this.s;
    const out: any[] = [];
    let p = ws(s, this.pos + 1);
    if (s.charCodeAt(p) === 0x5d) {
      this.pos = p + 1;
      return new PyList(out);
    }
    for (;;) {
      this.pos = p;
      out.push(this.value());
      p = ws(s, this.pos);
      const c = s.charCodeAt(p);
      if (c === 0x5d) {
        this.pos = p + 1;
        return new PyList(out);
      }
      if (c !== 0x2c) throw decodeError("Expecting ',' delimiter", s, p);
      p = ws(s, p + 1);
    }
  }

  /** An object: straight into a dict, or into (key, value) tuples for object_pairs_hook. */
  object(): any {
    const s = this.s;
    const pairs: PyTuple[] | null = this.o.pairsHook !== None ? [] : null;
    const store = new DictStore();
    let p = ws(s, this.pos + 1);
    if (s.charCodeAt(p) !== 0x7d)
      for (;;) {
        if (s.charCodeAt(p) !== 0x22) throw decodeError('Expecting property name enclosed in double quotes', s, p);
        this.pos = p;
        const k = this.key();
        p = ws(s, this.pos);
        if (s.charCodeAt(p) !== 0x3a) throw decodeError("Expecting ':' delimiter", s, p);
        this.pos = ws(s, p + 1);
        const v = this.value();
        // a JSON key is always a str: the store's Map takes it as is
        if (pairs !== null) pairs.push(new PyTuple([k, v]));
        else store.m.set(k, v);
        p = ws(s, this.pos);
        const c = s.charCodeAt(p);
        if (c === 0x7d) break;
        if (c !== 0x2c) throw decodeError("Expecting ',' delimiter", s, p);
        p = ws(s, p + 1);
      }
    this.pos = p + 1;
    if (pairs !== null) return call1(this.o.pairsHook, new PyList(pairs));
    const d = new PyDict(store);
    return this.o.objectHook !== None ? call1(this.o.objectHook, d) : d;
  }
}

export function jsonLoads(s: string, o: Partial<DecodeOpts> = {}): any {
  const opts: DecodeOpts = { objectHook: None, pairsHook: None, parseFloat: None, parseInt: None, parseConstant: None, ...o };
  const d = new Decoder(s, opts);
  d.pos = skipWs(s, 0);
  const v = d.value();
  d.pos = skipWs(s, d.pos);
  if (d.pos !== s.length) throw decodeError('Extra data', s, d.pos);
  return v;
}
