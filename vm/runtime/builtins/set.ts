// The `set` and `frozenset` types.
import { None, NotImplemented, PyType } from '../object.js';
import { PySet, PyFrozenSet, setType, frozensetType } from '../types.js';
import { SetStore } from '../hash-store.js';
import { tableHooks } from '../set-table.js';
import { objectId } from './object.js';
import { defMethod, defMethodKw } from '../natives.js';
import type { Kw } from '../function.js';
import { keyErr } from '../exceptions.js';
import { repr, reprGuard, hashFrozenset } from '../convert.js';
import type { Int } from '../numeric.js';
import { StoreIter } from '../iteration.js';
import { CMP, CmpOp } from '../operators.js';
import { descrErr, adopt, defNew, defClassGetItem, noKw, atMost, cmpOps } from './container-util.js';
import {
  AnySet,
  isAnySet,
  baseSetType,
  newSetOf,
  copyStore,
  storeUpdate,
  storeFrom,
  storeIntersection,
  storeDifference,
  storeDifferenceUpdate,
  storeSymDiffUpdate,
  storeSymDiff,
  storeIsSubset,
  storeIsDisjoint,
} from './set-ops.js';

export { isAnySet, storeFrom };

/** A set argument of __contains__/remove/discard is looked up as a frozenset (sets are unhashable). */
function asKey(k: any): any {
  return k instanceof PySet ? new PyFrozenSet(k.s) : k;
}

export function setRepr(self: AnySet): string {
  const t: PyType = self.$cls;
  const plainSet = t === setType;
  if (self.s.size === 0) return `${t.name}()`;
  return reprGuard(self, `${t.name}(...)`, () => {
    let body = '{';
    let first = true;
    for (const v of Array.from(self.s.values())) {
      if (!first) body += ', ';
      first = false;
      body += repr(v);
    }
    body += '}';
    return plainSet ? body : `${t.name}(${body})`;
  });
}

/** CPython's frozenset_hash (cached on the object, which is immutable). */
export function frozensetHash(self: PyFrozenSet): Int {
  if (self.h !== undefined) return self.h;
  const h = hashFrozenset(self.s);
  self.h = h as number;
  return h;
}

/** Set comparison (==, <=, <...) of two set objects. */
function setCompare(a: AnySet, b: AnySet, op: CmpOp): boolean {
  const sa = a.s;
  const sb = b.s;
  switch (op) {
    case CMP.eq:
      if (sa.size !== sb.size) return false;
      if (a instanceof PyFrozenSet && b instanceof PyFrozenSet && a.h !== undefined && b.h !== undefined && a.h !== b.h) return false;
      return storeIsSubset(sa, sb);
    case CMP.ne:
      return !setCompare(a, b, CMP.eq);
    case CMP.le:
      return storeIsSubset(sa, sb);
    case CMP.ge:
      return storeIsSubset(sb, sa);
    case CMP.lt:
      return sa.size < sb.size && storeIsSubset(sa, sb);
    default:
      return sa.size > sb.size && storeIsSubset(sb, sa);
  }
}

/** Methods shared by set and frozenset; `chk` validates self for the owning type. */
function installCommon(t: PyType, chk: (self: any, name: string) => AnySet): void {
  defMethod(t, '__len__', (self: any) => chk(self, '__len__').s.size);
  defMethod(t, '__contains__', (self: any, k: any) => chk(self, '__contains__').s.has(asKey(k)));
  defMethod(t, '__iter__', (self: any) => {
    const s = chk(self, '__iter__').s;
    return new StoreIter(s, s.values(), 'Set');
  });
  defMethod(t, '__repr__', (self: any) => setRepr(chk(self, '__repr__')));
  defMethod(t, 'copy', (self: any) => {
    const s = chk(self, 'copy');
    if (s instanceof PyFrozenSet && s.$cls === frozensetType) return s;
    return newSetOf(baseSetType(s), copyStore(s.s));
  });
  defMethod(
    t,
    'union',
    (self: any, ...others: any[]) => {
      const s = chk(self, 'union');
      const out = copyStore(s.s);
      for (const o of others) if (o !== s) storeUpdate(out, o);
      return newSetOf(baseSetType(s), out);
    },
    1,
    Infinity,
  );
  defMethod(
    t,
    'intersection',
    (self: any, ...others: any[]) => {
      const s = chk(self, 'intersection');
      if (others.length === 0) return newSetOf(baseSetType(s), copyStore(s.s));
      let out = s.s;
      for (const o of others) out = storeIntersection(out, o);
      return newSetOf(baseSetType(s), out);
    },
    1,
    Infinity,
  );
  defMethod(
    t,
    'difference',
    (self: any, ...others: any[]) => {
      const s = chk(self, 'difference');
      if (others.length === 0) return newSetOf(baseSetType(s), copyStore(s.s));
      const out = storeDifference(s.s, others[0]);
      for (let i = 1; i < others.length; i++) storeDifferenceUpdate(out, others[i]);
      return newSetOf(baseSetType(s), out);
    },
    1,
    Infinity,
  );
  defMethod(t, 'symmetric_difference', (self: any, other: any) => {
    const s = chk(self, 'symmetric_difference');
    return newSetOf(baseSetType(s), storeSymDiff(s.s, other));
  });
  defMethod(t, 'issubset', (self: any, other: any) => {
    const s = chk(self, 'issubset');
    return storeIsSubset(s.s, isAnySet(other) ? other.s : storeFrom(other));
  });
  defMethod(t, 'issuperset', (self: any, other: any) => {
    const s = chk(self, 'issuperset');
    if (isAnySet(other)) return storeIsSubset(other.s, s.s);
    const o = storeFrom(other);
    for (const v of o.values()) if (!s.s.has(v)) return false;
    return true;
  });
  defMethod(t, 'isdisjoint', (self: any, other: any) => storeIsDisjoint(chk(self, 'isdisjoint').s, other));

  // binary operators: both operands must be sets; the result has the left operand's base type
  const binary = (name: string, f: (a: AnySet, b: AnySet) => SetStore) => {
    defMethod(t, name, (self: any, other: any) => {
      const s = chk(self, name);
      if (!isAnySet(other)) return NotImplemented;
      return newSetOf(baseSetType(s), f(s, other));
    });
  };
  const union = (a: AnySet, b: AnySet) => {
    const out = copyStore(a.s);
    if (b !== a) storeUpdate(out, b);
    return out;
  };
  binary('__or__', union);
  binary('__and__', (a, b) => storeIntersection(a.s, b));
  binary('__sub__', (a, b) => storeDifference(a.s, b));
  binary('__xor__', (a, b) => storeSymDiff(a.s, b));
  const reflected = (name: string, f: (a: AnySet, b: AnySet) => SetStore) => {
    defMethod(t, name, (self: any, other: any) => {
      const s = chk(self, name);
      if (!isAnySet(other)) return NotImplemented;
      return newSetOf(baseSetType(other), f(other, s));
    });
  };
  reflected('__ror__', union);
  reflected('__rand__', (a, b) => storeIntersection(a.s, b));
  reflected('__rsub__', (a, b) => storeDifference(a.s, b));
  reflected('__rxor__', (a, b) => storeSymDiff(a.s, b));

  for (const [name, op] of cmpOps)
    defMethod(t, name, (self: any, other: any) => {
      const s = chk(self, name);
      if (!isAnySet(other)) return NotImplemented;
      return setCompare(s, other, op);
    });
  defMethod(t, '__sizeof__', (self: any) => chk(self, '__sizeof__').s.sizeof());
  defClassGetItem(t);
}

function S(self: any, name: string): PySet {
  if (self instanceof PySet) return self;
  return descrErr(name, setType, self);
}
function F(self: any, name: string): PyFrozenSet {
  if (self instanceof PyFrozenSet) return self;
  return descrErr(name, frozensetType, self);
}

export function installSet(): void {
  tableHooks.identityHash = (k: any) => Math.floor(objectId(k) / 16);
  const t = setType;
  t.alloc = (cls: PyType) => adopt(new PySet(new SetStore()), cls, setType);
  defNew(t, (cls: PyType, _args: any[], kw: Kw) => {
    if (cls === setType) {
      noKw('set', kw);
      return new PySet(new SetStore());
    }
    return adopt(new PySet(new SetStore()), cls, setType);
  });
  defMethodKw(t, '__init__', (args: any[], kw: Kw) => {
    const self = S(args[0], '__init__');
    noKw('set', kw);
    atMost(self.$cls.name, 1, args.length - 1);
    self.s.clear();
    if (args.length === 2) storeUpdate(self.s, args[1]);
    return None;
  });
  installCommon(t, S);
  t.dict.__hash__ = None;

  defMethod(t, 'add', (self: any, k: any) => {
    S(self, 'add').s.add(k);
    return None;
  });
  defMethod(t, 'discard', (self: any, k: any) => {
    S(self, 'discard').s.delete(asKey(k));
    return None;
  });
  defMethod(t, 'remove', (self: any, k: any) => {
    if (!S(self, 'remove').s.delete(asKey(k))) throw keyErr(k);
    return None;
  });
  defMethod(t, 'pop', (self: any) => {
    const s = S(self, 'pop').s;
    if (s.size === 0) throw keyErr('pop from an empty set');
    return s.pop();
  });
  defMethod(t, 'clear', (self: any) => {
    S(self, 'clear').s.clear();
    return None;
  });
  defMethod(
    t,
    'update',
    (self: any, ...others: any[]) => {
      const s = S(self, 'update').s;
      for (const o of others) storeUpdate(s, o);
      return None;
    },
    1,
    Infinity,
  );
  defMethod(
    t,
    'intersection_update',
    (self: any, ...others: any[]) => {
      const s = S(self, 'intersection_update');
      let out = copyStore(s.s);
      if (others.length > 0) {
        out = s.s;
        for (const o of others) out = storeIntersection(out, o);
      }
      s.s.takeTable(out);
      return None;
    },
    1,
    Infinity,
  );
  defMethod(
    t,
    'difference_update',
    (self: any, ...others: any[]) => {
      const s = S(self, 'difference_update').s;
      for (const o of others) storeDifferenceUpdate(s, o);
      return None;
    },
    1,
    Infinity,
  );
  defMethod(t, 'symmetric_difference_update', (self: any, other: any) => {
    storeSymDiffUpdate(S(self, 'symmetric_difference_update').s, other);
    return None;
  });
  // in-place operators: both operands must be sets
  const inplace = (name: string, f: (s: PySet, o: AnySet) => void) => {
    defMethod(t, name, (self: any, other: any) => {
      const s = S(self, name);
      if (!isAnySet(other)) return NotImplemented;
      f(s, other);
      return s;
    });
  };
  inplace('__ior__', (s, o) => storeUpdate(s.s, o));
  inplace('__iand__', (s, o) => s.s.takeTable(storeIntersection(s.s, o)));
  inplace('__isub__', (s, o) => storeDifferenceUpdate(s.s, o));
  inplace('__ixor__', (s, o) => storeSymDiffUpdate(s.s, o));

  const f = frozensetType;
  f.alloc = (cls: PyType) => adopt(new PyFrozenSet(new SetStore()), cls, frozensetType);
  defNew(f, (cls: PyType, args: any[], kw: Kw) => {
    if (cls === frozensetType || cls.lookup('__init__') === f.lookup('__init__')) noKw('frozenset', kw);
    atMost(cls.name, 1, args.length - 1);
    if (args.length === 1) return adopt(new PyFrozenSet(new SetStore()), cls, frozensetType);
    const x = args[1];
    if (cls === frozensetType && x instanceof PyFrozenSet && x.$cls === frozensetType) return x;
    return adopt(new PyFrozenSet(storeFrom(x)), cls, frozensetType);
  });
  installCommon(f, F);
  defMethod(f, '__hash__', (self: any) => frozensetHash(F(self, '__hash__')));
}
