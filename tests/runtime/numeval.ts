// Differential-test support for the numeric types and the math module, usable before the compiler exists:
// a tiny evaluator for Python expressions (literals, operators, calls, attributes) running on the VM runtime,
// and a harness that evaluates the same expression strings under python3 (one subprocess per test file)
// and compares repr() of the results or "ExcType: message".
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { PyFloat, PyType, MISSING, None, NotImplemented, TypeFlags, typeType, computeMro } from '../../vm/runtime/object.js';
import {
  PyTuple,
  PyList,
  PyBytes,
  PyBoxed,
  PyComplex,
  intType,
  floatType,
  complexType,
  boolType,
  strType,
} from '../../vm/runtime/types.js';
import { PyBuiltin, PyBoundMethod, PyStaticMethod, PyClassMethod, PyGetSet } from '../../vm/runtime/function.js';
import { PyBaseException } from '../../vm/runtime/exceptions.js';
import { typeOf } from '../../vm/runtime/typeof.js';
import { callSlow, call1 } from '../../vm/runtime/call.js';
import { floatRepr, strRepr, hash } from '../../vm/runtime/convert.js';
import * as O from '../../vm/runtime/operators.js';
import { bytesRepr } from '../../vm/runtime/builtins/num-common.js';

// ---- runtime setup ----

let ready = false;
export async function setupRuntime(): Promise<void> {
  if (ready) return;
  ready = true;
  const b = await import('../../vm/runtime/bootstrap.js');
  b.bootstrap();
}

function heapType(name: string, base: PyType): PyType {
  const t = new PyType(name, [base], typeType, TypeFlags.BaseType | TypeFlags.Heap | TypeFlags.HasDict);
  t.mro = computeMro(t);
  t.module = '__main__';
  return t;
}

let env: Record<string, any> | null = null;

function lookupTypeAttr(t: PyType, name: string): any {
  const v = t.lookup(name);
  if (v === MISSING) throw new Error(`no attribute ${t.name}.${name}`);
  if (v instanceof PyStaticMethod) return v.func;
  if (v instanceof PyClassMethod) return new PyBoundMethod(t, v.func);
  return v;
}

function getattr(o: any, name: string): any {
  if (o instanceof PyType) return lookupTypeAttr(o, name);
  if (o !== null && typeof o === 'object' && !(o as any).$cls) {
    const v = (o as Record<string, any>)[name];
    if (v === undefined) throw new Error(`module has no attribute ${name}`);
    return v;
  }
  const t = typeOf(o);
  const v = t.lookup(name);
  if (v === MISSING) throw new Error(`no attribute ${t.name}.${name}`);
  if (v instanceof PyGetSet) return v.get(o);
  if (v instanceof PyBuiltin && v.binds) return new PyBoundMethod(o, v);
  if (v instanceof PyClassMethod) return new PyBoundMethod(t, v.func);
  if (v instanceof PyStaticMethod) return v.func;
  return v;
}

function callAny(f: any, args: any[], kwn: string[] | null, kwv: any[] | null): any {
  if (typeof f === 'function') return f(...args);
  if (f instanceof PyType) return callSlow(lookupTypeAttr(f, '__new__'), [f, ...args], kwn, kwv);
  return callSlow(f, args, kwn, kwv);
}

function dunder(x: any, name: string): any {
  const f = typeOf(x).lookup(name);
  return f === MISSING ? undefined : f;
}

function binDunder(a: any, b: any, name: string, rname: string, extra: any[] = []): any {
  const f = dunder(a, name);
  if (f !== undefined) {
    const r = callSlow(f, [a, b, ...extra], null, null);
    if (r !== NotImplemented) return r;
  }
  const g = dunder(b, rname);
  if (g !== undefined && typeOf(a) !== typeOf(b)) {
    const r = callSlow(g, [b, a, ...extra], null, null);
    if (r !== NotImplemented) return r;
  }
  throw new Error(`unsupported ${name}`);
}

function getEnv(): Record<string, any> {
  if (env !== null) return env;
  const MyInt = heapType('MyInt', intType);
  const MyFloat = heapType('MyFloat', floatType);
  const MyComplex = heapType('MyComplex', complexType);
  const MyStr = heapType('MyStr', strType);
  env = {
    int: intType,
    float: floatType,
    complex: complexType,
    bool: boolType,
    MyInt,
    MyFloat,
    MyComplex,
    MyStr,
    None,
    True: true,
    False: false,
    NotImplemented,
    tname: (x: any) => typeOf(x).name,
    divmod: (a: any, b: any) => binDunder(a, b, '__divmod__', '__rdivmod__'),
    pow: (a: any, b: any, m?: any) => (m === undefined ? O.pow(a, b) : binDunder(a, b, '__pow__', '__rpow__', [m])),
    round: (x: any, n?: any) => callSlow(dunder(x, '__round__'), n === undefined ? [x] : [x, n], null, null),
    abs: (x: any) => call1(dunder(x, '__abs__'), x),
    hash: (x: any) => hash(x),
    repr: (x: any) => show(x),
    format: (x: any, spec: any) => callSlow(dunder(x, '__format__'), [x, spec], null, null),
    bytearray: (x: any) => x,
    list: (x: any) => x,
  };
  return env;
}

/** Registers the math module record for `math.` names. */
export function provideModule(name: string, rec: Record<string, any>): void {
  getEnv()[name] = rec;
}

// ---- repr for results ----

export function show(v: any): string {
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? String(v) : floatRepr(v);
    case 'bigint':
      return v.toString();
    case 'boolean':
      return v ? 'True' : 'False';
    case 'string':
      return strRepr(v);
  }
  if (v === None) return 'None';
  if (v === NotImplemented) return 'NotImplemented';
  if (v instanceof PyFloat && v.$cls === floatType) return floatRepr(v.v);
  if (v instanceof PyTuple) return v.a.length === 1 ? `(${show(v.a[0])},)` : `(${v.a.map(show).join(', ')})`;
  if (v instanceof PyList) return `[${v.a.map(show).join(', ')}]`;
  if (v instanceof PyBytes) return bytesRepr(v.b);
  if (v instanceof PyComplex || v instanceof PyBoxed || v instanceof PyFloat) return call1(dunder(v, '__repr__'), v);
  return `<${typeOf(v).name}>`;
}

// ---- tokenizer ----

type Tok = { k: 'num' | 'str' | 'bytes' | 'name' | 'op' | 'end'; v: string };

const OPS3 = ['**=', '//=', '>>=', '<<='];
const OPS2 = ['**', '//', '<<', '>>', '<=', '>=', '==', '!='];

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ') {
      i++;
      continue;
    }
    const rest = src.slice(i);
    let m = /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?)/.exec(rest);
    if (m && /^[\d.]/.test(c) && m[0] !== '.') {
      out.push({ k: 'num', v: m[0] });
      i += m[0].length;
      continue;
    }
    m = /^([bB]?)(['"])((?:\\.|(?!\2).)*)\2/.exec(rest);
    if (m) {
      out.push({ k: m[1] ? 'bytes' : 'str', v: unescape(m[3]) });
      i += m[0].length;
      continue;
    }
    m = /^[A-Za-z_][A-Za-z_0-9]*/.exec(rest);
    if (m) {
      out.push({ k: 'name', v: m[0] });
      i += m[0].length;
      continue;
    }
    const op = OPS3.find((o) => rest.startsWith(o)) ?? OPS2.find((o) => rest.startsWith(o)) ?? c;
    out.push({ k: 'op', v: op });
    i += op.length;
  }
  out.push({ k: 'end', v: '' });
  return out;
}

function unescape(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
    switch (e[0]) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case '0':
        return '\0';
      case 'v':
        return '\v';
      case 'f':
        return '\f';
      case 'x':
      case 'u':
      case 'U':
        return String.fromCodePoint(parseInt(e.slice(1), 16));
      default:
        return e;
    }
  });
}

// ---- parser / evaluator (evaluates while parsing: every case is a single expression) ----

class Parser {
  private p = 0;
  constructor(private toks: Tok[]) {}
  private peek(): Tok {
    return this.toks[this.p];
  }
  private take(): Tok {
    return this.toks[this.p++];
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t.k === 'op' && t.v === v;
  }
  private expect(v: string): void {
    const t = this.take();
    if (t.k !== 'op' || t.v !== v) throw new Error(`expected ${v}, got ${t.v}`);
  }
  parseTop(): any {
    const v = this.exprOrTuple();
    if (this.peek().k !== 'end') throw new Error(`trailing input at ${this.peek().v}`);
    return v;
  }
  private exprOrTuple(): any {
    const first = this.expr();
    if (!this.isOp(',')) return first;
    const items = [first];
    while (this.isOp(',')) {
      this.take();
      if (this.isOp(')') || this.peek().k === 'end') break;
      items.push(this.expr());
    }
    return new PyTuple(items);
  }
  private expr(): any {
    if (this.peek().k === 'name' && this.peek().v === 'not') {
      this.take();
      return !O.truthy(this.expr());
    }
    const a = this.bitor();
    const t = this.peek();
    if (t.k === 'op' && ['<', '>', '<=', '>=', '==', '!='].includes(t.v)) {
      this.take();
      const b = this.bitor();
      const op = { '<': O.CMP.lt, '>': O.CMP.gt, '<=': O.CMP.le, '>=': O.CMP.ge, '==': O.CMP.eq, '!=': O.CMP.ne }[t.v]!;
      return O.richCompare(op, a, b);
    }
    if (t.k === 'name' && t.v === 'is') {
      this.take();
      return this.bitor() === a;
    }
    return a;
  }
  private chain(next: () => any, ops: Record<string, (a: any, b: any) => any>): any {
    let a = next();
    for (;;) {
      const t = this.peek();
      if (t.k === 'op' && ops[t.v]) {
        this.take();
        a = ops[t.v](a, next());
      } else return a;
    }
  }
  private bitor = (): any => this.chain(this.bitxor, { '|': O.or });
  private bitxor = (): any => this.chain(this.bitand, { '^': O.xor });
  private bitand = (): any => this.chain(this.shift, { '&': O.and });
  private shift = (): any => this.chain(this.arith, { '<<': O.lshift, '>>': O.rshift });
  private arith = (): any => this.chain(this.term, { '+': O.add, '-': O.sub });
  private term = (): any => this.chain(this.factor, { '*': O.mul, '/': O.truediv, '//': O.floordiv, '%': O.mod });
  private factor = (): any => {
    if (this.isOp('-')) {
      this.take();
      return O.neg(this.factor());
    }
    if (this.isOp('+')) {
      this.take();
      return O.pos(this.factor());
    }
    if (this.isOp('~')) {
      this.take();
      return O.invert(this.factor());
    }
    return this.power();
  };
  private power(): any {
    const a = this.primary();
    if (this.isOp('**')) {
      this.take();
      return O.pow(a, this.factor());
    }
    return a;
  }
  private primary(): any {
    let v = this.atom();
    for (;;) {
      if (this.isOp('.')) {
        this.take();
        v = getattr(v, this.take().v);
      } else if (this.isOp('(')) {
        this.take();
        const args: any[] = [];
        const kwn: string[] = [];
        const kwv: any[] = [];
        while (!this.isOp(')')) {
          if (this.peek().k === 'name' && this.toks[this.p + 1].k === 'op' && this.toks[this.p + 1].v === '=') {
            kwn.push(this.take().v);
            this.take();
            kwv.push(this.expr());
          } else if (this.isOp('*')) {
            this.take();
            const it = this.expr();
            args.push(...(it as PyTuple).a);
          } else args.push(this.expr());
          if (this.isOp(',')) this.take();
        }
        this.take();
        v = callAny(v, args, kwn.length ? kwn : null, kwn.length ? kwv : null);
      } else if (this.isOp('[')) {
        this.take();
        const i = this.expr();
        this.expect(']');
        v = (v as PyTuple).a[Number(i) < 0 ? (v as PyTuple).a.length + Number(i) : Number(i)];
      } else return v;
    }
  }
  private atom(): any {
    const t = this.take();
    switch (t.k) {
      case 'num':
        return numLiteral(t.v);
      case 'str': {
        let s = t.v;
        while (this.peek().k === 'str') s += this.take().v;
        return s;
      }
      case 'bytes':
        return new PyBytes(Uint8Array.from([...t.v].map((c) => c.charCodeAt(0))));
      case 'name': {
        const e = getEnv();
        if (!(t.v in e)) throw new Error(`unknown name ${t.v}`);
        return e[t.v];
      }
      case 'op':
        if (t.v === '(') {
          if (this.isOp(')')) {
            this.take();
            return new PyTuple([]);
          }
          const v = this.exprOrTuple();
          this.expect(')');
          return v;
        }
        if (t.v === '[') {
          const items: any[] = [];
          while (!this.isOp(']')) {
            items.push(this.expr());
            if (this.isOp(',')) this.take();
          }
          this.take();
          return new PyList(items);
        }
    }
    throw new Error(`unexpected token ${t.v}`);
  }
}

function numLiteral(s: string): any {
  s = s.replace(/_/g, '');
  if (/[jJ]$/.test(s)) return new PyComplex(0, Number(s.slice(0, -1)));
  if (/^0[xXoObB]/.test(s)) {
    const b = BigInt(s.toLowerCase());
    return b <= 9007199254740991n ? Number(b) : b;
  }
  if (/[.eE]/.test(s)) {
    const v = Number(s);
    return Number.isInteger(v) ? new PyFloat(v) : v;
  }
  const b = BigInt(s);
  return b <= 9007199254740991n ? Number(b) : b;
}

/** Evaluates `src` on the VM runtime: repr of the result, or "ExcType: message". */
export function evalCase(src: string): string {
  try {
    return show(new Parser(tokenize(src)).parseTop());
  } catch (e) {
    if (e instanceof PyBaseException) {
      const a = e.args.a;
      return `${e.$cls.name}: ${a.length === 0 ? '' : typeof a[0] === 'string' ? a[0] : show(a[0])}`;
    }
    throw e;
  }
}

// ---- python3 side ----

const PY_PRELUDE = `
import sys, json, math
class MyInt(int): pass
class MyFloat(float): pass
class MyComplex(complex): pass
class MyStr(str): pass
def tname(x): return type(x).__name__
cases = json.load(sys.stdin)
out = []
ns = dict(math=math, MyInt=MyInt, MyFloat=MyFloat, MyComplex=MyComplex, MyStr=MyStr, tname=tname)
for c in cases:
    try:
        out.append(repr(eval(c, ns)))
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
print(json.dumps(out))
`;

export function runPython(cases: string[]): string[] {
  const r = spawnSync('python3', ['-c', PY_PRELUDE], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) throw new Error(`python3 is required for the differential tests: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

// ---- approximate comparison ----

const F64 = new Float64Array(1);
const I64 = new BigInt64Array(F64.buffer);
function ulpDist(a: number, b: number): number {
  if (Object.is(a, b) || (a !== a && b !== b)) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  if (Math.sign(a) !== Math.sign(b)) return a === 0 && b === 0 ? 0 : Infinity;
  F64[0] = a;
  const x = I64[0];
  F64[0] = b;
  const y = I64[0];
  const d = x - y;
  return Number(d < 0n ? -d : d);
}

const NUM_RE = /-?(?:inf|nan|\d+(?:\.\d*)?(?:e[+-]?\d+)?)/g;

/** Same shape, every number within `ulps` units in the last place. */
export function closeRepr(a: string, b: string, ulps: number): boolean {
  if (a === b) return true;
  if (a.replace(NUM_RE, '#') !== b.replace(NUM_RE, '#')) return false;
  const na = a.match(NUM_RE) ?? [];
  const nb = b.match(NUM_RE) ?? [];
  for (let i = 0; i < na.length; i++) {
    const x = Number(na[i].replace('inf', 'Infinity').replace('nan', 'NaN'));
    const y = Number(nb[i].replace('inf', 'Infinity').replace('nan', 'NaN'));
    if (ulpDist(x, y) > ulps) return false;
  }
  return true;
}

/**
 * Registers one test per case. A case starting with '~' compares floats within `ulps` (for libm-based
 * functions, where V8 and glibc may differ in the last bit).
 */
export function differential(title: string, cases: string[], ulps = 2, setup?: () => void): void {
  describe(title, () => {
    let expected: string[] = [];
    beforeAll(async () => {
      await setupRuntime();
      setup?.();
      expected = runPython(cases.map((c) => (c.startsWith('~') ? c.slice(1) : c)));
    });
    cases.forEach((c, i) => {
      it(c, () => {
        const approx = c.startsWith('~');
        const got = evalCase(approx ? c.slice(1) : c);
        if (approx && closeRepr(got, expected[i], ulps)) return;
        expect(got).toBe(expected[i]);
      });
    });
  });
}
