// Helpers shared by bytes and bytearray: bytes-like views, byte values from ints, repr, byte-string search,
// and building results of the receiver's base type.
import { PyObject } from '../object.js';
import { MISSING } from '../object.js';
import { PyBytes, PyByteArray, bytesType, bytearrayType } from '../types.js';
import { typeErr, valueErr } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { index } from '../convert.js';
import { PyIterator } from '../iteration.js';

/** The bytes of a bytes-like object (bytes, bytearray and their subclasses), else undefined. */
export function bview(x: any): Uint8Array | undefined {
  if (x instanceof PyBytes) return x.b;
  if (x instanceof PyByteArray) return x.b.subarray(0, x.n);
  if (x instanceof PyObject && (x.$cls as any)?.name === 'memoryview') return (x as any).b;
  return undefined;
}

/** A required bytes-like argument: TypeError "a bytes-like object is required, not 'X'". */
export function needBytes(x: any): Uint8Array {
  const v = bview(x);
  if (v === undefined) throw typeErr(`a bytes-like object is required, not '${typeOf(x).name}'`);
  return v;
}

/** An int in range(256) (bytearray item semantics). */
export function byteValue(x: any, msg = 'byte must be in range(0, 256)'): number {
  let v: any;
  if (typeof x === 'number' && Number.isInteger(x)) v = x;
  else v = index(x);
  if (typeof v === 'bigint' || v < 0 || v > 255) throw valueErr(msg);
  return v;
}

/** Whether x is an int (or has __index__). */
export function isIndexable(x: any): boolean {
  if (typeof x === 'number') return Number.isInteger(x);
  if (typeof x === 'bigint' || typeof x === 'boolean') return true;
  return typeof x === 'object' && typeOf(x).lookup('__index__') !== MISSING;
}

/** True when x is a bytearray (or subclass): results then are bytearrays. */
export function isBA(x: any): boolean {
  return x instanceof PyByteArray;
}

/** A result of the receiver's base kind. */
export function mk(ba: boolean, u: Uint8Array): PyBytes | PyByteArray {
  return ba ? new PyByteArray(u, u.length) : new PyBytes(u);
}

/** The bytes of `self` for a method of `t` (bytes or bytearray). */
export function selfBytes(self: any, name: string, ba: boolean): Uint8Array {
  if (ba) {
    if (self instanceof PyByteArray) return self.b.subarray(0, self.n);
  } else if (self instanceof PyBytes) return self.b;
  const tn = ba ? 'bytearray' : 'bytes';
  if (name.startsWith('__') && name.endsWith('__'))
    throw typeErr(`descriptor '${name}' requires a '${tn}' object but received a '${typeOf(self).name}'`);
  throw typeErr(`descriptor '${name}' for '${tn}' objects doesn't apply to a '${typeOf(self).name}' object`);
}

const HEX = '0123456789abcdef';

/** b'...' literal text of the bytes. */
export function bytesLiteral(b: Uint8Array, escapeSingle = false): string {
  let hasS = false;
  let hasD = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 39) hasS = true;
    else if (b[i] === 34) hasD = true;
  }
  const q = hasS && !hasD ? '"' : "'";
  const qc = q.charCodeAt(0);
  let out = 'b' + q;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === qc || c === 92 || (escapeSingle && c === 39)) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else out += String.fromCharCode(c);
  }
  return out + q;
}

export function bytesRepr(x: any): string {
  if (x instanceof PyByteArray) {
    const name = x.$cls === bytearrayType ? 'bytearray' : x.$cls.name;
    return `${name}(${bytesLiteral(x.b.subarray(0, x.n), true)})`;
  }
  return bytesLiteral((x as PyBytes).b);
}

// ---- search ----

/** First index of needle in hay[start:end], or -1. */
export function bfind(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const n = needle.length;
  if (end - start < n) return -1;
  if (n === 0) return start;
  const first = needle[0];
  const last = end - n;
  let i = start;
  while (i <= last) {
    i = hay.indexOf(first, i);
    if (i < 0 || i > last) return -1;
    let j = 1;
    while (j < n && hay[i + j] === needle[j]) j++;
    if (j === n) return i;
    i++;
  }
  return -1;
}

/** Last index of needle in hay[start:end], or -1. */
export function brfind(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const n = needle.length;
  if (end - start < n) return -1;
  for (let i = end - n; i >= start; i--) {
    let j = 0;
    while (j < n && hay[i + j] === needle[j]) j++;
    if (j === n) return i;
  }
  return -1;
}

export function bequal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function bcompare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a, 0);
  r.set(b, a.length);
  return r;
}

/** Iterates the bytes of a bytes object or a live bytearray. */
export class BytesIter extends PyIterator {
  i = 0;
  constructor(readonly o: PyBytes | PyByteArray) {
    super();
  }
  $next(): any {
    const o = this.o;
    const n = o instanceof PyByteArray ? o.n : o.b.length;
    if (this.i < n) return o.b[this.i++];
    this.i = Infinity;
    return undefined;
  }
}

export { bytesType, bytearrayType };
