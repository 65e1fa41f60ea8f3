// JS objects seen from Python, and Python values handed to JavaScript.
//
// A `PyJsProxy` wraps one live JS object (a sprite, a scene, the Phaser namespace...). Its Python type `JsObject`
// sends attribute access, calls, indexing, iteration and len() to the wrapped object. Values cross the boundary with
// cheap conversions:
//
//   JS -> Python: number -> int/float, string, boolean, null/undefined -> None, bigint -> int, arrays -> list (copy),
//                 Python values stored on JS objects come back unchanged, every other object/function -> JsObject
//                 (one proxy per JS object, so `is` and dict keys work).
//   Python -> JS: int/float/str/bool, None -> null (undefined for call arguments), list/tuple -> array,
//                 dict -> plain object, JsObject -> the wrapped object, callables -> JS functions (cached, so
//                 `emitter.off(name, f)` finds the function `on` got), other Python objects pass through opaquely.
//
// Proxies have no attribute bag (`$d` is undefined), so the generated code's fast paths step aside and every
// attribute access reaches JsObject.__getattribute__ / __setattr__.
import { PyObject, PyType, PyFloat, PyInstance, None, MISSING, TypeFlags, makeBuiltinType, objectType, mkFloat, normBig } from '../vm/runtime/object.js';
import { PyList, PyTuple, PyDict, PySet, PyFrozenSet, PyBoxed, PyBytes } from '../vm/runtime/types.js';
import { PyFunction, PyBuiltin, PyBoundMethod } from '../vm/runtime/function.js';
import { PyBaseException, exc, typeErr, Exception, IndexError } from '../vm/runtime/exceptions.js';
import { defMethod, defMethodKw } from '../vm/runtime/natives.js';
import { objectGetAttr, attributeError } from '../vm/runtime/attributes.js';
import { SeqIter } from '../vm/runtime/iteration.js';
import { str as pyStr } from '../vm/runtime/convert.js';
import { DictStore } from '../vm/runtime/hash-store.js';
import type { Kw } from '../vm/runtime/function.js';
import type { VM } from '../vm/runtime/vm.js';

/** Every call bit set: a proxy of a JS function accepts any positional arity on the fast call paths. */
const ALL_ARITIES = 0x7fffffff;

/** A live JS object (or function) seen from Python. */
export class PyJsProxy extends PyObject {
  /** Fast call mask read by the VM's call paths (all arities for functions, none for other objects). */
  $ok: number;
  constructor(
    /** The wrapped JS value. */
    readonly t: any,
    /** For functions read as a property: the object they were read from (`this` for the call). */
    readonly self: any,
    readonly bridge: Bridge,
  ) {
    super();
    this.$ok = typeof t === 'function' ? ALL_ARITIES : 0;
  }

  /** Positional call (the VM's fast path calls `f.$fn(...)`). */
  $fn(...args: any[]): any {
    return this.bridge.callJs(this, args, null);
  }
}

/** The `JsObject` type. Built once; its methods reach the proxy's bridge through `self.bridge`. */
export const jsObjectType: PyType = makeBuiltinType(
  'JsObject',
  objectType,
  PyJsProxy,
  TypeFlags.CustomGetAttribute | TypeFlags.CustomSetAttr | TypeFlags.CustomDelAttr,
);
jsObjectType.module = 'phaser';

/** `phaser.JsError`: a JavaScript exception raised while Python called into JS. */
export const jsErrorType: PyType = makeBuiltinType('JsError', Exception, PyBaseException, TypeFlags.BaseType | TypeFlags.HasDict);
jsErrorType.module = 'phaser';

const camelCache = new Map<string, string>();
/** `set_position` -> `setPosition` (snake_case aliases of JS names). */
export function snakeToCamel(name: string): string {
  let c = camelCache.get(name);
  if (c === undefined) {
    c = name.replace(/_+([a-zA-Z0-9])/g, (_m, ch: string) => ch.toUpperCase());
    camelCache.set(name, c);
  }
  return c;
}

function isDunder(name: string): boolean {
  return name.length > 4 && name.charCodeAt(0) === 95 && name.charCodeAt(1) === 95 && name.endsWith('__');
}

const ctorCache = new WeakMap<Function, boolean>();
/** Whether calling `fn` from Python means `new fn(...)`: ES classes and functions with methods on their prototype. */
export function isConstructor(fn: Function): boolean {
  let v = ctorCache.get(fn);
  if (v === undefined) {
    v = false;
    const proto = (fn as { prototype?: unknown }).prototype;
    if (proto && typeof proto === 'object') {
      if (/^class[\s{]/.test(Function.prototype.toString.call(fn))) v = true;
      else v = Object.getOwnPropertyNames(proto).some((k) => k !== 'constructor');
    }
    ctorCache.set(fn, v);
  }
  return v;
}

function isPlainObject(v: object): boolean {
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

let nextJsId = 1;
const jsIds = new WeakMap<object, number>();
function jsIdentity(o: object): number {
  let id = jsIds.get(o);
  if (id === undefined) {
    id = nextJsId++;
    jsIds.set(o, id);
  }
  return id;
}

/** How many positional arguments a Python callable takes at most (JS events pass extra ones). */
export function maxPositional(f: any): number {
  if (f instanceof PyFunction) return f.code.varargs !== null ? Infinity : f.code.params.length;
  if (f instanceof PyBoundMethod && f.func instanceof PyFunction) {
    const c = f.func.code;
    return c.varargs !== null ? Infinity : Math.max(0, c.params.length - 1);
  }
  return Infinity;
}

export interface BridgeOptions {
  /** Called when a Python callback run by JS (an event handler, a tween callback) raises. Default: console.error. */
  onCallbackError?: (error: unknown, where: string) => void;
}

/**
 * One VM's view of the JS world: conversions both ways, the proxy cache, the callback wrappers. Everything in a
 * proxy goes through its bridge, so several VMs (or tests) can each have their own.
 */
export class Bridge {
  private readonly proxies = new WeakMap<object, PyJsProxy>();
  private readonly callbacks = new WeakMap<object, Function>();
  private readonly boundCallbacks = new WeakMap<object, WeakMap<object, Function>>();
  onCallbackError: (error: unknown, where: string) => void;

  constructor(
    readonly vm: VM,
    options: BridgeOptions = {},
  ) {
    installJsObjectType();
    this.onCallbackError =
      options.onCallbackError ??
      ((e, where) => {
        console.error(`[python] error in ${where}:\n${this.vm.formatException(e)}`);
      });
  }

  /** The proxy of a JS object (the same proxy each time). */
  proxy(o: object): PyJsProxy {
    let p = this.proxies.get(o);
    if (p === undefined) {
      p = new PyJsProxy(o, undefined, this);
      this.proxies.set(o, p);
    }
    return p;
  }

  // ---- JS -> Python ----

  /** Converts a JS value for Python (see the table at the top of this file). */
  toPy(v: any): any {
    switch (typeof v) {
      case 'number':
        if (Number.isInteger(v)) return Number.isSafeInteger(v) ? (v === 0 ? 0 : v) : mkFloat(v);
        return v;
      case 'string':
      case 'boolean':
        return v;
      case 'undefined':
        return None;
      case 'bigint':
        return normBig(v);
      case 'function':
        return this.proxy(v);
      case 'symbol':
        return String(v);
    }
    if (v === null) return None;
    if (v instanceof PyObject) return v;
    if (Array.isArray(v)) {
      const n = v.length;
      const out = new Array(n);
      for (let i = 0; i < n; i++) out[i] = this.toPy(v[i]);
      return new PyList(out);
    }
    return this.proxy(v);
  }

  /** A JS property value read from `owner`: functions keep `owner` as their `this`. */
  memberToPy(owner: any, v: any): any {
    if (typeof v === 'function') return new PyJsProxy(v, owner, this);
    return this.toPy(v);
  }

  /** Deep conversion: also turns plain JS objects into dicts (phaser.to_py). */
  toPyDeep(v: any, depth = 0): any {
    if (depth > 64) throw typeErr('to_py(): the object is nested too deeply (or contains a cycle)');
    if (v instanceof PyJsProxy) v = v.t;
    if (v !== null && typeof v === 'object' && !(v instanceof PyObject)) {
      if (Array.isArray(v)) return new PyList(v.map((x) => this.toPyDeep(x, depth + 1)));
      if (v instanceof Map) {
        const d = new PyDict(new DictStore());
        for (const [k, x] of v) d.s.set(this.toPyDeep(k, depth + 1), this.toPyDeep(x, depth + 1));
        return d;
      }
      if (isPlainObject(v)) {
        const d = new PyDict(new DictStore());
        for (const k of Object.keys(v)) d.s.set(k, this.toPyDeep(v[k], depth + 1));
        return d;
      }
    }
    return this.toPy(v);
  }

  // ---- Python -> JS ----

  /** Converts a Python value for JS (see the table at the top of this file). None becomes null. */
  toJs(v: any): any {
    switch (typeof v) {
      case 'number':
      case 'string':
      case 'boolean':
        return v;
      case 'bigint':
        return Number(v);
      case 'undefined':
        return undefined;
    }
    if (v === None) return null;
    if (v instanceof PyJsProxy) return v.self !== undefined && typeof v.t === 'function' ? v.t.bind(v.self) : v.t;
    if (v instanceof PyFloat) return v.v;
    if (v instanceof PyList || v instanceof PyTuple) {
      const a = v.a;
      const n = a.length;
      const out = new Array(n);
      for (let i = 0; i < n; i++) out[i] = this.toJs(a[i]);
      return out;
    }
    if (v instanceof PyDict) {
      const o: Record<string, unknown> = {};
      for (const [k, x] of v.s.entries()) o[typeof k === 'string' ? k : pyStr(k)] = this.toJs(x);
      return o;
    }
    if (v instanceof PyBoxed) return this.toJs(v.v);
    if (v instanceof PySet || v instanceof PyFrozenSet) return [...v.s.values()].map((x) => this.toJs(x));
    if (v instanceof PyBytes) return v.b;
    if (isPyCallable(v)) return this.callback(v);
    return v; // opaque: comes back unchanged through toPy
  }

  /** Call arguments: like toJs, but None becomes undefined (Phaser's "use the default"). */
  argToJs(v: any): any {
    return v === None ? undefined : this.toJs(v);
  }

  /** A JS function that calls the Python callable `f` (the same function for the same callable). */
  callback(f: any): Function {
    let cache: WeakMap<object, Function> | undefined;
    let key: object = f;
    if (f instanceof PyBoundMethod && typeof f.self === 'object' && f.self !== null) {
      cache = this.boundCallbacks.get(f.self);
      if (cache === undefined) {
        cache = new WeakMap();
        this.boundCallbacks.set(f.self, cache);
      }
      key = f.func;
    } else cache = this.callbacks;
    let fn = cache.get(key);
    if (fn === undefined) {
      fn = this.makeCallback(f);
      cache.set(key, fn);
    }
    return fn;
  }

  private makeCallback(f: any): Function {
    const bridge = this;
    const max = maxPositional(f);
    const where = describeCallable(f);
    const fn = function (this: unknown, ...args: unknown[]) {
      const n = Math.min(args.length, max);
      const py = new Array(n);
      for (let i = 0; i < n; i++) py[i] = bridge.toPy(args[i]);
      try {
        return bridge.toJs(bridge.vm.call(f, ...py));
      } catch (e) {
        bridge.onCallbackError(e, where);
        return undefined;
      }
    };
    Object.defineProperty(fn, 'name', { value: where });
    (fn as any).__python__ = f;
    return fn;
  }

  // ---- calls ----

  /** Calls a proxied JS function with Python arguments; keyword arguments become a trailing options object. */
  callJs(p: PyJsProxy, args: any[], kw: Kw): any {
    const fn = p.t;
    if (typeof fn !== 'function') throw typeErr(`'JsObject' object is not callable (${describeJs(fn)})`);
    const n = args.length;
    const js = new Array(n);
    for (let i = 0; i < n; i++) js[i] = this.argToJs(args[i]);
    if (kw !== null) {
      const o: Record<string, unknown> = {};
      let any = false;
      for (const k in kw) {
        o[k] = this.toJs(kw[k]);
        any = true;
      }
      if (any) js.push(o);
    }
    let r: any;
    try {
      r = isConstructor(fn) ? Reflect.construct(fn, js) : fn.apply(p.self, js);
    } catch (e) {
      throw this.jsError(e);
    }
    return this.toPy(r);
  }

  /** Wraps a JS exception as phaser.JsError (Python exceptions thrown through JS pass unchanged). */
  jsError(e: unknown): PyBaseException {
    if (e instanceof PyBaseException) return e;
    const msg = e instanceof Error ? `${e.name}: ${e.message}` : `JavaScript threw ${String(e)}`;
    const x = exc(jsErrorType, msg);
    x.$d!.js = e instanceof Object ? this.proxy(e) : this.toPy(e);
    return x;
  }
}

/** Whether a Python value is callable (functions, methods, classes, objects with __call__). */
export function isPyCallable(v: any): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod || v instanceof PyType) return true;
  if (v instanceof PyJsProxy) return typeof v.t === 'function';
  if (v instanceof PyInstance) return (v.$cls as PyType).lookup('__call__') !== MISSING;
  return false;
}

function describeCallable(f: any): string {
  if (f instanceof PyFunction) return f.qualname;
  if (f instanceof PyBoundMethod && (f.func instanceof PyFunction || f.func instanceof PyBuiltin)) return f.func.qualname;
  if (f instanceof PyBuiltin) return f.qualname;
  if (f instanceof PyType) return f.qualname;
  return 'a Python callback';
}

function describeJs(v: any): string {
  if (typeof v === 'function') return `function ${v.name || '(anonymous)'}`;
  if (v === null || typeof v !== 'object') return String(v);
  const type = typeof v.type === 'string' ? v.type : undefined;
  const ctor = v.constructor && v.constructor !== Object ? v.constructor.name : undefined;
  return type ?? ctor ?? 'Object';
}

// ---- the JsObject type ----

function getattr(self: PyJsProxy, name: string): any {
  const t = self.t;
  let v: any;
  try {
    v = t[name];
  } catch (e) {
    throw self.bridge.jsError(e); // a throwing getter
  }
  if (v === undefined) {
    if (isDunder(name)) {
      const r = objectGetAttr(self, name, jsObjectType);
      if (r !== MISSING) return r;
    }
    if (!(name in t)) {
      const alt = snakeToCamel(name);
      if (alt === name || !(alt in t)) throw attributeError(self, name);
      v = t[alt];
    }
  }
  if (typeof v === 'function') return new PyJsProxy(v, t, self.bridge);
  return self.bridge.toPy(v);
}

function setattr(self: PyJsProxy, name: string, value: any): void {
  const t = self.t;
  let key = name;
  if (!(name in t)) {
    const alt = snakeToCamel(name);
    if (alt !== name && alt in t) key = alt;
  }
  try {
    t[key] = self.bridge.toJs(value);
  } catch (e) {
    throw self.bridge.jsError(e);
  }
}

function jsKey(self: PyJsProxy, key: any): string | number {
  if (typeof key === 'number') {
    const len = self.t.length;
    if (key < 0 && typeof len === 'number') return len + key;
    return key;
  }
  if (typeof key === 'string') return key;
  if (typeof key === 'boolean') return key ? 1 : 0;
  if (key instanceof PyFloat) return key.v;
  if (key instanceof PyBoxed) return jsKey(self, key.v);
  throw typeErr(`JsObject indices must be int or str, not ${(key?.$cls as PyType | undefined)?.name ?? typeof key}`);
}

function jsValues(self: PyJsProxy): any[] {
  const t = self.t;
  const b = self.bridge;
  if (Array.isArray(t) || ArrayBuffer.isView(t)) return Array.from(t as ArrayLike<unknown>, (x) => b.toPy(x));
  if (typeof t[Symbol.iterator] === 'function') return Array.from(t as Iterable<unknown>, (x) => b.toPy(x));
  if (typeof t.length === 'number') return Array.from({ length: t.length }, (_x, i) => b.toPy(t[i]));
  if (typeof t === 'object') return Object.keys(t);
  throw typeErr(`'JsObject' object is not iterable (${describeJs(t)})`);
}

let typeInstalled = false;
function installJsObjectType(): void {
  if (typeInstalled) return;
  typeInstalled = true;
  const T = jsObjectType;
  defMethod(T, '__getattribute__', getattr);
  defMethod(T, '__setattr__', (self: PyJsProxy, name: any, value: any) => {
    if (typeof name !== 'string') throw typeErr(`attribute name must be string, not '${(name?.$cls as PyType | undefined)?.name ?? typeof name}'`);
    setattr(self, name, value);
    return None;
  });
  defMethod(T, '__delattr__', (self: PyJsProxy, name: string) => {
    if (!(name in self.t)) throw attributeError(self, name);
    delete self.t[name];
    return None;
  });
  defMethodKw(T, '__call__', (args, kw) => {
    const self = args[0] as PyJsProxy;
    return self.bridge.callJs(self, args.slice(1), kw);
  });
  defMethod(T, '__getitem__', (self: PyJsProxy, key: any) => {
    const k = jsKey(self, key);
    const t = self.t;
    if (t instanceof Map) return self.bridge.toPy(t.get(self.bridge.toJs(key)));
    if (typeof k === 'number' && typeof t.length === 'number' && (k < 0 || k >= t.length)) {
      throw exc(IndexError, 'JsObject index out of range');
    }
    return self.bridge.memberToPy(t, t[k]);
  });
  defMethod(T, '__setitem__', (self: PyJsProxy, key: any, value: any) => {
    const t = self.t;
    if (t instanceof Map) t.set(self.bridge.toJs(key), self.bridge.toJs(value));
    else t[jsKey(self, key)] = self.bridge.toJs(value);
    return None;
  });
  defMethod(T, '__delitem__', (self: PyJsProxy, key: any) => {
    const t = self.t;
    if (t instanceof Map) t.delete(self.bridge.toJs(key));
    else delete t[jsKey(self, key)];
    return None;
  });
  defMethod(T, '__len__', (self: PyJsProxy) => {
    const t = self.t;
    if (typeof t.length === 'number') return t.length;
    if (typeof t.size === 'number') return t.size;
    throw typeErr(`object of type 'JsObject' has no len() (${describeJs(t)})`);
  });
  defMethod(T, '__bool__', (self: PyJsProxy) => {
    const t = self.t;
    return Array.isArray(t) ? t.length > 0 : true;
  });
  defMethod(T, '__iter__', (self: PyJsProxy) => new SeqIter(jsValues(self)));
  defMethod(T, '__contains__', (self: PyJsProxy, x: any) => {
    const t = self.t;
    const v = self.bridge.toJs(x);
    if (Array.isArray(t)) return t.includes(v);
    if (t instanceof Map || t instanceof Set) return t.has(v);
    return (typeof v === 'string' || typeof v === 'number') && v in t;
  });
  defMethod(T, '__eq__', (self: PyJsProxy, other: any) => other instanceof PyJsProxy && other.t === self.t && other.self === self.self);
  defMethod(T, '__ne__', (self: PyJsProxy, other: any) => !(other instanceof PyJsProxy && other.t === self.t && other.self === self.self));
  defMethod(T, '__hash__', (self: PyJsProxy) => jsIdentity(self.t));
  defMethod(T, '__repr__', (self: PyJsProxy) => {
    const t = self.t;
    if (typeof t === 'function') return `<JsObject function ${t.name || '(anonymous)'}>`;
    return `<JsObject ${describeJs(t)}>`;
  });
  defMethod(T, '__str__', (self: PyJsProxy) => {
    const t = self.t;
    if (typeof t === 'function' || t === null || typeof t !== 'object') return `<JsObject ${describeJs(t)}>`;
    if (typeof t.toString === 'function' && t.toString !== Object.prototype.toString) {
      try {
        return String(t.toString());
      } catch {
        // fall through
      }
    }
    return `<JsObject ${describeJs(t)}>`;
  });
  defMethod(T, '__dir__', (self: PyJsProxy) => {
    const names = new Set<string>();
    for (let o = self.t; o && o !== Object.prototype && o !== Function.prototype; o = Object.getPrototypeOf(o)) {
      for (const k of Object.getOwnPropertyNames(o)) if (k !== 'constructor') names.add(k);
    }
    return new PyList([...names].sort());
  });
}
