// The built-in functions that don't need a VM: len, abs, min/max, sum, sorted, round, getattr, ...
import { PyType, MISSING, None, PyFloat, mkFloat, NotImplemented, typeType } from '../../runtime/object.js';
import { PyList, PyDict, PySet, PyFrozenSet, listType, tupleType, dictType, setType, frozensetType, PyBytes, PyByteArray } from '../../runtime/types.js';
import { native, nativeKw, arg, checkKw } from '../../runtime/natives.js';
import { PyBuiltin, PyFunction, PyBoundMethod } from '../../runtime/function.js';
import { typeErr, valueErr, exc, TypeError as TypeErrorT, PyBaseException, AttributeError } from '../../runtime/exceptions.js';
import { typeOf } from '../../runtime/typeof.js';
import { call, call1, callSpecial1, callSpecial2, callSpecial3, callWithKw } from '../../runtime/call.js';
import { getAttr, getAttrDefault, setAttr, delAttr, getAttrOrMissing } from '../../runtime/attributes.js';
import { iter, next, toArray, asArray, CallIter, forEach, stopFor } from '../../runtime/iteration.js';
import { truthy, ltB, eqB, add, lenResult, numericOp, OPS, binop } from '../../runtime/operators.js';
import { repr, hash, index, asciiOf } from '../../runtime/convert.js';
import { isinstance, issubclass } from '../../runtime/typecheck.js';
import { fmtHooks } from '../../runtime/builders.js';
import { objectId, dirList, bagDict } from '../../runtime/builtins/object.js';
import { bagOf } from '../../runtime/attributes.js';
import { intAdd } from '../../runtime/numeric.js';

const SURR = /[\uD800-\uDFFF]/;
export function strLength(s: string): number {
  if (!SURR.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export function len(x: any): number {
  if (typeof x === 'string') return strLength(x);
  if (typeof x === 'object') {
    const t: PyType = x.$cls;
    if (t === listType || t === tupleType) return (x as PyList).a.length;
    if (t === dictType || t === setType || t === frozensetType) return (x as PyDict).s.size;
    const f = t.lookup('__len__');
    if (f !== MISSING) return lenResult(callSpecial1(f, x));
  }
  throw typeErr(`object of type '${typeOf(x).name}' has no len()`);
}

export function abs(x: any): any {
  if (typeof x === 'number') return Number.isInteger(x) ? Math.abs(x) : Math.abs(x);
  if (typeof x === 'bigint') return x < 0n ? -x : x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat && x.$cls === typeOf(1.5)) return new PyFloat(Math.abs(x.v));
  const f = typeOf(x).lookup('__abs__');
  if (f === MISSING) throw typeErr(`bad operand type for abs(): '${typeOf(x).name}'`);
  return callSpecial1(f, x);
}

function minmax(name: 'min' | 'max', args: any[], kw: Record<string, any> | null): any {
  checkKw(name, kw, ['key', 'default']);
  const key = kw?.key ?? None;
  const dflt = kw?.default;
  let items: any[];
  if (args.length === 0) throw typeErr(`${name} expected at least 1 argument, got 0`);
  if (args.length === 1) items = asArray(args[0]);
  else {
    if (dflt !== undefined) throw typeErr(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw valueErr(`${name}() arg is an empty sequence`);
  }
  let best = items[0];
  let bestKey = key === None ? best : call1(key, best);
  for (let i = 1; i < items.length; i++) {
    const v = items[i];
    const k = key === None ? v : call1(key, v);
    if (name === 'min' ? ltB(k, bestKey) : ltB(bestKey, k)) {
      best = v;
      bestKey = k;
    }
  }
  return best;
}

function sum(args: any[], kw: Record<string, any> | null): any {
  checkKw('sum', kw, ['start']);
  if (args.length < 1 || args.length > 2) throw typeErr(`sum() takes at most 2 arguments (${args.length} given)`);
  let acc = args.length > 1 ? args[1] : kw?.start ?? 0;
  if (typeof acc === 'string') throw typeErr("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytes) throw typeErr("sum() can't sum bytes [use b''.join(seq) instead]");
  const it = iter(args[0]);
  // Floats are summed with compensation like CPython (which uses exact partials for float-only runs).
  for (let v = next(it); v !== undefined; v = next(it)) {
    if (typeof acc === 'number' && typeof v === 'number') {
      const r = acc + v;
      if (Number.isInteger(acc) && Number.isInteger(v)) acc = Number.isSafeInteger(r) ? r : intAdd(acc, v);
      else acc = Number.isInteger(r) ? new PyFloat(r) : r;
    } else acc = add(acc, v);
  }
  return acc;
}

function sorted(args: any[], kw: Record<string, any> | null): PyList {
  if (args.length !== 1) throw typeErr(`sorted expected 1 argument, got ${args.length}`);
  const l = new PyList(toArray(args[0]));
  callWithKw(listType.dict.sort, [l], kw);
  return l;
}

function round(args: any[], kw: Record<string, any> | null): any {
  checkKw('round', kw, ['number', 'ndigits']);
  const x = arg(args, kw, 0, 'number');
  const nd = arg(args, kw, 1, 'ndigits');
  if (typeof x === 'number' && Number.isInteger(x) && (nd === undefined || nd === None)) return x;
  const f = typeOf(x).lookup('__round__');
  if (f === MISSING) throw typeErr(`type ${typeOf(x).name} doesn't define __round__ method`);
  return nd === undefined || nd === None ? callSpecial1(f, x) : callSpecial2(f, x, nd);
}

function pow(args: any[], kw: Record<string, any> | null): any {
  checkKw('pow', kw, ['base', 'exp', 'mod']);
  const b = arg(args, kw, 0, 'base');
  const e = arg(args, kw, 1, 'exp');
  const m = arg(args, kw, 2, 'mod');
  if (m === undefined || m === None) return binop(OPS.pow, b, e);
  const f = typeOf(b).lookup('__pow__');
  if (f === MISSING) throw typeErr(`unsupported operand type(s) for ** or pow(): '${typeOf(b).name}', '${typeOf(e).name}', '${typeOf(m).name}'`);
  const r = callSpecial3(f, b, e, m);
  if (r === NotImplemented)
    throw typeErr(`unsupported operand type(s) for ** or pow(): '${typeOf(b).name}', '${typeOf(e).name}', '${typeOf(m).name}'`);
  return r;
}

export function divmod(a: any, b: any): any {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = ta.lookup('__divmod__');
  if (fa !== MISSING) {
    const r = callSpecial2(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  const fb = tb.lookup('__rdivmod__');
  if (fb !== MISSING && tb !== ta) {
    const r = callSpecial2(fb, b, a);
    if (r !== NotImplemented) return r;
  }
  throw typeErr(`unsupported operand type(s) for divmod(): '${ta.name}' and '${tb.name}'`);
}

function getattr(o: any, name: any, dflt?: any): any {
  if (typeof name !== 'string') throw typeErr(`attribute name must be string, not '${typeOf(name).name}'`);
  return dflt === undefined ? getAttr(o, name) : getAttrDefault(o, name, dflt);
}
function hasattr(o: any, name: any): boolean {
  if (typeof name !== 'string') throw typeErr(`attribute name must be string, not '${typeOf(name).name}'`);
  try {
    return getAttrOrMissing(o, name) !== MISSING;
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls.isSubtypeOf(AttributeError)) return false;
    throw e;
  }
}

export function callable(o: any): boolean {
  if (o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyBoundMethod || o instanceof PyType) return true;
  if (typeof o !== 'object') return false;
  return (o.$cls as PyType).lookup('__call__') !== MISSING;
}

function chr(i: any): string {
  const n = index(i);
  if (typeof n === 'bigint' || n < 0 || n > 0x10ffff) throw valueErr('chr() arg not in range(0x110000)');
  return String.fromCodePoint(n);
}
function ord(c: any): number {
  if (typeof c === 'string') {
    const n = strLength(c);
    if (n !== 1) throw typeErr(`ord() expected a character, but string of length ${n} found`);
    return c.codePointAt(0)!;
  }
  if (c instanceof PyBytes || c instanceof PyByteArray) {
    const n = c instanceof PyBytes ? c.b.length : c.n;
    if (n !== 1) throw typeErr(`ord() expected a character, but string of length ${n} found`);
    return c.b[0];
  }
  if (typeof c === 'object' && typeof c.v === 'string') return ord(c.v);
  throw typeErr(`ord() expected string of length 1, but ${typeOf(c).name} found`);
}
function radix(prefix: string, base: number) {
  return (x: any) => {
    const n = index(x);
    const neg = typeof n === 'bigint' ? n < 0n : n < 0;
    const abs = typeof n === 'bigint' ? (neg ? -n : n) : Math.abs(n);
    return `${neg ? '-' : ''}${prefix}${abs.toString(base)}`;
  };
}

function iterBuiltin(o: any, sentinel?: any): any {
  if (sentinel === undefined) return iter(o);
  if (!callable(o)) throw typeErr('iter(v, w): v must be callable');
  return new CallIter(o, sentinel, eqB);
}
function nextBuiltin(it: any, dflt?: any): any {
  if (typeof it !== 'object' || (typeOf(it).lookup('__next__') === MISSING && !(it.$next)))
    throw typeErr(`'${typeOf(it).name}' object is not an iterator`);
  const v = next(it);
  if (v !== undefined) return v;
  if (dflt !== undefined) return dflt;
  throw stopFor(it);
}

function vars(o?: any): any {
  if (o === undefined) throw typeErr('vars() without arguments needs the calling frame');
  const d = getAttrOrMissing(o, '__dict__');
  if (d === MISSING) throw typeErr('vars() argument must have __dict__ attribute');
  return d;
}
function dir(o?: any): any {
  if (o === undefined) throw typeErr('dir() without arguments needs the calling frame');
  const f = typeOf(o).lookup('__dir__');
  if (f !== MISSING && !(o instanceof PyType)) {
    const r = toArray(callSpecial1(f, o));
    r.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return new PyList(r);
  }
  return dirList(o);
}

function anyAll(which: 'any' | 'all') {
  return (x: any) => {
    let result = which === 'all';
    forEach(x, (v) => {
      if (truthy(v) === (which === 'any')) {
        result = which === 'any';
        return true;
      }
      return false;
    });
    return result;
  };
}

/** The VM-independent built-in functions, by name. */
export function builtinFunctions(): Record<string, any> {
  return {
    len: native('len', len),
    abs: native('abs', abs),
    min: nativeKw('min', (a, k) => minmax('min', a, k)),
    max: nativeKw('max', (a, k) => minmax('max', a, k)),
    sum: nativeKw('sum', sum),
    sorted: nativeKw('sorted', sorted),
    round: nativeKw('round', round),
    pow: nativeKw('pow', pow),
    divmod: native('divmod', divmod),
    getattr: native('getattr', getattr, 2, 3),
    setattr: native('setattr', (o: any, n: any, v: any) => {
      if (typeof n !== 'string') throw typeErr(`attribute name must be string, not '${typeOf(n).name}'`);
      setAttr(o, n, v);
      return None;
    }),
    delattr: native('delattr', (o: any, n: any) => {
      if (typeof n !== 'string') throw typeErr(`attribute name must be string, not '${typeOf(n).name}'`);
      delAttr(o, n);
      return None;
    }),
    hasattr: native('hasattr', hasattr),
    isinstance: native('isinstance', isinstance),
    issubclass: native('issubclass', issubclass),
    repr: native('repr', repr),
    ascii: native('ascii', (o: any) => asciiOf(repr(o))),
    hash: native('hash', hash),
    id: native('id', objectId),
    callable: native('callable', callable),
    chr: native('chr', chr),
    ord: native('ord', ord),
    hex: native('hex', radix('0x', 16)),
    oct: native('oct', radix('0o', 8)),
    bin: native('bin', radix('0b', 2)),
    format: native('format', (v: any, spec: any = '') => {
      if (typeof spec !== 'string') throw typeErr(`format() argument 2 must be str, not ${typeOf(spec).name}`);
      return fmtHooks.format(v, spec);
    }, 1, 2),
    iter: native('iter', iterBuiltin, 1, 2),
    next: native('next', nextBuiltin, 1, 2),
    any: native('any', anyAll('any')),
    all: native('all', anyAll('all')),
    vars: native('vars', vars, 0, 1),
    dir: native('dir', dir, 0, 1),
    breakpoint: nativeKw('breakpoint', () => None),
  };
}

export { bagOf, bagDict, PySet, PyFrozenSet, mkFloat, TypeErrorT, exc, numericOp, typeType, call };
