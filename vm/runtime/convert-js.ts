// Conversions between plain JavaScript values and Python values, for the embedding API.
import { None, PyFloat, PyObject, PyType, TypeFlags, mkFloat, normBig } from './object.js';
import { PyList, PyTuple, PyDict, PySet, PyFrozenSet, PyBytes, PyBoxed } from './types.js';
import { DictStore } from './hash-store.js';
import { native } from './natives.js';
import { PyBuiltin } from './function.js';
import { call } from './call.js';

/** JS -> Python. Arrays become lists, plain objects and Maps dicts, functions callables. */
export function toPy(v: unknown): any {
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? (Number.isSafeInteger(v) ? v : mkFloat(v)) : v;
    case 'string':
    case 'boolean':
      return v;
    case 'bigint':
      return normBig(v);
    case 'undefined':
      return None;
    case 'function':
      return native((v as Function).name || 'js_function', (...args: any[]) => toPy((v as Function)(...args.map(toJs))), 0, Infinity);
  }
  if (v === null) return None;
  if (v instanceof PyObject) return v;
  if (Array.isArray(v)) return new PyList(v.map(toPy));
  if (v instanceof Uint8Array) return new PyBytes(v);
  if (v instanceof Map) {
    const d = new PyDict(new DictStore());
    for (const [k, x] of v) d.s.set(toPy(k), toPy(x));
    return d;
  }
  if (v instanceof Set) {
    const s = new PySet();
    for (const x of v) s.s.add(toPy(x));
    return s;
  }
  const d = new PyDict(new DictStore());
  for (const k of Object.keys(v as object)) d.s.set(k, toPy((v as any)[k]));
  return d;
}

/** Python -> JS. Lists/tuples become arrays, dicts plain objects (string keys) or Maps. */
export function toJs(v: any): unknown {
  switch (typeof v) {
    case 'number':
    case 'string':
    case 'boolean':
    case 'bigint':
      return v;
  }
  if (v === None) return null;
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyBoxed) return toJs(v.v);
  if (v instanceof PyList || v instanceof PyTuple) return v.a.map(toJs);
  if (v instanceof PyBytes) return v.b;
  if (v instanceof PyDict) {
    const entries = [...v.s.entries()];
    if (entries.every(([k]) => typeof k === 'string')) {
      const o: Record<string, unknown> = {};
      for (const [k, x] of entries) o[k] = toJs(x);
      return o;
    }
    return new Map(entries.map(([k, x]) => [toJs(k), toJs(x)]));
  }
  if (v instanceof PySet || v instanceof PyFrozenSet) return new Set([...v.s.values()].map(toJs));
  // (classes keep their identity: the direct call entry runtime/fast-new.ts gives them is not a function value)
  if (v instanceof PyBuiltin || (typeof v === 'object' && v.$fn !== undefined && !(v instanceof PyType && v.flags & TypeFlags.Heap))) {
    const f = (...args: unknown[]) => toJs(call(v, args.map(toPy)));
    return f;
  }
  return v;
}
