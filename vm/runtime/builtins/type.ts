// `type`: class objects' own attributes and behaviour (type(x), type(name, bases, ns), __call__, mro...).
import { typeType, objectType, PyType, None, MISSING, TypeFlags, bumpTypeVersion } from '../object.js';
import { PyTuple, PyDict, PyList } from '../types.js';
import { PyGetSet } from '../function.js';
import { defMethod, defMethodKw, defStatic, defClassMethod } from '../natives.js';
import { typeErr, attrErr } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { typeCallDefault } from '../call.js';
import { typeGetAttr, typeSetAttr, objectDelAttr, attributeError } from '../attributes.js';
import { createClass, initSubclass } from '../classes.js';
import { DictStore } from '../hash-store.js';
import { bagDict } from './object.js';
import { PyMappingProxy } from './mappingproxy.js';
import { unionOr, installUnionType } from './union-type.js';

export function isSubclass(a: PyType, b: PyType): boolean {
  return a.isSubtypeOf(b);
}

function typeNew(args: any[], kw: Record<string, any> | null): any {
  const [meta, ...rest] = args;
  if (meta === typeType && rest.length === 1 && (kw === null || Object.keys(kw).length === 0)) return typeOf(rest[0]);
  if (rest.length !== 3) throw typeErr('type() takes 1 or 3 arguments');
  const [name, bases, ns] = rest;
  if (typeof name !== 'string') throw typeErr(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if (!(bases instanceof PyTuple)) throw typeErr(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (!(ns instanceof PyDict)) throw typeErr(`type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
  const t = createClass(meta, name, bases.a, ns);
  const names = kw ? Object.keys(kw) : [];
  initSubclass(t, names.length ? names : null, names.length ? names.map((n) => kw![n]) : null);
  return t;
}

export function installType(): void {
  const t = typeType;
  defStatic(t, '__new__', (...args: any[]) => typeNew(args, null), 2, 4);
  // keywords go to __init_subclass__
  (t.dict.__new__ as any).func.gen = (args: any[], kw: any) => typeNew(args, kw);
  defMethodKw(t, '__init__', () => None);
  defMethodKw(t, '__call__', (args: any[], kw: any) => {
    const [cls, ...rest] = args;
    const names = kw ? Object.keys(kw) : [];
    if (names.length === 0) return typeCallDefault(cls, rest, null, null);
    return typeCallDefault(cls, rest, names, names.map((n) => kw[n]));
  });
  defMethod(t, '__getattribute__', (self: any, name: any) => {
    const v = typeGetAttr(self, name);
    if (v === MISSING) throw attributeError(self, name);
    return v;
  });
  defMethod(t, '__setattr__', (self: any, name: any, v: any) => {
    typeSetAttr(self, name, v);
    return None;
  });
  defMethod(t, '__delattr__', (self: any, name: any) => {
    objectDelAttr(self, name, typeOf(self));
    return None;
  });
  defMethod(t, '__repr__', (self: PyType) => {
    const mod = self.module;
    return mod && mod !== 'builtins' ? `<class '${mod}.${self.qualname}'>` : `<class '${self.qualname}'>`;
  });
  defMethod(t, 'mro', (self: PyType) => new PyList(self.mro.slice()));
  defMethod(t, '__subclasses__', (self: PyType) => {
    const out: PyType[] = [];
    for (const r of self.subclassRefs) {
      const s = r.deref();
      if (s) out.push(s);
    }
    return new PyList(out);
  });
  defMethod(t, '__instancecheck__', (self: PyType, o: any) => typeOf(o).isSubtypeOf(self));
  defMethod(t, '__subclasscheck__', (self: PyType, o: any) => {
    if (!(o instanceof PyType)) throw typeErr('issubclass() arg 1 must be a class');
    return o.isSubtypeOf(self);
  });
  defClassMethod(t, '__prepare__', () => new PyDict(new DictStore()));
  defMethod(t, '__or__', (self: any, other: any) => unionOr(self, other));
  defMethod(t, '__ror__', (self: any, other: any) => unionOr(other, self));
  installUnionType();
  const gs = (name: string, get: (o: PyType) => any, set?: (o: PyType, v: any) => void) => {
    t.dict[name] = new PyGetSet(name, get, set);
  };
  gs('__name__', (o) => o.name, (o, v) => {
    if (typeof v !== 'string') throw typeErr(`can only assign string to ${o.name}.__name__, not '${typeOf(v).name}'`);
    o.name = v;
  });
  gs('__qualname__', (o) => o.qualname, (o, v) => {
    if (typeof v !== 'string') throw typeErr(`can only assign string to ${o.name}.__qualname__, not '${typeOf(v).name}'`);
    o.qualname = v;
  });
  gs('__module__', (o) => ownValue(o, '__module__') ?? o.module, (o, v) => {
    o.dict.__module__ = v;
    o.module = String(v);
    dictChanged(o);
  });
  gs('__bases__', (o) => new PyTuple(o.bases.slice()));
  gs('__base__', (o) => o.bases[0] ?? None);
  gs('__mro__', (o) => new PyTuple(o.mro.slice()));
  gs('__dict__', (o) => mappingProxy(o));
  gs('__doc__', (o) => (o === typeType ? TYPE_DOC : ownValue(o, '__doc__') ?? None), (o, v) => {
    o.dict.__doc__ = v;
    dictChanged(o);
  });
  gs('__abstractmethods__', (o) => {
    const v = ownValue(o, '__abstractmethods__');
    if (v === undefined) throw attrErr('__abstractmethods__');
    return v;
  }, (o, v) => {
    o.dict.__abstractmethods__ = v;
    if (v && v.s && v.s.size) o.flags |= TypeFlags.Abstract;
    else o.flags &= ~TypeFlags.Abstract;
    o.invalidate(); // the cached constructor path (call.ts ctorRefresh) depends on the Abstract flag
  });
  gs('__annotations__', (o) => {
    let a = ownValue(o, '__annotations__');
    if (o === typeType) throw attributeError(o, '__annotations__');
    if (a === undefined) {
      a = new PyDict(new DictStore());
      if (o.flags & TypeFlags.Heap) {
        o.dict.__annotations__ = a;
        dictChanged(o);
      }
    }
    return a;
  }, (o, v) => {
    o.dict.__annotations__ = v;
    dictChanged(o);
  });
}

/** type's own docstring (its dict's __doc__ slot holds the descriptor every class's __doc__ goes through). */
const TYPE_DOC = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";

/**
 * A class's own value for a name type describes. A built-in type may hold its instances' descriptor under
 * that name instead (type's __module__, property's __doc__...): that is not the class's value.
 */
function ownValue(o: PyType, name: string): any {
  const v = o.dict[name];
  return v instanceof PyGetSet && !(o.flags & TypeFlags.Heap) ? undefined : v;
}

/** A class's own dict changed outside typeSetAttr: drop the lookup caches (as typeSetAttr does). */
function dictChanged(o: PyType): void {
  bumpTypeVersion();
  o.invalidate();
}

/** Class `__dict__`: a read-only mappingproxy over the class's bag. */
function mappingProxy(o: PyType): PyMappingProxy {
  return new PyMappingProxy(bagDict(o.dict));
}

// types.UnionType lives in union-type.ts (runtime/typecheck.ts imports it from here)
export { PyUnionType, unionTypeType } from './union-type.js';
