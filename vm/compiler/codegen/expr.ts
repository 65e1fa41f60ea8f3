// Expressions to JavaScript expressions. Every helper named with a `$` prefix is a runtime function from
// vm/runtime/rt.ts, bound once per module (see rt-names.ts).
import type { Compiler } from './compiler.js';
import { FnCtx, jsStr, jsProp, jsLocal } from './context.js';
import { compileLambda, compileComprehension } from './functions.js';
import { boundInEnclosingFunction, localNames } from './names.js';
import { FREE } from '../scope.js';
import { PyFloat } from '../../runtime/object.js';
import { PyBytes } from '../../runtime/types.js';

const BINOPS: Record<string, string> = {
  Add: '$add',
  Sub: '$sub',
  Mult: '$mul',
  Div: '$truediv',
  FloorDiv: '$floordiv',
  Mod: '$mod',
  Pow: '$pow',
  LShift: '$lshift',
  RShift: '$rshift',
  BitOr: '$or',
  BitXor: '$xor',
  BitAnd: '$and',
  MatMult: '$matmul',
};
export const INPLACE: Record<string, string> = {
  Add: '$iadd',
  Sub: '$isub',
  Mult: '$imul',
  Div: '$itruediv',
  FloorDiv: '$ifloordiv',
  Mod: '$imod',
  Pow: '$ipow',
  LShift: '$ilshift',
  RShift: '$irshift',
  BitOr: '$ior',
  BitXor: '$ixor',
  BitAnd: '$iand',
  MatMult: '$imatmul',
};
const CMPOPS: Record<string, string> = {
  Eq: '$eq',
  NotEq: '$ne',
  Lt: '$lt',
  LtE: '$le',
  Gt: '$gt',
  GtE: '$ge',
};

export function constant(c: Compiler, v: any): string {
  switch (v.t) {
    case 'None':
      return 'None';
    case 'bool':
      return v.v ? 'true' : 'false';
    case 'int': {
      const b: bigint = v.v;
      if (b >= -9007199254740991n && b <= 9007199254740991n) {
        const n = Number(b);
        return n < 0 ? `(${n})` : String(n);
      }
      return `${b < 0n ? '(' : ''}${b.toString()}n${b < 0n ? ')' : ''}`;
    }
    case 'float': {
      const f: number = v.v;
      if (!Number.isInteger(f) && Number.isFinite(f)) return f < 0 ? `(${String(f)})` : String(f);
      if (Number.isNaN(f)) return 'NaN';
      if (!Number.isFinite(f)) return f > 0 ? 'Infinity' : '(-Infinity)';
      return c.konst(new PyFloat(f), `float:${Object.is(f, -0) ? '-0' : f}`);
    }
    case 'complex':
      return `$complex(0, ${String(v.imag)})`;
    case 'str':
      return jsStr(v.v);
    case 'bytes':
      return c.konst(new PyBytes(v.v));
    case 'Ellipsis':
      return 'Ellipsis';
  }
  throw new Error(`unknown constant ${JSON.stringify(v)}`);
}

/** Compiles an expression used as a condition: a JS boolean expression. */
export function condition(c: Compiler, e: any, fc: FnCtx): string {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op === 'Not') return `!${condition(c, e.operand, fc)}`;
      break;
    case 'BoolOp': {
      const parts = e.values.map((v: any) => condition(c, v, fc));
      return `(${parts.join(e.op === 'And' ? ' && ' : ' || ')})`;
    }
    case 'Compare':
      if (e.ops.length === 1) {
        const op = e.ops[0];
        const js = compareOne(op, c.expr(e.left, fc), c.expr(e.comparators[0], fc));
        // is/in already give JS booleans; rich comparisons may return any object
        return op in CMPOPS ? `$truthy(${js})` : js;
      }
      break;
    case 'Constant':
      if (e.value.t === 'bool') return e.value.v ? 'true' : 'false';
      break;
  }
  return `$truthy(${c.expr(e, fc)})`;
}

/** One comparison `l op r` as a JS expression (is/in give JS booleans; the others a Python value). */
function compareOne(op: string, l: string, r: string): string {
  switch (op) {
    case 'Is':
      return `$is(${l}, ${r})`;
    case 'IsNot':
      return `!$is(${l}, ${r})`;
    case 'In':
      return `$contains(${r}, ${l})`;
    case 'NotIn':
      return `!$contains(${r}, ${l})`;
  }
  return `${CMPOPS[op]}(${l}, ${r})`;
}

function compare(c: Compiler, e: any, fc: FnCtx): string {
  const one = compareOne;
  if (e.ops.length === 1) return one(e.ops[0], c.expr(e.left, fc), c.expr(e.comparators[0], fc));
  // a < b < c: each middle operand evaluated once; stop at the first false result
  const res = fc.tmp();
  let left = c.expr(e.left, fc);
  const parts: string[] = [];
  for (let i = 0; i < e.ops.length; i++) {
    const last = i === e.ops.length - 1;
    let right = c.expr(e.comparators[i], fc);
    if (!last) {
      const m = fc.tmp();
      parts.push(`(${res} = ${one(e.ops[i], left, `(${m} = ${right})`)})`);
      left = m;
    } else parts.push(`(${res} = ${one(e.ops[i], left, right)})`);
  }
  // (r = a<b, truthy(r)) ? (r = b<c, ...) : r
  let out = parts[parts.length - 1];
  for (let i = parts.length - 2; i >= 0; i--) out = `($truthy(${parts[i]}) ? ${out} : ${res})`;
  return out;
}

function attribute(c: Compiler, e: any, fc: FnCtx): string {
  const name = c.mangled(e.attr, fc);
  const o = fc.tmp();
  const v = fc.tmp();
  const obj = c.expr(e.value, fc);
  // Fast path: an instance-bag hit (see the invariant in vm/runtime/attributes.ts).
  return `((${o} = ${obj}).$d !== undefined && (${v} = ${jsProp(`${o}.$d`, name)}) !== undefined ? ${v} : $getAttr(${o}, ${jsStr(name)}))`;
}

export interface CallArgs {
  /** Positional argument expressions, or null when starred arguments force an array build. */
  pos: string[];
  /** JS expression of the positional array when starred arguments exist. */
  posArray: string | null;
  kwNames: string[];
  kwVals: string[];
  /** JS expression of a **kwargs mapping merge, when present. */
  kwStar: string | null;
}

export function callArgs(c: Compiler, args: any[], keywords: any[], fc: FnCtx): CallArgs {
  const hasStar = args.some((a) => a._type === 'Starred');
  const pos: string[] = [];
  let posArray: string | null = null;
  if (hasStar) {
    // parts are flattened by $callEx, which names the callee in "argument after * must be an iterable"
    const parts = args.map((a) => (a._type === 'Starred' ? `$star(${c.expr(a.value, fc)})` : `[${c.expr(a, fc)}]`));
    posArray = `[${parts.join(', ')}]`;
  } else for (const a of args) pos.push(c.expr(a, fc));
  const kwNames: string[] = [];
  const kwVals: string[] = [];
  let kwStar: string | null = null;
  if (keywords.some((k) => k.arg === null)) {
    const parts = keywords.map((k) =>
      k.arg === null ? c.expr(k.value, fc) : `$kwPair(${jsStr(k.arg)}, ${c.expr(k.value, fc)})`,
    );
    kwStar = `$kwMerge([${parts.join(', ')}])`;
  } else
    for (const k of keywords) {
      kwNames.push(k.arg);
      kwVals.push(c.expr(k.value, fc));
    }
  return { pos, posArray, kwNames, kwVals, kwStar };
}

function call(c: Compiler, e: any, fc: FnCtx): string {
  const f = e.func;
  // Builtins that need the caller's frame: super(), locals(), globals(), vars(), dir(), eval(), exec().
  if (f._type === 'Name' && c.resolveName(f.id, fc) === 'global') {
    const special = frameBuiltin(c, e, fc);
    if (special !== null) return special;
  }
  if (f._type === 'Attribute') {
    const obj = c.expr(f.value, fc);
    const a = callArgs(c, e.args, e.keywords, fc);
    const raw = c.mangled(f.attr, fc);
    const name = jsStr(raw);
    if (a.posArray === null && a.kwStar === null && a.kwNames.length === 0) {
      const n = a.pos.length;
      const slowCall = (recv: string) =>
        n <= 2 ? `$cm${n}(${[recv, name, ...a.pos].join(', ')})` : `$cmN(${recv}, ${name}, [${a.pos.join(', ')}], null, null)`;
      if (n > 3) return slowCall(obj);
      // Fast paths: an attribute in the instance bag is called as is (instance attributes don't bind);
      // otherwise a plain method cached on the class (PyType.mc) is called with the receiver prepended.
      const o = fc.tmp();
      const v = fc.tmp();
      const m = fc.tmp();
      const plain = `$call${n}(${[v, ...a.pos].join(', ')})`;
      const direct = `${m}.$fn(${[o, ...a.pos].join(', ')})`;
      const cached = /^[A-Za-z_][A-Za-z0-9_]*$/.test(raw) ? `${o}.$cls?.mc.${raw}` : `${o}.$cls?.mc[${name}]`;
      return (
        `((${o} = ${obj}).$d !== undefined && (${v} = ${jsProp(`${o}.$d`, raw)}) !== undefined ? ${plain} : ` +
        `(${m} = ${cached}) !== undefined && (${m}.$ok & ${1 << (n + 1)}) ? ${direct} : ${slowCall(o)})`
      );
    }
    const o = fc.tmp();
    return `((${o} = ${obj}), ${callWith(`$getAttr(${o}, ${name})`, a)})`;
  }
  const fn = c.expr(f, fc);
  const a = callArgs(c, e.args, e.keywords, fc);
  return callWith(fn, a);
}

export function callWith(fn: string, a: CallArgs): string {
  if (a.posArray === null && a.kwStar === null) {
    if (a.kwNames.length === 0) {
      if (a.pos.length <= 3) return `$call${a.pos.length}(${[fn, ...a.pos].join(', ')})`;
      return `$call(${fn}, [${a.pos.join(', ')}])`;
    }
    return `$callKw(${fn}, [${a.pos.join(', ')}], ${JSON.stringify(a.kwNames)}, [${a.kwVals.join(', ')}])`;
  }
  const pos = a.posArray ?? `[[${a.pos.join(', ')}]]`;
  const kw =
    a.kwStar ??
    (a.kwNames.length ? `$kwMerge([${a.kwNames.map((n, i) => `$kwPair(${jsStr(n)}, ${a.kwVals[i]})`).join(', ')}])` : 'null');
  return `$callEx(${fn}, ${pos}, ${kw})`;
}

function frameBuiltin(c: Compiler, e: any, fc: FnCtx): string | null {
  const name = e.func.id;
  const noKw = e.keywords.length === 0;
  const s = fc.scope;
  const inFunction = s.type === 'function';
  const localsObj = () => {
    if (!inFunction) return s.type === 'class' || c.nsLocals ? '$ns' : '$globalsDict(G)';
    // Free variables the function reads are part of locals() too, as in CPython.
    const names = localNames(s);
    return `$localsDict({${names.map((n) => `${jsStr(n)}: ${jsLocal(n)}`).join(', ')}})`;
  };
  // Only when the name is not shadowed by a module global (then it is the builtin).
  const builtin = (n: string) => `G.${n} === undefined`;
  switch (name) {
    case 'super':
      if (e.args.length === 0 && noKw) {
        const first = fc.firstParam ?? 'undefined';
        // The __class__ cell super() reads: the nearest class's `$class`, a variable of an enclosing function
        // that binds __class__, or none at all (a function outside any class).
        let cell = 'undefined, false';
        if (s.type === 'function' && s.scopeOf('__class__') === FREE) {
          cell = boundInEnclosingFunction(s, '__class__') ? `${jsLocal('__class__')}, true` : '$class, true';
        }
        return `(${builtin('super')} ? $zsuper(${cell}, ${first}) : $call0(G.super))`;
      }
      return null;
    case 'locals':
      if (e.args.length === 0 && noKw) return `(${builtin('locals')} ? ${localsObj()} : $call0(G.locals))`;
      return null;
    case 'vars':
      if (e.args.length === 0 && noKw) return `(${builtin('vars')} ? ${localsObj()} : $call0(G.vars))`;
      return null;
    case 'globals':
      if (e.args.length === 0 && noKw) return `(${builtin('globals')} ? $globalsDict(G) : $call0(G.globals))`;
      return null;
    case 'dir':
      if (e.args.length === 0 && noKw) return `(${builtin('dir')} ? $dirOf(${localsObj()}) : $call0(G.dir))`;
      return null;
    case 'eval':
    case 'exec':
      if (e.args.length === 1 && noKw) {
        const src = c.expr(e.args[0], fc);
        const locals = inFunction ? localsObj() : s.type === 'class' || c.nsLocals ? '$ns' : 'null';
        return `(${builtin(name)} ? $${name}In(${src}, G, ${locals}) : $call1(G.${name}, ${src}))`;
      }
      return null;
  }
  return null;
}

function subscriptKey(c: Compiler, s: any, fc: FnCtx): string {
  if (s._type === 'Slice') {
    const p = (x: any) => (x ? c.expr(x, fc) : 'None');
    return `$slice(${p(s.lower)}, ${p(s.upper)}, ${p(s.step)})`;
  }
  return c.expr(s, fc);
}
export { subscriptKey };

function fstring(c: Compiler, e: any, fc: FnCtx): string {
  const parts: string[] = [];
  for (const v of e.values) {
    if (v._type === 'Constant') parts.push(jsStr(v.value.v));
    else parts.push(formattedValue(c, v, fc));
  }
  if (parts.length === 0) return '""';
  if (parts.length === 1 && e.values[0]._type === 'Constant') return parts[0];
  return `(${parts.length === 1 ? '"" + ' : ''}${parts.join(' + ')})`;
}

function formattedValue(c: Compiler, v: any, fc: FnCtx): string {
  let val = c.expr(v.value, fc);
  if (v.conversion === 115) val = `$str(${val})`;
  else if (v.conversion === 114) val = `$repr(${val})`;
  else if (v.conversion === 97) val = `$ascii(${val})`;
  if (v.format_spec) return `$format(${val}, ${fstring(c, v.format_spec, fc)})`;
  return `$fstr(${val})`;
}

/** A constant after CPython's constant folding: literals and tuples of them. */
export function isConstantLike(e: any): boolean {
  if (e._type === 'Constant') return true;
  if (e._type === 'Tuple') return e.elts.every(isConstantLike);
  if (e._type === 'UnaryOp' && (e.op === 'USub' || e.op === 'UAdd') && e.operand._type === 'Constant') return true;
  return false;
}

function elements(c: Compiler, elts: any[], fc: FnCtx): string {
  if (elts.some((x) => x._type === 'Starred')) {
    const parts = elts.map((x) => (x._type === 'Starred' ? `$spread(${c.expr(x.value, fc)})` : `[${c.expr(x, fc)}]`));
    return `[].concat(${parts.join(', ')})`;
  }
  return `[${elts.map((x) => c.expr(x, fc)).join(', ')}]`;
}

export function compileExpr(c: Compiler, e: any, fc: FnCtx): string {
  switch (e._type) {
    case 'Constant':
      return constant(c, e.value);
    case 'Name':
      return c.loadName(e.id, fc);
    case 'BinOp':
      return `${BINOPS[e.op]}(${c.expr(e.left, fc)}, ${c.expr(e.right, fc)})`;
    case 'UnaryOp': {
      // `-2.5`, `-3`: a negative literal is a constant, as after CPython's constant folding
      if (e.op === 'USub' && e.operand._type === 'Constant') {
        const k = e.operand.value;
        if (k.t === 'int') return constant(c, { t: 'int', v: -k.v });
        if (k.t === 'float') return constant(c, { t: 'float', v: -k.v });
      }
      const v = c.expr(e.operand, fc);
      switch (e.op) {
        case 'Not':
          return `!$truthy(${v})`;
        case 'USub':
          return `$neg(${v})`;
        case 'UAdd':
          return `$pos(${v})`;
        case 'Invert':
          return `$invert(${v})`;
      }
      throw new Error(`unary ${e.op}`);
    }
    case 'BoolOp': {
      const t = fc.tmp();
      const vals = e.values.map((v: any) => c.expr(v, fc));
      let out = vals[vals.length - 1];
      for (let i = vals.length - 2; i >= 0; i--) {
        out =
          e.op === 'And'
            ? `($truthy(${t} = ${vals[i]}) ? ${out} : ${t})`
            : `($truthy(${t} = ${vals[i]}) ? ${t} : ${out})`;
      }
      return out;
    }
    case 'Compare':
      return compare(c, e, fc);
    case 'IfExp':
      return `(${condition(c, e.test, fc)} ? ${c.expr(e.body, fc)} : ${c.expr(e.orelse, fc)})`;
    case 'Attribute':
      return attribute(c, e, fc);
    case 'Call':
      return call(c, e, fc);
    case 'Subscript':
      return `$getitem(${c.expr(e.value, fc)}, ${subscriptKey(c, e.slice, fc)})`;
    case 'Slice':
      return subscriptKey(c, e, fc);
    case 'Tuple':
      return `$tuple(${elements(c, e.elts, fc)})`;
    case 'List':
      return `$list(${elements(c, e.elts, fc)})`;
    case 'Set': {
      // CPython folds an all-constant display of 3+ items into a frozenset constant and copies it, and merges
      // `*iterables` as whole updates: both can give a different table order than adding items one by one.
      if (e.elts.length > 2 && e.elts.every(isConstantLike)) return `$constSet([${e.elts.map((x: any) => c.expr(x, fc)).join(', ')}])`;
      if (e.elts.some((x: any) => x._type === 'Starred'))
        return `$setParts([${e.elts.map((x: any) => (x._type === 'Starred' ? `$star(${c.expr(x.value, fc)})` : `[${c.expr(x, fc)}]`)).join(', ')}])`;
      return `$set(${elements(c, e.elts, fc)})`;
    }
    case 'Dict': {
      const parts: string[] = [];
      for (let i = 0; i < e.keys.length; i++) {
        if (e.keys[i] === null) parts.push(`$dictSpread(${c.expr(e.values[i], fc)})`);
        else parts.push(`[${c.expr(e.keys[i], fc)}, ${c.expr(e.values[i], fc)}]`);
      }
      return `$dict([${parts.join(', ')}])`;
    }
    case 'JoinedStr':
      return fstring(c, e, fc);
    case 'FormattedValue':
      return formattedValue(c, e, fc);
    case 'Lambda':
      return compileLambda(c, e, fc);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return compileComprehension(c, e, fc);
    case 'NamedExpr': {
      const t = fc.tmp();
      const store = c.storeName(e.target.id, t, fc).replace(/;$/, '');
      return `(${t} = ${c.expr(e.value, fc)}, ${store}, ${t})`;
    }
    case 'Yield':
      return `(yield ${e.value ? c.expr(e.value, fc) : 'None'})`;
    case 'YieldFrom':
      return `(yield* $yieldFrom(${c.expr(e.value, fc)}))`;
    case 'Await':
      return `(yield* $yieldFrom($await(${c.expr(e.value, fc)})))`;
    case 'Starred':
      throw c.syntaxError(e, "can't use starred expression here");
  }
  throw new Error(`cannot compile expression ${e._type}`);
}
