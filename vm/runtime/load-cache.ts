// Per-class caches of how an attribute load resolves when the generated code's bag read misses: a class
// constant, a property, a method reference on an instance (`PyType.lc`), or a class attribute read on the
// class itself (`PyType.tc`, e.g. `Vec.ZERO` or `Vec.from_polar(...)`). Without them each such load walks
// the MRO and runs the descriptor checks of object.__getattribute__ / type.__getattribute__.
//
// An entry says which of a few fixed behaviours applies; anything else is recorded as General (take the
// general path, don't examine the class again). Entries are only recorded where the behaviour cannot change
// without the class being invalidated (PyType.invalidate() empties both caches when the class, a base or its
// flags change):
// - instance loads only for classes without __getattribute__/__getattr__ hooks;
// - class loads only for classes whose metaclass is `type` itself (type's own attributes never change);
// - values only of built-in types, whose behaviour as class attributes is fixed (a user-defined descriptor
//   class could gain __get__ later without invalidating the classes that hold its instances).
import { PyType, MISSING, TypeFlags, typeType, ownCache } from './object.js';
import {
  PyFunction,
  PyBuiltin,
  PyBoundMethod,
  PyStaticMethod,
  PyClassMethod,
  PyProperty,
  PyGetSet,
  propertyType,
  staticmethodType,
  classmethodType,
} from './function.js';

export const enum Load {
  /** Instance: the bag's value if present, else `v`. Class: `v`. */
  Plain,
  /** Instance load of an exact `property`: its getter, whatever the bag holds (a data descriptor wins). */
  Property,
  /** Instance load of a Python function: a bound method, unless the bag has the name. */
  Method,
  /** Class load of an exact staticmethod: the function inside. */
  Static,
  /** Class load of an exact classmethod: the function bound to the class. */
  ClassMethod,
  /** Anything else: the general path. */
  General,
}

/** (attributes.ts getAttr reads instance entries inline: it is the hot path of every attribute load.) */
export interface LoadEntry {
  readonly k: Load;
  readonly v: any;
}

/** `T.name` for a class T from its own entry; undefined means "take the general path". */
export function loadClassAttr(e: LoadEntry, T: PyType): any {
  switch (e.k) {
    case Load.Plain:
      return e.v;
    case Load.Static:
      return e.v.func;
    case Load.ClassMethod:
      return new PyBoundMethod(T, e.v.func);
  }
  return undefined;
}

/** After a general load of `o.name` succeeded: records how it resolves, if o's class allows it. */
export function recordLoad(o: any, name: string): void {
  if (o instanceof PyType) recordClassLoad(o, name);
  else recordInstanceLoad(o.$cls, name);
}

function recordInstanceLoad(t: PyType, name: string): void {
  if (t.flags & (TypeFlags.CustomGetAttribute | TypeFlags.HasGetAttr)) return;
  const cv = t.lookup(name);
  if (cv === MISSING) return; // an instance attribute: the generated code reads those from the bag
  let k: Load;
  if (cv instanceof PyFunction) k = Load.Method;
  else if (cv instanceof PyProperty && cv.$cls === propertyType) k = Load.Property;
  else if (isPlainClassValue(cv)) k = Load.Plain;
  else k = Load.General;
  ownCache(t, 'lc')[name] = { k, v: cv } satisfies LoadEntry;
}

function recordClassLoad(T: PyType, name: string): void {
  if (T.$cls !== typeType) return;
  const mv = typeType.lookup(name);
  const v = T.lookup(name);
  let k: Load;
  // type's data descriptors (__name__, __dict__...) come first; type's other attributes (mro...) only when
  // the class has no such name: both cases stay general
  if (mv instanceof PyGetSet || mv instanceof PyProperty || v === MISSING) k = Load.General;
  else if (v instanceof PyStaticMethod) k = v.$cls === staticmethodType ? Load.Static : Load.General;
  // (a classmethod around a descriptor binds through that descriptor: the general path)
  else if (v instanceof PyClassMethod) k = v.$cls === classmethodType && (v.func instanceof PyFunction || v.func instanceof PyBuiltin) ? Load.ClassMethod : Load.General;
  // (an exact property read on its class is itself; a subclass's __get__ decides)
  else if (v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyGetSet || (v instanceof PyProperty && v.$cls === propertyType)) k = Load.Plain;
  else k = isPlainClassValue(v) ? Load.Plain : Load.General;
  ownCache(T, 'tc')[name] = { k, v } satisfies LoadEntry;
}

/** A value that is returned as is when read through an instance or its class, for as long as it stays there. */
function isPlainClassValue(cv: any): boolean {
  if (typeof cv !== 'object' || cv instanceof PyType) return true;
  if (cv instanceof PyFunction || cv instanceof PyBuiltin || cv instanceof PyStaticMethod || cv instanceof PyClassMethod) return false;
  if (cv instanceof PyGetSet || cv instanceof PyProperty) return false;
  // a built-in type's behaviour is fixed, so an instance without __get__ stays a plain value
  const ct = cv.$cls as PyType;
  return !(ct.flags & TypeFlags.Heap) && ct.lookup('__get__') === MISSING;
}
