// Compound statements and blocks: CPython 3.11's grammar including the pass-2 invalid_* rules
// that produce "expected ':'" and "expected an indented block after ..." (simple statements
// are in parser-simple.ts).

import type * as A from './ast';
import * as N from './nodes';
import { FAIL, tokLoc } from './parser-base';
import { emptyArguments } from './parser-expr';
import { SimpleStmtParser } from './parser-simple';
import { setContext } from './targets';
import { DEDENT, ENDMARKER, INDENT, NAME, NEWLINE, OP, type Token } from './tokenizer';

export abstract class StmtParser extends SimpleStmtParser {
  // ------------------------------------------------------------------ blocks

  /** statements: statement+ (until DEDENT / ENDMARKER). */
  statements(): A.Stmt[] {
    const out: A.Stmt[] = [];
    for (;;) {
      const t = this.peek();
      if (t.type === DEDENT || t.type === ENDMARKER) break;
      this.statement(out);
    }
    return out;
  }

  /** One statement line (compound, or simple statements separated by ';'), appended to `out`. */
  statement(out: A.Stmt[]): void {
    const t = this.peek();
    if (t.type === NAME) {
      switch (t.value) {
        case 'def': out.push(this.funcDef([], t)); return;
        case 'if': out.push(this.ifStmt()); return;
        case 'class': out.push(this.classDef([], t)); return;
        case 'with': out.push(this.withStmt(t, false)); return;
        case 'for': out.push(this.forStmt(t, false)); return;
        case 'try': out.push(this.tryStmt()); return;
        case 'while': out.push(this.whileStmt()); return;
        case 'async': {
          const n = this.tok(this.pos + 1);
          if (n.value === 'def') out.push(this.funcDef([], t));
          else if (n.value === 'with') out.push(this.withStmt(t, true));
          else if (n.value === 'for') out.push(this.forStmt(t, true));
          else throw FAIL;
          return;
        }
        case 'match': {
          const m = this.matchStmt();
          if (m) {
            out.push(m);
            return;
          }
          break;
        }
      }
    } else if (t.type === OP && t.value === '@') {
      out.push(this.decorated());
      return;
    }
    this.simpleStmts(out);
  }

  /** block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
  block(): A.Stmt[] {
    if (this.atType(NEWLINE)) {
      this.pos++;
      if (!this.atType(INDENT)) {
        if (this.invalid) throw this.errorLast('expected an indented block', 'IndentationError');
        throw FAIL;
      }
      this.pos++;
      const body = this.statements();
      this.expectType(DEDENT);
      return body;
    }
    const out: A.Stmt[] = [];
    this.simpleStmts(out);
    return out;
  }

  /** Pass 2 helper for invalid_*_stmt: `':' NEWLINE !INDENT` → "expected an indented block after ...". */
  private checkIndentedBlock(what: string, line: number): void {
    if (this.atType(NEWLINE) && this.tok(this.pos + 1).type !== INDENT) {
      this.pos++;
      this.peek();
      throw this.errorLast(`expected an indented block after ${what} on line ${line}`, 'IndentationError');
    }
  }

  /**
   * For pass 2: run `head` (the part of a compound statement before its ':'), then raise
   * "expected ':'" if a NEWLINE follows, or the indentation error if ':' NEWLINE is not
   * followed by an INDENT. Always restores the position.
   */
  private invalidCompound(head: () => unknown, what: string | null, line: () => number, colonCheck = true): void {
    const save = this.pos;
    try {
      if (this.attempt(head) === null) return;
      if (colonCheck && this.atType(NEWLINE)) throw this.errorLast("expected ':'");
      if (what !== null && this.eat(':')) this.checkIndentedBlock(what, line());
    } finally {
      this.pos = save;
    }
  }

  // ------------------------------------------------------------------ compound statements

  private decorated(): A.Stmt {
    const decorators: A.Expr[] = [];
    while (this.eat('@')) {
      decorators.push(this.namedExpression());
      this.expectType(NEWLINE);
    }
    const t = this.peek();
    if (t.type === NAME) {
      if (t.value === 'def') return this.funcDef(decorators, t);
      if (t.value === 'class') return this.classDef(decorators, t);
      if (t.value === 'async' && this.tok(this.pos + 1).value === 'def') return this.funcDef(decorators, t);
    }
    throw FAIL;
  }

  /** function_def_raw: ['async'] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block */
  private funcDef(decorators: A.Expr[], st: Token): A.Stmt {
    const isAsync = st.value === 'async';
    if (isAsync) this.pos++;
    const defTok = this.expect('def');
    if (this.invalid) {
      this.invalidCompound(() => {
        this.name();
        this.expect('(');
        if (!this.at(')')) this.params();
        this.expect(')');
        if (this.eat('->')) this.expression();
        return true;
      }, 'function definition', () => defTok.lineno, false);
    }
    const name = this.ident(this.name());
    this.expectForced('(');
    const args = this.at(')') ? emptyArguments() : this.params();
    this.expect(')');
    // ['->' expression] is optional: if the expression is missing, the forced ':' reports it.
    const returns = this.at('->') ? this.attempt(() => {
      this.pos++;
      return this.expression();
    }) : null;
    this.expectForced(':');
    const body = this.block();
    const f = isAsync ? N.AsyncFunctionDef(name, args, body, decorators, returns)
      : N.FunctionDef(name, args, body, decorators, returns);
    return this.mk(f, st);
  }

  /** class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block */
  private classDef(decorators: A.Expr[], st: Token): A.Stmt {
    this.expect('class');
    if (this.invalid) {
      this.invalidCompound(() => {
        this.name();
        if (this.at('(')) this.classArguments();
        return true;
      }, 'class definition', () => st.lineno);
    }
    const name = this.ident(this.name());
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.at('(')) {
      const r = this.classArguments();
      bases = r.args;
      keywords = r.keywords;
    }
    this.expect(':');
    const body = this.block();
    return this.mk(N.ClassDef(name, bases, keywords, body, decorators), st);
  }

  private ifStmt(): A.Stmt {
    const st = this.expect('if');
    return this.ifRest(st, 'if');
  }

  /** The part of if/elif after the keyword; elif chains nest in orelse like CPython. */
  private ifRest(st: Token, kw: string): A.If {
    if (this.invalid) {
      let cond: A.Expr | null = null;
      this.invalidCompound(() => (cond = this.namedExpression()), `'${kw}' statement`, () => cond!.lineno);
    }
    const test = this.namedExpression();
    this.expect(':');
    const body = this.block();
    let orelse: A.Stmt[] = [];
    const t = this.peek();
    if (t.type === NAME && t.value === 'elif') {
      this.pos++;
      orelse = [this.ifRest(t, 'elif')];
    } else if (t.type === NAME && t.value === 'else') {
      orelse = this.elseBlock();
    }
    return this.mk(N.If(test, body, orelse), st);
  }

  /** else_block: 'else' &&':' block */
  private elseBlock(): A.Stmt[] {
    const t = this.expect('else');
    if (this.invalid) this.invalidCompound(() => true, "'else' statement", () => t.lineno, false);
    this.expectForced(':');
    return this.block();
  }

  private whileStmt(): A.Stmt {
    const st = this.expect('while');
    if (this.invalid) {
      let cond: A.Expr | null = null;
      this.invalidCompound(() => (cond = this.namedExpression()), "'while' statement", () => cond!.lineno);
    }
    const test = this.namedExpression();
    this.expect(':');
    const body = this.block();
    const orelse = this.at('else') ? this.elseBlock() : [];
    return this.mk(N.While(test, body, orelse), st);
  }

  /** for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block] */
  private forStmt(st: Token, isAsync: boolean): A.Stmt {
    if (isAsync) this.pos++;
    const forTok = this.expect('for');
    if (this.invalid) {
      this.invalidCompound(() => {
        this.starTargets();
        this.expect('in');
        return this.starExpressions();
      }, "'for' statement", () => forTok.lineno);
    }
    const tstart = this.pos;
    let target: A.Expr;
    try {
      target = this.starTargets();
      this.expect('in');
    } catch (e) {
      if (e === FAIL && this.invalid) {
        this.pos = tstart;
        this.invalidForTarget();
      }
      throw e;
    }
    const iter = this.starExpressions();
    this.expect(':');
    const body = this.block();
    const orelse = this.at('else') ? this.elseBlock() : [];
    return this.mk(isAsync ? N.AsyncFor(target, iter, body, orelse) : N.For(target, iter, body, orelse), st);
  }

  /**
   * with_stmt: ['async'] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block.
   * The parenthesized form is tried first, as in CPython.
   */
  private withStmt(st: Token, isAsync: boolean): A.Stmt {
    if (isAsync) this.pos++;
    const withTok = this.expect('with');
    if (this.invalid) this.invalidWith(withTok);
    let items: A.WithItem[] | null = null;
    if (this.at('(')) {
      items = this.attempt(() => {
        this.pos++;
        const list = [this.withItem()];
        while (this.eat(',')) {
          if (this.at(')')) break;
          list.push(this.withItem());
        }
        this.expect(')');
        if (!this.at(':')) throw FAIL;
        return list;
      });
    }
    if (!items) {
      items = [this.withItem()];
      while (this.eat(',')) items.push(this.withItem());
    }
    this.expect(':');
    const body = this.block();
    return this.mk(isAsync ? N.AsyncWith(items, body) : N.With(items, body), st);
  }

  /** with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression */
  private withItem(): A.WithItem {
    const contextExpr = this.expression();
    if (this.at('as')) {
      const save = this.pos;
      this.pos++;
      const target = this.attempt(() => {
        const x = this.starTarget();
        if (!setContext(x, 'Store')) throw FAIL;
        if (!this.at(',') && !this.at(')') && !this.at(':')) throw FAIL;
        return x;
      });
      if (target) return { _type: 'withitem', context_expr: contextExpr, optional_vars: target };
      if (this.invalid) {
        const a = this.attempt(() => this.expression());
        if (a && (this.at(',') || this.at(')') || this.at(':'))) this.raiseInvalidTarget(a, 'star');
      }
      this.pos = save;
    }
    return { _type: 'withitem', context_expr: contextExpr, optional_vars: null };
  }

  /** invalid_with_stmt_indent / invalid_with_stmt (pass 2). */
  private invalidWith(withTok: Token): void {
    const items = (paren: boolean) => () => {
      if (paren) this.expect('(');
      do {
        if (paren) this.expressions();
        else this.expression();
        if (this.eat('as')) this.starTarget();
      } while (this.eat(',') && !(paren && this.at(')')));
      if (paren) this.expect(')');
      return true;
    };
    this.invalidCompound(items(false), "'with' statement", () => withTok.lineno, false);
    this.invalidCompound(items(true), "'with' statement", () => withTok.lineno, false);
    this.invalidCompound(items(false), null, () => 0);
    this.invalidCompound(items(true), null, () => 0);
  }

  /** try_stmt with except / except* / else / finally clauses. */
  private tryStmt(): A.Stmt {
    const st = this.expect('try');
    if (this.invalid) this.invalidTry(st);
    this.expectForced(':');
    const body = this.block();
    const handlers: A.ExceptHandler[] = [];
    let star = false;
    while (this.at('except')) {
      const h = this.exceptBlock(handlers.length === 0 ? null : star);
      if (handlers.length === 0) star = h.star;
      handlers.push(h.handler);
    }
    const orelse = handlers.length && this.at('else') ? this.elseBlock() : [];
    let finalbody: A.Stmt[] = [];
    if (this.at('finally')) {
      const f = this.expect('finally');
      if (this.invalid) this.invalidCompound(() => true, "'finally' statement", () => f.lineno, false);
      this.expectForced(':');
      finalbody = this.block();
    }
    if (!handlers.length && !finalbody.length) throw FAIL;
    return this.mk(star ? N.TryStar(body, handlers, orelse, finalbody) : N.Try(body, handlers, orelse, finalbody), st);
  }

  /** invalid_try_stmt (pass 2). */
  private invalidTry(tryTok: Token): void {
    const save = this.pos;
    try {
      if (!this.eat(':')) return;
      this.checkIndentedBlock("'try' statement", tryTok.lineno);
      if (!this.attempt(() => this.block())) return;
      if (!this.at('except') && !this.at('finally')) throw this.errorLast("expected 'except' or 'finally' block");
      // except and except* mixed on one try
      let sawPlain = false;
      let sawStar = false;
      while (this.at('except')) {
        const exceptIdx = this.pos;
        const e = this.peek();
        this.pos++;
        const isStar = !!this.eat('*');
        if ((isStar && sawPlain) || (!isStar && sawStar)) {
          throw this.errorRange(tokLoc(e), tokLoc(this.toks[this.pos - 1]!),
            "cannot have both 'except' and 'except*' on the same 'try'");
        }
        if (isStar) sawStar = true;
        else sawPlain = true;
        this.pos = exceptIdx;
        const ok = this.attempt(() => this.exceptBlock(null));
        if (!ok) return;
      }
    } finally {
      this.pos = save;
    }
  }

  /** except_block / except_star_block. `star` is whether earlier handlers were except* (null: first). */
  private exceptBlock(star: boolean | null): { handler: A.ExceptHandler; star: boolean } {
    const st = this.expect('except');
    const isStar = !!this.eat('*');
    if (star !== null && isStar !== star) throw FAIL;
    if (this.invalid) this.invalidExcept(st, isStar);
    let type: A.Expr | null = null;
    let name: string | null = null;
    if (!this.at(':') || isStar) {
      type = this.expression();
      if (this.eat('as')) name = this.ident(this.name());
    }
    this.expect(':');
    const body = this.block();
    const handler = this.mk(N.ExceptHandler(type, name, body), st);
    return { handler, star: isStar };
  }

  /** invalid_except_stmt_indent / invalid_except_stmt (pass 2). */
  private invalidExcept(exceptTok: Token, isStar: boolean): void {
    const save = this.pos;
    try {
      if (isStar && (this.atType(NEWLINE) || this.at(':'))) throw this.errorLast('expected one or more exception types');
      const a = this.at(':') ? null : this.attempt(() => this.expression());
      if (a && this.at(',')) {
        const ok = this.attempt(() => {
          this.pos++;
          this.expressions();
          if (this.eat('as')) this.name();
          return this.at(':');
        });
        if (ok) throw this.makeError('SyntaxError', 'multiple exception types must be parenthesized', a.lineno,
          a.col_offset + 1, a.end_lineno, -1);
        this.pos = save;
        this.attempt(() => this.expression());
      }
      if (a && this.eat('as')) {
        if (!this.attempt(() => this.name())) return;
      }
      if (this.atType(NEWLINE)) throw this.errorLast("expected ':'");
      if (this.eat(':')) this.checkIndentedBlock(isStar ? "'except*' statement" : "'except' statement", exceptTok.lineno);
    } finally {
      this.pos = save;
    }
  }

  /**
   * match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT. `match` is a soft
   * keyword: returns null (position restored) when this is not a match statement.
   */
  private matchStmt(): A.Stmt | null {
    const save = this.pos;
    try {
      const st = this.peek();
      this.pos++;
      const subject = this.subjectExpr();
      if (!this.at(':')) {
        if (this.invalid && this.atType(NEWLINE)) throw this.errorLast("expected ':'");
        throw FAIL;
      }
      this.pos++;
      this.expectType(NEWLINE);
      if (!this.atType(INDENT)) {
        if (this.invalid) {
          throw this.errorLast(`expected an indented block after 'match' statement on line ${st.lineno}`,
            'IndentationError');
        }
        throw FAIL;
      }
      this.pos++;
      const cases: A.MatchCase[] = [];
      while (this.peek().type === NAME && this.peek().value === 'case') cases.push(this.caseBlock());
      if (!cases.length) throw FAIL;
      this.expectType(DEDENT);
      return this.mk(N.Match(subject, cases), st);
    } catch (e) {
      if (e !== FAIL) throw e;
      this.pos = save;
      return null;
    }
  }

  /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
  private subjectExpr(): A.Expr {
    const st = this.peek();
    const first = this.starNamedExpression();
    if (!this.at(',')) {
      if (first._type === 'Starred') throw FAIL;
      return first;
    }
    const elts = [first];
    while (this.eat(',')) {
      if (!this.canStart(this.peek())) break;
      elts.push(this.starNamedExpression());
    }
    return this.mk(N.Tuple(elts, 'Load'), st);
  }

  /** case_block: "case" patterns guard? ':' block (with invalid_case_block in pass 2). */
  private caseBlock(): A.MatchCase {
    const st = this.peek();
    this.pos++;
    const pattern = this.patterns();
    const guard = this.eat('if') ? this.namedExpression() : null;
    if (!this.at(':')) {
      if (this.invalid && this.atType(NEWLINE)) throw this.errorLast("expected ':'");
      throw FAIL;
    }
    this.pos++;
    if (this.invalid) {
      const save = this.pos;
      this.checkIndentedBlock("'case' statement", st.lineno);
      this.pos = save;
    }
    const body = this.block();
    return { _type: 'match_case', pattern, guard, body };
  }
}
