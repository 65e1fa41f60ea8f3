// `match` statement patterns (PEP 634), following CPython 3.11's pattern grammar.

import type * as A from './ast';
import * as N from './nodes';
import * as AST from './ast';
import { parseNumber } from './literals';
import { FAIL, tokLoc } from './parser-base';
import { StringsParser } from './parser-strings';
import { NAME, NUMBER, OP, STRING, type Token } from './tokenizer';

export abstract class PatternParser extends StringsParser {
  /** patterns: open_sequence_pattern | pattern */
  patterns(): A.Pattern {
    const st = this.peek();
    const first = this.maybeStarPattern();
    if (!this.at(',')) {
      if (first._type === 'MatchStar') throw FAIL;
      return first;
    }
    const patterns = [first];
    while (this.eat(',')) {
      if (!this.canStartPattern()) break;
      patterns.push(this.maybeStarPattern());
    }
    return this.mk(N.MatchSequence(patterns), st);
  }

  private canStartPattern(): boolean {
    const t = this.peek();
    if (t.type === NAME) return !this.isKeyword(t) || t.value === 'None' || t.value === 'True' || t.value === 'False';
    if (t.type === NUMBER || t.type === STRING) return true;
    return t.type === OP && (t.value === '-' || t.value === '(' || t.value === '[' || t.value === '{' || t.value === '*');
  }

  private maybeStarPattern(): A.Pattern {
    const st = this.peek();
    if (st.value === '*' && st.type === OP) {
      this.pos++;
      const n = this.name();
      const next = this.peek();
      if (n.value !== '_' && next.type === OP && (next.value === '.' || next.value === '(' || next.value === '=')) throw FAIL;
      return this.mk(N.MatchStar(n.value === '_' ? null : this.ident(n)), st);
    }
    return this.pattern();
  }

  /** pattern: or_pattern ['as' pattern_capture_target] */
  pattern(): A.Pattern {
    const st = this.peek();
    const p = this.orPattern();
    if (!this.at('as')) return p;
    this.pos++;
    if (this.invalid) {
      const t = this.peek();
      if (t.type === NAME && t.value === '_') throw this.errorAt(tokLoc(t), "cannot use '_' as a target");
      if (!this.atName()) {
        const save = this.pos;
        const e = this.attempt(() => this.expression());
        if (e) throw this.errorAt(e, 'invalid pattern target');
        this.pos = save;
      }
    }
    const name = this.captureTarget();
    return this.mk(N.MatchAs(p, name), st);
  }

  /** pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
  private captureTarget(): string {
    const t = this.name();
    if (t.value === '_') throw FAIL;
    const next = this.peek();
    if (next.type === OP && (next.value === '.' || next.value === '(' || next.value === '=')) throw FAIL;
    return this.ident(t);
  }

  private orPattern(): A.Pattern {
    const st = this.peek();
    const first = this.closedPattern();
    if (!this.at('|')) return first;
    const patterns = [first];
    while (this.eat('|')) patterns.push(this.closedPattern());
    return this.mk(N.MatchOr(patterns), st);
  }

  private closedPattern(): A.Pattern {
    const t = this.peek();
    switch (t.type) {
      case NUMBER:
        return this.numberPattern();
      case STRING: {
        const value = this.strings();
        return this.mk(N.MatchValue(value), t);
      }
      case NAME: {
        if (this.isKeyword(t)) {
          let value: A.ConstantValue;
          if (t.value === 'None') value = AST.NONE;
          else if (t.value === 'True') value = AST.TRUE;
          else if (t.value === 'False') value = AST.FALSE;
          else throw FAIL;
          this.pos++;
          return this.mk(N.MatchSingleton(value), t);
        }
        const next = this.tok(this.pos + 1);
        const nextOp = next.type === OP ? next.value : '';
        if (t.value === '_') {
          // wildcard_pattern comes before value/class patterns in CPython's ordered choice.
          this.pos++;
          return this.mk(N.MatchAs(null, null), t);
        }
        if (nextOp !== '.' && nextOp !== '(' && nextOp !== '=') {
          this.pos++;
          return this.mk(N.MatchAs(null, this.ident(t)), t);
        }
        const cls = this.nameOrAttr();
        if (this.at('(')) return this.classPattern(cls, t);
        if (cls._type === 'Name' || this.at('=')) throw FAIL;
        return this.mk(N.MatchValue(cls), t);
      }
      case OP:
        switch (t.value) {
          case '-': return this.numberPattern();
          case '(': return this.parenPattern();
          case '[': return this.bracketPattern();
          case '{': return this.mappingPattern();
        }
    }
    throw FAIL;
  }

  /** name_or_attr: NAME ('.' NAME)* */
  private nameOrAttr(): A.Expr {
    const st = this.peek();
    const n = this.name();
    let e: A.Expr = this.mk(N.Name(this.ident(n), 'Load'), st);
    while (this.eat('.')) {
      const a = this.name();
      e = this.mk(N.Attribute(e, this.ident(a), 'Load'), st);
    }
    return e;
  }

  /** signed_number !('+' | '-') | complex_number, as an expression (literal_expr). */
  private numberExpr(): A.Expr {
    const st = this.peek();
    const neg = this.eat('-');
    const nt = this.expectType(NUMBER);
    const num = this.numberConst(nt);
    let v: A.Expr = neg ? this.mk(N.UnaryOp('USub', num), st) : num;
    const opTok = this.peek();
    if (opTok.type === OP && (opTok.value === '+' || opTok.value === '-')) {
      if (num.value.t === 'complex') throw this.errorAt(num, 'real number required in complex literal');
      this.pos++;
      const it = this.expectType(NUMBER);
      const im = this.numberConst(it);
      if (im.value.t !== 'complex') throw this.errorAt(im, 'imaginary number required in complex literal');
      v = this.mk(N.BinOp(v, opTok.value === '+' ? 'Add' : 'Sub', im), st);
    }
    return v;
  }

  private numberConst(t: Token): A.Constant {
    return this.mkSpan(N.Constant(parseNumber(t.value), null), tokLoc(t), tokLoc(t));
  }

  private numberPattern(): A.Pattern {
    const st = this.peek();
    const value = this.numberExpr();
    return this.mk(N.MatchValue(value), st);
  }

  /** group_pattern '(' pattern ')' or sequence_pattern '(' [open_sequence_pattern] ')' */
  private parenPattern(): A.Pattern {
    const st = this.expect('(');
    if (this.eat(')')) return this.mk(N.MatchSequence([]), st);
    const first = this.maybeStarPattern();
    if (this.eat(')')) {
      if (first._type === 'MatchStar') throw FAIL;
      return first;
    }
    this.expect(',');
    const patterns = [first];
    while (!this.at(')')) {
      patterns.push(this.maybeStarPattern());
      if (!this.eat(',')) break;
    }
    this.expect(')');
    return this.mk(N.MatchSequence(patterns), st);
  }

  /** '[' [maybe_sequence_pattern] ']' */
  private bracketPattern(): A.Pattern {
    const st = this.expect('[');
    const patterns: A.Pattern[] = [];
    while (!this.at(']')) {
      patterns.push(this.maybeStarPattern());
      if (!this.eat(',')) break;
    }
    this.expect(']');
    return this.mk(N.MatchSequence(patterns), st);
  }

  /** mapping_pattern: '{' [items] ['**' rest] '}' */
  private mappingPattern(): A.Pattern {
    const st = this.expect('{');
    const keys: A.Expr[] = [];
    const patterns: A.Pattern[] = [];
    let rest: string | null = null;
    while (!this.at('}')) {
      if (this.eat('**')) {
        rest = this.captureTarget();
        this.eat(',');
        break;
      }
      keys.push(this.mappingKey());
      this.expect(':');
      patterns.push(this.pattern());
      if (!this.eat(',')) break;
    }
    this.expect('}');
    return this.mk(N.MatchMapping(keys, patterns, rest), st);
  }

  /** literal_expr | attr */
  private mappingKey(): A.Expr {
    const t = this.peek();
    if (t.type === NUMBER || (t.type === OP && t.value === '-')) return this.numberExpr();
    if (t.type === STRING) return this.strings();
    if (t.type === NAME) {
      if (this.isKeyword(t)) {
        let value: A.ConstantValue;
        if (t.value === 'None') value = AST.NONE;
        else if (t.value === 'True') value = AST.TRUE;
        else if (t.value === 'False') value = AST.FALSE;
        else throw FAIL;
        this.pos++;
        return this.mk(N.Constant(value, null), t);
      }
      const e = this.nameOrAttr();
      if (e._type === 'Name') throw FAIL;
      return e;
    }
    throw FAIL;
  }

  /** class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ','? ')' */
  private classPattern(cls: A.Expr, st: Token): A.Pattern {
    this.expect('(');
    const patterns: A.Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: A.Pattern[] = [];
    while (!this.at(')')) {
      const t = this.peek();
      if (t.type === NAME && !this.isKeyword(t) && this.tok(this.pos + 1).value === '=' &&
        this.tok(this.pos + 1).type === OP) {
        this.pos += 2;
        kwdAttrs.push(this.ident(t));
        kwdPatterns.push(this.pattern());
      } else {
        if (kwdAttrs.length) {
          if (this.invalid) this.positionalAfterKeyword();
          throw FAIL;
        }
        patterns.push(this.pattern());
      }
      if (!this.eat(',')) break;
    }
    this.expect(')');
    return this.mk(N.MatchClass(cls, patterns, kwdAttrs, kwdPatterns), st);
  }

  /** invalid_class_argument_pattern: keyword patterns followed by positional ones. */
  private positionalAfterKeyword(): void {
    const save = this.pos;
    const pats = this.attempt(() => {
      const out = [this.pattern()];
      for (;;) {
        const s = this.pos;
        if (!this.eat(',')) break;
        const p = this.attempt(() => this.pattern());
        if (!p) {
          this.pos = s;
          break;
        }
        out.push(p);
      }
      return out;
    });
    this.pos = save;
    if (pats) throw this.errorRange(pats[0]!, pats[pats.length - 1]!, 'positional patterns follow keyword patterns');
  }
}
