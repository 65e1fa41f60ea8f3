// The JS classes behind the built-in container types and every built-in type object. Only data lives here;
// the behaviour is in vm/runtime/builtins/<type>.ts, installed by vm/runtime/bootstrap.ts.
import {
  makeBuiltinType,
  objectType,
  typeType,
  PyObject,
  PyFloat,
  PyType,
  TypeFlags,
  noneType,
} from './object.js';
import { DictStore, SetStore } from './hash-store.js';

/** What a dict reads and writes through: a DictStore, or a BagStore over an attribute bag (__dict__, globals()). */
export interface DictStorage {
  readonly size: number;
  get(k: any): any;
  has(k: any): boolean;
  set(k: any, v: any): void;
  delete(k: any): any;
  clear(): void;
  keys(): Iterable<any>;
  entries(): Iterable<[any, any]>;
}

export class PyList extends PyObject {
  constructor(public a: any[]) {
    super();
  }
}
export class PyTuple extends PyObject {
  /** Cached hash (tuples are immutable), or undefined. */
  h: number | undefined = undefined;
  constructor(public readonly a: any[]) {
    super();
  }
}
/** Instances of user subclasses of str/int/float/bytes carry the primitive value in `v`. */
export class PyBoxed extends PyObject {
  constructor(cls: PyType, public v: any) {
    super();
    this.$cls = cls;
    this.$d = undefined;
  }
}
export class PyDict extends PyObject {
  constructor(public s: DictStorage = new DictStore()) {
    super();
  }
}
export class PySet extends PyObject {
  constructor(public s: SetStore = new SetStore()) {
    super();
  }
}
export class PyFrozenSet extends PyObject {
  h: number | undefined = undefined;
  constructor(public s: SetStore = new SetStore()) {
    super();
  }
}
export class PyBytes extends PyObject {
  h: number | undefined = undefined;
  constructor(public readonly b: Uint8Array) {
    super();
  }
}
export class PyByteArray extends PyObject {
  constructor(public b: Uint8Array, public n: number) {
    super();
  }
}
export class PyRange extends PyObject {
  constructor(public start: number | bigint, public stop: number | bigint, public step: number | bigint) {
    super();
  }
}
export class PySlice extends PyObject {
  constructor(public start: any, public stop: any, public step: any) {
    super();
  }
}
export class PyCell extends PyObject {
  constructor(public v: any) {
    super();
  }
}
export class PyComplex extends PyObject {
  constructor(public re: number, public im: number) {
    super();
  }
}

export const intType = makeBuiltinType('int', objectType, undefined);
export const boolType = makeBuiltinType('bool', intType, undefined, TypeFlags.None);
export const floatType = makeBuiltinType('float', objectType, PyFloat);
export const complexType = makeBuiltinType('complex', objectType, PyComplex);
export const strType = makeBuiltinType('str', objectType, undefined);
export const bytesType = makeBuiltinType('bytes', objectType, PyBytes);
export const bytearrayType = makeBuiltinType('bytearray', objectType, PyByteArray);
export const listType = makeBuiltinType('list', objectType, PyList);
export const tupleType = makeBuiltinType('tuple', objectType, PyTuple);
export const dictType = makeBuiltinType('dict', objectType, PyDict);
export const setType = makeBuiltinType('set', objectType, PySet);
export const frozensetType = makeBuiltinType('frozenset', objectType, PyFrozenSet);
export const rangeType = makeBuiltinType('range', objectType, PyRange, TypeFlags.None);
export const sliceType = makeBuiltinType('slice', objectType, PySlice, TypeFlags.None);
export const cellType = makeBuiltinType('cell', objectType, PyCell, TypeFlags.None);
export { objectType, typeType, noneType };
