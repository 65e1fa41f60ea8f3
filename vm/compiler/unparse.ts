// Expression -> source text, a port of CPython 3.11's Python/ast_unparse.c. Under
// `from __future__ import annotations` (PEP 563) the compiler stores every annotation as this text
// instead of evaluating it, so the spelling (spacing, parentheses, quotes) must be CPython's exactly:
// `typing.get_type_hints` and user code read these strings back.

import type * as A from './ast';
import { reprConstant, reprStr } from './ast-dump';

// Precedence levels, lowest first (ast_unparse.c's enum): an operand is parenthesised when the level
// its context requires is above the operator's own.
const PR_TUPLE = 0;
const PR_TEST = 1; // 'if'-'else', 'lambda'
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = PR_EXPR;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOPS: Record<A.Operator, [string, number]> = {
  Add: [' + ', PR_ARITH], Sub: [' - ', PR_ARITH],
  Mult: [' * ', PR_TERM], MatMult: [' @ ', PR_TERM], Div: [' / ', PR_TERM], Mod: [' % ', PR_TERM],
  FloorDiv: [' // ', PR_TERM],
  LShift: [' << ', PR_SHIFT], RShift: [' >> ', PR_SHIFT],
  BitOr: [' | ', PR_BOR], BitXor: [' ^ ', PR_BXOR], BitAnd: [' & ', PR_BAND],
  Pow: [' ** ', PR_POWER],
};

const UNARYOPS: Record<A.UnaryOperator, [string, number]> = {
  Invert: ['~', PR_FACTOR], Not: ['not ', PR_NOT], UAdd: ['+', PR_FACTOR], USub: ['-', PR_FACTOR],
};

const CMPOPS: Record<A.CmpOperator, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ',
  Is: ' is ', IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

/** The text CPython stores for an annotation under PEP 563 (`_PyAST_ExprAsUnicode`). */
export function unparseAnnotation(e: A.Expr): string {
  return unparse(e, PR_TEST);
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s;
}

/**
 * repr() of a constant as ast_unparse.c writes it: infinities cannot be written as literals, so `inf`
 * (also inside a complex repr) becomes 1e309, which overflows back to infinity when parsed.
 */
function constantText(v: A.ConstantValue): string {
  if (v.t === 'Ellipsis') return '...';
  const r = reprConstant(v);
  if ((v.t === 'float' && !Number.isFinite(v.v)) || v.t === 'complex') return r.split('inf').join('1e309');
  return r;
}

function unparse(e: A.Expr, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const [op, pr] = e.op === 'And' ? [' and ', PR_AND] : [' or ', PR_OR];
      return paren(level > pr, e.values.map((v) => unparse(v, pr + 1)).join(op));
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op];
      // `**` is right-associative: its left operand needs the tighter level.
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level > pr, unparse(e.left, pr + rassoc) + op + unparse(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = UNARYOPS[e.op];
      return paren(level > pr, op + unparse(e.operand, pr));
    }
    case 'Lambda': {
      const a = e.args;
      // CPython writes "lambda" with no space when there are no positional parameters (`lambda*a: 0`).
      const head = a.args.length + a.posonlyargs.length ? 'lambda ' : 'lambda';
      return paren(level > PR_TEST, `${head}${unparseArgs(a)}: ${unparse(e.body, PR_TEST)}`);
    }
    case 'IfExp':
      return paren(level > PR_TEST,
        `${unparse(e.body, PR_TEST + 1)} if ${unparse(e.test, PR_TEST + 1)} else ${unparse(e.orelse, PR_TEST)}`);
    case 'Dict':
      return '{' + e.keys.map((k, i) =>
        k === null ? `**${unparse(e.values[i]!, PR_EXPR)}` : `${unparse(k, PR_TEST)}: ${unparse(e.values[i]!, PR_TEST)}`,
      ).join(', ') + '}';
    case 'Set':
      return '{' + e.elts.map((x) => unparse(x, PR_TEST)).join(', ') + '}';
    case 'GeneratorExp':
      return `(${unparse(e.elt, PR_TEST)}${comprehensions(e.generators)})`;
    case 'ListComp':
      return `[${unparse(e.elt, PR_TEST)}${comprehensions(e.generators)}]`;
    case 'SetComp':
      return `{${unparse(e.elt, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'DictComp':
      return `{${unparse(e.key, PR_TEST)}: ${unparse(e.value, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'Yield':
      return e.value === null ? '(yield)' : `(yield ${unparse(e.value, PR_TEST)})`;
    case 'YieldFrom':
      return `(yield from ${unparse(e.value, PR_TEST)})`;
    case 'Await':
      return paren(level > PR_AWAIT, `await ${unparse(e.value, PR_ATOM)}`);
    case 'Compare': {
      let s = unparse(e.left, PR_CMP + 1);
      e.ops.forEach((op, i) => (s += CMPOPS[op] + unparse(e.comparators[i]!, PR_CMP + 1)));
      return paren(level > PR_CMP, s);
    }
    case 'Call': {
      const func = unparse(e.func, PR_ATOM);
      // A lone generator argument keeps only its own parentheses: f(x for x in y).
      const only = e.args[0];
      if (e.args.length === 1 && e.keywords.length === 0 && only!._type === 'GeneratorExp') return func + unparse(only!, PR_TEST);
      const parts = e.args.map((x) => unparse(x, PR_TEST));
      for (const k of e.keywords) parts.push((k.arg === null ? '**' : `${k.arg}=`) + unparse(k.value, PR_TEST));
      return `${func}(${parts.join(', ')})`;
    }
    case 'Constant':
      return (e.kind ?? '') + constantText(e.value);
    case 'JoinedStr':
      return joinedStr(e, false);
    case 'FormattedValue':
      return formattedValue(e);
    case 'Attribute': {
      const v = e.value;
      // `1 .real`: without the space the tokenizer would read `1.` as a float.
      const dot = v._type === 'Constant' && v.value.t === 'int' ? ' .' : '.';
      return unparse(v, PR_ATOM) + dot + e.attr;
    }
    case 'Subscript':
      return `${unparse(e.value, PR_ATOM)}[${unparse(e.slice, PR_TUPLE)}]`;
    case 'Starred':
      return `*${unparse(e.value, PR_EXPR)}`;
    case 'Slice': {
      let s = (e.lower ? unparse(e.lower, PR_TEST) : '') + ':' + (e.upper ? unparse(e.upper, PR_TEST) : '');
      if (e.step) s += ':' + unparse(e.step, PR_TEST);
      return s;
    }
    case 'Name':
      return e.id;
    case 'List':
      return '[' + e.elts.map((x) => unparse(x, PR_TEST)).join(', ') + ']';
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const s = e.elts.map((x) => unparse(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(level > PR_TUPLE, s);
    }
    case 'NamedExpr':
      return paren(level > PR_TUPLE, `${unparse(e.target, PR_ATOM)} := ${unparse(e.value, PR_ATOM)}`);
  }
}

function comprehensions(gens: A.Comprehension[]): string {
  let s = '';
  for (const g of gens) {
    s += `${g.is_async ? ' async for ' : ' for '}${unparse(g.target, PR_TUPLE)} in ${unparse(g.iter, PR_TEST + 1)}`;
    for (const cond of g.ifs) s += ` if ${unparse(cond, PR_TEST + 1)}`;
  }
  return s;
}

function unparseArg(a: A.Arg): string {
  return a.annotation ? `${a.arg}: ${unparse(a.annotation, PR_TEST)}` : a.arg;
}

/** A lambda's parameter list (annotations cannot occur there, but ast_unparse.c writes them). */
function unparseArgs(a: A.Arguments): string {
  const parts: string[] = [];
  const pos = [...a.posonlyargs, ...a.args];
  pos.forEach((p, i) => {
    const di = i - pos.length + a.defaults.length;
    let s = unparseArg(p);
    if (di >= 0) s += '=' + unparse(a.defaults[di]!, PR_TEST);
    if (a.posonlyargs.length > 0 && i + 1 === a.posonlyargs.length) s += ', /';
    parts.push(s);
  });
  if (a.vararg || a.kwonlyargs.length) parts.push('*' + (a.vararg ? unparseArg(a.vararg) : ''));
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    parts.push(unparseArg(p) + (d ? '=' + unparse(d, PR_TEST) : ''));
  });
  if (a.kwarg) parts.push('**' + unparseArg(a.kwarg));
  return parts.join(', ');
}

/** Literal text inside an f-string: braces are doubled so the text reads back as itself. */
function fstringText(s: string): string {
  return s.split('{').join('{{').split('}').join('}}');
}

function fstringElement(e: A.Expr, isFormatSpec: boolean): string {
  if (e._type === 'Constant' && e.value.t === 'str') return fstringText(e.value.v);
  if (e._type === 'JoinedStr') return joinedStr(e, isFormatSpec);
  if (e._type === 'FormattedValue') return formattedValue(e);
  throw new Error(`unparse: unexpected ${e._type} inside an f-string`);
}

/** The whole f-string body is built first, then quoted once with repr() (a format spec is not quoted). */
function joinedStr(e: A.JoinedStr, isFormatSpec: boolean): string {
  const body = e.values.map((v) => fstringElement(v, isFormatSpec)).join('');
  return isFormatSpec ? body : 'f' + reprStr(body);
}

function formattedValue(e: A.FormattedValue): string {
  // Above PR_TEST so that a lambda (whose ':' would end the field) is parenthesised.
  const value = unparse(e.value, PR_TEST + 1);
  // `{ {...}}`: a space keeps a leading brace of the expression from reading as an escaped `{{`.
  let s = (value.startsWith('{') ? '{ ' : '{') + value;
  if (e.conversion > 0) s += '!' + String.fromCharCode(e.conversion);
  if (e.format_spec) s += ':' + fstringElement(e.format_spec, true);
  return s + '}';
}
