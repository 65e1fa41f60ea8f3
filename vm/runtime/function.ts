// Callable objects: Python functions (compiled code), native builtins, bound methods, and the
// staticmethod/classmethod/property descriptors.
import { PyObject, PyType, makeBuiltinType, objectType, TypeFlags, None, newAttrBag, AttrBag } from './object.js';

/** Static facts about a compiled code object, produced by the code generator. */
export interface CodeInfo {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  /** Positional parameter names (positional-only first). */
  params: string[];
  posonly: number;
  kwonly: string[];
  varargs: string | null;
  varkw: string | null;
  generator: boolean;
  /** Every local variable name, for co_varnames. */
  varnames: string[];
  /** Names read from enclosing functions (sorted), for co_freevars / __closure__. */
  freevars?: string[];
}

/** Keyword arguments as passed to natives: a null-prototype record, or null when there are none. */
export type Kw = Record<string, any> | null;

export class PyFunction extends PyObject {
  /** The compiled JS function; parameters are the Python parameters in order. */
  $fn: Function;
  /** Bit n set: a positional call with n arguments may call $fn directly. */
  $ok = 0;
  name: string;
  qualname: string;
  module: any;
  doc: any = None;
  defaults: any[] | null;
  kwdefaults: Map<string, any> | null;
  annotations: any = undefined;
  /** Reads the current values of the free variables (code.freevars order), for __closure__. */
  closure: (() => any[]) | undefined = undefined;
  constructor(
    readonly code: CodeInfo,
    fn: Function,
    defaults: any[] | null,
    kwdefaults: Map<string, any> | null,
    readonly globals: AttrBag,
  ) {
    super();
    this.$fn = fn;
    (fn as any).$F = this;
    this.$d = newAttrBag();
    this.name = code.name;
    this.qualname = code.qualname;
    this.module = globals.__name__ ?? None;
    this.defaults = defaults;
    this.kwdefaults = kwdefaults;
    this.computeOk();
  }

  /** Recomputes the fast-call mask (after __defaults__ changes). */
  computeOk(): void {
    const c = this.code;
    this.$ok = 0;
    if (c.varargs !== null || c.varkw !== null || c.kwonly.length > 0 || c.params.length > 30) return;
    const n = c.params.length;
    const min = n - (this.defaults ? this.defaults.length : 0);
    for (let i = Math.max(0, min); i <= n; i++) this.$ok |= 1 << i;
  }
}

/** A function implemented in TypeScript. */
export class PyBuiltin extends PyObject {
  /** Positional entry (self first for methods); undefined if the native only has a general entry. */
  $fn: Function;
  $ok: number;
  /** General entry taking positional args and keyword args. */
  gen: (args: any[], kw: Kw) => any;
  /** A method descriptor: accessed through an instance it binds that instance. */
  binds: boolean;
  qualname: string;
  selfType: PyType | undefined = undefined;
  doc: any = None;
  constructor(readonly name: string, fn: Function, ok: number, gen: (args: any[], kw: Kw) => any, binds: boolean) {
    super();
    this.$fn = fn;
    this.$ok = ok;
    this.gen = gen;
    this.binds = binds;
    this.qualname = name;
  }
}

export class PyBoundMethod extends PyObject {
  $ok = 0;
  constructor(readonly self: any, readonly func: any) {
    super();
  }
}

/** A built-in method bound to its receiver (`[].append`): type builtin_function_or_method, as in CPython. */
export class PyBoundBuiltin extends PyBoundMethod {}

export class PyStaticMethod extends PyObject {
  constructor(public func: any) {
    super();
    this.$d = newAttrBag();
  }
}
export class PyClassMethod extends PyObject {
  constructor(public func: any) {
    super();
    this.$d = newAttrBag();
  }
}
export class PyProperty extends PyObject {
  /** The class attribute name, learned from __set_name__ (for error messages): any object, as in CPython. */
  name: any = undefined;
  /** The doc came from the getter (so getter() copies take the new getter's doc). */
  getterDoc = false;
  constructor(public fget: any, public fset: any, public fdel: any, public doc: any) {
    super();
  }
}

export const functionType = makeBuiltinType('function', objectType, PyFunction, TypeFlags.HasDict);
export const builtinFunctionType = makeBuiltinType('builtin_function_or_method', objectType, PyBuiltin, TypeFlags.None);
export const methodType = makeBuiltinType('method', objectType, PyBoundMethod, TypeFlags.None);
PyBoundBuiltin.prototype.$cls = builtinFunctionType;
export const staticmethodType = makeBuiltinType('staticmethod', objectType, PyStaticMethod, TypeFlags.BaseType | TypeFlags.HasDict);
export const classmethodType = makeBuiltinType('classmethod', objectType, PyClassMethod, TypeFlags.BaseType | TypeFlags.HasDict);
export const propertyType = makeBuiltinType('property', objectType, PyProperty);

/** A data descriptor implemented natively (e.g. `__class__`, `function.__name__`, `slice.start`). */
export class PyGetSet extends PyObject {
  constructor(
    readonly name: string,
    readonly get: (o: any) => any,
    readonly set: ((o: any, v: any) => void) | undefined = undefined,
    readonly del: ((o: any) => void) | undefined = undefined,
  ) {
    super();
  }
}
export const getsetType = makeBuiltinType('getset_descriptor', objectType, PyGetSet, TypeFlags.None);

/** `super()` objects. */
export class PySuper extends PyObject {
  constructor(readonly thisType: PyType, readonly obj: any, readonly objType: PyType | undefined) {
    super();
  }
}
export const superType = makeBuiltinType('super', objectType, PySuper);
