// Phase 2 of the symbol table (symtable.c's analyze_block and friends): decide the scope of
// every name from the flags collected in phase 1, turn captured locals into cells, propagate
// free variables through intermediate scopes, and mark classes that need a __class__ cell.

import type * as A from './ast';
import type { CompileError } from './errors';
import {
  CELL, DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, type Scope,
  SCOPE_OFF,
} from './scope';

export class Analyzer {
  constructor(readonly errorAt: (msg: string, loc: A.Pos) => CompileError) {}

  errorAtDirective(ste: Scope, name: string, msg: string): CompileError {
    // The error points at the first global/nonlocal statement for the name.
    const loc = ste.directives.get(name) ?? { lineno: ste.lineno, col_offset: -1, end_lineno: ste.lineno, end_col_offset: -1 };
    return this.errorAt(msg, loc);
  }

  analyzeName(ste: Scope, scopes: Map<string, number>, name: string, flags: number, bound: Set<string> | null,
    local: Set<string>, free: Set<string>, global: Set<string> | null): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) throw this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, GLOBAL_EXPLICIT);
      global?.add(name);
      bound?.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) throw this.errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level');
      if (!bound.has(name)) throw this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      scopes.set(name, FREE);
      ste.hasFree = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global?.delete(name);
      return;
    }
    // A binding in an enclosing function makes this a free variable, not a global.
    if (bound && bound.has(name)) {
      scopes.set(name, FREE);
      ste.hasFree = true;
      free.add(name);
      return;
    }
    if (global && global.has(name)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
    if (ste.nested) ste.hasFree = true;
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  analyzeBlock(ste: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string> | null): void {
    const local = new Set<string>();
    const scopes = new Map<string, number>();
    const newGlobal = new Set<string>();
    const newFree = new Set<string>();
    const newBound = new Set<string>();

    // Class bindings are not visible in nested functions: pass down the outer sets as they are.
    if (ste.type === 'class') {
      if (global) for (const n of global) newGlobal.add(n);
      if (bound) for (const n of bound) newBound.add(n);
    }
    for (const [name, flags] of ste.symbols) this.analyzeName(ste, scopes, name, flags, bound, local, free, global);

    if (ste.type !== 'class') {
      if (ste.type === 'function') for (const n of local) newBound.add(n);
      if (bound) for (const n of bound) newBound.add(n);
      if (global) for (const n of global) newGlobal.add(n);
    } else {
      newBound.add('__class__');
    }

    const allFree = new Set<string>();
    for (const child of ste.children) {
      const tb = new Set(newBound);
      const tf = new Set(newFree);
      const tg = new Set(newGlobal);
      this.analyzeBlock(child, tb, tf, tg);
      for (const n of tf) allFree.add(n);
      if (child.hasFree || child.childFree) ste.childFree = true;
    }
    for (const n of allFree) newFree.add(n);

    if (ste.type === 'function') {
      // Locals captured by inner scopes become cells.
      for (const [name, sc] of scopes) {
        if (sc === LOCAL && newFree.has(name)) {
          scopes.set(name, CELL);
          newFree.delete(name);
        }
      }
    } else if (ste.type === 'class') {
      if (newFree.delete('__class__')) ste.needsClassClosure = true;
    }
    this.updateSymbols(ste, scopes, bound, newFree, ste.type === 'class');
    for (const n of newFree) free.add(n);
  }

  updateSymbols(ste: Scope, scopes: Map<string, number>, bound: Set<string> | null, free: Set<string>,
    isClass: boolean): void {
    const symbols = ste.symbols;
    for (const [name, flags] of symbols) symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFF));
    for (const name of free) {
      const v = symbols.get(name);
      if (v !== undefined) {
        // A method's free variable that the class itself also binds.
        if (isClass && (v & (DEF_BOUND | DEF_GLOBAL))) symbols.set(name, v | DEF_FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue; // a global
      // Propagate the free variable up through this scope.
      symbols.set(name, FREE << SCOPE_OFF);
    }
  }
}
