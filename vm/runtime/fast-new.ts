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
import { PyType, PyInstance, None, objectType, currentTypeVersion } from './object.js';
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
  t.$ok = ENTRY_ARITIES;
  t.$fn = sharedEntry(t, t.bagCtor, PyInstance, None, objectType.dict.__init__, currentTypeVersion, ctorRefresh, general, initResult, compileEntry);
}

// The entry, written once for both forms: `hot` (the shared form only) swaps in the class's own compiled copy
// after HOT instantiations; missing trailing arguments stay undefined, which __init__'s code fills from its defaults.
const ENTRY_SOURCE = `"use strict";
let hits = 0;
return function (a, b, c, d, e, f) {
  const n = arguments.length;
  if (t.ctorVersion !== version()) ctorRefresh(t);
  if (t.ctorPlain) {
    if (hot !== null && ++hits === ${HOT}) t.$fn = hot(t);
    const init = t.ctorInit;
    if (init === objInit) {
      // no __init__ anywhere: only a call without arguments is valid (the general path raises)
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

const ENTRY_PARAMS = ['t', 'Bag', 'PyInstance', 'None', 'objInit', 'version', 'ctorRefresh', 'general', 'initResult', 'hot'];

/** The shared form: one compilation at load, so every class's entry shares its code (and V8's feedback). */
const sharedEntry = new Function(...ENTRY_PARAMS, ENTRY_SOURCE);

let compiled = 0;

/** The class's own copy: a unique source, so V8 compiles it afresh and its feedback sees only this class. */
function compileEntry(t: PyType): Function {
  const make = new Function(...ENTRY_PARAMS, `// class entry ${compiled++}\n${ENTRY_SOURCE}`);
  return make(t, t.bagCtor, PyInstance, None, objectType.dict.__init__, currentTypeVersion, ctorRefresh, general, initResult, null);
}

/** type.__call__ with the entry's first n arguments. */
function general(t: PyType, n: number, ...all: any[]): any {
  return callType(t, all.slice(0, n), null, null);
}

function initResult(r: any): any {
  return typeErr(`__init__() should return None, not '${typeOf(r).name}'`);
}
