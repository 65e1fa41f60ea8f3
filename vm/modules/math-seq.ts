// Sequence functions of the math module: hypot, dist, fsum (Shewchuk's exact partials, as CPython's
// math_fsum), prod and isclose, following Modules/mathmodule.c.
import { PyFloat } from '../runtime/object.js';
import { type Kw } from '../runtime/function.js';
import { typeErr, valueErr, overflowErr } from '../runtime/exceptions.js';
import { mul } from '../runtime/operators.js';
import { iter, next, toArray } from '../runtime/iteration.js';
import { intToFloat } from '../runtime/numeric.js';
import { toDoubleSlow, vectorNorm, hypot2 } from '../runtime/builtins/num-common.js';

function D(x: any): number {
  return typeof x === 'number' ? x : toDoubleSlow(x);
}
function F(r: number): number | PyFloat {
  return Number.isInteger(r) ? new PyFloat(r) : r;
}
function isFinite(x: number): boolean {
  return x - x === 0;
}

/** ASSIGN_DOUBLE: exact float, exact int (may overflow), else PyFloat_AsDouble. */
export function assignDouble(x: any): number {
  if (typeof x === 'number') return x;
  if (x instanceof PyFloat) return x.v;
  if (typeof x === 'bigint') return intToFloat(x);
  return toDoubleSlow(x);
}

let coordBuf = new Float64Array(16);

/** hypot(*coordinates) */
export function hypot(args: any[]) {
  const n = args.length;
  if (n > coordBuf.length) coordBuf = new Float64Array(n * 2);
  let max = 0.0;
  let foundNan = false;
  for (let i = 0; i < n; i++) {
    const x = Math.abs(assignDouble(args[i]));
    coordBuf[i] = x;
    foundNan = foundNan || x !== x;
    if (x > max) max = x;
  }
  return F(vectorNorm(coordBuf, n, max, foundNan));
}

export function dist(p: any, q: any) {
  const pa = toArray(p);
  const qa = toArray(q);
  const n = pa.length;
  if (n !== qa.length) throw valueErr('both points must have the same number of dimensions');
  if (n > coordBuf.length) coordBuf = new Float64Array(n * 2);
  let max = 0.0;
  let foundNan = false;
  for (let i = 0; i < n; i++) {
    const px = assignDouble(pa[i]);
    const qx = assignDouble(qa[i]);
    const x = Math.abs(px - qx);
    coordBuf[i] = x;
    foundNan = foundNan || x !== x;
    if (x > max) max = x;
  }
  return F(vectorNorm(coordBuf, n, max, foundNan));
}

/** math.fsum: Shewchuk's exact partials, as in CPython's math_fsum. */
export function fsum(seq: any) {
  const it = iter(seq);
  const p: number[] = [];
  let n = 0;
  let specialSum = 0.0;
  let infSum = 0.0;
  let hi = 0.0;
  let lo = 0.0;
  for (let item = next(it); item !== undefined; item = next(it)) {
    let x = assignDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x !== 0.0) {
      if (!isFinite(x)) {
        if (isFinite(xsave)) throw overflowErr('intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        n = 0;
      } else p[n++] = x;
    }
  }
  if (specialSum !== 0.0) {
    if (infSum !== infSum) throw valueErr('-inf + inf in fsum');
    return F(specialSum);
  }
  hi = 0.0;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return F(hi);
}

export function prodGen(args: any[], kw: Kw): any {
  let start: any = 1;
  if (kw !== null) {
    for (const k in kw) {
      if (k !== 'start') throw typeErr(`'${k}' is an invalid keyword argument for prod()`);
      start = kw[k];
    }
  }
  if (args.length !== 1) throw typeErr(`prod() takes exactly 1 positional argument (${args.length} given)`);
  const it = iter(args[0]);
  let r = start;
  for (let v = next(it); v !== undefined; v = next(it)) r = mul(r, v);
  return r;
}

export function iscloseGen(args: any[], kw: Kw): any {
  if (args.length > 2) throw typeErr(`isclose() takes exactly 2 positional arguments (${args.length} given)`);
  let a = args[0];
  let b = args[1];
  let relTol = 1e-9;
  let absTol = 0.0;
  if (kw !== null) {
    for (const k in kw) {
      const v = kw[k];
      if (k === 'a' || k === 'b') {
        const pos = k === 'a' ? 0 : 1;
        if (args.length > pos) throw typeErr(`argument for isclose() given by name ('${k}') and position (${pos + 1})`);
        if (k === 'a') a = v;
        else b = v;
      } else if (k === 'rel_tol') relTol = D(v);
      else if (k === 'abs_tol') absTol = D(v);
      else throw typeErr(`'${k}' is an invalid keyword argument for isclose()`);
    }
  }
  if (a === undefined) throw typeErr("isclose() missing required argument 'a' (pos 1)");
  if (b === undefined) throw typeErr("isclose() missing required argument 'b' (pos 2)");
  return isclose(D(a), D(b), relTol, absTol);
}
function isclose(a: number, b: number, relTol: number, absTol: number): boolean {
  if (relTol < 0.0 || absTol < 0.0) throw valueErr('tolerances must be non-negative');
  if (a === b) return true;
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

/** The two-argument math.hypot. */
export function hypotXY(a: any, b: any): number | PyFloat {
  return F(hypot2(assignDouble(a), assignDouble(b)));
}
