// Subscription: `o[k]`, `o[k] = v`, `del o[k]`, with fast paths for exact lists, tuples, dicts and strs.
import { PyType, MISSING } from './object.js';
import { PyList, PyTuple, PyDict, PySlice, listType, tupleType, dictType } from './types.js';
import { typeErr, keyErr } from './exceptions.js';
import { typeOf } from './typeof.js';
import { callSpecial2, callSpecial3 } from './call.js';
import { typeGetAttr } from './attributes.js';


export function getitem(o: any, k: any): any {
  if (typeof o === 'string') return k instanceof PySlice ? strItems.slice(o, k) : strItems.index(o, k);
  if (typeof o === 'object') {
    const t: PyType = o.$cls;
    if (t === listType || t === tupleType) {
      if (typeof k === 'number') {
        const a = (o as PyList).a;
        const i = k < 0 ? k + a.length : k;
        if (i >= 0 && i < a.length && Number.isInteger(i)) return a[i];
      }
    } else if (t === dictType) {
      const v = (o as PyDict).s.get(k);
      if (v !== undefined) return v;
      return dictMissing(o as PyDict, k);
    }
    const f = t.lookup('__getitem__');
    if (f !== MISSING) return callSpecial2(f, o, k);
    if (o instanceof PyType) {
      const cg = typeGetAttr(o, '__class_getitem__');
      if (cg !== MISSING) return call2Bound(cg, k);
      throw typeErr(`type '${o.name}' is not subscriptable`);
    }
    throw typeErr(`'${t.name}' object is not subscriptable`);
  }
  const t = typeOf(o);
  const f = t.lookup('__getitem__');
  if (f === MISSING) throw typeErr(`'${t.name}' object is not subscriptable`);
  return callSpecial2(f, o, k);
}

function call2Bound(f: any, k: any): any {
  return itemHooks.call1(f, k);
}

/** str indexing and slicing (set by hooks.ts: str-core would be an import cycle here). */
export const strItems = {
  index: (_s: string, _i: any): string => '',
  slice: (_s: string, _k: PySlice): string => '',
};

export const itemHooks = {
  call1: (_f: any, _a: any): any => undefined,
};

function dictMissing(d: PyDict, k: any): any {
  throw keyErr(k);
}

export function setitem(o: any, k: any, v: any): void {
  if (typeof o === 'object') {
    const t: PyType = o.$cls;
    if (t === listType && typeof k === 'number') {
      const a = (o as PyList).a;
      const i = k < 0 ? k + a.length : k;
      if (i >= 0 && i < a.length && Number.isInteger(i)) {
        a[i] = v;
        return;
      }
    } else if (t === dictType) {
      (o as PyDict).s.set(k, v);
      return;
    }
    const f = t.lookup('__setitem__');
    if (f !== MISSING) {
      callSpecial3(f, o, k, v);
      return;
    }
    throw typeErr(`'${t.name}' object does not support item assignment`);
  }
  throw typeErr(`'${typeOf(o).name}' object does not support item assignment`);
}

export function delitem(o: any, k: any): void {
  if (typeof o === 'object') {
    const t0: PyType = o.$cls;
    if (t0 === dictType) {
      if ((o as PyDict).s.delete(k) === undefined) throw keyErr(k);
      return;
    }
    if (t0 === listType && typeof k === 'number') {
      const a = (o as PyList).a;
      const i = k < 0 ? k + a.length : k;
      if (i >= 0 && i < a.length && Number.isInteger(i)) {
        if (i === a.length - 1) a.pop();
        else a.splice(i, 1);
        return;
      }
    }
  }
  const t = typeOf(o);
  const f = t.lookup('__delitem__');
  if (f === MISSING) throw typeErr(`'${t.name}' object doesn't support item deletion`);
  callSpecial2(f, o, k);
}

export function slice(start: any, stop: any, step: any): PySlice {
  return new PySlice(start, stop, step);
}

export { PyTuple };
