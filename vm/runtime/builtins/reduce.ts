// object.__reduce_ex__: how instances of plain classes are pickled and copied (CPython's copyreg protocol 2).
import { None, PyType, MISSING, TypeFlags } from '../object.js';
import { PyTuple, PyDict } from '../types.js';
import { native } from '../natives.js';
import { typeErr } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { call1, call, callSlow } from '../call.js';
import { bagOf } from '../attributes.js';
import { toArray } from '../iteration.js';
import { BagStore } from '../bag-store.js';
import { DictStore } from '../hash-store.js';

/** copyreg.__newobj__(cls, *args) == cls.__new__(cls, *args) */
export const newobj = native(
  '__newobj__',
  (cls: any, ...args: any[]) => {
    const nf = (cls as PyType).lookup('__new__');
    return callSlow(nf.func ?? nf, [cls, ...args], null, null);
  },
  1,
  Infinity,
);
newobj.qualname = '__newobj__';
(newobj as any).module = 'copyreg';

/** object.__getstate__(): the instance dict (None when empty), plus slot values as CPython does. */
export function defaultGetState(o: any): any {
  const t = typeOf(o);
  const bag = bagOf(o);
  if (t.flags & TypeFlags.Slotted) {
    const slots = new PyDict(new DictStore());
    if (bag) for (const k of Object.keys(bag)) slots.s.set(k, bag[k]);
    return new PyTuple([None, slots.s.size ? slots : None]);
  }
  if (!bag || Object.keys(bag).length === 0) return None;
  const d = new PyDict(new DictStore());
  for (const k of Object.keys(bag)) d.s.set(k, bag[k]);
  return d;
}

export function defaultReduceEx(o: any, proto: any): any {
  const t = typeOf(o);
  if (!(t.flags & TypeFlags.Heap) && t.name !== 'object')
    throw typeErr(`cannot pickle '${t.name}' object`);
  let args: any[] = [];
  const gna = t.lookup('__getnewargs__');
  if (gna !== MISSING) args = toArray(call1(gna, o));
  const gs = t.lookup('__getstate__');
  const state = gs !== MISSING ? call1(gs, o) : defaultGetState(o);
  void proto;
  void BagStore;
  void call;
  return new PyTuple([newobj, new PyTuple([t, ...args]), state, None, None]);
}
