// Expressions: CPython 3.11's expression grammar (python.gram), one method per rule, with
// the pass-2 `invalid_*` checks placed where CPython tries them.

import * as A from './ast';
import * as N from './nodes';
import { parseNumber } from './literals';
import { FAIL, ParserBase, tokLoc } from './parser-base';
import { exprName } from './targets';
import { NAME, NUMBER, OP, STRING, type Token } from './tokenizer';

const BINOPS_SHIFT: Record<string, A.Operator> = { '<<': 'LShift', '>>': 'RShift' };
const BINOPS_SUM: Record<string, A.Operator> = { '+': 'Add', '-': 'Sub' };
const BINOPS_TERM: Record<string, A.Operator> = { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' };
const UNARY: Record<string, A.UnaryOperator> = { '+': 'UAdd', '-': 'USub', '~': 'Invert' };
const CMP: Record<string, A.CmpOperator> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };
const EXPR_KEYWORDS = new Set(['None', 'True', 'False', 'not', 'lambda', 'await']);
const EXPR_OPS = new Set(['(', '[', '{', '-', '+', '~', '...']);

export abstract class ExprParser extends ParserBase {
  /** Call arguments after `func` (at '('); see parser-args.ts. */
  abstract callTrailer(func: A.Expr, start: Token): A.Call;
  /** Lambda parameters up to (not including) ':'. */
  abstract lambdaParams(): A.Arguments;
  /** A run of STRING tokens (implicit concatenation, f-strings); see parser-strings.ts. */
  abstract strings(): A.Expr;
  /** Displays and comprehensions; see parser-display.ts. */
  abstract parenAtom(): A.Expr;
  abstract listAtom(): A.Expr;
  abstract braceAtom(): A.Expr;
  abstract invalidComprehension(): void;

  /** Can token t start an expression (used to spot trailing commas without backtracking)? */
  canStart(t: Token, star = true): boolean {
    switch (t.type) {
      case NAME: return !this.isKeyword(t) || EXPR_KEYWORDS.has(t.value);
      case NUMBER: case STRING: return true;
      case OP: return EXPR_OPS.has(t.value) || (star && t.value === '*');
      default: return false;
    }
  }

  // ------------------------------------------------------------------ comma lists

  /** star_expressions: star_expression (',' star_expression)* [','] → Tuple if any comma. */
  starExpressions(): A.Expr {
    const st = this.peek();
    const first = this.starExpression();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (!this.canStart(this.peek())) break;
      const x = this.pass2 ? this.attempt(() => this.starExpression()) : this.starExpression();
      if (!x) break;
      elts.push(x);
    }
    return this.mk(N.Tuple(elts, 'Load'), st);
  }

  /** expressions: expression (',' expression)* [','] (eval input, `for ... in` of comprehensions...). */
  expressions(): A.Expr {
    const st = this.peek();
    const first = this.expression();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (!this.canStart(this.peek(), false)) break;
      const x = this.pass2 ? this.attempt(() => this.expression()) : this.expression();
      if (!x) break;
      elts.push(x);
    }
    return this.mk(N.Tuple(elts, 'Load'), st);
  }

  /** star_expression: '*' bitwise_or | expression */
  starExpression(): A.Expr {
    if (this.pass2) return this.memoized('starExpression', () => this.starExpressionImpl());
    return this.starExpressionImpl();
  }

  private starExpressionImpl(): A.Expr {
    const t = this.peek();
    if (t.value === '*' && t.type === OP) {
      this.pos++;
      const value = this.bitwiseOr();
      return this.mk(N.Starred(value, 'Load'), t);
    }
    return this.expression();
  }

  /** star_named_expression: '*' bitwise_or | named_expression */
  starNamedExpression(): A.Expr {
    const t = this.peek();
    if (t.value === '*' && t.type === OP) {
      this.pos++;
      const value = this.bitwiseOr();
      return this.mk(N.Starred(value, 'Load'), t);
    }
    return this.namedExpression();
  }

  /** starred_expression: '*' expression (call arguments, subscripts) */
  starredExpression(): A.Starred {
    const t = this.expect('*');
    const value = this.expression();
    return this.mk(N.Starred(value, 'Load'), t);
  }

  /** The NAME ':=' expression alternative; the caller has checked the two tokens. */
  assignmentExpression(): A.NamedExpr {
    const t = this.name();
    this.pos++; // ':='
    const value = this.expression();
    const target = this.mkSpan(N.Name(this.ident(t), 'Store'), tokLoc(t), tokLoc(t));
    return this.mk(N.NamedExpr(target, value), t);
  }

  atWalrus(): boolean {
    return this.atName() && this.tok(this.pos + 1).value === ':=';
  }

  /** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
  namedExpression(): A.Expr {
    if (this.atWalrus()) return this.assignmentExpression();
    if (this.invalid) this.invalidNamedExpression();
    const e = this.expression();
    if (this.at(':=')) throw FAIL;
    return e;
  }

  /** invalid_named_expression (pass 2): `a.b := 1`, `x = 1` where a comparison was meant. */
  invalidNamedExpression(): void {
    const save = this.pos;
    try {
      const a = this.attempt(() => this.expression());
      if (a && this.eat(':=')) {
        this.expression();
        throw this.errorAt(a, `cannot use assignment expressions with ${exprName(a)}`);
      }
      this.pos = save;
      if (this.atName() && this.tok(this.pos + 1).value === '=') {
        const n = this.peek();
        this.pos += 2;
        const b = this.attempt(() => this.bitwiseOr());
        if (b && !this.at('=') && !this.at(':=')) {
          throw this.errorRange(tokLoc(n), b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
      this.pos = save;
      if (!this.atListTupleGenexpOrSingleton()) {
        this.pos = save;
        const a2 = this.attempt(() => this.bitwiseOr());
        if (a2 && this.eat('=')) {
          const b2 = this.attempt(() => this.bitwiseOr());
          if (b2 && !this.at('=') && !this.at(':=')) {
            throw this.errorAt(a2, `cannot assign to ${exprName(a2)} here. Maybe you meant '==' instead of '='?`);
          }
        }
      }
    } finally {
      this.pos = save;
    }
  }

  /** Lookahead !(list|tuple|genexp|'True'|'None'|'False') of invalid_named_expression. */
  private atListTupleGenexpOrSingleton(): boolean {
    const t = this.peek();
    if (t.type === NAME) return t.value === 'True' || t.value === 'None' || t.value === 'False';
    if (t.type !== OP || (t.value !== '(' && t.value !== '[')) return false;
    const save = this.pos;
    const a = this.attempt(() => this.atom());
    this.pos = save;
    if (!a) return false;
    if (t.value === '[') return a._type === 'List';
    // A tuple display or a generator expression starts at the '(' itself; a group does not.
    return (a._type === 'Tuple' || a._type === 'GeneratorExp') && a.col_offset === t.col && a.lineno === t.lineno;
  }

  // ------------------------------------------------------------------ expression

  /** expression: invalid_expression | invalid_legacy_expression | disjunction ['if' disjunction 'else' expression] | lambdef */
  expression(): A.Expr {
    if (this.pass2) return this.memoized('expression', () => this.expressionImpl());
    return this.expressionImpl();
  }

  /** expression_without_invalid: the same rule with invalid checks off (not memoised as `expression`). */
  expressionWithoutInvalid(): A.Expr {
    return this.withoutInvalid(() => this.expressionImpl());
  }

  private expressionImpl(): A.Expr {
    if (this.invalid) {
      this.invalidExpression();
      this.invalidLegacyExpression();
    }
    const st = this.peek();
    if (st.value === 'lambda' && st.type === NAME) return this.lambdef();
    const d = this.disjunction();
    if (this.at('if')) {
      const save = this.pos;
      try {
        this.pos++;
        const test = this.disjunction();
        this.expect('else');
        const orelse = this.expression();
        return this.mk(N.IfExp(test, d, orelse), st);
      } catch (e) {
        if (e !== FAIL) throw e;
        this.pos = save;
      }
    }
    return d;
  }

  /** invalid_expression (pass 2): a missing comma inside brackets, or `a if b` without else. */
  private invalidExpression(): void {
    const save = this.pos;
    try {
      const t0 = this.peek();
      // CPython compares soft keywords with strncmp(keyword, token, len(token)), so any prefix of
      // "match", "case" or "_" (such as `c`) counts as a soft keyword here.
      const isName = t0.type === NAME && !this.isKeyword(t0);
      const softKw = isName && ('match'.startsWith(t0.value) || 'case'.startsWith(t0.value) || t0.value === '_');
      if (!softKw && !(isName && this.tok(this.pos + 1).type === STRING)) {
        const a = this.attempt(() => this.disjunction());
        if (a) {
          const b = this.attempt(() => this.expressionWithoutInvalid());
          if (b && !(a._type === 'Name' && (a.id === 'print' || a.id === 'exec')) && this.toks[this.pos - 1]!.level !== 0) {
            throw this.errorRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
          }
        }
      }
      this.pos = save;
      const a = this.attempt(() => this.disjunction());
      if (a && this.eat('if')) {
        const b = this.attempt(() => this.disjunction());
        if (b && !this.at('else') && !this.at(':')) {
          throw this.errorRange(a, b, "expected 'else' after 'if' expression");
        }
      }
    } finally {
      this.pos = save;
    }
  }

  /**
   * invalid_legacy_expression (pass 2): `print x` / `exec code`. Like CPython, the operand is
   * parsed after any name (which can reach tokenizer errors further on), then only print/exec
   * raise.
   */
  private invalidLegacyExpression(): void {
    const t = this.peek();
    if (t.type !== NAME || this.isKeyword(t)) return;
    const save = this.pos;
    try {
      this.pos++;
      if (this.at('(')) return;
      const b = this.attempt(() => this.starExpressions());
      if (b && (t.value === 'print' || t.value === 'exec')) {
        throw this.errorRange(tokLoc(t), b, `Missing parentheses in call to '${t.value}'. Did you mean ${t.value}(...)?`);
      }
    } finally {
      this.pos = save;
    }
  }

  disjunction(): A.Expr {
    if (this.pass2) return this.memoized('disjunction', () => this.disjunctionImpl());
    return this.disjunctionImpl();
  }

  private disjunctionImpl(): A.Expr {
    const st = this.peek();
    const a = this.conjunction();
    if (!this.at('or')) return a;
    const values = [a];
    while (this.at('or')) {
      const save = this.pos++;
      const v = this.pass2 ? this.attempt(() => this.conjunction()) : this.conjunction();
      if (!v) {
        this.pos = save;
        break;
      }
      values.push(v);
    }
    if (values.length === 1) return a;
    return this.mk(N.BoolOp('Or', values), st);
  }

  conjunction(): A.Expr {
    if (this.pass2) return this.memoized('conjunction', () => this.conjunctionImpl());
    return this.conjunctionImpl();
  }

  private conjunctionImpl(): A.Expr {
    const st = this.peek();
    const a = this.inversion();
    if (!this.at('and')) return a;
    const values = [a];
    while (this.at('and')) {
      const save = this.pos++;
      const v = this.pass2 ? this.attempt(() => this.inversion()) : this.inversion();
      if (!v) {
        this.pos = save;
        break;
      }
      values.push(v);
    }
    if (values.length === 1) return a;
    return this.mk(N.BoolOp('And', values), st);
  }

  inversion(): A.Expr {
    if (this.pass2) return this.memoized('inversion', () => this.inversionImpl());
    return this.inversionImpl();
  }

  private inversionImpl(): A.Expr {
    const st = this.peek();
    if (st.value === 'not' && st.type === NAME) {
      this.pos++;
      const operand = this.inversion();
      return this.mk(N.UnaryOp('Not', operand), st);
    }
    return this.comparison();
  }

  comparison(): A.Expr {
    const st = this.peek();
    const left = this.bitwiseOr();
    let ops: A.CmpOperator[] | null = null;
    let comparators: A.Expr[] | null = null;
    for (;;) {
      const t = this.peek();
      let op: A.CmpOperator | undefined;
      let n = 1;
      if (t.type === OP) op = CMP[t.value];
      else if (t.type === NAME) {
        if (t.value === 'in') op = 'In';
        else if (t.value === 'is') {
          if (this.tok(this.pos + 1).value === 'not') {
            op = 'IsNot';
            n = 2;
          } else op = 'Is';
        } else if (t.value === 'not' && this.tok(this.pos + 1).value === 'in') {
          op = 'NotIn';
          n = 2;
        }
      }
      if (op === undefined) break;
      const save = this.pos;
      this.pos += n;
      const right = this.pass2 ? this.attempt(() => this.bitwiseOr()) : this.bitwiseOr();
      if (!right) {
        this.pos = save;
        break;
      }
      (ops ??= []).push(op);
      (comparators ??= []).push(right);
    }
    if (!ops) return left;
    return this.mk(N.Compare(left, ops, comparators!), st);
  }

  bitwiseOr(): A.Expr {
    if (this.pass2) return this.memoized('bitwiseOr', () => this.bitwiseOrImpl());
    return this.bitwiseOrImpl();
  }

  private bitwiseOrImpl(): A.Expr {
    const st = this.peek();
    let left = this.bitwiseXor();
    while (this.at('|')) {
      const save = this.pos++;
      const right = this.pass2 ? this.attempt(() => this.bitwiseXor()) : this.bitwiseXor();
      if (!right) {
        this.pos = save;
        break;
      }
      left = this.mk(N.BinOp(left, 'BitOr', right), st);
    }
    return left;
  }

  bitwiseXor(): A.Expr {
    const st = this.peek();
    let left = this.bitwiseAnd();
    while (this.at('^')) {
      const save = this.pos++;
      const right = this.pass2 ? this.attempt(() => this.bitwiseAnd()) : this.bitwiseAnd();
      if (!right) {
        this.pos = save;
        break;
      }
      left = this.mk(N.BinOp(left, 'BitXor', right), st);
    }
    return left;
  }

  bitwiseAnd(): A.Expr {
    const st = this.peek();
    let left = this.shiftExpr();
    while (this.at('&')) {
      const save = this.pos++;
      const right = this.pass2 ? this.attempt(() => this.shiftExpr()) : this.shiftExpr();
      if (!right) {
        this.pos = save;
        break;
      }
      left = this.mk(N.BinOp(left, 'BitAnd', right), st);
    }
    return left;
  }

  shiftExpr(): A.Expr {
    const st = this.peek();
    let left = this.sum();
    for (;;) {
      const t = this.peek();
      const op = t.type === OP ? BINOPS_SHIFT[t.value] : undefined;
      if (!op) return left;
      const save = this.pos++;
      const right = this.pass2 ? this.attempt(() => this.sum()) : this.sum();
      if (!right) {
        this.pos = save;
        return left;
      }
      left = this.mk(N.BinOp(left, op, right), st);
    }
  }

  sum(): A.Expr {
    const st = this.peek();
    let left = this.term();
    for (;;) {
      const t = this.peek();
      const op = t.type === OP ? BINOPS_SUM[t.value] : undefined;
      if (!op) return left;
      const save = this.pos++;
      const right = this.pass2 ? this.attempt(() => this.term()) : this.term();
      if (!right) {
        this.pos = save;
        return left;
      }
      left = this.mk(N.BinOp(left, op, right), st);
    }
  }

  term(): A.Expr {
    const st = this.peek();
    let left = this.factor();
    for (;;) {
      const t = this.peek();
      const op = t.type === OP ? BINOPS_TERM[t.value] : undefined;
      if (!op) return left;
      const save = this.pos++;
      const right = this.pass2 ? this.attempt(() => this.factor()) : this.factor();
      if (!right) {
        this.pos = save;
        return left;
      }
      left = this.mk(N.BinOp(left, op, right), st);
    }
  }

  factor(): A.Expr {
    if (this.pass2) return this.memoized('factor', () => this.factorImpl());
    return this.factorImpl();
  }

  private factorImpl(): A.Expr {
    const st = this.peek();
    const op = st.type === OP ? UNARY[st.value] : undefined;
    if (op) {
      this.pos++;
      const operand = this.factor();
      return this.mk(N.UnaryOp(op, operand), st);
    }
    return this.power();
  }

  power(): A.Expr {
    const st = this.peek();
    const left = this.awaitPrimary();
    if (!this.at('**')) return left;
    const save = this.pos++;
    const right = this.pass2 ? this.attempt(() => this.factor()) : this.factor();
    if (!right) {
      this.pos = save;
      return left;
    }
    return this.mk(N.BinOp(left, 'Pow', right), st);
  }

  awaitPrimary(): A.Expr {
    const st = this.peek();
    if (st.value === 'await' && st.type === NAME) {
      this.pos++;
      const value = this.primary();
      return this.mk(N.Await(value), st);
    }
    return this.primary();
  }

  /** primary: atom followed by any number of '.' NAME, call, or subscript trailers. */
  primary(): A.Expr {
    if (this.pass2) return this.memoized('primary', () => this.primaryImpl());
    return this.primaryImpl();
  }

  private primaryImpl(): A.Expr {
    const st = this.peek();
    let e = this.atom();
    for (;;) {
      const t = this.peek();
      if (t.type !== OP) return e;
      if (this.invalid && (t.value === '(' || t.value === '[' || t.value === '{')) {
        // CPython tries `primary genexp` first, whose invalid_comprehension alternative
        // also accepts '[' and '{' openers.
        this.invalidComprehension();
      }
      if (this.pass2 && (t.value === '.' || t.value === '(' || t.value === '[')) {
        // Pass 2 keeps PEG semantics: a trailer that fails to parse ends the primary.
        const save = this.pos;
        const cur = e;
        const next = this.attempt(() => this.trailer(cur, st, t));
        if (!next) {
          this.pos = save;
          return e;
        }
        e = next;
        continue;
      }
      if (t.value === '.') {
        this.pos++;
        const n = this.name();
        e = this.mk(N.Attribute(e, this.ident(n), 'Load'), st);
      } else if (t.value === '(') {
        e = this.callTrailer(e, st);
      } else if (t.value === '[') {
        this.pos++;
        const slice = this.slices();
        this.expect(']');
        e = this.mk(N.Subscript(e, slice, 'Load'), st);
      } else return e;
    }
  }

  /** One '.' NAME, call or subscript trailer applied to `e` (pass-2 path of primary). */
  private trailer(e: A.Expr, st: Token, t: Token): A.Expr {
    if (t.value === '.') {
      this.pos++;
      const n = this.name();
      return this.mk(N.Attribute(e, this.ident(n), 'Load'), st);
    }
    if (t.value === '(') return this.callTrailer(e, st);
    this.pos++;
    const slice = this.slices();
    this.expect(']');
    return this.mk(N.Subscript(e, slice, 'Load'), st);
  }

  /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
  slices(): A.Expr {
    const st = this.peek();
    const first = this.sliceItem();
    if (!this.at(',')) {
      // A lone starred item is not a slice: CPython wraps it in a tuple (a[*b]).
      if (first._type !== 'Starred') return first;
      return this.mk(N.Tuple([first], 'Load'), st);
    }
    const elts = [first];
    while (this.eat(',')) {
      if (this.at(']')) break;
      elts.push(this.sliceItem());
    }
    return this.mk(N.Tuple(elts, 'Load'), st);
  }

  private sliceItem(): A.Expr {
    const st = this.peek();
    if (st.value === '*' && st.type === OP) return this.starredExpression();
    if (this.atWalrus()) return this.assignmentExpression();
    if (this.invalid) this.invalidNamedExpression();
    let lower: A.Expr | null = null;
    if (!(st.value === ':' && st.type === OP)) {
      lower = this.expression();
      if (this.at(':=')) throw FAIL;
      if (!this.at(':')) return lower;
    }
    this.pos++; // ':'
    const upper = this.canStart(this.peek(), false) ? this.expression() : null;
    let step: A.Expr | null = null;
    if (this.eat(':')) step = this.canStart(this.peek(), false) ? this.expression() : null;
    return this.mk(N.Slice(lower, upper, step), st);
  }

  // ------------------------------------------------------------------ atoms

  atom(): A.Expr {
    const t = this.peek();
    switch (t.type) {
      case NAME: {
        if (this.isKeyword(t)) {
          let value: A.ConstantValue;
          if (t.value === 'None') value = A.NONE;
          else if (t.value === 'True') value = A.TRUE;
          else if (t.value === 'False') value = A.FALSE;
          else throw FAIL;
          this.pos++;
          return this.mk(N.Constant(value, null), t);
        }
        this.pos++;
        return this.mk(N.Name(this.ident(t), 'Load'), t);
      }
      case NUMBER:
        this.pos++;
        return this.mk(N.Constant(parseNumber(t.value), null), t);
      case STRING:
        return this.strings();
      case OP:
        switch (t.value) {
          case '(': return this.parenAtom();
          case '[': return this.listAtom();
          case '{': return this.braceAtom();
          case '...':
            this.pos++;
            return this.mk(N.Constant(A.ELLIPSIS, null), t);
        }
    }
    throw FAIL;
  }

  atFor(): boolean {
    const t = this.peek();
    if (t.type !== NAME) return false;
    return t.value === 'for' || (t.value === 'async' && this.tok(this.pos + 1).value === 'for');
  }

  // ------------------------------------------------------------------ lambda, yield

  lambdef(): A.Lambda {
    const st = this.expect('lambda');
    const args = this.at(':') ? emptyArguments() : this.lambdaParams();
    this.expect(':');
    const body = this.expression();
    return this.mk(N.Lambda(args, body), st);
  }

  /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
  yieldExpr(): A.Expr {
    const st = this.expect('yield');
    if (this.eat('from')) {
      const value = this.expression();
      return this.mk(N.YieldFrom(value), st);
    }
    const value = this.canStart(this.peek()) ? this.starExpressions() : null;
    return this.mk(N.Yield(value), st);
  }
}

export function emptyArguments(): A.Arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}
