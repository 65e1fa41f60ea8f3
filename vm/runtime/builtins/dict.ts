// The `dict` type's methods (views and iterators live in dict-views.ts).
import { None, NotImplemented, MISSING, PyType } from '../object.js';
import { PyDict, PyList, PyTuple, dictType, listType, tupleType } from '../types.js';
import type { DictStorage } from '../types.js';
import { DictStore } from '../hash-store.js';
import { defMethod, defMethodKw, defClassMethod } from '../natives.js';
import type { Kw } from '../function.js';
import { typeErr, valueErr, keyErr, PyBaseException, TypeError as TypeErrorType } from '../exceptions.js';
import { repr, reprGuard } from '../convert.js';
import { eqB } from '../operators.js';
import { iter, next } from '../iteration.js';
import { call0, callType, callSpecial2 } from '../call.js';
import { getitem, setitem } from '../items.js';
import { getAttrOrMissing } from '../attributes.js';
import { descrErr, adopt, defNew, defClassGetItem, noKw, atMost, cmpOps } from './container-util.js';
import { PyDictKeys, PyDictValues, PyDictItems, DictIter, IterKind, dictReversed, installDictViews } from './dict-views.js';

export { PyDictKeys, PyDictValues, PyDictItems, DictIter, IterKind };

function D(self: any, name: string): PyDict {
  if (self instanceof PyDict) return self;
  return descrErr(name, dictType, self);
}

/** A new exact dict holding the same items. */
export function dictCopy(d: PyDict): PyDict {
  const s = d.s;
  const n = new DictStore();
  if (s instanceof DictStore) n.copyFrom(s);
  else for (const [k, v] of Array.from(s.entries())) n.set(k, v);
  return new PyDict(n);
}

/** Does `x` iterate like a plain dict (so its storage can be read directly)? */
function isPlainDict(x: any): x is PyDict {
  return x instanceof PyDict && (x.$cls === dictType || x.$cls.lookup('__iter__') === dictType.dict.__iter__);
}

/** Copies all items of dict `src` into storage `dst` (dict_merge's fast path). */
function mergeStore(dst: DictStorage, src: DictStorage): void {
  if (dst === src) return;
  if (dst.size === 0 && dst instanceof DictStore && src instanceof DictStore) {
    dst.copyFrom(src);
    return;
  }
  for (const [k, v] of Array.from(src.entries())) dst.set(k, v);
}

/** dict.update(arg) for one positional argument: a mapping (has keys()) or an iterable of pairs. */
export function dictUpdateArg(d: PyDict, arg: any): void {
  if (isPlainDict(arg)) return mergeStore(d.s, arg.s);
  const keys = typeof arg === 'object' ? getAttrOrMissing(arg, 'keys') : MISSING;
  if (keys !== MISSING) {
    const it = iter(call0(keys));
    for (let k = next(it); k !== undefined; k = next(it)) d.s.set(k, getitem(arg, k));
    return;
  }
  dictMergePairs(d.s, arg);
}

function dictMergePairs(s: DictStorage, arg: any): void {
  const it = iter(arg);
  let i = 0;
  for (let item = next(it); item !== undefined; item = next(it), i++) {
    let pair: any[];
    if ((item instanceof PyTuple && item.$cls === tupleType) || (item instanceof PyList && item.$cls === listType)) pair = item.a;
    else {
      let sub: any;
      try {
        sub = iter(item);
      } catch (e) {
        if (e instanceof PyBaseException && e.$cls.isSubtypeOf(TypeErrorType))
          throw typeErr(`cannot convert dictionary update sequence element #${i} to a sequence`);
        throw e;
      }
      pair = [];
      for (let v = next(sub); v !== undefined; v = next(sub)) pair.push(v);
    }
    if (pair.length !== 2)
      throw valueErr(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    s.set(pair[0], pair[1]);
  }
}

function mergeKw(d: PyDict, kw: Kw): void {
  if (kw === null) return;
  for (const k in kw) d.s.set(k, kw[k]);
}

export function dictRepr(self: PyDict): string {
  if (self.s.size === 0) return '{}';
  return reprGuard(self, '{...}', () => {
    let out = '{';
    let first = true;
    for (const [k, v] of Array.from(self.s.entries())) {
      if (!first) out += ', ';
      first = false;
      out += repr(k);
      out += ': ';
      out += repr(v);
    }
    return out + '}';
  });
}

export function dictGetItem(self: PyDict, k: any): any {
  const v = self.s.get(k);
  if (v !== undefined) return v;
  const t: PyType = self.$cls;
  if (t !== dictType) {
    const m = t.lookup('__missing__');
    if (m !== MISSING) return callSpecial2(m, self, k);
  }
  throw keyErr(k);
}

function dictEq(a: PyDict, b: PyDict): boolean {
  if (a === b) return true;
  if (a.s.size !== b.s.size) return false;
  for (const [k, v] of Array.from(a.s.entries())) {
    const w = b.s.get(k);
    if (w === undefined) return false;
    if (v !== w && !eqB(v, w)) return false;
  }
  return true;
}

/** The last (most recently inserted) key of a storage, or undefined when empty. */
function lastKey(s: DictStorage): any {
  if (s instanceof DictStore) {
    let last: any = undefined;
    for (const mk of s.m.keys()) last = mk;
    return last === undefined ? undefined : s.pyKey(last);
  }
  const keys = Array.from(s.keys());
  return keys.length === 0 ? undefined : keys[keys.length - 1];
}

export function installDict(): void {
  const t = dictType;
  installDictViews();
  t.alloc = (cls: PyType) => adopt(new PyDict(new DictStore()), cls, dictType);
  defNew(t, (cls: PyType) => {
    const d = new PyDict(new DictStore());
    return cls === dictType ? d : adopt(d, cls, dictType);
  });
  defMethodKw(t, '__init__', (args: any[], kw: Kw) => {
    const self = D(args[0], '__init__');
    atMost('dict', 1, args.length - 1);
    if (args.length === 2) dictUpdateArg(self, args[1]);
    mergeKw(self, kw);
    return None;
  });
  defMethodKw(t, 'update', (args: any[], kw: Kw) => {
    const self = D(args[0], 'update');
    atMost('update', 1, args.length - 1);
    if (args.length === 2) dictUpdateArg(self, args[1]);
    mergeKw(self, kw);
    return None;
  });
  defClassMethod(t, 'fromkeys', (args: any[], kw: Kw) => {
    noKw('dict.fromkeys', kw);
    const cls = args[0] as PyType;
    const n = args.length - 1;
    if (n < 1) throw typeErr(`fromkeys expected at least 1 argument, got ${n}`);
    if (n > 2) throw typeErr(`fromkeys expected at most 2 arguments, got ${n}`);
    const value = n === 2 ? args[2] : None;
    const d = cls === dictType ? new PyDict(new DictStore()) : callType(cls, [], null, null);
    const it = iter(args[1]);
    if (d instanceof PyDict && d.$cls === dictType) {
      for (let k = next(it); k !== undefined; k = next(it)) d.s.set(k, value);
    } else {
      for (let k = next(it); k !== undefined; k = next(it)) setitem(d, k, value);
    }
    return d;
  });

  defMethod(t, 'keys', (self: any) => new PyDictKeys(D(self, 'keys')));
  defMethod(t, 'values', (self: any) => new PyDictValues(D(self, 'values')));
  defMethod(t, 'items', (self: any) => new PyDictItems(D(self, 'items')));
  defMethod(
    t,
    'get',
    (self: any, k: any, dflt: any) => {
      const v = D(self, 'get').s.get(k);
      return v !== undefined ? v : dflt === undefined ? None : dflt;
    },
    2,
    3,
  );
  defMethod(
    t,
    'setdefault',
    (self: any, k: any, dflt: any) => {
      const s = D(self, 'setdefault').s;
      const v = s.get(k);
      if (v !== undefined) return v;
      const nv = dflt === undefined ? None : dflt;
      s.set(k, nv);
      return nv;
    },
    2,
    3,
  );
  defMethod(
    t,
    'pop',
    (self: any, k: any, dflt: any) => {
      const s = D(self, 'pop').s;
      const v = s.size === 0 ? undefined : s.delete(k); // CPython does not hash the key of an empty dict
      if (v !== undefined) return v;
      if (dflt !== undefined) return dflt;
      throw keyErr(k);
    },
    2,
    3,
  );
  defMethod(t, 'popitem', (self: any) => {
    const s = D(self, 'popitem').s;
    const k = lastKey(s);
    if (k === undefined) throw keyErr('popitem(): dictionary is empty');
    const v = s.delete(k);
    return new PyTuple([k, v]);
  });
  defMethod(t, 'clear', (self: any) => {
    D(self, 'clear').s.clear();
    return None;
  });
  defMethod(t, 'copy', (self: any) => dictCopy(D(self, 'copy')));

  defMethod(t, '__len__', (self: any) => D(self, '__len__').s.size);
  defMethod(t, '__getitem__', (self: any, k: any) => dictGetItem(D(self, '__getitem__'), k));
  defMethod(t, '__setitem__', (self: any, k: any, v: any) => {
    D(self, '__setitem__').s.set(k, v);
    return None;
  });
  defMethod(t, '__delitem__', (self: any, k: any) => {
    if (D(self, '__delitem__').s.delete(k) === undefined) throw keyErr(k);
    return None;
  });
  defMethod(t, '__contains__', (self: any, k: any) => D(self, '__contains__').s.has(k));
  defMethod(t, '__iter__', (self: any) => new DictIter(D(self, '__iter__').s, IterKind.Keys));
  defMethod(t, '__reversed__', (self: any) => dictReversed(D(self, '__reversed__'), IterKind.Keys));
  defMethod(t, '__or__', (self: any, other: any) => {
    const d = D(self, '__or__');
    if (!(other instanceof PyDict)) return NotImplemented;
    const n = dictCopy(d);
    dictUpdateArg(n, other);
    return n;
  });
  defMethod(t, '__ror__', (self: any, other: any) => {
    const d = D(self, '__ror__');
    if (!(other instanceof PyDict)) return NotImplemented;
    const n = dictCopy(other);
    dictUpdateArg(n, d);
    return n;
  });
  defMethod(t, '__ior__', (self: any, other: any) => {
    dictUpdateArg(D(self, '__ior__'), other);
    return self;
  });
  for (const [name, op] of cmpOps) {
    if (name !== '__eq__' && name !== '__ne__') continue;
    defMethod(t, name, (self: any, other: any) => {
      const d = D(self, name);
      if (!(other instanceof PyDict)) return NotImplemented;
      const r = dictEq(d, other);
      return op.name === '__eq__' ? r : !r;
    });
  }
  defMethod(t, '__repr__', (self: any) => dictRepr(D(self, '__repr__')));
  defMethod(t, '__sizeof__', (self: any) => 64 + 24 * D(self, '__sizeof__').s.size);
  t.dict.__hash__ = None;
  defClassGetItem(t);
}
