// The embedding API: a VM owns its modules (sys.modules), builtins, output streams and module sources.
// Source is compiled to JavaScript once per (VM, module) and run with the module's globals bag.
import { None, AttrBag, newAttrBag, PyType } from './object.js';
import { PyDict, PyList, PyTuple } from './types.js';
import { PyBaseException, exc, typeErr, SystemExit } from './exceptions.js';
import { DictStore } from './hash-store.js';
import { BagStore } from './bag-store.js';
import { bootstrap } from './bootstrap.js';
import { sharedRt } from './rt.js';
import { PyModule, ModuleDef } from './module.js';
import { ModuleSourceProvider, FoundModule, importModule, importFrom, importName, resolveName, starNames, ImportHost } from './imports.js';
import { formatException } from './traceback.js';
import { toPyExc } from './raise.js';
import { state } from './state.js';
import { str, repr } from './convert.js';
import { parse } from '../compiler/parser.js';
import { buildSymtable } from '../compiler/symtable.js';
import { Compiler, CompileMode } from '../compiler/codegen/compiler.js';
import { CompileError } from '../compiler/errors.js';
import { builtinsModule } from '../modules/builtins/index.js';
import { standardModules } from '../modules/registry.js';
import { OPTIONAL_MODULES } from '../modules/optional-catalog.js';
import { call } from './call.js';
import { PyBuiltin } from './function.js';
import { getAttr } from './attributes.js';
import { toPy, toJs } from './convert-js.js';
import { pylibSource, ChainedSource } from '../modules/pylib/provider.js';

export interface VMOptions {
  /** VM index 0-15 (0 is the main VM). */
  index?: number;
  /** Where `import` finds Python source modules. */
  sources?: ModuleSourceProvider | null;
  /** The Python-source standard library (default: the embedded one; null: only `sources`). */
  stdlib?: ModuleSourceProvider | null;
  /**
   * The optional TypeScript stdlib modules (vm/modules/optional-catalog.ts) this VM may import (default: all the
   * build has), e.g. to see in Node what a browser build that left the others out does.
   */
  optionalModules?: string[];
  /** sys.path entries (Node: folders). */
  path?: string[];
  argv?: string[];
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** input() */
  readline?: () => string | null;
  /** open() support: read/write whole files (Node only). */
  files?: FileHost;
}

export interface FileHost {
  read(path: string): Uint8Array;
  write(path: string, data: Uint8Array, append: boolean): void;
  exists(path: string): boolean;
}

/** A compiled code object ready to run against a globals bag. */
export interface Code {
  filename: string;
  mode: CompileMode;
  /** Runs with module globals `G`; code compiled with separate locals takes the locals mapping too. */
  run(G: AttrBag, locals?: any): any;
}

export class VM implements ImportHost {
  readonly index: number;
  readonly sysModules: PyDict;
  readonly builtins: PyModule;
  readonly rt: Record<string, any>;
  sources: ModuleSourceProvider | null;
  private readonly stdlib: ModuleSourceProvider | null;
  readonly options: VMOptions;
  private readonly nativeDefs = new Map<string, ModuleDef>();
  private readonly lines = new Map<string, string[]>();
  private readonly rtHeader: string;
  private outBuf = '';
  private errBuf = '';
  sysPathList: PyList;
  /** sys.getrecursionlimit() of this VM (installed into the shared interpreter state while it runs). */
  recursionLimit = 1000;

  constructor(options: VMOptions = {}) {
    bootstrap();
    this.options = options;
    this.index = options.index ?? 0;
    // the Python-source standard library (vm/modules/pylib) first, then the host's modules
    this.stdlib = options.stdlib === undefined ? pylibSource : options.stdlib;
    this.sources = new ChainedSource(this.stdlib, options.sources);
    this.sysModules = new PyDict(new DictStore());
    this.sysPathList = new PyList((options.path ?? []).slice());
    const allowed = options.optionalModules;
    for (const def of standardModules())
      if (allowed === undefined || OPTIONAL_MODULES[def.name] === undefined || allowed.includes(def.name)) this.nativeDefs.set(def.name, def);
    this.builtins = builtinsModule(this);
    this.rt = { ...sharedRt(), ...this.vmRt() };
    this.rtHeader = `"use strict";\nconst {${Object.keys(this.rt).join(', ')}} = $rt;\n`;
    this.sysModules.s.set('builtins', this.builtins);
    importModule(this, 'sys');
  }

  // ---- output ----
  write(text: string): void {
    this.outBuf += text;
    if (this.outBuf.length > 8192) this.flush();
  }
  writeErr(text: string): void {
    this.flush();
    this.errBuf += text;
    this.flushErr();
  }
  flush(): void {
    if (this.outBuf) {
      const s = this.outBuf;
      this.outBuf = '';
      (this.options.stdout ?? ((t: string) => (globalThis as any).process?.stdout?.write(t)))(s);
    }
  }
  private flushErr(): void {
    if (this.errBuf) {
      const s = this.errBuf;
      this.errBuf = '';
      (this.options.stderr ?? ((t: string) => (globalThis as any).process?.stderr?.write(t)))(s);
    }
  }

  // ---- modules ----
  /** Replaces where `import` finds Python source (the standard library stays importable). */
  setModuleSources(provider: ModuleSourceProvider | null): void {
    this.sources = new ChainedSource(this.stdlib, provider);
  }

  /** Registers a module implemented in TypeScript (importable by name). */
  defineModule(def: ModuleDef): void {
    this.nativeDefs.set(def.name, def);
    this.sysModules.s.delete(def.name);
  }

  nativeModule(name: string): PyModule | undefined {
    const def = this.nativeDefs.get(name);
    if (!def) return undefined;
    const m = new PyModule(name);
    // the import-system names CPython's built-in modules have (no loader or spec objects here)
    m.$d!.__package__ = '';
    m.$d!.__loader__ = None;
    m.$d!.__spec__ = None;
    this.sysModules.s.set(name, m);
    def.init(m, this);
    // natives know their module (pickle finds functions by module and name; reprs and help() show it)
    for (const v of Object.values(m.$d!)) if (v instanceof PyBuiltin && (v as any).module === undefined) (v as any).module = name;
    return m;
  }

  sysPath(): string[] {
    return this.sysPathList.a.map((p) => String(p));
  }

  execModule(mod: PyModule, found: FoundModule): void {
    const code = this.compile(found.source, found.filename, 'exec');
    code.run(mod.$d!);
  }

  /** Imports a module by absolute dotted name. */
  import(name: string): PyModule {
    return this.guard(() => importModule(this, name));
  }

  // ---- compiling and running ----
  compile(source: string, filename: string, mode: CompileMode = 'exec', nsLocals = false): Code {
    this.lines.set(filename, source.split(/\r?\n/));
    const tree = parse(source, filename, mode);
    // CPython's symbol-table and compiler errors (nonlocal/global misuse, walrus rules, 'return' outside
    // function...) are raised here, before code generation.
    const table = buildSymtable(tree as any, filename, source);
    const compiler = new Compiler(tree, filename, mode, nsLocals, table);
    compiler.source = source;
    const out = compiler.compileModule();
    let factory: Function;
    try {
      factory = new Function('$rt', '$K', 'G', this.rtHeader + out.source);
    } catch (e) {
      throw exc(
        typeErr('').$cls,
        `internal compiler error in ${filename}: ${(e as Error).message}`,
      );
    }
    const rt = this.rt;
    const consts = out.consts;
    return {
      filename,
      mode,
      run: (G: AttrBag, locals?: any) => factory(rt, consts, G)(locals),
    };
  }

  /** A fresh module namespace (globals bag) named `name`. */
  newGlobals(name = '__main__', filename?: string): AttrBag {
    const G = newAttrBag();
    G.__name__ = name;
    G.__doc__ = None;
    G.__package__ = None;
    G.__spec__ = None;
    G.__loader__ = None;
    G.__builtins__ = this.builtins;
    if (filename !== undefined) G.__file__ = filename;
    return G;
  }

  /** Runs `source` as the `__main__` module (a script). */
  runMain(source: string, filename: string): PyModule {
    const mod = new PyModule('__main__', this.newGlobals('__main__', filename));
    this.sysModules.s.set('__main__', mod);
    this.guard(() => this.compile(source, filename, 'exec').run(mod.$d!));
    return mod;
  }

  /** exec(): runs statements in `globals` (a bag; defaults to __main__'s). */
  exec(source: string, filename = '<string>', globals?: AttrBag): void {
    const G = globals ?? this.mainGlobals();
    this.guard(() => this.compile(source, filename, 'exec').run(G));
  }

  /** eval(): evaluates an expression and returns the Python value. */
  eval(source: string, filename = '<string>', globals?: AttrBag): any {
    const G = globals ?? this.mainGlobals();
    return this.guard(() => this.compile(source, filename, 'eval').run(G));
  }

  mainGlobals(): AttrBag {
    let m = this.sysModules.s.get('__main__');
    if (m === undefined) {
      m = new PyModule('__main__', this.newGlobals('__main__'));
      this.sysModules.s.set('__main__', m);
    }
    return m.$d;
  }

  /** Calls a Python callable with Python values. */
  call(f: any, ...args: any[]): any {
    return this.guard(() => call(f, args));
  }

  getAttr(o: any, name: string): any {
    return this.guard(() => getAttr(o, name));
  }

  /** JS value -> Python value (arrays become lists, plain objects dicts, functions callables). */
  toPy(v: unknown): any {
    return toPy(v);
  }
  /** Python value -> JS value (lists -> arrays, dicts -> plain objects or Maps, numbers...). */
  toJs(v: any): unknown {
    return toJs(v);
  }

  /** Runs f, turning any JS error into a Python exception and flushing output. */
  guard<T>(f: () => T): T {
    const depth = state.depth;
    const excs = state.excStack.length;
    state.limit = this.recursionLimit;
    // a top-level entry (script, REPL line, engine callback) starts with no exception being handled
    if (depth === 0) state.excStack.length = 0;
    try {
      return f();
    } catch (e) {
      state.depth = depth;
      state.excStack.length = excs;
      if (e instanceof PyBaseException) throw e;
      throw toPyExc(e);
    } finally {
      this.flush();
    }
  }

  // ---- errors ----
  sourceLine = (filename: string, line: number): string | undefined => this.lines.get(filename)?.[line - 1];

  formatException(e: unknown): string {
    const x = e instanceof PyBaseException ? e : toPyExc(e);
    return formatException(x, this.sourceLine);
  }

  /** Prints an uncaught exception to stderr as CPython does; returns the exit status. */
  reportUncaught(e: unknown): number {
    const x = e instanceof PyBaseException ? e : toPyExc(e);
    if (x.$cls.isSubtypeOf(SystemExit)) {
      const code = x.args.a.length === 0 ? None : x.args.a[0];
      if (code === None) return 0;
      if (typeof code === 'number') return code;
      if (typeof code === 'boolean') return code ? 1 : 0;
      this.writeErr(str(code) + '\n');
      return 1;
    }
    this.writeErr(this.formatException(x));
    return 1;
  }

  // ---- helpers the generated code needs from its VM ----
  private vmRt(): Record<string, any> {
    const vm = this;
    return {
      $B: this.builtins.$d!,
      /** The builtins a module's code sees: its globals' __builtins__ (a module or a dict), as CPython does. */
      $builtinsOf(G: AttrBag) {
        const b = G.__builtins__;
        if (b === undefined || b === vm.builtins) return vm.builtins.$d!;
        if (b instanceof PyModule) return b.$d!;
        if (b instanceof PyDict) return vm.bagForDict(b);
        return vm.builtins.$d!;
      },
      $importTop(name: string, G: AttrBag) {
        importModule(vm, name);
        return importModule(vm, name.split('.')[0]);
      },
      $importAs(name: string, _G: AttrBag) {
        return importModule(vm, name);
      },
      $importFrom(name: string, level: number, names: string[], G: AttrBag) {
        return importFrom(vm, name, level, names, G);
      },
      $importName(mod: any, name: string) {
        return importName(vm, mod, name);
      },
      $importStar(mod: any, G: AttrBag) {
        for (const n of starNames(mod)) G[n] = getAttr(mod, n);
      },
      $importStarNs(mod: any, ns: PyDict) {
        for (const n of starNames(mod)) ns.s.set(n, getAttr(mod, n));
      },
      $evalIn(src: any, G: AttrBag, locals: any) {
        return vm.evalSource(src, G, locals, 'eval');
      },
      $execIn(src: any, G: AttrBag, locals: any) {
        vm.evalSource(src, G, locals, 'exec');
        return None;
      },
      $displayhook(v: any) {
        if (v !== None) {
          vm.write(repr(v) + '\n');
          vm.builtins.$d!._ = v;
        }
      },
    };
  }

  /** eval/exec of a string or code object with optional globals/locals mappings. */
  evalSource(src: any, G: AttrBag | PyDict, locals: any, mode: 'eval' | 'exec'): any {
    const bag = G instanceof PyDict ? this.bagForDict(G) : G;
    // A separate locals mapping: module-level names are read and written there (like a class body).
    const separate = locals !== null && locals !== undefined && locals !== G && !(locals instanceof PyDict && locals.s instanceof BagStore && locals.s.bag === bag);
    let code: Code;
    if (typeof src === 'string') {
      const text = mode === 'eval' ? src.replace(/^[ \t]+/, '') : src;
      code = this.compile(text, '<string>', mode, separate);
    } else if (src && src.$code) code = src.$code as Code;
    else throw typeErr(`${mode}() arg 1 must be a string, bytes or code object`);
    return separate ? code.run(bag, locals) : code.run(bag);
  }

  /** Makes a dict usable as module globals: its storage becomes a bag the generated code can read. */
  bagForDict(d: PyDict): AttrBag {
    if (d.s instanceof BagStore) return d.s.bag;
    const bag = newAttrBag();
    for (const [k, v] of d.s.entries()) if (typeof k === 'string') bag[k] = v;
    if (bag.__builtins__ === undefined) bag.__builtins__ = this.builtins;
    d.s = new BagStore(bag, () => {
      throw typeErr('globals keys must be strings');
    });
    return bag;
  }
}

export { PyType, PyTuple, CompileError, resolveName };
