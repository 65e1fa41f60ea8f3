// The lazy iterator types of builtins: enumerate, zip, map, filter, reversed.
import { makeBuiltinType, objectType, PyType, TypeFlags, MISSING, None, newAttrBag } from '../../runtime/object.js';
import { PyTuple, PyList, listType, PyRange, rangeType } from '../../runtime/types.js';
import { PyIterator, iter, next, ReverseListIter, SeqIter } from '../../runtime/iteration.js';
import { defMethod, defStatic, arg, checkKw } from '../../runtime/natives.js';
import { typeErr, valueErr, stopIteration } from '../../runtime/exceptions.js';
import { typeOf } from '../../runtime/typeof.js';
import { call, call1, callSpecial1, callSpecial2 } from '../../runtime/call.js';
import { truthy } from '../../runtime/operators.js';
import { index } from '../../runtime/convert.js';
import { intAdd } from '../../runtime/numeric.js';
import { lenResult } from '../../runtime/operators.js';

export class EnumerateIter extends PyIterator {
  constructor(readonly it: any, public i: any) {
    super();
  }
  $next(): any {
    const v = next(this.it);
    if (v === undefined) return undefined;
    const i = this.i;
    this.i = typeof i === 'number' && i < 9007199254740991 ? i + 1 : intAdd(i, 1);
    return new PyTuple([i, v]);
  }
}
export class ZipIter extends PyIterator {
  done = false;
  constructor(readonly its: any[], readonly strict: boolean) {
    super();
  }
  $next(): any {
    if (this.done) return undefined;
    const its = this.its;
    if (its.length === 0) return undefined;
    const out = new Array(its.length);
    for (let k = 0; k < its.length; k++) {
      const v = next(its[k]);
      if (v === undefined) {
        this.done = true;
        if (this.strict) {
          if (k > 0) throw valueErr(`zip() argument ${k + 1} is shorter than argument${k > 1 ? 's 1-' + k : ' 1'}`);
          for (let j = 1; j < its.length; j++)
            if (next(its[j]) !== undefined) throw valueErr(`zip() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`);
        }
        return undefined;
      }
      out[k] = v;
    }
    return new PyTuple(out);
  }
}
export class MapIter extends PyIterator {
  constructor(readonly f: any, readonly its: any[]) {
    super();
  }
  $next(): any {
    const its = this.its;
    if (its.length === 1) {
      const v = next(its[0]);
      return v === undefined ? undefined : call1(this.f, v);
    }
    const args = new Array(its.length);
    for (let k = 0; k < its.length; k++) {
      const v = next(its[k]);
      if (v === undefined) return undefined;
      args[k] = v;
    }
    return call(this.f, args);
  }
}
export class FilterIter extends PyIterator {
  constructor(readonly f: any, readonly it: any) {
    super();
  }
  $next(): any {
    for (;;) {
      const v = next(this.it);
      if (v === undefined) return undefined;
      if (this.f === None ? truthy(v) : truthy(call1(this.f, v))) return v;
    }
  }
}
/** reversed() over the sequence protocol (__len__ + __getitem__). */
export class SeqReverseIter extends PyIterator {
  constructor(readonly o: any, readonly getitem: any, public i: number) {
    super();
  }
  $next(): any {
    if (this.i < 0) return undefined;
    return callSpecial2(this.getitem, this.o, this.i--);
  }
}

export const enumerateType = makeBuiltinType('enumerate', objectType, EnumerateIter);
export const zipType = makeBuiltinType('zip', objectType, ZipIter);
export const mapType = makeBuiltinType('map', objectType, MapIter);
export const filterType = makeBuiltinType('filter', objectType, FilterIter);
export const reversedType = makeBuiltinType('reversed', objectType, SeqReverseIter);
(ReverseListIter.prototype as any).$cls = makeBuiltinType('list_reverseiterator', objectType, undefined, TypeFlags.None);

function withCls<T extends PyIterator>(o: T, cls: PyType, base: PyType): T {
  if (cls !== base) {
    o.$cls = cls;
    o.$d = newAttrBag();
  }
  return o;
}

export function reversedOf(x: any): any {
  if (x instanceof PyList && x.$cls === listType) return new ReverseListIter(x, x.a.length - 1);
  if (x instanceof PyTuple) return new SeqIter(x.a.slice().reverse());
  if (x instanceof PyRange && x.$cls === rangeType) {
    const f = typeOf(x).lookup('__reversed__');
    return callSpecial1(f, x);
  }
  const t = typeOf(x);
  const rf = t.lookup('__reversed__');
  if (rf === None) throw typeErr(`'${t.name}' object is not reversible`);
  // CPython returns whatever __reversed__ returns, unchecked
  if (rf !== MISSING) return callSpecial1(rf, x);
  const lf = t.lookup('__len__');
  const gf = t.lookup('__getitem__');
  if (lf === MISSING || gf === MISSING || typeof x === 'string' && false) throw typeErr(`'${t.name}' object is not reversible`);
  if (typeof x === 'string') return new SeqIter([...x].reverse());
  return new SeqReverseIter(x, gf, lenResult(callSpecial1(lf, x)) - 1);
}

export function installIterTypes(): void {
  for (const t of [enumerateType, zipType, mapType, filterType, reversedType]) {
    defMethod(t, '__iter__', (self: any) => self);
    defMethod(t, '__next__', (self: PyIterator) => {
      const v = self.$next();
      if (v === undefined) throw stopIteration();
      return v;
    });
  }
  defStatic(enumerateType, '__new__', (cls: PyType, ...rest: any[]) => {
    if (rest.length < 1 || rest.length > 2) throw typeErr(`enumerate() takes at most 2 arguments (${rest.length} given)`);
    return withCls(new EnumerateIter(iter(rest[0]), rest.length > 1 ? index(rest[1]) : 0), cls, enumerateType);
  }, 1, 3);
  (enumerateType.dict.__new__ as any).func.gen = (args: any[], kw: any) => {
    checkKw('enumerate', kw, ['iterable', 'start']);
    const it = arg(args, kw, 1, 'iterable');
    if (it === undefined) throw typeErr("enumerate() missing required argument 'iterable' (pos 1)");
    const start = arg(args, kw, 2, 'start');
    return withCls(new EnumerateIter(iter(it), start === undefined ? 0 : index(start)), args[0], enumerateType);
  };
  defStatic(zipType, '__new__', (cls: PyType, ...rest: any[]) => withCls(new ZipIter(rest.map(iter), false), cls, zipType), 1, Infinity);
  (zipType.dict.__new__ as any).func.gen = (args: any[], kw: any) => {
    checkKw('zip', kw, ['strict']);
    const strict = kw && kw.strict !== undefined ? truthy(kw.strict) : false;
    return withCls(new ZipIter(args.slice(1).map(iter), strict), args[0], zipType);
  };
  defStatic(mapType, '__new__', (cls: PyType, f: any, ...its: any[]) => {
    if (its.length === 0) throw typeErr('map() must have at least two arguments.');
    return withCls(new MapIter(f, its.map(iter)), cls, mapType);
  }, 1, Infinity);
  defStatic(filterType, '__new__', (cls: PyType, f: any, it: any) => withCls(new FilterIter(f, iter(it)), cls, filterType), 3, 3);
  defStatic(reversedType, '__new__', (_cls: PyType, x: any) => reversedOf(x), 2, 2);
}
