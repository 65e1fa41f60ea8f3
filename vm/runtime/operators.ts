// Operator dispatch: the entry points the generated code calls for `a + b`, `a < b`, `not x`, `x in y`...
// Each starts with the number/number (and str/str) fast path so V8 can inline it, then falls back to
// CPython's protocol: the left operand's method, then the right operand's reflected method (first when
// the right type is a proper subclass overriding it), NotImplemented handling and CPython's TypeErrors.
import { PyFloat, PyType, PyInstance, MISSING, NotImplemented, None, MAX_SAFE, mkFloat, ownCache } from './object.js';
import { PyFunction } from './function.js';
import { PyList, PyTuple, PyDict, PySet, PyFrozenSet, listType, tupleType, dictType, setType, frozensetType, strType } from './types.js';
import { typeErr, PyBaseException, TypeError } from './exceptions.js';
import { typeOf } from './typeof.js';
import { call2, callSpecial1, callSpecial2 } from './call.js';
import * as N from './numeric.js';
import { strLtCodePoint, cmpStrCodePoint } from './str-order.js';
import { tpName } from './builtins/type-name.js';

/** One binary operator: its dunder names and symbol. */
export interface BinOp {
  readonly name: string;
  readonly rname: string;
  readonly iname: string;
  readonly sym: string;
  /** int op int */
  readonly int: (a: N.Int, b: N.Int) => any;
  /** float op float (either side may have come from an int) */
  readonly float: ((a: number, b: number) => any) | null;
}

const fl = (f: (a: number, b: number) => number) => (a: number, b: number) => mkFloat(f(a, b));

export const OPS = {
  add: { name: '__add__', rname: '__radd__', iname: '__iadd__', sym: '+', int: N.intAdd, float: fl((a, b) => a + b) },
  sub: { name: '__sub__', rname: '__rsub__', iname: '__isub__', sym: '-', int: N.intSub, float: fl((a, b) => a - b) },
  mul: { name: '__mul__', rname: '__rmul__', iname: '__imul__', sym: '*', int: N.intMul, float: fl((a, b) => a * b) },
  truediv: {
    name: '__truediv__',
    rname: '__rtruediv__',
    iname: '__itruediv__',
    sym: '/',
    int: N.intTrueDiv,
    float: (a: number, b: number) => {
      if (b === 0) throw N.zeroDivFloat();
      return mkFloat(a / b);
    },
  },
  floordiv: { name: '__floordiv__', rname: '__rfloordiv__', iname: '__ifloordiv__', sym: '//', int: N.intFloorDiv, float: N.floatFloorDiv },
  mod: { name: '__mod__', rname: '__rmod__', iname: '__imod__', sym: '%', int: N.intMod, float: N.floatMod },
  pow: { name: '__pow__', rname: '__rpow__', iname: '__ipow__', sym: '** or pow()', int: N.intPow, float: N.floatPow },
  lshift: { name: '__lshift__', rname: '__rlshift__', iname: '__ilshift__', sym: '<<', int: N.intLshift, float: null },
  rshift: { name: '__rshift__', rname: '__rrshift__', iname: '__irshift__', sym: '>>', int: N.intRshift, float: null },
  and: { name: '__and__', rname: '__rand__', iname: '__iand__', sym: '&', int: N.intAnd, float: null },
  or: { name: '__or__', rname: '__ror__', iname: '__ior__', sym: '|', int: N.intOr, float: null },
  xor: { name: '__xor__', rname: '__rxor__', iname: '__ixor__', sym: '^', int: N.intXor, float: null },
  matmul: { name: '__matmul__', rname: '__rmatmul__', iname: '__imatmul__', sym: '@', int: null as any, float: null },
} satisfies Record<string, BinOp>;

/** Numeric value of an exact int/bool/float operand: [isFloat, value] or undefined for anything else. */
function numArg(x: any): N.Int | PyFloat | undefined {
  switch (typeof x) {
    case 'number':
    case 'bigint':
      return x;
    case 'boolean':
      return x ? 1 : 0;
  }
  if (x instanceof PyFloat) return x;
  return undefined;
}

/** Built-in numeric semantics for exact int/bool/float operands; MISSING when not both numeric. */
export function numericOp(op: BinOp, a: any, b: any): any {
  const x = numArg(a);
  if (x === undefined) return MISSING;
  const y = numArg(b);
  if (y === undefined) return MISSING;
  const xf = typeof x === 'number' ? !Number.isInteger(x) : x instanceof PyFloat;
  const yf = typeof y === 'number' ? !Number.isInteger(y) : y instanceof PyFloat;
  if (!xf && !yf) {
    if (op.int === null) return MISSING;
    return op.int(x as N.Int, y as N.Int);
  }
  if (op.float === null) return MISSING;
  const fx = xf ? (x instanceof PyFloat ? x.v : (x as number)) : N.intToFloat(x as N.Int);
  const fy = yf ? (y instanceof PyFloat ? y.v : (y as number)) : N.intToFloat(y as N.Int);
  return op.float(fx, fy);
}


function overrides(t: PyType, name: string, base: PyType): boolean {
  const v = t.lookup(name);
  return v !== MISSING && v !== base.lookup(name);
}

/**
 * The full binary-operator protocol. Two shortcuts come first, both giving exactly what the protocol would:
 * exact int/bool/float operands (boxed integral floats included) use the numeric semantics directly, and a
 * Python-defined dunder cached in the class's `dc` is called without the lookups (see userBinop).
 */
export function binop(op: BinOp, a: any, b: any): any {
  if (typeof a === 'object') {
    if (a instanceof PyFloat) {
      // a boxed integral float (1.0, 0.0...) with an int or float: float arithmetic on the doubles
      if (op.float !== null) {
        if (typeof b === 'number') return op.float(a.v, b);
        if (b instanceof PyFloat) return op.float(a.v, b.v);
      }
    } else {
      const fa = (a.$cls as PyType).dc[op.name];
      if (fa !== undefined) return userBinop(op, fa, a, b);
    }
  } else if (typeof a === 'number' && typeof b === 'object') {
    if (b instanceof PyFloat) {
      if (op.float !== null) return op.float(a, b.v);
    } else if (b instanceof PyInstance) {
      // int/float op instance of a plain class: the number's own dunder can only return NotImplemented (it
      // accepts ints, floats and their subclasses, and a plain class is neither), so the reflected one decides
      const fb = (b.$cls as PyType).dc[op.rname];
      if (fb !== undefined) {
        const r = fb.$ok & 4 ? fb.$fn(b, a) : call2(fb, b, a);
        if (r !== NotImplemented) return r;
        throw binopError(op, typeOf(a), b.$cls);
      }
    }
  }
  return binopSlow(op, a, b);
}

/**
 * `a op b` when a's class defines op.name in Python (`fa`, from the `dc` cache): called first unless b's class
 * is a proper subclass of a's, whose reflected method would take precedence (then the general path decides).
 */
function userBinop(op: BinOp, fa: any, a: any, b: any): any {
  const ta: PyType = a.$cls;
  const tb = typeOf(b);
  if (tb !== ta && tb.isSubtypeOf(ta)) return binopSlow(op, a, b);
  const r = fa.$ok & 4 ? fa.$fn(a, b) : call2(fa, a, b);
  if (r !== NotImplemented) return r;
  const fb = ta === tb ? MISSING : tb.lookup(op.rname);
  if (fb !== MISSING) {
    const r2 = callSpecial2(fb, b, a);
    if (r2 !== NotImplemented) return r2;
  }
  throw binopError(op, ta, tb);
}

/** Remembers a Python-defined dunder of `t` for the operator fast paths (dropped by `t.invalidate()`). */
export function cacheDunder(t: PyType, name: string, f: any): void {
  if (f instanceof PyFunction) ownCache(t, 'dc')[name] = f;
}

function binopSlow(op: BinOp, a: any, b: any): any {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta.mro.length <= 3 && tb.mro.length <= 3) {
    // exact int/bool/float on both sides: no dunder dispatch needed
    const r = numericOp(op, a, b);
    if (r !== MISSING) return r;
  }
  const fa = ta.lookup(op.name);
  cacheDunder(ta, op.name, fa);
  let fb = ta === tb ? MISSING : tb.lookup(op.rname);
  cacheDunder(tb, op.rname, fb);
  if (fb !== MISSING && tb.isSubtypeOf(ta) && overrides(tb, op.rname, ta)) {
    const r = callSpecial2(fb, b, a);
    if (r !== NotImplemented) return r;
    fb = MISSING;
  }
  if (fa !== MISSING) {
    const r = callSpecial2(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== MISSING) {
    const r = callSpecial2(fb, b, a);
    if (r !== NotImplemented) return r;
  }
  throw binopError(op, ta, tb);
}

/** CPython's TypeError for operands that support `op` in neither direction. */
function binopError(op: BinOp, ta: PyType, tb: PyType): PyBaseException {
  if (op === OPS.add && (ta === strType || ta === listType || ta === tupleType))
    return typeErr(`can only concatenate ${ta.name} (not "${tb.name}") to ${ta.name}`);
  if (op === OPS.mul && (isSeqType(ta) || isSeqType(tb)))
    return typeErr(`can't multiply sequence by non-int of type '${(isSeqType(ta) ? tb : ta).name}'`);
  return typeErr(`unsupported operand type(s) for ${op.sym}: '${tpName(ta)}' and '${tpName(tb)}'`);
}
function isSeqType(t: PyType): boolean {
  return t === strType || t === listType || t === tupleType || t.name === 'bytes' || t.name === 'bytearray';
}

/** In-place operator: __iop__ first, then the binary protocol. */
export function inplace(op: BinOp, a: any, b: any): any {
  if (typeof a === 'object') {
    const t: PyType = a.$cls;
    let f = t.dc[op.iname];
    if (f === undefined) {
      f = t.lookup(op.iname);
      cacheDunder(t, op.iname, f);
    }
    if (f !== MISSING) {
      const r = callSpecial2(f, a, b);
      if (r !== NotImplemented) return r;
    }
  }
  try {
    return binop(op, a, b);
  } catch (e) {
    // CPython names the in-place operator in the error ("unsupported operand type(s) for +=")
    if (e instanceof PyBaseException && e.$cls === TypeError && typeof e.args.a[0] === 'string' && e.args.a[0].startsWith(`unsupported operand type(s) for ${op.sym}:`))
      e.args = new PyTuple([e.args.a[0].replace(`for ${op.sym}:`, `for ${op === OPS.pow ? '**' : op.sym}=:`)]);
    throw e;
  }
}

// ---- fast entry points for generated code ----

export function add(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (!Number.isInteger(r)) return r;
    if (Number.isInteger(a) && Number.isInteger(b)) return r <= MAX_SAFE && r >= -MAX_SAFE ? r : N.intAdd(a, b);
    return new PyFloat(r);
  }
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  return binop(OPS.add, a, b);
}
export function sub(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (!Number.isInteger(r)) return r;
    if (Number.isInteger(a) && Number.isInteger(b)) return r <= MAX_SAFE && r >= -MAX_SAFE ? r : N.intSub(a, b);
    return new PyFloat(r);
  }
  return binop(OPS.sub, a, b);
}
export function mul(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (!Number.isInteger(r)) return r;
    if (Number.isInteger(a) && Number.isInteger(b)) return r <= MAX_SAFE && r >= -MAX_SAFE ? r + 0 : N.intMul(a, b);
    return new PyFloat(r);
  }
  return binop(OPS.mul, a, b);
}
export function truediv(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const r = a / b;
    return Number.isInteger(r) ? new PyFloat(r) : r;
  }
  return binop(OPS.truediv, a, b);
}
export function floordiv(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b)) return N.intFloorDiv(a, b);
  return binop(OPS.floordiv, a, b);
}
export function mod(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b) && b !== 0) {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  return binop(OPS.mod, a, b);
}
export function pow(a: any, b: any): any {
  return binop(OPS.pow, a, b);
}
export function lshift(a: any, b: any): any {
  return binop(OPS.lshift, a, b);
}
export function rshift(a: any, b: any): any {
  return binop(OPS.rshift, a, b);
}
export function and(a: any, b: any): any {
  if (typeof a === 'boolean' && typeof b === 'boolean') return a && b;
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return binop(OPS.and, a, b);
}
export function or(a: any, b: any): any {
  if (typeof a === 'boolean' && typeof b === 'boolean') return a || b;
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return binop(OPS.or, a, b);
}
export function xor(a: any, b: any): any {
  if (typeof a === 'boolean' && typeof b === 'boolean') return a !== b;
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return binop(OPS.xor, a, b);
}
export function matmul(a: any, b: any): any {
  return binop(OPS.matmul, a, b);
}

export function iadd(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return add(a, b);
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  return inplace(OPS.add, a, b);
}
export function isub(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return sub(a, b);
  return inplace(OPS.sub, a, b);
}
export function imul(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return mul(a, b);
  return inplace(OPS.mul, a, b);
}

// ---- unary ----

export function neg(a: any): any {
  if (typeof a === 'number') return Number.isInteger(a) ? 0 - a : -a;
  if (typeof a === 'bigint') return N.intNeg(a);
  if (a instanceof PyFloat) return new PyFloat(-a.v);
  if (typeof a === 'boolean') return a ? -1 : 0;
  return unarySlot(a, '__neg__', 'unary -');
}
export function pos(a: any): any {
  if (typeof a === 'number' || typeof a === 'bigint' || a instanceof PyFloat) return a;
  if (typeof a === 'boolean') return a ? 1 : 0;
  return unarySlot(a, '__pos__', 'unary +');
}
export function invert(a: any): any {
  if (typeof a === 'number' && Number.isInteger(a)) return N.intInvert(a);
  if (typeof a === 'bigint') return N.intInvert(a);
  if (typeof a === 'boolean') return a ? -2 : -1;
  return unarySlot(a, '__invert__', 'unary ~');
}
function unarySlot(a: any, name: string, sym: string): any {
  const t = typeOf(a);
  let f = t.dc[name];
  if (f === undefined) {
    f = t.lookup(name);
    if (f === MISSING) throw typeErr(`bad operand type for ${sym}: '${tpName(t)}'`);
    cacheDunder(t, name, f);
  }
  return callSpecial1(f, a);
}

// ---- truth ----

export function truthy(x: any): boolean {
  if (x === true) return true;
  if (x === false || x === None) return false;
  switch (typeof x) {
    case 'number':
      return x !== 0;
    case 'string':
      return x.length !== 0;
    case 'bigint':
      return true;
  }
  return truthySlow(x);
}

function truthySlow(x: any): boolean {
  const t: PyType = x.$cls;
  if (t === listType) return (x as PyList).a.length !== 0;
  if (t === tupleType) return (x as PyTuple).a.length !== 0;
  if (t === dictType) return (x as PyDict).s.size !== 0;
  if (x instanceof PyFloat) return x.v !== 0;
  const b = t.lookup('__bool__');
  if (b !== MISSING) {
    const r = callSpecial1(b, x);
    if (typeof r !== 'boolean') throw typeErr(`__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  const l = t.lookup('__len__');
  if (l !== MISSING) {
    const n = callSpecial1(l, x);
    return lenResult(n) !== 0;
  }
  return true;
}

/** Validates a __len__ result. */
export function lenResult(n: any): number {
  if (typeof n === 'number' && Number.isInteger(n)) {
    if (n < 0) throw N.valueErrLen();
    return n;
  }
  if (typeof n === 'bigint' && n > 0n && n <= 9223372036854775807n) return Number(n);
  if (typeof n === 'bigint' && n < 0n) throw N.valueErrLen();
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'bigint') throw N.overflowLen();
  throw typeErr(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
}

export function not(x: any): boolean {
  return !truthy(x);
}

// ---- comparisons ----

export interface CmpOp {
  readonly name: string;
  readonly swapped: string;
  readonly sym: string;
  readonly js: (a: any, b: any) => boolean;
}
export const CMP = {
  lt: { name: '__lt__', swapped: '__gt__', sym: '<', js: (a: any, b: any) => a < b },
  le: { name: '__le__', swapped: '__ge__', sym: '<=', js: (a: any, b: any) => a <= b },
  gt: { name: '__gt__', swapped: '__lt__', sym: '>', js: (a: any, b: any) => a > b },
  ge: { name: '__ge__', swapped: '__le__', sym: '>=', js: (a: any, b: any) => a >= b },
  eq: { name: '__eq__', swapped: '__eq__', sym: '==', js: (a: any, b: any) => a == b },
  ne: { name: '__ne__', swapped: '__ne__', sym: '!=', js: (a: any, b: any) => a != b },
} satisfies Record<string, CmpOp>;

/** Numeric comparison value for exact int/bool/float, else undefined. */
function cmpNum(x: any): number | bigint | undefined {
  switch (typeof x) {
    case 'number':
    case 'bigint':
      return x;
    case 'boolean':
      return x ? 1 : 0;
  }
  if (x instanceof PyFloat) return x.v;
  return undefined;
}

export function richCompare(op: CmpOp, a: any, b: any): any {
  const x = cmpNum(a);
  if (x !== undefined) {
    const y = cmpNum(b);
    if (y !== undefined) return op.js(x, y);
  }
  if (typeof a === 'string' && typeof b === 'string') return op.js(cmpStrCodePoint(a, b), 0);
  if (typeof a === 'object') {
    // a Python-defined comparison of a's class (cached as for binop): first unless b's class is a proper
    // subclass of a's, whose reflected method may take precedence (then the general path decides)
    const ta: PyType = a.$cls;
    const fa = ta.dc[op.name];
    if (fa !== undefined) {
      const tb = typeOf(b);
      if (tb === ta || !tb.isSubtypeOf(ta)) {
        const r = fa.$ok & 4 ? fa.$fn(a, b) : call2(fa, a, b);
        if (r !== NotImplemented) return r;
        return compareReflected(op, a, b, ta, tb, tb.lookup(op.swapped));
      }
    }
  }
  const ta = typeOf(a);
  const tb = typeOf(b);
  let fb = tb.lookup(op.swapped);
  if (ta !== tb && tb.isSubtypeOf(ta) && fb !== MISSING && overrides(tb, op.swapped, ta)) {
    const r = callSpecial2(fb, b, a);
    if (r !== NotImplemented) return r;
    fb = MISSING;
  }
  const fa = ta.lookup(op.name);
  cacheDunder(ta, op.name, fa);
  if (fa !== MISSING) {
    const r = callSpecial2(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  return compareReflected(op, a, b, ta, tb, fb);
}

/** The end of the comparison protocol once a's method declined: b's reflected method `fb`, then the defaults. */
function compareReflected(op: CmpOp, a: any, b: any, ta: PyType, tb: PyType, fb: any): any {
  if (fb !== MISSING) {
    const r = callSpecial2(fb, b, a);
    if (r !== NotImplemented) return r;
  }
  if (op === CMP.eq) return a === b;
  if (op === CMP.ne) return a !== b;
  throw typeErr(`'${op.sym}' not supported between instances of '${tpName(ta)}' and '${tpName(tb)}'`);
}

export function eq(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return richCompare(CMP.eq, a, b);
}
export function ne(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a !== b;
  if (typeof a === 'string' && typeof b === 'string') return a !== b;
  return richCompare(CMP.ne, a, b);
}
export function lt(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return richCompare(CMP.lt, a, b);
}
export function le(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  return richCompare(CMP.le, a, b);
}
export function gt(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  return richCompare(CMP.gt, a, b);
}
export function ge(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  return richCompare(CMP.ge, a, b);
}

/** `a == b` as a JS boolean (for containers and conditions); identity implies equality as in CPython's containers. */
export function eqB(a: any, b: any): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return false;
  if (typeof a === 'string' && typeof b === 'string') return false;
  const r = richCompare(CMP.eq, a, b);
  return r === true || (r !== false && truthy(r));
}
export function ltB(a: any, b: any): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return strLtCodePoint(a, b);
  const r = richCompare(CMP.lt, a, b);
  return r === true || (r !== false && truthy(r));
}

export function is(a: any, b: any): boolean {
  return a === b || (a !== a && b !== b);
}

// ---- membership ----

export const containsHooks = {
  /** Iterates x calling f per item; f returns true to stop. Set by the iteration module. */
  forEach: (_x: any, _f: (v: any) => boolean): void => {},
  strContains: (_s: any, _sub: any): boolean => false,
};

export function contains(container: any, item: any): boolean {
  if (typeof container === 'string') return containsHooks.strContains(container, item);
  const t = typeOf(container);
  if (typeof container !== 'object') throw typeErr(`argument of type '${t.name}' is not iterable`);
  if (t === listType || t === tupleType) {
    const a = (container as PyList).a;
    for (let i = 0; i < a.length; i++) if (eqB(a[i], item)) return true;
    return false;
  }
  if (t === dictType) return (container as PyDict).s.has(item);
  if (t === setType || t === frozensetType)
    return (container as PySet).s.has(item instanceof PySet ? new PyFrozenSet((item as PySet).s) : item);
  const f = t.lookup('__contains__');
  if (f !== MISSING) return truthy(callSpecial2(f, container, item));
  if (t.lookup('__iter__') === MISSING && t.lookup('__getitem__') === MISSING)
    throw typeErr(`argument of type '${t.name}' is not iterable`);
  let found = false;
  containsHooks.forEach(container, (v) => (found = eqB(v, item)));
  return found;
}

export { PyFrozenSet, strType };
