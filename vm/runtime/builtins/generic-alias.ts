// `list[int]`, `dict[str, int]`...: types.GenericAlias, what built-in classes' __class_getitem__ returns
// (CPython 3.11's Objects/genericaliasobject.c): repr, equality, hashing, calling, type parameters
// (`list[T][int]`), `|` (unions), pickling, and attribute reads forwarded to the origin class.
import { PyObject, makeBuiltinType, objectType, TypeFlags, None, NotImplemented, MISSING, Ellipsis, normBig, newAttrBag } from '../object.js';
import { PyTuple } from '../types.js';
import { PyGetSet } from '../function.js';
import { defMethod, defMethodKw, defStatic } from '../natives.js';
import { hash } from '../convert.js';
import { eqB } from '../operators.js';
import { callSlow } from '../call.js';
import { typeErr, PyBaseException, AttributeError, TypeError } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { getAttr, setAttr, objectGetAttr, attributeError } from '../attributes.js';
import { makeParameters, substParameters, typeArgRepr, readonlyMember } from './type-params.js';
import { setTpName } from './type-name.js';
import { installClassGetItem } from './class-getitem.js';

export class PyGenericAlias extends PyObject {
  /** __parameters__, computed on first use. */
  params: PyTuple | undefined = undefined;
  readonly args: any[];
  /** `argsTuple` is __args__ itself (the same object on every read, as in CPython). */
  constructor(readonly origin: any, readonly argsTuple: PyTuple) {
    super();
    this.args = argsTuple.a;
  }
}
export const genericAliasType = makeBuiltinType('GenericAlias', objectType, PyGenericAlias, TypeFlags.BaseType);
genericAliasType.module = 'types';
setTpName(genericAliasType, 'types.GenericAlias');

function argRepr(a: any): string {
  return a === Ellipsis ? '...' : typeArgRepr(a);
}

/** The names an alias answers itself; every other attribute read goes to the origin (`list[int].append`). */
const OWN_ATTRS = new Set([
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

function aliasParams(s: PyGenericAlias): PyTuple {
  return (s.params ??= makeParameters(s.args));
}

function newAlias(origin: any, args: any): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? new PyTuple(args.a.slice()) : new PyTuple([args]));
}

/** `a | b` for aliases: union-type.ts's unionOr, set there (it imports this file). */
export const aliasHooks = { or: (_a: any, _b: any): any => NotImplemented };

export function installGenericAlias(): void {
  const g = genericAliasType;
  defStatic(g, '__new__', (cls: any, origin: any, args: any) => {
    const a = newAlias(origin, args);
    if (cls !== genericAliasType) {
      // an instance of a Python subclass (as collections.abc's Callable alias is in CPython)
      a.$cls = cls;
      a.$d = newAttrBag();
    }
    return a;
  }, 3, 3);
  (g.dict.__new__ as any).func.gen = (args: any[], kw: any) => {
    if (kw !== null && Object.keys(kw).length) throw typeErr('GenericAlias() takes no keyword arguments');
    if (args.length !== 3) throw typeErr(`GenericAlias expected 2 arguments, got ${args.length - 1}`);
    return (g.dict.__new__ as any).func.$fn(...args);
  };
  defMethod(g, '__repr__', (s: PyGenericAlias) => `${argRepr(s.origin)}[${s.args.length ? s.args.map(argRepr).join(', ') : '()'}]`);
  defMethod(g, '__eq__', (s: PyGenericAlias, o: any) => {
    if (!(o instanceof PyGenericAlias)) return NotImplemented;
    return eqB(s.origin, o.origin) && s.args.length === o.args.length && s.args.every((a, i) => eqB(a, o.args[i]));
  });
  defMethod(g, '__ne__', (s: PyGenericAlias, o: any) => {
    if (!(o instanceof PyGenericAlias)) return NotImplemented;
    return !(eqB(s.origin, o.origin) && s.args.length === o.args.length && s.args.every((a, i) => eqB(a, o.args[i])));
  });
  defMethod(g, '__hash__', (s: PyGenericAlias) => {
    // hash(origin) ^ hash(args) on the 64-bit values, as CPython
    const h = BigInt.asIntN(64, BigInt(hash(s.origin)) ^ BigInt(hash(new PyTuple(s.args))));
    return normBig(h === -1n ? -2n : h);
  });
  defMethodKw(g, '__call__', (args, kw) => {
    const self = args[0] as PyGenericAlias;
    const names = kw ? Object.keys(kw) : [];
    const obj = callSlow(self.origin, args.slice(1), names.length ? names : null, names.length ? names.map((n) => kw![n]) : null);
    // the instance remembers the alias that made it, where it can (not on built-in instances)
    try {
      setAttr(obj, '__orig_class__', self);
    } catch (e) {
      if (!(e instanceof PyBaseException && (e.$cls.isSubtypeOf(AttributeError) || e.$cls.isSubtypeOf(TypeError)))) throw e;
    }
    return obj;
  });
  defMethod(g, '__getattribute__', (s: PyGenericAlias, name: any) => {
    if (typeof name === 'string' && !OWN_ATTRS.has(name)) return getAttr(s.origin, name);
    const v = objectGetAttr(s, name, typeOf(s));
    if (v === MISSING) throw attributeError(s, name);
    return v;
  });
  g.flags |= TypeFlags.CustomGetAttribute;
  defMethod(g, '__instancecheck__', (_s: any, _o: any) => {
    throw typeErr('isinstance() argument 2 cannot be a parameterized generic');
  });
  defMethod(g, '__subclasscheck__', (_s: any, _c: any) => {
    throw typeErr('issubclass() argument 2 cannot be a parameterized generic');
  });
  defMethod(g, '__mro_entries__', (s: PyGenericAlias, _bases: any) => new PyTuple([s.origin]));
  defMethod(g, '__getitem__', (s: PyGenericAlias, item: any) =>
    new PyGenericAlias(s.origin, new PyTuple(substParameters(s, s.args, aliasParams(s).a, item))),
  );
  defMethod(g, '__or__', (s: any, o: any) => aliasHooks.or(s, o));
  defMethod(g, '__ror__', (s: any, o: any) => aliasHooks.or(o, s));
  defMethod(g, '__reduce__', (s: PyGenericAlias) => new PyTuple([typeOf(s), new PyTuple([s.origin, s.argsTuple])]));
  g.dict.__origin__ = readonlyMember('__origin__', (s: PyGenericAlias) => s.origin);
  g.dict.__args__ = readonlyMember('__args__', (s: PyGenericAlias) => s.argsTuple);
  g.dict.__parameters__ = new PyGetSet('__parameters__', (s: PyGenericAlias) => aliasParams(s));
  // star-unpacking (`*tuple[int]`) is not supported: every alias is a plain one
  g.dict.__unpacked__ = new PyGetSet('__unpacked__', () => false);
  g.dict.__typing_unpacked_tuple_args__ = new PyGetSet('__typing_unpacked_tuple_args__', () => None);
  installClassGetItem((cls, item) => newAlias(cls, item));
}
