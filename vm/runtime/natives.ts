// Helpers to expose TypeScript functions as Python callables.
import { PyType, PyObject } from './object.js';
import { PyBuiltin, PyClassMethod, PyStaticMethod, Kw } from './function.js';
import { typeErr } from './exceptions.js';

function okMask(min: number, max: number): number {
  let ok = 0;
  for (let i = min; i <= Math.min(max, 30); i++) ok |= 1 << i;
  return ok;
}

function arityError(name: string, qualname: string, min: number, max: number, got: number): never {
  // CPython: "list.append() takes exactly one argument (0 given)" but "get expected at least 1 argument, got 0"
  if (min === max && min >= 2 && name === qualname) throw typeErr(`${name} expected ${min} arguments, got ${got}`);
  if (min === max) {
    const what = min === 0 ? 'no arguments' : min === 1 ? 'exactly one argument' : `exactly ${min} arguments`;
    throw typeErr(`${qualname}() takes ${what} (${got} given)`);
  }
  if (got < min) throw typeErr(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${got}`);
  throw typeErr(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${got}`);
}

/** A native taking positional arguments only. `min`/`max` default to the JS function's length. */
export function native(name: string, fn: Function, min = fn.length, max = min, binds = false): PyBuiltin {
  // Messages use the qualified name for methods ("list.append() takes exactly one argument (0 given)").
  const b: PyBuiltin = new PyBuiltin(name, fn, okMask(min, max), (args: any[], kw: Kw) => {
    if (kw !== null) for (const _ in kw) throw typeErr(`${b.qualname}() takes no keyword arguments`);
    // Methods count self in min/max; CPython's messages don't.
    if (args.length < min || args.length > max)
      arityError(b.name, b.qualname, binds ? min - 1 : min, binds ? max - 1 : max, binds ? args.length - 1 : args.length);
    return fn(...args);
  }, binds);
  return b;
}

/** A native with a general (args, kwargs) entry. */
export function nativeKw(name: string, gen: (args: any[], kw: Kw) => any, binds = false): PyBuiltin {
  return new PyBuiltin(name, (...a: any[]) => gen(a, null), 0, gen, binds);
}

/** Installs positional methods on a type: `self` is the first JS parameter. */
export function defMethod(t: PyType, name: string, fn: Function, min = fn.length, max = min): PyBuiltin {
  const b = native(name, fn, min, max, true);
  b.qualname = `${t.name}.${name}`;
  b.selfType = t;
  t.dict[name] = b;
  return b;
}

export function defMethodKw(t: PyType, name: string, gen: (args: any[], kw: Kw) => any): PyBuiltin {
  const b = nativeKw(name, gen, true);
  b.qualname = `${t.name}.${name}`;
  b.selfType = t;
  t.dict[name] = b;
  return b;
}

export function defClassMethod(t: PyType, name: string, gen: (args: any[], kw: Kw) => any): void {
  const b = nativeKw(name, gen, false);
  b.qualname = `${t.name}.${name}`;
  t.dict[name] = new PyClassMethod(b);
}

export function defStatic(t: PyType, name: string, fn: Function, min = fn.length, max = min): void {
  const b = native(name, fn, min, max);
  t.dict[name] = new PyStaticMethod(b);
}

/** Reads keyword `name` from kw or the positional slot `i`; undefined when absent. */
export function arg(args: any[], kw: Kw, i: number, name: string): any {
  if (i < args.length) {
    if (kw !== null && kw[name] !== undefined) throw typeErr(`argument for function given by name ('${name}') and position (${i + 1})`);
    return args[i];
  }
  return kw === null ? undefined : kw[name];
}

/** Rejects keyword arguments outside `allowed`. */
export function checkKw(fname: string, kw: Kw, allowed: string[]): void {
  if (kw === null) return;
  for (const k in kw)
    if (!allowed.includes(k)) throw typeErr(`${fname}() got an unexpected keyword argument '${k}'`);
}

export type { PyObject };
