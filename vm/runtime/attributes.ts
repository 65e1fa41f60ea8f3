// Attribute access: object.__getattribute__/__setattr__/__delattr__ with the descriptor protocol, the same
// for type objects, super(), and the method-call fast paths that avoid allocating bound methods.
//
// Invariant the generated code relies on: an instance's attribute bag (`$d`) never holds a name that a
// data descriptor of its class handles, and instances of classes with a custom __getattribute__ keep
// their bag in `$x` instead, so `o.$d.name` can be read directly as the fast path of `o.name`.
import { PyObject, PyType, MISSING, TypeFlags, None, typeType, bumpTypeVersion, AttrBag, objectType, ownCache } from './object.js';
import {
  PyFunction,
  PyBuiltin,
  PyBoundMethod,
  PyStaticMethod,
  PyClassMethod,
  PyProperty,
  PyGetSet,
  PySuper,
  PyBoundBuiltin,
  superType,
  propertyType,
} from './function.js';
import { propertyError } from './builtins/property-errors.js';
import { Load, loadClassAttr, recordLoad, type LoadEntry } from './load-cache.js';
import { AttributeError, attrErr, typeErr, exc, PyBaseException, RuntimeError } from './exceptions.js';
import { typeOf } from './typeof.js';
import { PyModule } from './module.js';
import { tpName } from './builtins/type-name.js';
import { call, call1, call2, call3, callSlow, KwNames, classmethodGet, callSpecial2, callSpecial3 } from './call.js';

export function bagOf(o: any): AttrBag | undefined {
  if (typeof o !== 'object') return undefined;
  const d = o.$d;
  return d !== undefined ? d : o.$x;
}

function hasGetter(t: PyType): boolean {
  return t.lookup('__get__') !== MISSING;
}
function isUserDataDescr(t: PyType): boolean {
  return t.lookup('__set__') !== MISSING || t.lookup('__delete__') !== MISSING;
}

/** Binds a class attribute found for instance `o` (non-data descriptors). */
export function bindDescr(cv: any, o: any, t: PyType): any {
  if (cv instanceof PyFunction) return new PyBoundMethod(o, cv);
  if (cv instanceof PyBuiltin) return cv.binds ? new PyBoundBuiltin(o, cv) : cv;
  if (cv instanceof PyStaticMethod) return cv.func;
  if (cv instanceof PyClassMethod) return classmethodGet(cv.func, t);
  if (cv instanceof PyGetSet) return cv.get(o);
  if (cv instanceof PyProperty && cv.$cls === propertyType) return propGet(cv, o);
  if (typeof cv === 'object' && !(cv instanceof PyType)) {
    const ct = cv.$cls as PyType;
    if (ct.mro.length > 1 && hasGetter(ct)) return call3(ct.lookup('__get__'), cv, o, t);
  }
  return cv;
}

// An exact `property` is handled inline; a subclass goes through the descriptor protocol like any other
// descriptor, so its own __get__/__set__/__delete__ run (load-cache.ts likewise caches exact properties only).
function propGet(p: PyProperty, o: any): any {
  if (p.fget === None) throw propertyError(p, o, 'getter');
  return call1(p.fget, o);
}

/** Is `cv` a data descriptor (takes precedence over the instance bag)? */
function isDataDescr(cv: any): boolean {
  if (cv instanceof PyProperty || cv instanceof PyGetSet) return true;
  if (typeof cv !== 'object' || cv instanceof PyFunction || cv instanceof PyBuiltin || cv instanceof PyType) return false;
  const ct = cv.$cls as PyType;
  return ct.mro.length > 1 && hasGetter(ct) && isUserDataDescr(ct);
}

/** object.__getattribute__ without raising: MISSING when not found. */
export function objectGetAttr(o: any, name: string, t: PyType): any {
  const cv = t.lookup(name);
  if (cv !== MISSING && isDataDescr(cv)) {
    if (cv instanceof PyGetSet) return cv.get(o);
    if (cv instanceof PyProperty && cv.$cls === propertyType) return propGet(cv, o);
    return call3(cv.$cls.lookup('__get__'), cv, o, t);
  }
  const bag = bagOf(o);
  if (bag !== undefined) {
    const v = bag[name];
    if (v !== undefined) return v;
  }
  if (cv !== MISSING) return bindDescr(cv, o, t);
  return MISSING;
}

/** type.__getattribute__ without raising. */
export function typeGetAttr(T: PyType, name: string): any {
  const meta = T.$cls;
  const mv = meta === typeType ? typeType.lookup(name) : meta.lookup(name);
  if (mv !== MISSING && isDataDescr(mv)) return bindDescr(mv, T, meta);
  const v = T.lookup(name);
  if (v !== MISSING) {
    if (v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyGetSet) return v;
    if (v instanceof PyProperty && v.$cls === propertyType) return v;
    if (v instanceof PyStaticMethod) return v.func;
    if (v instanceof PyClassMethod) return classmethodGet(v.func, T);
    if (typeof v === 'object' && !(v instanceof PyType)) {
      const ct = v.$cls as PyType;
      if (ct.mro.length > 1 && hasGetter(ct)) return call3(ct.lookup('__get__'), v, None, T);
    }
    return v;
  }
  if (mv !== MISSING) return bindDescr(mv, T, meta);
  return MISSING;
}

export function isAttributeError(e: any): boolean {
  return e instanceof PyBaseException && e.$cls.isSubtypeOf(AttributeError);
}

/** getattr(o, name) returning MISSING instead of raising AttributeError for a plain miss. */
export function getAttrOrMissing(o: any, name: string): any {
  const t = typeOf(o);
  if (t.flags & TypeFlags.CustomGetAttribute) {
    try {
      return callSpecial2(t.lookup('__getattribute__'), o, name);
    } catch (e) {
      if (!isAttributeError(e)) throw e;
      if (!(t.flags & TypeFlags.HasGetAttr)) return MISSING;
    }
    return callSpecial2(t.lookup('__getattr__'), o, name);
  }
  let v: any;
  if (t.flags & TypeFlags.HasGetAttr) {
    try {
      v = o instanceof PyType ? typeGetAttr(o, name) : objectGetAttr(o, name, t);
    } catch (e) {
      if (!isAttributeError(e)) throw e;
      v = MISSING;
    }
    if (v !== MISSING) return v;
    return callSpecial2(t.lookup('__getattr__'), o, name);
  }
  v = o instanceof PyType ? typeGetAttr(o, name) : objectGetAttr(o, name, t);
  if (v === MISSING && o instanceof PyModule) return moduleGetAttr(o, name);
  return v;
}

/** PEP 562: a module's own `__getattr__(name)` answers the names its namespace lacks (lazy or deprecated names). */
function moduleGetAttr(m: PyModule, name: string): any {
  const hook = m.$d!.__getattr__;
  return hook === undefined ? MISSING : call1(hook, name);
}

export function attributeError(o: any, name: string): PyBaseException {
  let e: PyBaseException;
  if (o instanceof PyType) e = attrErr(`type object '${o.name}' has no attribute '${name}'`);
  else if (o instanceof PyObject && o.$cls.name === 'module')
    e = attrErr(`module '${(o as any).$d.__name__}' has no attribute '${name}'`);
  else e = attrErr(`'${tpName(typeOf(o))}' object has no attribute '${name}'`);
  e.$d!.name = name;
  e.$d!.obj = o;
  return e;
}

/** getattr(o, name): the class's load cache first (see load-cache.ts), else the general protocol. */
export function getAttr(o: any, name: string): any {
  if (typeof o === 'object') {
    // a class's `lc` describes its instances; a metaclass's stays empty (classes use their own `tc`)
    const e: LoadEntry | undefined = (o.$cls as PyType).lc[name];
    if (e !== undefined) {
      if (e.k === Load.Property) {
        const g = e.v.fget;
        if (g !== None) return g.$ok & 2 ? g.$fn(o) : call1(g, o);
      } else if (e.k !== Load.General) {
        const bag = o.$d !== undefined ? o.$d : o.$x;
        const bv = bag !== undefined ? bag[name] : undefined;
        if (bv !== undefined) return bv;
        return e.k === Load.Plain ? e.v : new PyBoundMethod(o, e.v);
      }
      return getAttrGeneral(o, name);
    }
    return getAttrUncached(o, name);
  }
  return getAttrGeneral(o, name);
}

/** getAttr for an object without an instance entry: a class's own entry, or the general path (recorded). */
function getAttrUncached(o: any, name: string): any {
  if (o instanceof PyType) {
    const te: LoadEntry | undefined = o.tc[name];
    if (te !== undefined) {
      const v = loadClassAttr(te, o);
      return v !== undefined ? v : getAttrGeneral(o, name);
    }
  }
  const v = getAttrGeneral(o, name);
  recordLoad(o, name);
  return v;
}

function getAttrGeneral(o: any, name: string): any {
  const t = typeOf(o);
  if ((t.flags & (TypeFlags.CustomGetAttribute | TypeFlags.HasGetAttr)) === TypeFlags.CustomGetAttribute) {
    // the hook's own AttributeError propagates (its message is the user's), with name/obj filled in
    try {
      return callSpecial2(t.lookup('__getattribute__'), o, name);
    } catch (e) {
      if (isAttributeError(e)) addAttrContext(e as PyBaseException, o, name);
      throw e;
    }
  }
  const v = getAttrOrMissing(o, name);
  if (v === MISSING) throw attributeError(o, name);
  return v;
}

/** CPython 3.11 records the attribute and object on an AttributeError that has neither. */
function addAttrContext(e: PyBaseException, o: any, name: string): void {
  const d = e.$d!;
  if ((d.name === undefined || d.name === None) && (d.obj === undefined || d.obj === None)) {
    d.name = name;
    d.obj = o;
  }
}

/** getattr with a default: only AttributeError is swallowed. */
export function getAttrDefault(o: any, name: string, dflt: any): any {
  try {
    const v = getAttrOrMissing(o, name);
    return v === MISSING ? dflt : v;
  } catch (e) {
    if (isAttributeError(e)) return dflt;
    throw e;
  }
}

// ---- setting and deleting ----

export function setAttr(o: any, name: string, v: any): void {
  const t = typeOf(o);
  if (t.flags & TypeFlags.CustomSetAttr) {
    callSpecial3(t.lookup('__setattr__'), o, name, v);
    return;
  }
  objectSetAttr(o, name, v, t);
}

export function objectSetAttr(o: any, name: string, v: any, t: PyType): void {
  if (o instanceof PyType) return typeSetAttr(o, name, v);
  const cv = t.lookup(name);
  if (cv !== MISSING && typeof cv === 'object') {
    if (cv instanceof PyProperty && cv.$cls === propertyType) {
      if (cv.fset === None) throw propertyError(cv, o, 'setter');
      call2(cv.fset, o, v);
      return;
    }
    if (cv instanceof PyGetSet) {
      if (cv.set === undefined) throw attrErr(`attribute '${name}' of '${tpName(t)}' objects is not writable`);
      cv.set(o, v);
      return;
    }
    if (!(cv instanceof PyFunction || cv instanceof PyBuiltin || cv instanceof PyType)) {
      const ct = cv.$cls as PyType;
      if (ct.mro.length > 1) {
        const setter = ct.lookup('__set__');
        if (setter !== MISSING) {
          call3(setter, cv, o, v);
          return;
        }
        if (ct.lookup('__delete__') !== MISSING && ct.lookup('__get__') !== MISSING) throw attrErr('__set__');
      }
    }
  }
  const bag = bagOf(o);
  if (bag === undefined || (t.flags & TypeFlags.Slotted && !t.slotNames!.has(name))) {
    if (cv !== MISSING && bag === undefined) throw attrErr(`'${t.name}' object attribute '${name}' is read-only`);
    throw attributeError(o, name);
  }
  bag[name] = v;
  // Remember that this name is a plain store for instances of t (the generated code's fast path).
  if (bag === o.$d && !(t.flags & (TypeFlags.CustomSetAttr | TypeFlags.Slotted)) && cv === MISSING) ownCache(t, 'ps')[name] = true;
}

/** Hooks run when a dunder is assigned on a class (set by the class machinery). */
export const typeAttrHooks = {
  onDunderChange: (_t: PyType, _name: string) => {},
};

export function typeSetAttr(T: PyType, name: string, v: any): void {
  const meta = T.$cls;
  if (meta !== typeType) {
    const mv = meta.lookup(name);
    if (mv !== MISSING && isDataDescr(mv) && !(mv instanceof PyGetSet && mv.set === undefined)) {
      if (mv instanceof PyGetSet) return mv.set!(T, v);
      if (mv instanceof PyProperty && mv.$cls === propertyType) {
        if (mv.fset === None) throw propertyError(mv, T, 'setter');
        return void call2(mv.fset, T, v);
      }
      return void call3(mv.$cls.lookup('__set__'), mv, T, v);
    }
  }
  const tv = typeType.lookup(name);
  if (tv instanceof PyGetSet) {
    if (tv.set === undefined) throw attrErr(`attribute '${name}' of 'type' objects is not writable`);
    return tv.set(T, v);
  }
  if (!(T.flags & TypeFlags.Heap)) throw typeErr(`cannot set '${name}' attribute of immutable type '${T.name}'`);
  T.dict[name] = v;
  bumpTypeVersion();
  T.invalidate();
  if (name.startsWith('__') && name.endsWith('__')) typeAttrHooks.onDunderChange(T, name);
}

export function delAttr(o: any, name: string): void {
  const t = typeOf(o);
  if (t.flags & TypeFlags.CustomDelAttr) {
    callSpecial2(t.lookup('__delattr__'), o, name);
    return;
  }
  objectDelAttr(o, name, t);
}

export function objectDelAttr(o: any, name: string, t: PyType): void {
  if (o instanceof PyType) {
    // a data descriptor of a custom metaclass (a property...) handles the deletion, as for assignment
    const mv = t !== typeType ? t.lookup(name) : MISSING;
    if (mv !== MISSING && isDataDescr(mv)) return deleteThroughDescr(mv, o, name, t);
    if (!(o.flags & TypeFlags.Heap)) throw typeErr(`cannot delete '${name}' attribute of immutable type '${o.name}'`);
    if (o.dict[name] === undefined) throw attributeError(o, name);
    delete o.dict[name];
    bumpTypeVersion();
    o.invalidate();
    if (name.startsWith('__') && name.endsWith('__')) typeAttrHooks.onDunderChange(o, name);
    return;
  }
  const cv = t.lookup(name);
  if (cv instanceof PyProperty && cv.$cls === propertyType) {
    if (cv.fdel === None) throw propertyError(cv, o, 'deleter');
    call1(cv.fdel, o);
    return;
  }
  if (cv instanceof PyGetSet) {
    if (cv.del !== undefined) return cv.del(o);
    // a getset without a setter is read-only for deletion too (CPython's one setter handles both)
    if (cv.set === undefined) throw attrErr(`attribute '${name}' of '${tpName(t)}' objects is not writable`);
  }
  if (cv !== MISSING && typeof cv === 'object' && !(cv instanceof PyFunction || cv instanceof PyBuiltin)) {
    const ct = cv.$cls as PyType;
    const del = ct.lookup('__delete__');
    if (del !== MISSING) return void call2(del, cv, o);
    if (ct.mro.length > 1 && ct.lookup('__set__') !== MISSING) throw attrErr('__delete__');
  }
  const bag = bagOf(o);
  if (bag === undefined || bag[name] === undefined) throw attributeError(o, name);
  delete bag[name];
}

/** `del o.name` where `cv`, found on o's type `t`, is a data descriptor. */
function deleteThroughDescr(cv: any, o: any, name: string, t: PyType): void {
  if (cv instanceof PyProperty && cv.$cls === propertyType) {
    if (cv.fdel === None) throw propertyError(cv, o, 'deleter');
    return void call1(cv.fdel, o);
  }
  if (cv instanceof PyGetSet) {
    if (cv.del !== undefined) return cv.del(o);
    throw attrErr(`attribute '${name}' of '${tpName(t)}' objects is not writable`);
  }
  const del = (cv.$cls as PyType).lookup('__delete__');
  if (del === MISSING) throw attrErr('__delete__');
  call2(del, cv, o);
}

// ---- method calls without bound-method allocation ----

/** Finds a plain method for `o.name(...)`: returns the function to call with `o` prepended, or undefined. */
function plainMethod(o: any, name: string): any {
  const t = typeOf(o);
  if (t.flags & TypeFlags.CustomGetAttribute) return undefined;
  if (o instanceof PyType) {
    // `Cls.m(...)` for a classmethod m: its function, called with the class prepended (see load-cache.ts)
    const e: LoadEntry | undefined = o.tc[name];
    return e !== undefined && e.k === Load.ClassMethod && e.v.func instanceof PyFunction ? e.v.func : undefined;
  }
  const m = t.lookup(name);
  if (m instanceof PyFunction || (m instanceof PyBuiltin && m.binds)) {
    ownCache(t, 'mc')[name] = m;
    const bag = typeof o === 'object' ? o.$d : undefined;
    if (bag === undefined || bag[name] === undefined) return m;
  }
  return undefined;
}

export function cm0(o: any, name: string): any {
  const m = plainMethod(o, name);
  if (m !== undefined) return m.$ok & 2 ? m.$fn(o) : callSlow(m, [o], null, null);
  if (o instanceof PySuper) {
    const f = superMethod(o, name);
    if (f !== undefined) return f.$ok & 2 ? f.$fn(o.obj) : callSlow(f, [o.obj], null, null);
  }
  return call(getAttr(o, name), []);
}
export function cm1(o: any, name: string, a: any): any {
  const m = plainMethod(o, name);
  if (m !== undefined) return m.$ok & 4 ? m.$fn(o, a) : callSlow(m, [o, a], null, null);
  if (o instanceof PySuper) {
    const f = superMethod(o, name);
    if (f !== undefined) return f.$ok & 4 ? f.$fn(o.obj, a) : callSlow(f, [o.obj, a], null, null);
  }
  return call1(getAttr(o, name), a);
}
export function cm2(o: any, name: string, a: any, b: any): any {
  const m = plainMethod(o, name);
  if (m !== undefined) return m.$ok & 8 ? m.$fn(o, a, b) : callSlow(m, [o, a, b], null, null);
  if (o instanceof PySuper) {
    const f = superMethod(o, name);
    if (f !== undefined) return f.$ok & 8 ? f.$fn(o.obj, a, b) : callSlow(f, [o.obj, a, b], null, null);
  }
  return call2(getAttr(o, name), a, b);
}
export function cmN(o: any, name: string, args: any[], kwn: KwNames, kwv: any[] | null): any {
  let m = plainMethod(o, name);
  let self = o;
  if (m === undefined && o instanceof PySuper) {
    m = superMethod(o, name);
    self = o.obj;
  }
  if (m !== undefined) {
    if (kwn === null && args.length < 30 && m.$ok & (1 << (args.length + 1))) return m.$fn(self, ...args);
    return callSlow(m, [self, ...args], kwn, kwv);
  }
  const f = getAttr(o, name);
  return kwn === null ? call(f, args) : callSlow(f, args, kwn, kwv);
}

const SUPER_OWN = new Set(['__class__', '__thisclass__', '__self__', '__self_class__']);

/**
 * `super().name(...)` where the name resolves (after the class in the instance's MRO) to a Python function:
 * that function, to be called with the instance prepended; what superGetAttr would bind, without the bound
 * method. Undefined for everything else (unbound super, super in a classmethod, other attributes).
 */
function superMethod(s: PySuper, name: string): any {
  const ot = s.objType;
  // (super's own __getattribute__ answers these names itself; a subclass of super may have its own)
  if (ot === undefined || s.obj === ot || s.$cls !== superType || SUPER_OWN.has(name)) return undefined;
  const mro = ot.mro;
  for (let i = mro.indexOf(s.thisType) + 1; i < mro.length; i++) {
    const v = mro[i].dict[name];
    if (v !== undefined) return v instanceof PyFunction ? v : undefined;
  }
  return undefined;
}

// ---- super ----

export function superGetAttr(s: PySuper, name: string): any {
  if (name === '__class__') return s.$cls;
  const startType = s.objType ?? s.thisType;
  const mro = startType.mro;
  let i = mro.indexOf(s.thisType) + 1;
  for (; i < mro.length; i++) {
    const v = mro[i].dict[name];
    if (v === undefined) continue;
    if (s.objType === undefined) return v;
    if (s.obj === s.objType && s.obj instanceof PyType) {
      // super() inside a classmethod: bind like a class attribute lookup.
      if (v instanceof PyClassMethod) return classmethodGet(v.func, s.obj);
      if (v instanceof PyStaticMethod) return v.func;
      if (typeof v === 'object' && !(v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyType)) {
        const ct = v.$cls as PyType;
        if (ct.mro.length > 1 && hasGetter(ct)) return call3(ct.lookup('__get__'), v, None, s.obj);
      }
      return v;
    }
    return bindDescr(v, s.obj, s.objType);
  }
  const v = objectGetAttr(s, name, s.$cls);
  if (v !== MISSING) return v;
  throw attrErr(`'super' object has no attribute '${name}'`);
}

/** Builds super(T, obj) with CPython's checks. */
export function makeSuper(thisType: any, obj: any): PySuper {
  if (!(thisType instanceof PyType)) throw typeErr(`super() argument 1 must be a type, not ${typeOf(thisType).name}`);
  if (obj === undefined) return new PySuper(thisType, undefined, undefined);
  if (obj instanceof PyType && obj.isSubtypeOf(thisType)) return new PySuper(thisType, obj, obj);
  const ot = typeOf(obj);
  if (!ot.isSubtypeOf(thisType)) throw typeErr('super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(thisType, obj, ot);
}

/**
 * Zero-argument super(): `cls` is the __class__ cell's value (undefined while empty), `hasCell` whether the
 * function has such a cell at all, `first` the function's first argument.
 */
export function zeroArgSuper(cls: any, hasCell: boolean, first: any): PySuper {
  if (first === undefined) throw exc(RuntimeError, 'super(): no arguments');
  if (!hasCell) throw exc(RuntimeError, 'super(): __class__ cell not found');
  if (cls === undefined) throw exc(RuntimeError, 'super(): empty __class__ cell');
  if (!(cls instanceof PyType)) throw exc(RuntimeError, `super(): __class__ is not a type (${typeOf(cls).name})`);
  return makeSuper(cls, first);
}

export { objectType };
