// The import system: sys.modules, native (TypeScript) modules, and Python source modules found by a
// host-provided source provider (folders on disk in Node, a name -> source map in the browser).
import { None, AttrBag, MISSING } from './object.js';
import { PyDict, PyList, PyTuple } from './types.js';
import { exc, ImportError, ModuleNotFoundError, PyBaseException } from './exceptions.js';
import { getAttrDefault, setAttr } from './attributes.js';
import { asArray } from './iteration.js';
import { PyModule } from './module.js';
import { leftOutHint } from '../modules/optional-catalog.js';

/** A module's attribute, or MISSING: an AttributeError from a module `__getattr__` (PEP 562) means absent too. */
const probe = (mod: any, name: string): any => getAttrDefault(mod, name, MISSING);

/** Where Python source modules come from. */
export interface ModuleSourceProvider {
  /** Finds module `fullname` (dotted); `searchPaths` is sys.path or the parent package's __path__. */
  find(fullname: string, searchPaths: string[]): FoundModule | null;
}
export interface FoundModule {
  source: string;
  filename: string;
  isPackage: boolean;
  /** For packages: the __path__ entry. */
  packagePath?: string;
}

/** Browser/worker provider: a map of dotted module names to source text. */
export class MapModuleSource implements ModuleSourceProvider {
  constructor(public modules: Record<string, string>) {}
  find(fullname: string): FoundModule | null {
    const pkg = this.modules[`${fullname}.__init__`];
    if (pkg !== undefined) return { source: pkg, filename: `${fullname.replace(/\./g, '/')}/__init__.py`, isPackage: true, packagePath: fullname };
    const src = this.modules[fullname];
    if (src !== undefined) return { source: src, filename: `${fullname.replace(/\./g, '/')}.py`, isPackage: false };
    return null;
  }
}

export interface ImportHost {
  sysModules: PyDict;
  sources: ModuleSourceProvider | null;
  sysPath(): string[];
  /** Creates a native module by name, or returns undefined. */
  nativeModule(name: string): PyModule | undefined;
  /** Executes module source into the module's bag. */
  execModule(mod: PyModule, found: FoundModule): void;
}

function notFound(name: string): PyBaseException {
  const e = exc(ModuleNotFoundError, `No module named '${name}'${leftOutHint(name)}`);
  e.$d!.name = name;
  return e;
}

/** Resolves a relative import's absolute name. */
export function resolveName(name: string, level: number, G: AttrBag): string {
  if (level === 0) return name;
  let pkg: any = G.__package__;
  if (pkg === undefined || pkg === None) {
    const modName = String(G.__name__);
    pkg = G.__path__ !== undefined ? modName : modName.includes('.') ? modName.slice(0, modName.lastIndexOf('.')) : '';
  }
  if (!pkg) throw exc(ImportError, 'attempted relative import with no known parent package');
  const parts = String(pkg).split('.');
  if (level - 1 >= parts.length + (level > 1 ? 0 : 1)) throw exc(ImportError, 'attempted relative import beyond top-level package');
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  if (!base) throw exc(ImportError, 'attempted relative import beyond top-level package');
  return name ? `${base}.${name}` : base;
}

/** Imports `fullname` and all its parents; returns the leaf module. */
export function importModule(host: ImportHost, fullname: string): any {
  const cached = host.sysModules.s.get(fullname);
  if (cached !== undefined) {
    if (cached === None) throw notFound(fullname);
    return cached;
  }
  const dot = fullname.lastIndexOf('.');
  let searchPaths = host.sysPath();
  let parent: any = undefined;
  if (dot >= 0) {
    parent = importModule(host, fullname.slice(0, dot));
    const again = host.sysModules.s.get(fullname);
    if (again !== undefined) return again;
    const p = probe(parent, '__path__');
    if (p === MISSING) {
      const e = exc(ModuleNotFoundError, `No module named '${fullname}'; '${fullname.slice(0, dot)}' is not a package`);
      e.$d!.name = fullname;
      throw e;
    }
    searchPaths = asArray(p).map(String);
  }
  let mod: any = host.nativeModule(fullname);
  if (mod === undefined) {
    const found = host.sources ? host.sources.find(fullname, searchPaths) : null;
    if (found === null) throw notFound(fullname);
    mod = new PyModule(fullname);
    const bag = mod.$d!;
    bag.__file__ = found.filename;
    bag.__package__ = found.isPackage ? fullname : dot >= 0 ? fullname.slice(0, dot) : '';
    if (found.isPackage) bag.__path__ = new PyList([found.packagePath ?? found.filename.replace(/[/\\]__init__\.py$/, '')]);
    bag.__spec__ = None;
    bag.__loader__ = None;
    host.sysModules.s.set(fullname, mod);
    try {
      host.execModule(mod, found);
    } catch (e) {
      host.sysModules.s.delete(fullname);
      throw e;
    }
    mod = host.sysModules.s.get(fullname) ?? mod;
  } else host.sysModules.s.set(fullname, mod);
  if (parent !== undefined) setAttr(parent, fullname.slice(dot + 1), mod);
  return mod;
}

/** `from pkg import name`: an attribute, else the submodule pkg.name. */
export function importName(host: ImportHost, mod: any, name: string): any {
  const v = probe(mod, name);
  if (v !== MISSING) return v;
  const modName = probe(mod, '__name__');
  if (typeof modName === 'string') {
    const sub = host.sysModules.s.get(`${modName}.${name}`);
    if (sub !== undefined && sub !== None) return sub;
  }
  const file = probe(mod, '__file__');
  const where = file !== MISSING && file !== None ? ` (${String(file)})` : ' (unknown location)';
  const e = exc(ImportError, `cannot import name '${name}' from '${String(modName)}'${where}`);
  e.$d!.name = modName;
  throw e;
}

/** `from m import a, b`: imports m (and submodules m.a, m.b that aren't attributes). */
export function importFrom(host: ImportHost, name: string, level: number, names: string[], G: AttrBag): any {
  const full = resolveName(name, level, G);
  const mod = importModule(host, full);
  if (probe(mod, '__path__') !== MISSING) {
    for (const n of names) {
      if (n === '*') continue;
      if (probe(mod, n) === MISSING) {
        try {
          importModule(host, `${full}.${n}`);
        } catch (e) {
          if (!(e instanceof PyBaseException && e.$cls === ModuleNotFoundError && e.$d!.name === `${full}.${n}`)) throw e;
        }
      }
    }
  }
  return mod;
}

/** Names `from m import *` binds. */
export function starNames(mod: any): string[] {
  const all = probe(mod, '__all__');
  if (all !== MISSING) return asArray(all).map(String);
  const bag: AttrBag = mod.$d ?? {};
  return Object.keys(bag).filter((k) => !k.startsWith('_'));
}

export { PyTuple };
