// typeOf: the Python type of any value, following the representation in vm/DESIGN.md.
import { PyType } from './object.js';
import { intType, floatType, strType, boolType } from './types.js';

export function typeOf(x: any): PyType {
  switch (typeof x) {
    case 'object':
      return x.$cls;
    case 'number':
      return Number.isInteger(x) ? intType : floatType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    case 'bigint':
      return intType;
  }
  throw new Error(`not a Python value: ${String(x)}`);
}

export function typeName(x: any): string {
  return typeOf(x).name;
}
