// `phaser-pkpy/vite`: the Vite plugin for Python games.
//
//   // vite.config.ts
//   import { defineConfig } from 'vite';
//   import pkpy from 'phaser-pkpy/vite';
//   export default defineConfig({ plugins: [pkpy({ pyRoot: 'scripts-py' })] });
//
//   // game code
//   import { modules, workerUrl } from 'virtual:pkpy-modules';   // every .py under pyRoot: name -> source
//   import source from './tools/util.py';                        // or one file's source
//
// - `.py` files are bundled as strings (dev and production); worker VMs receive the same module map.
// - Dev hot reload: saving a `.py` file sends the new sources to the running game (no page reload): the Phaser plugin
//   re-executes changed modules in place, and worker VMs pick them up before their next job. A SyntaxError is shown
//   in Vite's error overlay with the file and line, and the update is not applied (the old code keeps running).
// - COOP/COEP headers in dev and preview, so SharedArrayBuffer (blocking ComputeThread waits) is available.
// - Production builds ship only the stdlib the scripts import (see the `stdlib` option); the dev server ships all.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { PYLIB } from '../vm/modules/pylib/sources.generated.js';
import { stdlibClosure, optionalParts, importedNames } from '../vm/modules/pylib/deps.js';
import { optionalModulesPlugin, OptionalParts, sourceAliases } from './vite-optional.js';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer, ModuleNode } from 'vite';
import { VM } from '../vm/runtime/vm.js';
import { CompileError } from '../vm/compiler/errors.js';

export interface PkpyViteOptions {
  /**
   * Standard-library modules to ship even if no `import` statement names them (e.g. `__import__(name)`). Production
   * builds ship only what the scripts import: the Python-source modules, and the TypeScript ones (`json`, `math`,
   * `random`, `re`, `pickle`); `'unicode-names'` adds the `\N{...}` name table for code compiled at run time.
   */
  stdlib?: string[];
  /** Folder of the game's `.py` modules, absolute or relative to the Vite root. Default: `scripts-py`. */
  pyRoot?: string;
  /** Send `Cross-Origin-Opener-Policy: same-origin` + `Cross-Origin-Embedder-Policy: require-corp`. Default true. */
  crossOriginIsolation?: boolean;
  /** The ComputeThread worker entry (default: the package's own). */
  workerEntry?: string;
}

export const VIRTUAL_ID = 'virtual:pkpy-modules';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** A Python syntax problem, in the shape Vite's error overlay shows. */
export interface PySyntaxProblem {
  message: string;
  file: string;
  line: number;
  column: number;
  frame: string;
}

let checker: VM | null = null;

/** Compiles `source` without running it; returns the problem, or null if it compiles. */
export function checkPythonSyntax(source: string, file: string): PySyntaxProblem | null {
  checker ??= new VM({ stdout: () => undefined, stderr: () => undefined });
  try {
    checker.compile(source, file, 'exec');
    return null;
  } catch (e) {
    if (e instanceof CompileError) {
      const line = Math.max(1, e.lineno);
      const column = Math.max(1, e.offset);
      return { message: `${e.kind}: ${e.msg}`, file, line, column, frame: codeFrame(source, line, column) };
    }
    const text = checker.formatException(e).trim();
    return { message: text.split('\n').pop() ?? text, file, line: 1, column: 1, frame: '' };
  }
}

function codeFrame(source: string, line: number, column: number): string {
  const lines = source.split(/\r?\n/);
  const out: string[] = [];
  const width = String(Math.min(lines.length, line + 2)).length;
  for (let i = Math.max(1, line - 2); i <= Math.min(lines.length, line + 2); i++) {
    out.push(`${i === line ? '>' : ' '} ${String(i).padStart(width)} | ${lines[i - 1]}`);
    if (i === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  }
  return out.join('\n');
}

/** Module name of a `.py` file under `root`: `pkg/mod.py` -> `pkg.mod`, `pkg/__init__.py` -> `pkg.__init__`. */
export function moduleNameOf(root: string, file: string): string {
  return relative(root, file).replace(/\.py$/, '').split(sep).join('.');
}

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === '__pycache__' || name === 'node_modules') continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (name.endsWith('.py')) out.push(p);
  }
  return out;
}

function defaultWorkerEntry(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // the TypeScript entry (shipped in the package), so the worker is built like the page: without the embedded
  // Python stdlib and with only the optional parts the game uses; the prebuilt bundle is the last resort
  for (const candidate of [join(here, 'worker.ts'), join(here, '..', 'plugin', 'worker.ts'), join(here, 'pkpy-phaser-worker.mjs')]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('phaser-pkpy/vite: cannot find the ComputeThread worker entry (plugin/worker.ts or dist/pkpy-phaser-worker.mjs)');
}

/** Browser-side code of the virtual module: hot updates and the error overlay. */
const CLIENT = `
function __pkpyOverlay(err) {
  console.error('[phaser-pkpy] ' + err.message + ' (' + err.loc.file + ':' + err.loc.line + ')\\n' + err.frame);
  const Overlay = typeof customElements !== 'undefined' && customElements.get('vite-error-overlay');
  if (!Overlay) return;
  document.querySelectorAll('vite-error-overlay').forEach((n) => n.close());
  document.body.appendChild(new Overlay(err));
}
if (import.meta.hot) {
  import.meta.hot.accept((next) => {
    if (!next) return;
    document.querySelectorAll('vite-error-overlay').forEach((n) => n.close());
    for (const listener of globalThis.__PKPY_HMR__ ?? []) listener(next.modules);
  });
  import.meta.hot.on('pkpy:error', __pkpyOverlay);
}
`;

/** The game's Python modules under `pyRoot` (name -> source); `check` sees each file first. */
function readPyRoot(pyRoot: string, check: (file: string, source: string) => void): Record<string, string> {
  const modules: Record<string, string> = {};
  for (const file of walk(pyRoot)) {
    const source = readFileSync(file, 'utf8');
    check(file, source);
    modules[moduleNameOf(pyRoot, file)] = source;
  }
  return modules;
}

/** The optional TypeScript stdlib parts a game's modules (name -> source) need, through their stdlib closure. */
export function gameParts(game: Record<string, string>, extra: string[] = []): OptionalParts {
  const lib = stdlibClosure(game, PYLIB, extra);
  return optionalParts([...Object.values(game), ...Object.values(lib)], extra);
}

/** The Vite plugin (see the top of this file); with it, a production build's part that leaves out unused modules. */
export default function pkpy(options: PkpyViteOptions = {}): Plugin[] {
  let root = process.cwd();
  let pyRoot = '';
  let isolate = options.crossOriginIsolation !== false;
  let server: ViteDevServer | null = null;
  let building = false;
  const extra = options.stdlib ?? [];
  // production builds: the optional TypeScript stdlib parts the game's modules and their stdlib closure need
  let parts: OptionalParts | null = null;
  const partsForBuild = (): OptionalParts | null => {
    if (!building) return null;
    if (parts === null) {
      parts = gameParts(readPyRoot(pyRoot, () => undefined), extra);
    }
    return parts;
  };
  const optional = optionalModulesPlugin(partsForBuild);
  const workerEntry = options.workerEntry ? resolve(options.workerEntry) : defaultWorkerEntry();

  const inPyRoot = (file: string) => file.endsWith('.py') && !relative(pyRoot, file).startsWith('..') && !isAbsolute(relative(pyRoot, file));

  const problemPayload = (p: PySyntaxProblem) => ({
    message: p.message,
    stack: '',
    id: p.file,
    frame: p.frame,
    plugin: 'phaser-pkpy',
    loc: { file: p.file, line: p.line, column: p.column },
  });

  const setHeaders = (_req: unknown, res: { setHeader(k: string, v: string): void }, next: () => void) => {
    if (isolate) {
      res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
      res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
      res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    }
    next();
  };

  const virtualModule = (): ModuleNode | undefined => server?.moduleGraph.getModuleById(RESOLVED_ID);

  const main: Plugin = {
    name: 'phaser-pkpy',
    config() {
      return {
        worker: { format: 'es', plugins: () => [optional] },
        // the browser bundle leaves out the embedded Python stdlib: the module map below carries what is imported
        resolve: { alias: [{ find: /^\.\/sources\.generated(\.js)?$/, replacement: './sources.browser.js' }, ...sourceAliases()] },
      };
    },
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
      parts = null;
      pyRoot = resolve(root, options.pyRoot ?? 'scripts-py');
      isolate = options.crossOriginIsolation !== false;
    },
    configureServer(s) {
      server = s;
      s.middlewares.use(setHeaders);
      s.watcher.add(pyRoot);
      const structural = (file: string) => {
        if (!inPyRoot(file)) return;
        const mod = virtualModule();
        if (mod) void s.reloadModule(mod);
      };
      s.watcher.on('add', structural);
      s.watcher.on('unlink', structural);
    },
    configurePreviewServer(s) {
      s.middlewares.use(setHeaders);
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const modules = readPyRoot(pyRoot, (file, source) => {
        this.addWatchFile(file);
        const problem = checkPythonSyntax(source, file);
        if (problem) {
          this.error({ message: `${problem.message} (${file}:${problem.line})`, id: file, loc: { file, line: problem.line, column: problem.column - 1 }, frame: problem.frame });
        }
      });
      // the standard-library modules the scripts import (transitively); the game's own modules win on a name clash
      for (const [name, source] of Object.entries(stdlibClosure(modules, PYLIB, extra)))
        if (modules[name] === undefined) modules[name] = source;
      // a production build of a game that never imports pkpy has no ComputeThread: no worker bundle, no warm workers
      const threads = !building || extra.includes('pkpy') || [...Object.values(modules)].some((src) => importedNames(src).includes('pkpy'));
      return [
        threads
          ? `import workerUrl from ${JSON.stringify(workerEntry.split(sep).join('/') + '?worker&url')};`
          : 'const workerUrl = null;',
        `export const modules = ${JSON.stringify(modules)};`,
        `export { workerUrl };`,
        `export default modules;`,
        CLIENT,
      ].join('\n');
    },
    transform(code, id) {
      const [file] = id.split('?');
      if (!file.endsWith('.py') || id.startsWith('\0')) return null;
      const problem = checkPythonSyntax(code, file);
      if (problem) {
        this.error({ message: `${problem.message} (${file}:${problem.line})`, id: file, loc: { file, line: problem.line, column: problem.column - 1 }, frame: problem.frame });
      }
      const name = inPyRoot(file) ? moduleNameOf(pyRoot, file) : (file.split(/[\\/]/).pop() ?? file).replace(/\.py$/, '');
      return {
        code: [
          `export const name = ${JSON.stringify(name)};`,
          `export const source = ${JSON.stringify(code)};`,
          `export default source;`,
          `if (import.meta.hot) import.meta.hot.accept((next) => { if (next) for (const l of globalThis.__PKPY_HMR__ ?? []) l({ [next.name]: next.source }); });`,
        ].join('\n'),
        map: null,
      };
    },
    async handleHotUpdate(ctx) {
      if (!ctx.file.endsWith('.py')) return;
      const source = await ctx.read();
      const problem = checkPythonSyntax(source, ctx.file);
      if (problem) {
        ctx.server.config.logger.error(`[phaser-pkpy] ${problem.message}\n  at ${problem.file}:${problem.line}:${problem.column}\n${problem.frame}`, { timestamp: true });
        ctx.server.ws.send('pkpy:error', problemPayload(problem));
        return []; // no update: the game keeps the old code
      }
      const mods = [...ctx.modules];
      const v = virtualModule();
      if (v && inPyRoot(ctx.file)) {
        ctx.server.moduleGraph.invalidateModule(v);
        mods.push(v);
      }
      return mods;
    },
  };
  return [optional, main];
}

export { pkpy };
// for the bundle-size benchmark (bench/system.mjs), which builds pages the way this plugin does
export { optionalModulesCode } from './vite-optional.js';
