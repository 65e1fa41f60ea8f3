// CPython 3.11's object.__reduce_ex__ (Objects/typeobject.c reduce_newobj and object_getstate, and
// copyreg._reduce_ex for protocols 0 and 1): what an instance of a class without its own __reduce__ pickles as.
import { None, PyType, MISSING, TypeFlags, objectType, typeVersion, AttrBag } from '../../runtime/object.js';
import {
  PyTuple,
  PyDict,
  PyList,
  PyBoxed,
  PyBytes,
  PyComplex,
  PyFrozenSet,
  PySet,
  PyByteArray,
  intType,
  floatType,
  strType,
  bytesType,
  tupleType,
  listType,
  dictType,
  setType,
  frozensetType,
  bytearrayType,
  complexType,
} from '../../runtime/types.js';
import { PyFunction, PyBuiltin } from '../../runtime/function.js';
import { DictStore } from '../../runtime/hash-store.js';
import { typeErr, valueErr, baseExceptionType } from '../../runtime/exceptions.js';
import { typeOf } from '../../runtime/typeof.js';
import { call, call0, call1 } from '../../runtime/call.js';
import { bagOf, bindDescr, getAttr, getAttrOrMissing, getAttrDefault } from '../../runtime/attributes.js';
import { iter, toArray } from '../../runtime/iteration.js';
import { truthy } from '../../runtime/operators.js';
import { solidBase } from '../../runtime/classes.js';
import { mkFloat } from '../../runtime/object.js';
import { newobj, newobjEx, reconstructor } from './globals.js';

/** Calls a method found on the type with `obj` as self (CPython's _PyObject_LookupSpecial + call). */
function callSpecial(f: any, obj: any, t: PyType): any {
  if (f instanceof PyFunction || (f instanceof PyBuiltin && f.binds)) return call1(f, obj);
  return call0(bindDescr(f, obj, t));
}

/** Built-in bases whose instances CPython knows how to rebuild through copyreg.__newobj__. */
const NEWOBJ_BASES = new Set<PyType>([
  objectType,
  intType,
  floatType,
  strType,
  bytesType,
  tupleType,
  listType,
  dictType,
  setType,
  frozensetType,
  bytearrayType,
  complexType,
]);

function checkPicklable(t: PyType): void {
  if (!(t.flags & TypeFlags.Heap)) {
    if (t !== objectType) throw typeErr(`cannot pickle '${t.name}' object`);
    return;
  }
  const base = solidBase(t);
  if (!NEWOBJ_BASES.has(base) && !base.isSubtypeOf(baseExceptionType)) throw typeErr(`cannot pickle '${t.name}' object`);
}

/** The arguments of cls.__new__: from __getnewargs_ex__ / __getnewargs__, or what the built-in base needs. */
function newArguments(obj: any, t: PyType): [PyTuple | null, PyDict | null] {
  const gnx = t.lookup('__getnewargs_ex__');
  if (gnx !== MISSING) {
    const r = callSpecial(gnx, obj, t);
    if (!(r instanceof PyTuple)) throw typeErr(`__getnewargs_ex__ should return a tuple, not '${typeOf(r).name}'`);
    if (r.a.length !== 2) throw valueErr(`__getnewargs_ex__ should return a tuple of length 2, not ${r.a.length}`);
    const [args, kwargs] = r.a;
    if (!(args instanceof PyTuple))
      throw typeErr(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeOf(args).name}'`);
    if (!(kwargs instanceof PyDict))
      throw typeErr(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeOf(kwargs).name}'`);
    return [args, kwargs];
  }
  const gn = t.lookup('__getnewargs__');
  if (gn !== MISSING) {
    const r = callSpecial(gn, obj, t);
    if (!(r instanceof PyTuple)) throw typeErr(`__getnewargs__ should return a tuple, not '${typeOf(r).name}'`);
    return [r, null];
  }
  // The runtime may not define __getnewargs__ on every built-in base: supply CPython's.
  if (obj instanceof PyBoxed) {
    const base = solidBase(t);
    const v = base === floatType && typeof obj.v === 'number' ? mkFloat(obj.v) : obj.v;
    return [new PyTuple([v]), null];
  }
  if (obj instanceof PyBytes) return [new PyTuple([new PyBytes(obj.b)]), null];
  if (obj instanceof PyTuple) return [new PyTuple([new PyTuple(obj.a.slice())]), null];
  if (obj instanceof PyComplex) return [new PyTuple([mkFloat(obj.re), mkFloat(obj.im)]), null];
  return [null, null];
}

const slotCache = new WeakMap<PyType, { ver: number; names: string[] }>();

function mangle(name: string, clsName: string): string {
  if (!name.startsWith('__') || name.endsWith('__')) return name;
  const stripped = clsName.replace(/^_+/, '');
  return stripped ? `_${stripped}${name}` : name;
}

/** copyreg._slotnames(cls): every slot name declared along the MRO (private names mangled). */
export function slotNames(t: PyType): string[] {
  const c = slotCache.get(t);
  if (c !== undefined && c.ver === typeVersion) return c.names;
  const names: string[] = [];
  for (const k of t.mro) {
    const slots = k.dict.__slots__;
    if (slots === undefined) continue;
    const list: any[] = typeof slots === 'string' ? [slots] : toArray(slots);
    for (const s of list) {
      const name = typeof s === 'string' ? s : String((s as PyBoxed).v);
      if (name === '__dict__' || name === '__weakref__') continue;
      names.push(mangle(name, k.name));
    }
  }
  slotCache.set(t, { ver: typeVersion, names });
  return names;
}

/** object.__getstate__ (CPython's object_getstate_default): the instance dict or None, plus slot values. */
export function defaultState(obj: any, t: PyType): any {
  const bag: AttrBag | undefined = bagOf(obj);
  const slots = t.flags & TypeFlags.Heap ? slotNames(t) : [];
  let state: any = None;
  let slotState: PyDict | null = null;
  if (bag !== undefined) {
    // The runtime keeps slot values in the instance bag: split them out as CPython's layout would.
    const slotSet = slots.length ? new Set(slots) : null;
    let d: DictStore | null = null;
    for (const k in bag) {
      if (slotSet !== null && slotSet.has(k)) continue;
      if (d === null) d = new DictStore();
      d.set(k, bag[k]);
    }
    if (d !== null) state = new PyDict(d);
  }
  if (slots.length) {
    const sd = new DictStore();
    for (const name of slots) {
      const v = bag !== undefined ? bag[name] : getAttrOrMissing(obj, name);
      if (v !== undefined && v !== MISSING) sd.set(name, v);
    }
    if (sd.size > 0) slotState = new PyDict(sd);
  }
  return slotState !== null ? new PyTuple([state, slotState]) : state;
}

/** True when `obj.__getstate__` is object's default (the runtime may not define object.__getstate__). */
function hasDefaultGetState(obj: any, t: PyType): boolean {
  const gs = t.lookup('__getstate__');
  if (gs !== MISSING && gs !== objectType.dict.__getstate__) return false;
  const bag = bagOf(obj);
  return bag === undefined || bag.__getstate__ === undefined;
}

/** object_getstate(obj, required) */
function getState(obj: any, t: PyType): any {
  if (hasDefaultGetState(obj, t)) return defaultState(obj, t);
  return call0(getAttr(obj, '__getstate__'));
}

/** CPython's reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). */
export function reduceNewobj(obj: any): PyTuple {
  const t = typeOf(obj);
  checkPicklable(t);
  const [args, kwargs] = newArguments(obj, t);
  let callable: any;
  let newargs: PyTuple;
  if (kwargs === null || kwargs.s.size === 0) {
    callable = newobj;
    newargs = new PyTuple(args === null ? [t] : [t, ...args.a]);
  } else {
    callable = newobjEx;
    newargs = new PyTuple([t, args, kwargs]);
  }
  const state = getState(obj, t);
  const listitems = obj instanceof PyList ? iter(obj) : None;
  const dictitems = obj instanceof PyDict ? iter(call0(getAttr(obj, 'items'))) : None;
  return new PyTuple([callable, newargs, state, listitems, dictitems]);
}

/** copyreg._reduce_ex(obj, proto) for protocols 0 and 1. */
export function copyregReduceEx(obj: any, proto: number): PyTuple {
  const cls = typeOf(obj);
  let base: PyType = objectType;
  for (const b of cls.mro) {
    if (!(b.flags & TypeFlags.Heap)) {
      base = b;
      break;
    }
  }
  let state: any;
  if (base === objectType) state = None;
  else {
    if (base === cls) throw typeErr(`cannot pickle '${cls.name}' object`);
    state = call(base, [obj]);
  }
  const args = new PyTuple([cls, base, state]);
  let dict: any;
  if (hasDefaultGetState(obj, cls)) {
    if (truthy(getAttrDefault(obj, '__slots__', None)))
      throw typeErr('a class that defines __slots__ without defining __getstate__ cannot be pickled');
    dict = defaultState(obj, cls);
  } else dict = call0(getAttr(obj, '__getstate__'));
  void proto;
  return truthy(dict) ? new PyTuple([reconstructor, args, dict]) : new PyTuple([reconstructor, args]);
}

/** object.__reduce_ex__(proto) with CPython 3.11's semantics (ignoring overrides of __reduce__). */
export function objectReduceEx(obj: any, proto: number): PyTuple {
  if (proto >= 2) return reduceNewobj(obj);
  return copyregReduceEx(obj, proto);
}

/**
 * object.__reduce_ex__(proto) exactly as CPython 3.11 defines it: an overridden __reduce__ wins, otherwise the
 * copyreg protocol (reduce_newobj for protocol 2+, copyreg._reduce_ex before). Suitable as the runtime's
 * `object.__reduce_ex__`; `object.__reduce__` is `copyregReduceEx(self, 0)` and `object.__getstate__` is
 * `defaultState(self, type(self))`.
 */
export function objectReduceExMethod(obj: any, proto: number): any {
  const t = typeOf(obj);
  const red = t.lookup('__reduce__');
  const bag = bagOf(obj);
  if ((red !== MISSING && red !== objectType.dict.__reduce__) || (bag !== undefined && bag.__reduce__ !== undefined))
    return call0(getAttr(obj, '__reduce__'));
  if (obj instanceof PySet || obj instanceof PyFrozenSet) return setReduce(obj);
  if (obj instanceof PyByteArray) return bytearrayReduceEx(obj, proto);
  return objectReduceEx(obj, proto);
}

/** set/frozenset.__reduce__: (cls, (list(self),), state) */
export function setReduce(obj: PySet | PyFrozenSet): PyTuple {
  const t = typeOf(obj);
  const items = new PyList([...obj.s.values()]);
  const state = hasDefaultGetState(obj, t) ? defaultState(obj, t) : call0(getAttr(obj, '__getstate__'));
  return new PyTuple([t, new PyTuple([items]), state]);
}

/** bytearray.__reduce_ex__(proto): (cls, (bytes,) or (str, 'latin-1'), state) */
export function bytearrayReduceEx(obj: PyByteArray, proto: number): PyTuple {
  const t = typeOf(obj);
  const data = obj.b.slice(0, obj.n);
  const state = hasDefaultGetState(obj, t) ? defaultState(obj, t) : call0(getAttr(obj, '__getstate__'));
  let args: PyTuple;
  if (data.length === 0) args = new PyTuple([]);
  else if (proto < 3) {
    let s = '';
    for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
    args = new PyTuple([s, 'latin-1']);
  } else args = new PyTuple([new PyBytes(data)]);
  return new PyTuple([t, args, state]);
}
