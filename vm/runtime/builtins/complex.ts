// The `complex` type (PyComplex): construction from numbers and strings, CPython's arithmetic algorithms
// (Smith-style division, integer powers by repeated squaring), repr, hash and formatting.
import { hashExactInt } from '../set-table.js';
import { PyType, MISSING, None, NotImplemented, PyFloat, mkFloat, floatValue, isFloat, normBig } from '../object.js';
import { PyComplex, PyTuple, PyBoxed, complexType, strType } from '../types.js';
import { PyStaticMethod, PyGetSet, type Kw } from '../function.js';
import { defMethod, nativeKw } from '../natives.js';
import { typeErr, valueErr, overflowErr, zeroDivErr } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { callSpecial1 } from '../call.js';
import { floatRepr, repr } from '../convert.js';
import { formatFloat, parseSpec, doubleToString } from '../format.js';
import {
  asReal,
  giveDict,
  floatViaDunder,
  asciiNumeric,
  stripUnderscores,
  stripAscii,
  hypot2,
  powD,
} from './num-common.js';
import { wrongSelf } from './int.js';

function C(self: any, name: string): PyComplex {
  if (self instanceof PyComplex) return self;
  return wrongSelf(name, 'complex', self);
}

/** A complex of type `cls` (complex or a subclass). */
export function mkComplex(cls: PyType, re: number, im: number): PyComplex {
  const c = new PyComplex(re, im);
  if (cls !== complexType) {
    c.$cls = cls;
    giveDict(c, cls);
  }
  return c;
}

// Operand registers, so the arithmetic never allocates for the right-hand side.
let oRe = 0;
let oIm = 0;

/** Loads a complex/int/float operand into (oRe, oIm); false for other types. */
function operand(b: any): boolean {
  if (b instanceof PyComplex) {
    oRe = b.re;
    oIm = b.im;
    return true;
  }
  const r = asReal(b);
  if (r === undefined) return false;
  oRe = r;
  oIm = 0;
  return true;
}

// ---- CPython's complex algorithms ----

let rRe = 0;
let rIm = 0;
/** Set by cQuot on division by zero (CPython's errno = EDOM). */
let edom = false;

function cProd(ar: number, ai: number, br: number, bi: number): void {
  rRe = ar * br - ai * bi;
  rIm = ar * bi + ai * br;
}

/** _Py_c_quot */
function cQuot(ar: number, ai: number, br: number, bi: number): void {
  const absBr = br < 0 ? -br : br;
  const absBi = bi < 0 ? -bi : bi;
  if (absBr >= absBi) {
    if (absBr === 0) {
      edom = true;
      rRe = rIm = 0;
    } else {
      const ratio = bi / br;
      const denom = br + bi * ratio;
      rRe = (ar + ai * ratio) / denom;
      rIm = (ai - ar * ratio) / denom;
    }
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    rRe = (ar * ratio + ai) / denom;
    rIm = (ai * ratio - ar) / denom;
  } else {
    rRe = rIm = NaN;
  }
}

/** _Py_c_pow */
function cPow(ar: number, ai: number, br: number, bi: number): void {
  if (br === 0 && bi === 0) {
    rRe = 1;
    rIm = 0;
  } else if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) edom = true;
    rRe = rIm = 0;
  } else {
    const vabs = hypot2(ar, ai);
    let len = powD(vabs, br);
    const at = Math.atan2(ai, ar);
    let phase = at * br;
    if (bi !== 0) {
      len /= Math.exp(at * bi);
      phase += bi * Math.log(vabs);
    }
    rRe = len * Math.cos(phase);
    rIm = len * Math.sin(phase);
  }
}

/** c_powu: x ** n for 0 <= n <= 100 by repeated squaring. */
function cPowu(xr: number, xi: number, n: number): void {
  let accR = 1;
  let accI = 0;
  let pr = xr;
  let pi = xi;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) {
      cProd(accR, accI, pr, pi);
      accR = rRe;
      accI = rIm;
    }
    mask <<= 1;
    cProd(pr, pi, pr, pi);
    pr = rRe;
    pi = rIm;
  }
  rRe = accR;
  rIm = accI;
}

/** complex ** complex with CPython's errors. */
export function complexPow(ar: number, ai: number, br: number, bi: number): PyComplex {
  edom = false;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = br;
    if (n > 0) cPowu(ar, ai, n);
    else {
      cPowu(ar, ai, -n);
      cQuot(1, 0, rRe, rIm);
    }
  } else cPow(ar, ai, br, bi);
  if (edom) throw zeroDivErr('0.0 to a negative or complex power');
  if (rRe === Infinity || rRe === -Infinity || rIm === Infinity || rIm === -Infinity) throw overflowErr('complex exponentiation');
  return new PyComplex(rRe, rIm);
}

function complexDiv(ar: number, ai: number, br: number, bi: number): PyComplex {
  edom = false;
  cQuot(ar, ai, br, bi);
  if (edom) throw zeroDivErr('complex division by zero');
  return new PyComplex(rRe, rIm);
}

export function complexAbs(re: number, im: number): number {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (re === Infinity || re === -Infinity) return Math.abs(re);
    if (im === Infinity || im === -Infinity) return Math.abs(im);
    return NaN;
  }
  const r = hypot2(re, im);
  if (!Number.isFinite(r)) throw overflowErr('absolute value too large');
  return r;
}

// ---- repr / hash ----

/** A float in repr style without the '.0' suffix (PyOS_double_to_string with 'r'). */
function part(v: number): string {
  const s = floatRepr(v);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return part(im) + 'j';
  let i = part(im);
  if (i[0] !== '-') i = '+' + i;
  return `(${part(re)}${i}j)`;
}

/** CPython's complex hash: hash(real) + 1000003 * hash(imag), wrapped to 64 bits (exact, as a Python int). */
export function complexHash(re: number, im: number): number | bigint {
  const hr = BigInt(hashExactInt(mkFloat(re)));
  if (im === 0) return normBig(hr);
  const hi = BigInt(hashExactInt(mkFloat(im)));
  let c = BigInt.asIntN(64, hr + 1000003n * hi);
  if (c === -1n) c = -2n;
  return normBig(c);
}

// ---- construction ----

const FLOAT_PREFIX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/i;

function prefixFloat(s: string, i: number): [number, number] | undefined {
  const m = FLOAT_PREFIX.exec(i === 0 ? s : s.slice(i));
  if (m === null) return undefined;
  const t = m[0];
  let v: number;
  const body = t[0] === '+' || t[0] === '-' ? t.slice(1) : t;
  const c = body.charCodeAt(0) | 32;
  if (c === 105) v = t[0] === '-' ? -Infinity : Infinity;
  else if (c === 110) v = NaN;
  else v = Number(t);
  return [v, i + t.length];
}

/** complex(str): [re, im] or undefined when malformed. */
export function parseComplex(str: string): [number, number] | undefined {
  const u = stripUnderscores(asciiNumeric(str));
  if (u === undefined) return undefined;
  const s = stripAscii(u);
  let i = 0;
  let bracket = false;
  if (s[0] === '(') {
    bracket = true;
    i = 1;
    while (i < s.length && /[ \t\n\r\v\f]/.test(s[i])) i++;
  }
  let x = 0;
  let y = 0;
  const first = prefixFloat(s, i);
  if (first !== undefined) {
    i = first[1];
    const z = first[0];
    const ch = s[i];
    if (ch === '+' || ch === '-') {
      x = z;
      const second = prefixFloat(s, i);
      if (second === undefined) {
        y = ch === '+' ? 1 : -1;
        i++;
      } else {
        y = second[0];
        i = second[1];
      }
      if (s[i] !== 'j' && s[i] !== 'J') return undefined;
      i++;
    } else if (ch === 'j' || ch === 'J') {
      i++;
      y = z;
    } else x = z;
  } else {
    const ch = s[i];
    if (ch === '+' || ch === '-') {
      y = ch === '+' ? 1 : -1;
      i++;
    } else y = 1;
    if (s[i] !== 'j' && s[i] !== 'J') return undefined;
    i++;
  }
  while (i < s.length && /[ \t\n\r\v\f]/.test(s[i])) i++;
  if (bracket) {
    if (s[i] !== ')') return undefined;
    i++;
    while (i < s.length && /[ \t\n\r\v\f]/.test(s[i])) i++;
  }
  if (i !== s.length) return undefined;
  return [x, y];
}

function strValue(x: any): string | undefined {
  if (typeof x === 'string') return x;
  if (x instanceof PyBoxed && typeof x.v === 'string' && (x.$cls as PyType).isSubtypeOf(strType)) return x.v;
  return undefined;
}

/** The double of a real-number argument, or undefined when it is not a number. */
function realArg(x: any): number | undefined {
  switch (typeof x) {
    case 'number':
      return x;
    case 'bigint':
    case 'boolean':
      return asReal(x);
  }
  if (x instanceof PyFloat) return x.v;
  if (typeof x === 'object') return floatViaDunder(x);
  return undefined;
}

function complexNew(args: any[], kw: Kw): any {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeErr(`complex.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtypeOf(complexType)) throw typeErr(`complex.__new__(${cls.name}): ${cls.name} is not a subtype of complex`);
  const n = args.length - 1;
  if (n > 2) throw typeErr(`complex() takes at most 2 arguments (${n} given)`);
  let r: any = args[1];
  let i: any = args[2];
  if (kw !== null) {
    for (const k in kw) {
      if (k === 'real') {
        if (n >= 1) throw typeErr("argument for complex() given by name ('real') and position (1)");
        r = kw[k];
      } else if (k === 'imag') {
        if (n >= 2) throw typeErr("argument for complex() given by name ('imag') and position (2)");
        i = kw[k];
      } else throw typeErr(`'${k}' is an invalid keyword argument for complex()`);
    }
  }
  if (r === undefined) r = 0;
  if (r instanceof PyComplex && i === undefined && cls === complexType && r.$cls === complexType) return r;
  const rs = strValue(r);
  if (rs !== undefined) {
    if (i !== undefined) throw typeErr("complex() can't take second arg if first is a string");
    if (stripUnderscores(rs) === undefined) throw valueErr(`could not convert string to complex: ${repr(r)}`);
    const p = parseComplex(rs);
    if (p === undefined) throw valueErr('complex() arg is a malformed string');
    return mkComplex(cls, p[0], p[1]);
  }
  if (i !== undefined && strValue(i) !== undefined) throw typeErr("complex() second arg can't be a string");
  // __complex__
  if (typeof r === 'object' && !(r instanceof PyFloat)) {
    const f = (r.$cls as PyType).lookup('__complex__');
    if (f !== MISSING && !(r instanceof PyComplex && f === complexComplexRef.f)) {
      const res = callSpecial1(f, r);
      if (!(res instanceof PyComplex)) throw typeErr(`__complex__ returned non-complex (type ${typeOf(res).name})`);
      r = res;
    }
  }
  let crRe: number;
  let crIm = 0;
  let crComplex = false;
  if (r instanceof PyComplex) {
    crRe = r.re;
    crIm = r.im;
    crComplex = true;
  } else {
    const v = realArg(r);
    if (v === undefined) throw typeErr(`complex() first argument must be a string or a number, not '${typeOf(r).name}'`);
    crRe = v;
  }
  let ciRe: number;
  let ciIm = 0;
  let ciComplex = false;
  if (i === undefined) ciRe = crIm;
  else if (i instanceof PyComplex) {
    ciRe = i.re;
    ciIm = i.im;
    ciComplex = true;
  } else {
    const v = realArg(i);
    if (v === undefined) throw typeErr(`complex() second argument must be a number, not '${typeOf(i).name}'`);
    ciRe = v;
  }
  if (ciComplex) crRe -= ciIm;
  if (crComplex && i !== undefined) ciRe += crIm;
  return mkComplex(cls, crRe, ciRe);
}

// ---- format ----

/** complex.__format__ (CPython's format_complex_internal). */
export function formatComplex(re: number, im: number, spec: string): string {
  if (spec === '') return complexRepr(re, im);
  const f = parseSpec(spec, 'f', 'complex');
  let type = f.type;
  switch (type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default: {
      const c = type.codePointAt(0)!;
      if (c > 32 && c < 128) throw valueErr(`Unknown format code '${type}' for object of type 'complex'`);
      throw valueErr(`Unknown format code '\\x${c.toString(16)}' for object of type 'complex'`);
    }
  }
  if (f.fill === '0') throw valueErr('Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw valueErr("'=' alignment flag is not allowed in complex format specifier");
  let skipRe = false;
  let parens = false;
  let reprMode = false;
  if (type === '') {
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
    if (f.precision < 0) reprMode = true;
    else type = 'g';
  }
  if (type === 'n') type = 'g';
  const sub = (v: number, sg: string) => {
    if (reprMode) {
      let s = doubleToString(v, 'r', 0, f.alt, false, f.z);
      if (s[0] !== '-' && (sg === '+' || sg === ' ')) s = sg + s;
      return s;
    }
    const prec = f.precision >= 0 ? '.' + f.precision : '';
    return formatFloat(v, `${sg}${f.z ? 'z' : ''}${f.alt ? '#' : ''}${f.sep}${prec}${type}`, 'complex');
  };
  const reS = skipRe ? '' : sub(re, f.sign);
  const imS = sub(im, skipRe ? f.sign : '+');
  const body = (parens ? '(' : '') + reS + imS + 'j' + (parens ? ')' : '');
  const w = f.width < 0 ? 0 : f.width;
  if (body.length >= w) return body;
  const pad = w - body.length;
  if (f.align === '<') return body + f.fill.repeat(pad);
  if (f.align === '^') return f.fill.repeat(pad >> 1) + body + f.fill.repeat(pad - (pad >> 1));
  return f.fill.repeat(pad) + body;
}

// ---- install ----

export const complexComplexRef: { f: any } = { f: undefined };

export function installComplex(): void {
  const t = complexType;
  t.dict.__new__ = new PyStaticMethod(nativeKw('__new__', complexNew));
  t.alloc = (cls: PyType) => mkComplex(cls, 0, 0);

  const bin = (name: string, rname: string, f: (ar: number, ai: number, br: number, bi: number) => PyComplex) => {
    defMethod(t, name, (a: any, b: any) => {
      const x = C(a, name);
      return operand(b) ? f(x.re, x.im, oRe, oIm) : NotImplemented;
    });
    defMethod(t, rname, (a: any, b: any) => {
      const x = C(a, rname);
      return operand(b) ? f(oRe, oIm, x.re, x.im) : NotImplemented;
    });
  };
  bin('__add__', '__radd__', (ar, ai, br, bi) => new PyComplex(ar + br, ai + bi));
  bin('__sub__', '__rsub__', (ar, ai, br, bi) => new PyComplex(ar - br, ai - bi));
  bin('__mul__', '__rmul__', (ar, ai, br, bi) => new PyComplex(ar * br - ai * bi, ar * bi + ai * br));
  bin('__truediv__', '__rtruediv__', complexDiv);
  const pow = (name: string, refl: boolean) =>
    defMethod(t, name, (a: any, b: any, m: any) => {
      const x = C(a, name);
      if (!operand(b)) return NotImplemented;
      if (m !== undefined && m !== None) throw valueErr('complex modulo');
      return refl ? complexPow(oRe, oIm, x.re, x.im) : complexPow(x.re, x.im, oRe, oIm);
    }, 2, 3);
  pow('__pow__', false);
  pow('__rpow__', true);

  const eqv = (a: PyComplex, b: any): boolean | typeof NotImplemented => {
    if (b instanceof PyComplex) return a.re === b.re && a.im === b.im;
    if (typeof b === 'number' || typeof b === 'bigint' || typeof b === 'boolean' || b instanceof PyFloat || b instanceof PyBoxed) {
      if (b instanceof PyBoxed) {
        const bt = b.$cls as PyType;
        if (!(typeof b.v === 'number' || typeof b.v === 'bigint' || isFloat(b.v))) return NotImplemented;
        if (bt.lookup('__index__') === MISSING && bt.lookup('__float__') === MISSING) return NotImplemented;
        b = isFloat(b.v) ? floatValue(b.v) : b.v;
      }
      if (typeof b === 'boolean') b = b ? 1 : 0;
      if (b instanceof PyFloat) b = b.v;
      return a.im === 0 && a.re == b;
    }
    return NotImplemented;
  };
  defMethod(t, '__eq__', (a: any, b: any) => eqv(C(a, '__eq__'), b));
  defMethod(t, '__ne__', (a: any, b: any) => {
    const r = eqv(C(a, '__ne__'), b);
    return r === NotImplemented ? r : !r;
  });
  for (const name of ['__lt__', '__le__', '__gt__', '__ge__'])
    defMethod(t, name, (a: any, _b: any) => (C(a, name), NotImplemented));

  defMethod(t, '__neg__', (s: any) => {
    const c = C(s, '__neg__');
    return new PyComplex(-c.re, -c.im);
  });
  defMethod(t, '__pos__', (s: any) => {
    const c = C(s, '__pos__');
    return c.$cls === complexType ? c : new PyComplex(c.re, c.im);
  });
  defMethod(t, '__abs__', (s: any) => {
    const c = C(s, '__abs__');
    return mkFloat(complexAbs(c.re, c.im));
  });
  defMethod(t, '__bool__', (s: any) => {
    const c = C(s, '__bool__');
    return c.re !== 0 || c.im !== 0;
  });
  defMethod(t, '__hash__', (s: any) => {
    const c = C(s, '__hash__');
    return complexHash(c.re, c.im);
  });
  defMethod(t, '__repr__', (s: any) => {
    const c = C(s, '__repr__');
    return complexRepr(c.re, c.im);
  });
  defMethod(t, '__format__', (s: any, spec: any) => {
    const c = C(s, '__format__');
    if (typeof spec !== 'string') {
      if (spec instanceof PyBoxed && typeof spec.v === 'string') spec = spec.v;
      else throw typeErr(`__format__() argument must be str, not ${typeOf(spec).name}`);
    }
    return formatComplex(c.re, c.im, spec);
  });
  complexComplexRef.f = defMethod(t, '__complex__', (s: any) => {
    const c = C(s, '__complex__');
    return c.$cls === complexType ? c : new PyComplex(c.re, c.im);
  });
  defMethod(t, '__getnewargs__', (s: any) => {
    const c = C(s, '__getnewargs__');
    return new PyTuple([mkFloat(c.re), mkFloat(c.im)]);
  });
  defMethod(t, 'conjugate', (s: any) => {
    const c = C(s, 'conjugate');
    return new PyComplex(c.re, -c.im);
  });
  t.dict.real = new PyGetSet('real', (s: any) => mkFloat(C(s, 'real').re));
  t.dict.imag = new PyGetSet('imag', (s: any) => mkFloat(C(s, 'imag').im));
}
