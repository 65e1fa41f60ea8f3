// `int | str`: types.UnionType (PEP 604), what `|` builds between classes, None, generic aliases and unions
// (CPython 3.11's Objects/unionobject.c). Other operands (typing's special forms, TypeVars, strings) make
// `type.__or__` return NotImplemented, so their own __ror__ (typing.Union) or a TypeError decides.
import { PyObject, PyType, makeBuiltinType, objectType, TypeFlags, None, NotImplemented, noneType, MISSING } from '../object.js';
import { PyTuple, PyFrozenSet, PyDict } from '../types.js';
import { PyModule } from '../module.js';
import { PyGetSet } from '../function.js';
import { defMethod } from '../natives.js';
import { hash } from '../convert.js';
import { eqB, richCompare, CMP, or as orOp } from '../operators.js';
import { call } from '../call.js';
import { getAttr, objectGetAttr, attributeError } from '../attributes.js';
import { typeErr } from '../exceptions.js';
import { SetStore } from '../hash-store.js';
import { state } from '../state.js';
import { PyGenericAlias, aliasHooks } from './generic-alias.js';
import { makeParameters, substParameters, typeArgRepr, readonlyMember } from './type-params.js';
import { setTpName } from './type-name.js';

export class PyUnionType extends PyObject {
  /** The members as a JS array (isinstance/issubclass read it: runtime/typecheck.ts). */
  readonly args: any[];
  /** __parameters__, computed on first use. */
  params: PyTuple | undefined = undefined;
  /** `argsTuple` is __args__ itself (the same object on every read, as in CPython). */
  constructor(readonly argsTuple: PyTuple) {
    super();
    this.args = argsTuple.a;
  }
}
export const unionTypeType = makeBuiltinType('UnionType', objectType, PyUnionType, TypeFlags.None);
unionTypeType.module = 'types';
setTpName(unionTypeType, 'types.UnionType');

/** What `|` accepts on both sides to build a union (is_unionable). */
function isUnionable(x: any): boolean {
  return x === None || x instanceof PyType || x instanceof PyGenericAlias || x instanceof PyUnionType;
}

/** `a | b` for types.UnionType, type and GenericAlias (_Py_union_type_or). */
export function unionOr(a: any, b: any): any {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const r = makeUnion([a, b]);
  // adding only members it already has gives the left union itself (CPython 3.11 does, `x | int is x`)
  return a instanceof PyUnionType && r instanceof PyUnionType && r.args.length === a.args.length ? a : r;
}

/**
 * Flattens nested unions, turns None into NoneType and drops duplicates (by identity, or equality between
 * generic aliases, so `list[int] | list[int]` is one member); a single member is returned as is.
 */
export function makeUnion(items: readonly any[]): any {
  const flat: any[] = [];
  for (const x of items) {
    if (x instanceof PyUnionType) flat.push(...x.args);
    else flat.push(x === None ? noneType : x);
  }
  const out: any[] = [];
  for (const x of flat) {
    const dup = out.some((y) => y === x || (x instanceof PyGenericAlias && y instanceof PyGenericAlias && eqB(x, y)));
    if (!dup) out.push(x);
  }
  if (out.length === 1) return out[0];
  return new PyUnionType(new PyTuple(out));
}

function frozenArgs(u: PyUnionType): PyFrozenSet {
  const s = new SetStore();
  for (const a of u.args) s.add(a);
  return new PyFrozenSet(s);
}

/** `module.name` through the running module's __import__ (for the reduce value, as copyreg's pickle_union). */
function importedAttr(module: string, name: string): any {
  const b = state.G?.__builtins__;
  const imp = b instanceof PyModule ? b.$d!.__import__ : b instanceof PyDict ? b.s.get('__import__') : undefined;
  if (imp === undefined) throw typeErr("cannot pickle 'types.UnionType' object");
  return getAttr(call(imp, [module]), name);
}

export function installUnionType(): void {
  const u = unionTypeType;
  aliasHooks.or = unionOr;
  // CPython forwards __module__ to the type (typing inspects it); the rest is object.__getattribute__
  defMethod(u, '__getattribute__', (s: PyUnionType, name: any) => {
    if (name === '__module__') return 'types';
    const v = objectGetAttr(s, name, unionTypeType);
    if (v === MISSING) throw attributeError(s, name);
    return v;
  });
  u.flags |= TypeFlags.CustomGetAttribute;
  defMethod(u, '__repr__', (s: PyUnionType) => s.args.map((a) => (a === noneType ? 'None' : typeArgRepr(a))).join(' | '));
  // equal when the sets of members are: order and duplicates don't matter
  defMethod(u, '__eq__', (s: PyUnionType, o: any) => (o instanceof PyUnionType ? richCompare(CMP.eq, frozenArgs(s), frozenArgs(o)) : NotImplemented));
  defMethod(u, '__ne__', (s: PyUnionType, o: any) => (o instanceof PyUnionType ? richCompare(CMP.ne, frozenArgs(s), frozenArgs(o)) : NotImplemented));
  defMethod(u, '__hash__', (s: PyUnionType) => hash(frozenArgs(s)));
  defMethod(u, '__or__', (s: any, o: any) => unionOr(s, o));
  defMethod(u, '__ror__', (s: any, o: any) => unionOr(o, s));
  defMethod(u, '__getitem__', (s: PyUnionType, item: any) => {
    const args = substParameters(s, s.args, unionParams(s).a, item);
    // rebuilt with `|`, so substituted members that are not unionable go through their own __or__
    if (args.length === 0) return makeUnion(args);
    let r = args[0];
    for (let i = 1; i < args.length; i++) r = orOp(r, args[i]);
    return r;
  });
  // CPython's copyreg registers pickle_union: functools.reduce(operator.or_, args) rebuilds the union
  defMethod(u, '__reduce__', (s: PyUnionType) =>
    new PyTuple([importedAttr('functools', 'reduce'), new PyTuple([importedAttr('operator', 'or_'), s.argsTuple])]),
  );
  u.dict.__args__ = readonlyMember('__args__', (s: PyUnionType) => s.argsTuple);
  u.dict.__parameters__ = new PyGetSet('__parameters__', (s: PyUnionType) => unionParams(s));
}

function unionParams(s: PyUnionType): PyTuple {
  return (s.params ??= makeParameters(s.args));
}
