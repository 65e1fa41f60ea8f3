// Where a Python name lives in the generated JavaScript, read off the symbol table (../symtable.ts, which
// applies CPython's scoping rules once per compile): a function's locals, cells and free variables are JS
// variables (a JS closure does the capturing), module names live in the globals bag `G`, and a class body
// reads and writes through its namespace `$ns`.
import { allParams } from '../ast-walk.js';
import { CELL, DEF_NONLOCAL, FREE, GLOBAL_EXPLICIT, LOCAL, mangle, type Scope } from '../scope.js';

export type Resolution =
  | 'local' // JS variable of this function
  | 'free' // JS variable of an enclosing function (closure)
  | 'global' // module globals (then builtins)
  | 'classns' // class namespace only (bound in the class body)
  | 'classglobal' // class namespace, then globals/builtins
  | 'classfree'; // class namespace, then an enclosing function's variable

/** Is `name` (mangled) a variable of this block's own JS function (a local or a cell)? */
export function isLocal(s: Scope, name: string): boolean {
  const sc = s.scopeOf(name);
  return sc === LOCAL || sc === CELL;
}

/**
 * Where `name` (already mangled) lives when referenced from scope s. `nsLocals`: the module runs under
 * exec()/eval() with a separate locals mapping, so its names go through that mapping (`$ns`) like a class
 * body's, except names declared global in some scope of the module, which CPython stores in the globals
 * (STORE_GLOBAL). A name the symbol table never saw (one the code generator synthesises, like the
 * `__annotations__` an annotated assignment stores into) is a global, or LOAD_NAME's lookup in a class body.
 */
export function resolve(s: Scope, name: string, nsLocals: boolean): Resolution {
  const sc = s.scopeOf(name);
  if (s.type === 'module') return nsLocals && sc !== GLOBAL_EXPLICIT ? 'classglobal' : 'global';
  if (s.type === 'class') return resolveInClass(s, name, sc);
  if (sc === LOCAL || sc === CELL) return 'local';
  return sc === FREE ? 'free' : 'global';
}

function resolveInClass(s: Scope, name: string, sc: number): Resolution {
  if (sc === LOCAL) return 'classns';
  if (sc === GLOBAL_EXPLICIT) return 'global';
  if (sc !== FREE) return 'classglobal';
  if (s.flags(name) & DEF_NONLOCAL) return 'free';
  return 'classfree';
}

/**
 * Does a free `name` of s come from a variable that an enclosing function binds, rather than from the
 * nearest enclosing class's implicit `__class__` cell? Every class passes `__class__` down to its nested
 * scopes (symtable.c's analyze_block), hiding any `__class__` bound further out, so the walk stops at the
 * first class.
 */
export function boundInEnclosingFunction(s: Scope, name: string): boolean {
  for (let t = s.parent; t !== null && t.type !== 'module'; t = t.parent) {
    if (t.type === 'class') return false;
    if (isLocal(t, name)) return true;
  }
  return false;
}

/** The block's local variables (cells included) in first-seen order, without the comprehension's hidden `.0`. */
export function localNames(s: Scope): string[] {
  return s.locals.filter((n) => n !== '.0');
}

/** The JS parameters of a def or lambda (mangled): positional, `*args`, keyword-only, `**kwargs` (see DESIGN.md "Calls"). */
export function paramNames(s: Scope): string[] {
  const node = s.node;
  if (node._type !== 'FunctionDef' && node._type !== 'AsyncFunctionDef' && node._type !== 'Lambda') return [];
  return allParams(node.args).map((p) => mangle(s.privateName, p.arg));
}

/** Compiled as a JS generator: it yields, is a generator expression, or awaits (awaits run as `yield*`). */
export function isGeneratorScope(s: Scope): boolean {
  return s.isGenerator || s.hasAwait;
}

/** The code object's `__name__`: the def or class name, `<lambda>`, `<listcomp>`, `<genexpr>`... */
export function codeName(s: Scope): string {
  if (s.type === 'module') return '<module>';
  return s.isLambda || s.comprehension ? `<${s.name}>` : s.name;
}

/**
 * The code object's `__qualname__` (CPython's compiler_set_qualname): enclosing classes and comprehensions
 * as `C.` / `<listcomp>.`, enclosing functions and lambdas as `f.<locals>.`. A def or class that its
 * parent declares `global` is named like a module-level one.
 */
export function qualname(s: Scope): string {
  const p = s.parent;
  const name = codeName(s);
  if (p === null || p.type === 'module') return name;
  if (!s.isLambda && !s.comprehension && p.scopeOf(mangle(p.privateName, s.name)) === GLOBAL_EXPLICIT) return name;
  return p.type === 'function' && !p.comprehension ? `${qualname(p)}.<locals>.${name}` : `${qualname(p)}.${name}`;
}
