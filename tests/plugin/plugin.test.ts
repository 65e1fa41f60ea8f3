// The Phaser plugin's logic, driven the way Phaser's plugin manager and scene manager drive it (with stand-in game
// and scene objects; the real thing runs in tests/e2e): scene hooks, error reporting without floods, hot reload,
// per-tick ComputeThread job polling with results delivered to Python callbacks and typed events.
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import EventEmitter from 'eventemitter3';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PythonPlugin, PythonScenePlugin, pythonPlugins, getPythonPlugin, type PythonPluginOptions, type PythonErrorEvent, type JobDoneEvent, type JobErrorEvent } from '../../plugin/index.js';
import { WorkerPool, setDefaultPool } from '../../vm/threads/pool';
import { nodeHostFactory } from '../../vm/threads/host-node';

const repo = path.resolve(__dirname, '../..');

function fakeGame() {
  return { events: new EventEmitter(), loop: { frame: 0 } };
}

function fakeScene(game: object, key: string) {
  const texts: { text: string }[] = [];
  const scene: any = {
    sys: { events: new EventEmitter(), settings: { key }, game },
    add: {
      text(x: number, y: number, text: string) {
        const t = { x, y, text, setText(v: string) { t.text = v; return t; } };
        texts.push(t);
        return t;
      },
    },
    scene: { restart: vi.fn() },
    texts,
  };
  return scene;
}

/** Boots a plugin + one bound scene the way Phaser does, up to the first frame. */
function boot(options: PythonPluginOptions, key = 'Game') {
  const game = fakeGame();
  const py = new PythonPlugin({ game });
  py.init({ ...options, stdout: options.stdout ?? (() => undefined) });
  py.start();
  const scene = fakeScene(game, key);
  new PythonScenePlugin(scene, { game }, 'pythonScene');
  scene.sys.events.emit('boot', scene.sys);
  scene.sys.events.emit('start', scene.sys);
  scene.preload();
  scene.create({ level: 1 });
  let t = 0;
  const frame = (n = 1) => {
    for (let i = 0; i < n; i++) {
      t += 16;
      game.events.emit('prestep', t, 16);
      scene.update(t, 16);
    }
  };
  return { game, py, scene, frame };
}

const MAIN = `
log = []
hud = None
def preload(scene):
    log.append("preload")
def create(scene, data):
    global hud
    log.append(("create", data["level"]))
    hud = scene.add.text(10, 20, "hello")
def update(scene, time, delta):
    log.append(("update", time, delta))
    hud.setText(f"t={time}")
def shutdown(scene):
    log.append("shutdown")
`;

describe('PythonPlugin: scenes', () => {
  it('drives a scene with its module: preload, create(data), update(time, delta), shutdown', () => {
    const { py, scene, frame } = boot({ modules: { main: MAIN }, scenes: { Game: 'main' } });
    frame(2);
    scene.sys.events.emit('shutdown');
    expect(py.eval('__import__("main").log')).toEqual(['preload', ['create', 1], ['update', 16, 16], ['update', 32, 16], 'shutdown']);
    expect(scene.texts[0].text).toBe('t=32');
    expect(py.scenes.map((b) => [b.key, b.moduleName])).toEqual([['Game', 'main']]);
    expect(getPythonPlugin(py.game)).toBe(py);
    expect(py.ticks).toBe(2);
  });

  it('keeps JS lifecycle methods and runs them first; hooks may take fewer arguments', () => {
    const game = fakeGame();
    const py = new PythonPlugin({ game });
    py.init({ modules: { m: 'calls = []\ndef update(scene):\n    calls.append(scene.sys.settings.key)\n' } });
    const scene = fakeScene(game, 'Other');
    const order: string[] = [];
    scene.pythonModule = 'm';
    scene.update = () => order.push('js');
    new PythonScenePlugin(scene, { game }, 'pythonScene');
    scene.sys.events.emit('boot');
    scene.sys.events.emit('start');
    scene.update(1, 2);
    scene.sys.events.emit('start'); // a restart must not wrap twice
    scene.update(3, 4);
    expect(order).toEqual(['js', 'js']);
    expect(py.eval('__import__("m").calls')).toEqual(['Other', 'Other']);
  });

  it('reports a hook error once with its traceback, and calls the hook again every frame', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const src = 'n = 0\ndef update(scene, time, delta):\n    global n\n    n += 1\n    return 1 / 0\n';
      const { py, frame } = boot({ modules: { main: src }, scenes: { Game: 'main' } });
      const events: PythonErrorEvent[] = [];
      py.events.on('python-error', (e) => events.push(e));
      frame(30);
      expect(py.eval('__import__("main").n')).toBe(30);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ scene: 'Game', hook: 'update', message: 'ZeroDivisionError: division by zero', count: 1 });
      expect(events[0].traceback).toMatch(/^Traceback \(most recent call last\):\n {2}File "main\.py", line 5, in update\n/);
      expect(consoleError).toHaveBeenCalledTimes(1);
      expect(String(consoleError.mock.calls[0][0])).toMatch(/error in main\.update \(scene Game\)/);
      expect(py.errors.total).toBe(30);
      expect(py.errors.count('Game:update')).toBe(30);
    } finally {
      consoleError.mockRestore();
    }
  });

  it('stops a runaway hook with the frame-loop watchdog and keeps the game running', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const src = 'frames = 0\nstuck = True\ndef update(scene, time, delta):\n    global frames\n    frames += 1\n    while stuck:\n        pass\n';
      const { py, frame } = boot({ modules: { main: src }, scenes: { Game: 'main' }, hookTimeoutMs: 50 });
      const events: PythonErrorEvent[] = [];
      py.events.on('python-error', (e) => events.push(e));
      frame(2);
      expect(events).toHaveLength(1);
      expect(events[0].message).toBe('TimeoutError: main.update ran longer than 50 ms and was stopped by the frame-loop watchdog');
      expect(events[0].traceback).toMatch(/File "main\.py", line 7, in update/);
      py.vm.exec("import main\nmain.stuck = False");
      frame(3);
      expect(py.eval('__import__("main").frames')).toBe(5);
      expect(py.errors.count('Game:update')).toBe(2);
    } finally {
      consoleError.mockRestore();
    }
  });

  it('reports errors raised by Python callbacks that JS calls', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const src = 'cb = None\ndef create(scene, data):\n    global cb\n    def on_click(pointer):\n        raise KeyError(pointer.id)\n    cb = phaser.to_js(on_click)\nimport phaser\n';
      const { py } = boot({ modules: { main: src }, scenes: { Game: 'main' } });
      const events: PythonErrorEvent[] = [];
      py.events.on('python-error', (e) => events.push(e));
      const cb = py.eval('__import__("main").cb') as Function;
      expect(cb({ id: 7 })).toBeUndefined();
      expect(events[0].where).toMatch(/on_click/);
      expect(events[0].message).toBe('KeyError: 7');
    } finally {
      consoleError.mockRestore();
    }
  });
});

describe('PythonPlugin: hot reload', () => {
  it('re-executes changed modules in place and keeps their state', () => {
    const { py, scene, frame } = boot({ modules: { main: MAIN }, scenes: { Game: 'main' } });
    frame(1);
    const reloads: unknown[] = [];
    py.events.on('reload', (e) => reloads.push(e));
    const v2 = MAIN.replace('f"t={time}"', 'f"T:{time:.0f} frames:{len(log)}"');
    const ev = py.reload({ main: v2, other: 'x = 1\n' });
    expect(ev).toEqual({ changed: ['main', 'other'], reloaded: ['main'], failed: [] });
    frame(1);
    expect(scene.texts[0].text).toBe('T:32 frames:4');
    expect(scene.texts).toHaveLength(1); // create() is not run again
    expect(reloads).toHaveLength(1);
    expect(py.reload({ main: v2 }).changed).toEqual([]); // unchanged sources: nothing to do
  });

  it('keeps the old code when the new code fails, and reports it', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { py, scene, frame } = boot({ modules: { main: MAIN }, scenes: { Game: 'main' } });
      const ev = py.reload({ main: 'def update(:\n' });
      expect(ev.failed[0].module).toBe('main');
      expect(ev.failed[0].traceback).toMatch(/SyntaxError/);
      frame(1);
      expect(scene.texts[0].text).toBe('t=16');
    } finally {
      consoleError.mockRestore();
    }
  });

  it('restarts a scene whose module failed to import once a reload fixes it', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { py, scene, frame } = boot({ modules: { main: 'def update(scene, t, d):\n    pass\nraise ValueError("bad module")\n' }, scenes: { Game: 'main' } });
      frame(3);
      expect(consoleError).toHaveBeenCalledTimes(1);
      expect(String(consoleError.mock.calls[0][0])).toMatch(/ValueError: bad module/);
      py.reload({ main: MAIN });
      expect(scene.scene.restart).toHaveBeenCalledTimes(1);
    } finally {
      consoleError.mockRestore();
    }
  });
});

describe('PythonPlugin: ComputeThread jobs', () => {
  let pool: WorkerPool;
  beforeAll(async () => {
    const dir = path.join(repo, 'node_modules/.cache/pkpy-plugin-test');
    fs.mkdirSync(dir, { recursive: true });
    for (const f of fs.readdirSync(dir)) {
      const file = path.join(dir, f);
      try {
        if (Date.now() - fs.statSync(file).mtimeMs > 3_600_000) fs.rmSync(file, { force: true });
      } catch {
        // another test process removed it
      }
    }
    const outfile = path.join(dir, `phaser-worker-${process.pid}.mjs`);
    await esbuild.build({
      entryPoints: [path.join(__dirname, 'fixtures/phaser-worker-node.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    });
    pool = new WorkerPool({ host: nodeHostFactory, workerUrl: pathToFileURL(outfile).href, size: 2, moduleSources: { kind: 'map', modules: { gen: GEN } }, onFatal: () => undefined });
    setDefaultPool(pool);
    await pool.warmUp();
  }, 60_000);
  afterAll(async () => {
    setDefaultPool(null);
    await pool?.shutdown();
  });

  const GEN = 'import time\ndef make(n, scale=1):\n    t = time.time()\n    while time.time() - t < 0.05:\n        pass\n    return {"cells": [i * scale for i in range(n)], "vm": __import__("pkpy").currentvm()}\ndef fail():\n    raise ValueError("worldgen broke")\n';
  const MAINJOBS = `
import phaser
from pkpy import ComputeThread
results = []
errors = []
t = None
def create(scene, data):
    global t
    t = ComputeThread(1)
    phaser.submit(t, "gen.make", 4, scale=10, on_done=results.append)
def update(scene, time, delta):
    pass
`;

  const untilDelivered = async (frame: (n?: number) => void, done: () => boolean) => {
    for (let i = 0; i < 400 && !done(); i++) {
      frame();
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it('polls is_done once per tick and hands the unpickled result to the Python callback and to job-done', async () => {
    const { py, frame } = boot({ modules: { main: MAINJOBS, gen: GEN }, scenes: { Game: 'main' } });
    const done: JobDoneEvent[] = [];
    py.events.on('job-done', (e) => done.push(e));
    expect(py.pendingJobs()).toMatchObject([{ vmIndex: 1, kind: 'call', name: 'gen.make' }]);
    frame(1); // the job takes >= 50 ms: not done yet, nothing blocks
    expect(py.eval('__import__("main").results')).toEqual([]);
    await untilDelivered(frame, () => done.length > 0);
    expect(py.eval('__import__("main").results')).toEqual([{ cells: [0, 10, 20, 30], vm: 1 }]);
    expect(done[0].job).toMatchObject({ vmIndex: 1, name: 'gen.make' });
    expect(done[0].toJs()).toEqual({ cells: [0, 10, 20, 30], vm: 1 });
    expect(done[0].elapsedMs).toBeGreaterThanOrEqual(40);
    expect(py.pendingJobs()).toEqual([]);
    py.vm.exec('import main\nmain.t.close()');
  });

  it('routes worker errors to on_error and job-error; jobs submitted with submit_call are tracked too', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const src = `
import phaser
from pkpy import ComputeThread
errors = []
t = ComputeThread(2)
phaser.submit(t, "gen.fail", on_error=errors.append)
`;
      const { py, frame } = boot({ modules: { main: src, gen: GEN }, scenes: { Game: 'main' } });
      const failed: JobErrorEvent[] = [];
      const done: JobDoneEvent[] = [];
      py.events.on('job-error', (e) => failed.push(e));
      py.events.on('job-done', (e) => done.push(e));
      await untilDelivered(frame, () => failed.length > 0);
      const tb = py.eval('__import__("main").errors[0]') as string;
      expect(tb).toMatch(/^Traceback[\s\S]*ValueError: worldgen broke$/);
      expect(failed[0]).toMatchObject({ handled: true, job: { vmIndex: 2, name: 'gen.fail' } });
      expect(consoleError).not.toHaveBeenCalled(); // handled in Python
      // a plain submit_call (no callback): still polled and reported
      py.vm.exec('import main\nmain.t.submit_call("__import__(\'gen\').make", 2)');
      await untilDelivered(frame, () => done.length > 0);
      expect(done[0].toJs()).toEqual({ cells: [0, 1], vm: 2 });
      py.vm.exec('main.t.submit_exec("raise KeyError(1)")');
      await untilDelivered(frame, () => failed.length > 1);
      expect(failed[1].handled).toBe(false);
      expect(consoleError).toHaveBeenCalledTimes(1);
      py.vm.exec('main.t.close()');
    } finally {
      consoleError.mockRestore();
    }
  });

  it('sends reloaded sources to the workers: the next job runs the new code', async () => {
    const src = 'import phaser\nfrom pkpy import ComputeThread\nout = []\nt = ComputeThread(3)\n';
    const { py, frame } = boot({ modules: { main: src, gen: GEN }, scenes: { Game: 'main' } });
    py.vm.exec('import main, phaser\nphaser.submit(main.t, "gen.make", 1, on_done=main.out.append)');
    await untilDelivered(frame, () => (py.eval('len(main.out)') as number) > 0);
    py.reload({ gen: GEN.replace('"vm": __import__("pkpy").currentvm()', '"vm": "reloaded"') });
    py.vm.exec('phaser.submit(main.t, "gen.make", 1, on_done=main.out.append)');
    await untilDelivered(frame, () => (py.eval('len(main.out)') as number) > 1);
    expect(py.eval('main.out')).toEqual([{ cells: [0], vm: 3 }, { cells: [0], vm: 'reloaded' }]);
    py.vm.exec('main.t.close()');
  });
});

describe('pythonPlugins', () => {
  it('builds the game config entries: a global plugin mapped to this.python and a scene plugin', () => {
    const cfg = pythonPlugins({ modules: {} });
    expect(cfg.global).toEqual([{ key: 'PythonPlugin', plugin: PythonPlugin, start: true, mapping: 'python', data: { modules: {} } }]);
    expect(cfg.scene).toEqual([{ key: 'PythonScenePlugin', plugin: PythonScenePlugin, mapping: 'pythonScene' }]);
  });
});
