// Phase 1 of the symbol table, a port of CPython 3.11's Python/symtable.c: walk the AST and
// record, per block, the DEF_* flags of every name (see scope.ts for the resulting data
// structure and how a code generator uses it; symtable-analyze.ts for phase 2).

import type * as A from './ast';
import { visitDefaults, visitExprChildren, visitStmtChildren } from './ast-walk';
import { runCompileChecks } from './compile-checks';
import { CompileError, sourceLine, syntaxErrorAt } from './errors';
import {
  DEF_ANNOT, DEF_COMP_ITER, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, mangle, Scope, type ScopeType,
  type SymbolTable, USE,
} from './scope';
import { Analyzer } from './symtable-analyze';

export * from './scope';

const GLOBAL_PARAM = "name '%s' is parameter and global";
const NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
const GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration";
const NONLOCAL_AFTER_ASSIGN = "name '%s' is assigned to before nonlocal declaration";
const GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
const NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration";
const GLOBAL_ANNOT = "annotated name '%s' can't be global";
const NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";

function fmt(msg: string, name: string): string {
  return msg.replace('%s', name);
}

const FUTURE_FEATURES = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']);

/**
 * CPython's future.c: validate the `from __future__ import ...` statements at the top of the
 * module (after an optional docstring). Returns whether PEP 563 annotations are on and the
 * line of the last future import (later ones are a compile error, see compile-checks.ts).
 */
function parseFuture(mod: A.Mod, filename: string, source: string): { annotations: boolean; lineno: number } {
  const r = { annotations: false, lineno: -1 };
  if (mod._type === 'Expression') return r;
  const body = mod.body;
  let i = 0;
  const first = body[0];
  if (first && first._type === 'Expr' && first.value._type === 'Constant' && first.value.value.t === 'str') i++;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i]!;
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      const err = (msg: string, col: number) => new CompileError('SyntaxError', msg, filename, s.lineno, col,
        sourceLine(source, s.lineno));
      if (done) throw err('from __future__ imports must occur at the beginning of the file', s.col_offset);
      for (const a of s.names) {
        if (a.name === 'braces') throw err('not a chance', s.col_offset + 1);
        if (!FUTURE_FEATURES.has(a.name)) throw err(`future feature ${a.name} is not defined`, s.col_offset + 1);
        if (a.name === 'annotations') r.annotations = true;
      }
      r.lineno = s.lineno;
    } else done = true;
  }
  return r;
}

class Builder {
  readonly scopes = new Map<A.Node, Scope>();
  readonly stack: Scope[] = [];
  cur!: Scope;
  top!: Scope;
  /** The module's symbol dict (CPython's st_global). */
  globalSymbols!: Map<string, number>;
  private: string | null = null;

  constructor(readonly filename: string, readonly source: string, readonly futureAnnotations: boolean) {}

  error(msg: string, loc: A.Pos): CompileError {
    return syntaxErrorAt(msg, this.filename, this.source, loc);
  }

  enter(type: ScopeType, name: string, node: A.ScopeNode, lineno: number): Scope {
    const prev = this.stack.length ? this.cur : null;
    const s = new Scope(type, name, node, prev, this.private, lineno);
    if (prev) {
      if (prev.nested || prev.type === 'function') s.nested = true;
      // bpo-37757: no walrus anywhere inside a comprehension's outermost iterable, even in nested scopes.
      s.compIterExpr = prev.compIterExpr;
      prev.children.push(s);
    }
    this.stack.push(s);
    this.cur = s;
    this.scopes.set(node, s);
    if (type === 'module') this.globalSymbols = s.symbols;
    return s;
  }

  exit(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1]!;
  }

  /** symtable_add_def_helper */
  addDefIn(name: string, flag: number, ste: Scope, loc: A.Pos): void {
    const mangled = mangle(this.private, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if ((flag & DEF_PARAM) && (val & DEF_PARAM)) {
        throw this.error(`duplicate argument '${name}' in function definition`, loc);
      }
      val |= flag;
    } else val = flag;
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) ste.varnames.push(mangled);
    else if (flag & DEF_GLOBAL) {
      this.globalSymbols.set(mangled, flag | (this.globalSymbols.get(mangled) ?? 0));
    }
  }

  addDef(name: string, flag: number, loc: A.Pos): void {
    this.addDefIn(name, flag, this.cur, loc);
  }

  lookup(name: string): number {
    return this.cur.symbols.get(mangle(this.private, name)) ?? 0;
  }

  recordDirective(name: string, loc: A.Pos): void {
    const m = mangle(this.private, name);
    if (!this.cur.directives.has(m)) this.cur.directives.set(m, loc);
  }

  // ---------------------------------------------------------------- statements

  stmts(list: A.Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  stmt(s: A.Stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        visitDefaults(s.args, this);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        const f = this.enter('function', s.name, s, s.lineno);
        if (s._type === 'AsyncFunctionDef') f.isCoroutine = true;
        this.arguments(s.args);
        this.stmts(s.body);
        this.exit();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        const prev = this.private;
        this.private = s.name; // before enter(): the class scope mangles with its own name
        this.enter('class', s.name, s, s.lineno);
        this.stmts(s.body);
        this.private = prev;
        this.exit();
        break;
      }
      case 'Return':
        if (s.value) {
          this.expr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'AnnAssign': {
        const t = s.target;
        if (t._type === 'Name') {
          const cur = this.lookup(t.id);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur.symbols !== this.globalSymbols && s.simple) {
            throw this.error(fmt(cur & DEF_GLOBAL ? GLOBAL_ANNOT : NONLOCAL_ANNOT, t.id), s);
          }
          if (s.simple) this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, t);
          else if (s.value) this.addDef(t.id, DEF_LOCAL, t);
        } else {
          this.expr(t);
        }
        this.annotation(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      }
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) {
            this.addDef(h.name, DEF_LOCAL, h);
            this.cur.unbinds.add(mangle(this.private, h.name));
          }
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.alias(a);
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = isGlobal ? GLOBAL_PARAM : NONLOCAL_PARAM;
            else if (cur & USE) msg = isGlobal ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
            else if (cur & DEF_ANNOT) msg = isGlobal ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
            else msg = isGlobal ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
            throw this.error(fmt(msg, name), s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      default:
        visitStmtChildren(s, this);
    }
  }

  alias(a: A.Alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const store = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== '*') {
      this.addDef(store, DEF_IMPORT, a);
    } else if (this.cur.type !== 'module') {
      throw this.error('import * only allowed at module level', a);
    }
  }

  arguments(a: A.Arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.hasVarargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.hasVarkeywords = true;
    }
  }

  /** Annotations are evaluated in the enclosing scope, unless PEP 563 makes them strings. */
  annotation(e: A.Expr): void {
    if (!this.futureAnnotations) this.expr(e);
    else this.annotationBlock(e, () => this.expr(e));
  }

  annotations(a: A.Arguments, returns: A.Expr | null): void {
    const visit = (e: A.Expr) => this.expr(e);
    const all = () => {
      for (const p of a.posonlyargs) if (p.annotation) visit(p.annotation);
      for (const p of a.args) if (p.annotation) visit(p.annotation);
      if (a.vararg?.annotation) visit(a.vararg.annotation);
      if (a.kwarg?.annotation) visit(a.kwarg.annotation);
      for (const p of a.kwonlyargs) if (p.annotation) visit(p.annotation);
      if (returns) visit(returns);
    };
    if (!this.futureAnnotations) all();
    else this.annotationBlock(a, all);
  }

  /**
   * Under PEP 563 CPython still visits annotations, in an annotation block of their own, because some
   * expressions are errors there ('yield expression' can not be used within an annotation...). Nothing is
   * evaluated, so the block and the scopes inside it are dropped afterwards: the code generator stores the
   * annotation's text and never looks them up.
   */
  annotationBlock(at: A.Pos | A.Arguments, visit: () => void): void {
    const parent = this.cur;
    const line = 'lineno' in at ? at.lineno : parent.lineno;
    const block = this.enter('function', '_annotation', { _type: 'Expression', body: null as never }, line);
    block.annotationBlock = true;
    visit();
    this.exit();
    parent.children.splice(parent.children.indexOf(block), 1);
    const drop = (s: Scope): void => {
      this.scopes.delete(s.node);
      s.children.forEach(drop);
    };
    drop(block);
  }

  /** symtable_raise_if_annotation_block */
  notInAnnotation(what: string, e: A.Expr): void {
    if (this.cur.annotationBlock) throw this.error(`'${what}' can not be used within an annotation`, e);
  }

  pattern(p: A.Pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.expr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const x of p.patterns) this.pattern(x);
        break;
      case 'MatchStar':
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const x of p.patterns) this.pattern(x);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const x of p.patterns) this.pattern(x);
        for (const x of p.kwd_patterns) this.pattern(x);
        break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const x of p.patterns) this.pattern(x);
        break;
    }
  }

  // ---------------------------------------------------------------- expressions

  exprs(list: A.Expr[]): void {
    for (const e of list) this.expr(e);
  }

  expr(e: A.Expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.namedExpr(e);
        break;
      case 'Lambda': {
        visitDefaults(e.args, this);
        this.enter('function', 'lambda', e, e.lineno);
        this.arguments(e.args);
        this.expr(e.body);
        this.exit();
        break;
      }
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k);
        this.exprs(e.values);
        break;
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'GeneratorExp':
        this.comprehension(e, 'genexpr', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.comprehension(e, 'listcomp', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.comprehension(e, 'setcomp', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.comprehension(e, 'dictcomp', e.generators, e.key, e.value);
        break;
      case 'Yield':
        this.notInAnnotation('yield expression', e);
        if (e.value) this.expr(e.value);
        this.cur.isGenerator = true;
        if (this.cur.comprehension) this.yieldInComprehension(e);
        break;
      case 'YieldFrom':
        this.notInAnnotation('yield expression', e);
        this.expr(e.value);
        this.cur.isGenerator = true;
        if (this.cur.comprehension) this.yieldInComprehension(e);
        break;
      case 'Await':
        this.notInAnnotation('await expression', e);
        this.expr(e.value);
        this.cur.isCoroutine = true;
        this.cur.hasAwait = true;
        break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'Attribute':
        this.expr(e.value);
        break;
      case 'Starred':
        this.expr(e.value);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        if (e.ctx === 'Del') this.cur.unbinds.add(mangle(this.private, e.id));
        // super() needs the enclosing class: count it as a use of __class__.
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      case 'List':
      case 'Tuple':
        this.exprs(e.elts);
        break;
      default:
        visitExprChildren(e, this);
    }
  }

  yieldInComprehension(e: A.Expr): never {
    const kind = this.cur.comprehension;
    const what = kind === 'list' ? 'list comprehension' : kind === 'set' ? 'set comprehension'
      : kind === 'dict' ? 'dict comprehension' : 'generator expression';
    throw this.error(`'yield' inside ${what}`, e);
  }

  namedExpr(e: A.NamedExpr): void {
    this.notInAnnotation('named expression', e);
    if (this.cur.compIterExpr > 0) {
      throw this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    }
    if (this.cur.comprehension) this.extendNamedExprScope(e.target);
    this.expr(e.value);
    this.expr(e.target);
  }

  /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the enclosing function/module. */
  extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension) {
        if (ste.flags(mangle(this.private, name)) & DEF_COMP_ITER) {
          throw this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (ste.annotationBlock) continue; // binds in the scope around the annotation
      if (ste.type === 'function') {
        const inScope = ste.flags(mangle(this.private, name));
        this.addDef(name, inScope & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDefIn(name, DEF_LOCAL, ste, target);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDefIn(name, DEF_GLOBAL, ste, target);
        return;
      }
      throw this.error('assignment expression within a comprehension cannot be used in a class body', target);
    }
  }

  comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, scopeName: string,
    generators: A.Comprehension[], elt: A.Expr, value: A.Expr | null): void {
    const isGenerator = e._type === 'GeneratorExp';
    const outermost = generators[0]!;
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.expr(outermost.iter);
    this.cur.compIterExpr--;
    const s = this.enter('function', scopeName, e, e.lineno);
    s.comprehension = e._type === 'ListComp' ? 'list' : e._type === 'SetComp' ? 'set'
      : e._type === 'DictComp' ? 'dict' : 'generator';
    if (outermost.is_async) s.isCoroutine = true;
    this.addDef('.0', DEF_PARAM, e);
    s.compIterTarget = true;
    this.expr(outermost.target);
    s.compIterTarget = false;
    this.exprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const g = generators[i]!;
      s.compIterTarget = true;
      this.expr(g.target);
      s.compIterTarget = false;
      s.compIterExpr++;
      this.expr(g.iter);
      s.compIterExpr--;
      this.exprs(g.ifs);
      if (g.is_async) s.isCoroutine = true;
    }
    if (value) this.expr(value);
    this.expr(elt);
    s.isGenerator = isGenerator;
    const isAsync = s.isCoroutine && !isGenerator;
    this.exit();
    if (isAsync) this.cur.isCoroutine = true;
  }
}

/**
 * Build the symbol table of a parsed module (or eval/interactive input), raising CompileError
 * for CPython's symtable errors, then (unless `compileChecks: false`) run the compile-time
 * checks CPython's compiler makes ('return' outside function, 'break' outside loop, starred
 * misuse...; see compile-checks.ts). Pass the source text to get `text` in errors.
 */
export function buildSymtable(mod: A.Mod, filename: string, source = '',
  options: { compileChecks?: boolean } = {}): SymbolTable {
  const future = parseFuture(mod, filename, source);
  const b = new Builder(filename, source, future.annotations);
  const top = b.enter('module', 'top', mod, 0);
  b.top = top;
  if (mod._type === 'Expression') b.expr(mod.body);
  else b.stmts(mod.body);
  new Analyzer((msg, loc) => b.error(msg, loc)).analyzeBlock(top, null, new Set(), new Set());
  const table: SymbolTable = { top, scopes: b.scopes, futureAnnotations: future.annotations, futureLineno: future.lineno };
  if (options.compileChecks !== false) runCompileChecks(mod, table, filename, source);
  return table;
}
