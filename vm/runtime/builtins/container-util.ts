// Helpers shared by the container types (list, tuple, dict, set, range, slice): constructor plumbing,
// descriptor self-checks, CPython's sequence-operator fallbacks and lexicographic comparison.
import { PyType, PyObject, MISSING, TypeFlags, None, newAttrBag } from '../object.js';
import { PyStaticMethod, PyClassMethod, PyGetSet, Kw } from '../function.js';
import { nativeKw } from '../natives.js';
import { typeErr, attrErr, exc, MemoryError, overflowErr, TypeError as TypeErrorType, PyBaseException } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { index } from '../convert.js';
import { eqB, richCompare, CMP, CmpOp } from '../operators.js';
import { iter, next } from '../iteration.js';
import { PyList, PyTuple, listType, tupleType } from '../types.js';

/** Dunders that CPython implements as plain methods (not slot wrappers): they report "doesn't apply". */
const methodDunders = new Set(
  [
    'list.__getitem__ list.__reversed__ list.__sizeof__ tuple.__getnewargs__ dict.__contains__ dict.__getitem__',
    'dict.__reversed__ dict.__sizeof__ set.__contains__ set.__reduce__ set.__sizeof__ frozenset.__contains__',
    'frozenset.__reduce__ frozenset.__sizeof__ range.__reduce__ range.__reversed__ slice.__reduce__',
  ]
    .join(' ')
    .split(' '),
);

/** TypeError for a method descriptor applied to the wrong kind of object. */
export function descrErr(name: string, t: PyType, self: any): never {
  if (name.startsWith('__') && name.endsWith('__') && !methodDunders.has(`${t.name}.${name}`))
    throw typeErr(`descriptor '${name}' requires a '${t.name}' object but received a '${typeOf(self).name}'`);
  throw typeErr(`descriptor '${name}' for '${t.name}' objects doesn't apply to a '${typeOf(self).name}' object`);
}

/** Gives a freshly built instance of a subclass its class and attribute bag (as allocInstance does). */
export function adopt<T extends PyObject>(o: T, cls: PyType, base: PyType): T {
  if (cls === base) return o;
  o.$cls = cls;
  if (cls.flags & TypeFlags.Heap && (cls.flags & TypeFlags.HasDict || cls.flags & TypeFlags.Slotted)) {
    if (cls.flags & TypeFlags.CustomGetAttribute) (o as any).$x = newAttrBag();
    else o.$d = newAttrBag();
  }
  return o;
}

/** Defines `t.__new__` as a static method taking (cls, args, kw); args[0] is cls. */
export function defNew(t: PyType, fn: (cls: PyType, args: any[], kw: Kw) => any): void {
  const b = nativeKw(
    '__new__',
    (args: any[], kw: Kw) => {
      if (args.length === 0) throw typeErr(`${t.name}.__new__(): not enough arguments`);
      const cls = args[0];
      if (!(cls instanceof PyType)) throw typeErr(`${t.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
      if (!cls.isSubtypeOf(t)) throw typeErr(`${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
      return fn(cls, args, kw);
    },
    false,
  );
  b.qualname = `${t.name}.__new__`;
  t.dict.__new__ = new PyStaticMethod(b);
}

/** A read-only member attribute (CPython's READONLY members say "readonly attribute"). */
export function readonlyMember(t: PyType, name: string, get: (o: any) => any): void {
  const ro = () => {
    throw attrErr('readonly attribute');
  };
  t.dict[name] = new PyGetSet(name, get, ro, ro);
}

/** `__class_getitem__` returning the class itself (no generic alias objects). */
export function defClassGetItem(t: PyType): void {
  const b = nativeKw(
    '__class_getitem__',
    (args: any[], _kw: Kw) => {
      if (args.length !== 2) throw typeErr(`${t.name}.__class_getitem__() takes exactly one argument (${args.length - 1} given)`);
      return args[0];
    },
    false,
  );
  b.qualname = `${t.name}.__class_getitem__`;
  t.dict.__class_getitem__ = new PyClassMethod(b);
}

/** Rejects keyword arguments the way CPython's constructors do: "list() takes no keyword arguments". */
export function noKw(fname: string, kw: Kw): void {
  if (kw !== null) for (const _ in kw) throw typeErr(`${fname}() takes no keyword arguments`);
}

/** "list expected at most 1 argument, got 2" */
export function atMost(fname: string, max: number, got: number): void {
  if (got > max) throw typeErr(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${got}`);
}

/** Does `other`'s (user-defined) type offer the reflected method, so a sequence operator should defer to it? */
export function defers(other: any, rname: string): boolean {
  if (typeof other !== 'object') return false;
  const t: PyType = other.$cls;
  return (t.flags & TypeFlags.Heap) !== 0 && t.lookup(rname) !== MISSING;
}

/** The repeat count of `seq * n`, or undefined when `n` is not an integer (has no __index__). */
export function repeatCount(n: any): number | bigint | undefined {
  if (typeof n === 'number') return Number.isInteger(n) ? n : undefined;
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'bigint') return n;
  if (typeof n === 'object' && n.$cls.lookup('__index__') !== MISSING) return index(n);
  return undefined;
}

export function cantMultiply(n: any): PyBaseException {
  return typeErr(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
}

/** Validates a repeat count against the result size; returns it as a JS number (<= 0 means empty). */
export function checkRepeat(count: number | bigint, len: number): number {
  if (typeof count === 'bigint') {
    if (count > 9223372036854775807n || count < -9223372036854775808n)
      throw overflowErr("cannot fit 'int' into an index-sized integer");
    if (count <= 0n || len === 0) return 0;
    throw exc(MemoryError);
  }
  if (count <= 0 || len === 0) return count <= 0 ? 0 : count;
  if (count * len > 0xffffffff) {
    if (count > 9223372036854775807) throw overflowErr("cannot fit 'int' into an index-sized integer");
    throw exc(MemoryError);
  }
  return count;
}

/** Repeats an array `n` times (n >= 0, size already checked). */
export function repeatArray(a: any[], n: number): any[] {
  const len = a.length;
  if (n <= 0 || len === 0) return [];
  if (len === 1) return new Array(n).fill(a[0]);
  const out = new Array(len * n);
  for (let k = 0, j = 0; k < n; k++) for (let i = 0; i < len; i++) out[j++] = a[i];
  return out;
}

/** An index() result as a JS number, with CPython's OverflowError beyond the C ssize_t range. */
export function ssize(v: number | bigint): number {
  if (typeof v === 'number') return v;
  if (v > 9223372036854775807n || v < -9223372036854775808n) throw overflowErr('Python int too large to convert to C ssize_t');
  return Number(v);
}

/** Lexicographic comparison of two sequences, as CPython's list/tuple richcompare. */
export function seqCompare(a: any[], b: any[], op: CmpOp): any {
  if (a.length !== b.length && (op === CMP.eq || op === CMP.ne)) return op === CMP.ne;
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (!eqB(x, y)) break;
  }
  if (i >= a.length || i >= b.length) return op.js(a.length, b.length);
  if (op === CMP.eq) return false;
  if (op === CMP.ne) return true;
  return richCompare(op, a[i], b[i]);
}

export const cmpOps: [string, CmpOp][] = [
  ['__eq__', CMP.eq],
  ['__ne__', CMP.ne],
  ['__lt__', CMP.lt],
  ['__le__', CMP.le],
  ['__gt__', CMP.gt],
  ['__ge__', CMP.ge],
];

/** CPython's PySequence_Fast: the items of `v` as a fresh array (exact lists/tuples are copied directly),
 * raising TypeError(msg) when `v` is not iterable. */
export function seqFast(v: any, msg: string): any[] {
  if ((v instanceof PyList && v.$cls === listType) || (v instanceof PyTuple && v.$cls === tupleType)) return v.a.slice();
  let it: any;
  try {
    it = iter(v);
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls.isSubtypeOf(TypeErrorType)) throw typeErr(msg);
    throw e;
  }
  const out: any[] = [];
  for (let x = next(it); x !== undefined; x = next(it)) out.push(x);
  return out;
}

/** A start/stop argument of index()/count()-like methods (_PyEval_SliceIndexNotNone), clamped. */
export function sliceIndexArg(v: any, len: number): number {
  let n: number;
  if (typeof v === 'number' && Number.isInteger(v)) n = v;
  else {
    let i: any;
    try {
      i = index(v);
    } catch (e) {
      if (e instanceof PyBaseException && e.$cls.isSubtypeOf(TypeErrorType))
        throw typeErr('slice indices must be integers or have an __index__ method');
      throw e;
    }
    n = typeof i === 'bigint' ? (i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER) : i;
  }
  if (n < 0) {
    n += len;
    if (n < 0) n = 0;
  }
  return n;
}

/** Replaces a[lo:hi] with `items` in place (no argument-spreading limits for big inputs). */
export function replaceRange(a: any[], lo: number, hi: number, items: any[]): void {
  const n = items.length;
  const d = n - (hi - lo);
  if (d === 0) {
    for (let i = 0; i < n; i++) a[lo + i] = items[i];
    return;
  }
  if (n < 4096) {
    if (n === 0) a.splice(lo, hi - lo);
    else a.splice(lo, hi - lo, ...items);
    return;
  }
  const tail = a.slice(hi);
  a.length = lo;
  for (let i = 0; i < n; i++) a.push(items[i]);
  for (let i = 0; i < tail.length; i++) a.push(tail[i]);
}

export { None };
