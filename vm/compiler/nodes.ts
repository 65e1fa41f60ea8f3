// Node factories: one allocation site per node type, with the position fields present from
// the start (ParserBase.mk fills them in), so all nodes of a type share one hidden class.

import type * as A from './ast';

export const AnnAssign = (
  target: A.Name | A.Attribute | A.Subscript,
  annotation: A.Expr,
  value: A.Expr | null,
  simple: number,
): A.AnnAssign =>
  ({
    _type: 'AnnAssign', target, annotation, value, simple,
    lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0,
  });
export const Assert = (test: A.Expr, msg: A.Expr | null): A.Assert =>
  ({ _type: 'Assert', test, msg, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Assign = (targets: A.Expr[], value: A.Expr): A.Assign =>
  ({ _type: 'Assign', targets, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const AsyncFor = (target: A.Expr, iter: A.Expr, body: A.Stmt[], orelse: A.Stmt[]): A.AsyncFor =>
  ({ _type: 'AsyncFor', target, iter, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const AsyncFunctionDef = (
  name: string,
  args: A.Arguments,
  body: A.Stmt[],
  decorator_list: A.Expr[],
  returns: A.Expr | null,
): A.AsyncFunctionDef =>
  ({
    _type: 'AsyncFunctionDef', name, args, body, decorator_list, returns,
    lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0,
  });
export const AsyncWith = (items: A.WithItem[], body: A.Stmt[]): A.AsyncWith =>
  ({ _type: 'AsyncWith', items, body, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Attribute = (value: A.Expr, attr: string, ctx: A.ExprContext): A.Attribute =>
  ({ _type: 'Attribute', value, attr, ctx, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const AugAssign = (target: A.Name | A.Attribute | A.Subscript, op: A.Operator, value: A.Expr): A.AugAssign =>
  ({ _type: 'AugAssign', target, op, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Await = (value: A.Expr): A.Await =>
  ({ _type: 'Await', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const BinOp = (left: A.Expr, op: A.Operator, right: A.Expr): A.BinOp =>
  ({ _type: 'BinOp', left, op, right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const BoolOp = (op: A.BoolOperator, values: A.Expr[]): A.BoolOp =>
  ({ _type: 'BoolOp', op, values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Break = (): A.Break =>
  ({ _type: 'Break', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Call = (func: A.Expr, args: A.Expr[], keywords: A.Keyword[]): A.Call =>
  ({ _type: 'Call', func, args, keywords, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const ClassDef = (
  name: string,
  bases: A.Expr[],
  keywords: A.Keyword[],
  body: A.Stmt[],
  decorator_list: A.Expr[],
): A.ClassDef =>
  ({
    _type: 'ClassDef', name, bases, keywords, body, decorator_list,
    lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0,
  });
export const Compare = (left: A.Expr, ops: A.CmpOperator[], comparators: A.Expr[]): A.Compare =>
  ({ _type: 'Compare', left, ops, comparators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Constant = (value: A.ConstantValue, kind: string | null): A.Constant =>
  ({ _type: 'Constant', value, kind, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Continue = (): A.Continue =>
  ({ _type: 'Continue', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Delete = (targets: A.Expr[]): A.Delete =>
  ({ _type: 'Delete', targets, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Dict = (keys: (A.Expr | null)[], values: A.Expr[]): A.Dict =>
  ({ _type: 'Dict', keys, values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const DictComp = (key: A.Expr, value: A.Expr, generators: A.Comprehension[]): A.DictComp =>
  ({ _type: 'DictComp', key, value, generators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const ExceptHandler = (type: A.Expr | null, name: string | null, body: A.Stmt[]): A.ExceptHandler =>
  ({ _type: 'ExceptHandler', type, name, body, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Expr = (value: A.Expr): A.ExprStmt =>
  ({ _type: 'Expr', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const For = (target: A.Expr, iter: A.Expr, body: A.Stmt[], orelse: A.Stmt[]): A.For =>
  ({ _type: 'For', target, iter, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const FormattedValue = (
  value: A.Expr,
  conversion: number,
  format_spec: A.JoinedStr | null,
): A.FormattedValue =>
  ({
    _type: 'FormattedValue', value, conversion, format_spec,
    lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0,
  });
export const FunctionDef = (
  name: string,
  args: A.Arguments,
  body: A.Stmt[],
  decorator_list: A.Expr[],
  returns: A.Expr | null,
): A.FunctionDef =>
  ({
    _type: 'FunctionDef', name, args, body, decorator_list, returns,
    lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0,
  });
export const GeneratorExp = (elt: A.Expr, generators: A.Comprehension[]): A.GeneratorExp =>
  ({ _type: 'GeneratorExp', elt, generators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Global = (names: string[]): A.Global =>
  ({ _type: 'Global', names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const If = (test: A.Expr, body: A.Stmt[], orelse: A.Stmt[]): A.If =>
  ({ _type: 'If', test, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const IfExp = (test: A.Expr, body: A.Expr, orelse: A.Expr): A.IfExp =>
  ({ _type: 'IfExp', test, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Import = (names: A.Alias[]): A.Import =>
  ({ _type: 'Import', names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const ImportFrom = (module: string | null, names: A.Alias[], level: number): A.ImportFrom =>
  ({ _type: 'ImportFrom', module, names, level, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const JoinedStr = (values: A.Expr[]): A.JoinedStr =>
  ({ _type: 'JoinedStr', values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Lambda = (args: A.Arguments, body: A.Expr): A.Lambda =>
  ({ _type: 'Lambda', args, body, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const List = (elts: A.Expr[], ctx: A.ExprContext): A.List =>
  ({ _type: 'List', elts, ctx, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const ListComp = (elt: A.Expr, generators: A.Comprehension[]): A.ListComp =>
  ({ _type: 'ListComp', elt, generators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Match = (subject: A.Expr, cases: A.MatchCase[]): A.Match =>
  ({ _type: 'Match', subject, cases, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const MatchAs = (pattern: A.Pattern | null, name: string | null): A.MatchAs =>
  ({ _type: 'MatchAs', pattern, name, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const MatchClass = (
  cls: A.Expr,
  patterns: A.Pattern[],
  kwd_attrs: string[],
  kwd_patterns: A.Pattern[],
): A.MatchClass =>
  ({
    _type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns,
    lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0,
  });
export const MatchMapping = (keys: A.Expr[], patterns: A.Pattern[], rest: string | null): A.MatchMapping =>
  ({ _type: 'MatchMapping', keys, patterns, rest, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const MatchOr = (patterns: A.Pattern[]): A.MatchOr =>
  ({ _type: 'MatchOr', patterns, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const MatchSequence = (patterns: A.Pattern[]): A.MatchSequence =>
  ({ _type: 'MatchSequence', patterns, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const MatchSingleton = (value: A.ConstantValue): A.MatchSingleton =>
  ({ _type: 'MatchSingleton', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const MatchStar = (name: string | null): A.MatchStar =>
  ({ _type: 'MatchStar', name, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const MatchValue = (value: A.Expr): A.MatchValue =>
  ({ _type: 'MatchValue', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Name = (id: string, ctx: A.ExprContext): A.Name =>
  ({ _type: 'Name', id, ctx, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const NamedExpr = (target: A.Name, value: A.Expr): A.NamedExpr =>
  ({ _type: 'NamedExpr', target, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Nonlocal = (names: string[]): A.Nonlocal =>
  ({ _type: 'Nonlocal', names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Pass = (): A.Pass =>
  ({ _type: 'Pass', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Raise = (exc: A.Expr | null, cause: A.Expr | null): A.Raise =>
  ({ _type: 'Raise', exc, cause, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Return = (value: A.Expr | null): A.Return =>
  ({ _type: 'Return', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Set = (elts: A.Expr[]): A.Set =>
  ({ _type: 'Set', elts, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const SetComp = (elt: A.Expr, generators: A.Comprehension[]): A.SetComp =>
  ({ _type: 'SetComp', elt, generators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Slice = (lower: A.Expr | null, upper: A.Expr | null, step: A.Expr | null): A.Slice =>
  ({ _type: 'Slice', lower, upper, step, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Starred = (value: A.Expr, ctx: A.ExprContext): A.Starred =>
  ({ _type: 'Starred', value, ctx, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Subscript = (value: A.Expr, slice: A.Expr, ctx: A.ExprContext): A.Subscript =>
  ({ _type: 'Subscript', value, slice, ctx, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Try = (body: A.Stmt[], handlers: A.ExceptHandler[], orelse: A.Stmt[], finalbody: A.Stmt[]): A.Try =>
  ({ _type: 'Try', body, handlers, orelse, finalbody, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const TryStar = (
  body: A.Stmt[],
  handlers: A.ExceptHandler[],
  orelse: A.Stmt[],
  finalbody: A.Stmt[],
): A.TryStar =>
  ({ _type: 'TryStar', body, handlers, orelse, finalbody, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Tuple = (elts: A.Expr[], ctx: A.ExprContext): A.Tuple =>
  ({ _type: 'Tuple', elts, ctx, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const UnaryOp = (op: A.UnaryOperator, operand: A.Expr): A.UnaryOp =>
  ({ _type: 'UnaryOp', op, operand, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const While = (test: A.Expr, body: A.Stmt[], orelse: A.Stmt[]): A.While =>
  ({ _type: 'While', test, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const With = (items: A.WithItem[], body: A.Stmt[]): A.With =>
  ({ _type: 'With', items, body, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const Yield = (value: A.Expr | null): A.Yield =>
  ({ _type: 'Yield', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const YieldFrom = (value: A.Expr): A.YieldFrom =>
  ({ _type: 'YieldFrom', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const alias = (name: string, asname: string | null): A.Alias =>
  ({ _type: 'alias', name, asname, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const arg = (arg: string, annotation: A.Expr | null): A.Arg =>
  ({ _type: 'arg', arg, annotation, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
export const keyword = (arg: string | null, value: A.Expr): A.Keyword =>
  ({ _type: 'keyword', arg, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
