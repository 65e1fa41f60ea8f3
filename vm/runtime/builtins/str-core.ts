// Shared str helpers: unwrapping str values (plain JS strings or PyBoxed subclass instances), code-point
// length/indexing/slicing, substring search bounds, and argument checks with CPython's messages.
import { None } from '../object.js';
import { PyBoxed, PySlice, strType } from '../types.js';
import { typeErr, indexErr } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { index } from '../convert.js';
import { sliceIndices } from '../slices.js';
import { descrErr } from './container-util.js';
import { SURROGATE, cpLength, cpArray, cpToUnit, unitToCp } from './str-unicode.js';

/** The JS string of a str value (exact or subclass instance), else undefined. */
export function strVal(x: any): string | undefined {
  if (typeof x === 'string') return x;
  if (x instanceof PyBoxed && typeof x.v === 'string') return x.v;
  return undefined;
}

/** `self` of a str method. */
export function selfStr(x: any, name: string): string {
  if (typeof x === 'string') return x;
  if (x instanceof PyBoxed && typeof x.v === 'string') return x.v;
  return descrErr(name, strType, x);
}

/** A required str argument: TypeError "<prefix>must be str, not X". */
export function argStr(x: any, prefix = ''): string {
  if (typeof x === 'string') return x;
  if (x instanceof PyBoxed && typeof x.v === 'string') return x.v;
  throw typeErr(`${prefix}must be str, not ${typeOf(x).name}`);
}

// One-entry cache of the last long string checked for surrogates, so loops such as
// `for i in range(len(s)): s[i]` don't rescan the string on every index.
let lastStr = '';
let lastSur = false;

/** Whether s has surrogates (a pair or a lone one). */
export function hasSur(s: string): boolean {
  if (s.length < 32) return SURROGATE.test(s);
  if (s === lastStr) return lastSur;
  lastStr = s;
  return (lastSur = SURROGATE.test(s));
}

let arrStr = '';
let arr: string[] = [];
/** The code points of a string with surrogates (cached for the last one). */
function cpArrayCached(s: string): string[] {
  if (s !== arrStr) {
    arr = cpArray(s);
    arrStr = s;
  }
  return arr;
}

/** len() of a str, in code points. */
export function strLen(s: string): number {
  return hasSur(s) ? cpLength(s) : s.length;
}

/** s[i] with Python index semantics (negative from the end, IndexError when out of range). */
export function strIndex(s: string, i: any): string {
  let n: number;
  if (typeof i === 'number' && Number.isInteger(i)) n = i;
  else if (typeof i === 'boolean') n = i ? 1 : 0;
  else {
    let v: any;
    try {
      v = index(i);
    } catch {
      throw typeErr(`string indices must be integers, not '${typeOf(i).name}'`);
    }
    if (typeof v === 'bigint') throw indexErr("cannot fit 'int' into an index-sized integer");
    n = v;
  }
  if (!hasSur(s)) {
    if (n < 0) n += s.length;
    if (n < 0 || n >= s.length) throw indexErr('string index out of range');
    return s[n];
  }
  const a = cpArrayCached(s);
  if (n < 0) n += a.length;
  if (n < 0 || n >= a.length) throw indexErr('string index out of range');
  return a[n];
}

/** s[slice] */
export function strSlice(s: string, sl: PySlice): string {
  if (!hasSur(s)) {
    const r = sliceIndices(sl, s.length);
    if (r.step === 1) return s.slice(r.start, r.start + r.len);
    let out = '';
    for (let i = 0, j = r.start; i < r.len; i++, j += r.step) out += s[j];
    return out;
  }
  const a = cpArrayCached(s);
  const r = sliceIndices(sl, a.length);
  if (r.step === 1) return a.slice(r.start, r.start + r.len).join('');
  let out = '';
  for (let i = 0, j = r.start; i < r.len; i++, j += r.step) out += a[j];
  return out;
}

/** `sub in s` */
export function strContains(s: any, sub: any): boolean {
  const h = typeof s === 'string' ? s : strVal(s)!;
  const n = strVal(sub);
  if (n === undefined) throw typeErr(`'in <string>' requires string as left operand, not ${typeOf(sub).name}`);
  return h.indexOf(n) >= 0;
}

/** _PyEval_SliceIndex for optional start/end arguments: undefined when absent or None. */
export function optIndex(x: any): number | undefined {
  if (x === undefined || x === None) return undefined;
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  let v: any;
  try {
    v = index(x);
  } catch {
    throw typeErr('slice indices must be integers or None or have an __index__ method');
  }
  return typeof v === 'bigint' ? (v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER) : v;
}

/**
 * Resolves (start, end) for a search in s, in UTF-16 units, following ADJUST_INDICES on code points.
 * Returns the code-point length in `cpLen` when the string has surrogates (else -1).
 */
export interface Bounds {
  start: number;
  end: number;
  /** true when s has surrogates (results must be converted back to code points) */
  sur: boolean;
}
const bounds: Bounds = { start: 0, end: 0, sur: false };

/** Shared result object (callers read it immediately). Start may exceed end, meaning an empty range. */
export function searchBounds(s: string, startArg: any, endArg: any): Bounds {
  const sur = hasSur(s);
  const len = sur ? cpLength(s) : s.length;
  let start = optIndex(startArg);
  let end = optIndex(endArg);
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
  bounds.sur = sur;
  if (sur) {
    bounds.start = start > len ? s.length + (start - len) : cpToUnit(s, start);
    bounds.end = cpToUnit(s, end);
  } else {
    bounds.start = start;
    bounds.end = end;
  }
  return bounds;
}

/** Converts a UTF-16 result offset back to a code-point index when needed. */
export function toCp(s: string, unit: number, sur: boolean): number {
  return sur && unit > 0 ? unitToCp(s, unit) : unit;
}

/** Integer argument (`__index__`), as a JS number clamped to the safe range. */
export function intArg(x: any): number {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  const v = index(x);
  return typeof v === 'bigint' ? (v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER) : v;
}
