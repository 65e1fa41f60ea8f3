// The `bool` type: True/False are JS booleans; every other behaviour is inherited from int.
import { PyType, NotImplemented } from '../object.js';
import { boolType, intType } from '../types.js';
import { PyStaticMethod } from '../function.js';
import { defMethod, native } from '../natives.js';
import { typeErr } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { truthy } from '../operators.js';
import { call2 } from '../call.js';
import { wrongSelf } from './int.js';

function B(self: any, name: string): boolean {
  if (typeof self === 'boolean') return self;
  return wrongSelf(name, 'bool', self);
}

export function installBool(): void {
  const t = boolType;
  const nw = native(
    '__new__',
    (cls: any, x: any) => {
      if (!(cls instanceof PyType)) throw typeErr(`bool.__new__(X): X is not a type object (${typeOf(cls).name})`);
      if (cls !== boolType) throw typeErr(`bool.__new__(${cls.name}): ${cls.name} is not a subtype of bool`);
      return x === undefined ? false : truthy(x);
    },
    1,
    2,
  );
  // CPython: "bool expected at most 1 argument, got 2" / "bool() takes no keyword arguments"
  const gen = nw.gen;
  nw.gen = (args, kw) => {
    if (kw !== null) for (const _ in kw) throw typeErr('bool() takes no keyword arguments');
    if (args.length > 2) throw typeErr(`bool expected at most 1 argument, got ${args.length - 1}`);
    return gen(args, kw);
  };
  t.dict.__new__ = new PyStaticMethod(nw);
  defMethod(t, '__repr__', (s: any) => (B(s, '__repr__') ? 'True' : 'False'));
  const logic = (name: string, f: (a: boolean, b: boolean) => boolean) => {
    const intF = intType.dict[name];
    defMethod(t, name, (a: any, b: any) => {
      const x = B(a, name);
      if (typeof b === 'boolean') return f(x, b);
      return intF === undefined ? NotImplemented : call2(intF, x, b);
    });
  };
  logic('__and__', (a, b) => a && b);
  logic('__rand__', (a, b) => a && b);
  logic('__or__', (a, b) => a || b);
  logic('__ror__', (a, b) => a || b);
  logic('__xor__', (a, b) => a !== b);
  logic('__rxor__', (a, b) => a !== b);
}
