// Defining native methods that keep a direct positional entry (so hot calls such as `s.split(',')` skip
// the argument binder) while still accepting keyword arguments with CPython's messages.
import { PyType } from '../object.js';
import { PyBuiltin, Kw } from '../function.js';
import { typeErr } from '../exceptions.js';

function okMask(min: number, max: number): number {
  let ok = 0;
  for (let i = min; i <= Math.min(max, 30); i++) ok |= 1 << i;
  return ok;
}

function arity(name: string, min: number, max: number, got: number): never {
  // counts exclude self, as CPython reports them
  min--;
  max--;
  got--;
  if (min === max) {
    if (min === 0) throw typeErr(`${name}() takes no arguments (${got} given)`);
    throw typeErr(`${name}() takes exactly ${min === 1 ? 'one argument' : `${min} arguments`} (${got} given)`);
  }
  if (got < min) throw typeErr(`${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${got} given)`);
  throw typeErr(`${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${got} given)`);
}

/**
 * Installs method `name` on `t`: `fn(self, ...args)` with between `min` and `max` JS arguments (self
 * included). `kwNames` lists the parameters after self that may also be passed by keyword.
 */
export function defFast(t: PyType, name: string, fn: Function, min: number, max: number, kwNames: string[] = []): PyBuiltin {
  const gen = (args: any[], kw: Kw): any => {
    if (kw !== null) {
      let full: any[] | null = null;
      for (const k in kw) {
        const idx = kwNames.indexOf(k);
        if (idx < 0) {
          if (kwNames.length === 0) throw typeErr(`${name}() takes no keyword arguments`);
          throw typeErr(`'${k}' is an invalid keyword argument for ${name}()`);
        }
        if (idx + 1 < args.length) throw typeErr(`argument for ${name}() given by name ('${k}') and position (${idx + 1})`);
        if (full === null) full = args.slice();
        while (full.length < idx + 2) full.push(undefined);
        full[idx + 1] = kw[k];
      }
      if (full !== null) args = full;
    }
    if (args.length < min || args.length > max) arity(name, min, max, args.length);
    return fn(...args);
  };
  const b = new PyBuiltin(name, fn, okMask(min, max), gen, true);
  b.qualname = `${t.name}.${name}`;
  b.selfType = t;
  t.dict[name] = b;
  return b;
}
