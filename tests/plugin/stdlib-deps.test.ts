// Browser builds ship only the Python stdlib modules a game imports (vm/modules/pylib/deps.ts) and the optional
// TypeScript modules those import: the closure must be complete (every module imports with nothing but the
// closure available) and must leave out the rest.
import { describe, it, expect } from 'vitest';
import { VM } from '../../vm/runtime/vm.js';
import { MapModuleSource } from '../../vm/runtime/imports.js';
import { PYLIB } from '../../vm/modules/pylib/sources.generated.js';
import { stdlibClosure, optionalParts } from '../../vm/modules/pylib/deps.js';

const topModules = [...new Set(Object.keys(PYLIB).map((k) => k.replace(/\.__init__$/, '')))];

describe('stdlib closure for browser builds', () => {
  it('follows imports transitively and leaves unrelated modules out', () => {
    const c = stdlibClosure({ main: 'import json\nfrom collections import deque, namedtuple\nfrom dataclasses import dataclass\n' }, PYLIB);
    expect(Object.keys(c)).toContain('collections.__init__');
    expect(Object.keys(c)).toContain('collections.abc');
    expect(Object.keys(c)).toContain('dataclasses');
    expect(Object.keys(c)).not.toContain('datetime');
    expect(stdlibClosure({ main: 'x = 1\n' }, PYLIB)).toEqual({});
    expect(Object.keys(stdlibClosure({ main: 'pass' }, PYLIB, ['heapq']))).toEqual(['heapq']);
  });

  for (const name of topModules) {
    it(`imports ${name} with only its closure (and the optional TypeScript modules it needs) available`, () => {
      const main = `import ${name}\n`;
      const modules = { ...stdlibClosure({ main }, PYLIB), main };
      const optional = optionalParts(Object.values(modules)).modules;
      const vm = new VM({ stdlib: null, sources: new MapModuleSource(modules), optionalModules: optional, stdout: () => {}, stderr: () => {} });
      vm.exec('import main');
      expect(vm.eval(`__import__('sys').modules['${name}'].__name__`)).toBe(name);
    });
  }
});
