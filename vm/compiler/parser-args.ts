// Call arguments and def/lambda parameter lists.
//
// Pass 1 uses small state machines that accept exactly CPython's `args` / `parameters`
// languages. Pass 2 replays CPython's invalid_arguments / invalid_parameters rules to pick
// the specific error message.

import type * as A from './ast';
import * as N from './nodes';
import { FAIL, tokLoc } from './parser-base';
import { DisplayParser } from './parser-display';
import { emptyArguments } from './parser-expr';
import { exprName, invalidTarget as invalidTargetOf } from './targets';
import { NAME, OP, type Token } from './tokenizer';

interface ArgsResult {
  args: A.Expr[];
  keywords: A.Keyword[];
}

/** _PyPegen_get_last_comprehension_item: where a comprehension ends, for error ranges. */
function lastComprehensionItem(gens: A.Comprehension[]): A.Expr {
  const c = gens[gens.length - 1]!;
  return c.ifs.length ? c.ifs[c.ifs.length - 1]! : c.iter;
}

export abstract class ArgsParser extends DisplayParser {
  // ------------------------------------------------------------------ call arguments

  /** primary '(' [arguments] ')' or primary genexp. */
  callTrailer(func: A.Expr, start: Token): A.Call {
    const lpar = this.expect('(');
    if (this.eat(')')) return this.mk(N.Call(func, [], []), start);
    const r = this.argumentsRule(lpar, true);
    return this.mk(N.Call(func, r.args, r.keywords), start);
  }

  /** Class bases: '(' [arguments] ')' with no generator-expression form. */
  classArguments(): ArgsResult {
    const lpar = this.expect('(');
    if (this.eat(')')) return { args: [], keywords: [] };
    return this.argumentsRule(lpar, false);
  }

  /** arguments (memo): args [','] ')' | invalid_arguments. */
  private argumentsRule(lpar: Token, allowGenexp: boolean): ArgsResult {
    const f = () => {
      const afterParen = this.pos;
      try {
        return this.arguments(lpar, allowGenexp);
      } catch (e) {
        if (e === FAIL && this.invalid) {
          this.pos = afterParen;
          this.invalidArguments();
        }
        throw e;
      }
    };
    return this.pass2 ? this.memoized('arguments', f) : f();
  }

  /**
   * Arguments through the closing ')'. Order rules (CPython's args/kwargs): positional and
   * *iterable first; after the first keyword only keywords and *iterable; after the first
   * **mapping only keywords and **mapping.
   */
  private arguments(lpar: Token, allowGenexp: boolean): ArgsResult {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    for (;;) {
      const t = this.peek();
      if (t.type === OP && t.value === '*') {
        if (sawDoubleStar) throw FAIL;
        args.push(this.starredExpression());
      } else if (t.type === OP && t.value === '**') {
        this.pos++;
        const value = this.expression();
        keywords.push(this.mk(N.keyword(null, value), t));
        sawDoubleStar = true;
      } else if (t.type === NAME && !this.isKeyword(t) && this.tok(this.pos + 1).value === '=' &&
        this.tok(this.pos + 1).type === OP) {
        if (this.invalid) this.invalidKwarg();
        this.pos += 2;
        const value = this.expression();
        keywords.push(this.mk(N.keyword(this.ident(t), value), t));
        sawKeyword = true;
      } else {
        if (this.invalid) this.invalidKwarg();
        if (sawKeyword || sawDoubleStar) {
          // CPython's kwargs section only tries NAME '=' / '*' / '**' here: it looks at the
          // token after a NAME and no further (so the pass-1 error location stays there).
          if (t.type === NAME && !this.isKeyword(t)) this.tok(this.pos + 1);
          throw FAIL;
        }
        let e: A.Expr;
        if (this.atWalrus()) e = this.assignmentExpression();
        else {
          e = this.expression();
          if (this.at(':=')) throw FAIL;
        }
        // CPython tries `primary genexp` only from the '(' (first argument, calls only); the
        // args rule itself never looks for 'for' (or past 'async'), which matters for where
        // the pass-1 error points.
        if (allowGenexp && !args.length && !keywords.length && this.atFor()) {
          // A generator expression is only allowed as the sole argument: f(x for x in y).
          const generators = this.forIfClauses();
          if (!this.at(')')) throw FAIL;
          this.pos++;
          const g = this.mk(N.GeneratorExp(e, generators), lpar);
          return { args: [g], keywords: [] };
        }
        if (this.at('=')) throw FAIL;
        args.push(e);
      }
      if (!this.eat(',')) break;
      if (this.at(')')) break;
    }
    this.expect(')');
    return { args, keywords };
  }

  /** invalid_kwarg (pass 2), tried at each keyword-or-starred argument. */
  private invalidKwarg(): void {
    const save = this.pos;
    try {
      const t = this.peek();
      // Like CPython, look past the first token only when it is a NAME (or True/False/None).
      const nameLike = t.type === NAME && (!this.isKeyword(t) || t.value === 'True' || t.value === 'False' ||
        t.value === 'None');
      const eq = nameLike ? this.tok(this.pos + 1) : t;
      const isEq = nameLike && eq.value === '=' && eq.type === OP;
      if (t.type === NAME && (t.value === 'True' || t.value === 'False' || t.value === 'None') && isEq) {
        throw this.errorRange(tokLoc(t), tokLoc(eq), `cannot assign to ${t.value}`);
      }
      if (t.type === NAME && !this.isKeyword(t) && isEq) {
        this.pos += 2;
        if (this.attempt(() => this.expression()) && this.atFor() && this.attempt(() => this.forIfClauses())) {
          throw this.errorRange(tokLoc(t), tokLoc(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        return;
      }
      if (!(t.type === NAME && isEq)) {
        const a = this.attempt(() => this.expression());
        const b = a && this.eat('=');
        if (a && b) throw this.errorRange(a, tokLoc(b), 'expression cannot contain assignment, perhaps you meant "=="?');
      }
    } finally {
      this.pos = save;
    }
  }

  /** Replays CPython's invalid_arguments alternatives after a failed argument list. */
  private invalidArguments(): void {
    const start = this.pos;
    try {
      // ((positional ',' kwargs) | kwargs) ',' '*'
      let hasKwargs = false;
      const pl = this.sepList(() => this.positionalItem());
      if (pl && this.eat(',') && this.kwargsRule()) hasKwargs = true;
      if (!hasKwargs) {
        this.pos = start;
        hasKwargs = !!this.kwargsRule();
      }
      if (hasKwargs && this.eat(',') && this.at('*')) {
        throw this.errorAt(tokLoc(this.peek()), 'iterable argument unpacking follows keyword argument unpacking');
      }
      let a: ArgsResult | null;
      // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
      this.pos = start;
      const e = this.attempt(() => this.expression());
      if (e && this.atFor()) {
        const gens = this.attempt(() => this.forIfClauses());
        if (gens && this.at(',')) {
          throw this.errorRange(e, lastComprehensionItem(gens), 'Generator expression must be parenthesized');
        }
      }
      // a=NAME b='=' expression for_if_clauses
      this.pos = start;
      const n = this.peek();
      if (this.atName() && this.tok(this.pos + 1).value === '=') {
        const eq = this.tok(this.pos + 1);
        this.pos += 2;
        if (this.attempt(() => this.expression()) && this.atFor() && this.attempt(() => this.forIfClauses())) {
          throw this.errorRange(tokLoc(n), tokLoc(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
      // a=args b=for_if_clauses
      this.pos = start;
      a = this.argsRule();
      if (a && this.atFor()) {
        const gens = this.attempt(() => this.forIfClauses());
        if (gens && a.args.length > 1) {
          throw this.errorRange(a.args[a.args.length - 1]!, lastComprehensionItem(gens),
            'Generator expression must be parenthesized');
        }
      }
      // args ',' a=expression b=for_if_clauses
      this.pos = start;
      a = this.argsRule();
      if (a && this.eat(',')) {
        const x = this.attempt(() => this.expression());
        if (x && this.atFor()) {
          const gens = this.attempt(() => this.forIfClauses());
          if (gens) throw this.errorRange(x, lastComprehensionItem(gens), 'Generator expression must be parenthesized');
        }
      }
      // a=args ',' args
      this.pos = start;
      a = this.argsRule();
      if (a && this.eat(',') && this.argsRule()) {
        const unpack = a.keywords.some((k) => k.arg === null);
        throw this.errorLast(unpack ? 'positional argument follows keyword argument unpacking'
          : 'positional argument follows keyword argument');
      }
    } finally {
      this.pos = start;
    }
  }

  /** CPython's `args` rule with PEG semantics (longest valid prefix), for pass-2 replays. */
  private argsRule(): ArgsResult | null {
    const start = this.pos;
    const positional = this.sepList(() => this.positionalItem());
    if (positional) {
      const save = this.pos;
      if (this.eat(',')) {
        const k = this.kwargsRule();
        if (k) return { args: positional.concat(k.args), keywords: k.keywords };
      }
      this.pos = save;
      return { args: positional, keywords: [] };
    }
    this.pos = start;
    return this.kwargsRule();
  }

  /** (starred_expression | (assignment_expression | expression !':=') !'=') or null. */
  private positionalItem(): A.Expr | null {
    return this.attempt(() => {
      if (this.at('*')) return this.starredExpression() as A.Expr;
      let e: A.Expr;
      if (this.atWalrus()) e = this.assignmentExpression();
      else {
        e = this.expression();
        if (this.at(':=')) throw FAIL;
      }
      if (this.at('=')) throw FAIL;
      return e;
    });
  }

  private kwargsRule(): ArgsResult | null {
    const start = this.pos;
    const kwOrStar = () => this.attempt((): A.Expr | A.Keyword => {
      if (this.at('*')) return this.starredExpression();
      return this.kwargItem();
    });
    const kwOrDouble = () => this.attempt((): A.Expr | A.Keyword => {
      const t = this.peek();
      if (this.eat('**')) {
        const value = this.expression();
        return this.mk(N.keyword(null, value), t);
      }
      return this.kwargItem();
    });
    const split = (items: (A.Expr | A.Keyword)[]): ArgsResult => {
      const r: ArgsResult = { args: [], keywords: [] };
      for (const x of items) {
        if (x._type === 'keyword') r.keywords.push(x);
        else r.args.push(x);
      }
      return r;
    };
    const a = this.sepList(kwOrStar);
    if (a) {
      const save = this.pos;
      if (this.eat(',')) {
        const b = this.sepList(kwOrDouble);
        if (b) return split(a.concat(b));
      }
      this.pos = save;
      return split(a);
    }
    this.pos = start;
    const b = this.sepList(kwOrDouble);
    return b ? split(b) : null;
  }

  private kwargItem(): A.Keyword {
    if (this.invalid) this.invalidKwarg();
    const t = this.name();
    this.expect('=');
    const value = this.expression();
    return this.mk(N.keyword(this.ident(t), value), t);
  }

  /** item (',' item)* with PEG backtracking: a trailing ',' not followed by an item is left unconsumed. */
  sepList<T>(item: () => T | null): T[] | null {
    const first = item();
    if (first === null) return null;
    const out = [first];
    for (;;) {
      const save = this.pos;
      if (!this.eat(',')) break;
      const x = item();
      if (x === null) {
        this.pos = save;
        break;
      }
      out.push(x);
    }
    return out;
  }

  // ------------------------------------------------------------------ parameters

  /** def parameters, up to (not including) ')'. */
  params(): A.Arguments {
    return this.parameters(false);
  }

  lambdaParams(): A.Arguments {
    return this.parameters(true);
  }

  /**
   * Parameter list grammar shared by def and lambda (lambda has no annotations and ends at
   * ':'): [posonly '/'] [args] ['*' [vararg] kwonly] ['**' kwarg], defaults rules enforced.
   */
  private parameters(lambda: boolean): A.Arguments {
    const close = lambda ? ':' : ')';
    const r = emptyArguments();
    const startPos = this.pos;
    let state = 0; // 0 positional, 1 after '*', 2 after '**'
    let sawSlash = false;
    let count = 0;
    try {
      for (;;) {
        const t = this.peek();
        if (t.type === OP && t.value === '/') {
          if (state !== 0 || sawSlash || count === 0) throw FAIL;
          this.pos++;
          r.posonlyargs = r.args;
          r.args = [];
          sawSlash = true;
        } else if (t.type === OP && t.value === '*') {
          if (state !== 0) throw FAIL;
          this.pos++;
          state = 1;
          if (this.at(',')) {
            // Bare '*': at least one keyword-only parameter must follow.
            const after = this.tok(this.pos + 1);
            if (after.type !== NAME) throw FAIL;
          } else {
            r.vararg = this.param(lambda, true);
          }
        } else if (t.type === OP && t.value === '**') {
          if (state === 2) throw FAIL;
          this.pos++;
          r.kwarg = this.param(lambda, false);
          state = 2;
        } else {
          if (state === 2) throw FAIL;
          const p = this.param(lambda, false);
          let dflt: A.Expr | null = null;
          if (this.eat('=')) dflt = this.expression();
          if (state === 0) {
            if (dflt) r.defaults.push(dflt);
            else if (r.defaults.length) throw FAIL;
            r.args.push(p);
          } else {
            r.kwonlyargs.push(p);
            r.kw_defaults.push(dflt);
          }
        }
        count++;
        if (!this.at(',')) break;
        this.pos++;
        if (this.at(close)) break;
      }
      if (!this.at(close)) throw FAIL;
    } catch (e) {
      if (e === FAIL && this.invalid) {
        this.pos = startPos;
        this.invalidParameters(lambda);
      }
      throw e;
    }
    return r;
  }

  /** param: NAME [':' expression]; after '*' the annotation may be starred (`*args: *Ts`). */
  private param(lambda: boolean, star: boolean): A.Arg {
    const n = this.name();
    let annotation: A.Expr | null = null;
    if (!lambda && this.eat(':')) annotation = star ? this.starExpression() : this.expression();
    return this.mk(N.arg(this.ident(n), annotation), n);
  }

  // ---------------------------------------------------------------- pass-2 parameter diagnostics
  //
  // A replay of CPython's rules with PEG semantics: each helper consumes its construct and
  // returns it, or restores the position and returns null.

  /** param_no_default: param (',' | &close) */
  private pNoDefault(lambda: boolean): A.Arg | null {
    const save = this.pos;
    const p = this.attempt(() => this.param(lambda, false));
    if (p && (this.eat(',') || this.at(lambda ? ':' : ')'))) return p;
    this.pos = save;
    return null;
  }

  /** default: '=' expression | invalid_default */
  private pDefault(): boolean {
    const eq = this.peek();
    if (!(eq.value === '=' && eq.type === OP)) return false;
    const save = this.pos++;
    if (this.attempt(() => this.expression())) return true;
    const nx = this.peek();
    if ((nx.value === ')' || nx.value === ',') && nx.type === OP) {
      throw this.errorAt(tokLoc(eq), 'expected default value expression');
    }
    this.pos = save;
    return false;
  }

  /** param_with_default / param_maybe_default: param default (',' | &close) */
  private pDefaulted(lambda: boolean, required: boolean): A.Arg | null {
    const save = this.pos;
    const p = this.attempt(() => this.param(lambda, false));
    if (p && (this.pDefault() || !required) && (this.eat(',') || this.at(lambda ? ':' : ')'))) return p;
    this.pos = save;
    return null;
  }

  private many(f: () => unknown): number {
    let n = 0;
    while (f()) n++;
    return n;
  }

  /** slash_no_default: param_no_default+ '/' (',' | &close) */
  private slashNoDefault(lambda: boolean): boolean {
    const save = this.pos;
    if (this.many(() => this.pNoDefault(lambda)) && this.eat('/') && (this.eat(',') || this.at(lambda ? ':' : ')'))) {
      return true;
    }
    this.pos = save;
    return false;
  }

  /** slash_with_default: param_no_default* param_with_default+ '/' (',' | &close) */
  private slashWithDefault(lambda: boolean): boolean {
    const save = this.pos;
    this.many(() => this.pNoDefault(lambda));
    if (this.many(() => this.pDefaulted(lambda, true)) && this.eat('/') &&
      (this.eat(',') || this.at(lambda ? ':' : ')'))) return true;
    this.pos = save;
    return false;
  }

  /** Pass 2 after a failed parameter list: invalid_parameters, then parameters with its invalid_* parts. */
  private invalidParameters(lambda: boolean): void {
    const start = this.pos;
    const close = lambda ? ':' : ')';
    try {
      // param_no_default* invalid_parameters_helper a=param_no_default
      this.many(() => this.pNoDefault(lambda));
      const afterNo = this.pos;
      let helper = this.slashWithDefault(lambda);
      if (!helper) {
        this.pos = afterNo;
        helper = this.many(() => this.pDefaulted(lambda, true)) > 0;
      }
      if (helper) {
        const p = this.pNoDefault(lambda);
        if (p) throw this.errorAt(p, 'non-default argument follows default argument');
      }
      // param_no_default* '(' param_no_default+ ','? ')'   (lambda: ','.lambda_param+)
      this.pos = start;
      this.many(() => this.pNoDefault(lambda));
      const lpar = this.peek();
      if (lpar.value === '(' && lpar.type === OP) {
        this.pos++;
        let ok: boolean;
        if (lambda) {
          ok = !!this.sepList(() => this.attempt(() => this.param(true, false)));
        } else {
          ok = this.many(() => this.pNoDefault(false)) > 0;
        }
        this.eat(',');
        const rpar = this.peek();
        if (ok && rpar.value === ')' && rpar.type === OP) {
          throw this.errorRange(tokLoc(lpar), tokLoc(rpar), lambda ? 'Lambda expression parameters cannot be parenthesized'
            : 'Function parameters cannot be parenthesized');
        }
      }
      // "/" ','
      this.pos = start;
      if (this.at('/') && this.tok(this.pos + 1).value === ',') {
        throw this.errorAt(tokLoc(this.peek()), 'at least one argument must precede /');
      }
      // (slash_no_default | slash_with_default) param_maybe_default* '/'
      this.pos = start;
      if (this.slashNoDefault(lambda) || this.slashWithDefault(lambda)) {
        this.many(() => this.pDefaulted(lambda, false));
        if (this.at('/')) throw this.errorAt(tokLoc(this.peek()), '/ may appear only once');
      }
      // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
      this.pos = start;
      if (!this.slashNoDefault(lambda)) this.slashWithDefault(lambda);
      this.many(() => this.pDefaulted(lambda, false));
      if (this.eat('*') && (this.eat(',') || this.pNoDefault(lambda))) {
        this.many(() => this.pDefaulted(lambda, false));
        if (this.at('/')) throw this.errorAt(tokLoc(this.peek()), '/ must be ahead of *');
      }
      // param_maybe_default+ '/' '*'
      this.pos = start;
      if (this.many(() => this.pDefaulted(lambda, false)) && this.eat('/') && this.at('*')) {
        throw this.errorAt(tokLoc(this.peek()), 'expected comma between / and *');
      }
      // parameters: the positional part, then star_etc with invalid_star_etc / invalid_kwds first.
      this.pos = start;
      if (this.slashNoDefault(lambda)) {
        this.many(() => this.pNoDefault(lambda));
        this.many(() => this.pDefaulted(lambda, true));
      } else if (this.slashWithDefault(lambda)) {
        this.many(() => this.pDefaulted(lambda, true));
      } else {
        this.many(() => this.pNoDefault(lambda));
        this.many(() => this.pDefaulted(lambda, true));
      }
      this.invalidStarEtc(lambda, close);
    } finally {
      this.pos = start;
    }
  }

  /** invalid_star_etc and invalid_kwds (and their lambda variants) at the star_etc position. */
  private invalidStarEtc(lambda: boolean, close: string): void {
    const t = this.peek();
    if (t.value === '*' && t.type === OP) {
      const save = this.pos;
      this.pos++;
      const nx = this.peek();
      // Only look past a ',' (as CPython does): the furthest token decides the error column.
      const bare = nx.value === close || (nx.value === ',' && ((n2) => n2.value === close || n2.value === '**')(this.tok(this.pos + 1)));
      if (bare) {
        if (lambda) throw this.errorLast('named arguments must follow bare *');
        throw this.errorAt(tokLoc(t), 'named arguments must follow bare *');
      }
      const p = this.attempt(() => this.param(lambda, true));
      if (p && this.at('=')) throw this.errorAt(tokLoc(this.peek()), 'var-positional argument cannot have default value');
      this.pos = save + 1;
      if (this.eat(',') || this.pNoDefault(lambda)) {
        this.many(() => this.pDefaulted(lambda, false));
        const second = this.peek();
        if (second.value === '*' && second.type === OP) {
          this.pos++;
          if (this.at(',') || this.pNoDefault(lambda)) {
            throw this.errorAt(tokLoc(second), '* argument may appear only once');
          }
        }
      }
      // The valid star_etc forms, to reach kwds.
      this.pos = save + 1;
      if (this.eat(',')) {
        if (!this.many(() => this.pDefaulted(lambda, false))) return;
      } else {
        if (!this.attempt(() => this.param(lambda, true))) return;
        if (!this.eat(',') && !this.at(close)) return;
        this.many(() => this.pDefaulted(lambda, false));
      }
    }
    const k = this.peek();
    if (k.value === '**' && k.type === OP) {
      this.pos++;
      if (!this.attempt(() => this.param(lambda, false))) return;
      const eq = this.peek();
      if (eq.value === '=' && eq.type === OP) throw this.errorAt(tokLoc(eq), 'var-keyword argument cannot have default value');
      if (!this.eat(',')) return;
      const a = this.peek();
      if ((a.value === '*' || a.value === '**' || a.value === '/') && a.type === OP) {
        throw this.errorAt(tokLoc(a), 'arguments cannot follow var-keyword argument');
      }
      const p = this.attempt(() => this.param(lambda, false));
      if (p) throw this.errorAt(p, 'arguments cannot follow var-keyword argument');
    }
  }

  /** RAISE_SYNTAX_ERROR_INVALID_TARGET(kind, e). */
  raiseInvalidTarget(e: A.Expr, kind: 'star' | 'del' | 'for'): void {
    const t = invalidTargetOf(e, kind);
    if (!t) return;
    throw this.errorAt(t, kind === 'del' ? `cannot delete ${exprName(t)}` : `cannot assign to ${exprName(t)}`);
  }
}

