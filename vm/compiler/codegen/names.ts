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
 * (STORE_GLOBAL). A name the symbol table never saw (only names inside annotations under
 * `from __future__ import annotations`, which it skips) is a global.
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
  // `__class__` in a class body nested in a method refers to the outer class's cell, which this code
  // generator cannot reach (every class body has its own `$class`): it is looked up by name instead.
  if (name === '__class__' && !boundInEnclosingFunction(s, name)) return 'classglobal';
  return 'classfree';
}

/** Does a function enclosing s (classes in between are skipped) bind `name` itself? */
export function boundInEnclosingFunction(s: Scope, name: string): boolean {
  for (let t = s.parent; t !== null && t.type !== 'module'; t = t.parent) {
    if (t.type === 'function' && isLocal(t, name)) return true;
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

/** The code object's `__qualname__`: enclosing classes as `C.`, enclosing functions as `f.<locals>.`. */
export function qualname(s: Scope): string {
  const p = s.parent;
  const name = codeName(s);
  if (p === null || p.type === 'module') return name;
  return p.type === 'class' ? `${qualname(p)}.${name}` : `${qualname(p)}.<locals>.${name}`;
}
