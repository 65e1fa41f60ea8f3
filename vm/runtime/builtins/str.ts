// The `str` type: constructor, dunders (len, indexing and slicing by code point, concatenation, repetition,
// %-formatting, code-point-order comparisons, hash, repr) and the registration of every str method (see
// str-methods-search.ts and str-methods-text.ts). A str value is a JS string, or a PyBoxed holding one for
// instances of user subclasses; methods always return plain JS strings.
import { PyType, MISSING, NotImplemented } from '../object.js';
import { PyBoxed, PySlice, PyTuple, PyBytes, PyByteArray, strType } from '../types.js';
import { Kw } from '../function.js';
import { typeErr, overflowErr, exc, MemoryError } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { str as pyStr, strRepr, hashStr, index } from '../convert.js';
import { containsHooks } from '../operators.js';
import { StrIter } from '../iteration.js';
import { percentFormat } from '../format-percent.js';
import { formatStr } from '../format.js';
import { defNew, adopt } from './container-util.js';
import { strVal, selfStr, strLen, strIndex, strSlice, strContains } from './str-core.js';
import { codecOf, decodeBytes } from './str-codecs.js';
import { defFast } from './str-def.js';
import { installStrSearch } from './str-methods-search.js';
import { installStrText } from './str-methods-text.js';
import { cmpStrCodePoint } from '../str-order.js';

export { strLen, strIndex, strSlice, strContains, strVal, selfStr };

/** Compares two strings by code point: negative, zero or positive. */
export const strCompare = cmpStrCodePoint;

/** Repetition count for `s * n`, or undefined when n is not an int (or __index__ object). */
function repeatCount(n: any): number | undefined {
  let v: any;
  if (typeof n === 'number') {
    if (!Number.isInteger(n)) return undefined;
    v = n;
  } else if (typeof n === 'boolean') v = n ? 1 : 0;
  else if (typeof n === 'bigint') v = n;
  else if (typeof n === 'object' && n !== null && typeOf(n).lookup('__index__') !== MISSING) v = index(n);
  else return undefined;
  if (typeof v === 'bigint') {
    if (v > 9223372036854775807n || v < -9223372036854775808n) throw overflowErr("cannot fit 'int' into an index-sized integer");
    v = Number(v);
  }
  return v;
}

export function strRepeat(s: string, n: number): string {
  if (n <= 0 || s.length === 0) return '';
  if (n === 1) return s;
  if (s.length * n >= 9223372036854775807) throw overflowErr('repeated string is too long');
  if (s.length * n > 0x1fffffe8) throw exc(MemoryError);
  return s.repeat(n);
}

/**
 * Whether a failed binary str operation should return NotImplemented (so the other operand's reflected
 * method runs) rather than raise CPython's sequence error: only instances of user classes defining it.
 */
function userReflected(o: any, rname: string): boolean {
  if (typeof o !== 'object') return false;
  const t = typeOf(o);
  return (t.flags & 4) /* Heap */ !== 0 && t.lookup(rname) !== MISSING;
}

function mulImpl(self: any, n: any, name: string): any {
  const s = selfStr(self, name);
  const k = repeatCount(n);
  if (k === undefined) {
    if (name === '__rmul__' || userReflected(n, '__rmul__')) return NotImplemented;
    throw typeErr(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
  }
  return strRepeat(s, k);
}

function cmp(name: string, test: (c: number) => boolean): void {
  defFast(
    strType,
    name,
    (self: any, other: any) => {
      const a = selfStr(self, name);
      const b = strVal(other);
      if (b === undefined) return NotImplemented;
      return test(strCompare(a, b));
    },
    2,
    2,
  );
}

/** str(object='', encoding=..., errors=...) */
function strNew(cls: PyType, args: any[], kw: Kw): any {
  if (args.length > 4) throw typeErr(`str() takes at most 3 arguments (${args.length - 1} given)`);
  let obj = args[1];
  let encoding = args[2];
  let errors = args[3];
  if (kw !== null) {
    for (const k in kw) {
      const i = k === 'object' ? 1 : k === 'encoding' ? 2 : k === 'errors' ? 3 : -1;
      if (i < 0) throw typeErr(`'${k}' is an invalid keyword argument for str()`);
      if (i < args.length) throw typeErr(`argument for str() given by name ('${k}') and position (${i})`);
      if (i === 1) obj = kw[k];
      else if (i === 2) encoding = kw[k];
      else errors = kw[k];
    }
  }
  let s: string;
  if (obj === undefined) s = '';
  else if (encoding === undefined && errors === undefined) s = pyStr(obj);
  else {
    let enc = 'utf-8';
    let err = 'strict';
    if (encoding !== undefined) {
      const e = strVal(encoding);
      if (e === undefined) throw typeErr(`str() argument 'encoding' must be str, not ${typeOf(encoding).name}`);
      enc = e;
    }
    if (errors !== undefined) {
      const e = strVal(errors);
      if (e === undefined) throw typeErr(`str() argument 'errors' must be str, not ${typeOf(errors).name}`);
      err = e;
    }
    if (strVal(obj) !== undefined) throw typeErr('decoding str is not supported');
    let b: Uint8Array;
    if (obj instanceof PyBytes) b = obj.b;
    else if (obj instanceof PyByteArray) b = obj.b.subarray(0, obj.n);
    else throw typeErr(`decoding to str: need a bytes-like object, ${typeOf(obj).name} found`);
    s = decodeBytes(b, codecOf(enc), err);
  }
  if (cls === strType) return s;
  return adopt(new PyBoxed(cls, s), cls, strType);
}

let installed = false;

export function installStr(): void {
  if (installed) return;
  installed = true;
  const t = strType;
  containsHooks.strContains = strContains;
  defNew(t, strNew);
  defFast(t, '__len__', (self: any) => strLen(selfStr(self, '__len__')), 1, 1);
  defFast(
    t,
    '__getitem__',
    (self: any, k: any) => {
      const s = selfStr(self, '__getitem__');
      return k instanceof PySlice ? strSlice(s, k) : strIndex(s, k);
    },
    2,
    2,
  );
  defFast(t, '__contains__', (self: any, x: any) => strContains(selfStr(self, '__contains__'), x), 2, 2);
  defFast(t, '__iter__', (self: any) => new StrIter(selfStr(self, '__iter__')), 1, 1);
  defFast(
    t,
    '__add__',
    (self: any, o: any) => {
      const a = selfStr(self, '__add__');
      const b = strVal(o);
      if (b !== undefined) return a + b;
      if (userReflected(o, '__radd__')) return NotImplemented;
      throw typeErr(`can only concatenate str (not "${typeOf(o).name}") to str`);
    },
    2,
    2,
  );
  defFast(t, '__mul__', (self: any, n: any) => mulImpl(self, n, '__mul__'), 2, 2);
  defFast(t, '__rmul__', (self: any, n: any) => mulImpl(self, n, '__rmul__'), 2, 2);
  defFast(t, '__mod__', (self: any, a: any) => percentFormat(selfStr(self, '__mod__'), a), 2, 2);
  defFast(
    t,
    '__rmod__',
    (self: any, o: any) => {
      const s = selfStr(self, '__rmod__');
      const f = strVal(o);
      return f === undefined ? NotImplemented : percentFormat(f, s);
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
  defFast(t, '__hash__', (self: any) => hashStr(selfStr(self, '__hash__')), 1, 1);
  defFast(t, '__repr__', (self: any) => strRepr(selfStr(self, '__repr__')), 1, 1);
  defFast(t, '__str__', (self: any) => selfStr(self, '__str__'), 1, 1);
  defFast(
    t,
    '__format__',
    (self: any, spec: any) => {
      const s = selfStr(self, '__format__');
      const f = strVal(spec);
      if (f === undefined) throw typeErr(`__format__() argument must be str, not ${typeOf(spec).name}`);
      return formatStr(s, f, typeOf(self).name);
    },
    2,
    2,
  );
  defFast(t, '__getnewargs__', (self: any) => new PyTuple([selfStr(self, '__getnewargs__')]), 1, 1);
  installStrSearch();
  installStrText();
}
