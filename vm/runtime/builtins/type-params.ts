// The type variables of `list[T]` and `list[T] | int`, and their substitution by subscription
// (`list[T][int]` -> list[int]): CPython 3.11's _Py_make_parameters and _Py_subs_parameters, shared by
// types.GenericAlias and types.UnionType. A type variable is any object with __typing_subst__ (typing's
// TypeVar, ParamSpec...); other arguments contribute their own __parameters__ (nested aliases).
import { PyType, MISSING, None } from '../object.js';
import { PyTuple } from '../types.js';
import { getAttrDefault } from '../attributes.js';
import { call1, call2 } from '../call.js';
import { getitem } from '../items.js';
import { repr, str } from '../convert.js';
import { typeErr, attrErr } from '../exceptions.js';
import { PyGetSet } from '../function.js';

/** An attribute or MISSING (only AttributeError is swallowed, as _PyObject_LookupAttr does). */
const probe = (o: any, name: string): any => getAttrDefault(o, name, MISSING);

/** The distinct type variables of `args`, in order of first appearance. */
export function makeParameters(args: readonly any[]): PyTuple {
  const out: any[] = [];
  const add = (x: any) => {
    if (!out.includes(x)) out.push(x);
  };
  for (const t of args) {
    // a class's own __parameters__ (typing.Generic subclasses) is not a parameter of the alias
    if (t instanceof PyType) continue;
    if (probe(t, '__typing_subst__') !== MISSING) add(t);
    else {
      const sub = probe(t, '__parameters__');
      if (sub instanceof PyTuple) for (const x of sub.a) add(x);
    }
  }
  return new PyTuple(out);
}

/** `self[item]`: the new argument list with each parameter of `params` replaced by its item. */
export function substParameters(self: any, args: readonly any[], params: readonly any[], item: any): any[] {
  const np = params.length;
  if (np === 0) throw typeErr(`${repr(self)} is not a generic class`);
  let items = item instanceof PyTuple ? item : new PyTuple([item]);
  for (const p of params) {
    // ParamSpec / TypeVarTuple may regroup the items first
    const prepare = probe(p, '__typing_prepare_subst__');
    if (prepare !== MISSING && prepare !== None) {
      const r = call2(prepare, self, items);
      items = r instanceof PyTuple ? r : new PyTuple([r]);
    }
  }
  const n = items.a.length;
  if (n !== np) throw typeErr(`Too ${n > np ? 'many' : 'few'} arguments for ${repr(self)}; actual ${n}, expected ${np}`);
  return args.map((arg) => {
    if (arg instanceof PyType) return arg;
    const subst = probe(arg, '__typing_subst__');
    if (subst !== MISSING) return call1(subst, items.a[params.indexOf(arg)]);
    return substNested(arg, params, items.a);
  });
}

/** An argument that is itself generic (`dict[str, list[T]]`'s `list[T]`): subscripted with its own parameters. */
function substNested(obj: any, params: readonly any[], items: readonly any[]): any {
  const sub = probe(obj, '__parameters__');
  if (!(sub instanceof PyTuple) || sub.a.length === 0) return obj;
  const subargs = sub.a.map((x) => {
    const i = params.indexOf(x);
    return i >= 0 ? items[i] : x;
  });
  return getitem(obj, new PyTuple(subargs));
}

/**
 * How an argument appears in the repr of an alias or union: `...`, a nested alias by its repr, a class as
 * `module.qualname` (bare for builtins), anything else by its repr (CPython's ga_repr_item/union_repr_item).
 */
export function typeArgRepr(p: any): string {
  if (probe(p, '__origin__') !== MISSING && probe(p, '__args__') !== MISSING) return repr(p);
  const qualname = probe(p, '__qualname__');
  if (qualname === MISSING) return repr(p);
  const module = probe(p, '__module__');
  if (module === MISSING || module === None) return repr(p);
  if (module === 'builtins') return strOf(qualname);
  return `${strOf(module)}.${strOf(qualname)}`;
}

const strOf = (x: any): string => (typeof x === 'string' ? x : str(x));

/** A read-only member (`__args__`, `__origin__`): CPython says "readonly attribute" on assignment and deletion. */
export function readonlyMember(name: string, get: (o: any) => any): PyGetSet {
  const deny = (): never => {
    throw attrErr('readonly attribute');
  };
  return new PyGetSet(name, get, deny, deny);
}
