// `list[int]`: the built-in generic classes' __class_getitem__, and `type[int]` without making every class
// subscriptable (`int[str]` is a TypeError, as in CPython).
import { PyType, TypeFlags, None, MISSING, bumpTypeVersion } from '../object.js';
import { listType, dictType, tupleType, setType, frozensetType, typeType } from '../types.js';
import { PyGetSet, PyBoundMethod, PyStaticMethod, PyClassMethod, PyFunction, PyBuiltin } from '../function.js';
import { nativeKw } from '../natives.js';
import { call3, classmethodGet } from '../call.js';
import { typeErr } from '../exceptions.js';
import { typeOf } from '../typeof.js';

/** Builds `cls[item]` (generic-alias.ts passes it in: that file imports this one). */
let makeAlias: (cls: any, item: any) => any;

/** Installs __class_getitem__ on list, dict, tuple, set, frozenset and type; `alias` builds `cls[item]`. */
export function installClassGetItem(alias: (cls: any, item: any) => any): void {
  makeAlias = alias;
  for (const t of [listType, dictType, tupleType, setType, frozensetType]) t.dict.__class_getitem__ = new PyClassMethod(classGetItem());
  installTypeClassGetItem();
}

function classGetItem(): PyBuiltin {
  return nativeKw('__class_getitem__', (args) => makeAlias(args[0], args[1]));
}

/**
 * `type[int]` is an alias (CPython special-cases `type` when subscripting) but `int[str]` is an error. An
 * entry in type's dict is seen through every class (they are its instances), so type's entry is a data
 * descriptor: on `type` itself it is type's __class_getitem__; on any other class it answers what the class's
 * own MRO holds (a classmethod bound to it...) or that nothing does, and it stores
 * assignments in the class as type.__setattr__ would.
 */
function installTypeClassGetItem(): void {
  const own = classGetItem();
  const name = '__class_getitem__';
  const descr: PyGetSet = new PyGetSet(
    name,
    (T: any) => {
      if (T === typeType) return new PyBoundMethod(typeType, own);
      const v = T instanceof PyType ? T.lookup(name) : MISSING;
      // absent: MISSING, which type.__getattribute__ (attributes.ts typeGetAttr) passes on as "no such attribute"
      // (subscription looks the name up through it and must say "not subscriptable")
      if (v === MISSING || v === descr) return MISSING;
      return classAttr(v, T);
    },
    (T: PyType, v: any) => {
      if (!(T.flags & TypeFlags.Heap)) throw typeErr(`cannot set '${name}' attribute of immutable type '${T.name}'`);
      T.dict[name] = v;
      bumpTypeVersion();
      T.invalidate();
    },
  );
  typeType.dict[name] = descr;
}

/** A class attribute read on the class (type.__getattribute__'s binding of the class's own value). */
function classAttr(v: any, T: PyType): any {
  if (v instanceof PyClassMethod) return classmethodGet(v.func, T);
  if (v instanceof PyStaticMethod) return v.func;
  if (typeof v === 'object' && !(v instanceof PyType) && !(v instanceof PyFunction) && !(v instanceof PyBuiltin)) {
    const get = typeOf(v).lookup('__get__');
    if (get !== MISSING) return call3(get, v, None, T);
  }
  return v;
}
