// `list[int]`, `dict[str, int]`...: types.GenericAlias, what built-in classes' __class_getitem__ returns.
// Enough for annotations evaluated at run time: repr, equality, hashing, __origin__/__args__, calling.
import { PyObject, PyType, makeBuiltinType, objectType, TypeFlags, None, NotImplemented } from '../object.js';
import { PyTuple, listType, dictType, tupleType, setType, frozensetType, typeType } from '../types.js';
import { PyGetSet } from '../function.js';
import { defMethod, defMethodKw, nativeKw } from '../natives.js';
import { PyClassMethod } from '../function.js';
import { repr, hash } from '../convert.js';
import { eqB } from '../operators.js';
import { callSlow } from '../call.js';
import { typeErr } from '../exceptions.js';

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: any, readonly args: any[]) {
    super();
  }
}
export const genericAliasType = makeBuiltinType('GenericAlias', objectType, PyGenericAlias, TypeFlags.None);
genericAliasType.module = 'types';

function argRepr(a: any): string {
  if (a instanceof PyType) return a.module === 'builtins' ? a.qualname : `${a.module}.${a.qualname}`;
  if (a === None) return 'None';
  if (a instanceof PyTuple && a.a.length === 0) return '()';
  return repr(a);
}

export function installGenericAlias(): void {
  const g = genericAliasType;
  defMethod(g, '__repr__', (s: PyGenericAlias) => `${argRepr(s.origin)}[${s.args.length ? s.args.map(argRepr).join(', ') : '()'}]`);
  defMethod(g, '__eq__', (s: PyGenericAlias, o: any) => {
    if (!(o instanceof PyGenericAlias)) return NotImplemented;
    return s.origin === o.origin && s.args.length === o.args.length && s.args.every((a, i) => eqB(a, o.args[i]));
  });
  defMethod(g, '__hash__', (s: PyGenericAlias) => Number(hash(s.origin)) ^ Number(hash(new PyTuple(s.args))));
  defMethodKw(g, '__call__', (args, kw) => {
    const names = kw ? Object.keys(kw) : [];
    return callSlow(args[0].origin, args.slice(1), names.length ? names : null, names.length ? names.map((n) => kw![n]) : null);
  });
  defMethod(g, '__instancecheck__', () => {
    throw typeErr('isinstance() argument 2 cannot be a parameterized generic');
  });
  defMethod(g, '__mro_entries__', (s: PyGenericAlias, _bases: any) => new PyTuple([s.origin]));
  g.dict.__origin__ = new PyGetSet('__origin__', (s: PyGenericAlias) => s.origin);
  g.dict.__args__ = new PyGetSet('__args__', (s: PyGenericAlias) => new PyTuple(s.args.slice()));
  g.dict.__parameters__ = new PyGetSet('__parameters__', () => new PyTuple([]));
  for (const t of [listType, dictType, tupleType, setType, frozensetType, typeType]) {
    const b = nativeKw('__class_getitem__', (args) => {
      const [cls, item] = args;
      return new PyGenericAlias(cls, item instanceof PyTuple ? item.a.slice() : [item]);
    });
    t.dict.__class_getitem__ = new PyClassMethod(b);
  }
}
