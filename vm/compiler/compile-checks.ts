// Compile-time errors that CPython raises from its compiler (Python/compile.c) rather than
// from the parser or symtable: misplaced return/break/continue/yield/await, starred
// expressions outside displays, repeated keyword arguments, `except:` not last, assignments
// to __debug__, and the match-statement pattern checks.
//
// The walk follows the compiler's order (e.g. an assignment's value before its targets, a
// class body before its bases), because CPython reports the first error it compiles, and
// tracks the "current location" the way compile.c's SET_LOC does.

import type * as A from './ast';
import { allParams, visitDefaults, visitExprChildren, visitStmtChildren } from './ast-walk';
import { reprConstant } from './ast-dump';
import { type CompileError, syntaxErrorAt } from './errors';
import type { Scope, SymbolTable } from './scope';

type UnitKind = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension';

interface Unit {
  kind: UnitKind;
  scope: Scope;
  loops: number;
}

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
}

class Checker {
  unit!: Unit;
  /** compile.c's current location (u_lineno / u_col_offset ...). */
  loc: A.Pos = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };

  constructor(readonly table: SymbolTable, readonly filename: string, readonly source: string) {}

  error(msg: string, at: A.Pos = this.loc): CompileError {
    return syntaxErrorAt(msg, this.filename, this.source, at);
  }

  inUnit(kind: UnitKind, node: A.Node, f: () => void): void {
    const prev = this.unit;
    this.unit = { kind, scope: this.table.scopes.get(node)!, loops: 0 };
    f();
    this.unit = prev;
  }

  forbiddenName(name: string | null, ctx: 'Store' | 'Del'): void {
    if (name !== '__debug__') return;
    throw this.error(ctx === 'Store' ? 'cannot assign to __debug__' : 'cannot delete __debug__');
  }

  /**
   * A def's annotations are evaluated in the enclosing code (compiler_visit_annotations' order), unless
   * PEP 563 makes them strings. `*args: *Ts` evaluates only Ts.
   */
  annotations(a: A.Arguments, returns: A.Expr | null): void {
    if (this.table.futureAnnotations) return;
    const annotated = [...a.args, ...a.posonlyargs, a.vararg, ...a.kwonlyargs, a.kwarg];
    for (const p of annotated) {
      if (p && p.annotation) this.expr(p.annotation._type === 'Starred' ? p.annotation.value : p.annotation);
    }
    if (returns) this.expr(returns);
  }

  checkDebugArgs(a: A.Arguments): void {
    for (const p of allParams(a)) this.forbiddenName(p.arg, 'Store');
  }

  // ---------------------------------------------------------------- statements

  stmts(list: A.Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  stmt(s: A.Stmt): void {
    this.loc = s;
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.checkDebugArgs(s.args);
        this.exprs(s.decorator_list);
        this.loc = s;
        visitDefaults(s.args, this);
        this.annotations(s.args, s.returns);
        this.inUnit(s._type === 'AsyncFunctionDef' ? 'async_function' : 'function', s, () => this.stmts(s.body));
        this.loc = s;
        this.forbiddenName(s.name, 'Store');
        break;
      }
      case 'ClassDef':
        this.exprs(s.decorator_list);
        this.loc = s;
        this.inUnit('class', s, () => this.stmts(s.body));
        this.loc = s;
        this.callArgs(s.bases, s.keywords);
        this.loc = s;
        this.forbiddenName(s.name, 'Store');
        break;
      case 'Return':
        if (this.unit.scope.type !== 'function') throw this.error("'return' outside function");
        if (s.value && this.unit.scope.isCoroutine && this.unit.scope.isGenerator) {
          throw this.error("'return' with value in async generator");
        }
        if (s.value) this.expr(s.value);
        break;
      case 'Assign':
        this.expr(s.value);
        for (const t of s.targets) this.expr(t);
        break;
      case 'AnnAssign':
        if (s.value) this.expr(s.value);
        this.expr(s.target);
        this.loc = s;
        // Module and class bodies evaluate annotations (of any target), unless PEP 563 makes them strings.
        if ((this.unit.kind === 'module' || this.unit.kind === 'class') && !this.table.futureAnnotations) {
          this.expr(s.annotation);
        }
        break;
      case 'For':
      case 'AsyncFor':
        if (s._type === 'AsyncFor' && this.unit.kind !== 'async_function') {
          throw this.error("'async for' outside async function");
        }
        this.expr(s.iter);
        this.expr(s.target);
        this.unit.loops++;
        this.stmts(s.body);
        this.unit.loops--;
        this.stmts(s.orelse);
        break;
      case 'While':
        this.expr(s.test);
        this.unit.loops++;
        this.stmts(s.body);
        this.unit.loops--;
        this.stmts(s.orelse);
        break;
      case 'AsyncWith':
        if (this.unit.kind !== 'async_function') throw this.error("'async with' outside async function");
        visitStmtChildren(s, this);
        break;
      case 'Match':
        this.match(s);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        this.stmts(s.orelse);
        s.handlers.forEach((h, i) => {
          this.loc = h;
          if (!h.type && i < s.handlers.length - 1) throw this.error("default 'except:' must be last");
          if (h.type) this.expr(h.type);
          this.loc = h;
          if (h.name) this.forbiddenName(h.name, 'Store');
          this.stmts(h.body);
        });
        this.stmts(s.finalbody);
        break;
      case 'Import':
      case 'ImportFrom':
        if (s._type === 'ImportFrom' && s.module === '__future__' && s.lineno > this.table.futureLineno) {
          throw this.error('from __future__ imports must occur at the beginning of the file');
        }
        for (const a of s.names) {
          if (a.name === '*') continue;
          const name = a.asname ?? a.name;
          const dot = name.indexOf('.');
          this.forbiddenName(dot >= 0 ? name.slice(0, dot) : name, 'Store');
        }
        break;
      case 'Break':
        if (this.unit.loops === 0) throw this.error("'break' outside loop");
        break;
      case 'Continue':
        if (this.unit.loops === 0) throw this.error("'continue' not properly in loop");
        break;
      default:
        visitStmtChildren(s, this);
    }
  }

  // ---------------------------------------------------------------- expressions

  exprs(list: A.Expr[]): void {
    for (const e of list) this.expr(e);
  }

  /** Elements of a display or an unpacking target: Starred is allowed directly here. */
  elements(elts: A.Expr[], isTarget: boolean, container: A.Expr): void {
    let stars = 0;
    for (const x of elts) {
      if (x._type === 'Starred') {
        stars++;
        if (isTarget && stars > 1) {
          this.loc = container;
          throw this.error('multiple starred expressions in assignment');
        }
      }
    }
    for (const x of elts) {
      if (x._type === 'Starred') {
        const prev = this.loc;
        this.loc = x;
        this.expr(x.value);
        this.loc = prev;
      } else this.expr(x);
    }
  }

  callArgs(args: A.Expr[], keywords: A.Keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const k = keywords[i]!;
      if (k.arg === null) continue;
      this.forbiddenName(k.arg, 'Store');
      for (let j = i + 1; j < keywords.length; j++) {
        const other = keywords[j]!;
        if (other.arg === k.arg) throw this.error(`keyword argument repeated: ${k.arg}`, other);
      }
    }
    for (const a of args) {
      if (a._type === 'Starred') this.expr(a.value);
      else this.expr(a);
    }
    for (const k of keywords) this.expr(k.value);
  }

  expr(e: A.Expr): void {
    const prev = this.loc;
    this.loc = e;
    this.exprInner(e);
    this.loc = prev;
  }

  private exprInner(e: A.Expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.expr(e.value);
        this.expr(e.target);
        break;
      case 'Lambda':
        this.checkDebugArgs(e.args);
        visitDefaults(e.args, this);
        this.inUnit('lambda', e, () => this.expr(e.body));
        break;
      case 'Dict':
        e.keys.forEach((k, i) => {
          if (k) this.expr(k);
          this.expr(e.values[i]!);
        });
        break;
      case 'Set':
        this.elements(e.elts, false, e);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        this.comprehension(e);
        break;
      case 'Await': {
        const sc = this.unit.scope;
        if (sc.type !== 'function') throw this.error("'await' outside function");
        if (this.unit.kind !== 'async_function' && this.unit.kind !== 'comprehension') {
          throw this.error("'await' outside async function");
        }
        this.expr(e.value);
        break;
      }
      case 'Yield':
        if (this.unit.scope.type !== 'function') throw this.error("'yield' outside function");
        if (e.value) this.expr(e.value);
        break;
      case 'YieldFrom':
        if (this.unit.scope.type !== 'function') throw this.error("'yield' outside function");
        if (this.unit.kind === 'async_function') throw this.error("'yield from' inside async function");
        this.expr(e.value);
        break;
      case 'Call':
        this.expr(e.func);
        this.callArgs(e.args, e.keywords);
        break;
      case 'Attribute':
        this.expr(e.value);
        if (e.end_lineno !== this.loc.lineno) {
          // update_start_location_to_match_attr: multi-line attributes point at the attribute name.
          this.loc = { lineno: e.end_lineno, col_offset: e.end_col_offset - e.attr.length, end_lineno: e.end_lineno,
            end_col_offset: e.end_col_offset };
        }
        // Only stores are checked: CPython allows `del x.__debug__`.
        if (e.ctx === 'Store') this.forbiddenName(e.attr, 'Store');
        break;
      case 'Starred':
        // Only reached for a Starred that is not directly in a display, call or target list.
        if (e.ctx === 'Store') throw this.error('starred assignment target must be in a list or tuple');
        throw this.error("can't use starred expression here");
      case 'Name':
        if (e.ctx !== 'Load') this.forbiddenName(e.id, e.ctx);
        break;
      case 'List':
      case 'Tuple':
        this.elements(e.elts, e.ctx === 'Store', e);
        break;
      default:
        visitExprChildren(e, this);
    }
  }

  comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const outerKind = this.unit.kind;
    const scope = this.table.scopes.get(e)!;
    if (scope.isCoroutine && e._type !== 'GeneratorExp' && outerKind !== 'async_function' &&
      outerKind !== 'comprehension') {
      throw this.error('asynchronous comprehension outside of an asynchronous function');
    }
    const gens = e.generators;
    this.inUnit('comprehension', e, () => {
      gens.forEach((g, i) => {
        if (i > 0) this.expr(g.iter);
        this.expr(g.target);
        this.exprs(g.ifs);
      });
      if (e._type === 'DictComp') {
        this.expr(e.key);
        this.expr(e.value);
      } else this.expr(e.elt);
    });
    this.expr(gens[0]!.iter);
  }

  // ---------------------------------------------------------------- match

  match(s: A.Match): void {
    this.expr(s.subject);
    const cases = s.cases;
    const last = cases[cases.length - 1]!;
    const hasDefault = isWildcard(last.pattern) && cases.length > 1 ? 1 : 0;
    for (let i = 0; i < cases.length - hasDefault; i++) {
      const m = cases[i]!;
      this.loc = m.pattern;
      const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases.length - 1 };
      this.pattern(m.pattern, pc);
      if (m.guard) this.expr(m.guard);
      this.stmts(m.body);
    }
    if (hasDefault) {
      this.loc = last.pattern;
      if (last.guard) this.expr(last.guard);
      this.stmts(last.body);
    }
  }

  storeName(name: string | null, pc: PatternContext): void {
    if (name === null) return;
    this.forbiddenName(name, 'Store');
    if (pc.stores.includes(name)) throw this.error(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }

  subpattern(p: A.Pattern, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  pattern(p: A.Pattern, pc: PatternContext): void {
    this.loc = p;
    switch (p._type) {
      case 'MatchValue':
        if (!isMatchValueExpr(p.value)) throw this.error('patterns may only match literals and attribute lookups');
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence': {
        let star = false;
        for (const x of p.patterns) {
          if (x._type === 'MatchStar') {
            if (star) throw this.error('multiple starred names in sequence pattern');
            star = true;
          }
        }
        for (const x of p.patterns) this.subpattern(x, pc);
        break;
      }
      case 'MatchMapping': {
        const seen = new Set<string>();
        for (const k of p.keys) {
          if (!isMatchValueExpr(k)) throw this.error('mapping pattern keys may only match literals and attribute lookups');
          const c = foldConstant(k);
          if (c) {
            const key = constantKey(c);
            if (seen.has(key)) throw this.error(`mapping pattern checks duplicate key (${reprConstant(c)})`);
            seen.add(key);
          }
        }
        for (const x of p.patterns) this.subpattern(x, pc);
        this.loc = p;
        this.storeName(p.rest, pc);
        break;
      }
      case 'MatchClass': {
        p.kwd_attrs.forEach((attr, i) => {
          this.forbiddenName(attr, 'Store');
          for (let j = i + 1; j < p.kwd_attrs.length; j++) {
            if (p.kwd_attrs[j] === attr) {
              throw this.error(`attribute name repeated in class pattern: ${attr}`, p.kwd_patterns[j]!);
            }
          }
        });
        for (const x of p.patterns) this.subpattern(x, pc);
        for (const x of p.kwd_patterns) this.subpattern(x, pc);
        break;
      }
      case 'MatchStar':
        this.storeName(p.name, pc);
        break;
      case 'MatchAs':
        if (!p.pattern) {
          if (!pc.allowIrrefutable) {
            if (p.name) throw this.error(`name capture '${p.name}' makes remaining patterns unreachable`);
            throw this.error('wildcard makes remaining patterns unreachable');
          }
          this.storeName(p.name, pc);
          break;
        }
        this.pattern(p.pattern, pc);
        this.loc = p;
        this.storeName(p.name, pc);
        break;
      case 'MatchOr': {
        const outer = pc.stores;
        const allow = pc.allowIrrefutable;
        let control: string[] | null = null;
        p.patterns.forEach((alt, i) => {
          pc.stores = [];
          pc.allowIrrefutable = i === p.patterns.length - 1 && allow;
          this.pattern(alt, pc);
          if (control === null) control = pc.stores;
          else if (control.length !== pc.stores.length || control.some((n) => !pc.stores.includes(n))) {
            throw this.error('alternative patterns bind different names');
          }
        });
        pc.stores = outer;
        pc.allowIrrefutable = allow;
        this.loc = p;
        for (const n of control ?? []) this.storeName(n, pc);
        break;
      }
    }
  }
}

function isWildcard(p: A.Pattern): boolean {
  return p._type === 'MatchAs' && !p.pattern && !p.name;
}

/** Constant folding CPython applies before compiling patterns: -1, 1+2j, etc. */
function foldConstant(e: A.Expr): A.ConstantValue | null {
  if (e._type === 'Constant') return e.value;
  if (e._type === 'UnaryOp' && e.op === 'USub' && e.operand._type === 'Constant') {
    const v = e.operand.value;
    if (v.t === 'int') return { t: 'int', v: -v.v };
    if (v.t === 'float') return { t: 'float', v: -v.v };
    if (v.t === 'complex') return { t: 'complex', imag: -v.imag };
  }
  return null;
}

/** Does the pattern value fold to a constant or is it an attribute lookup (MATCH_VALUE_EXPR)? */
function isMatchValueExpr(e: A.Expr): boolean {
  if (e._type === 'Constant' || e._type === 'Attribute') return true;
  if (e._type === 'UnaryOp') return e.op === 'USub' && isMatchValueExpr(e.operand);
  if (e._type === 'BinOp') return (e.op === 'Add' || e.op === 'Sub') && isMatchValueExpr(e.left) && isMatchValueExpr(e.right);
  return false;
}

/** A key identifying equal constants the way a Python set would (1 == 1.0 == True). */
function constantKey(v: A.ConstantValue): string {
  switch (v.t) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return 'n' + (v.v ? 1 : 0);
    case 'int': return 'n' + v.v.toString();
    case 'float': return Number.isInteger(v.v) ? 'n' + BigInt(v.v).toString() : 'n' + v.v;
    case 'complex': return v.imag === 0 ? 'n0' : 'c' + v.imag;
    case 'str': return 's' + v.v;
    case 'bytes': return 'b' + Array.from(v.v).join(',');
  }
}

/** Run the compiler's checks over a module whose symbol table is built. */
export function runCompileChecks(mod: A.Mod, table: SymbolTable, filename: string, source: string): void {
  const c = new Checker(table, filename, source);
  c.unit = { kind: 'module', scope: table.top, loops: 0 };
  if (mod._type === 'Expression') c.expr(mod.body);
  else c.stmts(mod.body);
}
