// Serves the standard-library modules written in Python (vm/modules/pylib/*.py, embedded into
// sources.generated.ts by scripts/embed-pylib.mjs) to the import system.
import type { ModuleSourceProvider, FoundModule } from '../../runtime/imports.js';
import { PYLIB } from './sources.generated.js';

const PREFIX = '<pylib>';

class PylibSource implements ModuleSourceProvider {
  find(fullname: string): FoundModule | null {
    const path = fullname.split('.').join('/');
    const pkg = PYLIB[`${fullname}.__init__`];
    if (pkg !== undefined)
      return { source: pkg, filename: `${PREFIX}/${path}/__init__.py`, isPackage: true, packagePath: `${PREFIX}/${path}` };
    const src = PYLIB[fullname];
    if (src !== undefined) return { source: src, filename: `${PREFIX}/${path}.py`, isPackage: false };
    return null;
  }
  /** Whether `fullname` is a Python standard-library module served from here. */
  has(fullname: string): boolean {
    return PYLIB[fullname] !== undefined || PYLIB[`${fullname}.__init__`] !== undefined;
  }
}

/** The Python-source standard library. */
export const pylibSource = new PylibSource();

/** Tries each provider in order (the standard library first, then the user's sources). */
export class ChainedSource implements ModuleSourceProvider {
  readonly providers: ModuleSourceProvider[];
  constructor(...providers: (ModuleSourceProvider | null | undefined)[]) {
    this.providers = providers.filter((p): p is ModuleSourceProvider => p != null);
  }
  find(fullname: string, searchPaths: string[]): FoundModule | null {
    for (const p of this.providers) {
      const found = p.find(fullname, searchPaths);
      if (found !== null) return found;
    }
    return null;
  }
}
