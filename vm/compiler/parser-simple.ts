// Simple statements: expression statements and every assignment form (with the pass-2
// invalid_assignment replay), del, import, and the star_targets used by `for` loops.

import type * as A from './ast';
import * as N from './nodes';
import { FAIL } from './parser-base';
import { PatternParser } from './parser-pattern';
import { exprName, setContext } from './targets';
import { NAME, NEWLINE, OP } from './tokenizer';

const AUGASSIGN: Record<string, A.Operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
  '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

export abstract class SimpleStmtParser extends PatternParser {
  /** Set once an augmented assignment operator is consumed (CPython's cut `~`). */
  private augCut = false;

  /** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
  simpleStmts(out: A.Stmt[]): void {
    out.push(this.simpleStmt());
    while (this.eat(';')) {
      if (this.atType(NEWLINE)) break;
      out.push(this.simpleStmt());
    }
    this.expectType(NEWLINE);
  }

  simpleStmt(): A.Stmt {
    const t = this.peek();
    if (t.type === NAME) {
      switch (t.value) {
        case 'pass': this.pos++; return this.mk(N.Pass(), t);
        case 'break': this.pos++; return this.mk(N.Break(), t);
        case 'continue': this.pos++; return this.mk(N.Continue(), t);
        case 'return': {
          this.pos++;
          const value = this.canStart(this.peek()) ? this.starExpressions() : null;
          return this.mk(N.Return(value), t);
        }
        case 'import': return this.importName();
        case 'from': return this.importFrom();
        case 'raise': {
          this.pos++;
          let exc: A.Expr | null = null;
          let cause: A.Expr | null = null;
          if (this.canStart(this.peek(), false)) {
            exc = this.expression();
            if (this.eat('from')) cause = this.expression();
          }
          return this.mk(N.Raise(exc, cause), t);
        }
        case 'del': return this.delStmt();
        case 'yield': {
          if (this.invalid) {
            const save = this.pos;
            this.invalidAssignment();
            this.pos = save;
          }
          const value = this.yieldExpr();
          return this.mk(N.Expr(value), t);
        }
        case 'assert': {
          this.pos++;
          const test = this.expression();
          const msg = this.eat(',') ? this.expression() : null;
          return this.mk(N.Assert(test, msg), t);
        }
        case 'global':
        case 'nonlocal': {
          this.pos++;
          const names = [this.ident(this.name())];
          while (this.eat(',')) names.push(this.ident(this.name()));
          return this.mk(t.value === 'global' ? N.Global(names) : N.Nonlocal(names), t);
        }
      }
    }
    if (!this.invalid) return this.assignmentOrExpr();
    // Pass 2: CPython tries invalid_assignment whenever the statement is not a valid
    // assignment (unless an augmented assignment operator was consumed, which is a cut),
    // before falling back to an expression statement.
    const save = this.pos;
    this.augCut = false;
    let r: A.Stmt | null = null;
    try {
      r = this.assignmentOrExpr();
    } catch (e) {
      if (e !== FAIL || this.augCut) throw e;
    }
    if (r && r._type !== 'Expr') return r;
    const end = this.pos;
    this.pos = save;
    this.invalidAssignment();
    if (!r) {
      this.pos = save;
      throw FAIL;
    }
    this.pos = end;
    return r;
  }

  /** assignment | star_expressions: expression statements, =, augmented and annotated assignment. */
  private assignmentOrExpr(): A.Stmt {
    const st = this.peek();
    const first = this.starExpressions();
    const t = this.peek();
    if (t.type !== OP) return this.mk(N.Expr(first), st);
    if (t.value === '=') {
      // Each target is checked before its '=' is consumed: like CPython's (star_targets '=')+,
      // an invalid target fails without reading the right-hand side.
      if (!setContext(first, 'Store')) throw FAIL;
      const targets = [first];
      let value: A.Expr;
      for (;;) {
        this.pos++;
        value = this.at('yield') ? this.yieldExpr() : this.starExpressions();
        if (!this.at('=')) break;
        if (!setContext(value, 'Store')) throw FAIL;
        targets.push(value);
      }
      return this.mk(N.Assign(targets, value), st);
    }
    if (t.value === ':') {
      const target = first;
      if (target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript') throw FAIL;
      this.pos++;
      const annotation = this.expression();
      let value: A.Expr | null = null;
      if (this.at('=')) {
        // ['=' annotated_rhs] is optional: in pass 2 a bad right-hand side leaves `x: int` parsed.
        const save = this.pos++;
        const rhs = () => (this.at('yield') ? this.yieldExpr() : this.starExpressions());
        value = this.pass2 ? this.attempt(rhs) : rhs();
        if (!value) this.pos = save;
      }
      target.ctx = 'Store';
      const simple = target._type === 'Name' && st.type === NAME ? 1 : 0;
      return this.mk(N.AnnAssign(target, annotation, value, simple), st);
    }
    const op = AUGASSIGN[t.value];
    if (op) {
      const target = first;
      if (target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript') throw FAIL;
      this.pos++;
      this.augCut = true; // CPython's cut (~) after augassign
      const value = this.at('yield') ? this.yieldExpr() : this.starExpressions();
      target.ctx = 'Store';
      return this.mk(N.AugAssign(target, op, value), st);
    }
    return this.mk(N.Expr(first), st);
  }

  /** invalid_assignment (pass 2), replaying CPython's alternatives in order. */
  private invalidAssignment(): void {
    const start = this.pos;
    // invalid_ann_assign_target ':' expression
    const annTarget = this.attempt(() => this.invalidAnnTarget());
    if (annTarget && this.eat(':') && this.attempt(() => this.expression())) {
      throw this.errorAt(annTarget, `only single target (not ${exprName(annTarget)}) can be annotated`);
    }
    // star_named_expression ',' star_named_expressions* ':' expression
    this.pos = start;
    const a = this.attempt(() => this.starNamedExpression());
    if (a && this.eat(',')) {
      // star_named_expressions*: repetitions of comma lists, which need no comma between them.
      for (;;) {
        const before = this.pos;
        const ok = this.attempt(() => {
          this.starNamedExpression();
          while (this.eat(',')) {
            if (!this.attempt(() => this.starNamedExpression())) break;
          }
          return true;
        });
        if (!ok || this.pos === before) break;
      }
      if (this.eat(':') && this.attempt(() => this.expression())) {
        throw this.errorAt(a, 'only single target (not tuple) can be annotated');
      }
    }
    // expression ':' expression
    this.pos = start;
    const b = this.attempt(() => this.expression());
    if (b && this.eat(':') && this.attempt(() => this.expression())) {
      throw this.errorAt(b, 'illegal target for annotation');
    }
    // (star_targets '=')* star_expressions '='   and   (star_targets '=')* yield_expr '='
    this.pos = start;
    this.skipValidTargets();
    const afterTargets = this.pos;
    const c = this.attempt(() => this.starExpressions());
    if (c && this.at('=')) this.raiseInvalidTarget(c, 'star');
    this.pos = afterTargets;
    if (this.at('yield')) {
      const y = this.attempt(() => this.yieldExpr());
      if (y && this.at('=')) throw this.errorAt(y, 'assignment to yield expression not possible');
    }
    // star_expressions augassign (yield_expr | star_expressions)
    this.pos = start;
    const d = this.attempt(() => this.starExpressions());
    if (d) {
      const t = this.peek();
      if (t.type === OP && AUGASSIGN[t.value]) {
        this.pos++;
        const v = this.at('yield') ? this.attempt(() => this.yieldExpr()) : this.attempt(() => this.starExpressions());
        if (v) throw this.errorAt(d, `'${exprName(d)}' is an illegal expression for augmented assignment`);
      }
    }
  }

  /** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
  private invalidAnnTarget(): A.Expr {
    const t = this.peek();
    if (t.type === OP && t.value === '(') {
      const inner = this.attempt(() => {
        this.pos++;
        const x = this.invalidAnnTarget();
        this.expect(')');
        return x;
      });
      if (inner) return inner;
    }
    if (t.type !== OP || (t.value !== '(' && t.value !== '[')) throw FAIL;
    const e = this.atom();
    if (e._type === 'List' || (e._type === 'Tuple' && e.col_offset === t.col && e.lineno === t.lineno)) return e;
    throw FAIL;
  }

  /** (star_targets '=')*: skip as many valid assignment targets as possible. */
  private skipValidTargets(): void {
    for (;;) {
      const save = this.pos;
      const ok = this.attempt(() => {
        this.starTargets();
        this.expect('=');
        return true;
      });
      if (!ok) {
        this.pos = save;
        return;
      }
    }
  }

  /** star_targets for `for` loops and comprehensions (targets are primaries, not comparisons). */
  starTargets(): A.Expr {
    const st = this.peek();
    const first = this.starTarget();
    if (!this.at(',')) {
      if (!setContext(first, 'Store')) throw FAIL;
      return first;
    }
    const elts = [first];
    while (this.eat(',')) {
      if (!this.canStartTarget()) break;
      elts.push(this.starTarget());
    }
    const tup = this.mk(N.Tuple(elts, 'Store'), st);
    if (!setContext(tup, 'Store')) throw FAIL;
    return tup;
  }

  private canStartTarget(): boolean {
    const t = this.peek();
    if (t.type === NAME) return !this.isKeyword(t);
    return t.type === OP && (t.value === '(' || t.value === '[' || t.value === '*');
  }

  starTarget(): A.Expr {
    const st = this.peek();
    if (st.type === OP && st.value === '*') {
      this.pos++;
      if (this.at('*')) throw FAIL;
      const value = this.starTarget();
      return this.mk(N.Starred(value, 'Store'), st);
    }
    const e = this.primary();
    if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript' && e._type !== 'Tuple' &&
      e._type !== 'List') throw FAIL;
    return e;
  }

  /** del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
  private delStmt(): A.Stmt {
    const st = this.expect('del');
    const start = this.pos;
    try {
      const targets: A.Expr[] = [];
      for (;;) {
        const e = this.primary();
        if (!setContext(e, 'Del')) throw FAIL;
        targets.push(e);
        if (!this.eat(',')) break;
        if (!this.canStartTarget() || this.at('*')) break;
      }
      if (!this.at(';') && !this.atType(NEWLINE)) throw FAIL;
      return this.mk(N.Delete(targets), st);
    } catch (e) {
      if (e === FAIL && this.invalid) {
        this.pos = start;
        const a = this.attempt(() => this.starExpressions());
        if (a) this.raiseInvalidTarget(a, 'del');
        this.pos = start;
      }
      throw e;
    }
  }

  /** import_name: 'import' dotted_as_names */
  private importName(): A.Stmt {
    const st = this.expect('import');
    const names: A.Alias[] = [];
    do {
      const a = this.peek();
      const name = this.dottedName();
      const asname = this.eat('as') ? this.ident(this.name()) : null;
      names.push(this.mk(N.alias(name, asname), a));
    } while (this.eat(','));
    return this.mk(N.Import(names), st);
  }

  private dottedName(): string {
    let name = this.ident(this.name());
    while (this.eat('.')) name += '.' + this.ident(this.name());
    return name;
  }

  /** import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets */
  private importFrom(): A.Stmt {
    const st = this.expect('from');
    let level = 0;
    for (;;) {
      if (this.eat('.')) level++;
      else if (this.eat('...')) level += 3;
      else break;
    }
    const module = level > 0 && this.at('import') ? null : this.dottedName();
    this.expect('import');
    const names: A.Alias[] = [];
    const star = this.peek();
    if (this.eat('*')) {
      names.push(this.mk(N.alias('*', null), star));
    } else if (this.eat('(')) {
      this.importAsNames(names);
      this.eat(',');
      this.expect(')');
    } else {
      this.importAsNames(names);
      if (this.at(',')) {
        if (this.invalid && this.tok(this.pos + 1).type === NEWLINE) {
          this.pos += 2;
          throw this.errorLast('trailing comma not allowed without surrounding parentheses');
        }
        throw FAIL;
      }
    }
    return this.mk(N.ImportFrom(module, names, level), st);
  }

  /** import_from_as_names: ','.import_from_as_name+ (a trailing comma is left for the caller). */
  private importAsNames(names: A.Alias[]): void {
    for (;;) {
      const t = this.name();
      const asname = this.eat('as') ? this.ident(this.name()) : null;
      names.push(this.mk(N.alias(this.ident(t), asname), t));
      if (!this.at(',') || !this.atNameAt(this.pos + 1)) return;
      this.pos++;
    }
  }

  private atNameAt(i: number): boolean {
    const t = this.tok(i);
    return t.type === NAME && !this.isKeyword(t);
  }
}
