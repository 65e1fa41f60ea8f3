// The iterator protocol. Built-in iterators are JS objects with `$next()` returning the next value or
// `undefined` when exhausted, so loops never pay for a StopIteration exception; user iterators (__next__)
// are adapted at the boundary. Generators wrap JS generator objects.
import { PyObject, PyType, MISSING, None, makeBuiltinType, objectType, TypeFlags } from './object.js';
import { PyList, PyTuple, PyDict, PySet, PyFrozenSet, PyRange, listType, tupleType, dictType, setType, frozensetType, rangeType } from './types.js';
import { typeErr, valueErr, exc, StopIteration, GeneratorExit, RuntimeError, PyBaseException } from './exceptions.js';
import { typeOf } from './typeof.js';
import { call0, callSpecial1 } from './call.js';
import type { CodeInfo } from './function.js';
import { state } from './state.js';

export abstract class PyIterator extends PyObject {
  abstract $next(): any;
}

export class SeqIter extends PyIterator {
  i = 0;
  constructor(readonly a: any[]) {
    super();
  }
  $next(): any {
    const a = this.a;
    if (this.i < a.length) return a[this.i++];
    this.i = Infinity;
    return undefined;
  }
}
/** Iterates a list while seeing appends made during the loop. */
export class ListIter extends PyIterator {
  i = 0;
  constructor(readonly l: PyList) {
    super();
  }
  $next(): any {
    const a = this.l.a;
    if (this.i < a.length) return a[this.i++];
    this.i = Infinity;
    return undefined;
  }
}
export class ReverseListIter extends PyIterator {
  constructor(readonly l: PyList, public i: number) {
    super();
  }
  $next(): any {
    const a = this.l.a;
    if (this.i >= 0 && this.i < a.length) return a[this.i--];
    this.i = -1;
    return undefined;
  }
}
export class RangeIter extends PyIterator {
  constructor(public i: number, readonly stop: number, readonly step: number) {
    super();
  }
  $next(): any {
    const i = this.i;
    if (this.step > 0 ? i < this.stop : i > this.stop) {
      this.i = i + this.step;
      return i;
    }
    return undefined;
  }
}
export class BigRangeIter extends PyIterator {
  constructor(public i: bigint, readonly stop: bigint, readonly step: bigint) {
    super();
  }
  $next(): any {
    const i = this.i;
    if (this.step > 0n ? i < this.stop : i > this.stop) {
      this.i = i + this.step;
      return i >= -9007199254740991n && i <= 9007199254740991n ? Number(i) : i;
    }
    return undefined;
  }
}
export class StrIter extends PyIterator {
  i = 0;
  constructor(readonly s: string) {
    super();
  }
  $next(): any {
    const s = this.s;
    const i = this.i;
    if (i >= s.length) return undefined;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      this.i = i + 2;
      return s.slice(i, i + 2);
    }
    this.i = i + 1;
    return s[i];
  }
}
/** Iterates a dict-like store, raising if its size changes meanwhile (as CPython does). */
export class StoreIter extends PyIterator {
  it: Iterator<any>;
  size: number;
  constructor(readonly store: { size: number }, it: Iterable<any>, readonly what: string) {
    super();
    this.it = it[Symbol.iterator]();
    this.size = store.size;
  }
  $next(): any {
    if (this.store.size !== this.size) {
      this.size = -1;
      throw exc(RuntimeError, `${this.what} changed size during iteration`);
    }
    const r = this.it.next();
    return r.done ? undefined : r.value;
  }
}
/** iter(callable, sentinel) */
export class CallIter extends PyIterator {
  done = false;
  constructor(readonly f: any, readonly sentinel: any, readonly eq: (a: any, b: any) => boolean) {
    super();
  }
  $next(): any {
    if (this.done) return undefined;
    const v = call0(this.f);
    if (this.eq(v, this.sentinel)) {
      this.done = true;
      return undefined;
    }
    return v;
  }
}
/** Sequence protocol fallback: __getitem__ with 0, 1, 2... until IndexError. */
export class GetItemIter extends PyIterator {
  i = 0;
  constructor(readonly o: any, readonly getitem: any) {
    super();
  }
  $next(): any {
    if (this.i < 0) return undefined;
    try {
      return callGetItem(this.getitem, this.o, this.i++);
    } catch (e) {
      if (e instanceof PyBaseException && (isStop(e) || e.$cls.name === 'IndexError' || e.$cls.mro.some((t) => t.name === 'IndexError'))) {
        this.i = -1;
        return undefined;
      }
      throw e;
    }
  }
}
function callGetItem(f: any, o: any, i: number): any {
  return (f.$ok & 4) ? f.$fn(o, i) : iterHooks.call2(f, o, i);
}
/** A JS iterator adapted to Python (used by natives that produce values lazily). */
export class JsIter extends PyIterator {
  constructor(readonly it: Iterator<any>) {
    super();
  }
  $next(): any {
    const r = this.it.next();
    return r.done ? undefined : r.value;
  }
}

export const iteratorType = makeBuiltinType('iterator', objectType, SeqIter, TypeFlags.None);
for (const C of [ReverseListIter, StoreIter, GetItemIter, JsIter]) (C.prototype as any).$cls = iteratorType;
// CPython's iterator type names (they share iterator's __iter__/__next__ by inheritance)
for (const [C, name] of [
  [ListIter, 'list_iterator'],
  [SeqIter, 'tuple_iterator'],
  [RangeIter, 'range_iterator'],
  [BigRangeIter, 'longrange_iterator'],
  [StrIter, 'str_ascii_iterator'],
  [CallIter, 'callable_iterator'],
] as const)
  makeBuiltinType(name, iteratorType, C, TypeFlags.None);

export const iterHooks = {
  call2: (_f: any, _a: any, _b: any): any => undefined,
};

function isStop(e: any): boolean {
  return e instanceof PyBaseException && e.$cls.isSubtypeOf(StopIteration);
}

export const notIterable = (x: any) => typeErr(`'${typeOf(x).name}' object is not iterable`);

/** iter(x) */
export function iter(x: any): any {
  if (typeof x === 'string') return new StrIter(x);
  if (typeof x !== 'object') throw notIterable(x);
  if (x instanceof PyIterator) return x;
  const t: PyType = x.$cls;
  if (t === listType) return new ListIter(x);
  if (t === tupleType) return new SeqIter(x.a);
  if (t === rangeType) return rangeIter(x);
  if (t === dictType) return new StoreIter((x as PyDict).s, (x as PyDict).s.keys(), 'dictionary');
  if (t === setType || t === frozensetType) return new StoreIter((x as PySet).s, (x as PySet).s.values(), 'Set');
  const f = t.lookup('__iter__');
  if (f === MISSING || f === None) {
    const gi = t.lookup('__getitem__');
    if (gi !== MISSING && f !== None) return new GetItemIter(x, gi);
    throw notIterable(x);
  }
  const it = callSpecial1(f, x);
  if (!(it instanceof PyIterator) && typeOf(it).lookup('__next__') === MISSING)
    throw typeErr(`iter() returned non-iterator of type '${typeOf(it).name}'`);
  return it;
}

export function rangeIter(r: PyRange): PyIterator {
  if (typeof r.start === 'number' && typeof r.stop === 'number' && typeof r.step === 'number')
    return new RangeIter(r.start, r.stop, r.step);
  return new BigRangeIter(BigInt(r.start), BigInt(r.stop), BigInt(r.step));
}

/** next(it): the next value, or undefined when exhausted. */
export function next(it: any): any {
  if (it instanceof PyIterator) return it.$next();
  return nextSlow(it);
}

function nextSlow(it: any): any {
  const t = typeOf(it);
  const f = t.lookup('__next__');
  if (f === MISSING) throw typeErr(`'${t.name}' object is not an iterator`);
  try {
    return callSpecial1(f, it);
  } catch (e) {
    if (isStop(e)) return undefined;
    throw e;
  }
}

/** All values of an iterable as a fresh JS array. */
export function toArray(x: any): any[] {
  if (typeof x === 'object') {
    const t = x.$cls;
    if (t === listType || t === tupleType) return (x as PyList).a.slice();
  }
  const out: any[] = [];
  const it = iter(x);
  for (let v = next(it); v !== undefined; v = next(it)) out.push(v);
  return out;
}

/** Like toArray, but may return the list/tuple's own array (callers must not mutate it). */
export function asArray(x: any): any[] {
  if (typeof x === 'object') {
    const t = x.$cls;
    if (t === listType || t === tupleType) return (x as PyList).a;
  }
  return toArray(x);
}

/** Calls f for each value; stops early when f returns true. */
export function forEach(x: any, f: (v: any) => boolean | void): void {
  const it = iter(x);
  for (let v = next(it); v !== undefined; v = next(it)) if (f(v) === true) return;
}

/** `a, b, c = x` */
function unpackIter(x: any): any {
  try {
    return iter(x);
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls.name === 'TypeError' && /is not iterable$/.test(String(e.args.a[0])))
      throw typeErr(`cannot unpack non-iterable ${typeOf(x).name} object`);
    throw e;
  }
}

export function unpack(x: any, n: number): any[] {
  if (typeof x === 'object') {
    const t = x.$cls;
    if (t === tupleType || t === listType) {
      const a = (x as PyTuple).a;
      if (a.length === n) return a;
      if (a.length < n) throw valueErr(`not enough values to unpack (expected ${n}, got ${a.length})`);
      throw valueErr(`too many values to unpack (expected ${n})`);
    }
  }
  const it = unpackIter(x);
  const out: any[] = [];
  for (let i = 0; i < n; i++) {
    const v = next(it);
    if (v === undefined) throw valueErr(`not enough values to unpack (expected ${n}, got ${i})`);
    out.push(v);
  }
  if (next(it) !== undefined) throw valueErr(`too many values to unpack (expected ${n})`);
  return out;
}

/** `a, *b, c = x`: returns the values with the starred part as a list in position `before`. */
export function unpackStar(x: any, before: number, after: number): any[] {
  const it = unpackIter(x);
  const a: any[] = [];
  for (let v = next(it); v !== undefined; v = next(it)) a.push(v);
  if (a.length < before + after)
    throw valueErr(`not enough values to unpack (expected at least ${before + after}, got ${a.length})`);
  const out = a.slice(0, before);
  out.push(new PyList(a.slice(before, a.length - after)));
  for (let i = a.length - after; i < a.length; i++) out.push(a[i]);
  return out;
}

// ---- generators ----

/** A `yield from` in progress that next() can serve without resuming the delegating body (yield-from.ts). */
export interface Delegation {
  /** The next value of the sub-iterator, or undefined when the body must run (the sub-iterator ended or raised). */
  pull(owner: PyGenerator): any;
}

/**
 * A Python generator. This class runs a body compiled to a JS generator function; the common simple shape
 * runs as a state machine instead (StepGenerator, step-generator.ts), which overrides resume() and $next().
 */
export class PyGenerator extends PyIterator {
  running = false;
  done = false;
  started = false;
  /** The value of the finished generator's `return`, for the StopIteration that next() raises (taken once). */
  retval: any = undefined;
  /** Exceptions being handled inside this generator's frame while it is suspended (its own exc_info). */
  private savedExc: any[] | null = null;
  /** The `yield from` this generator is paused in, while it delegates to an iterator of this VM. */
  delegate: Delegation | null = null;
  /** The generator whose body (JS generator form) is running, innermost: the owner of a `yield from` starting. */
  static current: PyGenerator | null = null;

  constructor(readonly code: CodeInfo, readonly g: Generator<any, any, any>) {
    super();
  }

  /**
   * Runs the body until it yields or finishes: sends `v` in, or raises `v` at the paused yield when `thrown`.
   * Returns the yielded value, or undefined once the generator has finished (its return value is in retval).
   * Callers check `done` first.
   */
  resume(v: any, thrown: boolean): any {
    if (this.running) throw valueErr('generator already executing');
    const stack = state.excStack;
    const base = stack.length;
    if (this.savedExc !== null) {
      for (const x of this.savedExc) stack.push(x);
      this.savedExc = null;
    }
    this.running = true;
    this.started = true;
    const outer = PyGenerator.current;
    PyGenerator.current = this;
    let r: IteratorResult<any>;
    try {
      r = thrown ? this.g.throw(v) : this.g.next(v);
    } catch (e) {
      PyGenerator.current = outer;
      if (stack.length > base) stack.length = base;
      throw this.failed(e);
    }
    PyGenerator.current = outer;
    this.running = false;
    // a generator suspended inside an except block keeps that exception for when it resumes
    if (stack.length > base) this.savedExc = stack.splice(base);
    if (r.done) {
      this.done = true;
      this.retval = r.value;
      return undefined;
    }
    return r.value;
  }

  /** The body raised `e`: the generator is finished, and a StopIteration escaping it becomes RuntimeError (PEP 479). */
  protected failed(e: any): any {
    this.running = false;
    this.done = true;
    if (!isStop(e)) return e;
    const r = exc(RuntimeError, 'generator raised StopIteration');
    r.cause = e;
    r.context = e;
    r.suppressContext = true;
    return r;
  }

  $next(): any {
    if (this.done) return undefined;
    // Paused in `yield from`: the value comes straight from the sub-iterator, without resuming this body
    // (a recursive generator passes each value up in one call per level). Not while this generator's own
    // exceptions being handled are saved: the sub-iterator must run with them on the stack.
    if (this.delegate !== null && this.savedExc === null) {
      const v = this.delegate.pull(this);
      if (v !== undefined) return v;
    }
    return this.resume(None, false);
  }

  /** The return value of a generator that just finished, once (a later next() raises a bare StopIteration). */
  takeRetval(): any {
    const v = this.retval;
    this.retval = undefined;
    return v;
  }

  /** send(v): the next yielded value; raises StopIteration(return value) at the end. */
  send(v: any): any {
    if (this.done) throw exc(StopIteration);
    if (!this.started && v !== None) throw typeErr("can't send non-None value to a just-started generator");
    const r = this.resume(v, false);
    if (r === undefined) throw stopWith(this.takeRetval());
    return r;
  }

  throwInto(e: any): any {
    if (this.done) throw e;
    if (!this.started) {
      this.done = true;
      throw e;
    }
    const r = this.resume(e, true);
    if (r === undefined) throw stopWith(this.takeRetval());
    return r;
  }

  close(): void {
    if (this.done) return;
    if (!this.started) {
      this.done = true;
      return;
    }
    let r: any;
    try {
      r = this.resume(exc(GeneratorExit), true);
    } catch (e) {
      if (e instanceof PyBaseException && (e.$cls.isSubtypeOf(GeneratorExit) || isStop(e))) return;
      throw e;
    }
    if (r !== undefined) {
      this.done = true;
      throw exc(RuntimeError, 'generator ignored GeneratorExit');
    }
    this.retval = undefined;
  }
}

/**
 * `$excPopGen(saved, e)`: the end of an except clause in a generator body (JS generator form). The clause
 * pushed `e` at index `saved`; if the generator was suspended inside it and resumed from a different depth,
 * resume() put its saved entries back at the new top, so the clause's entry is found by identity (the
 * topmost `e`: inner clauses have already ended) rather than by the stale index.
 */
export function excPopGen(saved: number, e: any): void {
  const s = state.excStack;
  const i = s.lastIndexOf(e);
  s.length = i >= 0 ? i : saved;
}

/** The StopIteration an exhausted iterator raises (carrying a generator's return value once). */
export function stopFor(it: any): PyBaseException {
  if (it instanceof PyGenerator && it.retval !== undefined && it.retval !== None) return stopWith(it.takeRetval());
  return exc(StopIteration);
}

function stopWith(v: any): PyBaseException {
  const e = v === undefined || v === None ? exc(StopIteration) : new PyBaseException(StopIteration, [v]);
  if (v !== undefined) e.$d!.value = v;
  return e;
}

export const generatorType = makeBuiltinType('generator', objectType, PyGenerator, TypeFlags.None);

export { PyFrozenSet };
