// Production builds ship only the optional TypeScript stdlib parts (vm/modules/optional-catalog.ts) a game uses:
// the scan, the generated stand-in for vm/modules/optional.ts, a real `vite build` of a page running the Phaser
// plugin, and what a left-out part does at run time (a clear Python error that says how to include it).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pkpy, { gameParts } from '../../plugin/vite';
import { optionalModulesCode } from '../../plugin/vite-optional';
import { OPTIONAL_MODULES, withImplied } from '../../vm/modules/optional-catalog';
import { optionalModules, unicodeNameLookup, pickleApi } from '../../vm/modules/optional';
import { unicodeNames } from '../../vm/compiler/unicode-name-hook';
import { VM } from '../../vm/runtime/vm';
import { timeParts } from '../../vm/modules/time';
import { annotationText } from '../../vm/compiler/unparse-hook';

const quiet = { stdout: () => undefined, stderr: () => undefined };

describe('the catalog', () => {
  it('lists exactly the modules optional.ts defines, under their export names', async () => {
    expect(optionalModules.map((d) => d.name).sort()).toEqual(Object.keys(OPTIONAL_MODULES).sort());
    for (const [name, part] of Object.entries(OPTIONAL_MODULES)) {
      const mod = await import(`../../vm/modules/${part.file}`);
      expect(mod[part.exportName]?.name).toBe(name);
    }
    expect(unicodeNameLookup).not.toBeNull();
    expect(pickleApi).not.toBeNull();
  });

  it('adds implied imports (ComputeThread pickles its arguments), one level deep', () => {
    expect([...withImplied(['pkpy'])].sort()).toEqual(['copyreg', 'pickle', 'pkpy']);
    expect([...withImplied(['pickle'])].sort()).toEqual(['copyreg', 'functools', 'pickle']);
  });
});

describe('which parts a game needs', () => {
  it('scans imports, the stdlib closure, implied modules and \\N{} escapes', () => {
    expect(gameParts({ main: 'x = 1\n' })).toEqual({ modules: [], unicodeNames: false, calendarTime: false, futureAnnotations: false });
    expect(gameParts({ main: 'import json, math as m\nfrom random import randint\n' }).modules.sort()).toEqual(['json', 'math', 'random']);
    expect(gameParts({ main: 'def f():\n    import re\n' }).modules).toEqual(['re']);
    expect(gameParts({ main: 'from pkpy import ComputeThread\n' }).modules.sort()).toEqual(['copyreg', 'pickle', 'pkpy']);
    // through the Python stdlib: string imports re
    expect(gameParts({ main: 'import string\n' }).modules).toContain('re');
    expect(gameParts({ main: 's = "\\N{BLACK STAR}"\n' }).unicodeNames).toBe(true);
    expect(gameParts({ main: 'pass\n' }, ['re', 'unicode-names'])).toEqual({ modules: ['re'], unicodeNames: true, calendarTime: false, futureAnnotations: false });
    // calendar time: a clock-only game leaves it out; localtime() or datetime (through its source) brings it
    expect(gameParts({ main: 'import time\nt0 = time.perf_counter()\n' }).calendarTime).toBe(false);
    expect(gameParts({ main: 'import time\nprint(time.localtime().tm_hour)\n' }).calendarTime).toBe(true);
    expect(gameParts({ main: 'from datetime import datetime\nprint(datetime.now())\n' }).calendarTime).toBe(true);
    expect(gameParts({ main: 'pass\n' }, ['time-calendar']).calendarTime).toBe(true);
    // PEP 563 annotations as text: the unparser comes with an import of __future__
    expect(gameParts({ main: 'from __future__ import annotations\ndef f(x: int) -> str: ...\n' }).futureAnnotations).toBe(true);
    expect(gameParts({ main: 'def f(x: int) -> str: ...\n' }).futureAnnotations).toBe(false);
  });

  it('generates a stand-in for optional.ts with the same exports', () => {
    const code = optionalModulesCode({ modules: ['json', 'pickle', 'copyreg'], unicodeNames: false, calendarTime: false, futureAnnotations: false });
    expect(code).toMatch(/import \{ jsonModule \} from ".*\/vm\/modules\/json\.ts"/);
    expect(code).toContain('export const optionalModules = [jsonModule, pickleModule, copyregModule];');
    expect(code).toContain('export const unicodeNameLookup = null;');
    expect(code).toContain('export const pickleApi = { dumps: pickleDumps, loads: pickleLoads };');
    expect(code).not.toContain('re/index.ts');
    expect(code).toContain('export const calendarTime = null;');
    expect(code).toContain('export const annotationUnparser = null;');
    expect(optionalModulesCode({ modules: [], unicodeNames: false, calendarTime: true, futureAnnotations: false })).toMatch(
      /import \{ installCalendarTime \} from ".*\/vm\/modules\/time-local\.ts";\n[^]*export const calendarTime = installCalendarTime;/,
    );
  });
});

describe('a VM without some optional parts', () => {
  it('raises ModuleNotFoundError naming the Vite option that adds a left-out module', () => {
    const vm = new VM({ ...quiet, optionalModules: ['json'] });
    vm.exec('import json\nr = json.dumps([1])');
    expect(vm.eval('r')).toBe('[1]');
    vm.exec("try:\n    import re\nexcept ModuleNotFoundError as e:\n    msg = str(e)\n    name = e.name\n");
    expect(vm.eval('name')).toBe('re');
    expect(vm.eval('msg')).toBe("No module named 're' (this build leaves it out: add 're' to the phaser-pkpy Vite plugin's stdlib option)");
    vm.exec("try:\n    from pkpy import ComputeThread\nexcept ModuleNotFoundError as e:\n    msg = str(e)\n");
    expect(vm.eval('msg')).toBe("No module named 'pkpy' (this build leaves it out: add 'pkpy' to the phaser-pkpy Vite plugin's stdlib option)");
  });

  it('answers a left-out calendar-time name with an AttributeError naming the Vite option', () => {
    const saved = timeParts.installCalendar;
    timeParts.installCalendar = null;
    try {
      const vm = new VM(quiet);
      vm.exec("import time\nclock = time.perf_counter() >= 0\ntry:\n    time.localtime()\nexcept AttributeError as e:\n    msg = str(e)\nfound = hasattr(time, 'mktime')\n");
      expect(vm.eval('clock')).toBe(true);
      expect(vm.eval('msg')).toBe("module 'time' has no attribute 'localtime' (this build leaves it out: add 'time-calendar' to the phaser-pkpy Vite plugin's stdlib option)");
      expect(vm.eval('found')).toBe(false);
    } finally {
      timeParts.installCalendar = saved;
    }
    const vm = new VM(quiet);
    vm.exec('import time\nok = time.localtime(0).tm_year >= 1969');
    expect(vm.eval('ok')).toBe(true);
  });

  it('turns `from __future__ import annotations` into a SyntaxError naming the Vite option when the unparser is left out', () => {
    const saved = annotationText.unparse;
    annotationText.unparse = null;
    const vm = new VM(quiet);
    try {
      vm.exec("try:\n    compile('from __future__ import annotations\\ndef f(x: int): pass\\n', 'game.py', 'exec')\nexcept SyntaxError as e:\n    msg = e.msg\n    line = e.lineno\n");
      expect(vm.eval('msg')).toBe("from __future__ import annotations needs the annotation unparser (this build leaves it out: add '__future__' to the phaser-pkpy Vite plugin's stdlib option)");
      expect(vm.eval('line')).toBe(2);
    } finally {
      annotationText.unparse = saved;
    }
    vm.exec('from __future__ import annotations\ndef f(x: list[int]) -> None: pass\nann = f.__annotations__');
    expect(vm.toJs(vm.eval('ann'))).toEqual({ x: 'list[int]', return: 'None' });
  });

  it('turns a \\N{} escape into a SyntaxError that says how to add the name table', () => {
    const vm = new VM(quiet);
    const saved = unicodeNames.lookup;
    unicodeNames.lookup = null;
    try {
      vm.exec("try:\n    compile('s = \"\\\\N{BLACK STAR}\"', 'game.py', 'exec')\nexcept SyntaxError as e:\n    msg = e.msg\n    line = e.lineno\n");
      expect(vm.eval('msg')).toContain("\\N{...} escapes need the Unicode name table (this build leaves it out: add 'unicode-names'");
      expect(vm.eval('line')).toBe(1);
    } finally {
      unicodeNames.lookup = saved;
    }
    vm.exec('s = "\\N{BLACK STAR}"');
    expect(vm.eval('s')).toBe('\u2605');
  });
});

describe('vite build', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pkpy-optional-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
    // a page that runs the Phaser plugin (VM 0 and the module registry), as games do
    writeFileSync(join(dir, 'main.js'), [
      "import { modules, workerUrl } from 'virtual:pkpy-modules';",
      `import { pythonPlugins } from ${JSON.stringify(join(__dirname, '../../plugin/index.ts'))};`,
      'console.log(pythonPlugins({ modules, workerUrl, scenes: { Game: "main" } }));',
    ].join('\n'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Builds the page with `main.py` as the game's only module; returns the code of each emitted JS file. */
  async function buildGame(name: string, mainPy: string, plugin = pkpy): Promise<{ main: string; worker: string | null }> {
    const { build } = await import('vite');
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'main.py'), mainPy);
    const outDir = join(dir, `dist-${name}`);
    await build({ configFile: false, root: dir, logLevel: 'silent', plugins: [plugin({ pyRoot: name })], build: { outDir, minify: false } });
    const assets = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
    const read = (prefix: string) => {
      const f = assets.find((a) => a.startsWith(prefix));
      return f === undefined ? null : readFileSync(join(outDir, 'assets', f), 'utf8');
    };
    return { main: read('index')!, worker: read('worker') };
  }

  const leftOut = (code: string) => {
    expect(code).not.toContain('look-behind requires fixed-width pattern'); // re
    expect(code).not.toContain('BLACK'); // the name table
    expect(code).not.toContain('lgamma'); // math
    expect(code).not.toContain('getrandbits'); // random
  };

  it('ships json alone for a game that imports only json, and no worker', async () => {
    const { main, worker } = await buildGame('json_only', 'import json\n\ndef create(scene, data):\n    print(json.dumps({"a": 1}))\n');
    expect(main).toContain('JSONDecodeError');
    leftOut(main);
    expect(main).not.toContain('first item from NEWOBJ_EX argument tuple'); // pickle's writer
    expect(main).toContain("No module named '");
    expect(worker).toBeNull();
    // no ComputeThread: neither the pkpy module nor the plugin's worker pool and job tracker
    expect(main).not.toContain('ComputeThread can only be created from VM 0');
    expect(main).not.toContain('ComputeThread needs a worker script');
    expect(main).not.toContain('new Worker(');
    expect(main).not.toContain('mktime argument out of range'); // calendar time
    expect(main).not.toContain('function unparseAnnotation('); // PEP 563's unparser
    // no hot reload in production builds (engine-bridge/reload.ts)
    expect(main).not.toContain('function reloadModule(');
    expect(main).not.toContain('function trackModuleSnapshots(');
  }, 60_000);

  it('ships pickle and the worker for a game that uses ComputeThread, and still leaves the rest out', async () => {
    const { main, worker } = await buildGame('threads', 'from __future__ import annotations\nimport json\nfrom pkpy import ComputeThread\n');
    expect(worker).not.toBeNull();
    for (const code of [main, worker!]) {
      expect(code).toContain('JSONDecodeError');
      expect(code).toContain('first item from NEWOBJ_EX argument tuple');
      expect(code).toContain('ComputeThread can only be created from VM 0');
      expect(code).toContain('function unparseAnnotation(');
      leftOut(code);
    }
    expect(main).toContain('ComputeThread needs a worker script');
  }, 60_000);

  it("builds the worker from the TypeScript sources with the package's built Vite plugin too (as games import it)", async () => {
    // dist/vite.mjs sits beside the prebuilt worker bundle, which has every stdlib module inlined; games must get
    // the worker built like the page: no embedded Python stdlib, no optional part the game does not use
    const builtPath: string = '../../dist/vite.mjs'; // untyped JS: a path in a variable keeps tsc out of it
    const { default: built } = (await import(builtPath)) as { default: typeof pkpy };
    const { main, worker } = await buildGame('threads_dist', 'from pkpy import ComputeThread\nimport string\n', built);
    expect(worker).not.toBeNull();
    for (const code of [main, worker!]) {
      expect(code).not.toContain('def _ymd2ord(year, month, day)'); // datetime.py, not imported
      expect(code).not.toContain('JSONDecodeError'); // json, not imported
      expect(code).toContain('first item from NEWOBJ_EX argument tuple'); // pickle, for ComputeThread
    }
    expect(main).toContain('A collection of string constants'); // the module map carries string.py (imported) to the page and workers
  }, 60_000);
});
