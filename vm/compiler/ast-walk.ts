// Child visiting shared by the two analyses that walk the whole AST before code generation: the symbol
// table (symtable.ts, CPython's symtable.c) and the compiler checks (compile-checks.ts, compile.c). Each
// walker handles the node kinds it treats specially and hands every other kind to these helpers, which
// visit the children in the order both of CPython's passes use, so the first error reported stays CPython's.

import type * as A from './ast';

/** A walker: visits one expression, or a statement list, in its own way. */
export interface Visitor {
  expr(e: A.Expr): void;
  stmts(list: A.Stmt[]): void;
}

function exprs(list: A.Expr[], v: Visitor): void {
  for (const e of list) v.expr(e);
}

function opt(e: A.Expr | null, v: Visitor): void {
  if (e) v.expr(e);
}

/**
 * Visits the sub-expressions of the kinds neither pass treats specially (operators, conditionals,
 * comparisons, f-strings, subscripts, slices, constants). Other kinds are the walker's own business.
 */
export function visitExprChildren(e: A.Expr, v: Visitor): void {
  switch (e._type) {
    case 'BoolOp':
    case 'JoinedStr':
      exprs(e.values, v);
      break;
    case 'BinOp':
      v.expr(e.left);
      v.expr(e.right);
      break;
    case 'UnaryOp':
      v.expr(e.operand);
      break;
    case 'IfExp':
      v.expr(e.test);
      v.expr(e.body);
      v.expr(e.orelse);
      break;
    case 'Compare':
      v.expr(e.left);
      exprs(e.comparators, v);
      break;
    case 'FormattedValue':
      v.expr(e.value);
      opt(e.format_spec, v);
      break;
    case 'Subscript':
      v.expr(e.value);
      v.expr(e.slice);
      break;
    case 'Slice':
      opt(e.lower, v);
      opt(e.upper, v);
      opt(e.step, v);
      break;
  }
}

/**
 * Visits the children of the statement kinds whose walk is the same in both passes (expression
 * statements, del, augmented assignment, if, while, assert, raise, with). A walker that checks something
 * first (e.g. `async with` outside an async function) calls this after its check.
 */
export function visitStmtChildren(s: A.Stmt, v: Visitor): void {
  switch (s._type) {
    case 'Expr':
      v.expr(s.value);
      break;
    case 'Delete':
      exprs(s.targets, v);
      break;
    case 'AugAssign':
      v.expr(s.target);
      v.expr(s.value);
      break;
    case 'If':
    case 'While':
      v.expr(s.test);
      v.stmts(s.body);
      v.stmts(s.orelse);
      break;
    case 'Assert':
      v.expr(s.test);
      opt(s.msg, v);
      break;
    case 'Raise':
      opt(s.exc, v);
      opt(s.cause, v);
      break;
    case 'With':
    case 'AsyncWith':
      for (const it of s.items) {
        v.expr(it.context_expr);
        opt(it.optional_vars, v);
      }
      v.stmts(s.body);
      break;
  }
}

/** Default values of a def or lambda, evaluated where the function is defined: positional, then keyword-only. */
export function visitDefaults(a: A.Arguments, v: Visitor): void {
  exprs(a.defaults, v);
  for (const d of a.kw_defaults) opt(d, v);
}

/** Every parameter in the order a call binds them: positional, `*args`, keyword-only, `**kwargs`. */
export function allParams(a: A.Arguments): A.Arg[] {
  const out = [...a.posonlyargs, ...a.args];
  if (a.vararg) out.push(a.vararg);
  out.push(...a.kwonlyargs);
  if (a.kwarg) out.push(a.kwarg);
  return out;
}
