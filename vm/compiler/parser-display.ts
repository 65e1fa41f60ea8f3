// Displays and comprehensions: parenthesised forms (tuple, group, generator expression),
// lists, sets, dicts and their comprehensions, with the invalid_group / invalid_comprehension /
// invalid_double_starred_kvpairs checks CPython makes.

import type * as A from './ast';
import * as N from './nodes';
import { FAIL, tokLoc } from './parser-base';
import { ExprParser } from './parser-expr';
import { OP, type Token } from './tokenizer';

export abstract class DisplayParser extends ExprParser {
  /** tuple | group | genexp, with invalid_group / invalid_comprehension in pass 2. */
  parenAtom(): A.Expr {
    const st = this.peek();
    this.pos++;
    if (this.eat(')')) return this.mk(N.Tuple([], 'Load'), st);
    if (this.at('yield')) {
      const y = this.yieldExpr();
      this.expect(')');
      return y;
    }
    if (this.invalid && this.at('**')) {
      const dstar = this.peek();
      const save = this.pos;
      this.pos++;
      if (this.attempt(() => this.expression()) && this.at(')')) {
        throw this.errorAt(tokLoc(dstar), 'cannot use double starred expression here');
      }
      this.pos = save;
    }
    if (this.invalid && this.at('*')) {
      // invalid_group: '(' starred_expression ')' (the starred operand is a full expression here).
      const save = this.pos;
      const sx = this.attempt(() => this.starredExpression());
      if (sx && this.at(')')) throw this.errorAt(sx, 'cannot use starred expression here');
      this.pos = save;
    }
    const first = this.starNamedExpression();
    if (this.at(',')) {
      const elts = [first];
      while (this.eat(',')) {
        if (this.at(')')) break;
        elts.push(this.starNamedExpression());
      }
      this.expect(')');
      return this.mk(N.Tuple(elts, 'Load'), st);
    }
    if (this.at(')')) {
      if (first._type === 'Starred') {
        if (this.invalid) throw this.errorAt(first, 'cannot use starred expression here');
        throw FAIL;
      }
      this.pos++;
      return first;
    }
    if (this.atFor()) {
      this.checkComprehensionElt(first);
      const generators = this.forIfClauses();
      this.expect(')');
      return this.mk(N.GeneratorExp(first, generators), st);
    }
    throw FAIL;
  }

  /**
   * invalid_comprehension (pass 2) at an opening bracket:
   *   ('[' | '(' | '{') starred_expression for_if_clauses
   *   ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
   *   ('[' | '{') star_named_expression ',' for_if_clauses
   */
  invalidComprehension(): void {
    const open = this.peek();
    const save = this.pos;
    try {
      this.pos++;
      if (this.at('*')) {
        const a = this.attempt(() => this.starredExpression());
        if (a && this.atFor() && this.attempt(() => this.forIfClauses())) {
          throw this.errorAt(a, 'iterable unpacking cannot be used in comprehension');
        }
      }
      if (open.value === '(') return;
      this.pos = save + 1;
      const a = this.attempt(() => this.starNamedExpression());
      if (!a) return;
      const comma = this.eat(',');
      if (!comma) return;
      const afterComma = this.pos;
      const b = this.attempt(() => {
        let last = this.starNamedExpression();
        while (this.eat(',')) {
          const x = this.attempt(() => this.starNamedExpression());
          if (!x) break;
          last = x;
        }
        return last;
      });
      if (b && this.atFor() && this.attempt(() => this.forIfClauses())) {
        throw this.errorRange(a, b, 'did you forget parentheses around the comprehension target?');
      }
      this.pos = afterComma;
      if (this.atFor() && this.attempt(() => this.forIfClauses())) {
        throw this.errorRange(a, tokLoc(comma), 'did you forget parentheses around the comprehension target?');
      }
    } finally {
      this.pos = save;
    }
  }

  /** A starred comprehension element is invalid (invalid_comprehension). */
  private checkComprehensionElt(first: A.Expr): void {
    if (first._type !== 'Starred') return;
    if (this.invalid && first.value._type !== 'Starred') {
      const save = this.pos;
      if (this.attempt(() => this.forIfClauses())) {
        throw this.errorAt(first, 'iterable unpacking cannot be used in comprehension');
      }
      this.pos = save;
    }
    throw FAIL;
  }


  /** list | listcomp */
  listAtom(): A.Expr {
    const st = this.peek();
    this.pos++;
    if (this.eat(']')) return this.mk(N.List([], 'Load'), st);
    const first = this.starNamedExpression();
    if (this.atFor()) {
      this.checkComprehensionElt(first);
      const generators = this.forIfClauses();
      this.expect(']');
      return this.mk(N.ListComp(first, generators), st);
    }
    const elts = this.displayRest(first, ']');
    return this.mk(N.List(elts, 'Load'), st);
  }

  /**
   * The rest of a list/set display after its first element, through the closing bracket.
   * In pass 2 a comprehension after several elements is "did you forget parentheses".
   */
  private displayRest(first: A.Expr, close: string): A.Expr[] {
    const elts = [first];
    let comma: Token | null = null;
    while ((comma = this.eat(','))) {
      if (this.at(close) || !this.canStart(this.peek())) break;
      comma = null;
      elts.push(this.starNamedExpression());
    }
    if (this.invalid && this.atFor()) {
      const save = this.pos;
      if (this.attempt(() => this.forIfClauses())) {
        if (elts.length > 1) {
          throw this.errorRange(first, elts[elts.length - 1]!, 'did you forget parentheses around the comprehension target?');
        }
        if (comma) throw this.errorRange(first, tokLoc(comma), 'did you forget parentheses around the comprehension target?');
      }
      this.pos = save;
    }
    this.expect(close);
    return elts;
  }

  /** dict | set | dictcomp | setcomp, with invalid_double_starred_kvpairs in pass 2. */
  braceAtom(): A.Expr {
    const st = this.peek();
    this.pos++;
    if (this.eat('}')) return this.mk(N.Dict([], []), st);
    if (this.at('**')) {
      const dstar = this.peek();
      if (this.invalid) {
        const save = this.pos;
        this.pos++;
        if (this.attempt(() => this.bitwiseOr()) && this.attempt(() => this.forIfClauses()) && this.at('}')) {
          throw this.errorAt(tokLoc(dstar), 'dict unpacking cannot be used in dict comprehension');
        }
        this.pos = save;
      }
      return this.dictRest(st, [], []);
    }
    if (this.at('*') || this.atWalrus()) return this.setRest(st, this.starNamedExpression());
    const elemStart = this.pos;
    const key = this.expression();
    if (this.at(':')) {
      const value = this.dictValue(key);
      if (this.atFor()) {
        const generators = this.forIfClauses();
        this.expect('}');
        return this.mk(N.DictComp(key, value, generators), st);
      }
      return this.dictRest(st, [key], [value]);
    }
    if (this.at(':=')) throw FAIL;
    let first = key;
    if (this.invalid) {
      // Re-parse as named_expression so invalid_named_expression can fire (set element).
      this.pos = elemStart;
      first = this.starNamedExpression();
    }
    return this.setRest(st, first);
  }

  /**
   * ':' expression after a dict key, with the invalid_kvpair checks. CPython reaches these
   * through dict's alternative `'{' invalid_double_starred_kvpairs '}'`, which pegen does not
   * guard with call_invalid_rules (only single-item invalid_* alternatives are), so they
   * apply in both passes.
   */
  private dictValue(key: A.Expr): A.Expr {
    const colon = this.expect(':');
    {
      const t = this.peek();
      if (t.value === '*' && t.type === OP) {
        const save = this.pos;
        this.pos++;
        if (this.attempt(() => this.bitwiseOr())) {
          throw this.makeError('SyntaxError', 'cannot use a starred expression in a dictionary value',
            t.lineno, t.col + 1, t.lineno, -1);
        }
        this.pos = save;
      }
      if ((t.value === '}' || t.value === ',') && t.type === OP) {
        throw this.errorAt(tokLoc(colon), "expression expected after dictionary key and ':'");
      }
    }
    void key;
    return this.expression();
  }

  private dictRest(st: Token, keys: (A.Expr | null)[], values: A.Expr[]): A.Expr {
    let needComma = keys.length > 0;
    for (;;) {
      if (needComma) {
        if (!this.eat(',')) break;
      }
      needComma = true;
      if (this.at('}')) break;
      if (this.eat('**')) {
        keys.push(null);
        values.push(this.bitwiseOr());
        continue;
      }
      const key = this.expression();
      if (!this.at(':')) {
        if (keys.length > 0) {
          throw this.makeError('SyntaxError', "':' expected after dictionary key", key.lineno, key.end_col_offset,
            key.end_lineno, -1);
        }
        throw FAIL;
      }
      keys.push(key);
      values.push(this.dictValue(key));
    }
    this.expect('}');
    return this.mk(N.Dict(keys, values), st);
  }

  private setRest(st: Token, first: A.Expr): A.Expr {
    if (this.atFor()) {
      this.checkComprehensionElt(first);
      const generators = this.forIfClauses();
      this.expect('}');
      return this.mk(N.SetComp(first, generators), st);
    }
    const elts = this.displayRest(first, '}');
    return this.mk(N.Set(elts), st);
  }

  // ------------------------------------------------------------------ comprehensions, targets

  /** for_if_clauses: one or more ['async'] 'for' star_targets 'in' disjunction ('if' disjunction)* */
  forIfClauses(): A.Comprehension[] {
    const gens: A.Comprehension[] = [];
    while (this.atFor()) {
      let isAsync = 0;
      if (this.eat('async')) isAsync = 1;
      this.pos++; // 'for'
      const tstart = this.pos;
      let target: A.Expr | null = null;
      try {
        target = this.starTargets();
        this.expect('in');
      } catch (e) {
        if (e !== FAIL || !this.invalid) throw e;
        this.pos = tstart;
        this.invalidForTarget();
        throw FAIL;
      }
      const iter = this.disjunction();
      const ifs: A.Expr[] = [];
      while (this.eat('if')) ifs.push(this.disjunction());
      gens.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
    }
    if (gens.length === 0) throw FAIL;
    return gens;
  }

  /** invalid_for_target (pass 2): `for f() in x` → "cannot assign to function call". */
  invalidForTarget(): void {
    const save = this.pos;
    const a = this.attempt(() => this.starExpressions());
    this.pos = save;
    if (!a) return;
    this.raiseInvalidTarget(a, 'for');
  }

  /** RAISE_SYNTAX_ERROR_INVALID_TARGET: no-op when every part is a valid target. */
  abstract raiseInvalidTarget(e: A.Expr, kind: 'star' | 'del' | 'for'): void;

  /**
   * star_targets: targets of `for` and comprehensions. Each target is parsed as a primary
   * (so `in` is not swallowed as a comparison) and converted to Store context.
   */
  abstract starTargets(): A.Expr;
}
