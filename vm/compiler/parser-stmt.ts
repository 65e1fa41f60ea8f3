// Statements: CPython 3.11's statement grammar, including the pass-2 invalid_* rules that
// produce "expected ':'", "expected an indented block after ...", "cannot assign to ..." etc.

import type * as A from './ast';
import { FAIL, type Loc, tokLoc } from './parser-base';
import { PatternParser } from './parser-pattern';
import { exprName, invalidTarget, setContext } from './targets';
import { DEDENT, ENDMARKER, INDENT, NAME, NEWLINE, OP, type Token } from './tokenizer';

const AUGASSIGN: Record<string, A.Operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
  '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

export abstract class StmtParser extends PatternParser {
  /** Set once an augmented assignment operator is consumed (CPython's cut `~`). */
  private augCut = false;

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

  // ------------------------------------------------------------------ simple statements

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
        case 'pass': this.pos++; return this.mk<A.Pass>({ _type: 'Pass', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, t);
        case 'break': this.pos++; return this.mk<A.Break>({ _type: 'Break', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, t);
        case 'continue': this.pos++; return this.mk<A.Continue>({ _type: 'Continue', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, t);
        case 'return': {
          this.pos++;
          const value = this.canStart(this.peek()) ? this.starExpressions() : null;
          return this.mk<A.Return>({ _type: 'Return', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, t);
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
          return this.mk<A.Raise>({ _type: 'Raise', exc, cause, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, t);
        }
        case 'del': return this.delStmt();
        case 'yield': {
          if (this.invalid) {
            const save = this.pos;
            this.invalidAssignment();
            this.pos = save;
          }
          const value = this.yieldExpr();
          return this.mk<A.ExprStmt>({ _type: 'Expr', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, t);
        }
        case 'assert': {
          this.pos++;
          const test = this.expression();
          const msg = this.eat(',') ? this.expression() : null;
          return this.mk<A.Assert>({ _type: 'Assert', test, msg, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, t);
        }
        case 'global':
        case 'nonlocal': {
          this.pos++;
          const names = [this.ident(this.name())];
          while (this.eat(',')) names.push(this.ident(this.name()));
          return this.mk<A.Global | A.Nonlocal>({ _type: t.value === 'global' ? 'Global' : 'Nonlocal', names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, t);
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
    if (t.type !== OP) return this.mk<A.ExprStmt>({ _type: 'Expr', value: first, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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
      return this.mk<A.Assign>({ _type: 'Assign', targets, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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
      return this.mk<A.AnnAssign>({ _type: 'AnnAssign', target, annotation, value, simple, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
    }
    const op = AUGASSIGN[t.value];
    if (op) {
      const target = first;
      if (target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript') throw FAIL;
      this.pos++;
      this.augCut = true; // CPython's cut (~) after augassign
      const value = this.at('yield') ? this.yieldExpr() : this.starExpressions();
      target.ctx = 'Store';
      return this.mk<A.AugAssign>({ _type: 'AugAssign', target, op, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
    }
    return this.mk<A.ExprStmt>({ _type: 'Expr', value: first, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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
    const tup = this.mk<A.Tuple>({ _type: 'Tuple', elts, ctx: 'Store', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
    if (!setContext(tup, 'Store')) throw FAIL;
    return tup;
  }

  private canStartTarget(): boolean {
    const t = this.peek();
    if (t.type === NAME) return !this.isKeyword(t);
    return t.type === OP && (t.value === '(' || t.value === '[' || t.value === '*');
  }

  private starTarget(): A.Expr {
    const st = this.peek();
    if (st.type === OP && st.value === '*') {
      this.pos++;
      if (this.at('*')) throw FAIL;
      const value = this.starTarget();
      return this.mk<A.Starred>({ _type: 'Starred', value, ctx: 'Store', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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
      return this.mk<A.Delete>({ _type: 'Delete', targets, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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
      names.push(this.mk<A.Alias>({ _type: 'alias', name, asname, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, a));
    } while (this.eat(','));
    return this.mk<A.Import>({ _type: 'Import', names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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
      names.push(this.mk<A.Alias>({ _type: 'alias', name: '*', asname: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, star));
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
    return this.mk<A.ImportFrom>({ _type: 'ImportFrom', module, names, level, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
  }

  /** import_from_as_names: ','.import_from_as_name+ (a trailing comma is left for the caller). */
  private importAsNames(names: A.Alias[]): void {
    for (;;) {
      const t = this.name();
      const asname = this.eat('as') ? this.ident(this.name()) : null;
      names.push(this.mk<A.Alias>({ _type: 'alias', name: this.ident(t), asname, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, t));
      if (!this.at(',') || !this.atNameAt(this.pos + 1)) return;
      this.pos++;
    }
  }

  private atNameAt(i: number): boolean {
    const t = this.tok(i);
    return t.type === NAME && !this.isKeyword(t);
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
    const args = this.at(')') ? emptyArgs() : this.params();
    this.expect(')');
    // ['->' expression] is optional: if the expression is missing, the forced ':' reports it.
    const returns = this.at('->') ? this.attempt(() => {
      this.pos++;
      return this.expression();
    }) : null;
    this.expectForced(':');
    const body = this.block();
    return this.mk<A.FunctionDef | A.AsyncFunctionDef>({
      _type: isAsync ? 'AsyncFunctionDef' : 'FunctionDef', name, args, body, decorator_list: decorators, returns, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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
    return this.mk<A.ClassDef>({ _type: 'ClassDef', name, bases, keywords, body, decorator_list: decorators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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
    return this.mk<A.If>({ _type: 'If', test, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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
    return this.mk<A.While>({ _type: 'While', test, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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
    return this.mk<A.For | A.AsyncFor>({ _type: isAsync ? 'AsyncFor' : 'For', target, iter, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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
    return this.mk<A.With | A.AsyncWith>({ _type: isAsync ? 'AsyncWith' : 'With', items, body, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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
    return this.mk<A.Try | A.TryStar>({ _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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
    const handler = this.mk<A.ExceptHandler>({ _type: 'ExceptHandler', type, name, body, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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
      return this.mk<A.Match>({ _type: 'Match', subject, cases, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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
    return this.mk<A.Tuple>({ _type: 'Tuple', elts, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, st);
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

  /** A Loc for a token. */
  protected tokenLoc(t: Token): Loc {
    return tokLoc(t);
  }
}

function emptyArgs(): A.Arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}
