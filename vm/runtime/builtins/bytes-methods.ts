// The methods bytes and bytearray share (searching, splitting, stripping, ASCII case and predicates, padding,
// decode/hex/fromhex, translate/maketrans). Each is installed on both types; results take the receiver's
// base kind (bytes or bytearray).
import { None, PyType } from '../object.js';
import { PyList, PyTuple, PyBytes } from '../types.js';
import { PyClassMethod, PyStaticMethod, Kw } from '../function.js';
import { nativeKw } from '../natives.js';
import { typeErr, valueErr, PyBaseException, TypeError } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { call } from '../call.js';
import { toArray } from '../iteration.js';
import { optIndex, intArg, strVal } from './str-core.js';
import { codecOf, decodeBytes } from './str-codecs.js';
import { defFast } from './str-def.js';
import { bview, needBytes, byteValue, isIndexable, mk, selfBytes, bfind, brfind } from './bytes-core.js';

const isWs = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isLowerB = (c: number) => c >= 97 && c <= 122;
const isUpperB = (c: number) => c >= 65 && c <= 90;
const isDigitB = (c: number) => c >= 48 && c <= 57;

function subArg(x: any): Uint8Array {
  const v = bview(x);
  if (v !== undefined) return v;
  if (isIndexable(x)) return Uint8Array.of(byteValue(x));
  throw typeErr(`argument should be integer or bytes-like object, not '${typeOf(x).name}'`);
}

function bounds(len: number, startA: any, endA: any): [number, number] {
  let start = optIndex(startA);
  let end = optIndex(endA);
  if (end === undefined || end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start === undefined) start = 0;
  else if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

function count(s: Uint8Array, subA: any, startA: any, endA: any): number {
  const n = subArg(subA);
  const [st, en] = bounds(s.length, startA, endA);
  if (en < st) return 0;
  if (n.length === 0) return en - st + 1;
  let c = 0;
  let p = bfind(s, n, st, en);
  while (p >= 0) {
    c++;
    p = bfind(s, n, p + n.length, en);
  }
  return c;
}

function tailMatch(s: Uint8Array, p: any, startA: any, endA: any, what: string, fromEnd: boolean): boolean {
  const [st, en] = bounds(s.length, startA, endA);
  const one = (x: Uint8Array): boolean => {
    const e = en - x.length;
    if (e < st) return false;
    const at = fromEnd ? e : st;
    for (let i = 0; i < x.length; i++) if (s[at + i] !== x[i]) return false;
    return true;
  };
  if (p instanceof PyTuple) {
    for (const item of p.a) if (one(needBytes(item))) return true;
    return false;
  }
  const v = bview(p);
  if (v === undefined) throw typeErr(`${what} first arg must be bytes or a tuple of bytes, not ${typeOf(p).name}`);
  return one(v);
}

function sepArg(sep: any): Uint8Array | undefined {
  if (sep === undefined || sep === None) return undefined;
  const v = needBytes(sep);
  if (v.length === 0) throw valueErr('empty separator');
  return v;
}

function split(s: Uint8Array, sepA: any, maxA: any, ba: boolean, right: boolean): PyList {
  let max = maxA === undefined ? -1 : intArg(maxA);
  if (max < 0) max = Infinity;
  const sep = sepArg(sepA);
  const out: Uint8Array[] = [];
  const n = s.length;
  if (sep === undefined) {
    if (!right) {
      let i = 0;
      while (max-- > 0) {
        while (i < n && isWs(s[i])) i++;
        if (i === n) break;
        const j = i++;
        while (i < n && !isWs(s[i])) i++;
        out.push(s.slice(j, i));
      }
      if (i < n) {
        while (i < n && isWs(s[i])) i++;
        if (i !== n) out.push(s.slice(i));
      }
    } else {
      let i = n - 1;
      while (max-- > 0) {
        while (i >= 0 && isWs(s[i])) i--;
        if (i < 0) break;
        const j = i--;
        while (i >= 0 && !isWs(s[i])) i--;
        out.push(s.slice(i + 1, j + 1));
      }
      if (i >= 0) {
        while (i >= 0 && isWs(s[i])) i--;
        if (i >= 0) out.push(s.slice(0, i + 1));
      }
      out.reverse();
    }
  } else if (!right) {
    let i = 0;
    while (max-- > 0) {
      const j = bfind(s, sep, i, n);
      if (j < 0) break;
      out.push(s.slice(i, j));
      i = j + sep.length;
    }
    out.push(s.slice(i));
  } else {
    let j = n;
    while (max-- > 0) {
      const p = brfind(s, sep, 0, j);
      if (p < 0) break;
      out.push(s.slice(p + sep.length, j));
      j = p;
    }
    out.push(s.slice(0, j));
    out.reverse();
  }
  return new PyList(out.map((u) => mk(ba, u)));
}

function splitlines(s: Uint8Array, keepA: any, ba: boolean): PyList {
  const keep = keepA === undefined ? false : typeof keepA === 'boolean' ? keepA : intArg(keepA) !== 0;
  const out: any[] = [];
  const len = s.length;
  let i = 0;
  let j = 0;
  while (i < len) {
    while (i < len && s[i] !== 10 && s[i] !== 13) i++;
    let eol = i;
    if (i < len) {
      if (s[i] === 13 && i + 1 < len && s[i + 1] === 10) i += 2;
      else i++;
      if (keep) eol = i;
    }
    out.push(mk(ba, s.slice(j, eol)));
    j = i;
  }
  return new PyList(out);
}

function strip(s: Uint8Array, chars: any, how: number, ba: boolean): any {
  let i = 0;
  let j = s.length;
  let test: (c: number) => boolean;
  if (chars === undefined || chars === None) test = isWs;
  else {
    const cs = needBytes(chars);
    test = (c) => cs.indexOf(c) >= 0;
  }
  if (how & 1) while (i < j && test(s[i])) i++;
  if (how & 2) while (j > i && test(s[j - 1])) j--;
  return mk(ba, s.slice(i, j));
}

function join(sep: Uint8Array, it: any, ba: boolean): any {
  let a: any[];
  if (it instanceof PyList || it instanceof PyTuple) a = it.a;
  else {
    try {
      a = toArray(it);
    } catch (e) {
      if (e instanceof PyBaseException && e.$cls.isSubtypeOf(TypeError)) throw typeErr('can only join an iterable');
      throw e;
    }
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    const v = bview(a[i]);
    if (v === undefined) throw typeErr(`sequence item ${i}: expected a bytes-like object, ${typeOf(a[i]).name} found`);
    parts.push(v);
    total += v.length + (i > 0 ? sep.length : 0);
  }
  const out = new Uint8Array(total);
  let p = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      out.set(sep, p);
      p += sep.length;
    }
    out.set(parts[i], p);
    p += parts[i].length;
  }
  return mk(ba, out);
}

function replace(s: Uint8Array, oA: any, nA: any, cA: any, ba: boolean): any {
  const o = needBytes(oA);
  const nw = needBytes(nA);
  let c = cA === undefined ? -1 : intArg(cA);
  if (c < 0) c = Infinity;
  const chunks: Uint8Array[] = [];
  if (o.length === 0) {
    const k = Math.min(c, s.length + 1);
    for (let i = 0; i < k; i++) {
      chunks.push(nw);
      if (i < s.length) chunks.push(s.subarray(i, i + 1));
    }
    if (k < s.length + 1) chunks.push(s.subarray(k));
  } else {
    let i = 0;
    while (c-- > 0) {
      const j = bfind(s, o, i, s.length);
      if (j < 0) break;
      chunks.push(s.subarray(i, j), nw);
      i = j + o.length;
    }
    chunks.push(s.subarray(i));
  }
  let total = 0;
  for (const ch of chunks) total += ch.length;
  const out = new Uint8Array(total);
  let p = 0;
  for (const ch of chunks) {
    out.set(ch, p);
    p += ch.length;
  }
  return mk(ba, out);
}

function partition(s: Uint8Array, sepA: any, ba: boolean, right: boolean): PyTuple {
  const sep = needBytes(sepA);
  if (sep.length === 0) throw valueErr('empty separator');
  const i = right ? brfind(s, sep, 0, s.length) : bfind(s, sep, 0, s.length);
  const e = new Uint8Array(0);
  if (i < 0) return new PyTuple(right ? [mk(ba, e), mk(ba, e.slice()), mk(ba, s.slice())] : [mk(ba, s.slice()), mk(ba, e), mk(ba, e.slice())]);
  return new PyTuple([mk(ba, s.slice(0, i)), mk(ba, sep.slice()), mk(ba, s.slice(i + sep.length))]);
}

function mapBytes(s: Uint8Array, f: (c: number, i: number, prev: number) => number): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = f(s[i], i, i > 0 ? s[i - 1] : -1);
  return out;
}
const up = (c: number) => (isLowerB(c) ? c - 32 : c);
const low = (c: number) => (isUpperB(c) ? c + 32 : c);

function title(s: Uint8Array): Uint8Array {
  const out = new Uint8Array(s.length);
  let prevCased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    out[i] = prevCased ? low(c) : up(c);
    prevCased = isLowerB(c) || isUpperB(c);
  }
  return out;
}

function pred(s: Uint8Array, name: string): boolean {
  const n = s.length;
  switch (name) {
    case 'isascii':
      for (let i = 0; i < n; i++) if (s[i] >= 128) return false;
      return true;
    case 'isalnum':
      if (n === 0) return false;
      for (let i = 0; i < n; i++) if (!(isLowerB(s[i]) || isUpperB(s[i]) || isDigitB(s[i]))) return false;
      return true;
    case 'isalpha':
      if (n === 0) return false;
      for (let i = 0; i < n; i++) if (!(isLowerB(s[i]) || isUpperB(s[i]))) return false;
      return true;
    case 'isdigit':
      if (n === 0) return false;
      for (let i = 0; i < n; i++) if (!isDigitB(s[i])) return false;
      return true;
    case 'isspace':
      if (n === 0) return false;
      for (let i = 0; i < n; i++) if (!isWs(s[i])) return false;
      return true;
    case 'islower': {
      let cased = false;
      for (let i = 0; i < n; i++) {
        if (isUpperB(s[i])) return false;
        if (isLowerB(s[i])) cased = true;
      }
      return cased;
    }
    case 'isupper': {
      let cased = false;
      for (let i = 0; i < n; i++) {
        if (isLowerB(s[i])) return false;
        if (isUpperB(s[i])) cased = true;
      }
      return cased;
    }
    default: {
      // istitle
      let cased = false;
      let prev = false;
      for (let i = 0; i < n; i++) {
        const c = s[i];
        if (isUpperB(c)) {
          if (prev) return false;
          prev = cased = true;
        } else if (isLowerB(c)) {
          if (!prev) return false;
          prev = cased = true;
        } else prev = false;
      }
      return cased;
    }
  }
}

function fillArg(x: any, name: string): number {
  if (x === undefined) return 32;
  const v = bview(x);
  if (v === undefined || v.length !== 1)
    throw typeErr(`${name}() argument 2 must be a byte string of length 1, not ${typeOf(x).name}`);
  return v[0];
}

function pad(s: Uint8Array, wA: any, fA: any, how: string, ba: boolean): any {
  const w = intArg(wA);
  const fc = fillArg(fA, how);
  if (s.length >= w) return mk(ba, s.slice());
  const marg = w - s.length;
  const left = how === 'ljust' ? 0 : how === 'rjust' ? marg : (marg >> 1) + (marg & w & 1);
  const out = new Uint8Array(w).fill(fc);
  out.set(s, left);
  return mk(ba, out);
}

function zfill(s: Uint8Array, wA: any, ba: boolean): any {
  const w = intArg(wA);
  if (s.length >= w) return mk(ba, s.slice());
  const fill = w - s.length;
  const out = new Uint8Array(w).fill(48);
  out.set(s, fill);
  if (out[fill] === 43 || out[fill] === 45) {
    out[0] = out[fill];
    out[fill] = 48;
  }
  return mk(ba, out);
}

function expandtabs(s: Uint8Array, tsA: any, ba: boolean): any {
  const ts = tsA === undefined ? 8 : intArg(tsA);
  const out: number[] = [];
  let col = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === 9) {
      if (ts > 0) {
        const inc = ts - (col % ts);
        for (let k = 0; k < inc; k++) out.push(32);
        col += inc;
      }
    } else {
      out.push(c);
      col++;
      if (c === 10 || c === 13) col = 0;
    }
  }
  return mk(ba, Uint8Array.from(out));
}

function decode(s: Uint8Array, encA: any, errA: any): string {
  let enc = 'utf-8';
  let err = 'strict';
  if (encA !== undefined) {
    const e = strVal(encA);
    if (e === undefined) throw typeErr(`decode() argument 'encoding' must be str, not ${typeOf(encA).name}`);
    enc = e;
  }
  if (errA !== undefined) {
    const e = strVal(errA);
    if (e === undefined) throw typeErr(`decode() argument 'errors' must be str, not ${typeOf(errA).name}`);
    err = e;
  }
  return decodeBytes(s, codecOf(enc), err);
}

const HEX = '0123456789abcdef';

function hex(s: Uint8Array, sepA: any, perA: any): string {
  let sep = '';
  if (sepA !== undefined && sepA !== None) {
    const sv = strVal(sepA);
    const bv = sv === undefined ? bview(sepA) : undefined;
    if (sv === undefined && bv === undefined) throw typeErr(`sep must be str or bytes.`);
    sep = sv !== undefined ? sv : String.fromCharCode(...bv!);
    if (sep.length !== 1) throw valueErr('sep must be length 1.');
  }
  const per = perA === undefined ? 1 : intArg(perA);
  let out = '';
  if (sep === '' || per === 0 || s.length === 0) {
    for (let i = 0; i < s.length; i++) out += HEX[s[i] >> 4] + HEX[s[i] & 15];
    return out;
  }
  const g = Math.abs(per);
  for (let i = 0; i < s.length; i++) {
    // groups counted from the right for positive bytes_per_sep, from the left for negative
    const boundary = per > 0 ? (s.length - i) % g === 0 : i % g === 0;
    if (i > 0 && boundary) out += sep;
    out += HEX[s[i] >> 4] + HEX[s[i] & 15];
  }
  return out;
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

export function fromhex(x: any): Uint8Array {
  const s = strVal(x);
  if (s === undefined) throw typeErr(`fromhex() argument must be str, not ${typeOf(x).name}`);
  const out: number[] = [];
  let i = 0;
  const bad = (p: number) => valueErr(`non-hexadecimal number found in fromhex() arg at position ${p}`);
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const hi = hexVal(c);
    if (hi < 0) throw bad(i);
    const lo = i + 1 < s.length ? hexVal(s.charCodeAt(i + 1)) : -1;
    if (lo < 0) throw bad(i + 1);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

function translate(s: Uint8Array, tableA: any, delA: any, ba: boolean): any {
  let table: Uint8Array | undefined;
  if (tableA !== None && tableA !== undefined) {
    table = needBytes(tableA);
    if (table.length !== 256) throw valueErr('translation table must be 256 characters long');
  }
  const del = delA === undefined ? undefined : needBytes(delA);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (del !== undefined && del.indexOf(c) >= 0) continue;
    out.push(table === undefined ? c : table[c]);
  }
  return mk(ba, Uint8Array.from(out));
}

function maketrans(frmA: any, toA: any): PyBytes {
  const frm = needBytes(frmA);
  const to = needBytes(toA);
  if (frm.length !== to.length) throw valueErr('maketrans arguments must have same length');
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) t[i] = i;
  for (let i = 0; i < frm.length; i++) t[frm[i]] = to[i];
  return new PyBytes(t);
}

/** Installs the shared methods on bytes (ba=false) or bytearray (ba=true). */
export function installBytesMethods(t: PyType, ba: boolean): void {
  const S = (self: any, name: string) => selfBytes(self, name, ba);
  const def = (name: string, fn: Function, min: number, max: number, kw: string[] = []) => defFast(t, name, fn, min, max, kw);
  const findImpl = (self: any, name: string, sub: any, st: any, en: any, right: boolean): number => {
    const s = S(self, name);
    const n = subArg(sub);
    const [a, b] = bounds(s.length, st, en);
    return right ? brfind(s, n, a, b) : bfind(s, n, a, b);
  };
  def('find', (self: any, sub: any, st?: any, en?: any) => findImpl(self, 'find', sub, st, en, false), 2, 4);
  def('rfind', (self: any, sub: any, st?: any, en?: any) => findImpl(self, 'rfind', sub, st, en, true), 2, 4);
  def('index', (self: any, sub: any, st?: any, en?: any) => {
    const r = findImpl(self, 'index', sub, st, en, false);
    if (r < 0) throw valueErr('subsection not found');
    return r;
  }, 2, 4);
  def('rindex', (self: any, sub: any, st?: any, en?: any) => {
    const r = findImpl(self, 'rindex', sub, st, en, true);
    if (r < 0) throw valueErr('subsection not found');
    return r;
  }, 2, 4);
  def('count', (self: any, sub: any, st?: any, en?: any) => count(S(self, 'count'), sub, st, en), 2, 4);
  def('startswith', (self: any, p: any, st?: any, en?: any) => tailMatch(S(self, 'startswith'), p, st, en, 'startswith', false), 2, 4);
  def('endswith', (self: any, p: any, st?: any, en?: any) => tailMatch(S(self, 'endswith'), p, st, en, 'endswith', true), 2, 4);
  def('split', (self: any, sep?: any, max?: any) => split(S(self, 'split'), sep, max, ba, false), 1, 3, ['sep', 'maxsplit']);
  def('rsplit', (self: any, sep?: any, max?: any) => split(S(self, 'rsplit'), sep, max, ba, true), 1, 3, ['sep', 'maxsplit']);
  def('splitlines', (self: any, keep?: any) => splitlines(S(self, 'splitlines'), keep, ba), 1, 2, ['keepends']);
  def('strip', (self: any, c?: any) => strip(S(self, 'strip'), c, 3, ba), 1, 2);
  def('lstrip', (self: any, c?: any) => strip(S(self, 'lstrip'), c, 1, ba), 1, 2);
  def('rstrip', (self: any, c?: any) => strip(S(self, 'rstrip'), c, 2, ba), 1, 2);
  def('join', (self: any, it: any) => join(S(self, 'join'), it, ba), 2, 2);
  def('replace', (self: any, o: any, n: any, c?: any) => replace(S(self, 'replace'), o, n, c, ba), 3, 4);
  def('partition', (self: any, sep: any) => partition(S(self, 'partition'), sep, ba, false), 2, 2);
  def('rpartition', (self: any, sep: any) => partition(S(self, 'rpartition'), sep, ba, true), 2, 2);
  def('upper', (self: any) => mk(ba, mapBytes(S(self, 'upper'), up)), 1, 1);
  def('lower', (self: any) => mk(ba, mapBytes(S(self, 'lower'), low)), 1, 1);
  def('swapcase', (self: any) => mk(ba, mapBytes(S(self, 'swapcase'), (c) => (isLowerB(c) ? c - 32 : isUpperB(c) ? c + 32 : c))), 1, 1);
  def('capitalize', (self: any) => mk(ba, mapBytes(S(self, 'capitalize'), (c, i) => (i === 0 ? up(c) : low(c)))), 1, 1);
  def('title', (self: any) => mk(ba, title(S(self, 'title'))), 1, 1);
  for (const p of ['isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper'])
    def(p, (self: any) => pred(S(self, p), p), 1, 1);
  def('center', (self: any, w: any, f?: any) => pad(S(self, 'center'), w, f, 'center', ba), 2, 3);
  def('ljust', (self: any, w: any, f?: any) => pad(S(self, 'ljust'), w, f, 'ljust', ba), 2, 3);
  def('rjust', (self: any, w: any, f?: any) => pad(S(self, 'rjust'), w, f, 'rjust', ba), 2, 3);
  def('zfill', (self: any, w: any) => zfill(S(self, 'zfill'), w, ba), 2, 2);
  def('expandtabs', (self: any, ts?: any) => expandtabs(S(self, 'expandtabs'), ts, ba), 1, 2, ['tabsize']);
  def('removeprefix', (self: any, p: any) => {
    const s = S(self, 'removeprefix');
    const x = needBytes(p);
    if (x.length > s.length) return mk(ba, s.slice());
    for (let i = 0; i < x.length; i++) if (s[i] !== x[i]) return mk(ba, s.slice());
    return mk(ba, s.slice(x.length));
  }, 2, 2);
  def('removesuffix', (self: any, p: any) => {
    const s = S(self, 'removesuffix');
    const x = needBytes(p);
    if (x.length > s.length || x.length === 0) return mk(ba, s.slice());
    const off = s.length - x.length;
    for (let i = 0; i < x.length; i++) if (s[off + i] !== x[i]) return mk(ba, s.slice());
    return mk(ba, s.slice(0, off));
  }, 2, 2);
  def('decode', (self: any, e?: any, err?: any) => decode(S(self, 'decode'), e, err), 1, 3, ['encoding', 'errors']);
  def('hex', (self: any, sep?: any, per?: any) => hex(S(self, 'hex'), sep, per), 1, 3, ['sep', 'bytes_per_sep']);
  def('translate', (self: any, table: any, del?: any) => translate(S(self, 'translate'), table, del, ba), 2, 3, ['table', 'delete']);
  const fh = nativeKw(
    'fromhex',
    (args: any[], kw: Kw) => {
      if (kw !== null) for (const k in kw) throw typeErr(`fromhex() takes no keyword arguments`);
      if (args.length !== 2) throw typeErr(`fromhex() takes exactly one argument (${args.length - 1} given)`);
      const cls: PyType = args[0];
      const u = fromhex(args[1]);
      const r = mk(ba, u);
      return cls === t ? r : call(cls, [r]);
    },
    false,
  );
  fh.qualname = `${t.name}.fromhex`;
  t.dict.fromhex = new PyClassMethod(fh);
  const mt = nativeKw(
    'maketrans',
    (args: any[], kw: Kw) => {
      if (kw !== null) for (const k in kw) throw typeErr(`maketrans() takes no keyword arguments`);
      if (args.length !== 2) throw typeErr(`maketrans expected 2 arguments, got ${args.length}`);
      return maketrans(args[0], args[1]);
    },
    false,
  );
  mt.qualname = `${t.name}.maketrans`;
  t.dict.maketrans = new PyStaticMethod(mt);
}
