// Runtime support the generated code calls for building values and managing scopes: containers from
// displays, *args/**kwargs plumbing, function/generator/class objects, with-blocks, names in class bodies.
import { PyType, MISSING, None, newAttrBag, AttrBag, PyObject } from './object.js';
import { PyList, PyTuple, PyDict, PySet, PyComplex, dictType, strType } from './types.js';
import { PyFunction, type CodeInfo } from './function.js';
import { typeErr, exc, NameError, UnboundLocalError, KeyError, attrErr, PyBaseException } from './exceptions.js';
import { typeOf } from './typeof.js';
import { callSlow, call0, callSpecial1, callSpecial3, bindSpecial, takesSelf, KwNames } from './call.js';
import { getAttr } from './attributes.js';
import { iter, next, toArray, asArray, PyIterator, PyGenerator } from './iteration.js';
import { truthy, eqB } from './operators.js';
import { getitem, setitem, delitem } from './items.js';
import { DictStore, SetStore } from './hash-store.js';
import { bagDict, dirList } from './builtins/object.js';
import { repr, str, asciiOf } from './convert.js';
import { chain } from './raise.js';
import { storeUpdate, constSetDisplay, constFrozenset } from './builtins/set-ops.js';
export { constSetDisplay, constFrozenset };
import { isinstance } from './typecheck.js';

// ---- displays ----
export const tuple = (a: any[]) => new PyTuple(a);
export const list = (a: any[]) => new PyList(a);
export const listOf = (a: any[]) => new PyList(a);
export function set(a: any[]): PySet {
  const s = new PySet(new SetStore());
  for (const v of a) s.s.add(v);
  return s;
}
export function dict(pairs: any[]): PyDict {
  const d = new PyDict(new DictStore());
  for (const p of pairs) {
    if (p instanceof DictSpread) {
      for (const [k, v] of p.entries) d.s.set(k, v);
    } else d.s.set(p[0], p[1]);
  }
  return d;
}
class DictSpread {
  constructor(readonly entries: [any, any][]) {}
}
export function dictSpread(m: any): DictSpread {
  return new DictSpread(mappingEntries(m));
}
/** `{a, *b, c}`: plain items are added, starred iterables merged whole (set_update), in order. */
export function setParts(parts: any[]): PySet {
  const s = new PySet(new SetStore());
  for (const p of parts) {
    if (Array.isArray(p)) for (const v of p) s.s.add(v);
    else storeUpdate(s.s, p.value);
  }
  return s;
}
export const newDict = () => new PyDict(new DictStore());
export const newSet = () => new PySet(new SetStore());
export const complex = (re: number, im: number) => new PyComplex(re, im);

/** Items of a mapping for `**m` and `{**m}`. */
export function mappingEntries(m: any): [any, any][] {
  if (m instanceof PyDict && (m.$cls === dictType || typeOf(m).lookup('keys') === dictType.dict.keys)) return [...m.s.entries()];
  const keysF = typeOf(m).lookup('keys');
  if (keysF === MISSING) throw typeErr(`'${typeOf(m).name}' object is not a mapping`);
  return toArray(callSpecial1(keysF, m)).map((k) => [k, getitem(m, k)]);
}

/** `*x` in a call or display: the values as an array. */
export function spread(x: any): any[] {
  if (typeof x === 'object' && !(x instanceof PyIterator) && typeOf(x).lookup('__iter__') === MISSING && typeOf(x).lookup('__getitem__') === MISSING)
    throw typeErr(`Value after * must be an iterable, not ${typeOf(x).name}`);
  return asArray(x);
}

// ---- keyword arguments ----
export class KwPair {
  constructor(readonly name: string, readonly value: any) {}
}
export const kwPair = (n: string, v: any) => new KwPair(n, v);
/** Merges `k=v` pairs and `**mapping`s in call order; duplicate names raise TypeError. */
/** Keyword arguments of a call with `**m`: names, values, and the first duplicated name (reported by callEx). */
export function kwMerge(parts: any[]): [string[], any[], string | null] {
  const names: string[] = [];
  const vals: any[] = [];
  const seen = new Set<string>();
  let dup: string | null = null;
  const add = (k: any, v: any) => {
    if (typeof k !== 'string') throw typeErr('keywords must be strings');
    if (seen.has(k)) {
      dup ??= k;
      return;
    }
    seen.add(k);
    names.push(k);
    vals.push(v);
  };
  for (const p of parts) {
    if (p instanceof KwPair) add(p.name, p.value);
    else {
      if (!(p instanceof PyDict) && typeOf(p).lookup('keys') === MISSING) return [names, vals, `\0${typeOf(p).name}`];
      for (const [k, v] of mappingEntries(p)) add(k, v);
    }
  }
  return [names, vals, dup];
}
/** `*x` in a call: flattened by callEx, which can name the callee in errors. */
export class StarArg {
  constructor(readonly value: any) {}
}
export const star = (x: any) => new StarArg(x);

function calleeName(f: any): string {
  if (f instanceof PyFunction) return `${typeof f.module === 'string' ? f.module + '.' : ''}${f.qualname}()`;
  if (f instanceof PyType) return `${f.name}()`;
  const n = f?.qualname ?? f?.name;
  return typeof n === 'string' ? `${n}()` : `${typeOf(f).name} object`;
}

/** A call with `*args` and/or `**kwargs`: `parts` are arrays of plain arguments and StarArg markers. */
export function callEx(f: any, parts: any[], kw: [string[], any[], (string | null)?] | null): any {
  if (kw !== null && kw[2]) {
    const d = kw[2];
    if (d.startsWith('\0')) throw typeErr(`${calleeName(f)} argument after ** must be a mapping, not ${d.slice(1)}`);
    throw typeErr(`${calleeName(f)} got multiple values for keyword argument '${d}'`);
  }
  let args: any[];
  if (parts.length === 1 && Array.isArray(parts[0])) args = parts[0];
  else {
    args = [];
    for (const p of parts) {
      if (Array.isArray(p)) {
        for (const v of p) args.push(v);
        continue;
      }
      const x = p.value;
      if (typeof x !== 'string' && (typeof x !== 'object' || (!(x instanceof PyIterator) && typeOf(x).lookup('__iter__') === MISSING && typeOf(x).lookup('__getitem__') === MISSING)))
        throw typeErr(`${calleeName(f)} argument after * must be an iterable, not ${typeOf(x).name}`);
      for (const v of asArray(x)) args.push(v);
    }
  }
  if (kw === null || kw[0].length === 0) return callSlow(f, args, null, null);
  return callSlow(f, args, kw[0], kw[1]);
}

// ---- function, generator and code objects ----
export function mkfn(
  code: CodeInfo,
  fn: Function,
  defaults: any[] | null,
  kwdefaults: Map<string, any> | null,
  G: AttrBag,
  annotations: any[] | null,
  doc: string | null,
  closure?: () => any[],
): PyFunction {
  const f = new PyFunction(code, fn, defaults, kwdefaults, G);
  if (closure !== undefined) f.closure = closure;
  if (annotations !== null) {
    const d = new PyDict(new DictStore());
    for (let i = 0; i < annotations.length; i += 2) d.s.set(annotations[i], annotations[i + 1]);
    f.annotations = d;
  }
  if (doc !== null) f.doc = doc;
  return f;
}
export function mkgen(code: CodeInfo, g: Generator): PyGenerator {
  return new PyGenerator(code, g);
}

/** The iterator a `for` loop drives: always a PyIterator, so the loop calls `$next()` directly. */
export function iterLoop(x: any): PyIterator {
  const it = iter(x);
  return it instanceof PyIterator ? it : new UserIter(it);
}
class UserIter extends PyIterator {
  constructor(readonly it: any) {
    super();
  }
  $next(): any {
    return next(this.it);
  }
}

// ---- names ----
export function nameError(name: string): never {
  const e = exc(NameError, `name '${name}' is not defined`);
  e.$d!.name = name;
  throw e;
}
export function unboundLocal(name: string): never {
  throw exc(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}
export function unboundFree(name: string): never {
  throw exc(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}
export function delGlobal(G: AttrBag, name: string): void {
  if (!Object.prototype.hasOwnProperty.call(G, name)) nameError(name);
  delete G[name];
}

// class bodies
export function nsLoad(ns: any, name: string, G: AttrBag, B: AttrBag): any {
  let v: any;
  if (ns instanceof PyDict && ns.$cls === dictType) v = ns.s.get(name);
  else {
    try {
      v = getitem(ns, name);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.$cls.isSubtypeOf(KeyError))) throw e;
    }
  }
  if (v !== undefined) return v;
  v = G[name];
  if (v !== undefined) return v;
  v = B[name];
  if (v !== undefined) return v;
  return nameError(name);
}
export function nsLoadFree(ns: any, name: string, cell: any): any {
  let v: any;
  if (ns instanceof PyDict && ns.$cls === dictType) v = ns.s.get(name);
  else
    try {
      v = getitem(ns, name);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.$cls.isSubtypeOf(KeyError))) throw e;
    }
  if (v !== undefined) return v;
  if (cell === undefined) unboundFree(name);
  return cell;
}
export function nsStore(ns: any, name: string, v: any): void {
  if (ns instanceof PyDict && ns.$cls === dictType) ns.s.set(name, v);
  else setitem(ns, name, v);
}
export function nsDelete(ns: any, name: string, silent = false): void {
  if (ns instanceof PyDict && ns.$cls === dictType) {
    if (ns.s.delete(name) === undefined && !silent) nameError(name);
  } else delitem(ns, name);
}

/**
 * SETUP_ANNOTATIONS: a module or class body that annotates names starts with an `__annotations__` dict in
 * its namespace (kept if already there); `ns` may be any mapping (a metaclass's __prepare__).
 */
export function setupAnnotations(ns: any): void {
  if (ns instanceof PyDict && ns.$cls === dictType) {
    if (ns.s.get('__annotations__') === undefined) ns.s.set('__annotations__', new PyDict(new DictStore()));
    return;
  }
  try {
    getitem(ns, '__annotations__');
  } catch (e) {
    if (!(e instanceof PyBaseException && e.$cls.isSubtypeOf(KeyError))) throw e;
    setitem(ns, '__annotations__', new PyDict(new DictStore()));
  }
}

export const globalsDict = (G: AttrBag) => bagDict(G);
export function localsDict(rec: Record<string, any>): PyDict {
  const d = new PyDict(new DictStore());
  for (const k of Object.keys(rec)) if (rec[k] !== undefined) d.s.set(k, rec[k]);
  return d;
}
export function dirOf(locals: any): PyList {
  if (locals instanceof PyDict) return new PyList([...locals.s.keys()].sort());
  return dirList(locals);
}

// ---- with ----
export interface WithState {
  mgr: any;
  /** __exit__ as found on the type (called with mgr first), or already bound when `bound` */
  exit: any;
  bound: boolean;
  value: any;
  done: boolean;
}
export function withEnter(mgr: any): WithState {
  const t = typeOf(mgr);
  const enter = t.lookup('__enter__');
  if (enter === MISSING) throw typeErr(`'${t.name}' object does not support the context manager protocol`);
  // CPython binds both special methods (through __get__ where needed), __enter__ first, before calling __enter__
  const enterB = takesSelf(enter) ? undefined : bindSpecial(enter, mgr);
  const exitF = t.lookup('__exit__');
  if (exitF === MISSING) throw typeErr(`'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  const bound = !takesSelf(exitF);
  const exit = bound ? bindSpecial(exitF, mgr) : exitF;
  const value = enterB === undefined ? callSpecial1(enter, mgr) : call0(enterB);
  return { mgr, exit, bound, value, done: false };
}
/** Exception path: returns true when __exit__ suppressed the exception. */
export function withExitExc(w: WithState, e: PyBaseException): boolean {
  w.done = true;
  let r: any;
  try {
    const tb = getAttr(e, '__traceback__');
    r = w.bound ? callSlow(w.exit, [typeOf(e), e, tb], null, null) : callSlow(w.exit, [w.mgr, typeOf(e), e, tb], null, null);
  } catch (x) {
    throw chain(x, e);
  }
  return truthy(r);
}
export function withExitOk(w: WithState): void {
  if (w.done) return;
  w.done = true;
  if (w.bound) callSlow(w.exit, [None, None, None], null, null);
  else callSlow(w.exit, [w.mgr, None, None, None], null, null);
}

// ---- f-strings ----
export const fmtHooks = {
  format: (v: any, spec: string): string => str(v),
};
export function fstr(v: any): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  return fmtHooks.format(v, '');
}
export function format(v: any, spec: string): string {
  return fmtHooks.format(v, spec);
}
export const ascii = (v: any) => asciiOf(repr(v));

// ---- match statements ----
const SEQ_EXCLUDED = new Set(['str', 'bytes', 'bytearray']);
export function matchSeq(x: any, min: number, star: boolean): any[] | null {
  const t = typeOf(x);
  if (typeof x === 'string' || x instanceof PyDict) return null;
  if (!(x instanceof PyList || x instanceof PyTuple)) {
    // collections.abc.Sequence registration is approximated by __getitem__ + __len__ on non-str types
    if (SEQ_EXCLUDED.has(t.name) || t.lookup('__len__') === MISSING || t.lookup('__getitem__') === MISSING) return null;
    if (t.lookup('keys') !== MISSING) return null;
  }
  const a = asArray(x);
  if (star ? a.length < min : a.length !== min) return null;
  return a;
}
export function matchIsMapping(x: any): boolean {
  if (x instanceof PyDict) return true;
  const t = typeOf(x);
  return t.lookup('keys') !== MISSING && t.lookup('__getitem__') !== MISSING && typeof x !== 'string';
}
export function matchGet(x: any, k: any): any {
  if (x instanceof PyDict && x.$cls === dictType) return x.s.get(k);
  const getF = typeOf(x).lookup('get');
  if (getF !== MISSING) {
    const sentinel = MATCH_MISSING;
    const v = callSpecial3(getF, x, k, sentinel);
    return v === sentinel ? undefined : v;
  }
  try {
    return getitem(x, k);
  } catch {
    return undefined;
  }
}
const MATCH_MISSING = new PyTuple([]);
export function matchRest(x: any, keys: any[]): PyDict {
  const d = new PyDict(new DictStore());
  for (const [k, v] of mappingEntries(x)) if (!keys.some((q) => eqB(q, k))) d.s.set(k, v);
  return d;
}
export function matchClass(subj: any, cls: any): boolean {
  if (!(cls instanceof PyType)) throw typeErr('called match pattern must be a type');
  return isinstance(subj, cls);
}
const SELF_MATCH = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);
export function matchArgs(cls: PyType, subj: any, n: number): any[] {
  const ma = cls.lookup('__match_args__');
  if (ma === MISSING) {
    if (n === 1 && cls.mro.some((t) => SELF_MATCH.has(t.name) && !(t.flags & 4))) return [SELF];
    throw typeErr(`${cls.name}() accepts 0 positional sub-patterns (${n} given)`);
  }
  const names = asArray(ma);
  if (names.length < n) throw typeErr(`${cls.name}() accepts ${names.length} positional sub-pattern${names.length === 1 ? '' : 's'} (${n} given)`);
  return names;
}
const SELF = Symbol('self');
export function matchAttr(subj: any, name: any, _cls: any): any {
  if (name === SELF) return subj;
  try {
    return getAttr(subj, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls.name === 'AttributeError') return undefined;
    throw e;
  }
}

export { isinstance, strType, newAttrBag, PyObject, attrErr, iter };
export type { KwNames };
