// isinstance / issubclass with tuples, unions and metaclass __instancecheck__/__subclasscheck__ hooks.
import { PyType, MISSING, typeType } from './object.js';
import { PyTuple } from './types.js';
import { typeErr } from './exceptions.js';
import { typeOf } from './typeof.js';
import { callSpecial2 } from './call.js';
import { truthy } from './operators.js';
import { PyUnionType } from './builtins/type.js';

export function isinstance(o: any, t: any): boolean {
  if (t instanceof PyType) {
    if (typeOf(o).isSubtypeOf(t)) return true;
    const meta = t.$cls;
    if (meta === typeType) return false;
    const f = meta.lookup('__instancecheck__');
    if (f === MISSING || f === typeType.dict.__instancecheck__) return false;
    return truthy(callSpecial2(f, t, o));
  }
  if (t instanceof PyTuple) {
    for (const x of t.a) if (isinstance(o, x)) return true;
    return false;
  }
  if (t instanceof PyUnionType) return t.args.some((x) => isinstance(o, x));
  const f = typeOf(t).lookup('__instancecheck__');
  if (f !== MISSING) return truthy(callSpecial2(f, t, o));
  throw typeErr('isinstance() arg 2 must be a type, a tuple of types, or a union');
}

export function issubclass(c: any, t: any): boolean {
  if (!(c instanceof PyType)) {
    if (t instanceof PyType && t.$cls !== typeType) {
      const f = t.$cls.lookup('__subclasscheck__');
      if (f !== MISSING && f !== typeType.dict.__subclasscheck__) return truthy(callSpecial2(f, t, c));
    }
    throw typeErr('issubclass() arg 1 must be a class');
  }
  if (t instanceof PyType) {
    if (c.isSubtypeOf(t)) return true;
    const meta = t.$cls;
    if (meta === typeType) return false;
    const f = meta.lookup('__subclasscheck__');
    if (f === MISSING || f === typeType.dict.__subclasscheck__) return false;
    return truthy(callSpecial2(f, t, c));
  }
  if (t instanceof PyTuple) {
    for (const x of t.a) if (issubclass(c, x)) return true;
    return false;
  }
  if (t instanceof PyUnionType) return t.args.some((x) => issubclass(c, x));
  const f = typeOf(t).lookup('__subclasscheck__');
  if (f !== MISSING) return truthy(callSpecial2(f, t, c));
  throw typeErr('issubclass() arg 2 must be a class, a tuple of classes, or a union');
}
