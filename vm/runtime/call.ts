// Calling any Python callable: the fast positional paths the generated code uses, the argument binder for
// everything else, and instance creation through type.__call__ -> __new__ -> __init__.
import { PyObject, PyType, MISSING, None, objectType, typeType, typeVersion, TypeFlags } from './object.js';
import { PyFunction, PyBuiltin, PyBoundMethod, PyStaticMethod, PyClassMethod, Kw } from './function.js';
import { PyTuple, PyDict } from './types.js';
import { typeErr } from './exceptions.js';
import { typeOf } from './typeof.js';
import { DictStore } from './hash-store.js';
import { tpName } from './builtins/type-name.js';

/** Keyword names/values as the generated code passes them. */
export type KwNames = string[] | null;

export function call0(f: any): any {
  if (f.$ok & 1) return f.$fn();
  return callSlow(f, [], null, null);
}
export function call1(f: any, a: any): any {
  if (f.$ok & 2) return f.$fn(a);
  return callSlow(f, [a], null, null);
}
export function call2(f: any, a: any, b: any): any {
  if (f.$ok & 4) return f.$fn(a, b);
  return callSlow(f, [a, b], null, null);
}
export function call3(f: any, a: any, b: any, c: any): any {
  if (f.$ok & 8) return f.$fn(a, b, c);
  return callSlow(f, [a, b, c], null, null);
}
/** Positional call with an argument array. */
export function call(f: any, args: any[]): any {
  if (args.length < 31 && f.$ok & (1 << args.length)) return f.$fn(...args);
  return callSlow(f, args, null, null);
}
/** Call with keyword arguments (names parallel to values). */
export function callKw(f: any, args: any[], kwn: KwNames, kwv: any[] | null): any {
  if (kwn === null || kwn.length === 0) return call(f, args);
  return callSlow(f, args, kwn, kwv);
}

/** Call a callable with a native-style kwargs record. */
export function callWithKw(f: any, args: any[], kw: Kw): any {
  if (kw === null) return call(f, args);
  const names = Object.keys(kw);
  if (names.length === 0) return call(f, args);
  return callSlow(
    f,
    args,
    names,
    names.map((n) => kw[n]),
  );
}

function kwRecord(kwn: KwNames, kwv: any[] | null): Kw {
  if (kwn === null || kwn.length === 0) return null;
  const r: Record<string, any> = Object.create(null);
  for (let i = 0; i < kwn.length; i++) r[kwn[i]] = kwv![i];
  return r;
}

export function callSlow(f: any, args: any[], kwn: KwNames, kwv: any[] | null): any {
  if (f instanceof PyFunction) return f.$fn(...bindArgs(f, args, kwn, kwv));
  if (f instanceof PyBuiltin) return f.gen(args, kwRecord(kwn, kwv));
  if (f instanceof PyBoundMethod) {
    const fn = f.func;
    if (fn instanceof PyFunction && kwn === null && args.length < 30 && fn.$ok & (1 << (args.length + 1))) return fn.$fn(f.self, ...args);
    return callSlow(fn, [f.self, ...args], kwn, kwv);
  }
  if (f instanceof PyType) return callType(f, args, kwn, kwv);
  const t = typeOf(f);
  const c = t.lookup('__call__');
  if (c === MISSING) throw typeErr(`'${tpName(t)}' object is not callable`);
  return callSpecial(c, f, args, kwn, kwv);
}

// ---- special methods ----
//
// CPython calls a special method (`__init__`, `__add__`, `__len__`, `__call__`...) by looking it up on the
// type and binding it through the descriptor protocol, so what the class holds decides how it is called:
// a function or a method descriptor gets the instance prepended, a staticmethod is called as is, a
// classmethod with the class, an object whose type has __get__ with what __get__ returns, and any other
// callable (an instance of a class with __call__, a built-in function, a class) with the arguments alone.

/** Does calling `f` as a special method of an instance mean calling it with the instance first? */
export function takesSelf(f: any): boolean {
  return f instanceof PyFunction || (f instanceof PyBuiltin && f.binds);
}

/** What calling the special method `f` of `self` calls, when `takesSelf(f)` is false. */
export function bindSpecial(f: any, self: any): any {
  if (f instanceof PyStaticMethod) return f.func;
  if (f instanceof PyClassMethod) return classmethodGet(f.func, typeOf(self));
  if (typeof f === 'object' && !(f instanceof PyBuiltin)) {
    const get = typeOf(f).lookup('__get__');
    if (get !== MISSING) return call3(get, f, self, typeOf(self));
  }
  return f;
}

/**
 * classmethod.__get__: the function bound to the class; a wrapped object that is itself a descriptor (a
 * property, another classmethod...) is asked through its own __get__(cls, cls), as CPython 3.9-3.12 do.
 */
export function classmethodGet(f: any, cls: any): any {
  if (typeof f === 'object' && !(f instanceof PyFunction || f instanceof PyBuiltin || f instanceof PyType)) {
    const get = typeOf(f).lookup('__get__');
    if (get !== MISSING) return call3(get, f, cls, cls);
  }
  return new PyBoundMethod(cls, f);
}

/** Calls the special method `f`, found on type(self), with `args` (see above). */
export function callSpecial(f: any, self: any, args: any[], kwn: KwNames, kwv: any[] | null): any {
  if (takesSelf(f)) {
    if (kwn === null && args.length < 30 && f.$ok & (1 << (args.length + 1))) return f.$fn(self, ...args);
    return callSlow(f, [self, ...args], kwn, kwv);
  }
  return callSlow(bindSpecial(f, self), args, kwn, kwv);
}
// The fixed-arity forms keep the direct call of a Python function or method descriptor (what `$ok` allows,
// with self prepended) small enough for V8 to inline into their callers. Only functions, built-ins and
// classes have `$ok`; of those only binding built-ins have `binds === true`.
export function callSpecial1(f: any, self: any): any {
  if (f.$ok & 2 && (f instanceof PyFunction || f.binds === true)) return f.$fn(self);
  return callSpecial1Slow(f, self);
}
export function callSpecial2(f: any, self: any, a: any): any {
  if (f.$ok & 4 && (f instanceof PyFunction || f.binds === true)) return f.$fn(self, a);
  return callSpecial2Slow(f, self, a);
}
export function callSpecial3(f: any, self: any, a: any, b: any): any {
  if (f.$ok & 8 && (f instanceof PyFunction || f.binds === true)) return f.$fn(self, a, b);
  return callSpecial3Slow(f, self, a, b);
}
function callSpecial1Slow(f: any, self: any): any {
  if (takesSelf(f)) return f.$ok & 2 ? f.$fn(self) : callSlow(f, [self], null, null);
  return call0(bindSpecial(f, self));
}
function callSpecial2Slow(f: any, self: any, a: any): any {
  if (takesSelf(f)) return f.$ok & 4 ? f.$fn(self, a) : callSlow(f, [self, a], null, null);
  return call1(bindSpecial(f, self), a);
}
function callSpecial3Slow(f: any, self: any, a: any, b: any): any {
  if (takesSelf(f)) return f.$ok & 8 ? f.$fn(self, a, b) : callSlow(f, [self, a, b], null, null);
  return call2(bindSpecial(f, self), a, b);
}

/** `T.__new__` as type.__call__ reads it: a class attribute lookup (a staticmethod gives its function). */
function classLevelNew(f: any, t: PyType): any {
  if (f instanceof PyStaticMethod) return f.func;
  if (f instanceof PyClassMethod) return classmethodGet(f.func, t);
  if (typeof f === 'object' && !(f instanceof PyFunction || f instanceof PyBuiltin || f instanceof PyType)) {
    const get = typeOf(f).lookup('__get__');
    if (get !== MISSING) return call3(get, f, None, t);
  }
  return f;
}

function qn(f: PyFunction): string {
  return f.qualname;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** Maps a call's arguments onto the JS parameters of `f.$fn`. Missing defaulted positionals stay undefined. */
export function bindArgs(f: PyFunction, args: any[], kwn: KwNames, kwv: any[] | null): any[] {
  const c = f.code;
  const np = c.params.length;
  const out: any[] = new Array(np);
  const nargs = args.length;
  if (nargs > np && c.varargs === null) {
    const nd = f.defaults ? f.defaults.length : 0;
    const took = nd > 0 ? `from ${np - nd} to ${np}` : `${np}`;
    throw typeErr(
      `${qn(f)}() takes ${took} positional argument${np === 1 && nd === 0 ? '' : 's'} but ${nargs} ${nargs === 1 ? 'was' : 'were'} given`,
    );
  }
  const npos = Math.min(nargs, np);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  const varargs = c.varargs !== null ? new PyTuple(nargs > np ? args.slice(np) : []) : undefined;
  const kwonly: any[] = new Array(c.kwonly.length);
  let varkw: PyDict | undefined = c.varkw !== null ? new PyDict(new DictStore()) : undefined;
  if (kwn !== null) {
    let posAsKw: string[] | null = null;
    for (let k = 0; k < kwn.length; k++) {
      const name = kwn[k];
      const v = kwv![k];
      let idx = c.params.indexOf(name);
      if (idx >= 0 && idx < c.posonly) {
        if (varkw !== undefined) {
          varkw.s.set(name, v);
          continue;
        }
        (posAsKw ??= []).push(name);
        continue;
      }
      if (idx >= 0) {
        if (out[idx] !== undefined) throw typeErr(`${qn(f)}() got multiple values for argument '${name}'`);
        out[idx] = v;
        continue;
      }
      idx = c.kwonly.indexOf(name);
      if (idx >= 0) {
        if (kwonly[idx] !== undefined) throw typeErr(`${qn(f)}() got multiple values for argument '${name}'`);
        kwonly[idx] = v;
        continue;
      }
      if (varkw !== undefined) {
        if (varkw.s.has(name)) throw typeErr(`${qn(f)}() got multiple values for keyword argument '${name}'`);
        varkw.s.set(name, v);
        continue;
      }
      throw typeErr(`${qn(f)}() got an unexpected keyword argument '${name}'`);
    }
    if (posAsKw !== null)
      throw typeErr(`${qn(f)}() got some positional-only arguments passed as keyword arguments: '${posAsKw.join(', ')}'`);
  }
  // Required positionals: those without a default must be present.
  const nd = f.defaults ? f.defaults.length : 0;
  const firstDefault = np - nd;
  let missing: string[] | null = null;
  for (let i = 0; i < firstDefault; i++) if (out[i] === undefined) (missing ??= []).push(c.params[i]);
  if (missing !== null)
    throw typeErr(`${qn(f)}() missing ${plural(missing.length, 'required positional argument')}: ${listNames(missing)}`);
  for (let i = firstDefault; i < np; i++) if (out[i] === undefined) out[i] = f.defaults![i - firstDefault];
  let missingKw: string[] | null = null;
  for (let i = 0; i < c.kwonly.length; i++) {
    if (kwonly[i] === undefined) {
      const d = f.kwdefaults?.get(c.kwonly[i]);
      if (d === undefined) (missingKw ??= []).push(c.kwonly[i]);
      else kwonly[i] = d;
    }
  }
  if (missingKw !== null)
    throw typeErr(
      `${qn(f)}() missing ${plural(missingKw.length, 'required keyword-only argument')}: ${listNames(missingKw)}`,
    );
  if (varargs !== undefined) out.push(varargs);
  for (const v of kwonly) out.push(v);
  if (varkw !== undefined) out.push(varkw);
  return out;
}

/** Fills a positional default inside a compiled function (called only when the argument is missing). */
export function dflt(fn: Function, i: number): any {
  const f: PyFunction = (fn as any).$F;
  const d = f.defaults!;
  return d[i - (f.code.params.length - d.length)];
}

// ---- instance creation ----

export const typeHooks = {
  /** Allocates a bare instance of `cls` (set by bootstrap: depends on the built-in base). */
  alloc: (_cls: PyType): PyObject => {
    throw new Error('alloc hook missing');
  },
};

export function callType(t: PyType, args: any[], kwn: KwNames, kwv: any[] | null): any {
  const meta = t.$cls;
  if (meta !== typeType) {
    const mc = meta.lookup('__call__');
    if (mc !== typeType.dict.__call__) return callSpecial(mc, t, args, kwn, kwv);
  }
  if (t === typeType && args.length === 1 && kwn === null) return typeOf(args[0]);
  return typeCallDefault(t, args, kwn, kwv);
}

/**
 * Caches what calling `t` does: its __new__ and __init__, and `ctorPlain` when the call is nothing more than
 * type.__call__ with object.__new__ and a Python __init__ (or none), so that fast-new.ts may allocate and run
 * __init__ directly. Valid while `t.ctorVersion === typeVersion`: any class attribute change bumps
 * typeVersion, and `invalidate()` (flags, __abstractmethods__) resets ctorVersion.
 */
export function ctorRefresh(t: PyType): void {
  const newFn = t.lookup('__new__');
  const initFn = t.lookup('__init__');
  const objInit = objectType.dict.__init__;
  const meta = t.$cls;
  t.ctorNew = newFn;
  t.ctorInit = initFn;
  t.ctorPlain =
    (meta === typeType || meta.lookup('__call__') === typeType.dict.__call__) &&
    newFn === objectType.dict.__new__ &&
    (initFn instanceof PyFunction || initFn === objInit) &&
    !(t.flags & (TypeFlags.Abstract | TypeFlags.CustomGetAttribute)) &&
    t.alloc === undefined;
  t.ctorVersion = typeVersion;
}

/** type.__call__: __new__ then __init__ when the result is an instance of t. */
export function typeCallDefault(t: PyType, args: any[], kwn: KwNames, kwv: any[] | null): any {
  if (t.ctorVersion !== typeVersion) ctorRefresh(t);
  const newFn = t.ctorNew;
  const initFn = t.ctorInit;
  const objNew = objectType.dict.__new__;
  const objInit = objectType.dict.__init__;
  let obj: any;
  if (newFn === objNew) {
    if (initFn === objInit && (args.length > 0 || (kwn !== null && kwn.length > 0))) {
      // a built-in type that cannot be instantiated at all says so first (CPython: tp_new is NULL)
      if (!(t.flags & TypeFlags.Heap)) typeHooks.alloc(t);
      throw typeErr(`${t.name}() takes no arguments`);
    }
    if (t.hasFlag(128 /* abstract, see abc */)) checkAbstract(t);
    obj = typeHooks.alloc(t);
  } else {
    obj = callSlow(classLevelNew(newFn, t), [t, ...args], kwn, kwv);
    if (!(typeOf(obj).isSubtypeOf(t))) return obj;
  }
  if (initFn !== objInit) {
    let r: any;
    if (initFn instanceof PyFunction && kwn === null && args.length < 30 && initFn.$ok & (1 << (args.length + 1))) r = initFn.$fn(obj, ...args);
    else r = callSpecial(initFn, obj, args, kwn, kwv);
    if (r !== None) throw typeErr(`__init__() should return None, not '${typeOf(r).name}'`);
  } else if (newFn === objNew) {
    // nothing to do
  } else if (initFn === objInit) {
    // object.__init__ ignores arguments when __new__ is overridden
  }
  return obj;
}

function checkAbstract(t: PyType): void {
  const abs = t.dict.__abstractmethods__;
  if (abs === undefined) return;
  const names: string[] = [];
  for (const k of (abs as any).s.values()) names.push(k);
  if (names.length === 0) return;
  names.sort();
  throw typeErr(
    `Can't instantiate abstract class ${t.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`,
  );
}

export { PyClassMethod };
