// Node host pieces for the VM: Python modules from folders on disk (sys.path) and open() on real files.
import { readFileSync, existsSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleSourceProvider, FoundModule } from '../runtime/imports.js';
import type { FileHost } from '../runtime/vm.js';

export class FsModuleSource implements ModuleSourceProvider {
  find(fullname: string, searchPaths: string[]): FoundModule | null {
    const leaf = fullname.split('.').pop()!;
    for (const dir of searchPaths) {
      const pkgInit = join(dir, leaf, '__init__.py');
      if (existsSync(pkgInit)) return { source: readFileSync(pkgInit, 'utf8'), filename: pkgInit, isPackage: true, packagePath: join(dir, leaf) };
      const file = join(dir, `${leaf}.py`);
      if (existsSync(file) && statSync(file).isFile()) return { source: readFileSync(file, 'utf8'), filename: file, isPackage: false };
    }
    return null;
  }
}

export const nodeFiles: FileHost = {
  read: (p) => new Uint8Array(readFileSync(p)),
  write: (p, data, append) => (append ? appendFileSync(p, data) : writeFileSync(p, data)),
  exists: (p) => existsSync(p),
};
