// Assignment/deletion target handling. Targets are parsed as ordinary expressions and then
// converted here, which is equivalent to CPython's dedicated star_targets/del_targets rules
// but lets one expression parser serve both. Error helpers mirror pegen's action helpers.

import type * as A from './ast';

export type TargetKind = 'star' | 'del' | 'for';

/**
 * Turn an expression into a target with context `ctx`, in place. Returns false when the
 * expression is not a valid target (the caller then fails the parse).
 */
export function setContext(e: A.Expr, ctx: A.ExprContext): boolean {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      return true;
    case 'Starred':
      if (ctx === 'Del' || e.value._type === 'Starred') return false;
      e.ctx = ctx;
      return setContext(e.value, ctx);
    case 'Tuple':
    case 'List':
      for (const x of e.elts) if (!setContext(x, ctx)) return false;
      e.ctx = ctx;
      return true;
    default:
      return false;
  }
}

/** _PyPegen_get_invalid_target: the first sub-expression that cannot be a target, or null. */
export function invalidTarget(e: A.Expr, kind: TargetKind): A.Expr | null {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const r = invalidTarget(x, kind);
        if (r) return r;
      }
      return null;
    case 'Starred':
      if (kind === 'del') return e;
      return invalidTarget(e.value, kind);
    case 'Compare':
      // `for a in b`: the `a in b` is parsed as a comparison; look at its left side.
      if (kind === 'for') return e.ops[0] === 'In' ? invalidTarget(e.left, kind) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** _PyPegen_get_expr_name: how error messages call an expression. */
export function exprName(e: A.Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.t === 'None') return 'None';
      if (v.t === 'bool') return v.v ? 'True' : 'False';
      if (v.t === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}
