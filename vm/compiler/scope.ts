// The result of scope analysis (symtable.ts, a port of CPython 3.11's Python/symtable.c).
//
// Phase 1 records, per block (module, class, function, lambda, comprehension), a bit set of
// DEF_* flags for every name. Phase 2 decides each name's scope: LOCAL, GLOBAL_EXPLICIT,
// GLOBAL_IMPLICIT, FREE or CELL. Flag values and the scope encoding
// (flags | scope << SCOPE_OFF) are CPython's, so tests compare directly with Python's
// `symtable` module.
//
// How a code generator uses the result (this is what CPython's compiler does; codegen/names.ts reads it):
//   * Function scope (function, lambda, comprehension):
//       LOCAL → fast local slot; CELL → local stored in a cell (captured by an inner scope);
//       FREE → the closure cell received from the enclosing function;
//       GLOBAL_EXPLICIT / GLOBAL_IMPLICIT → module globals, then builtins.
//   * Module scope: every name lives in the module dict (globals, then builtins on load).
//   * Class scope: LOCAL / GLOBAL_IMPLICIT → class namespace first, then globals, then builtins
//       (LOAD_NAME); GLOBAL_EXPLICIT → globals; FREE → class namespace first, then the closure
//       cell (LOAD_CLASSDEREF). Names bound in a class are NOT visible to functions nested in it.
//   * `needsClassClosure` on a class scope: a method uses `super()` or `__class__`, so the class
//       body must create an implicit `__class__` cell (filled with the new class object); each
//       such method has `__class__` as a FREE name.
//   * Names inside a class (and functions nested in it) are "private-mangled": see `mangle`.
//     Symbol keys are mangled names, as in CPython.
//   * Comprehensions are function scopes whose single parameter is ".0" (the iterator of the
//     outermost `for`, which is evaluated in the enclosing scope). A walrus inside a
//     comprehension binds in the nearest enclosing function (or module) scope.

import type * as A from './ast';

// Flags (Include/internal/pycore_symtable.h)
export const DEF_GLOBAL = 1; // global statement
export const DEF_LOCAL = 2; // assignment in code block
export const DEF_PARAM = 4; // formal parameter
export const DEF_NONLOCAL = 8; // nonlocal statement
export const USE = 16; // name is used
export const DEF_FREE = 32; // name used but not defined in nested block
export const DEF_FREE_CLASS = 64; // free variable from class's method
export const DEF_IMPORT = 128; // assignment occurred via import
export const DEF_ANNOT = 256; // this name is annotated
export const DEF_COMP_ITER = 512; // comprehension iteration variable
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFF = 11;
export const SCOPE_MASK = 15;
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export type ScopeType = 'module' | 'class' | 'function';
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator' | null;
export type SymbolScope = 'local' | 'global_explicit' | 'global_implicit' | 'free' | 'cell';

const SCOPE_NAMES: SymbolScope[] = ['local', 'local', 'global_explicit', 'global_implicit', 'free', 'cell'];

/** One scope (CPython's PySTEntryObject). */
export class Scope {
  /** name → flags | (scope << SCOPE_OFF), in insertion order; names are mangled. */
  readonly symbols = new Map<string, number>();
  readonly children: Scope[] = [];
  /** Parameters in order: posonly, args, kwonly, *args, **kwargs (".0" for comprehensions). */
  readonly varnames: string[] = [];
  /** global/nonlocal directives: name → first declaration position (for error locations). */
  readonly directives = new Map<string, A.Pos>();
  /**
   * Names that can become unbound again after a binding (`del x`, the implicit unbinding at the end of
   * `except ... as x`): the code generator checks reads of such a parameter for "unbound".
   */
  readonly unbinds = new Set<string>();

  isGenerator = false;
  isCoroutine = false;
  /** An `await` appears directly in this block (the code generator compiles it as a JS generator). */
  hasAwait = false;
  comprehension: ComprehensionKind = null;
  hasVarargs = false;
  hasVarkeywords = false;
  returnsValue = false;
  /** Class scope whose methods use super()/__class__: it needs an implicit __class__ cell. */
  needsClassClosure = false;
  /** Nested inside a function (at any depth). */
  nested = false;
  /** This scope has free variables. */
  hasFree = false;
  /** Some child scope (transitively) has free variables. */
  childFree = false;
  /** Depth of comprehension-iterable expressions being visited (walrus check). */
  compIterExpr = 0;
  /** Visiting a comprehension target (marks DEF_COMP_ITER). */
  compIterTarget = false;
  /** A PEP 563 annotation block (symtable.ts annotationBlock): only visited for its errors, then dropped. */
  annotationBlock = false;

  constructor(
    readonly type: ScopeType,
    /** 'top', the function/class name, 'lambda', 'listcomp', 'setcomp', 'dictcomp', 'genexpr'. */
    readonly name: string,
    readonly node: A.ScopeNode,
    readonly parent: Scope | null,
    /** Class name used for private-name mangling inside this scope (the class itself, or the innermost enclosing class). */
    readonly privateName: string | null,
    readonly lineno: number,
  ) {}

  /** Is this a lambda? */
  get isLambda(): boolean {
    return this.node._type === 'Lambda';
  }

  /** Raw flags of a (mangled) name, 0 if absent. */
  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** Scope of a name as seen from this block: LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL or 0. */
  scopeOf(name: string): number {
    return (this.flags(name) >> SCOPE_OFF) & SCOPE_MASK;
  }

  /**
   * Where a name used in this scope lives. Names never seen in this scope (possible only for
   * names the code generator synthesises) are treated as implicit globals.
   */
  lookup(name: string): SymbolScope {
    const s = this.scopeOf(mangle(this.privateName, name));
    return s ? SCOPE_NAMES[s]! : 'global_implicit';
  }

  /** Names whose scope is one of `scopes`, in insertion order. */
  private namesIn(...scopes: number[]): string[] {
    const out: string[] = [];
    for (const [k, v] of this.symbols) if (scopes.includes((v >> SCOPE_OFF) & SCOPE_MASK)) out.push(k);
    return out;
  }

  /** Names local to this block (LOCAL or CELL), like symtable.Function.get_locals(). */
  get locals(): string[] {
    return this.namesIn(LOCAL, CELL);
  }
  get cells(): string[] {
    return this.namesIn(CELL);
  }
  get frees(): string[] {
    return this.namesIn(FREE);
  }
  get nonlocals(): string[] {
    return [...this.symbols.keys()].filter((k) => this.flags(k) & DEF_NONLOCAL);
  }
}

export interface SymbolTable {
  top: Scope;
  /** Scope of every scope-introducing node (Module/Interactive/Expression, defs, classes, lambdas, comprehensions). */
  scopes: Map<A.Node, Scope>;
  /** `from __future__ import annotations` is in effect (annotations are not evaluated). */
  futureAnnotations: boolean;
  /** Line of the last leading `from __future__ import` (-1 if none). */
  futureLineno: number;
}

/** CPython's _Py_Mangle: `__x` inside class `C` becomes `_C__x` (not dunders, not dotted names). */
export function mangle(privateName: string | null, name: string): string {
  if (!privateName || name.charCodeAt(0) !== 95 || name.charCodeAt(1) !== 95) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  let i = 0;
  while (i < privateName.length && privateName.charCodeAt(i) === 95) i++;
  if (i === privateName.length) return name;
  return '_' + privateName.slice(i) + name;
}
