// Direct positional entry points for calling the most used built-in types (`str(x)`, `int(x)`,
// `range(n)`, `list(it)`...): the generated code's call fast path (`f.$ok & bit` then `f.$fn(...)`) then
// skips type.__call__'s generic __new__/__init__ dispatch. Subclasses don't inherit these (own fields).
import { PyType } from '../object.js';
import { strType, intType, floatType, boolType, tupleType, rangeType, listType, PyList } from '../types.js';
import { PyStaticMethod } from '../function.js';
import { str } from '../convert.js';
import { truthy } from '../operators.js';
import { toArray } from '../iteration.js';

function newOf(t: PyType): Function {
  const n = t.dict.__new__;
  const f = n instanceof PyStaticMethod ? n.func : n;
  return f.$fn as Function;
}

function fast(t: PyType, arities: number[], fn: Function): void {
  let ok = 0;
  for (const a of arities) ok |= 1 << a;
  (t as any).$ok = ok;
  (t as any).$fn = fn;
}

export function installFastCtors(): void {
  const strNew = newOf(strType);
  fast(strType, [0, 1], (x?: any) => (x === undefined ? '' : typeof x === 'string' ? x : typeof x === 'number' && Number.isInteger(x) ? String(x) : x !== undefined && typeof x === 'object' && x.b === undefined ? str(x) : strNew(strType, x)));
  const intNew = newOf(intType);
  fast(intType, [0, 1, 2], (x?: any, base?: any) =>
    x === undefined ? 0 : base === undefined && typeof x === 'number' && Number.isInteger(x) ? x : base === undefined ? intNew(intType, x) : intNew(intType, x, base),
  );
  const floatNew = newOf(floatType);
  fast(floatType, [0, 1], (x?: any) => (x === undefined ? floatNew(floatType) : typeof x === 'number' && !Number.isInteger(x) ? x : floatNew(floatType, x)));
  fast(boolType, [0, 1], (x?: any) => (x === undefined ? false : truthy(x)));
  const tupleNew = newOf(tupleType);
  fast(tupleType, [0, 1], (x?: any) => (x === undefined ? tupleNew(tupleType) : tupleNew(tupleType, x)));
  const rangeNew = newOf(rangeType);
  fast(rangeType, [1, 2, 3], (...a: any[]) => rangeNew(rangeType, ...a));
  fast(listType, [0, 1], (x?: any) => new PyList(x === undefined ? [] : toArray(x)));
}
