// Compiles a parsed module to one JavaScript function source. Every Python code object becomes a nested JS
// function, so Python closures are JS closures and V8 optimises each function on its own.
//
// The generated source is the body of `new Function('$rt', '$K', 'G', src)` after the VM prepends the
// destructuring of `$rt`, the runtime helper table (vm/runtime/rt.ts); `$K` is the constant table (code
// infos, big ints, bytes...), `G` the module's globals bag. It returns the module's entry function.
import { DEF_PARAM, mangle, type Scope, type SymbolTable } from '../scope.js';
import { boundInEnclosingFunction, codeName, isGeneratorScope, isLocal, localNames, qualname, resolve, type Resolution } from './names.js';
import { FnCtx, jsLocal, jsStr, jsProp } from './context.js';
import { compileExpr } from './expr.js';
import { compileStmts, setupAnnotations } from './stmt.js';
import { docstring } from './functions.js';
import type { CodeInfo } from '../../runtime/function.js';
import { CompileError } from '../errors.js';

export type CompileMode = 'exec' | 'eval' | 'single';

export interface CompiledModule {
  /** JS source for `new Function('$rt', '$K', 'G', source)`. */
  source: string;
  /** Constants referenced as $K[i]. */
  consts: any[];
}

export class Compiler {
  readonly consts: any[] = [];
  private constIndex = new Map<any, number>();

  /**
   * `table` is the module's symbol table (buildSymtable), which decides where every name lives; building it
   * also ran CPython's compile-time checks, so misplaced return/yield/break/continue never reach here.
   */
  constructor(readonly module: any, readonly filename: string, readonly mode: CompileMode, readonly nsLocals: boolean,
    readonly table: SymbolTable) {}

  /** The source text, for SyntaxErrors raised during code generation. */
  source = '';

  /** A SyntaxError at `node` (CPython reports these from its compiler, after parsing). */
  syntaxError(node: any, msg: string): CompileError {
    const line = node?.lineno ?? 1;
    const text = this.source.split(/\r?\n/)[line - 1] ?? '';
    return new CompileError('SyntaxError', msg, this.filename, line, (node?.col_offset ?? 0) + 1, text);
  }

  /** Registers a constant and returns its `$K[i]` expression. */
  konst(v: any, dedupeKey?: any): string {
    if (dedupeKey !== undefined) {
      const i = this.constIndex.get(dedupeKey);
      if (i !== undefined) return `$K[${i}]`;
    }
    const i = this.consts.length;
    this.consts.push(v);
    if (dedupeKey !== undefined) this.constIndex.set(dedupeKey, i);
    return `$K[${i}]`;
  }

  expr(e: any, fc: FnCtx): string {
    return compileExpr(this, e, fc);
  }

  stmts(body: any[], fc: FnCtx): void {
    compileStmts(this, body, fc);
  }

  scopeOf(node: any): Scope {
    // Every scope the code generator compiles is in the table: annotations, the only expressions the
    // symbol table drops (under `from __future__ import annotations`), are stored as text, never compiled.
    const s = this.table.scopes.get(node);
    if (s === undefined) throw new Error(`internal error: no symbol table entry for ${node._type}`);
    return s;
  }

  /** Where `name` (unmangled) lives when referenced from fc's code object. */
  resolveName(name: string, fc: FnCtx): Resolution {
    return resolve(fc.scope, this.mangled(name, fc), this.nsLocals);
  }

  mangled(name: string, fc: FnCtx): string {
    return mangle(fc.scope.privateName, name);
  }

  /** Records that `name` is a free variable of fc and of every code object between fc and its owner. */
  private noteFree(fc: FnCtx, name: string): void {
    for (let f: FnCtx | null = fc; f !== null; f = f.parent) {
      const s = f.scope;
      if (s.type === 'module') return;
      if (f !== fc && s.type === 'function' && isLocal(s, name)) return;
      if (s.type !== 'class') f.frees.add(name);
    }
  }

  /** Code to read a Python variable. */
  loadName(name: string, fc: FnCtx): string {
    name = this.mangled(name, fc);
    const s = fc.scope;
    switch (resolve(s, name, this.nsLocals)) {
      case 'local': {
        const v = jsLocal(name);
        // A parameter is bound on entry: only `del` or `except ... as` can unbind it.
        if ((s.flags(name) & DEF_PARAM) && !s.unbinds.has(name)) return v;
        return `(${v} !== undefined ? ${v} : $unboundLocal(${jsStr(name)}))`;
      }
      case 'free': {
        // The implicit __class__ cell: the enclosing class body's `$class`, unless a function binds __class__.
        // It is empty until the class exists (a method called from the class body).
        if (name === '__class__' && !boundInEnclosingFunction(s, name)) return `($class !== undefined ? $class : $unboundFree("__class__"))`;
        this.noteFree(fc, name);
        const v = jsLocal(name);
        return `(${v} !== undefined ? ${v} : $unboundFree(${jsStr(name)}))`;
      }
      case 'global': {
        const t = fc.tmp();
        return `((${t} = ${jsProp('G', name)}) !== undefined || (${t} = ${jsProp('$B', name)}) !== undefined ? ${t} : $nameError(${jsStr(name)}))`;
      }
      case 'classns':
      case 'classglobal':
        return `$nsLoad($ns, ${jsStr(name)}, G, $B)`;
      case 'classfree': {
        if (name === '__class__' && !boundInEnclosingFunction(s, name)) {
          // The enclosing class's cell, which this body's own `$class` hides (see compileClassDef).
          fc.outerClassCell = true;
          return `$nsLoadFree($ns, "__class__", $outerClass)`;
        }
        const v = jsLocal(name);
        return `$nsLoadFree($ns, ${jsStr(name)}, ${v})`;
      }
    }
  }

  /** Code (a statement) that stores the JS expression `value` into a Python variable. */
  storeName(name: string, value: string, fc: FnCtx): string {
    name = this.mangled(name, fc);
    const r = resolve(fc.scope, name, this.nsLocals);
    if (r === 'free') this.noteFree(fc, name);
    switch (r) {
      case 'local':
      case 'free':
        return `${jsLocal(name)} = ${value};`;
      case 'global':
        return `${jsProp('G', name)} = ${value};`;
      default:
        return `$nsStore($ns, ${jsStr(name)}, ${value});`;
    }
  }

  deleteName(name: string, fc: FnCtx): string {
    name = this.mangled(name, fc);
    switch (resolve(fc.scope, name, this.nsLocals)) {
      case 'local':
      case 'free': {
        const v = jsLocal(name);
        return `if (${v} === undefined) $unboundLocal(${jsStr(name)}); ${v} = undefined;`;
      }
      case 'global':
        return `$delGlobal(G, ${jsStr(name)});`;
      default:
        return `$nsDelete($ns, ${jsStr(name)});`;
    }
  }

  /** Unbinds a name silently (the implicit `del e` at the end of `except ... as e`). */
  clearName(name: string, fc: FnCtx): string {
    name = this.mangled(name, fc);
    switch (resolve(fc.scope, name, this.nsLocals)) {
      case 'local':
      case 'free':
        return `${jsLocal(name)} = undefined;`;
      case 'global':
        return `delete ${jsProp('G', name)};`;
      default:
        return `$nsDelete($ns, ${jsStr(name)}, true);`;
    }
  }

  /** Registers a CodeInfo constant for a function-like node. */
  codeInfo(scope: Scope, node: any, args: any | null): number {
    const posonly = args ? args.posonlyargs.length : 0;
    const info: CodeInfo = {
      name: codeName(scope),
      qualname: qualname(scope),
      filename: this.filename,
      firstlineno: node.lineno ?? 1,
      params: args ? [...args.posonlyargs, ...args.args].map((a: any) => mangle(scope.privateName, a.arg)) : [],
      posonly,
      kwonly: args ? args.kwonlyargs.map((a: any) => mangle(scope.privateName, a.arg)) : [],
      varargs: args && args.vararg ? mangle(scope.privateName, args.vararg.arg) : null,
      varkw: args && args.kwarg ? mangle(scope.privateName, args.kwarg.arg) : null,
      generator: isGeneratorScope(scope),
      varnames: localNames(scope),
    };
    this.consts.push(info);
    return this.consts.length - 1;
  }

  /** Declarations for a code object's JS function: its locals (not parameters) and temporaries. */
  declarations(fc: FnCtx, extraLocals: Iterable<string> = []): string {
    const names: string[] = [];
    const s = fc.scope;
    if (s.type === 'function') {
      for (const n of localNames(s)) if (!(s.flags(n) & DEF_PARAM)) names.push(jsLocal(n));
    }
    for (const n of extraLocals) names.push(n);
    names.push(...fc.temps);
    return names.length ? `let ${names.join(', ')};` : '';
  }

  compileModule(): CompiledModule {
    const root = this.table.top;
    const fc = new FnCtx(root, null);
    fc.codeIndex = this.consts.length;
    this.consts.push({
      name: '<module>',
      qualname: '<module>',
      filename: this.filename,
      firstlineno: 1,
      params: [],
      posonly: 0,
      kwonly: [],
      varargs: null,
      varkw: null,
      generator: false,
      varnames: [],
    } satisfies CodeInfo);
    const m = this.module;
    if (this.mode === 'eval') {
      fc.emit(`$l = ${m.body.lineno ?? 1};`);
      fc.emit(`return ${this.expr(m.body, fc)};`);
    } else {
      setupAnnotations(m.body, this.nsLocals ? '$ns' : '$globalsDict(G)', fc);
      const doc = docstring(m.body);
      if (doc !== null && this.mode === 'exec') fc.emit(`G.__doc__ = ${jsStr(doc)};`);
      this.stmts(m.body, fc);
      fc.emit('return None;');
    }
    // The VM prepends `const {...} = $rt;` binding every runtime helper (see vm/runtime/rt.ts).
    const decl = this.declarations(fc);
    const fn =
      `return function $module(${this.nsLocals ? '$ns' : ''}) {\n  const $B = $builtinsOf(G);\n  ${decl}\n  let $l = 1, $class;\n  const $pg = $R.G;\n  $R.G = G;\n  try {\n${fc.out.join('\n')}\n  } catch ($e) {\n    throw $tb($e, $K[${fc.codeIndex}], $l);\n  } finally {\n    $R.G = $pg;\n  }\n};\n`;
    return { source: fn, consts: this.consts };
  }
}
