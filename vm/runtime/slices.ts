// Index and slice arithmetic shared by every sequence type (CPython's PySlice_GetIndicesEx semantics).
import { None } from './object.js';
import { PySlice } from './types.js';
import { valueErr, typeErr, indexErr } from './exceptions.js';
import { index } from './convert.js';
import { typeOf } from './typeof.js';

/** Resolved slice: start, stop, step and the number of selected items. */
export interface SliceRange {
  start: number;
  stop: number;
  step: number;
  len: number;
}

function sliceArg(v: any): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (v === None) return NaN;
  let i: any;
  try {
    i = index(v);
  } catch {
    throw typeErr('slice indices must be integers or None or have an __index__ method');
  }
  // Clamp big ints: any value beyond the JS safe range behaves like +/- infinity for slicing.
  return typeof i === 'bigint' ? (i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER) : i;
}

export function sliceIndices(s: PySlice, length: number): SliceRange {
  let step = s.step === None ? 1 : sliceArg(s.step);
  if (step === 0) throw valueErr('slice step cannot be zero');
  let start: number;
  let stop: number;
  const rawStart = s.start === None ? NaN : sliceArg(s.start);
  const rawStop = s.stop === None ? NaN : sliceArg(s.stop);
  if (step > 0) {
    start = Number.isNaN(rawStart) ? 0 : rawStart < 0 ? Math.max(0, rawStart + length) : Math.min(rawStart, length);
    stop = Number.isNaN(rawStop) ? length : rawStop < 0 ? Math.max(0, rawStop + length) : Math.min(rawStop, length);
  } else {
    start = Number.isNaN(rawStart) ? length - 1 : rawStart < 0 ? Math.max(-1, rawStart + length) : Math.min(rawStart, length - 1);
    stop = Number.isNaN(rawStop) ? -1 : rawStop < 0 ? Math.max(-1, rawStop + length) : Math.min(rawStop, length - 1);
  }
  let len = 0;
  if (step > 0 ? start < stop : start > stop) len = Math.floor((stop - start - (step > 0 ? 1 : -1)) / step) + 1;
  return { start, stop, step, len };
}

/** Picks the items a slice selects from a JS array. */
export function sliceArray<T>(a: T[], s: PySlice): T[] {
  const r = sliceIndices(s, a.length);
  if (r.step === 1) return a.slice(r.start, r.start + r.len);
  const out: T[] = new Array(r.len);
  for (let i = 0, j = r.start; i < r.len; i++, j += r.step) out[i] = a[j];
  return out;
}

/** Normalises a sequence index (negative counts from the end); raises IndexError `what` when out of range. */
export function seqIndex(i: any, length: number, what: string): number {
  let n: number;
  if (typeof i === 'number' && Number.isInteger(i)) n = i;
  else {
    let v: any;
    try {
      v = index(i);
    } catch {
      throw typeErr(`${what.split(' ')[0]} indices must be integers or slices, not ${typeOf(i).name}`);
    }
    if (typeof v === 'bigint') throw indexErr(`cannot fit 'int' into an index-sized integer`);
    n = v;
  }
  if (n < 0) n += length;
  if (n < 0 || n >= length) throw indexErr(what);
  return n;
}
