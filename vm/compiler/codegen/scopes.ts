// Name resolution for the code generator: which Python names become JS locals, which live in the module's
// globals, which are read from an enclosing function (a JS closure does the capturing), and which go through
// a class body's namespace. CPython's compile-time scope errors are reported by the symtable pass; this
// pass only answers "where does this name live?" for code generation.

export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export interface Scope {
  kind: ScopeKind;
  node: any;
  parent: Scope | null;
  name: string;
  qualname: string;
  /** Names bound in this scope (excluding global/nonlocal declarations). */
  locals: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  /** Names deleted somewhere in this scope (their reads need an unbound check even for parameters). */
  deleted: Set<string>;
  params: string[];
  isGenerator: boolean;
  /** Class scope: a method uses super() or __class__, so the class needs a __class__ cell. */
  needsClassCell: boolean;
  /** The class whose name mangles private names here (nearest enclosing class, including this one). */
  mangleClass: string | null;
  children: Scope[];
}

export type Resolution =
  | 'local' // JS variable of this function
  | 'free' // JS variable of an enclosing function (closure)
  | 'global' // module globals (then builtins)
  | 'classns' // class namespace only (bound in the class body)
  | 'classglobal' // class namespace, then globals/builtins
  | 'classfree'; // class namespace, then an enclosing function's variable

const POS_KEYS = new Set(['_type', 'lineno', 'col_offset', 'end_lineno', 'end_col_offset', 'ctx', 'op']);

/** Python's private-name mangling inside a class. */
export function mangle(name: string, cls: string | null): string {
  if (cls === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = cls.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

function newScope(kind: ScopeKind, node: any, parent: Scope | null, name: string): Scope {
  let qualname = name;
  if (parent !== null && parent.kind !== 'module') {
    qualname = parent.kind === 'class' ? `${parent.qualname}.${name}` : `${parent.qualname}.<locals>.${name}`;
  }
  const s: Scope = {
    kind,
    node,
    parent,
    name,
    qualname,
    locals: new Set(),
    globals: new Set(),
    nonlocals: new Set(),
    deleted: new Set(),
    params: [],
    isGenerator: false,
    needsClassCell: false,
    mangleClass: kind === 'class' ? name : parent ? parent.mangleClass : null,
    children: [],
  };
  if (parent) parent.children.push(s);
  return s;
}

export class ScopeTable {
  readonly scopes = new Map<any, Scope>();
  readonly root: Scope;

  /** exec()/eval() with a separate locals mapping: module-level names live in that mapping (`$ns`). */
  nsLocals = false;

  constructor(module: any, nsLocals = false) {
    this.nsLocals = nsLocals;
    this.root = newScope('module', module, null, '<module>');
    this.scopes.set(module, this.root);
    if (module._type === 'Expression') this.visit(module.body, this.root);
    else for (const st of module.body ?? []) this.visit(st, this.root);
    this.finish(this.root);
  }

  get(node: any): Scope {
    const s = this.scopes.get(node);
    if (!s) throw new Error(`no scope for ${node._type}`);
    return s;
  }

  private bind(s: Scope, name: string): void {
    name = mangle(name, s.mangleClass);
    s.locals.add(name);
  }

  private bindTarget(t: any, s: Scope): void {
    switch (t._type) {
      case 'Name':
        this.bind(s, t.id);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.bindTarget(e, s);
        return;
      case 'Starred':
        this.bindTarget(t.value, s);
        return;
      default:
        this.visit(t, s);
    }
  }

  private visitArgsDefaults(args: any, s: Scope): void {
    for (const d of args.defaults) this.visit(d, s);
    for (const d of args.kw_defaults) if (d) this.visit(d, s);
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs, args.vararg, args.kwarg])
      if (a && a.annotation) this.visit(a.annotation, s);
  }

  private declareParams(args: any, fs: Scope): void {
    const all = [...args.posonlyargs, ...args.args];
    for (const a of all) fs.params.push(mangle(a.arg, fs.mangleClass));
    if (args.vararg) fs.params.push(mangle(args.vararg.arg, fs.mangleClass));
    for (const a of args.kwonlyargs) fs.params.push(mangle(a.arg, fs.mangleClass));
    if (args.kwarg) fs.params.push(mangle(args.kwarg.arg, fs.mangleClass));
    for (const p of fs.params) fs.locals.add(p);
  }

  private visitComprehension(node: any, s: Scope, name: string): void {
    // The first iterable is evaluated in the enclosing scope.
    const gens = node.generators;
    this.visit(gens[0].iter, s);
    const cs = newScope('comprehension', node, s, name);
    this.scopes.set(node, cs);
    if (node._type === 'GeneratorExp') cs.isGenerator = true;
    gens.forEach((g: any, i: number) => {
      if (i > 0) this.visit(g.iter, cs);
      this.bindTarget(g.target, cs);
      for (const c of g.ifs) this.visit(c, cs);
    });
    if (node._type === 'DictComp') {
      this.visit(node.key, cs);
      this.visit(node.value, cs);
    } else this.visit(node.elt, cs);
  }

  private visit(node: any, s: Scope): void {
    if (node === null || node === undefined || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) this.visit(n, s);
      return;
    }
    switch (node._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        for (const d of node.decorator_list) this.visit(d, s);
        this.visitArgsDefaults(node.args, s);
        if (node.returns) this.visit(node.returns, s);
        this.bind(s, node.name);
        const fs = newScope('function', node, s, node.name);
        this.scopes.set(node, fs);
        this.declareParams(node.args, fs);
        for (const st of node.body) this.visit(st, fs);
        return;
      }
      case 'Lambda': {
        this.visitArgsDefaults(node.args, s);
        const fs = newScope('lambda', node, s, '<lambda>');
        this.scopes.set(node, fs);
        this.declareParams(node.args, fs);
        this.visit(node.body, fs);
        return;
      }
      case 'ClassDef': {
        for (const d of node.decorator_list) this.visit(d, s);
        for (const b of node.bases) this.visit(b, s);
        for (const k of node.keywords) this.visit(k.value, s);
        this.bind(s, node.name);
        const cs = newScope('class', node, s, node.name);
        this.scopes.set(node, cs);
        for (const st of node.body) this.visit(st, cs);
        return;
      }
      case 'ListComp':
        return this.visitComprehension(node, s, '<listcomp>');
      case 'SetComp':
        return this.visitComprehension(node, s, '<setcomp>');
      case 'DictComp':
        return this.visitComprehension(node, s, '<dictcomp>');
      case 'GeneratorExp':
        return this.visitComprehension(node, s, '<genexpr>');
      case 'Global':
        for (const n of node.names) s.globals.add(n);
        return;
      case 'Nonlocal':
        for (const n of node.names) s.nonlocals.add(n);
        return;
      case 'Name':
        if (node.ctx === 'Store') this.bind(s, node.id);
        else if (node.ctx === 'Del') {
          this.bind(s, node.id);
          s.deleted.add(mangle(node.id, s.mangleClass));
        } else if (node.id === 'super' || node.id === '__class__') this.markClassCell(s);
        return;
      case 'NamedExpr': {
        let t = s;
        while (t.kind === 'comprehension') t = t.parent!;
        this.bind(t, node.target.id);
        this.visit(node.value, s);
        return;
      }
      case 'Import':
      case 'ImportFrom':
        for (const a of node.names) {
          if (a.name === '*') continue;
          this.bind(s, a.asname ?? a.name.split('.')[0]);
        }
        return;
      case 'ExceptHandler':
        if (node.name) {
          this.bind(s, node.name);
          s.deleted.add(mangle(node.name, s.mangleClass));
        }
        if (node.type) this.visit(node.type, s);
        for (const st of node.body) this.visit(st, s);
        return;
      case 'MatchAs':
      case 'MatchStar':
        if (node.name) this.bind(s, node.name);
        if (node.pattern) this.visit(node.pattern, s);
        return;
      case 'MatchMapping':
        if (node.rest) this.bind(s, node.rest);
        this.visit(node.keys, s);
        this.visit(node.patterns, s);
        return;
      case 'Yield':
      case 'YieldFrom':
      case 'Await':
        s.isGenerator = true;
        this.visit(node.value, s);
        return;
    }
    for (const k in node) {
      if (POS_KEYS.has(k)) continue;
      const v = node[k];
      if (v !== null && typeof v === 'object') this.visit(v, s);
    }
  }

  private markClassCell(s: Scope): void {
    // super()/__class__ inside a method: the nearest enclosing class needs a __class__ cell.
    for (let t: Scope | null = s; t !== null; t = t.parent) {
      if (t.kind === 'class') {
        if (t !== s) t.needsClassCell = true;
        return;
      }
    }
  }

  private finish(s: Scope): void {
    for (const g of s.globals) s.locals.delete(g);
    for (const n of s.nonlocals) s.locals.delete(n);
    for (const c of s.children) this.finish(c);
  }

  /** Where does `name` (already mangled) live when referenced from scope s? */
  resolve(s: Scope, name: string): Resolution {
    if (s.kind === 'module') return this.nsLocals && !s.globals.has(name) ? 'classglobal' : 'global';
    if (s.globals.has(name)) return 'global';
    if (s.kind === 'class') {
      if (s.nonlocals.has(name)) return 'free';
      if (s.locals.has(name)) return 'classns';
      return this.enclosingFunctionHas(s.parent, name) ? 'classfree' : 'classglobal';
    }
    if (s.nonlocals.has(name)) return 'free';
    if (s.locals.has(name)) return 'local';
    if (name === '__class__' && this.inClassMethod(s)) return 'free';
    return this.enclosingFunctionHas(s.parent, name) ? 'free' : 'global';
  }

  private inClassMethod(s: Scope): boolean {
    for (let t: Scope | null = s.parent; t !== null; t = t.parent) if (t.kind === 'class') return true;
    return false;
  }

  /** Is `name` a local of some enclosing function scope (classes are skipped, as in Python)? */
  private enclosingFunctionHas(s: Scope | null, name: string): boolean {
    for (let t = s; t !== null; t = t.parent) {
      if (t.kind === 'module') return false;
      if (t.kind === 'class') continue;
      if (t.globals.has(name)) return false;
      if (t.locals.has(name) || t.nonlocals.has(name)) return true;
    }
    return false;
  }
}
