// Calling a class with positional arguments without going through type.__call__'s generic machinery.
//
// Generated code compiles `Vec(x, y)` to `$call2(Vec, x, y)`, whose fast path is `Vec.$ok & 4` then
// `Vec.$fn(x, y)` (see call.ts). Every class with the plain object layout gets such an entry here. When
// `ctorRefresh` found the call to be plain (type.__call__ as the metaclass call, object.__new__, a Python
// __init__ accepting that many arguments), the entry allocates the instance and runs __init__'s compiled code
// directly: no argument array, no __new__ dispatch. Anything else takes the general path with the same
// arguments, so the entry never changes behaviour, only the cost of the common case.
//
// A class starts with an entry shared by all classes. Once it has been instantiated HOT times it gets its own
// copy of the entry's code (new Function, as for compiled Python code, with a unique source so V8 does not
// reuse an earlier compilation): V8 keeps type feedback per function, so that copy sees a single bag
// constructor and a single __init__, and optimised code allocates inline and inlines __init__. Compiling
// costs far more than creating a class, hence only for classes that are instantiated a lot.
import { PyType, PyInstance, None, objectType, currentTypeVersion, typeVersion } from './object.js';
import { ctorRefresh, callType } from './call.js';
import { typeErr } from './exceptions.js';
import { typeOf } from './typeof.js';

/** Arities the entry accepts (0..6: its declared parameters); others go straight to type.__call__. */
const ENTRY_ARITIES = 0b1111111;
/** Instantiations through the shared entry after which a class gets its own compiled copy. */
const HOT = 256;

/**
 * Installs the direct call entry on class `t`. `objectLayout`: instances are plain PyInstance objects (no
 * built-in base with its own layout), which is fixed for the life of the class.
 */
export function installCtorEntry(t: PyType, objectLayout: boolean): void {
  if (!objectLayout) return;
  let hits = 0;
  t.$ok = ENTRY_ARITIES;
  t.$fn = function (a?: any, b?: any, c?: any, d?: any, e?: any, f?: any): any {
    const n = arguments.length;
    if (t.ctorVersion !== typeVersion) ctorRefresh(t);
    if (t.ctorPlain) {
      if (++hits === HOT) t.$fn = compileEntry(t);
      const init = t.ctorInit;
      if (init === objectType.dict.__init__) {
        // no __init__ anywhere: only a call without arguments is valid (the general path raises)
        if (n === 0) return new PyInstance(t);
      } else if (init.$ok & (2 << n)) {
        const o = new PyInstance(t);
        const r = runInit(init.$fn, n, o, a, b, c, d, e, f);
        if (r !== None) throw initResult(r);
        return o;
      }
    }
    return general(t, n, a, b, c, d, e, f);
  };
}

/** Calls __init__'s compiled code with exactly n arguments after self (cheaper for V8 than padding them);
 * missing trailing arguments are undefined, which __init__'s code fills from its defaults. */
function runInit(fn: Function, n: number, o: any, a: any, b: any, c: any, d: any, e: any, f: any): any {
  switch (n) {
    case 0:
      return fn(o);
    case 1:
      return fn(o, a);
    case 2:
      return fn(o, a, b);
    case 3:
      return fn(o, a, b, c);
    case 4:
      return fn(o, a, b, c, d);
    case 5:
      return fn(o, a, b, c, d, e);
  }
  return fn(o, a, b, c, d, e, f);
}

// The per-class copy: the shared entry above with runInit written out, the bag constructor bound.
const ENTRY_SOURCE = `"use strict";
return function (a, b, c, d, e, f) {
  const n = arguments.length;
  if (t.ctorVersion !== version()) ctorRefresh(t);
  if (t.ctorPlain) {
    const init = t.ctorInit;
    if (init === objInit) {
      if (n === 0) return new PyInstance(t, new Bag());
    } else if (init.$ok & (2 << n)) {
      const o = new PyInstance(t, new Bag());
      let r;
      switch (n) {
        case 0: r = init.$fn(o); break;
        case 1: r = init.$fn(o, a); break;
        case 2: r = init.$fn(o, a, b); break;
        case 3: r = init.$fn(o, a, b, c); break;
        case 4: r = init.$fn(o, a, b, c, d); break;
        case 5: r = init.$fn(o, a, b, c, d, e); break;
        default: r = init.$fn(o, a, b, c, d, e, f);
      }
      if (r !== None) throw initResult(r);
      return o;
    }
  }
  return general(t, n, a, b, c, d, e, f);
};`;

let compiled = 0;

function compileEntry(t: PyType): Function {
  const make = new Function(
    't', 'Bag', 'PyInstance', 'None', 'objInit', 'version', 'ctorRefresh', 'general', 'initResult',
    `// class entry ${compiled++}\n${ENTRY_SOURCE}`,
  );
  return make(t, t.bagCtor, PyInstance, None, objectType.dict.__init__, currentTypeVersion, ctorRefresh, general, initResult);
}

/** type.__call__ with the entry's first n arguments. */
function general(t: PyType, n: number, ...all: any[]): any {
  return callType(t, all.slice(0, n), null, null);
}

function initResult(r: any): any {
  return typeErr(`__init__() should return None, not '${typeOf(r).name}'`);
}
