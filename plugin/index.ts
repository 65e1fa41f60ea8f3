// The Phaser 4 plugin: Python game scripts in VM 0, driven by Phaser's lifecycle, with ComputeThread workers.
//
//   import * as Phaser from 'phaser';
//   import { pythonPlugins } from 'phaser-pkpy/plugin';
//   import { modules, workerUrl } from 'virtual:pkpy-modules';      // the Vite plugin (phaser-pkpy/vite)
//
//   new Phaser.Game({
//     scene: [{ key: 'Game' }],
//     plugins: pythonPlugins({ modules, workerUrl, scenes: { Game: 'main' }, Phaser }),
//   });
//
// `pythonPlugins` returns the `plugins` config: a global plugin (PythonPlugin, reachable from every scene as
// `this.python`) that owns VM 0, the worker pool and the job polling, and a scene plugin (PythonScenePlugin) that
// binds each scene listed in `scenes` to its Python module: the module's `preload(scene)`, `create(scene, data)`,
// `update(scene, time, delta)` and `shutdown(scene)` functions run from the scene's lifecycle.
//
// The plugin imports nothing from Phaser (Phaser's plugin manager only needs the init/start/stop/destroy and
// boot/destroy methods), so one copy of Phaser is used: the game's.
import EventEmitter from 'eventemitter3';
import { VM } from '../vm/runtime/vm.js';
import { MapModuleSource } from '../vm/runtime/imports.js';
import { exc, RuntimeError, TimeoutError } from '../vm/runtime/exceptions.js';
import { state as interp } from '../vm/runtime/state.js';
import type { PyModule } from '../vm/runtime/module.js';
import { Bridge, PyJsProxy, maxPositional } from '../engine-bridge/proxy.js';
import { phaserModule } from '../engine-bridge/module.js';
import type { JobInfo, JobSink } from '../engine-bridge/jobs.js';
import { createPluginThreads } from './threads-part.js';
import type { PluginThreads } from './threads.js';
import { hotReload } from './reload-part.js';
import { ErrorReporter } from './errors.js';
import type { PythonEvents, ReloadEvent } from './events.js';

export type { PythonEvents, PythonErrorEvent, ReloadEvent, JobDoneEvent, JobErrorEvent } from './events.js';
export type { JobInfo } from '../engine-bridge/jobs.js';
export { ErrorReporter } from './errors.js';

export interface PythonPluginOptions {
  /** The game's Python modules: dotted module name -> source (`pkg.__init__` for a package). */
  modules: Record<string, string>;
  /** Scene key -> the Python module driving that scene. (A scene may also set `pythonModule` on itself.) */
  scenes?: Record<string, string>;
  /**
   * Warm workers for ComputeThread. Default: hardware concurrency - 1 (at least 1, at most 15). 0: none started
   * ahead of time (a ComputeThread then starts its worker when created).
   */
  workers?: number;
  /** The worker script (the Vite plugin exports it as `workerUrl`). Without it ComputeThread is unavailable. */
  workerUrl?: string | URL | null;
  /** The Phaser namespace, exposed to Python as `phaser.Phaser` (default: `globalThis.Phaser`). */
  Phaser?: unknown;
  /** Where VM 0's print() output goes, line by line (default: console.log / console.error). */
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
  /** Follow `.py` hot updates from the Vite plugin (default: true). */
  hotReload?: boolean;
  /** Frame-loop watchdog: a scene hook running longer than this is stopped with a Python TimeoutError
   * (reported like any hook error; the game keeps running). Default 1000 ms; 0 disables it. */
  hookTimeoutMs?: number;
}

/** What Phaser's plugin manager passes to a global plugin. */
interface PluginManagerLike {
  game: any;
}

const pluginsByGame = new WeakMap<object, PythonPlugin>();

type HotListener = (modules: Record<string, string>) => void;
function hotListeners(): Set<HotListener> {
  const g = globalThis as { __PKPY_HMR__?: Set<HotListener> };
  return (g.__PKPY_HMR__ ??= new Set());
}

function lineWriter(sink: (line: string) => void): { write: (text: string) => void; flush: () => void } {
  let buf = '';
  return {
    write(text) {
      buf += text;
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        sink(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    },
    flush() {
      if (buf) sink(buf);
      buf = '';
    },
  };
}

const WRAPPED = Symbol('pkpy.wrapped');
function marked<T extends Function>(f: T): T {
  (f as any)[WRAPPED] = true;
  return f;
}

/** One scene driven by a Python module. */
export class SceneBinding {
  module: PyModule | null = null;
  importFailed = false;
  readonly proxy: PyJsProxy;
  constructor(
    readonly scene: any,
    readonly key: string,
    readonly moduleName: string,
    bridge: Bridge,
  ) {
    this.proxy = bridge.proxy(scene);
  }
}

/** The global plugin: VM 0, the `phaser` module, the worker pool, per-tick job polling, hot reload. */
export class PythonPlugin {
  readonly pluginManager: PluginManagerLike;
  readonly game: any;
  readonly events = new EventEmitter<PythonEvents>();
  vm!: VM;
  bridge!: Bridge;
  errors!: ErrorReporter;
  /** ComputeThread support: null in builds that leave it out (the game never imports pkpy). */
  threads: PluginThreads | null = null;
  options!: PythonPluginOptions;
  /** Ticks seen (each one polled the jobs). */
  ticks = 0;
  private source!: MapModuleSource;
  private readonly bindings = new Set<SceneBinding>();
  private out = lineWriter((l) => this.events.emit('stdout', l));
  private err = lineWriter((l) => this.events.emit('stderr', l));
  private started = false;
  private readonly onHot: HotListener = (modules) => this.reload(modules);

  constructor(pluginManager: PluginManagerLike) {
    this.pluginManager = pluginManager;
    this.game = pluginManager.game;
  }

  /** Called once by Phaser with the `data` of the plugin config (the options). */
  init(data?: PythonPluginOptions | null): void {
    const options = data ?? ({ modules: {} } as PythonPluginOptions);
    if (!options.modules || typeof options.modules !== 'object') throw new Error('PythonPlugin: options.modules (name -> source) is required');
    this.options = options;
    pluginsByGame.set(this.game, this);
    this.source = new MapModuleSource({ ...options.modules });
    this.events.on('stdout', options.stdout ?? ((l) => console.log(l)));
    this.events.on('stderr', options.stderr ?? ((l) => console.error(l)));
    this.vm = new VM({ index: 0, sources: this.source, stdout: (t) => this.out.write(t), stderr: (t) => this.err.write(t) });
    hotReload?.trackModuleSnapshots(this.vm);
    this.errors = new ErrorReporter({
      console: (text) => console.error(text),
      event: (e) => this.events.emit('python-error', e),
    });
    this.bridge = new Bridge(this.vm, {
      onCallbackError: (e, where) => this.reportError(`callback:${where}`, e, { where: `${where} (called from JS)` }),
    });
    const sink: JobSink = {
      done: (job, value, elapsedMs) => {
        if (this.events.listenerCount('job-done') === 0) return;
        let js: { v: unknown } | null = null;
        this.events.emit('job-done', {
          job,
          value,
          elapsedMs,
          toJs: () => (js ??= { v: this.bridge.toJs(value) }).v,
        });
      },
      failed: (job, traceback, elapsedMs, handled) => {
        if (!handled) console.error(`[python] ComputeThread ${job.vmIndex} job ${job.name} failed:\n${traceback}`);
        this.events.emit('job-error', { job, traceback, elapsedMs, handled });
      },
      callbackError: (job, e, where) => this.reportError(`job:${job.name}`, e, { where }),
    };
    this.threads = createPluginThreads?.(this.vm, sink, options, () => this.source.modules) ?? null;
    const Phaser = options.Phaser ?? (globalThis as { Phaser?: unknown }).Phaser;
    this.vm.defineModule(phaserModule({ bridge: this.bridge, jobs: this.threads?.jobs ?? null, Phaser, game: this.game }));
    if (options.hotReload !== false && hotReload !== null) hotListeners().add(this.onHot);
  }

  /** Called by Phaser after init (and when the plugin is restarted). */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.game?.events?.on('prestep', this.tick, this);
  }

  stop(): void {
    if (!this.started) return;
    this.started = false;
    this.game?.events?.off('prestep', this.tick, this);
  }

  destroy(): void {
    this.stop();
    hotListeners().delete(this.onHot);
    this.threads?.destroy();
    this.threads = null;
    this.events.removeAllListeners();
    this.bindings.clear();
  }

  /** Once per game step, before the scenes update: deliver finished ComputeThread jobs. */
  tick(): void {
    this.ticks++;
    this.threads?.poll();
  }

  // ---- scenes ----

  /** The Python module bound to `scene`, if any. */
  moduleForScene(scene: any): string | null {
    const key = scene?.sys?.settings?.key;
    const fromOptions = key !== undefined ? this.options.scenes?.[key] : undefined;
    const m = fromOptions ?? scene?.pythonModule;
    return typeof m === 'string' && m ? m : null;
  }

  /** Drives `scene`'s lifecycle with the Python module `moduleName` (done by PythonScenePlugin at scene boot). */
  bindScene(scene: any, moduleName: string): SceneBinding {
    const key: string = scene.sys?.settings?.key ?? 'scene';
    const b = new SceneBinding(scene, key, moduleName, this.bridge);
    this.bindings.add(b);
    const plugin = this;
    // Wrap the scene's lifecycle methods when it starts (scenes built from config objects get their methods
    // assigned after the plugins booted); the JS method, if any, runs first.
    const wrap = () => {
      if (!scene.preload?.[WRAPPED]) {
        const js = scene.preload;
        scene.preload = marked(function () {
          js?.call(scene);
          plugin.hook(b, 'preload', []);
        });
      }
      if (!scene.create?.[WRAPPED]) {
        const js = scene.create;
        scene.create = marked(function (data: unknown) {
          js?.call(scene, data);
          plugin.hook(b, 'create', [data]);
        });
      }
      if (!scene.update?.[WRAPPED]) {
        const js = scene.update;
        scene.update = marked(function (time: number, delta: number) {
          js?.call(scene, time, delta);
          plugin.hook(b, 'update', [time, delta]);
        });
      }
    };
    wrap();
    const events = scene.sys?.events;
    if (events) {
      events.on('start', wrap);
      events.on('shutdown', () => this.hook(b, 'shutdown', []));
      events.once('destroy', () => this.bindings.delete(b));
    }
    return b;
  }

  /** The scenes driven by Python. */
  get scenes(): SceneBinding[] {
    return [...this.bindings];
  }

  /** Calls the hook `name` of a bound scene's module (a missing function is skipped). Errors are reported. */
  hook(b: SceneBinding, name: string, args: unknown[]): void {
    const mod = this.sceneModule(b);
    if (mod === null) return;
    const f = mod.$d![name];
    if (f === undefined) return;
    const n = Math.min(args.length + 1, maxPositional(f));
    const py: any[] = n > 0 ? [b.proxy] : [];
    for (let i = 1; i < n; i++) py.push(this.bridge.toPy(args[i - 1]));
    // The watchdog: generated code checks `state.onInterrupt` on loop back-edges, so a runaway hook
    // (`while True: pass`) ends with a TimeoutError instead of freezing the page.
    const limit = this.options.hookTimeoutMs ?? 1000;
    const prev = interp.onInterrupt;
    if (limit > 0) {
      const deadline = performance.now() + limit;
      const what = `${b.moduleName}.${name}`;
      interp.onInterrupt = () => {
        if (performance.now() > deadline) throw exc(TimeoutError, `${what} ran longer than ${limit} ms and was stopped by the frame-loop watchdog`);
      };
    }
    try {
      this.vm.call(f, ...py);
    } catch (e) {
      this.reportError(`${b.key}:${name}`, e, { where: `${b.moduleName}.${name} (scene ${b.key})`, scene: b.key, hook: name });
    } finally {
      interp.onInterrupt = prev;
    }
  }

  private sceneModule(b: SceneBinding): PyModule | null {
    if (b.module) return b.module;
    if (b.importFailed) return null;
    try {
      b.module = this.vm.import(b.moduleName);
      return b.module;
    } catch (e) {
      b.importFailed = true;
      this.reportError(`${b.key}:import`, e, { where: `import ${b.moduleName} (scene ${b.key})`, scene: b.key, hook: 'import' });
      return null;
    }
  }

  // ---- errors ----

  /** Reports a Python exception (console + `python-error` event), collapsing repeats at the same place. */
  reportError(key: string, e: unknown, info: { where: string; scene?: string; hook?: string }): void {
    this.out.flush();
    this.errors.report(key, this.vm.formatException(e), { ...info, error: e });
  }

  // ---- hot reload ----

  /**
   * New module sources (all of them or only the changed ones): modules VM 0 imported are re-executed in place
   * (engine-bridge/reload.ts), worker VMs get the new sources for their next job, and a scene whose module had failed
   * to import is restarted. A module whose new code fails keeps its old code (reported as a `python-error`).
   */
  reload(modules: Record<string, string>): ReloadEvent {
    if (hotReload === null) throw new Error('PythonPlugin.reload: production builds leave hot reload out (the Vite dev server provides it)');
    const ev: ReloadEvent = { changed: [], reloaded: [], failed: [] };
    const map = this.source.modules;
    for (const [name, src] of Object.entries(modules)) {
      if (map[name] === src) continue;
      ev.changed.push(name);
      const modName = name.endsWith('.__init__') ? name.slice(0, -'.__init__'.length) : name;
      const loaded = this.vm.sysModules.s.get(modName) !== undefined;
      try {
        if (loaded) {
          hotReload.reloadModule(this.vm, modName, src);
          ev.reloaded.push(modName);
        } else this.vm.compile(src, `${modName.replace(/\./g, '/')}.py`, 'exec'); // syntax check only
        map[name] = src;
      } catch (e) {
        const traceback = this.vm.formatException(e).replace(/\n+$/, '');
        ev.failed.push({ module: modName, traceback });
        this.reportError(`reload:${modName}`, e, { where: `reload of ${modName}` });
      }
    }
    if (ev.changed.length === 0) return ev;
    if (ev.failed.length < ev.changed.length) {
      this.errors.reset();
      this.threads?.updateModuleSources(map);
      for (const b of this.bindings) {
        if (!b.importFailed) continue;
        b.importFailed = false;
        b.scene.scene?.restart?.();
      }
    }
    this.events.emit('reload', ev);
    return ev;
  }

  // ---- TypeScript conveniences ----

  /** Imports a module in VM 0 (cached like `import`). */
  module(name: string): PyModule {
    return this.vm.import(name);
  }

  /** Evaluates a Python expression in VM 0's `__main__` and converts the result to JS. */
  eval(expr: string): unknown {
    return this.bridge.toJs(this.vm.eval(expr));
  }

  /** Calls `module.fn(*args)` in VM 0 with JS arguments; returns the converted result. */
  call(moduleName: string, fn: string, ...args: unknown[]): unknown {
    const mod = this.vm.import(moduleName);
    const f = this.vm.getAttr(mod, fn);
    return this.bridge.toJs(this.vm.call(f, ...args.map((a) => this.bridge.toPy(a))));
  }

  /** Jobs submitted by VM 0 that have not been delivered yet. */
  pendingJobs(): JobInfo[] {
    return this.threads?.jobs.list() ?? [];
  }
}

/** The scene plugin: binds a scene to its Python module when the scene boots. */
export class PythonScenePlugin {
  readonly scene: any;
  readonly systems: any;
  readonly pluginManager: any;
  readonly pluginKey: string;
  binding: SceneBinding | null = null;

  constructor(scene: any, pluginManager: any, pluginKey: string) {
    this.scene = scene;
    this.systems = scene?.sys;
    this.pluginManager = pluginManager;
    this.pluginKey = pluginKey;
    this.systems?.events?.once('boot', this.boot, this);
  }

  boot(): void {
    const py = pluginsByGame.get(this.systems?.game ?? this.pluginManager?.game);
    if (!py) {
      console.warn('PythonScenePlugin: the PythonPlugin global plugin is not installed (use pythonPlugins(options))');
      return;
    }
    const moduleName = py.moduleForScene(this.scene);
    if (moduleName) this.binding = py.bindScene(this.scene, moduleName);
  }

  destroy(): void {
    this.binding = null;
  }
}

/** Finds the PythonPlugin of a game. */
export function getPythonPlugin(game: object): PythonPlugin | undefined {
  return pluginsByGame.get(game);
}

/**
 * The `plugins` entry of the game config: `plugins: pythonPlugins({ modules, scenes: { Game: 'main' }, workerUrl })`.
 * Scenes reach the global plugin as `this.python`.
 */
export function pythonPlugins(options: PythonPluginOptions): { global: object[]; scene: object[] } {
  return {
    global: [{ key: 'PythonPlugin', plugin: PythonPlugin, start: true, mapping: 'python', data: options }],
    scene: [{ key: 'PythonScenePlugin', plugin: PythonScenePlugin, mapping: 'pythonScene' }],
  };
}
