// The `bytes` and `bytearray` types: constructors, sequence dunders (indexing gives ints, slicing gives the
// same kind), concatenation/repetition, content comparisons (bytes == bytearray), hashing (bytes only),
// repr, and bytearray's in-place mutation. The methods both types share are in bytes-methods.ts.
import { bytesPercentFormat } from '../format-percent.js';
import { PyType, MISSING, NotImplemented, None } from '../object.js';
import { PyBytes, PyByteArray, PySlice, PyTuple, PyList, bytesType, bytearrayType } from '../types.js';
import { Kw } from '../function.js';
import { typeErr, valueErr, indexErr, overflowErr, exc, MemoryError, PyBaseException, TypeError } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { index, hashStr } from '../convert.js';
import { callSpecial1 } from '../call.js';
import { iter, next, iteratorType } from '../iteration.js';
import { sliceIndices } from '../slices.js';
import { defNew, adopt } from './container-util.js';
import { strVal } from './str-core.js';
import { codecOf, encodeStr, latin1 } from './str-codecs.js';
import { defFast } from './str-def.js';
import { installBytesMethods } from './bytes-methods.js';
import {
  bview,
  needBytes,
  byteValue,
  isIndexable,
  mk,
  selfBytes,
  bytesRepr,
  bfind,
  bequal,
  bcompare,
  concat,
  BytesIter,
} from './bytes-core.js';

export { bview, bytesRepr };

// ---- construction ----

function sizeArg(x: any): number {
  const v = index(x);
  if (typeof v === 'bigint') throw overflowErr("cannot fit 'int' into an index-sized integer");
  if (v < 0) throw valueErr('negative count');
  if (v > 0x7fffffff) throw exc(MemoryError);
  return v;
}

function fromIterable(x: any, ba: boolean): Uint8Array {
  const msg = ba ? 'byte must be in range(0, 256)' : 'bytes must be in range(0, 256)';
  let a: any[];
  if (x instanceof PyList || x instanceof PyTuple) a = x.a;
  else {
    let it: any;
    try {
      it = iter(x);
    } catch (e) {
      if (e instanceof PyBaseException && e.$cls.isSubtypeOf(TypeError))
        throw typeErr(`cannot convert '${typeOf(x).name}' object to ${ba ? 'bytearray' : 'bytes'}`);
      throw e;
    }
    a = [];
    for (let v = next(it); v !== undefined; v = next(it)) a.push(v);
  }
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = byteValue(a[i], msg);
  return out;
}

/** The initial contents for bytes(...) / bytearray(...). */
function fromSource(src: any, encoding: any, errors: any, ba: boolean): Uint8Array {
  if (src === undefined) {
    if (encoding !== undefined) throw typeErr('encoding without a string argument');
    if (errors !== undefined) throw typeErr('errors without a string argument');
    return new Uint8Array(0);
  }
  const s = strVal(src);
  if (encoding !== undefined) {
    if (s === undefined) throw typeErr('encoding without a string argument');
    const enc = strVal(encoding);
    if (enc === undefined) throw typeErr(`${ba ? 'bytearray' : 'bytes'}() argument 'encoding' must be str, not ${typeOf(encoding).name}`);
    let err = 'strict';
    if (errors !== undefined) {
      const e = strVal(errors);
      if (e === undefined) throw typeErr(`${ba ? 'bytearray' : 'bytes'}() argument 'errors' must be str, not ${typeOf(errors).name}`);
      err = e;
    }
    return encodeStr(s, codecOf(enc), err);
  }
  if (errors !== undefined) throw typeErr(s !== undefined ? 'string argument without an encoding' : 'errors without a string argument');
  if (s !== undefined) throw typeErr('string argument without an encoding');
  if (!ba && typeof src === 'object' && !(src instanceof PyBytes)) {
    const f = typeOf(src).lookup('__bytes__');
    if (f !== MISSING) {
      const r = callSpecial1(f, src);
      if (!(r instanceof PyBytes)) throw typeErr(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
      return r.b;
    }
  }
  if (isIndexable(src)) return new Uint8Array(sizeArg(src));
  const v = bview(src);
  if (v !== undefined) return v.slice();
  return fromIterable(src, ba);
}

function ctorArgs(name: string, args: any[], kw: Kw): [any, any, any] {
  if (args.length > 4) throw typeErr(`${name}() takes at most 3 arguments (${args.length - 1} given)`);
  const r: [any, any, any] = [args[1], args[2], args[3]];
  if (kw !== null) {
    for (const k in kw) {
      const i: number = k === 'source' ? 0 : k === 'encoding' ? 1 : k === 'errors' ? 2 : -1;
      if (i < 0) throw typeErr(`'${k}' is an invalid keyword argument for ${name}()`);
      if (i + 1 < args.length) throw typeErr(`argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      (r as any[])[i] = kw[k];
    }
  }
  return r;
}

// ---- bytearray buffer ----

function ensure(o: PyByteArray, n: number): void {
  if (n <= o.b.length) return;
  const nb = new Uint8Array(Math.max(n, o.b.length * 2, 8));
  nb.set(o.b.subarray(0, o.n));
  o.b = nb;
}

function setContents(o: PyByteArray, u: Uint8Array): void {
  o.b = u.length <= o.b.length ? o.b : new Uint8Array(u.length);
  o.b.set(u);
  o.n = u.length;
}

/** Replaces o[start:stop] (step 1) with v. */
function spliceBA(o: PyByteArray, start: number, stop: number, v: Uint8Array): void {
  const tail = o.b.slice(stop, o.n);
  const n = start + v.length + tail.length;
  ensure(o, n);
  o.b.set(v, start);
  o.b.set(tail, start + v.length);
  o.n = n;
}

function assignValue(v: any, self: PyByteArray): Uint8Array {
  if (v === self) return self.b.slice(0, self.n);
  const b = bview(v);
  if (b !== undefined) return b.slice();
  if (strVal(v) !== undefined || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ||
      (typeof v === 'object' && (typeOf(v).lookup('__index__') !== MISSING || typeOf(v).lookup('__float__') !== MISSING)))
    throw typeErr('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  return fromIterable(v, true);
}

function baSetItem(o: PyByteArray, k: any, v: any): void {
  if (k instanceof PySlice) {
    const val = assignValue(v, o);
    const r = sliceIndices(k, o.n);
    if (r.step === 1) {
      spliceBA(o, r.start, Math.max(r.start, r.start + r.len), val);
      return;
    }
    if (val.length !== r.len) throw valueErr(`attempt to assign bytes of size ${val.length} to extended slice of size ${r.len}`);
    for (let i = 0, j = r.start; i < r.len; i++, j += r.step) o.b[j] = val[i];
    return;
  }
  const i = seqIndexBA(o, k);
  o.b[i] = byteValue(v);
}

function seqIndexBA(o: PyByteArray, k: any): number {
  if (!isIndexable(k)) throw typeErr(`bytearray indices must be integers or slices, not ${typeOf(k).name}`);
  let i: any = index(k);
  if (typeof i === 'bigint') throw indexErr("cannot fit 'int' into an index-sized integer");
  if (i < 0) i += o.n;
  if (i < 0 || i >= o.n) throw indexErr('bytearray index out of range');
  return i;
}

function baDelItem(o: PyByteArray, k: any): void {
  if (k instanceof PySlice) {
    const r = sliceIndices(k, o.n);
    if (r.len === 0) return;
    if (r.step === 1) {
      spliceBA(o, r.start, r.start + r.len, new Uint8Array(0));
      return;
    }
    const drop = new Set<number>();
    for (let i = 0, j = r.start; i < r.len; i++, j += r.step) drop.add(j);
    let w = 0;
    for (let i = 0; i < o.n; i++) if (!drop.has(i)) o.b[w++] = o.b[i];
    o.n = w;
    return;
  }
  const i = seqIndexBA(o, k);
  o.b.copyWithin(i, i + 1, o.n);
  o.n--;
}

// ---- shared dunders ----

function repeatCount(n: any): number | undefined {
  if (!isIndexable(n)) return undefined;
  const v = index(n);
  if (typeof v === 'bigint') {
    if (v > 9223372036854775807n || v < -9223372036854775808n) throw overflowErr("cannot fit 'int' into an index-sized integer");
    return Number(v);
  }
  return v;
}

function repeat(s: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || s.length === 0) return new Uint8Array(0);
  if (s.length * n >= 9223372036854775807) throw exc(MemoryError);
  if (s.length * n > 0x7fffffff) throw exc(MemoryError);
  const out = new Uint8Array(s.length * n);
  for (let i = 0; i < n; i++) out.set(s, i * s.length);
  return out;
}

function userReflected(o: any, rname: string): boolean {
  if (typeof o !== 'object') return false;
  const t = typeOf(o);
  return (t.flags & 4) /* Heap */ !== 0 && t.lookup(rname) !== MISSING;
}

function installShared(t: PyType, ba: boolean): void {
  const S = (self: any, name: string) => selfBytes(self, name, ba);
  const tn = ba ? 'bytearray' : 'bytes';
  defFast(t, '__len__', (self: any) => S(self, '__len__').length, 1, 1);
  defFast(
    t,
    '__getitem__',
    (self: any, k: any) => {
      const s = S(self, '__getitem__');
      if (typeof k === 'number' && Number.isInteger(k)) {
        const i = k < 0 ? k + s.length : k;
        if (i >= 0 && i < s.length) return s[i];
        throw indexErr(ba ? 'bytearray index out of range' : 'index out of range');
      }
      if (k instanceof PySlice) {
        const r = sliceIndices(k, s.length);
        if (r.step === 1) return mk(ba, s.slice(r.start, r.start + r.len));
        const out = new Uint8Array(r.len);
        for (let i = 0, j = r.start; i < r.len; i++, j += r.step) out[i] = s[j];
        return mk(ba, out);
      }
      if (!isIndexable(k)) throw typeErr(`${ba ? 'bytearray' : 'byte'} indices must be integers or slices, not ${typeOf(k).name}`);
      let i: any = index(k);
      if (typeof i === 'bigint') throw indexErr("cannot fit 'int' into an index-sized integer");
      if (i < 0) i += s.length;
      if (i < 0 || i >= s.length) throw indexErr(ba ? 'bytearray index out of range' : 'index out of range');
      return s[i];
    },
    2,
    2,
  );
  defFast(t, '__iter__', (self: any) => {
    S(self, '__iter__');
    return new BytesIter(self);
  }, 1, 1);
  defFast(
    t,
    '__contains__',
    (self: any, x: any) => {
      const s = S(self, '__contains__');
      if (isIndexable(x)) return s.indexOf(byteValue(x)) >= 0;
      return bfind(s, needBytes(x), 0, s.length) >= 0;
    },
    2,
    2,
  );
  defFast(
    t,
    '__add__',
    (self: any, o: any) => {
      const s = S(self, '__add__');
      const v = bview(o);
      if (v !== undefined) return mk(ba, concat(s, v));
      if (userReflected(o, '__radd__')) return NotImplemented;
      throw typeErr(`can't concat ${typeOf(o).name} to ${tn}`);
    },
    2,
    2,
  );
  const mul = (name: string) => (self: any, n: any) => {
    const s = S(self, name);
    const k = repeatCount(n);
    if (k === undefined) {
      if (name === '__rmul__' || userReflected(n, '__rmul__')) return NotImplemented;
      throw typeErr(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
    }
    return mk(ba, repeat(s, k));
  };
  defFast(t, '__mul__', mul('__mul__'), 2, 2);
  // printf-style formatting of bytes: the format runs on latin-1 text, one char per byte
  defFast(t, '__mod__', (self: any, args: any) => {
    const s = S(self, '__mod__');
    let fmt = '';
    for (let i = 0; i < s.length; i++) fmt += String.fromCharCode(s[i]);
    const out = bytesPercentFormat(fmt, args);
    const u = new Uint8Array(out.length);
    for (let i = 0; i < out.length; i++) u[i] = out.charCodeAt(i);
    return mk(ba, u);
  }, 2, 2);
  defFast(t, '__rmod__', (_self: any, _o: any) => NotImplemented, 2, 2);
  defFast(t, '__rmul__', mul('__rmul__'), 2, 2);
  const cmp = (name: string, test: (c: number) => boolean) =>
    defFast(
      t,
      name,
      (self: any, o: any) => {
        const a = S(self, name);
        const b = ba ? bview(o) : o instanceof PyBytes ? o.b : undefined;
        if (b === undefined) return NotImplemented;
        if (name === '__eq__') return bequal(a, b);
        if (name === '__ne__') return !bequal(a, b);
        return test(bcompare(a, b));
      },
      2,
      2,
    );
  cmp('__eq__', (c) => c === 0);
  cmp('__ne__', (c) => c !== 0);
  cmp('__lt__', (c) => c < 0);
  cmp('__le__', (c) => c <= 0);
  cmp('__gt__', (c) => c > 0);
  cmp('__ge__', (c) => c >= 0);
  defFast(t, '__repr__', (self: any) => {
    S(self, '__repr__');
    return bytesRepr(self);
  }, 1, 1);
  defFast(t, '__str__', (self: any) => {
    S(self, '__str__');
    return bytesRepr(self);
  }, 1, 1);
  installBytesMethods(t, ba);
}

let installed = false;

export function installBytes(): void {
  if (installed) return;
  installed = true;
  (BytesIter.prototype as any).$cls = iteratorType;
  const bt = bytesType;
  defNew(bt, (cls, args, kw) => {
    const [src, enc, err] = ctorArgs('bytes', args, kw);
    const u = fromSource(src, enc, err, false);
    if (cls === bt) return new PyBytes(u);
    return adopt(new PyBytes(u), cls, bt);
  });
  installShared(bt, false);
  defFast(bt, '__hash__', (self: any) => {
    const o = self as PyBytes;
    selfBytes(self, '__hash__', false);
    if (o.h === undefined) o.h = hashStr(latin1(o.b));
    return o.h;
  }, 1, 1);
  defFast(bt, '__getnewargs__', (self: any) => new PyTuple([new PyBytes(selfBytes(self, '__getnewargs__', false))]), 1, 1);
  defFast(bt, '__bytes__', (self: any) => {
    const s = selfBytes(self, '__bytes__', false);
    return self.$cls === bt ? self : new PyBytes(s);
  }, 1, 1);

  const at = bytearrayType;
  defNew(at, (cls, _args, _kw) => {
    const o = new PyByteArray(new Uint8Array(0), 0);
    return cls === at ? o : adopt(o, cls, at);
  });
  defFast(
    at,
    '__init__',
    (...a: any[]) => {
      const self = a[0];
      selfBytes(self, '__init__', true);
      const [src, enc, err] = ctorArgs('bytearray', a, null);
      setContents(self, fromSource(src, enc, err, true));
      return None;
    },
    1,
    4,
    ['source', 'encoding', 'errors'],
  );
  installShared(at, true);
  at.dict.__hash__ = None;
  const B = (self: any, name: string): PyByteArray => {
    selfBytes(self, name, true);
    return self as PyByteArray;
  };
  defFast(at, '__setitem__', (self: any, k: any, v: any) => {
    baSetItem(B(self, '__setitem__'), k, v);
    return None;
  }, 3, 3);
  defFast(at, '__delitem__', (self: any, k: any) => {
    baDelItem(B(self, '__delitem__'), k);
    return None;
  }, 2, 2);
  defFast(at, '__iadd__', (self: any, x: any) => {
    const o = B(self, '__iadd__');
    const v = bview(x);
    if (v === undefined) throw typeErr(`can't concat ${typeOf(x).name} to bytearray`);
    spliceBA(o, o.n, o.n, v.slice());
    return o;
  }, 2, 2);
  defFast(at, '__imul__', (self: any, n: any) => {
    const o = B(self, '__imul__');
    const k = repeatCount(n);
    if (k === undefined) return NotImplemented;
    setContents(o, repeat(o.b.subarray(0, o.n), k));
    return o;
  }, 2, 2);
  defFast(at, 'append', (self: any, x: any) => {
    const o = B(self, 'append');
    const v = byteValue(x);
    ensure(o, o.n + 1);
    o.b[o.n++] = v;
    return None;
  }, 2, 2);
  defFast(at, 'extend', (self: any, x: any) => {
    const o = B(self, 'extend');
    let v = bview(x);
    if (v !== undefined) v = v.slice();
    else {
      try {
        iter(x);
      } catch (e) {
        if (e instanceof PyBaseException && e.$cls.isSubtypeOf(TypeError))
          throw typeErr(`can't extend bytearray with ${typeOf(x).name}`);
        throw e;
      }
      v = fromIterable(x, true);
    }
    spliceBA(o, o.n, o.n, v);
    return None;
  }, 2, 2);
  defFast(at, 'pop', (self: any, i?: any) => {
    const o = B(self, 'pop');
    if (o.n === 0) throw indexErr('pop from empty bytearray');
    let k = i === undefined ? -1 : Number(index(i));
    if (k < 0) k += o.n;
    if (k < 0 || k >= o.n) throw indexErr('pop index out of range');
    const v = o.b[k];
    o.b.copyWithin(k, k + 1, o.n);
    o.n--;
    return v;
  }, 1, 2);
  defFast(at, 'insert', (self: any, i: any, x: any) => {
    const o = B(self, 'insert');
    let k = Number(index(i));
    const v = byteValue(x);
    if (k < 0) {
      k += o.n;
      if (k < 0) k = 0;
    }
    if (k > o.n) k = o.n;
    spliceBA(o, k, k, Uint8Array.of(v));
    return None;
  }, 3, 3);
  defFast(at, 'remove', (self: any, x: any) => {
    const o = B(self, 'remove');
    const v = byteValue(x);
    const k = o.b.subarray(0, o.n).indexOf(v);
    if (k < 0) throw valueErr('value not found in bytearray');
    o.b.copyWithin(k, k + 1, o.n);
    o.n--;
    return None;
  }, 2, 2);
  defFast(at, 'clear', (self: any) => {
    B(self, 'clear').n = 0;
    return None;
  }, 1, 1);
  defFast(at, 'reverse', (self: any) => {
    const o = B(self, 'reverse');
    o.b.subarray(0, o.n).reverse();
    return None;
  }, 1, 1);
  defFast(at, 'copy', (self: any) => {
    const o = B(self, 'copy');
    return new PyByteArray(o.b.slice(0, o.n), o.n);
  }, 1, 1);
}
